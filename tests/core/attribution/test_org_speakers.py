"""Issue 8: organisations, their documents and their spokespeople as speakers.
Invented articles and names."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (  # members that are no "-ans" plural open the body's name
            'Advocates for Harlow Rivers said the plan was "a disaster for fish."',
            "Advocates for Harlow Rivers",
        ),
        (  # "of the" inside the name
            '"The bell tolls for all," said the Order of the Iron Bell in a post.',
            "Order of the Iron Bell",
        ),
        (
            'Friends of the Varnel Marsh said the dredging was "a slow death."',
            "Friends of the Varnel Marsh",
        ),
    ],
)
def test_a_body_named_with_of_or_for_inside_is_kept_whole(body: str, speaker: str) -> None:
    assert attributed(body)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (  # "release" is a document; the cue naming it, not a later one in its sentence
            "The Tarnby Police Department said in a news release that officers arrived "
            'at 9 p.m. "The suspect fled on foot," the release said.',
            "the Tarnby Police Department",
        ),
        (  # the subject of "issued a release"
            "The Harlow Water Board issued a release on Monday about the spill.\n\n"
            '"No one was hurt," the release said.',
            "Harlow Water Board",
        ),
        (  # a campaign speaks for its candidate
            "Orla Venn-Ashby, the senator, lost the race. Venn-Ashby's campaign put out "
            'a statement moments later.\n\n"She lost the money," the statement said.',
            "Orla Venn-Ashby",
        ),
        (  # a company's "Co." does not end the issuer's sentence
            'Corvane Mining Co. put out a statement on Monday. "We regret the spill," the '
            "statement said.",
            "Corvane Mining Co",
        ),
    ],
)
def test_the_release_or_statement_speaks_for_who_issued_it(body: str, speaker: str) -> None:
    assert attributed(body)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "A statement from the Tolland County Sheriff's Office said the deputy "
            '"acted within policy."',
            "Tolland County Sheriff's Office",
        ),
        (
            '"The case is closed," said the Varnel County District Attorney’s Office.',
            "Varnel County District Attorney’s Office",
        ),
    ],
)
def test_an_office_holders_body_is_named_whole(body: str, speaker: str) -> None:
    assert attributed(body)[-1].speaker.removeprefix("the ") == speaker


_FILLER = "The council met twice that week and heard from dozens of residents. " * 6


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (  # its owner named far back
            "The Office of Tillage Conduct's report, released Friday, found waste. "
            + _FILLER
            + 'The report said the mayor had "declined to cooperate" with it.',
            "Office of Tillage Conduct",
        ),
        (  # first named as an audit, conducted by a firm
            "The audit, conducted by the consulting firm Varnel Public Integrity, "
            "reviewed three years of records. " + _FILLER + "The report called the records "
            '"deficient in nearly every respect."',
            "Varnel Public Integrity",
        ),
        (  # the subject of "published a report"
            "The Tillman Institute published a report on Monday on rural clinics.\n\n"
            '"Clinics are closing faster than ever," the report said.',
            "Tillman Institute",
        ),
    ],
)
def test_a_report_named_again_reaches_back_to_its_issuer(body: str, speaker: str) -> None:
    assert attributed(body)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (  # not the body the memo went to
            "A memo from the Tarn Water Board to the city council said the pipes were "
            '"beyond repair."',
            "Tarn Water Board",
        ),
        (  # the owner without its possessive
            'The Tarn Water Board\'s memo said the pipes were "beyond repair."',
            "Tarn Water Board",
        ),
    ],
)
def test_a_document_as_subject_speaks_for_its_issuer(body: str, speaker: str) -> None:
    assert attributed(body)[-1].speaker == speaker


def test_a_document_as_subject_leaves_another_speaker_alone() -> None:
    body = (
        "A memo from the Tarn Water Board was leaked, and Mayor Ilse Varnum said it was "
        '"a disaster."'
    )
    assert attributed(body)[-1].speaker == "Ilse Varnum"


def test_an_acronym_is_spelt_out_from_an_official_of_the_body() -> None:
    body = (
        "A Tillage and Border Protection official said the agency was "
        '"deploying countermeasures."\n\n'
        'In a statement, TBP said it "works closely with partners."'
    )
    quotes = attributed(body)
    assert [q.speaker for q in quotes] == [
        "a Tillage and Border Protection official",
        "Tillage and Border Protection",
    ]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Workers at Calumet Tarn Steel's mill voted no. Calumet Tarn, which is "
            'private, said in its own statement that it respected "the decision."',
            "Calumet Tarn Steel",
        ),
        (
            'Varnel Tillage Industries said it would appeal. "We followed every rule," '
            "Varnel Tillage said.",
            "Varnel Tillage Industries",
        ),
        ('Danielle Steel said the book was "done."', "Danielle Steel"),  # a person
    ],
)
def test_a_firms_short_form_stands_for_its_full_name(body: str, speaker: str) -> None:
    assert attributed(body)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ('A spokesman for the governor said the plan was "dead on arrival."', None),
        ('A lawyer for the trade association said the rule was "unlawful."', None),
        ('Asked about it, a senior aide to the congressman said he was "furious."', None),
        # the holder's own voice left out: the label is the spokeswoman's alone
        ('A spokeswoman for the committee’s chairman said it was "dead."', "a spokeswoman"),
    ],
)
def test_a_spokespersons_label_keeps_whom_it_speaks_for(body: str, speaker: str | None) -> None:
    label = speaker or body[: body.index(" said")].removeprefix("Asked about it, ").lower()
    assert attributed(body)[-1].speaker == label


def test_a_statement_named_first_in_its_own_cue_is_the_voice_before() -> None:
    body = (
        "Ilse Varnum criticised the club. A club spokesperson denied it, insisting: "
        '"He never said it." The statement added: "It was a joke."'
    )
    assert attributed(body)[-1].speaker == "a club spokesperson"


def test_the_group_is_the_body_described_as_a_group() -> None:
    body = (
        "Varnel and OptiTarn did not respond to requests for comment.\n\n"
        "The Tillage Care Management Association, the industry’s trade group, went "
        "further. “Drug companies alone set list prices,” the group said."
    )
    assert attributed(body)[-1].speaker == "Tillage Care Management Association"


def test_the_kind_of_a_body_before_its_name_leaves_the_name_speaking() -> None:
    body = (
        "Shoppers disagree. The group Tarn Action Network said in a statement that the "
        "hearing “confirmed what shoppers already know.”"
    )
    assert attributed(body)[-1].speaker == "Tarn Action Network"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "The Kelmar Bank issued a release on Tuesday.\n\nAccording to the release, the "
            'board "will not budge on rates."',
            "Kelmar Bank",
        ),
        (
            "Orla Venn said in a statement that she would stay. According to the statement, "
            'she was "not going anywhere."',
            "Orla Venn",
        ),
        # a document first named in the quote's own sentence: nobody known issued it
        ('According to the statement, the board "will not budge on rates."', None),
    ],
)
def test_according_to_a_document_named_before_is_its_issuer(body: str, speaker: str | None) -> None:
    assert attributed(body)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Talks stalled in Orvelle on Monday. The Brotherhood of Tillers, the union for "
            'farm workers, said a deal was needed "without delay."',
            "Brotherhood of Tillers",
        ),
        (  # the subject of a participle after the body's own verb phrase
            "Talks stalled in Orvelle on Monday. The Brotherhood of Tillers, the union for "
            'farm workers, countered with its own statement urging a deal "without delay."',
            "Brotherhood of Tillers",
        ),
    ],
)
def test_a_body_before_an_appositive_describing_a_body_speaks(body: str, speaker: str) -> None:
    assert attributed(body)[-1].speaker == speaker


def test_a_body_inside_the_subject_before_an_appositive_does_not_speak() -> None:
    body = (
        "Talks stalled on Monday. The chairman of Kelmar Bank, the city's oldest lender, "
        'said a deal was "close."'
    )
    assert attributed(body)[-1].speaker != "Kelmar Bank"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "The Kelmar Bank published the minutes of its March meeting. The minutes added: "
            '"Members saw no case for a cut."',
            "Kelmar Bank",
        ),
        ('The Kelmar Bank\'s minutes said the board was "deeply divided."', "Kelmar Bank"),
        (  # who filed a complaint, not the complaint's own cue read as a name
            "Ardo Feltham filed a complaint against the city in May. The complaint said the "
            'council had "ignored every warning."',
            "Ardo Feltham",
        ),
        (  # minutes of time are no document
            'Ann Roe spoke for 40 minutes on Monday. The minutes said the board was "divided."',
            "the minutes",
        ),
    ],
)
def test_minutes_and_complaints_speak_for_who_issued_them(body: str, speaker: str) -> None:
    assert attributed(body)[-1].speaker == speaker


def test_issued_a_statement_that_is_the_subjects() -> None:
    body = (
        "The Bank of Tarn held firm. It issued a statement that "
        '"the bank will not change its reserves."'
    )
    assert attributed(body)[-1].speaker == "the Bank of Tarn"


@pytest.mark.parametrize(
    "body",
    [
        'Ann Roe wrote to the council on Monday. Her letter said the plan was "a disgrace."',
        'Ann Roe wrote to the council on Monday. "The plan is a disgrace," her letter said.',
        'Sprinter Ann Roe sued her coach on Monday. Her lawsuit said she "never took drugs."',
    ],
)
def test_a_document_owned_by_a_pronoun_speaks_for_its_owner(body: str) -> None:
    assert attributed(body)[-1].speaker == "Ann Roe"


def test_its_report_is_not_the_report() -> None:
    body = (
        "The report says there are still doubts. The panel says a cap would cost more. "
        '"We are not opposed to a cap," says its report.'
    )
    assert attributed(body)[-1].speaker != "the report"


def test_a_pronouns_document_opening_the_sentence_past_an_aside_is_the_owners() -> None:
    body = (
        "Sprinter Ann Roe sued her coach on Monday. Her lawsuit, filed in the US District "
        'Court in Tarnby, said she "never took drugs."'
    )
    assert attributed(body)[-1].speaker == "Ann Roe"
