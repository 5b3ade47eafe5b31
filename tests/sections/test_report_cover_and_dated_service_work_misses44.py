"""A committee report's cover lines under its title, and a dated sentence in an un-headed text
(decision 0295). "Report of the Director …", the meeting and its day and the wards affected
stay with the title over the report's first heading, as a single "Prepared for …" line does
(decision 0269); over prose, or without a first line saying whose report it is, they are left
as before. A paragraph opening "In March 2026 we opened …" is the chapter's matter; "In March
2026 we added a paragraph …" is its amendment note. Each case is in our own words."""

from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of


def _cover(lines: str) -> list[tuple[str, str]]:
    text = (
        "# Leaving Care Offer: Annual Refresh\n\n"
        f"{lines}\n\n"
        "## 1. Purpose of this report\n\n"
        "1.1 This report asks the Committee to agree the refreshed offer for care leavers.\n\n"
        "## 2. Background\n\n"
        "2.1 Every care leaver has a personal adviser until they are 21, or 25 on request.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    return [(kind, start.split("\n")[0]) for kind, start in kinds_and_starts(outline, 40)]


def test_a_reports_cover_lines_stay_with_the_title() -> None:
    sections = _cover(
        "Report of the Corporate Director for People\n\n"
        "Children and Young People Committee, 3 March 2026\n\n"
        "Wards affected: none specifically"
    )
    assert sections[0][0] == "title"
    assert sections[1][1] == "## 1. Purpose of this report"


def test_a_report_by_an_officer_with_two_lines_stays_with_the_title() -> None:
    sections = _cover(
        "Report by the Assistant Director, Children's Social Care\n\nStatus: for decision"
    )
    assert sections[0][0] == "title"
    assert sections[1][1] == "## 1. Purpose of this report"


def test_short_lines_saying_no_one_s_report_are_left_as_before() -> None:
    sections = _cover("Care leavers in our borough\n\nThe offer from April 2026")
    assert sections[1][0] != "title" and sections[1][1].startswith("Care leavers")


def _unheaded(paragraph: str) -> list[tuple[str, str]]:
    text = (
        "Early Help and Family Support Policy\n\n"
        "This policy applies to every member of staff who works with children and families in "
        "the early help service.\n\n"
        "We believe that children do best when they are brought up safely in their own "
        "families, and we offer help as soon as a family needs it.\n\n"
        f"{paragraph}\n\n"
        "Every family we support has a lead professional who coordinates the help they receive "
        "and reviews the plan with them every six weeks.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    return [(kind, start.split("\n")[0]) for kind, start in kinds_and_starts(outline, 30)]


def test_dated_service_work_in_an_unheaded_text_is_not_an_amendment_note() -> None:
    sections = _unheaded(
        "In March 2026 we opened three new family hubs, in Northgate, Lowmoor and the town "
        "centre, so that help is closer to home."
    )
    assert not any(
        kind == "scope" and start.startswith("In March 2026") for kind, start in sections
    )


def test_a_dated_change_of_the_text_in_an_unheaded_text_is_its_amendment_note() -> None:
    sections = _unheaded(
        "In March 2026 we added a paragraph to this policy about help for families with "
        "disabled children."
    )
    assert any(kind == "scope" and start.startswith("In March 2026") for kind, start in sections)
