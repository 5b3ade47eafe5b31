"""A closing changes heading whose list ends on the chapter's own stamp (decision 0234): the
chapter's last heading ("Changes since the last edition"), after the body, over a list of what
changed and a closing stamp ("Last revision: October 2025") opens the closing history, end
matter; the same heading over a list with no stamp after it keeps its own kind, and a last
heading of another kind over a closing stamp is not made end matter."""

from tests.sections.helpers import outline_of

_BODY = (
    "Fostering Policy\n\n"
    "Our values\n\nWe listen to children and we treat carers as partners in everything.\n\n"
    "Corporate parenting\n\nThe whole council is a parent to the children in our care.\n\n"
)


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return [(section.kind, section.heading) for section in outline_of(text, "plain").sections]


def test_a_closing_changes_heading_over_its_list_and_stamp_is_end_matter():
    text = _BODY + (
        "Changes since the last edition\n\n"
        "- The section on carers' allowances was rewritten.\n"
        "- The values were put in plainer words.\n\n"
        "Last revision: October 2025\n"
    )
    assert _kinds(text)[-1] == ("end_matter", "Changes since the last edition")


def test_a_last_heading_of_another_kind_keeps_its_kind_over_a_stamp():
    text = _BODY + (
        "Sharing information\n\n"
        "We share information about children only when it keeps them safe or when the law "
        "requires it, and we tell families what we share.\n\n"
        "Last revision: October 2025\n"
    )
    assert _kinds(text)[-2] == ("information_sharing", "Sharing information")


def test_a_closing_summary_box_over_its_points_and_a_closing_note_keeps_its_kind():
    text = _BODY + (
        "At a glance\n\n"
        "- Carers are reviewed every year.\n"
        "- Allowances are paid monthly.\n\n"
        "Changes since the last edition (May 2025): the section on allowances was rewritten.\n"
    )
    kinds = _kinds(text)
    assert kinds[-2][1] == "At a glance"
    assert kinds[-2][0] != "end_matter"
    assert kinds[-1] == ("end_matter", None)
