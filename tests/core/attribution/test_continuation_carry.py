"""Continuation quotes keep the speaker of the quote they go on from (issue 8,
continuation intro; invented names)."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def _speakers(body: str) -> list[str | None]:
    return [q.speaker for q in attributed(body)]


def test_a_live_blog_byline_after_a_cued_paragraph_is_not_the_speaker() -> None:
    body = (
        "Odra Pell, a former judge, closed by talking about her mother.\n\n"
        "“She worked two jobs,” she said. “I am running for people like her.”\n\n"
        "— Bram Tull\n\n"
        "9:41 p.m. — The sharpest exchange came next."
    )
    assert _speakers(body) == ["Odra Pell", "Odra Pell"]


def test_a_list_item_after_a_cued_item_is_not_the_speaker() -> None:
    body = (
        "Two members voted no. Councilmember Bram Tull voted yes.\n\n"
        "- “My district has changed once already,” said Councilmember Odra Pell. "
        "“I am not interested in doing it faster.”\n"
        "- Tull, who represents a neighboring district, disagreed. “It is wrong,” he said."
    )
    assert _speakers(body)[:2] == ["Odra Pell", "Odra Pell"]


def test_a_pull_quote_byline_still_names_a_lone_quote() -> None:
    body = (
        "The panel met on Monday to weigh the plan.\n\n"
        "“We cannot keep paying for this.”\n\n"
        "— Bram Tull, county treasurer\n\n"
        "The plan goes to a vote next week."
    )
    assert _speakers(body) == ["Bram Tull"]


def test_a_reported_clause_subject_with_an_adverb_is_not_the_partials_speaker() -> None:
    body = (
        "Harlow Power has been under pressure from regulators.\n\n"
        'Governor Odo Varn, a Democrat, called the settlement "an important step" but '
        'said in a statement that the company still had "a long way to go to earn back '
        'trust."'
    )
    assert _speakers(body) == ["Odo Varn", "Odo Varn"]


def test_an_unnamed_source_after_the_cue_with_a_who_clause_is_the_speaker() -> None:
    body = (
        "Ada Roe spoke with Bram Tull on Monday, according to two people familiar with the "
        "call.\n\n“She cannot give him that,” said one person familiar with the call, who "
        "was not authorized to discuss it. “He knows it.”"
    )
    assert _speakers(body) == ["one person familiar with the call"] * 2


def _carried(body: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(q.speaker, q.speaker_how, q.confidence) for q in attributed(body)]


def test_a_quote_opening_the_sentence_after_a_sure_tag_is_sure() -> None:
    # `"Q1," Name said. "Q2."`: nothing between the tag and the next quote.
    body = (
        "Ilka Fenwick runs the depot at Marrow Cross.\n\n"
        '"The trucks are late," Ilka Fenwick said. "We wait every week."'
    )
    assert _carried(body)[-1] == ("Ilka Fenwick", "carry-over", "high")


def test_a_sentence_between_the_tag_and_the_next_quote_keeps_doubt() -> None:
    body = (
        "Ilka Fenwick runs the depot at Marrow Cross.\n\n"
        '"The trucks are late," Ilka Fenwick said. The depot opened in May. '
        '"We wait every week."'
    )
    assert _carried(body)[-1] == ("Ilka Fenwick", "carry-over", "medium")


def test_a_quote_after_a_pronoun_tag_or_in_a_new_paragraph_keeps_doubt() -> None:
    body = (
        "Ilka Fenwick runs the depot at Marrow Cross.\n\n"
        '"The trucks are late," she said. "We wait every week."\n\n'
        '"The trucks are late," Ilka Fenwick said.\n\n"We wait every week."'
    )
    assert [c for _, _, c in _carried(body)] == ["medium", "medium", "high", "medium"]
