"""A role with a one-word "of" complement ("chief of staff") is one role: "the chief
of staff said" is a phrase that speaks (not "staff"), and the person the article ties
it to ("His chief of staff, Lucas Fairholt,") says it. Invented names."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed

_SAID = "\n\n\u201cThe legislature passed a mandate,\u201d the chief of staff said.\n"


@pytest.mark.parametrize(
    "tie",
    [
        "His chief of staff, Lucas Fairholt, told reporters the law was under study.",
        "Lucas Fairholt, the governor\u2019s chief of staff, told reporters it was under study.",
        "Chief of Staff Lucas Fairholt told reporters the law was under study.",
    ],
)
def test_the_compound_role_is_the_tied_person(tie: str) -> None:
    body = "The governor\u2019s office signaled the fight was not over. " + tie + _SAID
    assert attributed(body)[-1].speaker == "Lucas Fairholt"


def test_an_untied_compound_role_keeps_its_whole_label() -> None:
    assert attributed("Lucas Fairholt spoke." + _SAID)[-1].speaker == "the chief of staff"


def test_an_apposed_chief_of_staff_stays_the_pronoun_s_person() -> None:
    body = (
        "The council voted against Police Chief Raymond Kozlo. Kozlo did not attend.\n\n"
        "Reached by phone, the mayor\u2019s chief of staff, Bennett Rourke, said the mayor"
        " had watched. \u201cShe heard every word,\u201d he said.\n"
    )
    assert attributed(body)[-1].speaker == "Bennett Rourke"
