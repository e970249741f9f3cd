"""Issue 8: of a role's several holders ("Sen. Ivo Brandt", "Sen. Lorna Quayle-Dent"),
"the senator" in an exchange is the one named last and near, though the witness she
questions was named after her; not one named far back. Invented articles and names.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed

_OPENING = (
    "The chairman, Sen. Ivo Brandt, opened the hearing on tanker fraud.\n\n"
    '"Fourteen months is too long," Brandt said.\n\n'
)
_EXCHANGE = (
    "Sen. Lorna Quayle-Dent held up a photograph of a tanker.\n\n"
    "Deputy Secretary Mirela Tannhauser said the department shared her concern. "
    "Pressed on whether it would act, she declined to commit.\n\n"
    '"Everything is on the table," she said.\n\n'
    '"That is what you said last year," the senator replied.'
)


def _last(body: str) -> str | None:
    return attributed(body)[-1].speaker


def test_the_senator_in_an_exchange_is_the_one_named_last() -> None:
    assert _last(_OPENING + _EXCHANGE) == "Lorna Quayle-Dent"


def test_not_a_holder_named_far_back() -> None:
    filler = "".join(
        f"The report's {w} chapter dealt with insurers, flag registries and the "
        "ownership of ships that change their names from one year to the next.\n\n"
        for w in ("first", "second", "third", "fourth", "fifth")
    )
    body = (
        _OPENING
        + "Sen. Lorna Quayle-Dent asked about the ships.\n\n"
        + filler
        + _EXCHANGE.split("\n\n", 1)[1]
    )
    assert _last(body) != "Lorna Quayle-Dent"


def test_not_when_someone_no_role_describes_was_named_since() -> None:
    body = (
        "World champion Oskar Lindqvist-Amare beat Olympic champion Kenji Baptiste-Lowe "
        "in Ghent on Sunday. Lindqvist-Amare will run in Brest next.\n\n"
        "Britain's Maria Tolland has not ruled out the race either. "
        '"It is a definite possibility," said the champion.'
    )
    assert _last(body) != "Oskar Lindqvist-Amare"
