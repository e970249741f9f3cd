"""Issue 8, honest about doubt: words after a noun of others' voices ("the answer lies
between the cries of "Q1" and "Q2"", "amid chants of "Q"") are a crowd's or a camp's,
which the speaker sets side by side: not surely the speaker's, so never high (and the
quote carried from it neither). "his cries of" (a possessor, maybe the speaker) is left
as it was. Invented names and words.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed
from tui.core.attribution.doubt import voiced_by_others


def _who(body: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.confidence) for q in attributed(body)]


def test_the_cries_of_a_camp_are_not_surely_the_speakers() -> None:
    body = (
        "Tam Orrin thinks the answer lies somewhere between the cries of"
        ' "impossible to police at all" and "just apply the old laws again".'
    )
    assert [c for _, c in _who(body)] == ["medium", "medium"]


def test_a_possessor_before_the_noun_is_left_alone() -> None:
    text = 'Tam Orrin repeated his cries of "'
    assert not voiced_by_others(text, len(text) - 1)
    text = 'Tam Orrin spoke amid chants of "'
    assert voiced_by_others(text, len(text) - 1)
    text = "Tam Orrin spoke after the mayor's cries of \""
    assert not voiced_by_others(text, len(text) - 1)
