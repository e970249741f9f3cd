"""Counted nouns for the UI and exports: "1 quote", "2 quotes", "1,234 articles"."""

from __future__ import annotations


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` with thousands separators and ``noun`` singular for exactly one.

    ``plural`` defaults to ``noun + "s"`` (every noun the app counts: quote, article,
    speaker, file).
    """
    word = noun if n == 1 else (plural or noun + "s")
    return f"{n:,} {word}"
