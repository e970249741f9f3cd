"""Issue 8, pattern 8: pronoun shapes seen on the open sets. Invented articles and names.

- A "he" resolved to a person of unknown gender ("a guard") tells that person's gender:
  a later "she" does not go to them ("A guard ... said ... before he died ... 'Q,' she
  said" is the woman named between).
- The "she" of a "who said" clause is the one "who" stands for ("echoed by Ida Roe, who
  said she first learned of it"), though the name is only the agent of a passive.
- A person noun followed by a thing noun ("the witness stand", "The executive order") is a
  modifier, not a person a "he" can mean.
- A "she"/"he" after a couple named as one ("the couple", "The Roes") with no one else
  named since is the member of that gender.
- A "they" tagging a quote is the couple when the sentence before has the couple as its
  subject after a short scene-setting phrase ("On Thursday the couple were"), or opens
  with "They" after one that has ("The Roes said .... They also said ...").
- "Roe's challenger next year, former Auditor Ida Vance, went further": a time phrase
  closing the opening noun phrase still leaves the name in apposition its subject.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_a_he_gives_an_unknown_person_a_gender_a_she_then_skips() -> None:
    quotes = attributed(
        "Darnell Tolliver-Hayes, 41, died in his cell at the Brackwater unit in August.\n\n"
        "The heat there has been deadly for years. A corrections officer who has worked "
        "at Brackwater for more than a decade and who asked not to be named said the "
        "cells routinely passed 100 degrees.\n\n"
        '"The fans just push the hot air around," the officer said. "Nobody writes about that."\n\n'
        "Tolliver-Hayes' sister, Marguerite Osk, a bakery manager in Fenwick, said she "
        "had last spoken to her brother about a week before he died. He had complained "
        "about the heat, she said, but he always complained about the heat.\n\n"
        '"I told him it was hot out here too," she said. "I did not know."'
    )
    assert [q.speaker for q in quotes][-2:] == ["Marguerite Osk", "Marguerite Osk"]


def test_the_she_of_a_who_said_clause_is_the_one_who_stands_for() -> None:
    quotes = attributed(
        "The parole board's chair, Odile Marchetti-Fry, disputed that account, saying "
        "the board had reviewed all 14 files.\n\n"
        '"We are not a rubber stamp," said the retired judge, who has served on the '
        "board since 2021.\n\n"
        "Marchetti-Fry's account was largely echoed by Solenne Parkhurst, who said she "
        "first learned of three of the names from a news release.\n\n"
        '"I read it on my phone in a parking lot," she said. "I called and asked if I '
        'had missed a meeting."'
    )
    assert [q.speaker for q in quotes][-2:] == ["Solenne Parkhurst", "Solenne Parkhurst"]


def test_a_who_said_clause_binds_no_pronoun_of_the_other_gender() -> None:
    quotes = attributed(
        "Odile Marchetti-Fry said the board had been split for months.\n\n"
        "Her account was echoed by Mr. Bram Tull, who said she had called the process "
        '"a stitch-up from the start."'
    )
    assert quotes[-1].speaker == "Odile Marchetti-Fry"


def test_a_person_noun_before_a_thing_noun_is_no_candidate() -> None:
    quotes = attributed(
        "Prosecutors said the county clerk had steered the contract to a vendor in "
        "exchange for gifts.\n\n"
        "Bram Okonjo-Tate, 58, pleaded guilty last year and testified against her. "
        "During two days on the witness stand, he described meeting the clerk at a trade "
        'fair and said the two had reached "an understanding."'
    )
    assert quotes[-1].speaker == "Bram Okonjo-Tate"


def test_she_after_a_plural_surname_is_the_woman_of_the_couple() -> None:
    quotes = attributed(
        "In a converted barn, Marisol and Anders Quenby-Lark build cargo bicycles.\n\n"
        'Ms. Quenby-Lark said only two buyers canceled. One customer wrote back: "Keep '
        'going."\n\n'
        "The Quenby-Larks are not especially political. They said they had voted for "
        "both parties over the years.\n\n"
        '"Everybody in Washington talks about manufacturing," she said.\n\n'
        "Her husband nodded and went back to the frame he had been welding.\n\n"
        '"We will figure it out," he said over his shoulder.'
    )
    assert [q.speaker for q in quotes][-2:] == ["Marisol Quenby-Lark", "Anders Quenby-Lark"]


def test_the_couple_is_the_article_s_one_man_and_woman_of_a_surname() -> None:
    quotes = attributed(
        "Ottilie Vandersloot is running for the school board. So is her husband, Jurgen "
        "Vandersloot.\n\n"
        '"The teachers lean toward Ottilie," said Fenna Broekhuis, a political scientist.'
        "\n\nBack at the kitchen table, the couple was asked what happens in November.\n\n"
        '"Whoever loses cooks for a month," she said.\n\n'
        '"That was not the deal," he said.'
    )
    assert [q.speaker for q in quotes][-2:] == ["Ottilie Vandersloot", "Jurgen Vandersloot"]


def test_someone_named_after_the_couple_takes_the_pronoun() -> None:
    quotes = attributed(
        "Ottilie Vandersloot is running for the school board. So is her husband, Jurgen "
        "Vandersloot.\n\n"
        "The couple hosted a forum on Tuesday. Fenna Broekhuis, a neighbor, asked the "
        "first question.\n\n"
        '"Who does the dishes?" she said.'
    )
    assert quotes[-1].speaker == "Fenna Broekhuis"


def test_they_after_a_fronted_phrase_and_the_couple_is_the_couple() -> None:
    quotes = attributed(
        "Among those who lost nearly everything were Casimir and Wanda Przytulska, who "
        "have lived on Alder Street since 1979. On Thursday the couple were pulling soaked "
        "carpet from the living room.\n\n"
        '"Forty-six years," they said almost together.'
    )
    assert quotes[-1].speaker == "Casimir and Wanda Przytulska"


def test_they_after_a_they_sentence_about_the_couple_is_the_couple() -> None:
    quotes = attributed(
        "Bicycles hang from the rafters of the barn that Tobias and Ingrid Halvarsen-Moe "
        "turned into a workshop.\n\n"
        "A trade official said the parts would one day be made here.\n\n"
        "The Halvarsen-Moes said they would love that. They also said they did not "
        "believe it.\n\n"
        '"No company here makes derailleurs," they said, almost in unison.'
    )
    assert quotes[-1].speaker == "Tobias and Ingrid Halvarsen-Moe"


def test_an_opening_phrase_closed_by_a_time_phrase_keeps_its_apposed_subject() -> None:
    quotes = attributed(
        "Rep. Odalys Fenwright (D-Mo.), whose district includes thousands of enrollees, "
        'wrote on X: "They work harder than anyone at that resort. Sen. Brannock owes '
        'every one of them an apology."\n\n'
        'In a follow-up post, she called the senator\'s remarks "contemptuous," adding: '
        '"This is what they say when they think we cannot hear."\n\n'
        "Brannock's likely Democratic challenger next year, former state Auditor "
        "Marisela Quentin-Hale, went further. In a video posted to her campaign account, "
        "she held up a phone playing the audio.\n\n"
        '"That laugh you just heard is the sound of people who never had to choose," she '
        "said."
    )
    assert quotes[-1].speaker == "Marisela Quentin-Hale"
