"""A place phrase fronted before the subject ("Outside a bakery on Quell Avenue a few
blocks from her office, Tobin Ashgarde, 67, said"): the street in it is no subject,
so the "he" after is Ashgarde's."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_a_fronted_place_phrase_is_no_subject() -> None:
    body = (
        "Senator Mirela Osk left without comment.\n\n"
        "Outside a bakery on Quell Avenue a few blocks from her office, Tobin Ashgarde, "
        "67, said Ms. Osk had helped him get his heating restored one winter.\n\n"
        "“I called her office and they fixed it in a day,” he said."
    )
    assert attributed(body)[-1].speaker == "Tobin Ashgarde"


def test_outside_as_an_adjective_opens_the_subject() -> None:
    """ "Outside experts, led by Ann Roe, said": no place phrase, the subject itself."""
    body = (
        "The plan drew fire on Monday. Outside experts, led by Vanya Roe-Kettle, said it "
        "would fail.\n\n"
        "“It cannot work,” Roe-Kettle said."
    )
    assert attributed(body)[-1].speaker == "Vanya Roe-Kettle"
