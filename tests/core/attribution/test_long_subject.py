"""Issue 8: a cue after a long subject whose apposition or relative clause names a body
is the person's, not the body's: "Sen. X (D-N.M.), who has introduced legislation
directing <a long agency name> to ..., posted on X:", "The president of the local
<lodge>, Sgt. X, said", "Rep. X (R-Ariz.), a second-term <caucus> favorite who
announced his bid ... in a post". Invented articles and names.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def _only(body: str) -> str | None:
    return attributed(body)[-1].speaker


def test_a_long_relative_clause_naming_an_agency_leaves_the_person_the_subject() -> None:
    body = (
        "The strike drew national attention. Sen. Ona Verhoeven (D-N.M.), who has introduced "
        "legislation directing the Bureau of Quarry Safety and Land Reclamation to issue a "
        "federal standard for dust in every quarry, posted on X Thursday morning: "
        '"Workers are risking their lungs. Pass the dust standard."'
    )
    assert _only(body) == "Ona Verhoeven"


def test_the_head_of_a_local_body_apposed_to_a_person_is_the_person() -> None:
    body = (
        "The four officers are on leave. The president of the local Fraternal Order of "
        "Welders lodge, Sgt. Tamsin Ockley, said in a statement that the union would "
        '"vigorously defend the rights" of its members.'
    )
    assert _only(body) == "Tamsin Ockley"


def test_a_noun_with_a_relative_who_apposed_to_a_person_is_the_person() -> None:
    body = (
        "The race is now a sprint. In the other corner: Rep. Ansel Dromgoole (R-Ariz.), a "
        "second-term Liberty Caucus favorite who announced his bid Wednesday night in a post "
        'on X that read, in full: "The whip has been a rubber stamp for too long."'
    )
    assert _only(body) == "Ansel Dromgoole"


def test_a_who_clause_not_apposed_to_the_name_does_not_give_it_the_words() -> None:
    body = (
        "Rep. Ansel Dromgoole toured the quarry with a foreman who told reporters the dust "
        '"is worse every year."'
    )
    assert _only(body) != "Ansel Dromgoole"
