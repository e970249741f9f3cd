"""Issue 8, honest about doubt: a name the text leaves open at either end is never high.

On unseen text the name parser's mistakes are where a name starts or ends: a title
glued on ("Warden Ilka Fenwick"), a name cut short ("Olmedo Suarez" of "Tavo Renan
Olmedo Suarez"), a suffix lost. The speaker may stand, but not as a sure one.
Invented names and words.
"""

from __future__ import annotations

from tui.core.attribution import attribute_quotes
from tui.core.attribution.doubt import written_plainly
from tui.core.model import Quote
from tui.core.paragraphs import make_article
from tui.core.quotes import extract_quotes


def _attributed(body: str) -> list[Quote]:
    article = make_article("t", "t.txt", "Headline of the day\n\n" + body)
    quotes = extract_quotes(article, first_id=1)
    attribute_quotes(article, quotes)
    return quotes


def _who(body: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.confidence) for q in _attributed(body)]


def test_a_plainly_written_name_at_its_cue_is_high() -> None:
    body = "Ilka Fenwick, the warden, opened the hearing.\n\n“The cells are full,” Fenwick said."
    assert _who(body) == [("Ilka Fenwick", "high")]


def test_an_unknown_word_before_a_given_name_leaves_the_name_open() -> None:
    # "Warden" may be a title or a first name: the label cannot be sure.
    body = "Warden Ilka Fenwick opened the hearing.\n\n“The cells are full,” Fenwick said."
    assert [c for _, c in _who(body)] == ["medium"]


def test_a_name_inside_a_longer_name_is_not_high() -> None:
    body = "Tavo Renan Olmedo Suarez runs the depot.\n\n“The trucks are late,” Olmedo Suarez said."
    assert [c for _, c in _who(body)] == ["medium"]


def test_a_name_whose_suffix_was_left_off_is_not_high() -> None:
    body = (
        "Orla Quaid Brennock Jr. runs the depot.\n\n"
        "“The trucks are late,” said Orla Quaid Brennock."
    )
    assert [c for _, c in _who(body)] == ["medium"]


def test_written_plainly_reads_both_ends_of_every_place() -> None:
    text = "Arsenal's Dov Marran scored. Coach Dov Marran said so on Tuesday."
    assert written_plainly(text, "Dov Marran")  # a possessor, a title, a weekday
    assert written_plainly("It was DJ Dov Marran, said Ms. Ulla Tarn.", "Ulla Tarn")
    assert not written_plainly("Maria de los Angeles Ruiz spoke.", "Angeles Ruiz")
    assert not written_plainly("R. Dov Marran spoke.", "Dov Marran")  # an initial before
    assert not written_plainly("Dov Marran-Holt spoke.", "Dov Marran")
    assert not written_plainly("Dov Marran, Jr., spoke.", "Dov Marran")
    assert not written_plainly("Dov Marran spoke.", "Dov Maran")  # never written so


def test_a_nickname_inside_the_written_name_is_still_plain() -> None:
    assert written_plainly("Ulla “Bee” Tarn spoke. Tarn left.", "Ulla Tarn")


INTRO = "Mayor Ilse Varno and her rival Tobin Quell met on Monday. Runa Sket chaired.\n\n"


def test_one_of_several_subjects_is_not_high() -> None:
    for line in (
        "Ms. Varno and Mr. Quell said in a joint statement: “We will work together.”",
        "Both Ms. Varno and Mr. Quell said the count was “fair and final.”",
        "“We will work together,” said Ilse Varno and Tobin Quell.",
    ):
        assert all(c != "high" for _, c in _who(INTRO + line)), line


def test_a_place_before_and_is_no_second_subject() -> None:
    line = "The pair trained in Holland and Ms. Sket said: “The count was fair.”"
    assert _who(INTRO + line) == [("Runa Sket", "high")]


def test_a_name_after_a_preposition_is_not_high() -> None:
    # The phrase it completes speaks: "an aide to", "the husband of".
    for line in (
        "An aide to Ms. Varno said she was “never told.”",
        "“He lost,” said the husband of Ms. Varno.",
    ):
        assert all(c != "high" for _, c in _who(INTRO + line)), line
    line = "It was hard for Ms. Sket, who admitted she was “worn out and tired.”"
    assert _who(INTRO + line) == [("Runa Sket", "high")]
    line = "“The count was fair,” according to Ms. Sket."
    assert _who(INTRO + line) == [("Runa Sket", "high")]


def test_a_name_before_a_noun_is_not_the_speaker_for_sure() -> None:
    line = "“She is innocent,” the Varno campaign said."
    assert all(c != "high" for _, c in _who(INTRO + line))


def test_someone_elses_words_between_cue_and_quote_are_not_high() -> None:
    for line in (
        "Mr. Quell said that Ms. Varno’s claim that the bill was “dead on arrival” was wrong.",
        "Ms. Varno denied Mr. Quell’s charge that she was “playing games.”",
        "“We lost,” Ms. Varno said Mr. Quell told her.",
    ):
        assert all(c != "high" for _, c in _who(INTRO + line)), line
    # A relative clause with no reporting verb of its own leaves the cue's subject sure.
    line = "Ms. Sket said the voters, who waited for hours, were “patient and calm.”"
    assert _who(INTRO + line) == [("Runa Sket", "high")]


def test_an_initial_is_never_a_sure_speaker() -> None:
    line = (
        "One U.S. official, who spoke on condition of anonymity because the talks are "
        "private, said dairy remained “the whole ballgame.”"
    )
    assert all(c != "high" for _, c in _who(INTRO + line))


def test_a_cue_after_a_new_clause_is_not_the_quotes_for_sure() -> None:
    line = "The crowd began chanting “Save our schools!” and Ms. Sket called a recess."
    assert all(c != "high" for _, c in _who(INTRO + line))
    assert _who(INTRO + "“Save our schools!” Ms. Sket said.") == [("Runa Sket", "high")]


def test_a_name_inside_a_noun_phrase_is_not_the_subject_for_sure() -> None:
    line = (
        "At a local Varno campaign meeting, a volunteer who asked not to be named said "
        "the count was “rigged from the start.”"
    )
    assert all(c != "high" for _, c in _who(INTRO + line))
    line = "During the interview Ms. Sket also said the count was “slow but fair.”"
    assert _who(INTRO + line) == [("Runa Sket", "high")]


def test_a_transcript_label_is_sure_only_for_a_name_given_in_full() -> None:
    turns = "“MS. VARGA: We will not blink. MR. OKORO: Then the country pays.”"
    named = "Sen. Ilse Varga spoke to Dan Okoro on Sunday.\n\n" + turns
    assert _who(named) == [("Ilse Varga", "high"), ("Dan Okoro", "high")]
    unnamed = "The senator spoke to the host on Sunday.\n\n" + turns
    assert [c for _, c in _who(unnamed)] == ["medium", "medium"]


def test_a_given_name_alone_at_the_cue_is_not_sure() -> None:
    # The full name is guessed from the given name: the article may hold another Peter.
    body = "Peter Varga met the queen’s son Peter and his bride.\n\n“We are delighted,” Peter said."
    assert [c for _, c in _who(body)] == ["medium"]
    body = "Peter Varga met the queen’s son and his bride.\n\n“We are delighted,” Varga said."
    assert _who(body) == [("Peter Varga", "high")]


def test_a_body_is_never_a_sure_speaker() -> None:
    # A body's name has no given name and surname to show where it starts and ends
    # ("Wildlife Service" of "U.S. Parks and Wildlife Service"): it stands, not sure.
    for body in (
        "Quarnell Freight Systems runs the depot.\n\n“The trucks are late,” Quarnell said.",
        "“The trucks are late,” said Quarnell Freight Systems in a statement.",
        "Quarnell Freight Systems said the trucks were “late but safe.”",
    ):
        assert _who(body) == [("Quarnell Freight Systems", "medium")], body
    # A person the article names in full, or by a known given name, stays sure.
    line = "“The trucks are late,” said Ilka Quarnell."
    assert _who(line) == [("Ilka Quarnell", "high")]


def test_a_name_inside_a_description_is_not_sure() -> None:
    # "the younger Quarnell": which of the family? "the Fenwick Harrier": a club's runner.
    intro = "Ilka Quarnell and her son, Dov Quarnell-Tey, joined the line.\n\n"
    for line in (
        "“It is our job too,” the younger Quarnell said.",
        "“It is our job too,” said the elder Ms. Quarnell.",
    ):
        assert all(c != "high" for _, c in _who(intro + line)), line
    assert all(c != "high" for _, c in _who("“I ran well,” said the Fenwick Harrier."))
    # A title or a role noun before a full name leaves it the person's.
    for line in (
        "“It is our job too,” said the producer Ilka Quarnell.",
        "“It is our job too,” said the Rev. Ilka Quarnell.",
    ):
        assert _who(line) == [("Ilka Quarnell", "high")], line


def test_a_cue_joined_to_a_clause_with_its_own_subject_is_not_sure() -> None:
    # The host's verb or Fenwick's? "and declared" may go on the "when" clause.
    line = (
        "Ilka Fenwick was the butt of a gaffe in 1994 when the host opened the envelope "
        "and declared “come on up, Ilka” to the hall."
    )
    assert all(c != "high" for _, c in _who("The gala ran late.\n\n" + line))
    line = "Ilka Fenwick opened the envelope and declared “come on up, everyone” to the hall."
    assert _who("The gala ran late.\n\n" + line) == [("Ilka Fenwick", "high")]


def test_a_passive_verb_between_cue_and_quote_is_no_other_voice() -> None:
    """ "said Mr. Holt had been criticized for "Q"": the passive reports nobody's words,
    so the spokeswoman's cue stays sure."""
    body = (
        "A Merrow spokeswoman, Cara Lindqvist, said Mr. Holt had been criticized for "
        "“repeated unexplained absences.”"
    )
    assert _who(body) == [("Cara Lindqvist", "high")]


def test_a_name_a_quote_runs_on_from_is_the_reported_clause_s_subject() -> None:
    """ "An adviser to one of the rival campaigns said Hendley "looked tired."": Hendley
    is who the words are about, never their speaker (and never at high)."""
    body = (
        "Marian Hendley led the debate. Rivals took notice. An adviser to one of the "
        'rival campaigns said Hendley "looked like she was running out the clock."'
    )
    assert _who(body)[0][0] != "Marian Hendley"


def test_a_quote_after_a_name_after_its_own_quote_is_the_next_one() -> None:
    body = 'Tam Ingle runs the network. "The limits are generous," said Mr Ingle "We see no issue."'
    assert _who(body)[0] == ("Tam Ingle", "high")


def test_a_name_run_on_by_a_capitalised_word_and_a_comma_is_not_plain() -> None:
    # "First" may open a sentence whose stop was lost, but not right before a comma
    text = "The group behind the measure, Tarn Families First, said it was pleased."
    assert not written_plainly(text, "Tarn Families")
    assert written_plainly("It was Ann Lee The dispute went on.", "Ann Lee")


def test_it_read_back_to_an_earlier_sentence_is_low() -> None:
    # `"Q," it said` names no one in its sentence: the subject of an earlier sentence is
    # a guess (a body, a crowd, or the outlet someone "told"), never medium.
    body = (
        "Marrowfield United received an offer from Ivo Tarn on Sunday.\n\n"
        '"They cannot stop it," Dana Vell told the Daily Ledger. The tycoon has '
        'approached the board with "detailed proposals", it has confirmed.'
    )
    quotes = _attributed(body)
    assert (quotes[0].speaker, quotes[0].confidence) == ("Dana Vell", "high")
    assert (quotes[-1].speaker_how, quotes[-1].confidence) == ("pronoun", "low")


def test_he_read_back_keeps_medium() -> None:
    body = 'Ivo Tarn runs the club.\n\nThe board met on Sunday. "We will sell," he said.'
    assert _who(body) == [("Ivo Tarn", "medium")]


def test_a_nationality_surname_resolves_to_the_full_name() -> None:
    body = (
        "Gadgets will sell out, predicts Martha Irish, editor of the magazine Gizmo.\n\n"
        "“The Orbo is this year's toy,” said Ms Irish."
    )
    assert _who(body) == [("Martha Irish", "high")]
