"""parse_query: the search box syntax."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tui.core.query import parse_query


def test_plain_words_are_fuzzy_and_last_is_a_prefix_while_typing():
    q = parse_query("life blood")
    assert q.fuzzy == ("life", "blood")
    assert q.prefix
    assert not parse_query("life blood ").prefix


def test_prefixed_terms():
    q = parse_query("""'nhs !jeremy speaker:coyne speaker:"len mc" unite""")
    assert q.exact == ("nhs",)
    assert q.exclude == ("jeremy",)
    assert q.speaker == ("coyne", "len mc")
    assert q.fuzzy == ("unite",)


def test_quoted_phrases_are_exact():
    assert parse_query('"life blood" nhs').exact == ("life blood",)
    assert parse_query("""'"life blood""").exact == ("life blood",)
    assert parse_query('!"heart of"').exclude == ("heart of",)
    assert parse_query('"life blo').exact == ("life blo",)  # still typing the phrase


def test_kinds():
    default = parse_query("x")
    assert not default.include_scare and default.kinds is None
    assert default.allowed_kinds() == {"direct", "partial"}
    assert parse_query("kind:scare").allowed_kinds() == {"scare"}
    assert parse_query("is:scare").include_scare
    assert parse_query("kind:all").allowed_kinds() == {"direct", "partial", "scare", "title"}
    assert parse_query("kind:direct kind:partial").kinds == {"direct", "partial"}
    assert parse_query("kind:whatever").fuzzy == ("kind:whatever",)


def test_prefix_only_applies_to_a_trailing_plain_word():
    assert not parse_query("life speaker:coyne").prefix
    assert not parse_query("life 'blood").prefix
    assert parse_query("speaker:coyne lif").prefix


def test_unknown_prefix_is_text():
    assert parse_query("note: taken").fuzzy == ("note:", "taken")


@given(st.text(max_size=60))
def test_never_raises_and_drops_nothing_empty(text):
    q = parse_query(text)
    for part in (q.fuzzy, q.exact, q.exclude, q.speaker):
        assert all(part)


def test_confidence_terms_narrow_by_attribution_confidence():
    q = parse_query("strike confidence:high conf:Medium")
    assert q.confidence == frozenset({"high", "medium"})
    assert q.fuzzy == ("strike",)
    assert parse_query("strike").confidence is None
    assert parse_query("confidence:sure").fuzzy == ("confidence:sure",)  # not a level: text
