"""Issue 8, pronouns: a description fronted before "she"/"he" is that pronoun's person.

"Orrell, 49, won easily. A former school nurse who was first elected in 2018, she has
made rents her cause. "Q," she said." The opening "A former school nurse who ...," is
set before the subject "she" (Orrell): it brings in no new person for the next "she
said" to go to. Invented names and words.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed
from tui.core.attribution.openings import main_clause


def test_the_main_clause_starts_at_the_pronoun_a_description_is_fronted_before() -> None:
    text = "A former school nurse who was first elected in 2018, she has made rents her cause."
    assert text[main_clause(text, 0, len(text)) :].startswith("she has made")
    plain = "A former school nurse said she was tired."
    assert main_clause(plain, 0, len(plain)) == 0


def test_she_after_a_fronted_description_goes_to_the_person_named_before() -> None:
    body = (
        "Tamsin Orrell, 49, won the Democratic nomination easily. A former school nurse "
        "who was first elected treasurer in 2018, she has made rents the centerpiece of "
        "her campaign.\n\n“A nurse in this state cannot afford a flat,” she said."
    )
    assert [q.speaker for q in attributed(body)] == ["Tamsin Orrell"]
