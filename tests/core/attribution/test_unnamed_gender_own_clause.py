"""Issue 8: an unnamed person brought in with no gendered noun ("a veteran teacher on
the line") whose own sentence says "her name" or "said she" is a woman: a later "he"
passes her for the man named before her. Invented names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed

_BODY = (
    "The strike at Pellbrook Academy entered its second week.\n\n"
    "The union\u2019s president, Dovrin Aske, a chemistry teacher, said the members had "
    "voted to walk out. A veteran reading teacher on the line, who declined to give her "
    "name, said she had covered two rooms since autumn.\n\n"
    "\u201cWe lose twenty teachers a year,\u201d he said."
)


def test_he_passes_the_unnamed_woman() -> None:
    assert attributed(_BODY)[-1].speaker == "Dovrin Aske"


def test_she_is_the_unnamed_woman() -> None:
    body = _BODY.replace("he said", "she said")
    assert attributed(body)[-1].speaker == "a veteran reading teacher on the line"
