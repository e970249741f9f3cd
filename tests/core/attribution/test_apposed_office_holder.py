"""Issue 8, pattern 10: "The majority leader, Senator Delphina Marchbank of Oregon, has
..." ties the role to her though her state (or party) stands between her name and the
comma closing the apposition (tui/core/attribution/roles.py, ``read_ties``).
Invented names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def _last(body: str) -> tuple[str | None, str | None]:
    q = attributed(body)[-1]
    return q.speaker, q.speaker_how


def test_a_role_apposed_to_a_titled_name_and_its_state_is_hers() -> None:
    body = (
        "Senator Ambrose Kettering of Iowa has placed a hold on the measure.\n\n"
        "The majority leader, Senator Delphina Marchbank of Oregon, has grown visibly "
        "impatient.\n\n"
        "Senator Ambrose Kettering said he would not yield.\n\n"
        '"We will stay here through the weekend if we have to," the majority leader said.'
    )
    assert _last(body) == ("Delphina Marchbank", "role")


def test_a_role_apposed_to_a_titled_name_and_party_is_his() -> None:
    body = (
        "The Republican leader, Senator Orrin Haldemar (R-Kan.), called the bill a "
        "mistake.\n\n"
        "Senator Ambrose Kettering said he would not yield.\n\n"
        '"This bill is going nowhere," the Republican leader said.'
    )
    assert _last(body) == ("Orrin Haldemar", "role")
