"""Issue 8: "A senior Democrat who has served with her on the Harbor Committee
described her as "Q"": a capitalised party member a relative "who" hangs on is the
source, not the committee named inside the clause. Invented names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_a_party_member_who_served_on_a_committee_speaks() -> None:
    body = (
        "Rep. Dalia Fenwright arrived in the capital last year. A senior Democrat who has "
        "served with her on the Harbor Committee described her as \u201crelentless about "
        "the small print.\u201d"
    )
    # (the whole noun phrase, its relative clause ending on a name: tests/core/gold/README.md)
    assert (
        attributed(body)[-1].speaker
        == "a senior Democrat who has served with her on the Harbor Committee"
    )
