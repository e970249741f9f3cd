"""Issue 8, honest about doubt: a partial quote is only as sure as the clause that
reports it.

On text never tuned on, the sure-looking mistakes were partial quotes whose cue has
another subject than the name before it ("Ann Lee removed a page of her website
describing it as "Q"": the website describes; "Ann Lee dismissed claims that "Q"":
the claimers' words), and terms a possessor owns ("the agency's "Q""). Such a speaker
may stand, but not as a sure one. Invented names and words.
"""

from __future__ import annotations

from tui.core.attribution import attribute_quotes
from tui.core.attribution.doubt import clause_between, possessed_term, title_cased
from tui.core.paragraphs import make_article
from tui.core.quotes import extract_quotes


def _who(body: str) -> list[tuple[str | None, str | None]]:
    article = make_article("t", "t.txt", "Headline of the day\n\n" + body)
    quotes = extract_quotes(article, first_id=1)
    attribute_quotes(article, quotes)
    return [(q.speaker, q.confidence) for q in quotes]


def test_the_name_as_the_cues_subject_is_high() -> None:
    body = "Orrin Vestal, the harbour master, said the new quay was “a fine piece of work.”"
    assert _who(body) == [("Orrin Vestal", "high")]


def test_a_clause_between_the_name_and_the_cue_is_not_high() -> None:
    body = (
        "Orrin Vestal quietly removed a page of his campaign website describing the quay"
        " as “a fine piece of work” this week."
    )
    assert [c for _, c in _who(body)] != ["high"]


def test_a_cue_noun_of_someone_else_after_the_name_is_not_high() -> None:
    body = "Orrin Vestal has dismissed claims that the quay was “built on sand and gravel.”"
    assert [c for _, c in _who(body)] != ["high"]


def test_a_term_a_possessor_owns_is_not_high() -> None:
    body = "Orrin Vestal said the agency’s “dredging reserve” would run out by June."
    assert [c for _, c in _who(body)] != ["high"]


def test_clause_between_lets_appositions_adverbs_and_joined_clauses_through() -> None:
    def between(text: str, name: str, cue: str) -> bool:
        lo = text.index(name) + len(name)
        return clause_between(text, lo, text.index(cue, lo))

    assert not between("Orrin Vestal (D-Ore.) said", "Orrin Vestal", "said")
    assert not between("Orrin Vestal, a pilot from Tarnley, has also said", "Orrin Vestal", "said")
    assert not between("Orrin Vestal of the Tarnley Harbour Board said", "Orrin Vestal", "said")
    assert not between("Orrin Vestal QC warned", "Orrin Vestal", "warned")
    assert not between("Orrin Vestal on Monday vetoed the plan, saying", "Orrin Vestal", "saying")
    assert not between("Orrin Vestal called it a sham and accused", "Orrin Vestal", "accused")
    assert not between("Orrin Vestal said in a statement", "Orrin Vestal", "in a statement")
    assert between("Orrin Vestal removed a page of his website describing", "Orrin Vestal", "desc")
    assert between("Orrin Vestal said pilots in the port had told", "Orrin Vestal", "told")


def test_possessed_term_reads_a_possessor_not_a_contraction() -> None:
    def owned(text: str) -> bool:
        return possessed_term(text, text.index("“"))

    assert owned("the agency’s “dredging reserve”")
    assert owned("the bill’s definition of “harbour”")
    assert not owned("he’s “back”")
    assert not owned("the quay was “fine”")


def test_a_title_quoted_as_a_partial_is_not_high() -> None:
    body = "Orrin Vestal, a pilot, said “Harbour of the Grey Gulls” had helped him as a boy."
    assert [c for _, c in _who(body)] != ["high"]
    assert title_cased("Harbour of the Grey Gulls")
    assert not title_cased("a fine piece of work")
    assert not title_cased("Fine")  # one word: a name or a term, not read as a title
