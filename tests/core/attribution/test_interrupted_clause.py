"""Issue 8: a "he said" set inside a clause the sentence just opened ("Roe flipped
through his notes from a meeting in April, where, he said, a farmer had stood up")
reports that clause only: the sentence's own subject may be who "he" is, and the
quotes his "he" leads to are his, not the man who spoke in the paragraph before. A
"he added" after a whole clause still speaks it all. Invented article and names.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed

_OPENING = (
    "Sen. Odin Brandvold has held up the farm bill for a month. Sen. Per Lusk, the "
    "Republican leader, has not pressed him to drop the hold.\n\n"
    "Mr. Lusk, leaving the chamber, declined to say whether he had spoken with Mr. "
    'Brandvold. "Every senator has rights," Mr. Lusk said.'
)


def test_a_pronoun_interrupting_a_clause_may_mean_the_sentence_subject() -> None:
    body = (
        _OPENING + "\n\nBack in his office, Mr. Brandvold flipped through a binder of notes "
        "from a town hall meeting in April, where, he said, a farmer in his 80s had stood "
        'up and asked a question.\n\n"I did not have an answer for him," he said.'
    )
    assert attributed(body)[-1].speaker == "Odin Brandvold"


def test_a_pronoun_speaking_the_whole_clause_is_not_its_subject() -> None:
    body = _OPENING + ' Mr. Brandvold had been treated "fairly," he added.'
    assert attributed(body)[-1].speaker == "Per Lusk"
