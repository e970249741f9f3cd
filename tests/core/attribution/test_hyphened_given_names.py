"""Issue 8, names mis-parsed: a given name whose second syllable is written in lower
case after a hyphen ("Seo-jin", "Dae-hoon") is part of the name, before or after the
surname; an English compound written with a capital ("Left-wing", "Sit-in") is not.
Invented articles and names.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed
from tui.core.attribution.names import find_mentions


def _speakers(body: str) -> list[str | None]:
    return [q.speaker for q in attributed(body) if q.kind == "direct"]


def test_a_hyphened_given_name_keeps_its_lower_case_syllable() -> None:
    body = (
        '"Families are put in an impossible position," said Seo-jin Valdemaro, policy '
        'director of Ridgeline Minds. "The crisis team does not answer."\n\n'
        '"We counted the calls," Valdemaro said.'
    )
    assert _speakers(body) == ["Seo-jin Valdemaro"] * 3


def test_a_hyphened_given_name_after_the_surname() -> None:
    body = 'Pak Dae-hoon, a trade envoy, spoke next.\n\n"We will not wait," Pak Dae-hoon said.'
    assert _speakers(body) == ["Pak Dae-hoon"]


def test_english_compounds_with_a_capital_are_no_given_names() -> None:
    text = "Left-wing Democrats cheered. Sit-in Organizers left. Pro-gun Republicans stayed."
    words = [m.words for m in find_mentions(text)]
    assert not [w for w in words if "-" in w]
