"""A body whose name the capitalised runs split at "of", "for" or "to" speaks, and is
told apart, by its whole name: "Americans for Fair Skies", "the Committee to Recall
Brandt" (issue 8, label shapes; invented names)."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed
from tests.core.gold.score import normalise


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (  # a plural of people opening an advocacy group's name
            "Consumer groups were furious. Americans for Fair Skies, a passenger lobby, said "
            'in a statement that the vote had "sided with the airlines."',
            "Americans for Fair Skies",
        ),
        (  # "The" and a demonym before the head, "of" before the tail
            "Millers were angry.\n\nThe American Association of Grain Millers called the "
            'rule "a tax on bread" and said it would sue.',
            "American Association of Grain Millers",
        ),
    ],
)
def test_a_body_speaks_by_the_whole_name_the_runs_split(body: str, speaker: str) -> None:
    # (normalise: as the gold compares labels, "the" before a body's name aside)
    assert normalise(attributed(body)[0].speaker or "") == normalise(speaker)


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('"The harvest is poor," said Odile Varnam of Tillage Grain.', "Odile Varnam"),
        ('"The harvest is poor," said Varnam of Tillage Grain.', "Varnam"),
    ],
)
def test_a_person_before_of_is_no_body(body: str, speaker: str) -> None:
    assert attributed(body)[0].speaker == speaker


def test_the_tail_of_a_committee_s_name_is_no_person_s_full_name() -> None:
    quotes = attributed(
        "Organizers of an effort to recall Mayor Otto K. Brandt III delivered petitions. "
        '"We did it in a month," said Ada Roe, who chairs the Committee to Recall Brandt.'
        "\n\nIn an interview, Brandt called the recall "
        '"a stunt by people who lost an election."'
    )
    assert quotes[-1].speaker == "Otto K. Brandt III"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (  # a nationality opening a body's name is no title
            "Pipeline firms were angry. The American Grain Transit Council, an industry "
            'group, said it would urge Democrats to "stand by their vote."',
            "American Grain Transit Council",
        ),
        (  # a firm's word before "for"
            '"It will raise fares for every traveler," said Airlines for Tillage, the trade group.',
            "Airlines for Tillage",
        ),
        (  # people of a state opening a group's name
            'Oregonians for Clean Grain, a nonprofit, said the rule was "a gift to polluters."',
            "Oregonians for Clean Grain",
        ),
    ],
)
def test_the_whole_name_of_a_body(body: str, speaker: str) -> None:
    assert normalise(attributed(body)[-1].speaker or "") == normalise(speaker)


def test_a_plural_title_before_a_person_is_no_part_of_the_name() -> None:
    quotes = attributed(
        "But Democratic Senators Corinne Varnam of Vermont and Walter Tamsir of Hawaii "
        'said the pledges were not enough.\n\n"Two years is a waiting period," Varnam said.'
    )
    assert quotes[-1].speaker == "Corinne Varnam"
