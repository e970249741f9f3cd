"""How the app shows a speaker it is not sure of: "— Tony Blair?".

A quote's ``confidence`` says how surely its speaker was found (see ``Quote``); a
``low`` one (a pronoun across a change of subject, a carry-over across another
sentence, a role linked from other articles) is shown with a question mark, so a
name under a quotation is never presented more firmly than the article allows.
"""

from __future__ import annotations

from tui.core.model import Quote

DOUBT_MARK = "?"


def doubtful(quote: Quote) -> bool:
    """Is the quote's speaker a guess (attributed with low confidence)?"""
    return quote.speaker is not None and quote.confidence == "low"


def speaker_text(quote: Quote, name: str | None = None) -> str:
    """The speaker as shown (``name``: a shorter form of it), marked when doubtful."""
    shown = name if name is not None else quote.speaker or ""
    return shown + DOUBT_MARK if doubtful(quote) else shown
