"""Sections met in the hundred-and-fourth blind round (decision 0172): chapters with no headings.

- a short one-sentence paragraph between longer ones that points back at the paragraph above
  ("Agency staff are expected to read it in their first week.") goes on in that paragraph's
  section: it never opens one, however its words alone read; a line of a paragraph, or one of
  a run of one-sentence paragraphs, is not such a follow-on;
- in a chapter whose every paragraph is numbered and none headed, the numbered paragraphs are
  read by their content cues as un-numbered paragraphs are, and the closing numbered history is
  end matter;
- a line counting the things the paragraph under it sets out ("Three things matter most to
  us.") leads that paragraph.

Every text is written for these tests in our own words. Sections still tile the text.
"""

from __future__ import annotations

from app.sections.assemble import _after_a_lead_in, _refers_back
from app.sections.blocks_text import scan_text_blocks
from app.sections.rules import find_headings
from app.text import LineIndex
from tests.sections.outline_helpers import kinds_and_openings

_SCOPE = (
    "This chapter applies to every social worker, personal adviser and manager in Harlby's "
    "children's services, and to the carers and providers who look after children for us. It "
    "explains what we believe and the law we work under."
)


def _refers(text: str, starts: str) -> bool:
    from app.families import get_family
    from app.sections.classify import compile_cues

    raw = scan_text_blocks(text, LineIndex(text).line_starts())
    state = find_headings(text, raw, compile_cues(get_family().kinds))
    index = next(i for i, block in enumerate(raw) if text[block.content_start :].startswith(starts))
    return _refers_back(text, raw, state, index)


def test_a_short_follow_on_pointing_back_stays_in_the_section_above() -> None:
    text = (
        "Harlby Council - Children's Services Policies, Values and Principles\n\n"
        f"{_SCOPE}\n\n"
        "Your team manager can go through it with you.\n\n"
        "- We will listen to children before we decide anything about their lives.\n"
        "- We will be honest with families about what worries us.\n"
        "- We will keep brothers and sisters together whenever it is safe.\n"
        "- We will never give up on a young person.\n\n"
        "The Children Act 1989 and the Children Act 2004 set out the council's duties to "
        "children in need and to children in its care, and the Children and Social Work Act "
        "2017 adds the corporate parenting principles.\n"
    )
    kinds = kinds_and_openings(text, "markdown", 30)
    assert kinds[1][0] == "scope"
    assert all(not start.startswith("Your team manager") for _, start in kinds)


def test_what_counts_as_a_follow_on_pointing_back() -> None:
    body = f"Title line\n\n{_SCOPE}\n\n"
    for line, expected in (
        ("Agency staff are expected to read it during their first week.", True),
        ("The Lead Member chairs the board that holds us to them.", True),
        ("Every councillor is trained in these duties within a year.", True),
        ("It is looked at again every two years.", False),  # "it is": any "it"
        ("Three things matter most to us.", False),  # points at nothing above
        ("Agency staff read it first. Then they meet their manager.", False),  # two sentences
    ):
        text = f"{body}{line}\n\nThe Children Act 1989 is the basis of our work with families.\n"
        assert _refers(text, line.split()[0]) is expected, line


def test_a_line_of_a_paragraph_or_a_run_of_one_sentence_paragraphs_is_no_follow_on() -> None:
    wrapped = (
        f"Title line\n\n{_SCOPE}\n\n"
        "A child's safety depends on the people around them noticing.\n"
        "Teachers, doctors and neighbours are often the first to see that something is wrong.\n"
    )
    assert not _refers(wrapped, "A child's safety")
    short_run = (
        "Title line\n\nEvery member of staff is expected to read this chapter.\n\n"
        "Our work is governed by the Children Act 1989 and the guidance issued under it.\n\n"
        "We want every child to be safe.\n"
    )
    assert not _refers(short_run, "Our work is governed")


def test_numbered_paragraphs_of_an_unheaded_chapter_open_by_their_cues() -> None:
    text = (
        "Harlby Council: Policies, Values and Principles for Children's Services\n\n"
        f"1. {_SCOPE}\n\n"
        "2. It should be read with the other chapters of this manual.\n\n"
        "3. Every councillor and officer of the council is a corporate parent to the children "
        "in our care, and the council has regard to the seven corporate parenting principles.\n\n"
        "4. Children's views shape their plans. Each child is asked before every review what "
        "they want to happen, and an advocate is offered to every child in care.\n\n"
        "5. Young people who leave our care keep a personal adviser until they are 25.\n\n"
        "6. This chapter was last amended in February 2025, when paragraph 5 was rewritten.\n"
    )
    kinds = kinds_and_openings(text, "plain", 30)
    found = {start[:2]: kind for kind, start in kinds}
    assert found.get("4.") == "key_principles"
    assert found.get("6.") == "end_matter"
    assert kinds[-1] == ("end_matter", "6. This chapter was last amend")


def test_a_numbered_history_away_from_the_end_opens_no_end_matter() -> None:
    text = (
        "Harlby Council: Policies, Values and Principles for Children's Services\n\n"
        "1. This chapter was last amended in February 2025, when paragraph 5 was rewritten.\n\n"
        f"2. {_SCOPE}\n\n"
        "3. Every councillor and officer of the council is a corporate parent to the children "
        "in our care, and the council has regard to the seven corporate parenting principles.\n\n"
        "4. Children's views shape their plans. Each child is asked before every review what "
        "they want to happen, and an advocate is offered to every child in care.\n\n"
        "5. Young people who leave our care keep a personal adviser until they are 25.\n\n"
        "6. Our practice model is Signs of Safety, used by every team in Harlby.\n\n"
        "7. Foster carers are trained in the model too, and so are residential staff.\n"
    )
    assert "end_matter" not in [kind for kind, _ in kinds_and_openings(text, "plain", 30)]


def test_a_line_counting_the_things_below_leads_the_paragraph_under_it() -> None:
    from app.families import get_family
    from app.sections.classify import compile_cues

    cues = compile_cues(get_family().kinds)
    for line, expected in (
        ("Three things matter most to us.", True),
        ("A few principles guide every decision we make.", True),
        ("Three children in ten live in poverty.", False),
        ("Two things happened in 2024.", False),
    ):
        text = (
            f"Title line\n\n{_SCOPE}\n\n{line}\n\n"
            "Children should grow up safe and loved. Families deserve honesty and a second "
            "chance. Staff deserve good supervision.\n"
        )
        raw = scan_text_blocks(text, LineIndex(text).line_starts())
        state = find_headings(text, raw, cues)
        index = next(i for i, b in enumerate(raw) if text[b.content_start :].startswith("Child"))
        assert _after_a_lead_in(text, raw, state, index) is expected, line
