"""A speaker written only as a qualified office ("the Whig leader", "the shadow
treasurer", "the Brindle MP") is the person the article ties to that office with the
same qualifier: a party, "shadow", a place ("the MP for Brindle" = "the Brindle MP"),
"deputy". An office without the qualifier, or with another one, is not theirs.
Invented articles and names.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed

_OTHERS = "Treasurer Gorm Brask spoke at noon. Kit Moss spoke too. "


def _speaker(body: str) -> str | None:
    return attributed(body)[-1].speaker


def test_a_party_leader_is_the_person_tied_to_that_party() -> None:
    body = (
        "Whig leader Gorm Brask spoke in Tarnby. Liberal leader Ada Roe spoke in Harbury. "
        '"We need change," the Liberal leader said. "Now," she added.'
    )
    quotes = attributed(body)
    assert [q.speaker for q in quotes] == ["Ada Roe", "Ada Roe"]


def test_a_shadow_office_is_the_shadow_not_the_office() -> None:
    body = (
        _OTHERS + "Shadow treasurer Oliver Vance attacked the plan. "
        '"It is a tax on work," the shadow treasurer said.'
    )
    assert _speaker(body) == "Oliver Vance"
    assert _speaker(body.replace("the shadow treasurer", "the treasurer")) == "Gorm Brask"


def test_the_plain_office_does_not_take_the_shadow() -> None:
    body = (
        "Oliver Vance, the shadow treasurer, attacked the plan. Kit Moss spoke too. "
        '"It is a tax on work," the treasurer said.'
    )
    assert _speaker(body) != "Oliver Vance"


def test_the_mp_for_a_place_is_the_place_mp() -> None:
    body = (
        "Ann Lee, the MP for Brindle, raised the issue. Kit Moss spoke too. "
        '"It is a scandal," the Brindle MP said.'
    )
    assert _speaker(body) == "Ann Lee"


def test_the_place_mp_is_the_mp_for_the_place() -> None:
    body = (
        "Ann Lee, the Brindle MP, raised the issue. Kit Moss spoke too. "
        '"It is a scandal," the MP for Brindle said.'
    )
    assert _speaker(body) == "Ann Lee"


def test_a_party_mp_for_a_place_is_the_party_mp() -> None:
    body = (
        "Ann Lee, the Whig MP for Brindle, raised the issue. Kit Moss spoke too. "
        '"It is a scandal," the Whig MP said.'
    )
    assert _speaker(body) == "Ann Lee"


def test_the_mp_for_another_place_is_not_theirs() -> None:
    body = (
        "Ann Lee, the MP for Tarnby, raised the issue. Kit Moss spoke too. "
        '"It is a scandal," the Brindle MP said.'
    )
    assert _speaker(body) != "Ann Lee"


def test_a_deputy_office_is_the_deputy_not_the_office() -> None:
    body = (
        "Ida Quell, the first minister, spoke. Kit Moss spoke too. "
        '"We need change," the deputy first minister said.'
    )
    assert _speaker(body) != "Ida Quell"
    body = body.replace("Ida Quell, the first minister,", "Ida Quell, the deputy first minister,")
    assert _speaker(body) == "Ida Quell"


def test_a_party_owned_office_after_a_name_keeps_its_party() -> None:
    body = (
        _OTHERS + "Ada Roe, Labour's shadow treasurer, attacked the plan. "
        '"It is a tax on work," the shadow treasurer said.'
    )
    assert _speaker(body) == "Ada Roe"
    assert _speaker(body.replace("the shadow treasurer said", "the treasurer said")) == "Gorm Brask"
    other = body.replace("Labour's shadow treasurer", "Labour's leader")
    assert _speaker(other.replace("the shadow treasurer", "the Labour leader")) == "Ada Roe"
    assert _speaker(other.replace("the shadow treasurer", "the Tory leader")) != "Ada Roe"
