"""A relative named as such may carry a joined family name ("his daughter, Abby
Oka-Lind"): "His daughter said" is hers, not another woman's who shares the plain
family name ("His wife, Margaret Oka")."""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_his_daughter_with_a_joined_name_is_hers() -> None:
    body = (
        "Former Sen. Wendell P. Oka, a Nebraska Democrat, died Sunday at his home. He was "
        "88.\n\n"
        "His death was announced by his daughter, Abby Oka-Lind, who said he had been ill.\n\n"
        "“He told a joke on Saturday,” she said.\n\n"
        "His wife of 61 years, Margaret Oka, died in 2021.\n\n"
        "In his final years, Wendell Oka rarely commented on politics. But in a 2019 speech, "
        "he offered graduates one piece of advice.\n\n"
        "His daughter said he had left instructions for the service. “He wants one pun,” "
        "she said."
    )
    assert [q.speaker for q in attributed(body)] == ["Abby Oka-Lind"] * 2
