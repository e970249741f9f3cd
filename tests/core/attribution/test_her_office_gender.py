"""A woman whose given name tells no gender is a woman when the one sentence naming her
says "her office" ("noting that her office found no fraud"): "his office said: "Q""
after it is then the man's office, speaking for him, not hers
(tui/core/attribution/salience.py, ``_one_named``). Invented names."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed

_HER = (
    "Quelby Secretary of State Quenella Ventrano, a Democrat, has said the rule is "
    '"a fix for nothing," noting that her office found no fraud.\n\n'
)
_HIM = (
    "Dunmore Secretary of State Ambrose Kittredge-Lowe, a Republican, has endorsed the "
    "rule in his state. "
)


def test_his_office_before_a_colon_is_the_man_s() -> None:
    body = (
        _HER + _HIM + 'In a statement, his office said: "Secretary Kittredge-Lowe believes '
        'voters deserve confidence. This rule provides it."'
    )
    assert [q.speaker for q in attributed(body)][-1] == "Ambrose Kittredge-Lowe"


def test_his_office_said_in_a_statement_is_the_man_s() -> None:
    body = _HER + _HIM + 'His office said in a statement: "The rule provides confidence."'
    assert attributed(body)[-1].speaker == "Ambrose Kittredge-Lowe"


def test_her_office_still_speaks_for_her() -> None:
    body = (
        _HER + "Dunmore officials had no comment. In a statement, her office said: "
        '"The rule fixes nothing."'
    )
    assert attributed(body)[-1].speaker == "Quenella Ventrano"
