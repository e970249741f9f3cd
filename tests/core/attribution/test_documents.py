"""Issue 8: a statement, letter or memo speaks for whoever issued it, read where the
article names the document ("X said in a statement", "a memo from X", "the statement,
attributed to ..., X"), also when a later sentence names it again ("The statement
added that"). Invented articles and names.
"""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


def test_a_statement_named_twice_speaks_for_the_body_that_issued_it() -> None:
    body = (
        "Corvane Facilities Group said in a statement that it had won the contract "
        '"fairly and on the merits." The statement added that Ilse Marrow had '
        '"met every ethics rule that applies to former officers."'
    )
    assert attributed(body)[-1].speaker == "Corvane Facilities Group"


def test_a_memo_from_a_body() -> None:
    body = (
        "According to a memo from the Legislative Budget Office, the gap between the "
        "plans is large. The memo said the Senate plan would leave "
        '"about 200 districts with less state aid than before."'
    )
    assert attributed(body)[-1].speaker == "Legislative Budget Office"


def test_a_statement_attributed_to_a_person() -> None:
    body = (
        "Rep. Orrin Fallowby's office said in a statement that he welcomed the review.\n\n"
        "“The congressman has always complied with the law,” said the statement, "
        "attributed to his communications director, Tamsin Oduya-Reyes."
    )
    assert attributed(body)[-1].speaker == "Tamsin Oduya-Reyes"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (  # the body named right after the report, its name split at "of" by the runs
            "The report, from the Office of Tillage Program Integrity, found most people "
            'were working.\n\n"The portal drove the losses," the report said.',
            "Office of Tillage Program Integrity",
        ),
        (  # the body owning the report
            "The Varnam Audit Office's annual report showed costs rising. \n\n"
            '"Many problems can be traced to planning," the report says.',
            "Varnam Audit Office",
        ),
    ],
)
def test_a_report_speaks_for_the_body_named_with_it(body: str, speaker: str) -> None:
    assert attributed(body)[-1].speaker == speaker


def test_a_report_is_not_given_to_a_speaker_near_it() -> None:
    quotes = attributed(
        "The report said fines should be weighed, though many experts said that would be "
        'costly.\n\n"Incentives are gimmicks," the report said.'
    )
    assert quotes[-1].speaker == "the report"


def test_a_statement_speaks_for_the_spokesperson_who_delivered_it() -> None:
    quotes = attributed(
        "The Varnel campaign fired back in a statement. Campaign spokeswoman Odile "
        'Brisk-Amory said the rival "moved jobs abroad."\n\n'
        '"Senator Varnel has delivered for this state," the statement said.'
    )
    assert quotes[-1].speaker == "Odile Brisk-Amory"


def test_a_memo_written_by_someone_and_its_it() -> None:
    body = (
        "Officials at the Bureau of Tillage planned to delay the rule, according to a "
        "memo obtained by the Ledger.\n\n"
        "The three-page memo, dated May 2 and written by deputy chief of staff Oswin "
        "Tregarthen, lays out what it calls a \u201cquiet path\u201d for the delay.\n\n"
        "\u201cA withdrawal would draw coverage,\u201d the memo reads.\n\n"
        "It goes on to suggest citing \u201cfeedback from stakeholders\u201d as the reason."
    )
    quotes = attributed(body)
    assert [q.speaker for q in quotes] == ["Oswin Tregarthen"] * 3


def test_whom_a_letter_is_sent_to_is_not_its_author() -> None:
    body = (
        "In a letter sent to Speaker Wendeline Harrowgate on Monday and obtained by the "
        "Ledger, 14 members demanded cuts to what the letter called \u201cwasteful "
        "programs.\u201d\n\n"
        "\u201cWe will not vote for it,\u201d the letter states."
    )
    quotes = attributed(body)
    assert all(q.speaker != "Wendeline Harrowgate" for q in quotes)
    assert all(q.speaker != "Ledger" for q in quotes)


def test_a_memo_reads_for_whoever_wrote_it() -> None:
    """ "The memo, dated July 14 and written by deputy chief of staff Garret Whitlow,
    ... "Q," the memo reads.": a written thing "reads"; its author speaks."""
    quotes = attributed(
        "The four-page memo, dated July 14 and written by deputy chief of staff Garret "
        "Whitlow, lays out a plan.\n\n"
        '"A formal withdrawal would generate negative coverage," the memo reads.'
    )
    assert [(q.speaker, q.cue) for q in quotes] == [("Garret Whitlow", "reads")]


def test_a_named_body_s_statement_is_the_body_s() -> None:
    quotes = attributed(
        "The complaints were upheld. "
        '"The performer had been asked to tone it down," a Lumen TV statement read.'
    )
    assert [(q.speaker, q.confidence) for q in quotes] == [("Lumen TV", "medium")]


def test_a_person_reading_a_report_does_not_cue_a_quote() -> None:
    """ "read" reports only a written thing's words; "signs reading "X"" are nobody's."""
    quotes = attributed(
        'Ann Lee read the report on Monday. Protesters held signs reading "Fair Maps Now" outside.'
    )
    assert [q.speaker for q in quotes] == [None]


def test_a_letter_is_sent_by_the_subject_of_its_sentence_not_its_addressee() -> None:
    """ "In a letter sent to Speaker Hal Dane, the conservative members demanded ...
    "Q," the letter states.": the members wrote it (a judging verb's subject too)."""
    quotes = attributed(
        "In a letter sent to Speaker Hal Dane on Wednesday, the conservative members "
        "demanded that leadership strip the funding.\n\n"
        '"Our service members signed up to defend the nation," the letter states.'
    )
    assert quotes[-1].speaker == "the conservative members"


def test_a_body_described_in_apposition_issues_its_statement() -> None:
    """ "The hospital's owner, Tarrow Health Systems, a nonprofit chain based in Ely,
    said in a statement ...": the body (read only as the nearest name, as bodies are)
    issued the statement, and its continuation."""
    quotes = attributed(
        "The hospital's owner, Tarrow Health Systems, a nonprofit chain based in Ely, said"
        " in a statement that it had lost money for five years.\n\n"
        '"We explored every option," the statement said. "None of them held up."'
    )
    assert [q.speaker for q in quotes] == ["Tarrow Health Systems"] * 2


def test_each_statement_is_its_own_issuers() -> None:
    """Two statements, each named with its issuer: "the statement said" after the
    second is the second issuer's, not carried on from the first."""
    quotes = attributed(
        "Orla Vance said in a statement that she had lost the vote.\n\n"
        '"We tried every option," the statement said.\n\n'
        "Brenmoor Foods said in a statement that it had lost money.\n\n"
        '"We tried every option twice," the statement said.'
    )
    assert [q.speaker for q in quotes] == ["Orla Vance", "Brenmoor Foods"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (  # a paper someone else issued, passed on before a colon: its issuer's
            'Ann Lee posted a message from Tobin Ray on Facebook: "We are leaving the town."',
            ("Tobin Ray", "medium"),
        ),
        (
            'Ann Lee quoted a memo from Quillon Holdings: "The plan is a disgrace."',
            ("Quillon Holdings", "medium"),
        ),
        (  # the paper's issuer named in a clause, then the subject's own verb: hers
            'Ann Lee, who got a letter from Tobin Ray last week, said: "The plan is a disgrace."',
            ("Ann Lee", "high"),
        ),
    ],
)
def test_a_paper_passed_on_speaks_for_its_issuer(body: str, speaker: tuple[str, str]) -> None:
    q = attributed(body)[-1]
    assert (q.speaker, q.confidence) == speaker


@pytest.mark.parametrize(
    "intro",
    [
        "A report released last month by the Orrin Institute estimated that heat kills.",
        "A study published on Monday by the Orrin Institute found that heat kills.",
    ],
)
def test_a_paper_released_by_a_body_when_speaks_for_it(intro: str) -> None:
    noun = intro.split()[1]
    q = attributed(f'Advocates disagree. {intro} "The numbers are a floor," the {noun} said.')[-1]
    assert q.speaker == "Orrin Institute"


@pytest.mark.parametrize("owner", ["Harrowfield", "Mr Pellow"])
def test_a_statement_owned_by_a_one_word_name(owner: str) -> None:
    """ "Chelsea's statement added: "Q"" after a sentence about a player: the club's
    (or the person's) words, not carried on from the player's quote before."""
    body = (
        "Harrowfield have sacked Joel Brackett after he failed a drugs test. Club "
        'secretary Ivo Pellow said: "It is a sad day." Brackett said: "I am shocked." '
        "Brackett scored six goals in his first five games but his form went into "
        f'decline. {owner}\'s statement added: "This applies to every kind of drug."'
    )
    last = attributed(body)[-1]
    assert last.speaker == ("Harrowfield" if owner == "Harrowfield" else "Ivo Pellow")


def test_a_days_statement_names_no_issuer() -> None:
    body = (
        'Joel Brackett said: "I am shocked." Wednesday\'s statement added: "This applies '
        'to every kind of drug."'
    )
    assert attributed(body)[-1].speaker != "Wednesday"


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("The harbour master's office's statement read:", "the harbour master's office"),
        ("The harbour master's letter said:", "the harbour master"),
    ],
)
def test_a_role_s_paper_speaks_for_the_role(lead: str, speaker: str) -> None:
    body = (
        "The skipper said he had written twice since July and got the same answer each "
        f'time. {lead} "Your concerns have been forwarded to the right desk."\n\n'
        '"The right desk," he said. "I am the right desk."'
    )
    assert attributed(body)[0].speaker == speaker


def test_their_complaint_speaks_for_the_unnamed_party_that_sued() -> None:
    body = (
        'Ann Vole, who leads the minority, said her caucus was done. "We will fight it in '
        'court," she said.\n\nA coalition of tenant groups filed suit in federal court in '
        "Ely within an hour of the vote. Their complaint describes the rule as "
        '"a plain attempt to empty the old blocks."'
    )
    assert attributed(body)[-1].speaker == "a coalition of tenant groups"


def test_a_report_by_an_office_when_office_is_also_a_plain_word() -> None:
    body = (
        "The 30-page report, prepared by the Office of Tarnish Reviews, said the county "
        "paid twice for roads.\n\n"
        "“The department trusted the firm’s own word,” the report said.\n\n"
        "Mayor Ilse Varrow, who took office in May, said she would act."
    )
    quote = next(q for q in attributed(body) if "trusted the firm" in q.text)
    assert quote.speaker == "Office of Tarnish Reviews"


@pytest.mark.parametrize(
    "lead",
    [
        "The harbour master's office's reply read:",
        "The harbour master's office's reply, which the skipper showed to Tarn News, read:",
        "The harbour master's office's statement, which the skipper shared with us, read in part:",
    ],
)
def test_a_role_s_reply_reads_past_an_aside(lead: str) -> None:
    """ "reply" is a paper, not an "-ly" adverb making "'s ... read" a passive; an aside
    between the paper and "read" leaves the paper its subject, not a name inside it."""
    body = (
        "The skipper said he had written twice since July and got the same answer each "
        f'time. {lead} "Your concerns have been forwarded to the right desk."'
    )
    assert attributed(body)[0].speaker == "the harbour master's office"


def test_a_partial_in_the_sentence_naming_the_report_and_its_author() -> None:
    """ "The 30-page report, prepared by X, said ... "Q"": the author named with the
    report in the quote's own sentence, not "the 30-page report"."""
    body = (
        "A state audit was released on Tuesday.\n\n"
        "The 30-page report, prepared by the Office of Tarnish Reviews, said the county "
        "had “no working check” on its road bills."
    )
    assert (attributed(body)[-1].speaker or "").removeprefix("the ") == "Office of Tarnish Reviews"


def test_a_modified_document_label_goes_to_its_issuer() -> None:
    """ "the 61-page report" is a document's label as "the report" is (plain
    modifiers between), so its issuer speaks."""
    body = (
        "The Tarn Audit Board on Tuesday released a report on the water fund. "
        "“The fund was run as a private account,” the 40-page report says."
    )
    assert attributed(body)[-1].speaker == "Tarn Audit Board"


def test_an_email_past_an_aside_is_not_the_asides_name() -> None:
    """ "The email, which the Harbor Ledger obtained …, reads:": an email does not
    speak for an issuer, so the name inside the aside (who obtained it) is no speaker;
    the words stay with the person who wrote it, the article's subject."""
    body = (
        "Councilwoman Dana Pruett voted against the cuts.\n\n"
        "Pruett said she had warned the city attorney in an email in May. The email, "
        "which the Harbor Ledger obtained through a records request, reads in part: "
        "“We are cutting people we know. I cannot be part of that.”"
    )
    assert attributed(body)[-1].speaker == "Dana Pruett"
