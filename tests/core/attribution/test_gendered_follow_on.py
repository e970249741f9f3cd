"""Issue 8, described follow-ons: "... features a retired welder from Ostley, who says
he lost his pension. "Q," the man says" is that welder, under the label he was brought
in with (a guess: low confidence); never one whose "who" clause says "she". Invented
names and words."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed

AD = (
    "The new spot, paid for by Mayor Ilse Drummond's campaign, features a retired "
    "welder from Ostley, who says {pronoun} lost a pension when the yard closed.\n\n"
    "\u201cThirty years on that line, and then nothing,\u201d the {noun} says in the ad."
)


def test_the_man_is_the_source_whose_who_clause_says_he() -> None:
    q = attributed(AD.format(pronoun="he", noun="man"))[-1]
    assert (q.speaker, q.confidence) == ("a retired welder from Ostley", "low")


def test_the_woman_is_never_a_source_called_he() -> None:
    q = attributed(AD.format(pronoun="he", noun="woman"))[-1]
    assert q.speaker != "a retired welder from Ostley"
