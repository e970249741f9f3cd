"""Issue 8, who: `"Q1," Lee said of Ann Ray, who called the bill "Q2."`: Q1 is Lee's,
Q2 Ray's (the "who" clause hangs on her) but only as Lee's account, so at medium
confidence; and in "said Lee of Ray" the one spoken of never speaks. Invented names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed

_NAMED = "Sen. Orin Lee and Rep. Ann Ray spoke on Tuesday.\n\n"


def test_the_one_said_of_speaks_the_who_clause_at_medium() -> None:
    quotes = attributed(
        _NAMED + '"She has been a good partner," Lee said of Ray, who described the bill '
        'as "a promise kept."'
    )
    assert [q.speaker for q in quotes] == ["Orin Lee", "Ann Ray"]
    assert quotes[-1].confidence == "medium"


def test_said_lee_of_ray_is_lee_speaking() -> None:
    quotes = attributed(
        _NAMED + '"She has been a good partner," said Lee of Ray, who called the bill "a '
        'promise kept."'
    )
    assert [q.speaker for q in quotes] == ["Orin Lee", "Ann Ray"]


def test_said_a_person_of_a_body_is_still_the_person() -> None:
    quotes = attributed('The plan stalled.\n\n"It will pass," said Pasquale Orrin of Hartwell.')
    assert quotes[-1].speaker == "Pasquale Orrin"
