"""The named-again rule (decision 0424) spells out each section's text only once a weak
un-headed paragraph asks whose name it repeats (decision 0448): a chapter whose every section
is headed, or decided by a cue, never needs them.

The chapters below are written for this test in our own words.
"""

from pytest import MonkeyPatch

import app.sections.assemble as assemble
from tests.sections.helpers import assert_tiles, outline_of

HEADED = (
    "# Staying Close\n\n"
    "## Introduction\n\nThis chapter sets out how the council keeps in touch with young people "
    "who leave a children's home.\n\n"
    "## Our practice model\n\nWe work with the model we call Bright Horizons, which asks every "
    "worker to build trust before making plans.\n\n"
    "## Keeping in touch\n\nA named worker visits each young person at least once a month.\n"
)


def test_a_chapter_of_headed_sections_never_spells_out_the_section_texts(
    monkeypatch: MonkeyPatch,
) -> None:
    asked: list[str] = []
    plain_texts = assemble._section_texts
    plain_rule = assemble._names_come_back

    def texts_counted(*arguments):  # type: ignore[no-untyped-def]
        asked.append("texts")
        return plain_texts(*arguments)

    def rule_counted(*arguments):  # type: ignore[no-untyped-def]
        asked.append("rule")
        return plain_rule(*arguments)

    monkeypatch.setattr(assemble, "_section_texts", texts_counted)
    monkeypatch.setattr(assemble, "_names_come_back", rule_counted)
    outline = outline_of(HEADED, "markdown")
    assert_tiles(outline)
    assert [section.heading for section in outline.sections][1:] == [
        "Introduction",
        "Our practice model",
        "Keeping in touch",
    ]
    assert asked == ["rule"]
