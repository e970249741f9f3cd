"""Issue 8: people sharing a surname. "Mr. Whitlock" is the one named in full most
often before (the obituary's subject), not a father named once in passing; the same
person named again with the middle name spelt out or cut to an initial ("Cornelius
Bartholomew Whitlock" after "Cornelius B. Whitlock") keeps one name, and "Lord Marsh" is
the "Lord Marsh of Westbridge" the article names, not "Ivo Marsh". Invented names.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed

_OBIT = (
    "Cornelius B. Whitlock, a farm senator, died on Saturday. Cornelius B. Whitlock was 91. "
    "Cornelius Bartholomew Whitlock was born in Reno, to Amos Whitlock, a farmer. "
    "He served in the Army. "
)


def test_the_person_named_most_often_is_mr_surname() -> None:
    body = _OBIT + 'Mr. Whitlock was not without critics. "I did my job," he said.'
    assert attributed(body)[-1].speaker == "Cornelius B. Whitlock"


def test_a_spelt_out_middle_name_is_the_same_person() -> None:
    body = _OBIT + '"I did my job," said Cornelius Bartholomew Whitlock.'
    assert attributed(body)[-1].speaker == "Cornelius B. Whitlock"


def test_another_middle_name_is_another_person() -> None:
    body = _OBIT + '"I did my job," said Cornelius T. Whitlock.'
    assert attributed(body)[-1].speaker == "Cornelius T. Whitlock"


def test_on_a_tie_the_latest_named_stands() -> None:
    body = (
        'Nick Ferro chairs the panel. Ann Ferro leads the rival bid. "We will win," Ms Ferro said.'
    )
    assert attributed(body)[-1].speaker == "Ann Ferro"


def test_a_peer_keeps_the_title_the_article_gives() -> None:
    body = (
        "Lord Marsh of Westbridge gave the ruling. Ivo Marsh, a lawyer, disagreed. "
        'Lord Marsh said: "Indefinite detention is anathema."'
    )
    assert attributed(body)[-1].speaker == "Lord Marsh of Westbridge"


def test_a_name_that_only_places_a_relative_is_not_counted() -> None:
    # "Odalys Fenwick' son, Jarrah Fenwick": her name only says whose son he is, so
    # "Fenwick said" after it is the son, not the mother named twice.
    body = (
        "Killed were Odalys Fenwick, 68, and her grandson, Tobin Fenwick, 9.\n\n"
        "Odalys Fenwick’s son, Jarrah Fenwick, spoke first.\n\n"
        '"She called me back two minutes later," Fenwick said.'
    )
    assert attributed(body)[-1].speaker == "Jarrah Fenwick"


def test_a_bare_surname_is_the_father_not_the_junior() -> None:
    # The son is told apart by "Jr." or "the younger"; the bare surname is the father.
    body = (
        "Quentin Marbury has voted at the same hall for 41 years.\n\n"
        "Marbury’s son, Quentin Marbury Jr., moved to Atlanta in 2016.\n\n"
        'After the county reinstated him, Marbury kept the letter. "I want my '
        'grandchildren to see it," Marbury said.'
    )
    assert attributed(body)[-1].speaker == "Quentin Marbury"


def test_a_bare_surname_keeps_meaning_whom_it_meant_before_the_relatives() -> None:
    # "Corvino" meant the mayor before his wife and daughter were named in full; on a
    # tie of full names, it still means him, not the daughter named last.
    body = (
        "Jurors found former Mayor Ettore Corvino guilty on eight counts.\n\n"
        "Corvino, 58, showed no reaction. His wife, Pia Corvino, wept. Their daughter, "
        "Livia Corvino, put an arm around her.\n\n"
        'In one recording, Corvino can be heard saying, "Nobody gets that contract but you."'
    )
    assert attributed(body)[-1].speaker == "Ettore Corvino"
