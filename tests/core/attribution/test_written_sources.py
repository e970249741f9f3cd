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


def test_a_kind_of_bodys_statement_is_the_bodys() -> None:
    body = (
        'Tom Bellamy said the vote was "rigged." The Federation of Tarn Growers said in a '
        "statement that the vote was unfair.\n\n"
        '"This is a dark day," the federation\'s statement said.'
    )
    last = attributed(body)[-1]
    assert (last.speaker, last.confidence) == ("Federation of Tarn Growers", "medium")


def test_a_kind_of_bodys_statement_whose_name_lacks_the_kind_is_its_issuers() -> None:
    body = (
        'Tom Bellamy said the vote was "rigged." The TGU-ORB said in a statement that the '
        "vote was unfair.\n\n"
        '"This is a dark day," the federation\'s statement said.'
    )
    assert attributed(body)[-1].speaker == "TGU-ORB"


def test_what_a_report_released_is_found_finding_is_its_issuers() -> None:
    body = (
        'Tom Bellamy said the vote was "rigged." The Orbury Ethics Committee on Friday '
        'released a 90-page report finding "clear evidence" of waste.'
    )
    last = attributed(body)[-1]
    assert (last.speaker, last.kind) == ("Orbury Ethics Committee", "partial")


@pytest.mark.parametrize(
    "body",
    [
        (  # "A <Owner> proposal ... The proposal, outlined in a report, ..."
            "A Harrowgate Water Board proposal to shut 12 pumping stations has angered "
            "farmers. The proposal, outlined in a 60-page report sent to ministers last "
            'week, says the stations cost too much.\n\n"Small stations drain money from '
            'larger ones," the report says. "No farm will lose water."'
        ),
        (  # "<Owner>'s plan ... The plan, set out in a report, ..."
            "Farmers are angry at the Harrowgate Water Board's plan to shut 12 pumping "
            "stations. The plan, set out in a report to ministers, says the stations cost "
            'too much.\n\n"Small stations drain money from larger ones," the report says.'
        ),
    ],
)
def test_a_report_setting_out_a_plan_speaks_for_the_plans_owner(body: str) -> None:
    quotes = attributed(body)
    assert {q.speaker for q in quotes} == {"Harrowgate Water Board"}


@pytest.mark.parametrize(
    "body",
    [
        (  # the issuer set off by commas, her role owned by a body
            'Tom Bellamy said the vote was "rigged."\n\nA memo sent by the council\'s '
            'chair, Bo Lindqvar, reads: "We must cut costs now."'
        ),
        (  # "signed by", the verb after the closing comma
            'Tom Bellamy said the vote was "rigged." The letter, signed by Bo Lindqvar, '
            'says the council "failed every family in Orbury."'
        ),
    ],
)
def test_a_paper_whose_issuer_is_named_after_it_is_theirs(body: str) -> None:
    assert attributed(body)[-1].speaker == "Bo Lindqvar"


@pytest.mark.parametrize(
    "body",
    [
        (  # left without a speaker
            "Tom Bellamy, a signing from Orbury, faces a ban. Borrowdale have released "
            "him. A statement from Borrowdale explaining the decision read:"
            '"We have a zero tolerance policy." Bellamy scored twice.'
        ),
        (  # carried on from the player's denial
            'Tom Bellamy denied taking anything, saying: "I am clean." Borrowdale have '
            "released him. A statement from Borrowdale explaining the decision read: "
            '"We have a zero tolerance policy."'
        ),
    ],
)
def test_a_statement_from_a_name_with_a_participle_reads_for_it(body: str) -> None:
    last = attributed(body)[-1]
    assert (last.speaker, last.confidence) == ("Borrowdale", "medium")


def test_an_ad_speaks_for_whoever_released_it() -> None:
    body = (
        'Tom Bellamy said the vote was "rigged." The Tarn Growers Fund released a new ad '
        'on Monday. "Orbury deserves better," the ad says.'
    )
    last = attributed(body)[-1]
    assert (last.speaker, last.confidence) == ("Tarn Growers Fund", "medium")


def test_a_body_named_by_its_kind_issuing_a_statement_saying() -> None:
    body = (
        "The Orbury Center for Data Ethics was criticised at the hearing. Tom Bellamy "
        'said its lists were "junk."\n\nThe center issued a statement after the hearing '
        'saying it "deeply regrets" any errors and had "tightened its checks."'
    )
    quotes = attributed(body)
    assert [(q.speaker, q.kind) for q in quotes[1:]] == [
        ("Orbury Center for Data Ethics", "partial"),
        ("Orbury Center for Data Ethics", "partial"),
    ]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (  # the body named in full before, by its words in lower case
            "Deputies from the Orbury Vale County Sheriff's Office went door to door. One "
            "man was rescued, according to a post on the sheriff's office Facebook page, "
            'which said he was "shaken but fine."',
            "Orbury Vale County Sheriff's Office",
        ),
        (  # a name owning the page
            "One man was rescued, according to a post on Tarnwell Rescue's Instagram "
            'account, which said he was "shaken but fine."',
            "Tarnwell Rescue",
        ),
    ],
)
def test_a_post_on_a_page_is_the_page_owners(body: str, speaker: str) -> None:
    assert attributed(body)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("body", "speaker", "confidence"),
    [
        (  # a name in the document's label
            "Tom Bellamy said paid links were clearly marked. Said the Tarnwell report: "
            '"Most users cannot tell paid links from the rest."',
            "Tarnwell",
            "medium",
        ),
        (  # the report's issuer named before
            "Tom Bellamy said paid links were clearly marked. The Tarnwell Institute "
            'published a report in May. Said the report: "Most users cannot tell paid '
            'links from the rest."',
            "Tarnwell Institute",
            "medium",
        ),
        (  # no issuer: the report itself, not the voice before
            "Tom Bellamy said paid links were clearly marked. Said the report: "
            '"Most users cannot tell paid links from the rest."',
            "the report",
            "low",
        ),
    ],
)
def test_a_cue_put_before_a_document_subject(body: str, speaker: str, confidence: str) -> None:
    last = attributed(body)[-1]
    assert (last.speaker, last.confidence) == (speaker, confidence)
