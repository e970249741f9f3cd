"""Pronoun shapes seen on real British news (invented articles and names).

- `"Q," said Silver Tides producer Quillon Vestergaard. "Q," he added.`: a title before
  the name read as the sentence's subject leaves the name a weak role, but the quote's
  own cue made him its speaker, so the "he" that goes on is his (not the title, nor "an
  actor" named before).
- "Tellings' ballad beat songs by ...": a possessor written with the bare mark after a
  name ending in "s" is the one the sentence is about, so a "he" after it may be him (a
  guess: the subject of the paragraph before, who handed him the prize, stays close).
- "A Department for Roads and Harbours spokeswoman confirmed ...": an unnamed source
  whose description holds a longer body's name (its own "for" and "and") is a woman the
  "she" after may mean, not a phrase cut at "for" that names no one.
- "British number one Darius Quentell, who ..., believes ...": a capitalised word that
  names no one ("British") before a rank or a title's head noun and a person's name is
  part of that person's phrase; it took the subject, so the "he" after went to the one
  named a sentence before.
- "But Dunmore, speaking to the club radio station, also admits Tobias Quell ... will
  have the final say. He told the station: ...": a surname the article never gives in
  full was no candidate, so the "he" went to the other man; one that reports speech
  twice ("Dunmore said", "Dunmore explained") is a person's.
- "Varkos asked the Houston court ... so that it can press claims over a "Q"": a
  one-word name ending in "s" opening the sentence was taken for a capitalised plural
  ("Users will"), so "it" went to the court; a word the article also writes capitalised
  inside a sentence ("Oil firm Varkos") is a name, the body "it" means.
- "Magistrate Lee Voskuijlen, who ..., said she understood ... "Q," she said": "Lee" is
  on the list of men's names, but both sexes bear it; the article's own "she" for her
  wins, so the "she" is hers, not the publicist's quoted before.
- "But that was not enough for Mr Doucet. ¶ "Q," he said.": a one-sentence paragraph
  naming one man, just before a paragraph the quote opens, leads into his words though
  he is only the object of "for" there (not the man who spoke a paragraph before it).
- "The bill, which ministers claim will cut fraud, is expected to be opposed by the
  Harbour Party. They have said ...": the subject of a relative clause ("which
  ministers claim") is not the sentence's, so "they" goes on to the body named after.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_he_added_goes_on_with_the_speaker_named_after_a_title() -> None:
    quotes = attributed(
        "An actor dressed as a giant heron breathed smoke over the crowd on Friday as the "
        "heron received a plaque on Marlow Quay.\n\n"
        '"The heron should thank you for this lovely plaque," said Silver Tides producer '
        'Quillon Vestergaard. "But sadly, he cannot speak English," he added.'
    )
    assert [(q.speaker, q.speaker_how) for q in quotes] == [
        ("Quillon Vestergaard", "cue-after"),
        ("Quillon Vestergaard", "pronoun"),
    ]


def test_a_bare_mark_possessor_is_read() -> None:
    quotes = attributed(
        "Comedy pair Tobin Larch and Ewan Fosdyke presented the song prize to Marcus "
        "Tellings on Tuesday.\n\n"
        "Tellings' ballad beat songs by Orla Brent and Nia Calloway in a vote by radio "
        'listeners. It is his ninth award. He told the audience: "I am just amazed that '
        'this keeps going."'
    )
    assert [(q.speaker, q.confidence) for q in quotes] == [("Marcus Tellings", "low")]


def test_a_spokeswoman_of_a_long_body_name_is_the_she() -> None:
    quotes = attributed(
        "Roads Secretary Ben Tolland told MPs in January that the chief executive of the "
        "agency, Ivo Stramm, was leaving.\n\n"
        "On that morning Mr Tolland was asked why Mr Stramm had been allowed to resign. "
        'He replied: "The chief executive decided it was time to move on."\n\n'
        "It now emerges that the belief that Mr Stramm had left was wrong. A Department "
        "for Roads and Harbours spokeswoman confirmed Mr Stramm was still in post and "
        'that he would stay until a replacement was found. "No date was ever given for '
        "Ivo Stramm's departure,\" she said."
    )
    assert [(q.speaker, q.speaker_how, q.confidence) for q in quotes][-1] == (
        "a Department for Roads and Harbours spokeswoman",
        "pronoun",
        "medium",
    )


def test_a_name_word_before_a_rank_leaves_the_person_the_subject() -> None:
    quotes = attributed(
        "Teen hope Rowan Pelling will play in the doubles on Saturday, it was confirmed.\n\n"
        "Pelling is the brightest young hope in the sport. British number one Darius "
        "Quentell, who retired from the team last year, believes the side can win the tie. "
        '"It is going to be a really tough match but I fancy our chances," he said.'
    )
    assert [(q.speaker, q.confidence) for q in quotes] == [("Darius Quentell", "medium")]


def test_a_bare_surname_that_reports_speech_is_a_person() -> None:
    quotes = attributed(
        "But Dunmore, speaking to the club radio station, also admits Tobias Quell, who "
        "has been linked with Harwick, will have the final say on his future. He told the "
        'station: "Tobias is above money. He is the future of this club."\n\n'
        'Dunmore said the board would meet next week. "We will not sell," Dunmore explained.'
    )
    assert (quotes[0].speaker, quotes[0].speaker_how) == ("Dunmore", "pronoun")


def test_it_means_a_body_whose_name_ends_in_s_opening_the_sentence() -> None:
    quotes = attributed(
        "Oil firm Varkos has filed for bankruptcy protection in a Texas court, its lawyers "
        "said.\n\n"
        "As well as the bid for protection - which shields firms from creditors while they "
        "restructure - the group also made a claim for damages against the Ruritanian "
        "government. Varkos asked the Houston court to order Ruritania to arbitration so "
        'that it can press claims for billions of dollars in damages over a "campaign of '
        'illegal, discriminatory and disproportionate" tax claims.'
    )
    assert [(q.speaker, q.speaker_how) for q in quotes] == [("Varkos", "pronoun")]


def test_a_unisex_given_name_takes_the_gender_the_article_gives() -> None:
    quotes = attributed(
        "Singer Orla Penhallow has won a court order against two photographers who she "
        "says followed her car.\n\n"
        '"Orla accepts that photographers have a job to do," said her publicist Wendy '
        'Tarrant. "But these two men have made her afraid to leave her home."\n\n'
        "Magistrate Lee Voskuijlen, who issued the order at Harbury court, said she "
        "understood the photographers had to earn a living but there had to be limits. "
        '"Miss Penhallow says she is willing to put up with some of it, but it has gone '
        'beyond that," she said.'
    )
    assert (quotes[-1].speaker, quotes[-1].speaker_how) == ("Lee Voskuijlen", "pronoun")


def test_a_one_sentence_lead_in_names_the_speaker_of_the_quote_after() -> None:
    quotes = attributed(
        'Finance ministers said the fall of the dollar would hurt exports. "We are '
        'concerned about these developments," said Marcel Doucet of France.\n\n'
        "The comments came a day after Treasury Secretary Walter Brandt said a strong "
        'dollar was "in the national interest".\n\n'
        "But that was not enough for Mr Doucet.\n\n"
        '"If the Americans want to change their policy, it is up to them to say so," he said.'
    )
    assert [q.speaker for q in quotes] == ["Marcel Doucet", "Walter Brandt", "Marcel Doucet"]


def test_they_skips_the_subject_of_a_relative_clause() -> None:
    quotes = attributed(
        "The shadow cabinet said it would back the plan for identity passes ahead of next "
        "week's vote.\n\n"
        "The bill, which ministers claim will cut fraud and illegal working, is expected "
        'to be opposed by the Harbour Party. They have said the scheme is "deeply '
        'flawed" and a waste of money.'
    )
    assert [(q.speaker, q.speaker_how) for q in quotes] == [("the Harbour Party", "pronoun")]
