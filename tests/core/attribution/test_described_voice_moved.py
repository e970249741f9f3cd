"""Issue 8: "The Fenwick Democrat said" describes the one quoted before only while the
sentences between keep to them; once another person is named alone there ("Brisco
pointed to a clause"), the description and the "she said" after it are that person's,
however the earlier quotes were attributed. Invented names and places."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed

_BODY = (
    "Two members switched, Sen. Olwen Tarrant (D-Holtby) and Sen. Perpetua Brisco "
    "(D-Fenwick), after a month of talks.\n\n"
    "Tarrant said the key change was a cap on fees. \u201cThe shops asked for it,\u201d "
    "she said. \u201cNow they have it.\u201d\n\n"
    "Brisco pointed to a clause delaying the levy. The Fenwick Democrat said the delay "
    "would help.\n\n"
    "\u201cI was never against the plan,\u201d she said."
)


def test_the_description_follows_the_person_named_between() -> None:
    assert attributed(_BODY)[-1].speaker == "Perpetua Brisco"


def test_named_again_between_the_speaker_keeps_the_floor() -> None:
    body = _BODY.replace("a clause delaying the levy", "the clause Tarrant wanted")
    assert attributed(body)[-1].speaker == "Olwen Tarrant"
