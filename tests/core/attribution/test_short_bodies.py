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
