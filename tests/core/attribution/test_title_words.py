"""Title words and "<Title> of the X" phrases written before a name are no part of the
speaker's name (issue 8; invented names)."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            'Secretary of the Interior Jo Lin said the lease was fair. "We will defend it," '
            "Lin said.",
            "Jo Lin",
        ),
        (  # no known given name: the last two words are the name
            "Secretary of the Commonwealth Alana Prescott said in a statement that the count "
            'was done. "It is done," Prescott said.',
            "Alana Prescott",
        ),
        (
            'Mayor Pro Tem Dwyla Kessmer, who voted no, spoke last. "It is wrong," said Mayor '
            "Pro Tem Dwyla Kessmer.",
            "Dwyla Kessmer",
        ),
        (
            'A bill by Assemblymember Marisol Ochtera, a Democrat, stalled. "It will pass," '
            "Ochtera said.",
            "Marisol Ochtera",
        ),
    ],
)
def test_a_title_before_a_name_is_dropped(body: str, speaker: str) -> None:
    assert attributed(body)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (  # a hyphened title is no part of the name
            'Tarn Treasury Under-Secretary Ovid Brellan said the plan would fail. "It does '
            'not work for us," he said.',
            "Ovid Brellan",
        ),
        ('Vice-President Dara Quell told reporters: "We disagree."', "Dara Quell"),
        ('Vice-president Dara Quell told reporters: "We disagree."', "Dara Quell"),
        ('Grell Radio DJ Pim Osterhout said: "I loved it."', "Pim Osterhout"),
    ],
)
def test_hyphened_titles_and_dj_are_no_part_of_the_name(body: str, speaker: str) -> None:
    assert attributed(body)[-1].speaker == speaker
