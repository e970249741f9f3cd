"""A source named by first name alone, the description saying why ("Darvel, a
delivery driver who declined to give his last name, said"): that one word is a
person's, so the "he" after is Darvel's, not the last person named in full."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_a_first_name_whose_last_name_was_kept_back() -> None:
    body = (
        "The bill passed late Friday. Teodor Blaskin, the association's president, "
        "opposed it.\n\n"
        "“Those are jobs too,” Blaskin said.\n\n"
        "At a gas station on Friday, Darvel, a delivery driver who declined to give his "
        "last name, said he had not followed the debate.\n\n"
        "“Thirty cents a gallon? That’s my lunch,” he said."
    )
    assert attributed(body)[-1].speaker == "Darvel"


def test_her_last_name_kept_back_makes_her_a_woman() -> None:
    body = (
        "Ossian Pell-Varga spoke first.\n\n"
        "Marit, a nurse who asked not to use her last name, said the plan scared her.\n\n"
        "“I cannot afford it,” she said."
    )
    assert attributed(body)[-1].speaker == "Marit"
