"""Words next to each other: exact phrases, compounds and numbers with units.

Kept apart from the index because both the index and the brute-force scan apply
these rules (the scan on a quote's word list, the index with a regular expression
over the quotes its bit sets leave), and the tests hold them to the same answers.

* A quote *holds the phrase* when its words contain the query's words in order and
  adjacent, each matching as the ranking allows (typos, the prefix being typed);
  such a quote outranks every quote holding them apart.
* A compound typed as one word finds it written as two, and two words find the
  compound: ``lifeblood`` <-> ``life blood``, ``11pm`` <-> ``11 pm``. A word splits
  where both parts have 3+ letters, between digits and letters, or before the end
  of a contraction (``dont`` finds "don't", which the index holds as "don" "t").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

__all__ = ["adjacent_pattern", "holds_phrase", "is_split", "splits"]

_MIN_PART = 3
_CONTRACTED = frozenset({"s", "t", "d", "m", "re", "ve", "ll"})  # it's, don't, we're ...


def is_split(left: str, right: str) -> bool:
    """Whether ``left + right`` may be written as the two words ``left right``."""
    if not left or not right:
        return False
    if left[-1].isdigit() != right[0].isdigit():  # 11pm, mp3 ... a number and a unit
        return True
    if right in _CONTRACTED and len(left) >= 2:  # dont, its, theyre: no apostrophe
        return True
    return len(left) >= _MIN_PART and len(right) >= _MIN_PART


def splits(word: str) -> list[tuple[str, str]]:
    """Every way ``word`` may be written as two words (see :func:`is_split`)."""
    return [(word[:i], word[i:]) for i in range(1, len(word)) if is_split(word[:i], word[i:])]


def adjacent_pattern(alternatives: Sequence[Iterable[str]]) -> re.Pattern[str] | None:
    """A pattern finding, in folded text, one word of each set in order, separated
    by non-word characters only (None when a set is empty: nothing can match)."""
    groups = []
    for words in alternatives:
        ordered = sorted(set(words), key=len, reverse=True)
        if not ordered:
            return None
        groups.append("(?:" + "|".join(map(re.escape, ordered)) + ")")
    return re.compile(r"(?<!\w)" + r"\W+".join(groups) + r"(?!\w)")


def holds_phrase(matchers: Sequence[Callable[[str], bool]], words: Sequence[str]) -> bool:
    """Whether ``words`` (a quote's, in order) has a run matching every matcher in
    turn; the reference the index's pattern must agree with."""
    k = len(matchers)
    first = matchers[0]
    for j in range(len(words) - k + 1):
        rest = words[j + 1 : j + k]
        if first(words[j]) and all(m(w) for m, w in zip(matchers[1:], rest, strict=True)):
            return True
    return False
