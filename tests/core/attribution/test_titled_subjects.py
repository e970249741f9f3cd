"""Issue 8, pattern 10: a sentence opened by a role the article ties to one person
("The mayor brushed off the criticism.") is about that person, so a "the ..." phrase
pointing back right after it ("the Democrat said") is them, not the person named
further back. Invented names.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed

_OPENING = (
    "Mayor Ana Pruitt declared an emergency on Monday.\n\nCouncil member Rosa Ybarr, "
    "also a Democrat, said she worried.\n\n“These are families,” Ybarr said.\n\n"
)


def test_the_democrat_after_the_mayor_s_sentence_is_the_mayor() -> None:
    quotes = attributed(
        _OPENING + "The mayor brushed off the criticism. “Rosa has a good heart,” the "
        "Democrat said."
    )
    assert quotes[-1].speaker == "Ana Pruitt"


def test_an_untied_role_opening_the_sentence_changes_nothing() -> None:
    quotes = attributed(_OPENING + "The crowd cheered loudly. “We will manage,” the Democrat said.")
    assert quotes[-1].speaker == "Rosa Ybarr"
