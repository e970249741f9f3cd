"""A senator who "used his time to let her describe ..." sets up an exchange with the
one "her" stands for: with no one named before it who fits, the person the article
set beside a role noun there ("rallied to the candidate" after "The candidate, Dr.
Ysolde Marrick, ..."). The bare turns after go back and forth, the asker first (low
confidence). Invented names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed

_ARTICLE = (
    "The candidate, Dr. Ysolde Marrick of the Fennwick Institute, faced the panel on "
    "Tuesday.\n\n"
    '"We have concerns about her record," Senator Orrin Baptiste said.\n\n'
    "Others rallied to the candidate. Senator Caspar Venn used part of his time to let "
    "her describe her first years at the institute.\n\n"
    '"Tell us who trained you."\n\n'
    '"My aunt did. She ran the lab at night."\n\n'
    '"And is she here?"\n\n'
    '"She is, in the second row."'
)


def test_her_after_let_is_the_one_a_role_noun_before_stands_for() -> None:
    quotes = [q for q in attributed(_ARTICLE) if q.kind == "direct"]
    assert [q.speaker for q in quotes[1:]] == [
        "Caspar Venn",
        "Ysolde Marrick",
        "Caspar Venn",
        "Ysolde Marrick",
    ]
    assert {q.confidence for q in quotes[1:]} == {"low"}
