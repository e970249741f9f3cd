"""The verbs "highlighted" and "questioned" set quoted words apart as the subject's
point or doubt (`She highlighted the "thin margins"`, `He questioned whether it was "worth
a try"`); "questions" and "questioning" are nouns, no cues. Invented names and words."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_highlighted_words_are_the_subjects() -> None:
    body = "Ilka Dorm spoke at the Bexmoor fair.\n\nShe highlighted the “thin margins” of farms."
    (q,) = attributed(body)
    assert (q.kind, q.speaker) == ("partial", "Ilka Dorm")


def test_questioned_words_are_the_subjects() -> None:
    body = (
        "Ilka Dorm spoke at the Bexmoor fair.\n\n"
        "She questioned whether the levy was “worth the bother” for farms."
    )
    (q,) = attributed(body)
    assert (q.kind, q.speaker) == ("partial", "Ilka Dorm")


def test_questions_as_a_noun_are_no_cue() -> None:
    body = "Ilka Dorm spoke at the Bexmoor fair.\n\nQuestions about the “levy” went unanswered."
    (q,) = attributed(body)
    assert q.speaker is None
