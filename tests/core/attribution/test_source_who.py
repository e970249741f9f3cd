"""Issue 8: "..., according to a person familiar with the talks, who said the senator
"would not have touched a ban."": an unnamed source a "who" clause hangs on is the
verb's subject, not the person named before it (that was a confident wrong name).
Invented article and names.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_an_unnamed_source_with_a_who_clause_speaks_not_the_name_before() -> None:
    body = (
        "The bill stops short of a ban. That choice is what brought Halvard on board, "
        "according to a person familiar with the talks, who said the Utah senator "
        '"would not have touched a ban."'
    )
    q = attributed(body)[-1]
    assert q.speaker == "a person familiar with the talks"
    assert q.confidence != "high"


def test_a_named_person_with_a_who_clause_still_speaks() -> None:
    body = (
        "The bill stops short of a ban. Senator Ines Halvard, who said the plan "
        '"would not have touched a ban," signed on Tuesday.'
    )
    assert attributed(body)[-1].speaker == "Ines Halvard"


def test_a_source_noun_apposed_to_a_name_leaves_the_person_speaking() -> None:
    body = (
        "The rally closed with remarks from the candidate's wife, Denise Okafor-Brill, a "
        'school bus driver, who told the crowd that her husband had "never wanted to be a '
        'politician."'
    )
    assert attributed(body)[-1].speaker == "Denise Okafor-Brill"
