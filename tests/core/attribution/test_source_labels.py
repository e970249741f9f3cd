"""What a source is called (issue 8, labels): the name an unnamed source gives ("a nurse
who gave only her first name, Rosa"), the person named after a role whose last noun
the phrase reader left behind ("The center's executive director, Ana Cole,"). Short
invented articles, invented names."""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


def _direct(body: str) -> list[str | None]:
    return [q.speaker for q in attributed(body) if q.kind == "direct"]


@pytest.mark.parametrize(
    "body, name",
    [
        (  # a description with a relative clause, then "she said"
            "Residents packed the hall on Monday.\n\n"
            "Another speaker, a home health aide who gave only her first name, Ilvana, "
            "said she rides two night routes.\n\n"
            "\u201cMy patients need me at six,\u201d she said. \u201cHow do I get there?\u201d",
            "Ilvana",
        ),
        (  # the name in a later sentence whose "She" is the unnamed woman
            "In the clinic\u2019s lobby, a woman from Tulsa waits with her son. She asked "
            "that only her first name, Perpetua, be used.\n\n"
            "\u201cWe came at dawn,\u201d she says. \u201cNobody called us back.\u201d",
            "Perpetua",
        ),
        (  # a source no listed noun marks: the name is the subject's
            "Residents packed the hall on Monday.\n\n"
            "One speaker, a retired welder who gave only his first name, Dariusz, said "
            "the buses were late.\n\n"
            "\u201cI wait an hour every night,\u201d he said.",
            "Dariusz",
        ),
        (  # "his name only as"
            "Outside the only grocery store, a rancher who gave his name only as Obadiah "
            "said he welcomed the troops.\n\n"
            "\u201cAbout time,\u201d he said.",
            "Obadiah",
        ),
    ],
)
def test_a_source_named_by_first_name_only_is_called_by_it(body: str, name: str) -> None:
    assert set(_direct(body)) == {name}


def test_a_first_name_in_a_later_clause_is_not_the_earlier_subjects() -> None:
    # "One mother, who gave her name only as X, tried ..., and Y stopped her": Y
    # is the later clause's subject, and "she said" next is Y's.
    body = (
        "Board chair Harriet Quellmalz-Ibe opened the meeting.\n\n"
        "One mother, who gave her name only as Krystiane, tried to read a page, and "
        "Quellmalz-Ibe stopped her after a minute.\n\n"
        "\u201cThere are children in this room,\u201d she said."
    )
    assert _direct(body) == ["Harriet Quellmalz-Ibe"]


def test_a_named_person_keeps_their_full_name() -> None:
    body = (
        "Orla Penhallow-Tse, who asked to be called by her first name, Orla, laughed.\n\n"
        "\u201cNo,\u201d she said."
    )
    assert _direct(body) == ["Orla Penhallow-Tse"]


@pytest.mark.parametrize("role", ["executive director", "medical director", "chief of staff"])
def test_the_name_after_a_possessed_role_is_the_one_she_stands_for(role: str) -> None:
    # "The International Welcome Center's executive director": the phrase reader takes
    # three words before its noun ("executive"), leaving "director" before the name.
    body = (
        f"The Harbor Literacy Project\u2019s {role}, Lorna Vashti-Okel, called the "
        "audit \u201ca fishing trip.\u201d\n\n"
        "\u201cWe have nothing to hide,\u201d she said. \u201cAsk anyone.\u201d"
    )
    assert set(_direct(body)) == {"Lorna Vashti-Okel"}


@pytest.mark.parametrize(
    "body, label",
    [
        (  # the cue after the quote
            "\u201cCounties must comply with the law,\u201d the Tillage secretary of state\u2019s "
            "office said.",
            "the Tillage secretary of state\u2019s office",
        ),
        (  # "said in a statement that": the subject before the verb
            "The Tillage governor\u2019s office said in a statement that the governor "
            "\u201crespects the court.\u201d",
            "the Tillage governor\u2019s office",
        ),
        (  # "the statement said" goes back to the office that issued it
            "The Tillage secretary of state\u2019s office said in a statement that it was "
            "reviewing the vote. \u201cCounties must comply with the law,\u201d the "
            "statement said.",
            "the Tillage secretary of state\u2019s office",
        ),
        (  # "the office said" later: the office named before, whole
            "The Tillage secretary of state\u2019s office said it was reviewing the vote. "
            "\u201cCounties must comply with the law,\u201d the office said.",
            "the Tillage secretary of state\u2019s office",
        ),
    ],
)
def test_an_office_owned_by_a_role_is_named_whole(body: str, label: str) -> None:
    assert [q.speaker for q in attributed(body)] == [label]


def test_a_spokesman_for_a_name_cut_short_keeps_no_fragment() -> None:
    # "a spokeswoman for the Tillage (secretary of state's office)": the name the
    # phrase reader stopped in is no label ("for the Tillage"); the noun alone is.
    body = (
        "\u201cWe are reviewing it,\u201d a spokeswoman for the Tillage secretary of "
        "state\u2019s office said."
    )
    assert _direct(body) == ["a spokeswoman"]


@pytest.mark.parametrize("verb", ["has called it", "calls them", "dubbed it"])
def test_a_name_given_to_something_after_its_object_is_partial(verb: str) -> None:
    # `X has called it "Albany's war on farms."`: the words name the thing, as after
    # a bare "called"; no sentence of X's stands alone.
    body = f"Orrin Valcourt-Bey {verb} \u201cAlbany\u2019s war on the farms.\u201d"
    assert [q.kind for q in attributed(body)] == ["partial"]


@pytest.mark.parametrize(
    "body, label",
    [
        (
            "The quarry executives, through a spokesman, said they had \u201cno involvement\u201d "
            "with the fund.",
            "the quarry executives",
        ),
        (
            "Gov. Idris Vantongeren, through a spokeswoman, said he was \u201ctroubled.\u201d",
            "Idris Vantongeren",
        ),
        (  # the spokesman is the subject of the relative clause's verb
            "Idris Vantongeren declined through a spokesman, who said only that the state "
            "had \u201cno room.\u201d",
            "a spokesman",
        ),
    ],
)
def test_a_spokesman_set_off_after_through_speaks_for_the_subject(body: str, label: str) -> None:
    assert [q.speaker for q in attributed(body)] == [label]


def test_a_party_leader_is_the_story_s_lead_who_holds_the_office() -> None:
    # "the Tory leader" in a story about one man, named in full and often: him, as "the
    # chancellor" is (a party's leader is one person, as a chancellor is).
    body = (
        "Ossian Threlkeld is to set out his plans for schools on Monday.\n\n"
        "Mr Threlkeld will visit a school in Leeds. Mr Threlkeld said it was "
        "\u201ca day for parents\u201d.\n\n"
        "But the Tory leader will argue against new exams, saying they are "
        "\u201coutdated and unfair\u201d.\n\n"
        "\u201cChildren are more than their marks,\u201d he will say."
    )
    assert {q.speaker for q in attributed(body)} == {"Ossian Threlkeld"}
