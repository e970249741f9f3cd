"""Issue 8, scenes: bare quoted paragraphs no rule gave anyone, right after a
paragraph of the reporter's that names just one person and quotes no one ("A man
who gave his name as Tibor defended the mayor."), are that person's: the reporter
brings them on to speak. A guess: low confidence. Invented names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_a_line_naming_one_person_brings_on_the_bare_quotes_after_it() -> None:
    body = (
        "Mayor Rosalind Ekwueme-Stark took questions at the Fennick library on Tuesday.\n\n"
        "Not everyone was angry. A baker in a flour-dusted apron, who gave his name as "
        "Tibor Maszlany, defended the mayor and was himself booed.\n\n"
        "“She fixed the bridge. Nobody else bothered.”"
    )
    quotes = [q for q in attributed(body) if q.kind == "direct"]
    assert [(q.speaker, q.confidence) for q in quotes] == [("Tibor Maszlany", "low")]
