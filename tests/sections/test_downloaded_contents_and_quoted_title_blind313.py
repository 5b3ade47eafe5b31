"""Two readings from blind round 313 (decision 0453), in our own words.

An editor's download writes its contents list with no label, each entry the heading's own words
on a line of its own: the entries are one contents list, not a heading over the others, and the
body's headings say them again. A mail note whose subject is a markdown heading, over a greeting
and a note, carries the chapter whose name is its own heading: that heading is the title."""

from tests.sections.helpers import assert_tiles, letters, outline_of

_DOWNLOAD = (
    "Children's Services Policies, Values and Principles\n"
    "Ashby Down Council\n"
    "\n"
    "Scope of this chapter\n"
    "Legislation\n"
    "Friends and neighbours\n"
    "A home for good\n"
    "Keeping records\n"
    "\n"
    "Scope of this chapter\n"
    "This chapter says what our children's services believe and how we work.\n"
    "Legislation\n"
    "Our duties come from the Children Act 1989 and the Children Act 2004.\n"
    "Friends and neighbours\n"
    "Schools, doctors and the police help us keep children safe.\n"
    "A home for good\n"
    "Each child in care has a plan for a settled home within four months.\n"
    "Keeping records\n"
    "We keep records about children safe and share them only when we must.\n"
)


def test_an_unlabelled_list_of_the_headings_is_one_contents_section() -> None:
    outline = outline_of(_DOWNLOAD)
    assert_tiles(outline)
    starts = [letters(section.text) for section in outline.sections]
    for opening in (
        "Scope of this chapter Legislation Friends and neighbours A home for good",
        "Scope of this chapter This chapter says",
        "Legislation Our duties come",
        "Friends and neighbours Schools, doctors",
        "A home for good Each child",
    ):
        assert any(start.startswith(letters(opening)) for start in starts), opening


_NOTE = (
    "# Re: chapter text for the board\n\n"
    "From: Ola Peters\nTo: Senior Managers\nDate: 2 March 2026\n\n"
    "Morning all,\n\n"
    "The agreed chapter follows, for your teams.\n\n"
    "Ola\n\n"
    "On 1 Mar 2026, at 17:40, Dee Hart wrote:\n\n"
    "Text below.\n\n"
    "Children's Services Policies, Values and Principles\n"
    "===================================================\n\n"
    "Scope of this chapter\n"
    "---------------------\n\n"
    "This chapter applies to everyone who works with children for the council.\n\n"
    "Our values\n"
    "----------\n\n"
    "We keep our promises to children and families.\n"
)


def test_the_chapters_name_as_a_heading_after_a_mail_note_is_the_title() -> None:
    outline = outline_of(_NOTE, "markdown")
    assert_tiles(outline)
    titles = [section for section in outline.sections if section.kind == "title"]
    assert [letters(section.heading or "") for section in titles] == [
        letters("Children's Services Policies, Values and Principles")
    ]
