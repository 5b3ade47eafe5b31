"""A chapter with no headings, written out of the family's usual order, may set a one-line vision
straight above a long paragraph of practice. The segmenter's order costs may keep the two in one
section of the line's kind, which the model then hardly sees over the section's words (the long
paragraph outweighs the line); the paragraph, surely of another kind on its own, is a section of
its own (decision 0223). Each text is in our own words."""

from app.sections.assemble import _swallowed_at
from app.sections.segment import Segment
from tests.sections.helpers import assert_tiles, outline_of

_LONG = " ".join(["word"] * 60)


def _run(
    second: dict[str, float], *, words: str = _LONG, opens: bool = True
) -> tuple[list[dict[str, float]], list[bool], list[str]]:
    return (
        [{"vision": 0.65, "key_principles": 0.05}, second, {"values": 0.8}],
        [True, opens, True],
        ["Every child should have a home.", words, "We value honesty."],
    )


def test_a_long_paragraph_of_another_kind_under_a_one_line_section_is_set_apart() -> None:
    run = _run({"key_principles": 0.73, "vision": 0.06})

    assert _swallowed_at(Segment(0, "vision"), 2, (0.14, 0.6, "key_principles"), run, set()) == 1


def test_a_section_the_model_sees_as_its_kind_is_left_whole() -> None:
    run = _run({"key_principles": 0.73, "vision": 0.06})

    assert _swallowed_at(Segment(0, "vision"), 2, (0.4, 0.5, "key_principles"), run, set()) is None


def test_a_kind_the_run_has_already_is_not_taken_again() -> None:
    run = _run({"key_principles": 0.73, "vision": 0.06})

    assert (
        _swallowed_at(
            Segment(0, "vision"), 2, (0.14, 0.6, "key_principles"), run, {"key_principles"}
        )
        is None
    )


def test_a_short_paragraph_or_a_weak_reading_stays() -> None:
    short = _run({"key_principles": 0.73}, words="We plan early.")
    weak = _run({"key_principles": 0.4, "vision": 0.3})
    tied = _run({"key_principles": 0.73}, opens=False)

    for run in (short, weak, tied):
        assert (
            _swallowed_at(Segment(0, "vision"), 2, (0.14, 0.6, "key_principles"), run, set())
            is None
        )


def test_in_a_whole_chapter_the_practice_under_the_vision_line_is_a_section_of_its_own() -> None:
    text = (
        "Moving On from Care\n\n"
        "Our duties to young people leaving care come from the following law:\n\n"
        "- Children Act 1989\n- Children (Leaving Care) Act 2000\n"
        "- Children and Social Work Act 2017\n\n"
        "Every young person leaving our care in Eastmere should have a safe home, someone to "
        "trust and a future of their own choosing.\n\n"
        "Planning for leaving care begins early and moves at the young person's pace, not at the "
        "pace of a birthday. From fifteen the social worker talks with the young person about "
        "where they want to be at eighteen, nineteen and after, and a pathway plan is written "
        "with them in words they know before they are sixteen and a quarter. It covers where "
        "they will live, how they will stay in learning or find work, how they will manage "
        "money and who they can call when things go wrong. A personal adviser is introduced "
        "well before the eighteenth birthday, so the young person knows them before the social "
        "worker steps back. No young person is asked to leave a foster home just because they "
        "have had a birthday; where the foster family wishes it we support Staying Put. "
        "Every care leaver has a personal adviser until they are 21, and until 25 if they want "
        "one, and advisers visit at least every eight weeks.\n\n"
        "The values we keep to in this work are these:\n\n"
        "- honesty, even when the news is hard\n- patience, because growing up takes time\n"
        "- respect for the young person's own choices\n\n"
        "This chapter applies to all social workers and personal advisers in Eastmere Borough "
        "Council who work with young people aged 15 or over and with care leavers up to 25.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    opening = {section.text.split()[0]: section.kind for section in outline.sections}

    assert opening["Every"] == "vision"
    assert opening["Planning"] == "key_principles"
