"""Text copied out of a PDF viewer (blind round 232, decision 0356): a browser's own print
header and footer with a bare "N/M" page counter, a list's last dated title before the paragraph
after the list, and a box printed beside a paragraph by `pdftotext -layout`.

Every case is written for this test in our own words about invented councils.
"""

from __future__ import annotations

from app.ingest.printed_text import unprint_pages

_HEADER = "03/02/2026, 14:12\n\nLeaving Care Policy | Dunmoor Borough Council\n\n"
_FOOTER = "https://www.dunmoor.gov.uk/care/leaving-care-policy\n\n{n}/{m}\n\n"


def test_a_browsers_print_header_and_footer_go_with_their_bare_counters() -> None:
    text = (
        _HEADER
        + "Leaving Care Policy\nDunmoor helps young people leave care at their own pace and\n"
        + "stays in touch with them.\n\n"
        + _FOOTER.format(n=1, m=2)
        + _HEADER
        + "Our Offer\nEvery care leaver has a personal adviser.\n\n"
        + _FOOTER.format(n=2, m=2)
    )
    result = unprint_pages(text)
    for chrome in ("14:12", "| Dunmoor Borough Council", "https://", "1/2", "2/2"):
        assert chrome not in result
    assert "Leaving Care Policy\nDunmoor helps" in result
    assert "Our Offer" in result


def test_fractions_out_of_order_are_no_page_counters() -> None:
    text = "Shares of the budget\n3/4\nspent on placements\n1/4\nspent on support\n"
    assert unprint_pages(text) == text


def test_a_lists_last_dated_title_ends_the_list_before_a_paragraph() -> None:
    page = (
        "Our duties come from a range of legislation, which every practitioner should know:\n"
        "- Children Act 1989\n"
        "- Children and Families Act 2014\n"
        "- The Care Leavers (England) Regulations 2010 and their guidance of the same year 2010\n"
        "Statutory guidance explains how the duties should be carried out in practice and is\n"
        "followed by every team.\n"
        "Page 1 of 2\n"
        "Our Values\nWe listen.\nPage 2 of 2\n"
    )
    lines = unprint_pages(page).splitlines()
    assert (
        "- The Care Leavers (England) Regulations 2010 and their guidance of the same year 2010"
        in lines
    )
    assert any(line.startswith("Statutory guidance explains") for line in lines)


def test_a_box_beside_a_paragraph_is_set_after_it() -> None:
    body = [
        "The council's fostering service recruits and supports carers",
        "for children of every age, and for sibling groups who need",
        "to stay together. Carers are paid a fee as well as an",
        "allowance for each child, and they can call a duty worker",
        "at any hour of the day or night.",
    ]
    box = ["Key facts", "Fee: weekly", "Support: at any hour", "Training: six days"]
    column = 66
    lines = [
        (left.ljust(column) + right) if right else left
        for left, right in zip(body, [*box, ""], strict=True)
    ]
    text = "Fostering\n" + "\n".join(lines) + "\n\nPage 1 of 2\nMore\nText.\nPage 2 of 2\n"
    result = unprint_pages(text)
    assert "at any hour of the day or night.\n\nKey facts\nFee: weekly" in result
    assert "carers for children of every age" in result


def test_a_two_column_table_keeps_its_rows() -> None:
    rows = [
        "What".ljust(40) + "When",
        "Permanence plan".ljust(40) + "Within 4 months",
        "Personal adviser".ljust(40) + "Up to age 21",
        "Staying Put".ljust(40) + "Up to age 21",
    ]
    text = "Key Facts\n" + "\n".join(rows) + "\n\nPage 1 of 2\nMore\nText.\nPage 2 of 2\n"
    result = unprint_pages(text)
    assert "Permanence plan" + " " * 25 + "Within 4 months" in result
