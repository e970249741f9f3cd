"""Issue 8, pattern 12: a live blog's subhead (`Minority leader: "Q"`) quotes the post
below it; whoever the post quotes saying those words said them
(tui/core/attribution/attribute.py, ``_subhead_quotes``). Invented names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_a_role_subhead_takes_the_speaker_of_the_post_s_quote() -> None:
    body = (
        "4:31 p.m. ET\n\n"
        'Minority leader: "This is a shutdown they chose"\n\n'
        "From the wire's Jenna Okafor-Brill\n\n"
        "Senate Minority Leader Celestine Harrowgate fired back on the Senate floor, saying "
        'Republicans had walked away. "This is a shutdown they chose. They own it," '
        "Harrowgate said."
    )
    head = attributed(body)[0]
    assert (head.speaker, head.speaker_how, head.confidence) == (
        "Celestine Harrowgate",
        "same-words",
        "medium",
    )


def test_a_subhead_s_role_does_not_give_the_candidate_it_names() -> None:
    # "Tramwell campaign manager:" is the manager's subhead, not Tramwell's.
    body = (
        "With about 80% of the vote counted, Rep. Dorian Tramwell leads by 14 points.\n\n"
        "9:41 p.m. ET\n\n"
        "Tramwell campaign manager: 'We are not popping champagne yet'\n\n"
        "Tramwell's campaign manager, Corwin Lisbeck, told reporters that the campaign was "
        "waiting for more results.\n\n"
        '"We are not popping champagne yet. We are popping seltzer," he said.'
    )
    assert attributed(body)[0].speaker == "Corwin Lisbeck"


def test_a_short_subhead_quote_is_the_speaker_s_words_not_a_scare_quote() -> None:
    body = (
        "1:50 p.m. ET\n\n"
        'Shutdown veteran offers advice: "Take the deal"\n\n'
        "Former Sen. Marvin Pettibone, who served through the last shutdown, posted advice "
        "for his former colleagues on Thursday.\n\n"
        '"Take the deal. Whatever the deal is," Pettibone wrote.'
    )
    head = attributed(body)[0]
    assert (head.kind, head.speaker) == ("direct", "Marvin Pettibone")
