"""Issue 8, pattern 10: role nouns an article uses for one another (lexicon
ROLE_SYNONYMS). "His attorney, Calvin Obst," ... "the lawyer said" is Obst; but a
"district attorney" holds an office, and is nobody's lawyer. Invented names.
"""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


def _said(body: str) -> tuple[str | None, str | None]:
    q = attributed(body)[-1]
    return q.speaker, q.confidence


@pytest.mark.parametrize(
    "tie",
    [
        "His attorney, Calvin Obst, said his client was aware of the case.",
        "Calvin Obst, an attorney for the family, said his client was aware of the case.",
    ],
)
def test_the_lawyer_is_the_attorney_named(tie: str) -> None:
    body = f"{tie}\n\n“He thinks about it every day,” the lawyer said."
    assert _said(body)[0] == "Calvin Obst"


def test_the_doctor_is_the_physician_named() -> None:
    body = (
        "Ilse Varn, a physician at the county clinic, treated the miners.\n\n"
        "“Most of them had not slept,” the doctor said."
    )
    assert _said(body)[0] == "Ilse Varn"


def test_a_district_attorney_is_not_the_lawyer() -> None:
    body = (
        "District Attorney Mara Quell said the case was closed. The defendant did not "
        "speak.\n\n“He thinks about it every day,” the lawyer said."
    )
    assert _said(body)[0] == "the lawyer"


def test_the_lawyer_passes_over_the_district_attorney() -> None:
    body = (
        "Mara Quell, the district attorney, said the case was closed. Calvin Obst, an "
        "attorney for the family, said little.\n\n"
        "“He thinks about it every day,” the lawyer said."
    )
    assert _said(body)[0] == "Calvin Obst"
