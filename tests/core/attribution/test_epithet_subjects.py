"""Issue 8: news copy names a person, then calls them by a described job in the next
sentence rather than repeat the name ("the Dunmore MP told the committee", "the
Vexford Times editor said", "the Vex leader said"). Such an epithet is the person the
sentence before is about (a guess: low confidence). Not a bare office, another
office, a country's office, someone's voice, a title before a name, nor when the
sentence before names someone else too. Invented names and words.
"""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            'Lisa Orrin said the plan would hurt Brenmoor. "It is wrong," the Dunmore MP'
            " told the committee.",
            "Lisa Orrin",
        ),
        (
            'Boris Kell said the plan was unfair. "It is wrong," the Vexford Times editor'
            " told the radio.",
            "Boris Kell",
        ),
        (
            "Gil Marrow faced critics on Monday. Mr Marrow insisted he had kept the rules."
            ' The Vex leader said: "We do things properly."',
            "Gil Marrow",
        ),
        (
            "Ivo Tarrant is suing the channel over its quiz. He said the show made him"
            ' ill. The legal clerk said the channel was "sending the wrong message".',
            "Ivo Tarrant",
        ),
    ],
)
def test_a_described_job_after_a_named_subject_is_that_person(body: str, speaker: str) -> None:
    q = attributed(body)[-1]
    assert (q.speaker, q.confidence) == (speaker, "low")


@pytest.mark.parametrize(
    "body",
    [
        # another office, a country's office, someone's voice
        'Ivo Marr said the plan was fair. The shadow chancellor said: "It is not."',
        'Ivo Marr met Gil Tande. The Ostrian president said: "It went well."',
        'Ivo Marr said the plan was fair. The Tory spokesman said: "It is not."',
        # one set apart from the person just named
        'Ivo Marr said the plan was fair. The rival Vex editor said: "It is not."',
        # someone else named in the sentence before: the epithet may be theirs
        "Ivo Marr pressed on with the plan despite a call to pause from Gil Marrow."
        ' The Vex leader said the plan was "a good chance" to think again.',
        # one brought in with "a" before is that one
        'A Dunmore MP spoke first. Lisa Orrin said the plan was fair. The Dunmore MP said: "No."',
    ],
)
def test_an_epithet_that_may_be_someone_else_keeps_its_words(body: str) -> None:
    q = attributed(body)[-1]
    assert q.speaker is None or q.speaker[:1].islower(), q.speaker


def test_a_title_before_an_apposed_name_is_no_epithet() -> None:
    """("The Lord Warden, Lord Tasker, ...": not the one the sentence before names.)"""
    body = 'Lord Vell filed a bill. The Lord Warden, Lord Tasker, said the act was "out of date".'
    q = attributed(body)[-1]
    assert q.speaker != "Lord Vell"
