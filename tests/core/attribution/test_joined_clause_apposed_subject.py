"""A name opening a joined main clause, a description set off after it and then a verb
(`..., but Oskar Vennholm, a senior project manager at Tessla, was adamant`), is that
clause's subject: the sentence ends on them, so the "He said:" after is theirs, not
the product named in the first clause. Invented article and names.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_the_later_clause_subject_with_an_apposition_is_he() -> None:
    body = (
        "Tessla is showing its new phone service in Ostley this week.\n\n"
        "One problem is that the name Glimmer Radio leads people to think of television "
        "but Oskar Vennholm, a senior project manager at Tessla, was adamant that Glimmer "
        'Radio should not be confused with it. He said: "It is not television at all."'
    )
    quote = attributed(body)[-1]
    assert quote.speaker == "Oskar Vennholm"
    assert quote.confidence != "high"
