"""A chapter pasted into another tool keeps its title under what the tool adds (blind round 300,
decision 0437): an e-mail reply greets its reader by name alone ("Sam,", "Morning all,") above
the chapter's name on a line of its own, and a ticket or a form shows its own heading and its
header fields ("Status: Open", "Raised by: …") above the chapter's heading. The name greeting
opens a letter as "Hi …," does, and field lines do not use up the few blocks in which the
chapter's own heading is looked for. In our own words."""

from tests.sections.helpers import assert_tiles, outline_of

_CHAPTER = (
    "Children's Services Policies, Values and Principles\n\n"
    "Scope of this chapter\n\n"
    "This chapter applies to everyone in children's services. It was amended in May 2026.\n\n"
    "Our Values\n\n"
    "We are honest with children and we keep our promises to them.\n"
)

_MD_CHAPTER = (
    "## Children's Services Policies, Values and Principles\n\n"
    "### Scope of this chapter\n\n"
    "This chapter applies to everyone in children's services. It was amended in May 2026.\n\n"
    "### Our Values\n\n"
    "We are honest with children and we keep our promises to them.\n"
)


def _titles(text: str, syntax: str) -> list[str]:
    outline = outline_of(text, syntax)
    assert_tiles(outline)
    return [section.text.strip() for section in outline.sections if section.kind == "title"]


def test_a_name_greeting_under_a_quoted_chain_opens_the_note_above_the_title() -> None:
    reply = (
        "On Wed, 4 Mar 2026 at 10:12, Dana Whitlow <dana@example.org> wrote:\n\n"
        "> Could you send the chapter before the board meets? The copy on the\n"
        "> intranet is last year's and members should not read that one.\n>\n"
        "> Thanks,\n> Dana\n\n"
        "Dana,\n\n"
        "Pasted below as it stands in the manual.\n\n"
    )
    assert _titles(reply + _CHAPTER, "plain") == [
        "Children's Services Policies, Values and Principles"
    ]


def test_a_time_of_day_greeting_opens_the_note_too() -> None:
    note = (
        "Morning all,\n\nThe chapter we discussed on Tuesday is below, with the changes agreed.\n\n"
    )
    assert _titles(note + _CHAPTER, "plain") == [
        "Children's Services Policies, Values and Principles"
    ]


def test_a_ticket_heading_over_its_fields_leaves_the_title_to_the_chapter() -> None:
    ticket = (
        "# REQ-2207: Publish the revised values chapter\n\n"
        "State: Open\n\nRaised by: Morgan Ellery\n\nTeam: Intranet\n\n"
        "Due: 18/03/2026\n\nPriority: High\n\nType: Page update\n\n"
        "Please publish the chapter below in place of the old one.\n\n"
    )
    assert _titles(ticket + _MD_CHAPTER, "markdown") == [
        "## Children's Services Policies, Values and Principles"
    ]


def test_prose_paragraphs_still_use_up_the_reach() -> None:
    """Only field lines are passed over: a page heading over several paragraphs of prose keeps
    the title, and a later heading naming the chapter is a heading under it."""
    prose = "".join(f"Paragraph {n} of the tool's own notes says little.\n\n" for n in range(7))
    text = "# REQ-2207: Publish the revised values chapter\n\n" + prose + _MD_CHAPTER
    assert _titles(text, "markdown") == ["# REQ-2207: Publish the revised values chapter"]
