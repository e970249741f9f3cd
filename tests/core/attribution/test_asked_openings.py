"""A sentence opening with a question put to its subject ("Asked whether Penn had
promised an endorsement, he smiled") names in the question someone it is about, not
who speaks: a cue there ("promised", "to say") is no speaker's, and the "she" after it
is not that person. Invented names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_a_name_in_the_question_does_not_take_the_next_quote() -> None:
    body = (
        "\u201cWe go back a long way,\u201d Ulla Brenick said after a rally in Tarvin. "
        "Asked whether Gustav Penwarden had promised an endorsement, she smiled. "
        "\u201cI do not talk about private calls. But I feel good.\u201d"
    )
    quotes = attributed(body)
    assert quotes[-1].speaker == "Ulla Brenick"


def test_a_name_in_the_question_is_not_the_pronoun_after_it() -> None:
    body = (
        "Outside the courthouse, defense lawyer Corra Vintish said her client would "
        "not appeal. Asked whether Bram Tolleson had anything to say, she said, "
        "\u201cHe said it all in there.\u201d"
    )
    quotes = attributed(body)
    assert quotes[-1].speaker == "Corra Vintish"


def test_a_he_in_the_question_is_the_one_asked() -> None:
    body = (
        "Sheriff Odo Castrell said the county had changed. \u201cIt is a safety "
        "issue,\u201d he said.\n\n"
        "Asked what he would say to Governor Ilse Marrow if he had the chance, the "
        "sheriff did not hesitate.\n\n"
        "\u201cCome down here and ride with my deputies.\u201d"
    )
    quotes = attributed(body)
    assert quotes[-1].speaker == "Odo Castrell"
