"""The reporting-verb lexicon: every form of every verb, from lemmas."""

from __future__ import annotations

import pytest

from tui.core.attribution import lexicon as L


@pytest.mark.parametrize(
    ("lemma", "forms"),
    [
        ("say", ("say", "says", "said", "saying")),
        ("add", ("add", "adds", "added", "adding")),
        ("agree", ("agree", "agrees", "agreed", "agreeing")),
        ("reply", ("reply", "replies", "replied", "replying")),
        ("quip", ("quip", "quips", "quipped", "quipping")),
        ("stress", ("stress", "stresses", "stressed", "stressing")),
        ("chime_in", ("chime in", "chimes in", "chimed in", "chiming in")),
        ("wonder_aloud", ("wonder aloud", "wonders aloud", "wondered aloud", "wondering aloud")),
        ("write", ("write", "writes", "wrote", "writing")),
    ],
)
def test_verb_forms(lemma: str, forms: tuple[str, ...]) -> None:
    assert L.verb_forms(lemma) == forms


def test_the_issue_verbs_are_cues_in_every_tense() -> None:
    words = (
        "interjected gushed fumed shouted sighed advises acknowledges emailed tweeted wrote "
        "posted quipped insisted conceded says saying told adds added adding"
    )
    for word in words.split(" "):
        assert word in L.FINITE_CUES | L.PARTICIPLE_CUES, word
    for phrase in ("chimed in", "wondered aloud", "went on", "pointed out"):
        assert phrase in L.FINITE_CUES, phrase


def test_nouns_that_look_like_verbs_are_not_bare_cues() -> None:
    # "street protests", "the brands": plural nouns far more often than verbs.
    assert not {"protests", "brands", "jokes"} & L.FINITE_CUES
    # "a report", "the tweet" are no cues; "announce" counts after a modal.
    assert not {"report", "tweet", "announce"} & L.FINITE_CUES - L.MODAL_ONLY
