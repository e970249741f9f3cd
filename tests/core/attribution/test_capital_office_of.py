"""An office written capitalised with what it is "of", before a name ("The Bishop of
Tarnby, Ivo Stannard,"), ties the office to that person, so a later "the Bishop
said" is his, as the lower-case "the bishop of Tarnby, ..." already was.
Invented names and places."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


@pytest.mark.parametrize("office", ["Bishop", "Archbishop", "Mayor", "Governor"])
def test_the_capitalised_office_later_names_its_holder(office: str) -> None:
    body = (
        f"A novel about Vornel sold well.\n\nThe {office} of Tarnby, Ivo Stannard, called"
        f" the novel a \u201cgreat yarn\u201d. The book sold well. Despite liking it, the"
        f" {office} said: \u201cTheories are fun to read.\u201d"
    )
    assert attributed(body)[-1].speaker == "Ivo Stannard"
