"""Issue 8, pattern 8: "Back at the shop, her father was asked ..." opens with where
the story returns to; the main clause's subject is the father
(tui/core/attribution/openings.py). Invented names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed
from tui.core.attribution.openings import main_clause


def test_back_at_a_place_is_a_fronted_opening() -> None:
    text = "Back at the shop, her father was asked whether he would go."
    assert text[main_clause(text, 0, len(text)) :].startswith("her father")


def test_a_relative_after_back_at_is_who_the_next_he_means() -> None:
    body = (
        "Her first television ad opens with her father, Ramiro Marquell, rolling a tire "
        "across the shop floor.\n\n"
        "Marquell-Doyle is running against two rivals, former county supervisor Leonel "
        "Bacchus and attorney Shira Goldfield.\n\n"
        "A poll for her campaign in May showed her leading with 34% to Bacchus's 27% and "
        "Goldfield's 19%.\n\n"
        "Back at the shop, her father was asked whether he planned to go to Washington "
        'if she wins. He shook his head. "Who would watch the store?" he said.'
    )
    assert attributed(body)[-1].speaker == "Ramiro Marquell"
