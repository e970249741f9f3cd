"""An unnamed source brought in just before is who a later "the senator said" or "the
lawmaker said" stands for: not the story's main office holder (a guess made only when
no source of that noun was just brought in), and not a representative named earlier
when the source came in as "one Republican member". Invented names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_the_senator_after_an_unnamed_senator_is_that_source() -> None:
    body = (
        "Gov. Orrin Maddack-Pell said he had offered a dozen compromises. \u201cI will "
        "meet them any time,\u201d Maddack-Pell said.\n\n"
        "Lawmakers said a deal could come in the winter. A Whig senator who asked not "
        "to be identified said the caucus would hold firm.\n\n"
        "\u201cAfter that, who knows,\u201d the senator said."
    )
    assert attributed(body)[-1].speaker == "a Whig senator who asked not to be identified"


def test_the_lawmaker_after_one_member_is_that_member() -> None:
    body = (
        "Rep. Andrea Quillfeather called the inquiry \u201ca stunt.\u201d\n\n"
        "But one Whig member, who requested anonymity to speak candidly, said Tolliver "
        "had been warned. \u201cPeople told him to clean up his books,\u201d the lawmaker "
        "said. \u201cHe did not listen.\u201d"
    )
    assert [q.speaker for q in attributed(body)[1:]] == ["one Whig member"] * 2
