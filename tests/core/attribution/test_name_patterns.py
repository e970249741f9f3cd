"""Issue 8, patterns 1 and 7: names with initials and titles, read rightly.

Each test is a short invented article (names and words made up) and checks the
speaker attribution gives, or how one capitalised run is read.
"""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed
from tui.core.attribution.names import clean_run


def _speakers(body: str) -> list[str | None]:
    return [q.speaker for q in attributed(body)]


def _mention(text: str, run: str):
    return clean_run(text, text.index(run), run)


# -- pattern 1: initials and dotted abbreviations --------------------------------


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            'Marta J. Okafor, a tax lawyer, disagreed. "The rule is broken," Ms. Okafor said.',
            "Marta J. Okafor",
        ),
        ('"We move on," said R. Alan Pruitt, the mayor.', "R. Alan Pruitt"),
        ('G. K. Butterfield spoke last. "Enough," Butterfield said.', "G. K. Butterfield"),
        (
            'Retired Lt. Gen. Rosa Vance led the review. "It failed," Gen. Vance said.',
            "Rosa Vance",
        ),
        ('The firm\'s C.E.O. Ann Bell said: "We lost our way."', "Ann Bell"),
        ('U.S. Rep. Tomas Ferro said: "The vote is Tuesday."', "Tomas Ferro"),
    ],
)
def test_initials_and_dotted_titles(body: str, speaker: str) -> None:
    assert _speakers(body) == [speaker]


def test_no_name_starts_inside_a_dotted_acronym() -> None:
    text = "The C.E.O. Ann Bell spoke."
    assert _mention(text, "C.") is None
    m = _mention(text, "Ann Bell")
    assert m is not None and m.tokens == ("Ann", "Bell")


# -- pattern 7: titles, weekdays, "of", headlines, events ------------------------


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('Representative Lena Voss opened the hearing. "We act now," Voss said.', "Lena Voss"),
        (
            'The plan, run by coordinator Dane Holt, is late. "We need time," Holt said.',
            "Dane Holt",
        ),
        ('Kwabena Mark Osei won the seat. "I am thrilled," Osei said.', "Kwabena Mark Osei"),
        (
            'The vote was called by chair Oscar Brandt Tuesday. "We are done," Brandt said.',
            "Oscar Brandt",
        ),
        (
            'Reporters read the emails of Oscar Brandt. "I regret nothing," Brandt said.',
            "Oscar Brandt",
        ),
        (
            'Goalscorer Jimmy Floyd Pereira was happy. "Great day," Pereira said.',
            "Jimmy Floyd Pereira",
        ),
        ('"We will appeal," said Tory Ilsa Marchetti.', "Ilsa Marchetti"),
    ],
)
def test_titles_kept_or_dropped_rightly(body: str, speaker: str) -> None:
    assert _speakers(body) == [speaker]


def test_headline_title_case_run_is_not_a_name() -> None:
    text = "Brandt Said Voters Will Decide"
    m = _mention(text, text)
    assert m is not None and m.tokens == ("Brandt",)
    body = (
        'Brandt Said Voters Will Decide\n\nOscar Brandt spoke on Monday. "Voters decide," he said.'
    )
    assert _speakers(body) == ["Oscar Brandt"]


def test_an_event_is_nobody() -> None:
    text = "at the Halvorsen Symposium and the Marlow Capital Summit"
    assert _mention(text, "Halvorsen Symposium") is None
    assert _mention(text, "Marlow Capital Summit") is None
    body = 'Tom Ray arrived late. The Halvorsen Symposium opened on Monday. "It is good," he said.'
    assert _speakers(body) == ["Tom Ray"]


def test_a_day_or_a_body_is_no_surname() -> None:
    black = _mention("on Black Friday", "Black Friday")
    assert black is not None and black.org
    prosecutions = _mention("the Director of Public Prosecutions", "Public Prosecutions")
    assert prosecutions is not None and prosecutions.org


def test_a_name_after_of_is_not_the_sentence_subject() -> None:
    body = 'After the election of Ilsa Marchetti, Tom Ray spoke. "It is a fresh start," he said.'
    assert _speakers(body) == ["Tom Ray"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Songwriter Guy Brannock, who has worked with several bands, backed the plan.\n\n"
            '"It will help young writers," he said.',
            "Guy Brannock",
        ),
        (
            "The Hornets won after Robbie Ellery scored twice.\n\n"
            'Matchwinner Ellery praised the team. "We deserved it," he said.',
            "Robbie Ellery",
        ),
        # A surname that is also a trade word stays a surname.
        (
            'The actress Minnie Driver praised the crew. "It was a joy," said Minnie Driver.',
            "Minnie Driver",
        ),
    ],
)
def test_capitalised_occupation_before_a_name_is_a_title(body: str, speaker: str) -> None:
    assert _speakers(body) == [speaker]
