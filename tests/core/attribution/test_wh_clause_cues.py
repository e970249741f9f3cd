"""A reporting verb inside a "who"/"what" clause ("whether a user is who they say they
are") tells nobody's words: a quote opening the next paragraph with no cue goes on
with the last real speaker, never a fragment ending in a verb. Invented article.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_who_they_say_they_are_is_no_cue() -> None:
    body = (
        "Ann Roe, from Tessla, told the Gazette there are two parts to the process. The "
        "most difficult is to ascertain whether a customer is who they say they are.\n\n"
        '"The end solution is to combine what the user knows with what they have." '
        "The method it has developed uses a chip."
    )
    quote = attributed(body)[-1]
    assert quote.speaker == "Ann Roe"
    assert quote.speaker_how == "carry-over"
