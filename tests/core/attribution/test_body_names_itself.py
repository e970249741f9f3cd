"""A company's statement names the company (`"Therefore, Velmar's sales will fall."`)
where a person's words seldom name their speaker: a body's direct quote going on in the
same paragraph keeps the body (low), a person named inside still is not the speaker."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_a_body_naming_itself_goes_on() -> None:
    body = (
        "Music group Velmar has warned that its profits will fall.\n\n"
        '"Our sales in January have been lower than anticipated," Velmar said. '
        '"Therefore, Velmar\'s sales are now expected to be 8% lower than last year."'
    )
    quotes = attributed(body)
    assert [q.speaker for q in quotes] == ["Velmar", "Velmar"]
    assert quotes[1].confidence == "low"


def test_a_person_named_inside_is_still_not_the_speaker() -> None:
    body = (
        "Coach Ada Brell was sacked on Monday.\n\n"
        '"I have been treated badly," Brell said. "Nobody at this club ever backed Brell."'
    )
    assert [q.speaker for q in attributed(body)] == ["Ada Brell", None]


def test_a_partial_before_does_not_carry_a_body_named_inside() -> None:
    body = (
        "Tam Orvel attacked the plan.\n\n"
        'Mr Orvel said instead of the "bonfire of rules" Pell Party had promised, there '
        'was an "explosion" of them. "For years, under Pell Party governments, rules grew."'
    )
    assert attributed(body)[-1].speaker != "Pell Party"
