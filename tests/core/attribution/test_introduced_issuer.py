"""Issue 8: a document first brought in with its issuer ("a referral from the Office of
Tarn Audits"), then handled by another body ("which the council released"), still
speaks for its issuer when "the referral states". Invented articles."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed

_ARTICLE = (
    "The Tarn Council opened an inquiry after it received {a} {doc} from the Office of "
    "Pasture Oversight. The council met on Monday.\n\nThe {doc}, which the council "
    "released with its own statement, says the herd was moved. Council members were "
    "unhappy about it and asked for more.\n\nRanchers disputed that. Several said the "
    "count was off, and the council said it would look again in the spring before any "
    'decision.\n\n"The herd was moved twice without notice," the {doc} {verb}. "No '
    'permit was sought."'
)


@pytest.mark.parametrize(
    ("a", "doc", "verb"),
    [("a", "referral", "states"), ("a", "memo", "says"), ("a", "letter", "reads")],
)
def test_the_document_speaks_for_the_one_it_came_from(a: str, doc: str, verb: str) -> None:
    quotes = attributed(_ARTICLE.format(a=a, doc=doc, verb=verb))
    assert [q.speaker for q in quotes] == ["Office of Pasture Oversight"] * 2


def test_a_second_document_brought_in_later_is_not_the_first_ones() -> None:
    quotes = attributed(
        "The Tarn Council opened an inquiry after it received a memo from the Office of "
        "Pasture Oversight.\n\nOn Friday the council chair, Ines Varrow, sent a memo to "
        'ranchers.\n\n"Nothing is decided yet," the memo says.'
    )
    assert quotes[-1].speaker != "Office of Pasture Oversight"
