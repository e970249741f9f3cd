"""A body named by a short form ("the company", "the agency", "the group") speaks as
the body the article named last of that kind (issue 8; invented names)."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (  # a two-word name no given name opens, as a sentence's subject
            "Quarrow Homes did not send anyone to the hearing. In an emailed statement, "
            'the company said it was "saddened by the loss."',
            "Quarrow Homes",
        ),
        (  # its name split at "and" by the name runs, a relative clause before the verb
            "Tillage Permits and Licensing Services, which handles farm claims, will add "
            'staff, the agency said. "We are hiring as fast as we can," the agency said.',
            "Tillage Permits and Licensing Services",
        ),
        (  # right after a noun of its kind
            "Losses could reach $2 billion, according to catastrophe modeling firm Delvane. "
            '"Flooding extends well inland," the firm said in a note.',
            "Delvane",
        ),
        (  # a public body named later is no company
            "Marlo Foods raised its prices in May. The Harbor Department said it would look "
            'into the rise. "We welcome the scrutiny," the company said.',
            "Marlo Foods",
        ),
        (  # an advocacy group after its kind noun and an apposition's comma
            "Ruiz said the rule was drafted by an outside advocacy group, the Prairie Tenant "
            'Defense Project, which posted about it. "A good day," the group wrote.',
            "Prairie Tenant Defense Project",
        ),
    ],
)
def test_a_short_form_speaks_as_the_body_named_before(body: str, speaker: str) -> None:
    q = attributed(body)[-1]
    assert (q.speaker, q.confidence) == (speaker, "low")


@pytest.mark.parametrize(
    "body",
    [
        'Prices rose again in May. "We are worried," the group said.',
        # people at a sentence's start are no body
        'Investors were shaken by the results. "We are worried," the group said.',
    ],
)
def test_nothing_tying_the_short_form_keeps_it(body: str) -> None:
    assert attributed(body)[-1].speaker == "the group"


def test_a_body_speaks_by_its_whole_name_across_a_joining_word() -> None:
    body = (
        "Judges heard 40 cases a day. The Executive Office for Tillage Review said in a "
        'statement that it had "cut the backlog."'
    )
    assert attributed(body)[-1].speaker == "Executive Office for Tillage Review"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "The county attorney did not respond. The secretary of state's office said it "
            'had opened an inquiry. "County boards are responsible," the office said.',
            "the secretary of state's office",
        ),
        (
            'The Ochtera campaign said it raised $2 million. "We are grateful," the campaign said.',
            "the Ochtera campaign",
        ),
    ],
)
def test_an_office_or_campaign_described_before_speaks(body: str, speaker: str) -> None:
    assert attributed(body)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (  # the firm named in full once, then by its first word ending like a demonym
            "Staff walked out at three hotels owned by Castorian Leisure Group on Friday.\n\n"
            "Castorian says its offer is fair. In a statement, the company said it had "
            'offered "the largest raise in our history."',
            "Castorian Leisure Group",
        ),
        (  # then by its first two words, which no given name opens
            "The clinic is owned by Heston Vale Health Partners, a company backed by a fund."
            "\n\nHeston Vale did not answer questions. In a statement, the company blamed "
            '"persistent staffing challenges."',
            "Heston Vale Health Partners",
        ),
        (  # those two words as the cue's own subject
            "The clinic is owned by Heston Vale Health Partners, a company backed by a fund."
            '\n\n"We are proud of our record," Heston Vale said in a statement.',
            "Heston Vale Health Partners",
        ),
    ],
)
def test_a_body_s_first_words_speak_as_its_whole_name(body: str, speaker: str) -> None:
    assert attributed(body)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (  # the lead's subject after a wire dateline, its legal form dropped
            "TILLAGE (Wirepost) - Harrow Ridge Wind LLC said on Thursday it would cancel its "
            "wind farm.\n\nThe company, a joint venture of two utilities, said the project "
            'was "no longer viable."',
            "Harrow Ridge Wind",
        ),
        (  # then by its first words
            "TILLAGE (Wirepost) - Harrow Ridge Wind LLC said on Thursday it would cancel its "
            "wind farm.\n\nHarrow Ridge said it would keep its lease and could revive the "
            'project "if conditions improve."',
            "Harrow Ridge Wind",
        ),
    ],
)
def test_a_wire_lead_s_firm_speaks_by_its_name(body: str, speaker: str) -> None:
    assert attributed(body)[-1].speaker == speaker


def test_a_person_called_by_their_surname_is_no_body() -> None:
    quotes = attributed(
        "Heston Vale founded Heston Vale Health Partners in 1998. Vale retired in May.\n\n"
        '"We built it from nothing," Heston Vale said.'
    )
    assert quotes[-1].speaker == "Heston Vale"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (  # the body's name set beside its kind
            "After the debate, the PAC, Tillage Forward, said in a statement that it "
            '"stands by the substance" of the mailer.',
            "Tillage Forward",
        ),
        (  # the body named before a title and its holder, in one capitalised run
            "The report urges Varnish to act. Varnish Department of Grain Health "
            "Commissioner Odo Brannick said staff were overwhelmed.\n\n"
            'The department said it was "reviewing the recommendations."',
            "Varnish Department of Grain Health",
        ),
    ],
)
def test_the_short_form_s_body_by_its_own_name(body: str, speaker: str) -> None:
    assert attributed(body)[-1].speaker == speaker


def test_a_person_set_beside_a_body_s_kind_is_no_body() -> None:
    quotes = attributed(
        'After the debate, the group, Ann Roe, said in a statement that it "stands by '
        'the substance" of the mailer.'
    )
    assert quotes[-1].speaker == "Ann Roe"


def test_where_a_body_is_based_is_no_speaker() -> None:
    quotes = attributed(
        "Tillco Health runs the plans. Tillco, based in Scottsdale, Arizona, said in a "
        'statement that the suit was "without merit."'
    )
    assert quotes[-1].speaker == "Tillco Health"


def test_a_described_kind_speaks_as_the_body_set_beside_it() -> None:
    body = (
        "The council met. The union representing Tarn officers, the Tarn Police "
        'Association, said in a statement that it supported "a fair and thorough process" '
        'and cautioned against "rushing to judgment" about officers.'
    )
    assert attributed(body)[-1].speaker == "Tarn Police Association"
