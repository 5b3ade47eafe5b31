"""Un-headed chapters from blind round 327 (decision 0478), each written here in our own words.

- A letter with nothing between its title and its greeting: "Dear colleagues," opens the
  letter's first section with the paragraph under it; it is no stamp the title keeps.
- A leadership team's sign-off, "With our thanks for everything you do,", opens the end matter
  as "With thanks for all that you do," does; thanks to someone named open nothing.
- A one-sentence paragraph saying what the text turns to next ("…, so the money comes next.",
  "… is the next subject.", "This chapter begins with …", "… are easy to state.") opens the
  section of the paragraph under it, however that section is found.
"""

from __future__ import annotations

import pytest

from tests.sections.helpers import assert_tiles, outline_of


def _sections(text: str) -> list[tuple[str, str]]:
    outline = outline_of(text)
    assert_tiles(outline)
    return [(section.kind, section.text.strip().split("\n", 1)[0]) for section in outline.sections]


_LETTER = (
    "Harbrook Council: Children's Services Policies, Values and Principles\n\n"
    "Dear colleagues,\n\n"
    "We are writing to everyone who works with Harbrook's children, whether employed by the "
    "council or by a service it commissions, to set out what we believe and how we work.\n\n"
    "Our duties are laid down by Parliament, chiefly in the Children Act 1989 and the Children "
    "and Families Act 2014, and we keep this letter in step with them.\n\n"
    "What families tell us stays private unless the law allows us to share it or a child's "
    "safety depends on it.\n\n"
    "{sign_off}\n\n"
    "Harbrook Children's Services Leadership Team\n"
)


def test_a_greeting_right_under_the_title_opens_the_first_section() -> None:
    sections = _sections(_LETTER.format(sign_off="With our thanks,"))

    assert sections[0][0] == "title"
    assert "Dear colleagues" not in sections[0][1]
    assert sections[1][1] == "Dear colleagues,"
    assert sections[1][0] != "title"


@pytest.mark.parametrize(
    "sign_off", ["With our thanks,", "With our thanks for everything you do,", "With my thanks,"]
)
def test_thanks_from_us_over_the_team_open_the_end_matter(sign_off: str) -> None:
    assert _sections(_LETTER.format(sign_off=sign_off))[-1] == ("end_matter", sign_off)


def test_our_thanks_to_someone_named_open_nothing() -> None:
    sign_off = (
        "With our thanks to the foster carers who read the first draft and told us what to change."
    )
    sections = _sections(_LETTER.format(sign_off=sign_off))

    assert ("end_matter", sign_off) not in sections


_SIGNPOSTED = (
    "Children's Services Policies, Values and Principles - Wrayford Borough Council\n\n"
    "{scope_line}\n\n"
    "This chapter is written for all of Wrayford's social workers, personal advisers and foster "
    "carers, and for every organisation the borough pays to look after children. Team managers "
    "go through it with each new member of staff.\n\n"
    "Every plan we make rests on the law, so the law is the next subject.\n\n"
    "Our duties come from the Children Act 1989, the Children Act 2004 and the Children and "
    "Social Work Act 2017, and from the regulations made under them.\n\n"
    "{vision_line}\n\n"
    "Wrayford wants every child to grow up safe, loved and proud of where they come from, and "
    "every young person who leaves its care to do so with a home, a trade or a course, and "
    "someone to call.\n\n"
    "Information that families give us is kept securely and passed on only where the law "
    "allows it or a child would otherwise be at risk.\n"
)


def test_a_line_saying_what_comes_next_opens_the_section_it_announces() -> None:
    sections = _sections(
        _SIGNPOSTED.format(
            scope_line="This chapter begins with the people who must read it.",
            vision_line="The borough's hopes for its children are simple to state.",
        )
    )

    assert ("scope", "This chapter begins with the people who must read it.") in sections
    assert ("vision", "The borough's hopes for its children are simple to state.") in sections
    assert (
        "introduction",
        "Every plan we make rests on the law, so the law is the next subject.",
    ) in sections
