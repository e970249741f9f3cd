"""A feature names its source a paragraph late ("That's Tamika Roe, who ...", "That
author, Senator Ann Roe, ..."): the quotes of the paragraph before, left unnamed or
labelled by a description, are that person's. Invented articles and names."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


@pytest.mark.parametrize(
    "reveal",
    [
        "That\u2019s Odalys Brennock-Tate, who has taught here for 12 years.",
        "That author, Senator Odalys Brennock-Tate, a Democrat from Tarnia, was half right.",
    ],
)
def test_the_reveal_names_the_quotes_before(reveal: str) -> None:
    body = (
        "The bill looked safe all spring.\n\n"
        "\u201cIt is a bill about bridges,\u201d one of its authors told reporters. "
        "\u201cNobody can fight that.\u201d\n\n" + reveal + "\n"
    )
    quotes = attributed(body)
    assert [q.speaker for q in quotes] == ["Odalys Brennock-Tate"] * 2
    assert quotes[0].confidence == "medium"


def test_a_named_quote_keeps_its_speaker() -> None:
    body = (
        "\u201cA man went down next to me,\u201d said Keisha Orrin, a picker.\n\n"
        "That worker, Terrence Vale, spent two nights in the hospital.\n"
    )
    assert attributed(body)[0].speaker == "Keisha Orrin"


def test_another_noun_names_no_one() -> None:
    body = (
        "\u201cIt is a bill about bridges,\u201d one of its authors told reporters.\n\n"
        "That bridge, Tarnia Crossing, was built in 1920.\n"
    )
    assert attributed(body)[0].speaker != "Tarnia Crossing"


@pytest.mark.parametrize(
    "lede",
    [
        "Marsh Vale council members on Tuesday grilled the planners, with one member "
        "calling the scheme \u201ca bridge to nowhere.\u201d",
        "Tenants packed the hall in Orrin, where one tenant told the owners they had "
        "\u201cforgotten the people upstairs.\u201d",
    ],
)
def test_the_noun_then_the_name_in_the_next_paragraph(lede: str) -> None:
    body = (
        lede + "\n\n"
        "The " + ("member" if "member" in lede else "tenant") + ", Quillan Ashgrove-Pell, "
        "a retired surveyor, spoke for ten minutes.\n"
    )
    quotes = attributed(body)
    assert [q.speaker for q in quotes] == ["Quillan Ashgrove-Pell"]
    assert quotes[0].confidence == "medium"


def test_a_name_nearer_the_quote_keeps_it() -> None:
    body = (
        "One member said Tobin Harrow-Lute had called the plan \u201ca bridge to "
        "nowhere.\u201d\n\n"
        "The member, Quillan Ashgrove-Pell, a retired surveyor, spoke next.\n"
    )
    assert attributed(body)[0].speaker != "Quillan Ashgrove-Pell"
