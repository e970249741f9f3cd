"""Given names that are women's in English and men's elsewhere (Jan, Jean, Andrea,
Nicola) tell no gender: "He warned that "Q"" after Jan Orvell's quotes is Orvell's."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_he_after_a_jan_is_that_man() -> None:
    body = (
        "Relief chief Jan Orvell spoke on Monday.\n\n"
        'The relief coordinator, Jan Orvell, said that "this may be the worst disaster in '
        'recent history because it is affecting so many areas. "Many people will have lost '
        'their livelihoods." He warned that "the longer term effects may be as devastating '
        'as the wave itself" because of the risks.'
    )
    assert [q.speaker for q in attributed(body)] == ["Jan Orvell"] * 3


def test_a_known_woman_still_takes_she_over_a_jan() -> None:
    body = 'Jan Orvell met Ada Brell on Monday. She said that "the rules are bad and unfair".'
    assert [q.speaker for q in attributed(body)] == ["Ada Brell"]
