"""The inverted "said X" takes its speaker from a short span after the cue; two shapes
where a name in that span is not the speaker: a name in a comma-less relative clause
after the speaker ("said Venn who joined Marsh and Pike"), and a name a preposition
governs ("said with Easter coming up", "said at Corrow Hall"). Invented names.
"""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed

_INTRO = "Orla Venn and Tobin Marsh played at the Corrow Hall with Ada Pike. "


@pytest.mark.parametrize("rel", ["who", "whom the crowd cheered with", "whose band backed"])
def test_a_name_in_a_bare_relative_clause_does_not_speak(rel: str) -> None:
    body = _INTRO + f'"My road was set and he was my lamp," said Venn {rel} Marsh and Pike.'
    assert attributed(body)[-1].speaker == "Orla Venn"


def test_the_title_before_the_name_still_reads_whole() -> None:
    body = _INTRO + '"We played well," said Fenlow Trust chair Ada Pike, who joined later.'
    assert attributed(body)[-1].speaker == "Ada Pike"


@pytest.mark.parametrize("prep", ["with", "at", "in", "after"])
def test_a_name_after_a_preposition_does_not_speak(prep: str) -> None:
    body = (
        "Tobin Marsh leads the Greel party. Earlier Mr Marsh, whose party opposes the "
        f'road plan as "badly broken" said {prep} Christmas coming up the new mayor had '
        "time to think again."
    )
    assert attributed(body)[-1].speaker != "Christmas"


def test_according_to_still_names_its_source() -> None:
    body = _INTRO + 'The hall was "full to the doors", according to Ms Pike.'
    assert attributed(body)[-1].speaker == "Ada Pike"
