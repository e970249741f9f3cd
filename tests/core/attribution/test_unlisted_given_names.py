"""Issue 8: names of real variety. A given name written with its accents ("Zoë",
"Inés") tells the gender its plain spelling does; a plural title ("Commissioners") or
an office's domain ("Undersecretary for Pensions") before a whole name is cut off even
when the given name is one the lists do not know. Invented names and offices."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed
from tui.core.attribution.names import find_mentions, gender_of


def test_accents_keep_the_gender_of_the_plain_spelling() -> None:
    assert [gender_of(n) for n in ("Zoë", "Inés", "Joël", "Renée", "Tomás")] == [
        "f",
        "f",
        "m",
        "f",
        "m",
    ]
    assert gender_of("Ørvandel") is None


def test_she_after_an_accented_woman_is_hers() -> None:
    body = (
        "Treasurer Inés Qorvalde met Dorin Pell on Monday.\n\n"
        "She said the county \u201ccannot borrow its way out of this.\u201d"
    )
    assert [q.speaker for q in attributed(body)] == ["Inés Qorvalde"]


def _words(text: str) -> list[str]:
    return [m.words for m in find_mentions(text)]


def test_plural_title_before_an_unlisted_given_name() -> None:
    text = "The two, Commissioners Oisin Tarrowby and Ysolt Vennick-Ard, walked out."
    assert _words(text)[:1] == ["Oisin Tarrowby"]


def test_plural_title_before_a_body_stays_whole() -> None:
    assert _words("The Harbor Pilots Association met.") == ["Harbor Pilots Association"]


def test_office_domain_after_for_before_an_unlisted_given_name() -> None:
    text = "Undersecretary for Pensions Oisin Tarrowby spoke. Pensions grew, he said."
    assert "Oisin Tarrowby" in _words(text)


def test_office_domain_after_for_keeps_a_body_after_a_verb() -> None:
    assert "Orvale Pension Board" in _words("She voted for the Orvale Pension Board plan.")


def _titled_body(title: str) -> str:
    return (
        f"{title} Brixwold vetoed the levy on Monday.\n\n"
        "\u201cThis levy is a mistake,\u201d Mr. Brixwold said.\n\n"
        "\u201cWe will come back to it,\u201d Brixwold said later."
    )


def test_job_title_before_a_particle_given_name() -> None:
    """ "Gov. Al Brixwold": after a job title "Al" is a given name, so "Mr. Brixwold"
    is the governor."""
    assert {q.speaker for q in attributed(_titled_body("Gov. Al"))} == {"Al Brixwold"}
    assert {q.speaker for q in attributed(_titled_body("Sen. Di"))} == {"Di Brixwold"}


def test_courtesy_title_before_a_particle_keeps_the_surname() -> None:
    assert [m.surname for m in find_mentions("Mr. Al Haddari spoke.")] == ["Haddari"]
    assert [m.is_full for m in find_mentions("Mr. Al Haddari spoke.")] == [False]


def test_a_verb_surname_after_a_given_name_or_courtesy_title() -> None:
    """ "Sen. Nadia Will", "Ms. Will", "Felix Say": a headline verb ending the run after
    a known given name or "Mr."/"Ms." is a surname; "Biden Will Sign" still stops."""
    text = "Sen. Nadia Will voted no. Ms. Will said so. Felix Say agreed."
    assert [m.surname for m in find_mentions(text)] == ["Will", "Will", "Say"]
    assert [m.words for m in find_mentions("Why Felix Will Sign It")] == ["Felix"]
