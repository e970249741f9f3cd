"""Issue 8, honest about doubt: a partial quote whose closing mark the text lost runs on
into the next sentence, which has a speaker of its own ("... were "only a tenth of the
agenda. Dr Orrin, who ..., said staff wanted calm after "great change""). The quote
carried on from it may be that other speaker's: not high. Invented names and words.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed
from tui.core.attribution.doubt import swallows_a_sentence


def test_a_quote_carried_from_one_that_swallowed_a_sentence_is_not_sure() -> None:
    body = (
        'Meanwhile Jolene Rell defended her record, saying the lists were "only a tenth of'
        " the whole agenda. Dr Orrin, who was a doctor in Tarn, said staff wanted a period"
        ' of calm after "great change and reform in every ward". He left.'
    )
    last = attributed(body)[-1]
    assert last.confidence != "high"


def test_a_partial_quote_of_one_sentence_swallows_nothing() -> None:
    assert not swallows_a_sentence("a fair plan. It was ours")  # (no reporting verb after)
    assert not swallows_a_sentence("a plan the council said was fair")
    assert swallows_a_sentence("a fair plan. Dr Orrin said staff wanted")
