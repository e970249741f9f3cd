"""Issue 8, honest about doubt: a relative clause with a subject of its own ("Ann Lee,
whose husband said", "whose rival Ben Ray said ...") speaks for that subject, not for
the name it hangs on. A cue inside it is not surely the name's; and a partial quote
carried past the sentence's own verb after it ("..., called it "Q2"") is the
antecedent's, not the clause's speaker: neither is high. "who said" (the same person)
stays sure. Invented names and words.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed

_Q1 = '"a total disaster for the whole valley,"'
_Q2 = '"the best plan the county has had."'


def _who(body: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.confidence) for q in attributed(body)]


def test_a_cue_inside_a_whose_clause_is_not_the_names() -> None:
    body = f"Marit Olsgaard, whose husband said the levy was {_Q1} spoke first."
    assert _who(body)[0][1] != "high"


def test_a_whose_clause_closed_before_the_cue_leaves_the_name_sure() -> None:
    body = f"Marit Olsgaard, whose husband is ill, said the levy was {_Q1} and more."
    assert _who(body)[0] == ("Marit Olsgaard", "high")


def test_a_quote_after_the_main_verb_is_not_the_clause_speakers() -> None:
    body = f"Marit Olsgaard, whose rival Tobias Quennel said the levy was {_Q1} called it {_Q2}"
    first, second = _who(body)
    assert first == ("Tobias Quennel", "high")
    assert second[1] != "high"


def test_a_who_clause_keeps_the_same_speaker_sure() -> None:
    body = f"Marit Olsgaard, who said the levy was {_Q1} called it {_Q2}"
    assert _who(body)[-1] == ("Marit Olsgaard", "high")


def test_the_noun_a_whose_clause_owns_speaks_as_the_names() -> None:
    body = f"Marit Olsgaard, whose husband said the levy was {_Q1} spoke first."
    assert _who(body)[0] == ("Marit Olsgaard's husband", "medium")


def test_the_whose_noun_speaks_past_an_adverb_and_a_statement() -> None:
    body = 'The mayor spoke. Marit Olsgaard, whose lawyer later said in a statement: "We appeal."'
    assert _who(body)[0] == ("Marit Olsgaard's lawyer", "medium")
