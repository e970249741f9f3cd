""" "it added" after a body whose name is shaped like a person's (invented names)."""

from tests.core.attribution.synthetic import attributed


def test_it_goes_to_person_shaped_body_of_sentence_before() -> None:
    quotes = attributed(
        'Shares fell on Monday. "Trading is hard," said the Courier. Marlow Homes '
        'posted a loss of 4m pounds. "We expect a better year," it added.'
    )
    assert [q.speaker for q in quotes] == ["Courier", "Marlow Homes"]


def test_it_goes_to_person_shaped_body_that_spoke() -> None:
    quotes = attributed(
        '"Trading is hard," said the Courier on Monday. Gorley Wimby said profits '
        'fell by a third. "We expect a better year," it added.'
    )
    assert quotes[1].speaker == "Gorley Wimby"


def test_titled_name_stays_a_person() -> None:
    quotes = attributed(
        'Gorley Wimby said profits fell. Mr Wimby has run Trelco since 1990. "We '
        'expect a better year," it added.'
    )
    assert quotes[0].speaker != "Gorley Wimby"


def test_it_skips_plural_product_for_its_maker() -> None:
    quotes = attributed(
        "Trelco will replace cables for its Zenbox consoles. Trelco said it had 30 "
        "reports of damage. The recall affects most of all Zenboxes sold since 2001.\n\n"
        'In a statement, it added: "In almost all cases the damage was small."'
    )
    assert quotes[0].speaker == "Trelco"


def test_it_goes_to_firm_named_like_a_person_when_its_shares_trade() -> None:
    quotes = attributed(
        "Builder Dennis Wimby posted record profits. Wimby said the UK market had "
        'proved "hard" last year. "By late summer the market had slowed," it added. '
        "Shares in Wimby rose 6%."
    )
    assert (quotes[-1].speaker, quotes[-1].speaker_how) == ("Dennis Wimby", "pronoun")
