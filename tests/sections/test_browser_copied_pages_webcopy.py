"""Pages copied from a browser as text (decision 0233): a document-control box whose label and
value a tab parts holds fields, as "Owner | Head of Service" rows do, so a heading of the box's
kind right after it opens the chapter's own section; and a heading the copy ran on right under a
list whose bullets it lost is still a heading when it is set unlike the list's lines.

Each case is written for this test in our own words.
"""

from app.ingest import read_source
from app.sections.record_box import _is_field
from tests.sections.helpers import kinds_and_starts, outline_of


def _kinds(text: str) -> list[tuple[str, str]]:
    return kinds_and_starts(outline_of(read_source(text.encode(), "chapter.txt").text), 23)


def test_a_copied_control_box_then_a_purpose_heading_are_two_sections() -> None:
    text = (
        "Fostering Policy\n"
        "Document control\n"
        "Owner\tHead of Fostering\n"
        "Version\t2.3\n"
        "Next review\tMay 2026\n"
        "Why this policy matters\n\n"
        "Every procedure in our fostering manual rests on this policy. Read it first.\n\n"
        "Our aims\n\n"
        "We support carers well.\n"
    )
    kinds = _kinds(text)
    assert ("scope", "Why this policy matters") in kinds


def test_label_and_value_parted_by_a_tab_or_a_wide_gap_are_a_field() -> None:
    assert _is_field("Owner    Head of Fostering")
    assert _is_field("Date of next review\tMay 2026")


def test_prose_and_a_long_label_are_no_field() -> None:
    assert not _is_field("We review this policy every year and tell carers what changed.")
    assert not _is_field("Who we asked before we wrote this policy    carers")


# --- a heading run on after a list whose bullets the copy lost -------------------------------


def _headings(text: str) -> list[str]:
    return [start.split("\n")[0] for _kind, start in _kinds(text)]


def _acts_then(heading: str, paragraph: str) -> str:
    return (
        "Fostering Policy\n\n"
        "The law\n\n"
        "We work within these laws:\n\n"
        "Children Act 1989\n"
        "Care Standards Act 2000\n"
        f"{heading}\n\n"
        f"{paragraph}\n"
    )


def test_a_heading_under_a_list_of_acts_without_bullets_opens_a_section() -> None:
    """The line after the Acts is a heading, not a third Act, and a heading the chapter's family
    can place opens its section (decision 0233). "Adoption" in a fostering policy is a heading
    too, but which kind it opens is the kind model's guess, not this rule's: the model that
    learned the blind sets cannot place it and it joins "The law" as its sub-heading (0353)."""
    leaving = _acts_then(
        "Leaving care",
        "Young people leaving our care keep a personal adviser until they are 25, and we help"
        " them find a home.",
    )
    assert "Leaving care" in _headings(leaving)
    adoption = outline_of(
        read_source(
            _acts_then(
                "Adoption",
                "We place some children with families who go on to adopt them, and we support"
                " them.",
            ).encode(),
            "chapter.txt",
        ).text
    )
    headings = [
        adoption.text[block.content_start : block.content_end]
        for block in adoption.blocks()
        if block.type == "heading"
    ]
    assert "Adoption" in headings


def test_a_heading_under_labelled_lines_opens_a_section() -> None:
    text = (
        "Fostering Policy\n\n"
        "Our promises\n\n"
        "We make our carers these promises:\n\n"
        "Training: courses every season for every carer\n"
        "Support: a social worker who answers the phone\n"
        "Allowances\n\n"
        "We pay carers an allowance for each child every fortnight, and a fee for their skills.\n"
    )
    assert "Allowances" in _headings(text)


def test_a_capitalised_heading_under_lower_case_lines_opens_a_section() -> None:
    text = (
        "Fostering Policy\n\n"
        "Our promises\n\n"
        "We promise carers:\n\n"
        "training every season\n"
        "a social worker who answers the phone\n"
        "Allowances\n\n"
        "We pay carers an allowance for each child every fortnight, and a fee for their skills.\n"
    )
    assert "Allowances" in _headings(text)


def test_an_act_without_its_year_under_acts_is_one_more_item() -> None:
    text = (
        "Fostering Policy\n\n"
        "The law\n\n"
        "We work within these laws:\n\n"
        "Children Act 1989\n"
        "Care Standards Act\n\n"
        "We place some children with families who go on to adopt them, and we support them.\n"
    )
    assert "Care Standards Act" not in _headings(text)


def test_a_last_item_set_like_the_items_above_is_no_heading() -> None:
    text = (
        "Fostering Policy\n\n"
        "Our promises\n\n"
        "We promise carers:\n\n"
        "training every season\n"
        "a social worker who answers the phone\n\n"
        "We pay carers an allowance for each child every fortnight, and a fee for their skills.\n"
    )
    assert not any(heading.startswith("a social worker") for heading in _headings(text))
