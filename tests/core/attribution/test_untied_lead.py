"""Issue 8, pattern 10: "the premier said" in a story about Ivo Brandt, named as often
as "Chancellor Lena Ostrova" (tied to her own office): the story's first-named person
tied to no role holds the office; when someone untied is named first, the role stays.
Invented names.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed

_REST = (
    "Chancellor Lena Ostrova said Ms Ostrova would reply. Mr Brandt is in Vell. Ms "
    "Ostrova was not there. Mr Brandt spoke later. Ms Ostrova left."
)


def test_the_office_is_the_first_untied_person() -> None:
    body = (
        "Ivo Brandt is urging leaders to act.\n\n“The world should listen,” the premier "
        f"said in an interview.\n\n{_REST}"
    )
    assert attributed(body)[0].speaker == "Ivo Brandt"


def test_someone_else_named_first_leaves_the_role() -> None:
    body = (
        "Rafe Dunmore said Ivo Brandt is urging leaders to act.\n\n“The world should "
        f"listen,” the premier said in an interview.\n\n{_REST}"
    )
    assert attributed(body)[0].speaker == "the premier"
