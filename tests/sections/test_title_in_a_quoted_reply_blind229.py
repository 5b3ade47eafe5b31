"""A chapter carried in an e-mail reply (blind round 229, decision 0350): the reply's note and
signature, an "On … wrote:" line and the quoted message's own header lines, each a block of its
own, then its greeting ("Hi …," or "Hello …,"), a note signed with a name alone, and the
chapter's name on a line by itself. The header lines do not use up the reach in which a
greeting is looked for, and the chapter's name alone after the greeting is the title however
the note was signed. In our own words."""

from tests.sections.helpers import assert_tiles, outline_of

_CHAPTER = (
    "Children's Services Policies, Values and Principles\n\n"
    "Scope of this chapter\n\n"
    "This chapter applies to everyone in children's services. It was amended in May 2026.\n\n"
    "Our Values\n\n"
    "We are honest with children and we keep our promises to them.\n"
)

_REPLY = (
    "Agreed - this can go to the board next week.\n\n"
    "Sam\n\n"
    "Sam Adeyemi | Service Manager | Children's Services\n\n"
    "On Mon, 2 Mar 2026 at 16:05, Lee Brannock <lee.brannock@example.org> wrote:\n\n"
    "From: Lee Brannock\n\nSent: 2 March 2026 16:05\n\nTo: Sam Adeyemi\n\n"
    "Cc: Policy Team\n\n"
    "Subject: Children's Services Policies, Values and Principles - final\n\n"
    "Hello Sam,\n\n"
    "Here is the chapter as the working group agreed it.\n\n"
    "Lee\n\n"
)


def _titles(text: str) -> list[str]:
    outline = outline_of(text, "plain")
    assert_tiles(outline)
    return [section.text.strip() for section in outline.sections if section.kind == "title"]


def test_the_chapters_name_after_a_quoted_mails_greeting_is_the_title() -> None:
    assert _titles(_REPLY + _CHAPTER) == ["Children's Services Policies, Values and Principles"]


def test_a_greeting_beyond_the_reach_with_no_header_lines_above_finds_no_letter() -> None:
    """Without header lines the greeting must still come within the letter's opening blocks: a
    "Hi …," line deep in a chapter is no cover letter's."""
    padding = "".join(f"Paragraph {n} of the opening notes says little.\n\n" for n in range(9))
    text = padding + "Hi everyone,\n\nA short note.\n\n" + _CHAPTER
    assert _titles(text) != ["Children's Services Policies, Values and Principles"]
