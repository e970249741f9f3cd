"""The person apposed to "a member of the body" speaks a participle, not the body.

"A Democrat on the panel, Senator Amara Vell-Pinto, went further, writing to ... that
the emails "Q"": the panel is what she sits on; she wrote. Invented names.
"""

from __future__ import annotations

import pytest

from tests.core.attribution.synthetic import attributed


@pytest.mark.parametrize("participle", ["writing to Commerce Secretary Bo Oldham that", "saying"])
def test_the_apposed_member_speaks(participle: str) -> None:
    body = (
        "A Democrat on the panel, Senator Amara Vell-Pinto, went further, "
        f"{participle} the emails “raise troubling questions.”"
    )
    assert [q.speaker for q in attributed(body)] == ["Amara Vell-Pinto"]


def test_a_body_with_no_member_apposed_still_speaks() -> None:
    body = "The panel, meeting late, went further, saying the emails “raise questions.”"
    assert [q.speaker for q in attributed(body)] == ["the panel"]
