"""Issue 8: documents and written statements as quote sources. A statement put out by
X that "reads"; a body's lawyers or officials writing for it; a person's paper
"according to" which the quote is. Invented articles and names.
"""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


@pytest.mark.parametrize(
    "body",
    [
        (  # `"Q," it read.` after the statement: not the voice before carried on
            'Ilse Marrow called the plan "a disgrace." The Tarnwell Board put out a '
            'statement on Tuesday.\n\n"We are cooperating fully with the inquiry," it read.'
        ),
        (  # "It read:" before the quote
            'Ilse Marrow called the plan "a disgrace." The Tarnwell Board put out a '
            'statement on Tuesday. It read: "We are cooperating fully with the inquiry."'
        ),
        (  # "It read, in part:"
            'Ilse Marrow called the plan "a disgrace." The Tarnwell Board issued a '
            'statement late on Friday. It read, in part: "We are cooperating fully."'
        ),
    ],
)
def test_what_a_statement_put_out_reads_is_its_issuers(body: str) -> None:
    last = attributed(body)[-1]
    assert (last.speaker, last.confidence) == ("Tarnwell Board", "medium")


def test_the_quote_carried_on_after_it_read_goes_with_it() -> None:
    body = (
        'Ilse Marrow called the plan "a disgrace." Corwin Hale released a statement '
        'after the vote.\n\n"I regret the delay," it read. "I will do better."'
    )
    quotes = attributed(body)
    assert [q.speaker for q in quotes[1:]] == ["Corwin Hale", "Corwin Hale"]
    assert quotes[1].confidence == "medium"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (  # a body's name before its lawyers, at "wrote", and the quote carried on
            "The Tarn Department of Fisheries defended the quota in court.\n\n"
            '"The claims rest on guesswork," Tarn Fisheries Department lawyers wrote in '
            'a brief filed in May. "The quota is modest."',
            "Tarn Fisheries Department",
        ),
        (  # "the agency's attorneys argued in the filing": the agency named before
            "The Velmar Water Agency has fought the suit for a year. The agency's "
            'attorneys argued in the filing that the levy was "entirely lawful."',
            "Velmar Water Agency",
        ),
        (  # officials writing a letter
            "Residents sued over the closure. Orbury County officials said in a letter "
            'that the bridge would stay "closed until further notice."',
            "Orbury County",
        ),
    ],
)
def test_a_bodys_writers_write_for_the_body(body: str, speaker: str) -> None:
    quotes = attributed(body)
    assert {q.speaker for q in quotes} == {speaker}


def test_a_bodys_officials_who_say_stay_theirs() -> None:
    body = '"The road will stay shut," Orbury County officials said on Monday.'
    assert attributed(body)[-1].speaker == "Orbury County officials"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Dario Fenkell pleaded guilty on Monday. According to his plea agreement, "
            'he "knowingly concealed" the payments.',
            "Dario Fenkell",
        ),
        (
            "Ilse Marrowby sued the city in March. According to her lawsuit, the "
            'officers "used excessive force."',
            "Ilse Marrowby",
        ),
    ],
)
def test_according_to_a_persons_paper_is_theirs(body: str, speaker: str) -> None:
    last = attributed(body)[-1]
    assert (last.speaker, last.speaker_how) == (speaker, "according-to")
