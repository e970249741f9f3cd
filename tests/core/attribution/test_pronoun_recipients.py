"""Pronoun shapes from real sport and entertainment news where the last speaker kept the
floor wrongly. Invented articles and names.

- A passive that hands words to someone ("Those claims were put to Kroll") makes that
  one the asked person, and a "he" opening the next sentence after a short time opener
  ("At first he said only") goes on with them, not with the accuser quoted before.
- A joined clause opening with a possessor ("..., but Rugby Norland's Tomas Brink
  rejected his comments") has the name as its subject: the "he" of the next quote is his.
- A compass word after a known given name ends a person's name ("Fred West"), as a
  weekday or a nationality word does ("Mike Friday", "Dawn French").
- "according to a report published by research firm Trellix": the words are the
  publisher's, not the last speaker's (nor "a report").
- "Roe said he backed it when Mr Vance argued for it": a name opening a clause of time
  or cause is not the sentence's speaker, though a reporting verb follows it.
- "Mr Roe ran it before but Mr Vance is taking that role": the subject after a bare
  "but" (no comma) opens the later clause, as after ", but".
- "films including Oskar Q. Ilse Marten, the daughter of activist Oskar Q,": a name
  written elsewhere without the full stop ends its sentence there; two names, and the
  next sentence starts at the second ("Marta J. Okafor" stays one name).
- "Dan Tuesday's side ... "Q," said Tuesday.": a weekday after a cue that the article
  gave a person as a surname is that person, not a day.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_the_one_claims_were_put_to_answers_next() -> None:
    quotes = attributed(
        'The row was revived when Odin Marsh said his rival was "a fraud". Pavel Kroll '
        'refused to bite back, saying only: "I will not answer." The sides meet again in '
        'March. "In the tunnel Kroll was shouting at my players," Marsh said on Saturday. '
        '"It was a disgrace."\n\n'
        "Those claims were put to Kroll after Saturday's game at Fenwick, which his side "
        'lost. At first he said only: "I have told you nothing happened."\n\n'
    )
    assert quotes[-1].speaker == "Pavel Kroll"


def test_a_possessor_opening_a_joined_clause_leaves_the_name_its_subject() -> None:
    quotes = attributed(
        "Rugby's top official has defended the pitch at Varrow Park after criticism by "
        "Dario Quell.\n\n"
        'Quell said he had had "enough" of asking for a faster pitch but Rugby '
        "Norland's Tomas Brink rejected his comments. "
        '"We did ask for it to be made faster," he said. "We spent money."\n\n'
    )
    assert [q.speaker for q in quotes][-2:] == ["Tomas Brink", "Tomas Brink"]


def test_a_compass_surname_after_a_given_name_is_a_person() -> None:
    quotes = attributed(
        "Singer Fred West has topped the charts in Ardmore with his third album.\n\n"
        "West, 31, began singing as a teenager at his school in Pellow. "
        '"I feel like the songs are in me," he said.\n\n'
    )
    assert quotes[-1].speaker == "Fred West"


def test_a_report_published_by_a_firm_is_the_firms() -> None:
    quotes = attributed(
        'Pelham, the Dutch firm, said its network would be faster. "It will be vital," '
        "the company said.\n\n"
        '"Fast networks will be vital for services like video," according to a report '
        "published by Ardmore-based research consultancy Trellix. Other firms agree.\n\n"
    )
    assert quotes[-1].speaker == "Trellix"


def test_a_name_in_a_when_clause_does_not_take_the_floor() -> None:
    quotes = attributed(
        "Interior Minister Odo Vantress has vowed to press on with plans for road tolls "
        'despite a call for a "pause" from Bram Keller.\n\n'
        'The Green leader said Ivo Pellow\'s resignation was a "good chance" to ask '
        "whether the tolls were needed. But Mr Vantress said he had backed the plans "
        "when Mr Pellow argued for them in "
        'Cabinet and he backed them now. "Tolls are a means to cleaner towns," he said.\n\n'
    )
    assert quotes[-1].speaker == "Odo Vantress"


def test_a_subject_after_a_bare_but_is_the_later_clause_subject() -> None:
    quotes = attributed(
        "Mr Ordway has run the party's campaigns before but Mr Tallis is taking that role "
        'this time. It will not be a "roadshow" style campaign either, he said.\n\n'
        "Odo Ordway and Piet Tallis were both at the launch in Varrow.\n\n"
    )
    assert quotes[0].speaker == "Piet Tallis"


def test_a_name_ending_in_a_letter_closes_its_sentence_before_a_new_name() -> None:
    quotes = attributed(
        "Director Tomas Brenn cast Odo Vail in films including River Song and Oskar Q. "
        "Ilse Marten, the daughter of activist Oskar Q, recalled the speech given by Vail "
        "at her father's funeral. "
        '"Varrow has come to say farewell," she said.\n\n'
    )
    assert quotes[-1].speaker == "Ilse Marten"


def test_a_middle_initial_still_joins_its_name() -> None:
    quotes = attributed(
        'Marta J. Okafor, a tax lawyer, disagreed. "The rule is broken," Ms. Okafor said.'
    )
    assert quotes[-1].speaker == "Marta J. Okafor"


def test_said_and_a_weekday_that_is_a_coachs_surname_is_the_coach() -> None:
    quotes = attributed(
        "Varrow beat Pellam 22-19 in the final of the Ardmore Sevens.\n\n"
        "Dan Tuesday's Varrow side matched their rivals for pace and led 19-7 at half-time. "
        "But Ola Rusk and Ivo Brenn touched down for Pellam. "
        '"We have wanted to win here for a very long time," said Tuesday.\n\n'
    )
    assert quotes[-1].speaker == "Dan Tuesday"
