"""Issue 8, pattern 10: an unnamed source brought in by another noun for a lawmaker
("One House Democrat, who asked not to be named,") is who "the lawmaker said" is,
labelled as introduced; a lawmaker the article names keeps the quote. Invented names.
"""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


def _said(body: str) -> str | None:
    return attributed(body)[-1].speaker


@pytest.mark.parametrize(
    ("intro", "label"),
    [
        ("One House Democrat, who asked not to be named, was blunt.", "one House Democrat"),
        (
            "One Democratic Assemblymember who backs the plan, speaking on condition of "
            "anonymity, was blunt.",
            "one Democratic Assemblymember who backs the plan",
        ),
        (
            "One Democratic Assemblymember who backs the plan but opposed the cut, "
            "speaking on condition of anonymity, was blunt.",
            "one Democratic Assemblymember who backs the plan",
        ),
        ("A Republican senator, who declined to be named, was blunt.", "a Republican senator"),
    ],
)
def test_the_lawmaker_is_the_source_brought_in(intro: str, label: str) -> None:
    body = f"The vote failed.\n\n{intro}\n\n“He runs the place,” the lawmaker said."
    assert _said(body) == label


def test_a_lawmaker_named_keeps_the_quote() -> None:
    body = (
        "Sen. Tamsin Orrow voted no.\n\nShe spoke after the vote.\n\n"
        "“He runs the place,” the lawmaker said."
    )
    assert _said(body) == "Tamsin Orrow"


def test_no_source_brought_in_keeps_the_role() -> None:
    body = "The vote failed.\n\nThe hall emptied.\n\n“He runs the place,” the lawmaker said."
    assert _said(body) == "the lawmaker"
