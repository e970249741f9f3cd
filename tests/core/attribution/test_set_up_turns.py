"""Issue 8, cue-less exchanges: a sentence of the reporter's that names both sides of
an exchange, the asker as subject and the one asked as object (by name, by a name set
off after a role, or by "her"/"him"), sets up bare quoted turns that go back and forth
between the two; the asker first, the one asked first when the sentence reports the
question. Every such turn is a guess: low confidence. Invented names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def _speakers(body: str) -> list[str | None]:
    return [q.speaker for q in attributed(body) if q.kind == "direct"]


def test_a_pronoun_object_is_the_other_person_named_before() -> None:
    body = (
        "The witness, Orla Fenwick-Tay, runs the Dunmore depot.\n\n"
        "Senator Brisa Kalloway, a Democrat, pressed her on the fuel logs.\n\n"
        "“Who signed the logs each night?”\n\n"
        "“The shift lead signed them.”\n\n"
        "“Every night?”\n\n"
        "“Most nights.”"
    )
    assert _speakers(body) == ["Brisa Kalloway", "Orla Fenwick-Tay"] * 2
    assert {q.confidence for q in attributed(body)} == {"low"}


def test_a_name_after_a_role_set_off_by_commas_is_the_one_asked() -> None:
    body = (
        "The judge, Tomas Wrenfield, questioned the county's lawyer, Pell Ostrander, "
        "for most of an hour.\n\n"
        "“Where does the charter say that?”\n\n"
        "“In its spirit, judge.”\n\n"
        "“Spirit is not text.”\n\n"
        "“It is not.”"
    )
    assert _speakers(body) == ["Tomas Wrenfield", "Pell Ostrander"] * 2


def test_a_question_reported_is_answered_first() -> None:
    body = (
        "Dorian Vash sat on the panel. He asked the lawyer for the guild, Emrys Callow, "
        "whether any member had been paid.\n\n"
        "“None of them were.”\n\n"
        "“Not one?”\n\n"
        "“Not one.”"
    )
    assert _speakers(body) == ["Emrys Callow", "Dorian Vash", "Emrys Callow"]


def test_a_question_reported_then_quoted_is_the_askers() -> None:
    body = (
        "Near the end, Ms. Ilse Varnum asked Mr. Cobb Haldane whether he would sell. "
        "He said he would not.\n\n"
        "“Would you sign that?”\n\n"
        "“I just did.”"
    )
    assert _speakers(body) == ["Ilse Varnum", "Cobb Haldane"]


def test_a_short_line_naming_one_side_says_who_speaks_next() -> None:
    body = (
        "Quill Marrow went after Fennick Astor early over the quarry vote.\n\n"
        "“You sold the valley for a quarry.”\n\n"
        "“I kept the mill open.”\n\n"
        "“For a year.”\n\n"
        "The crowd jeered. Astor waited.\n\n"
        "“A year is longer than you managed, Quill.”"
    )
    assert _speakers(body) == ["Quill Marrow", "Fennick Astor", "Quill Marrow", "Fennick Astor"]


def test_a_turn_cued_for_someone_else_ends_the_exchange() -> None:
    body = (
        "Rhea Solberg pressed Anton Vey on the levy.\n\n"
        "“Will you repeal it?”\n\n"
        "“No,” said Cass Merriden, the clerk.\n\n"
        "“That settles it.”\n\n"
        "“It does not.”"
    )
    assert "Anton Vey" not in _speakers(body)


def test_an_asker_named_by_role_is_the_one_quoted_before() -> None:
    body = (
        "“Where did the grant go?” Senator Ivo Brandis asked.\n\n"
        "The exchange grew sharp as the Vermont Republican pressed Lisette Oakhurst "
        "on the audit.\n\n"
        "“Did you read it?”\n\n"
        "“I did.”\n\n"
        "“All of it?”"
    )
    assert _speakers(body)[1:] == ["Ivo Brandis", "Lisette Oakhurst", "Ivo Brandis"]


def test_a_line_naming_one_person_after_anothers_cry_sets_up_a_reply() -> None:
    body = (
        "“You closed our library!” shouted Marit Ellery, a retired teacher.\n\n"
        "Councilman Osgood Trell, who chairs the budget panel, raised his hands.\n\n"
        "“Let me answer that. May I answer that?”\n\n"
        "“Go on.”\n\n"
        "“The branch moves to the school this fall. It does not close—”\n\n"
        "“That is closing!”"
    )
    assert _speakers(body)[1:] == ["Osgood Trell", "Marit Ellery"] * 2


def test_a_line_naming_one_person_before_a_calm_run_leaves_it_to_him() -> None:
    body = (
        "“The bridge is late,” said Marit Ellery, a retired teacher.\n\n"
        "Osgood Trell, who chairs the budget panel, took the microphone.\n\n"
        "“The steel came late from the mill.”\n\n"
        "“The crews are back this week.”\n\n"
        "“We expect it open by June.”"
    )
    assert "Marit Ellery" not in _speakers(body)[1:]


def test_a_question_reported_of_no_one_named_goes_to_the_one_who_answered_last() -> None:
    body = (
        "Judge Ansel Morrow questioned the city's lawyer, Wren Halloway, on the permit.\n\n"
        "“Who signed it?”\n\n"
        "“The clerk did.”\n\n"
        "A second judge, Petra Lindqvist-Oakes, asked whether the city had done so before.\n\n"
        "“Not for a permit of this size.”\n\n"
        "“That seems to matter.”"
    )
    assert _speakers(body) == [
        "Ansel Morrow",
        "Wren Halloway",
        "Wren Halloway",
        "Petra Lindqvist-Oakes",
    ]


def test_a_role_noun_the_article_set_beside_a_name_is_the_one_asked() -> None:
    body = (
        "The nominee, Judge Perpetua Lindqvist-Maro of the Tarnby circuit, sat alone.\n\n"
        "Senator Osric Tamblyn, a Republican, later asked the nominee about a lecture "
        "she gave in 2019.\n\n"
        "“You called the statute a museum piece. Is it?”\n\n"
        "“I was quoting a critic.”\n\n"
        "“The tape says otherwise.”"
    )
    assert _speakers(body) == ["Osric Tamblyn", "Perpetua Lindqvist-Maro", "Osric Tamblyn"]
    assert {q.confidence for q in attributed(body)} == {"low"}


def test_a_pronoun_object_after_a_quote_is_the_one_quoted() -> None:
    body = (
        "A parent, Marisa Quellwood, came to the lectern with a binder.\n\n"
        "“I counted the missing buses. Shall I read the list?”\n\n"
        "Trustee Ambrose Peltier interrupted her.\n\n"
        "“Ma’am, your time is nearly up.”\n\n"
        "“Then read it yourself.”\n\n"
        "“The list went to the committee.”\n\n"
        "“Which ignored it.”"
    )
    speakers = _speakers(body)
    assert speakers[1:] == ["Ambrose Peltier", "Marisa Quellwood"] * 2


def test_short_bare_retorts_after_a_cued_quote_trade_with_the_one_other_in_the_scene() -> None:
    body = (
        "Her brother, Tobias Grunwald, keeps the books for the bakery.\n\n"
        "“He burns the rye every Tuesday,” Helga Grunwald said at the counter.\n\n"
        "“Only once.”\n\n"
        "“You burned a whole tray of it last week, in front of the inspector.”\n\n"
        "“Twice, then.”"
    )
    assert _speakers(body) == ["Helga Grunwald", "Tobias Grunwald"] * 2
    assert [q.confidence for q in attributed(body)][1:] == ["low"] * 3


def test_a_long_bare_paragraph_after_a_cued_quote_goes_on_with_its_speaker() -> None:
    body = (
        "Her brother, Tobias Grunwald, keeps the books for the bakery.\n\n"
        "“He burns the rye every Tuesday,” Helga Grunwald said at the counter.\n\n"
        "“The ovens are older than the building and nobody has the money to replace "
        "them before the winter orders arrive.”\n\n"
        "“Still.”"
    )
    assert set(_speakers(body)) == {"Helga Grunwald"}


def test_a_retort_after_a_turn_a_short_line_gave_is_the_one_quoted_before() -> None:
    body = (
        "Councilwoman Helen Brandsma took the last question of the night.\n\n"
        "“I have paid the water levy for thirty years,” Susan Quistvelde said. "
        "“The pipes still burst every winter.”\n\n"
        "Brandsma thanked her for coming.\n\n"
        "“I hear you. I want to earn your trust back.”\n\n"
        "“Then fix the pipes.”"
    )
    assert _speakers(body)[-2:] == ["Helen Brandsma", "Susan Quistvelde"]
