"""Issue 8, honest about doubt: a name at a cue is sure only when it is the cue's own
subject and the quote the cue's own words.

Found blind (the first figures of us_news_dev3-5, a random sample of BBC high quotes
outside the gold): nearly every wrong "high" was a partial quote after its verb whose
name stood inside another phrase ("Nike, whose ads star X, said", "a woman who lives on
Elm Lane said", "said analyst X at Y Brothers") or whose words a second verb with its
own subject reports ("X said the man claimed he was "Q"", "a letter describing it as").
The speaker may stand, at medium. Invented names and words.
"""

from __future__ import annotations

from tui.core.attribution import attribute_quotes
from tui.core.model import Quote
from tui.core.paragraphs import make_article
from tui.core.quotes import extract_quotes

INTRO = "Mayor Ilse Varno and her rival Tobin Quell met on Monday. Runa Sket chaired.\n\n"


def _who(body: str) -> list[tuple[str | None, str | None]]:
    article = make_article("t", "t.txt", "Headline of the day\n\n" + INTRO + body)
    quotes: list[Quote] = extract_quotes(article, first_id=1)
    attribute_quotes(article, quotes)
    return [(q.speaker, q.confidence) for q in quotes]


def _not_high(line: str) -> bool:
    return all(c != "high" for _, c in _who(line))


def test_a_name_in_a_relative_clause_is_not_the_subject_for_sure() -> None:
    for line in (
        "Dorvale, whose looms are endorsed by Runa Sket among other weavers, said demand was "
        "“still growing.”",
    ):
        assert _not_high(line), line
    # The subject before the relative clause is the speaker, and sure.
    line = (
        "Mr. Quell, who apologised for an article about the late trader Runa Sket, said "
        "Ms. Varno “should stay out of it.”"
    )
    assert _who(line) == [("Tobin Quell", "high")]


def test_a_name_after_a_preposition_in_the_subject_is_not_sure() -> None:
    line = "“The ledger is clean,” said auditor Fen Ostrow at Varno Brothers."
    assert all(s != "Varno Brothers" or c != "high" for s, c in _who(line))


def test_a_relative_clause_after_the_name_leaves_it_sure() -> None:
    line = "Ms. Sket, who chaired the panel, said the count was “fair and final.”"
    assert _who(line) == [("Runa Sket", "high")]
    line = "It is a view shared by Ms. Sket, who believes the count was “fair and final.”"
    assert _who(line) == [("Runa Sket", "high")]


def test_a_second_verb_with_its_own_subject_is_not_sure() -> None:
    for line in (
        "Ms. Sket said the clerk, who later resigned, claimed he was “only following orders.”",
        "Ms. Varno released a memo from May describing the vote as “a stitch-up.”",
    ):
        assert _not_high(line), line


def test_more_verbs_of_the_same_subject_leave_it_sure() -> None:
    for line in (
        "Ms. Sket said she believed the count was “fair and final.”",
        "Ms. Sket praised the clerks, saying they were “tireless and fair.”",
        "Ms. Sket, who insists she is calm, said the count was “fair and final.”",
        "Ms. Sket is alleged to have said the clerks were “lazy and slow.”",
    ):
        assert _who(line) == [("Runa Sket", "high")], line


def test_a_word_or_two_quoted_is_never_sure() -> None:
    # A label, a coinage or a term the writer marks: maybe the speaker's, not plainly.
    for line in (
        "Ms. Sket said Mr. Quell had failed the “ledger test” once again.",
        "Ms. Sket said the count was “slow.”",
    ):
        assert _who(line) == [("Runa Sket", "medium")], line
    line = "Ms. Sket said the count was “slow but fair.”"
    assert _who(line) == [("Runa Sket", "high")]


def test_a_name_set_off_after_one_of_several_bodies_is_not_sure() -> None:
    line = (
        "Two plants are run by large firms. A spokeswoman for one of them, Dorvale Power, "
        "said the company “expects to pay its share” of the cost."
    )
    assert _not_high(line)
    line = "A lawyer for the weavers, Ms. Sket, said the ruling was “a long time coming.”"
    assert _who(line) == [("Runa Sket", "high")]


def test_a_quote_led_in_by_someone_else_is_not_sure_for_the_cue_after_it() -> None:
    line = (
        "A man at the back, who did not give his name, called out, “Then why not count "
        "them?” Sket asked for order."
    )
    assert _not_high(line)
    line = "Ms. Sket insisted: “The count was fair and final.” Ms. Sket, speaking later, agreed."
    assert _who(line) == [("Runa Sket", "high")]


def test_a_name_after_a_participle_or_inside_a_longer_name_is_not_sure() -> None:
    for line in (
        "One senator backing Tobin Quell said the pitch amounted to “buying votes with cash.”",
        "A lawyer representing Tobin Quell said the charges were “false in every way.”",
        "A spokesperson for U.S. Fisheries and Harbor Protection said in an emailed statement "
        "that the agency “values its partnerships with local crews.”",
        "“We used to see street hustlers do this,” Ivo Marr - then adviser to President Tobin "
        "Quell - told a press conference.",
    ):
        assert _not_high(line), line
    for line in (
        "Speaking to Dorvale Radio, Ms. Sket said the count was “fair and final, as ever.”",
        "Ms. Sket spoke at Dorvale University. Sket said: “We will go on with the count.”",
        "And on Thursday Ms. Sket is saying: “We will go on with the count, all of it.”",
        "The board met the Varno league on Monday and Sket added: “We thought about it long.”",
    ):
        assert _who(line) == [("Runa Sket", "high")], line
