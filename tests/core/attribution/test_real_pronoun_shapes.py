"""Issue 8, pattern 8: pronoun shapes that failed on real (BBC politics and business)
news. Invented articles and names.

- A name inside what a speaker before it in the sentence said ("Mr Dallow said he had
  backed the plan when Mr Trent argued for it") is part of the report: the reporter
  keeps the floor, the next "he said" is his.
- A clause joined by a bare "but" has a subject of its own ("Mr Pell has run the
  campaign before but Mr Osgood is running it this time"): it is who the sentence ends
  on, not a second name in the first clause.
- A participle opening with its own object ("Realising his error, Mr Farrant wrote to
  Mr Quell") is fronted: the main subject is the one who goes on.
- An office written in capitals opening a sentence ("The Transport Minister did not
  rule out ...") is the person the article gives that title, and a "he" after it is
  theirs, not a company named in the same sentence.
- "it was difficult to say that ...": no one says it; a cue after the quote names who
  did.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_a_name_inside_a_speaker_s_report_does_not_take_the_floor() -> None:
    quotes = attributed(
        "Lib Dem leader Norbert Quayle said the bill should wait.\n\n"
        "But Mr Dallow said he had backed the plans when Mr Trent argued for them in "
        'Cabinet and he backed them now. "The cards make us safer," he said.'
    )
    assert quotes[-1].speaker == "Mr Dallow"


def test_a_second_voice_after_while_takes_the_floor() -> None:
    # "while"/"and"/"but" join a second speaker's own clause, not a part of the first's
    # report: the later speaker goes on.
    for joiner in (", while", " and", " but"):
        quotes = attributed(
            f"Mr Dallow said the levy was sound{joiner} Mr Trent said it was reckless.\n\n"
            '"It will fail within a year," he said.'
        )
        assert quotes[-1].speaker == "Mr Trent", joiner


def test_a_clause_after_a_bare_but_has_its_own_subject() -> None:
    quotes = attributed(
        'Campaign chief Ansel Osgood spoke first. "I keep no diary," Mr Osgood said. '
        "Mr Pell has run the campaign before but Mr Osgood is running it this time. "
        'There will be no tour bus, he said. "We will travel light," he added.'
    )
    assert quotes[-1].speaker == "Ansel Osgood"


def test_a_participle_with_its_object_is_a_fronted_clause() -> None:
    quotes = attributed(
        "Press chief Ludo Farrant's note was sent by mistake to reporter Emrys Quell. "
        "Realising his error, Mr Farrant then e-mailed Mr Quell pointing out the mistake, "
        "but suggesting presenter Abel Hune would have laughed.\n\n"
        'He said: "I am not good at this."'
    )
    assert quotes[-1].speaker == "Ludo Farrant"


def test_a_capitalised_office_opening_a_sentence_is_its_holder() -> None:
    quotes = attributed(
        'Transport Minister Idris Vantongeren has offered help but not for "free".\n\n'
        "Mr Vantongeren met the rail firm on Monday. However, Corvell Rail told a "
        "newspaper it would not change its structure. The Transport Minister did not rule "
        "out cancelling the Corvell Rail franchise. "
        'Yet he added that he did not like to do "guesswork".'
    )
    assert quotes[-1].speaker == "Idris Vantongeren"


def test_difficult_to_say_is_no_report() -> None:
    quotes = attributed(
        "Justice Amory Pell and Justice Tess Varga ruled on the six cases on Monday. "
        "The other five cases had to fail, they said.\n\n"
        'And it was difficult to say that the inquiry "had been open or quick", the judges said.'
    )
    assert quotes[-1].speaker != "it" and quotes[-1].speaker_mention != "it"


def test_an_office_after_the_lede_is_the_one_the_lede_reports() -> None:
    # "..., Orla Benedetti has said." then "the Green leader said": the lede's
    # reporter, though another person is named first; her "she added" follows.
    quotes = attributed(
        "Premier Dario Fenn has had his chance to fix the railways and has failed, "
        "Orla Benedetti has said.\n\n"
        '"The trains are getting worse," the Green leader said in her New Year message. '
        'Mr Fenn\'s government was "tired and out of ideas", she added.\n\n'
        'Ms Benedetti said: "We will run a bolder campaign." Ms Benedetti spoke in Leeds. '
        "Mr Fenn did not reply. Ms Benedetti will tour the north next week."
    )
    assert [q.speaker for q in quotes[:2]] == ["Orla Benedetti", "Orla Benedetti"]


def test_a_person_s_statement_speaks_for_them_and_it_goes_on() -> None:
    # `Mr Varga's statement said: "Q"` is Varga's, not the last speaker's carried on;
    # "It added" right after is the statement still.
    quotes = attributed(
        "Party chief Helmut Oster hired strategist Piet Varga in May. But Mr Varga said in "
        'a statement: "I never said that." Mr Oster later added there was not "one iota" '
        "of truth in the report. The strategist helped Premier Anton Lisk win two "
        "elections. Mr Oster appointed Mr Varga as his campaign chief last October. "
        'Mr Varga\'s statement said: "The party has been gaining ground." It added: '
        '"Our rivals want a distraction."'
    )
    assert [q.speaker for q in quotes[-2:]] == ["Piet Varga", "Piet Varga"]


def test_it_is_not_the_one_told() -> None:
    # ""Q," he told the Gazette." is said to the paper: a later "it has confirmed" is
    # not the paper's.
    quotes = attributed(
        'Fund manager Ravi Ostrander said the bid would win. "Fans can do nothing about '
        'it," he told the Gazette. The tycoon, who has been courting the club for a '
        'year, has sent the board "detailed proposals", it has confirmed.'
    )
    assert "Gazette" not in (quotes[-1].speaker or "")
