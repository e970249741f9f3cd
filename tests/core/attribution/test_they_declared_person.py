"""Issue 8: a person the article says goes by "they" ("who uses they/them pronouns") is
the "they" of a quote looking back, even past a team they lead or a singular role named
beside them; a group named as the subject still keeps its own "they". Invented names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed

_BODY = (
    "Ollery County has a new clerk of records.\n\n"
    "Quennet Vasharo, 31, who uses they/them pronouns, runs a crew that checks every "
    "ledger by hand. They said the work had doubled since spring.\n\n"
    "\u201cWe stay until the last page is done,\u201d they said.\n\n"
    "Their deputy, Brannock Tully, the office\u2019s senior auditor, said Vasharo was the "
    "best reader of ledgers in the county.\n\n"
    "\u201cHe would say that. He hired me,\u201d they said.\n\n"
    "A group of volunteers who fold the mailers said they had stayed late all week.\n\n"
    "\u201cWe bring the coffee,\u201d they said."
)


def test_they_is_the_person_who_goes_by_it() -> None:
    quotes = attributed(_BODY)
    assert quotes[0].speaker == "Quennet Vasharo"
    assert quotes[1].speaker == "Quennet Vasharo"


def test_a_group_named_as_subject_keeps_its_they() -> None:
    assert attributed(_BODY)[-1].speaker != "Quennet Vasharo"


def test_without_the_declaration_they_is_not_the_person() -> None:
    body = _BODY.replace(", who uses they/them pronouns,", "")
    assert attributed(body)[0].speaker != "Quennet Vasharo"
