"""Two ways a name opening a sentence is who the next "he said" means. Invented
articles and names.

- "Darrow, who lost out to Bernal, will face him again": a bare surname the article
  never gives in full, set off by ", who", is a person (bodies take "which"), and the
  sentence's subject, not the rival named after it.
- "For Lumen analyst Olivier Marchand, the decision was an error": a fronted "For"
  with a title before the name tells whose view the sentence gives.
"""

from __future__ import annotations

from tests.core.attribution.synthetic import attributed


def test_a_surname_set_off_by_who_is_a_person() -> None:
    body = (
        "Best actor Ivo Bernal could not attend the ceremony in Ostley. "
        '"I am honoured," Bernal said in a statement.\n\n'
        "Darrow, who lost out on the award to Bernal, will face him again next month.\n\n"
        '"It is the first time I have been nominated," he told reporters.'
    )
    quote = attributed(body)[-1]
    assert quote.speaker == "Darrow"
    assert quote.confidence != "high"


def test_a_titled_name_after_for_is_the_topic() -> None:
    body = (
        "Search firms are fighting over users. Both began life as search engines.\n\n"
        "For Lumen analyst Olivier Marchand, Yonder's early decision to hold back was an "
        'error. "They made a big mistake," he said.'
    )
    quote = attributed(body)[-1]
    assert quote.speaker == "Olivier Marchand"
    assert quote.confidence == "medium"
