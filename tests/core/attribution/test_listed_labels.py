"""Issue 8, pronouns: an unnamed person whose words tell no gender, met only in an
aside ("a tag saying where each goes: a school in Varnby, a doctor in Orle"), is no one
a later "he"/"she" goes on with; and when a lede's "she" fits no one named before, of
the people named in the next paragraph ("Bram and Greta Quorrin-Teague") the one of
the pronoun's gender is the likelier, not the first one of unknown gender; and a name
inside an unnamed source's apposed description ("a woman who worked in the Varnby
office") leaves the source the subject of its verb; "Another member of the caucus, who ...,
described" is an unnamed source like "A member, who ..., described", and one a quote's
"she said" was given to is a "she" after (not the "he" of the next man asked).
Invented articles and names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed

_LEDE = (
    "Two potters made a kiln of a grain store. Costs may close it.\n\n"
    "ORLEHAM, Vt. — The jugs stand on the shelves of the old grain store in long rows, "
    "each with a card that says where it is going: a school in Varnby, a doctor in "
    "Orle, a retired pair in Maine who sail.\n\n"
    "“Every one of those was paid for before it was fired,” said one of the two people "
    "who run the place, looking up at the shelves. “That is how we work.”\n\n"
    "Then the other finished the thought. “That is why this winter is so hard,” she "
    "said. “We sold them at old prices.”\n\n"
)


def test_a_listed_label_is_not_the_later_she() -> None:
    quotes = attributed(_LEDE + "Bram and Greta Quorrin-Teague opened the shop in 2009.")
    assert all(q.speaker != "a doctor in Orle" for q in quotes)


def test_the_person_of_the_pronouns_gender_named_after_is_chosen() -> None:
    lede = _LEDE.replace(
        "a school in Varnby, a doctor in Orle, a retired pair in Maine who sail",
        "schools, shops and the town hall",
    )
    quotes = attributed(
        lede + "Bram and Greta Quorrin-Teague, who married in 2001, have fired pots in "
        "this store since 2009. Bram Quorrin-Teague throws the pots. Since April, the "
        "clay has cost a fifth more, Greta Quorrin-Teague said."
    )
    she = next(q for q in quotes if q.speaker_mention == "she")
    assert (she.speaker, she.confidence) == ("Greta Quorrin-Teague", "low")


def test_a_label_as_subject_still_goes_on() -> None:
    quotes = attributed(
        "Hours at the depot were cut again this week.\n\n"
        "A dentist from the next town, who drives there twice a week, said the queue had "
        "doubled.\n\n"
        "“I waited an hour on Tuesday,” she said."
    )
    assert quotes[-1].speaker.startswith("a dentist from the next town")


def test_a_name_inside_an_apposed_description_leaves_the_source_the_subject() -> None:
    quotes = attributed(
        "Staff of Sen. Wilma Dorrance-Pike describe a tense office.\n\n"
        "“She read every memo twice,” one former aide said.\n\n"
        "Another former assistant, a woman who worked in the Varnby office, described being "
        "called in after a paper quoted an unnamed aide.\n\n"
        "“She asked each of us, one at a time, if it was us,” she said."
    )
    assert quotes[-1].speaker.lower().startswith("another former assistant")


def test_one_of_a_group_with_a_who_clause_is_the_next_she() -> None:
    quotes = attributed(
        "The caucus is small.\n\n"
        "Oswin Tarrance-Bel has drawn a challenger in each of his races. Wilma "
        "Dorrance-Pike was censured last year by her own county party. Another member of "
        "the caucus, who asked me not to use her name because she had not yet told her "
        "staff, described the work as “being the one who tells the teacher.”\n\n"
        "“Nobody thanks you,” she said.\n\n"
        "I asked Tarrance-Bel what had changed. He thought about it for a long time. Then "
        "he said: “The phones.”"
    )
    assert quotes[1].speaker.lower() == "another member of the caucus"
    assert quotes[-1].speaker == "Oswin Tarrance-Bel"
