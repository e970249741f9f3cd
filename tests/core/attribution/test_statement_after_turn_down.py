""" "Ann Roe declined an interview but sent a statement. "Q," the statement said": the
statement is hers. A turn-down joined by "but"/"and" may stand between the issuer and
the issuing verb, as an aside or a time may. Invented names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_a_statement_sent_after_a_turn_down_is_the_senders() -> None:
    body = (
        "Trustee Marla Quellby told the station the recall was \u201ca waste of money.\u201d"
        "\n\nTrustee Idonea Varrick-Lund declined an on-camera interview but sent a "
        "statement. \u201cI stand by my vote,\u201d the statement said."
    )
    assert attributed(body)[-1].speaker == "Idonea Varrick-Lund"


def test_a_release_issued_after_refusing_questions_is_the_issuers() -> None:
    body = (
        "The Pellow Works denied the claim. Mayor Osric Dunmere did not take questions and "
        "instead released a statement. \u201cThe plant stays open,\u201d the statement read."
    )
    assert attributed(body)[-1].speaker == "Osric Dunmere"
