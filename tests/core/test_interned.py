"""A sequence kept as codes into its distinct strings reads back as it went in."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tui.core.interned import Interned


@given(st.lists(st.one_of(st.none(), st.sampled_from(["a b c", "", "x", "é"]), st.text())))
def test_reads_back_what_went_in(values: list[str | None]) -> None:
    held = Interned(values)
    assert list(held) == values and len(held) == len(values)
    assert [held[i] for i in range(len(values))] == values and held[:] == values
    assert len(held.distinct) == len({v for v in values if v is not None})
    flags = [i % 3 != 0 for i in range(len(values))]
    assert list(held.keep(flags)) == [v for v, f in zip(values, flags, strict=True) if f]


def test_equal_strings_are_held_once() -> None:
    held = Interned("".join(["same", "words"]) for _ in range(1000))
    assert len(held.distinct) == 1 and all(v is held.distinct[0] for v in held)
