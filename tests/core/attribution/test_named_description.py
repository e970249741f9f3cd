"""A description named right after it ("a retired farmer named Gus Oyel-Strand") is
that person: the "he" after is his, by his name, not "a retired farmer"."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_a_description_named_after_is_that_person() -> None:
    body = (
        "Rebecca Lind-Abara spoke at a VFW hall on Saturday. Her husband, Tobias Abara, "
        "stood at the back.\n\n"
        "Afterward, in the parking lot, a retired farmer named Gustav Oyel-Strand "
        "approached the couple. He had voted for Abara four years ago, he said, and would "
        "probably vote for his wife.\n\n"
        "“But she’s better at this than you were,” he told Abara, clapping him on the "
        "shoulder."
    )
    assert attributed(body)[-1].speaker == "Gustav Oyel-Strand"


def test_a_verb_named_is_no_description() -> None:
    """ "The board named Ann Roe chair": no description stands before "named"."""
    body = (
        "The board named Ann Roe its chair on Monday. Ben Ode, the treasurer, objected.\n\n"
        "“It was rushed,” he said."
    )
    assert attributed(body)[-1].speaker == "Ben Ode"
