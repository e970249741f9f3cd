"""Issue 8, names: "Her husband, Ansel," with no owner in its own sentence takes the
family name of the person named in full last before who may be a "her": a woman by
her given name, or one of no known given name whom her own sentence calls "she"; never
the man named in full before her. Invented articles and names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed

ARTICLE = (
    "The third candidate, State Senator Douglas Thistlewood, has tried to stay above "
    "the fray.\n\n"
    "Some in the crowd were moved. Quenby Marchwold, 71, a retired clerk from Tamsford, "
    "said she had been leaning toward the mayor until she heard the story.\n\n"
    "\u201cYou can\u2019t fake that,\u201d she said.\n\n"
    "Her husband, Ansel, was less sure. \u201cNice story,\u201d he said. "
    "\u201cI still want to know about the levy.\u201d"
)


def test_her_husband_takes_the_family_name_of_the_woman_before() -> None:
    quotes = attributed(ARTICLE)
    assert [q.speaker for q in quotes] == [
        "Quenby Marchwold",
        "Ansel Marchwold",
        "Ansel Marchwold",
    ]


def test_never_the_family_name_of_a_man_named_before() -> None:
    quotes = attributed(ARTICLE.replace("Quenby Marchwold, 71, ", "A woman, 71, "))
    assert "Ansel Thistlewood" not in [q.speaker for q in quotes]
