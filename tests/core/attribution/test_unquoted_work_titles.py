"""Issue 8: a title in Title Case after a verb or noun of works ("released Blue
Yonder", "the hit Hey Now", "the film Hollow Lane") names a work, not a speaker; and
the same words stay a work wherever else the article writes them ("Not only was Hey
Now! the biggest hit"), so a later "he said" finds the person. A run opened by a given
name the lists know stays a person ("the film Ann Lee directed"). Invented names and
words."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_a_hit_named_after_its_noun_is_no_speaker_anywhere() -> None:
    body = (
        "Rapper Zorvan Quill won best song for the hit Hey Now!\n\n"
        "Not only was Hey Now! the biggest hit of the year, it also sold well. "
        '"We really appreciate it," he said.'
    )
    assert [q.speaker for q in attributed(body)] == ["Zorvan Quill"]


def test_a_title_after_released_is_no_speaker() -> None:
    body = (
        "Singer Ada Roe has released Blue Yonder, her third album.\n\n"
        '"It is my best work," said Roe.\n\n'
        'Blue Yonder reached number one. "I did not expect it," she said.'
    )
    assert [q.speaker for q in attributed(body)] == ["Ada Roe", "Ada Roe"]


def test_a_person_named_after_a_work_noun_stays_a_person() -> None:
    body = 'The film Ann Lee directed opens on Friday.\n\n"It took six years," Lee said.'
    assert [q.speaker for q in attributed(body)] == ["Ann Lee"]


def test_a_title_between_the_and_a_work_noun_is_no_speaker() -> None:
    """ "the Star Vale franchise": "Star" is no title before a person "Vale"; the advert,
    a document, is what describes it so."""
    body = (
        "Fans have paid for an advert to save the space show Vale Quest.\n\n"
        'The advert described the Star Vale franchise as a "cultural icon".'
    )
    assert [q.speaker for q in attributed(body)] == ["the advert"]


def test_a_person_before_a_work_noun_stays_a_person() -> None:
    body = 'The Tom Roper film opens today.\n\n"It took years," Roper said.'
    assert [q.speaker for q in attributed(body)] == ["Tom Roper"]
