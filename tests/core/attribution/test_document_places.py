"""Papers, minutes and memos speak for whoever issued them, never for the place that
keeps or releases them, nor for the speaker before them."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_papers_released_at_an_archive_are_not_the_archives() -> None:
    """ "According to the documents released at the Vellmoor Record Office, officials
    were "Q"": the office only keeps the papers; no speaker, never at high."""
    body = (
        "The Tarnby bridge closed in 1975. According to the documents released at the "
        'Vellmoor Record Office, officials were "deeply worried about the piers".'
    )
    q = attributed(body)[-1]
    assert q.speaker != "Vellmoor Record Office"
    assert q.confidence != "high"


def test_papers_from_a_body_are_its_own_at_medium() -> None:
    body = (
        "According to the documents from the Tarnby Home Office, officials were "
        '"deeply worried about the piers".'
    )
    q = attributed(body)[-1]
    assert (q.speaker, q.confidence) == ("Tarnby Home Office", "medium")
