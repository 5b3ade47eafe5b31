"""Blocks and headings → sections that tile the text, each with a canonical kind.

Sections start at the title, at level-1 headings, and, where a document has few or no headings,
at blocks whose opening words a family's content cues recognise. Where content cues may start a
section is deliberately narrow:

- inside *containers*: the title, "other", un-headed runs, and sections whose kind the family marks
  splittable (a scope box); never inside a section under a recognised heading, so a paragraph of
  "Key Principles" that mentions Working Together stays where it is;
- only for a kind the document has not had yet (a kind is one section of a chapter);
- for *trailing* kinds ("Last updated: …", "End"), only near the end of the text, but there inside
  any section.

The title section holds the title line only: what follows it, when no cue names it, is "other".

Unnumbered headings of the kind of the section they follow ("Amendment" after "Scope of this
chapter") join it as sub-headings, so a scope box is one section; but a heading the box's
contents list names, and a heading marked up like the one before it after a section with a body
of its own, open sections of their own (decision 0043).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import islice, pairwise

from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import is_chrome_line, is_page_tool
from app.sections.blocks_text import WRAP_FILL, hard_wrap_width
from app.sections.classify import (
    OTHER_KIND,
    POINTER_WORDS,
    TITLE_KIND,
    Cues,
    appendix_words,
    colon_label,
    cue_text,
    heading_label,
    names_a_case_example,
    names_notes,
    names_pointers,
)
from app.sections.contents_list import listed_in_contents, listed_together
from app.sections.kind_model import KindModel
from app.sections.model import Block, KindSource, Outline, Section
from app.sections.paragraph_numbers import (
    continues_numbered_section,
    is_numbered_paragraph,
    opens_group_in_words,
    opens_numbered_group,
    paragraph_section_number,
    without_group_number,
)
from app.sections.raw import RawBlock
from app.sections.record_box import (
    CELL_SEPARATOR,
    holds_only_a_record,
    holds_only_fields,
    holds_only_points,
    is_field_line,
    is_field_record,
    record_fields,
)
from app.sections.rules import (
    CALLOUT_LABELS,
    COUNCIL_UNDER_TITLE,
    COVER_UNDER_TITLE,
    HeadingState,
    capitalised_line,
    first_part_of_a_heading,
    heads_closing_stamps,
    is_dated_field,
    names_a_council,
    opens_with_council_name,
    says_a_contents_label,
    sentence_line,
)
from app.sections.segment import (
    CONFIDENT_OTHER,
    CONFIDENT_RETURN,
    SURE_OPENING,
    RunBlock,
    Segment,
    segment_run,
)
from app.text.letters import SALUTATION_RE

TRAILING_CHARACTERS = 600
"""A trailing kind's cue counts only this close to the end of the text…"""
TRAILING_BLOCKS = 6
"""…and only among this many last blocks, after the last heading."""

_MARKUP = re.compile(r"\*\*|__|\\(?=[^\w\s])|\]\([^)\n]*\)|\[")
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
"""A markdown image inside a heading's line (a status badge after the title: "![Status:
Current](https://img.shields.io/…)"): the page shows a picture there, not words, so its alt
text is no part of the heading as printed (as an HTML image's alt is not in the page's text)."""
_SPACES = re.compile(r"\s+")


@dataclass(slots=True)
class _Open:
    """The section being built."""

    first: int
    """Index of its first block."""
    kind: str
    headed: bool
    heading: str | None = None
    number: str | None = None
    decided_by: KindSource = "heading"
    confidence: float = 1.0
    confirmed: tuple[int, ...] = ()
    """Later paragraphs of an un-headed section whose own content cue names the section's kind
    ("It is written for anyone who …" after the scope's amendment note): the segmenter keeps
    them in a section of that kind (decision 0109)."""
    pointer: bool = False
    """An un-headed pointer to other documents after the body ("Related chapters: …"): of no
    kind, and neither re-segmented by the model nor taken into a run before it (decision 0115)."""
    story: bool = False
    """An un-headed paragraph telling one named person's story before the chapter's first
    heading (`tells_a_story`): `other`, a fixed point the segmenter keeps (decision 0232)."""
    labelled_peer: bool = False
    """An un-headed part whose run-in label follows a part opened by one
    (`_run_in_label_after_a_labelled_part`): its own section, whatever kind the segmenter
    gives the run around it (decision 0470)."""


def _headed(
    state: HeadingState, index: int, kind: str | None, decided_by: KindSource, confidence: float
) -> _Open:
    """The section heading `index` opens, of `kind` (`other` where nothing named one)."""
    return _Open(
        index,
        kind or OTHER_KIND,
        True,
        _label(state, index),
        state.number[index],
        decided_by,
        confidence,
    )


HEADING_MODEL_THRESHOLD = 0.35
"""The kind model names an unnumbered heading no cue knows only when it is at least this sure…"""
NUMBERED_HEADING_THRESHOLD = 0.25
"""…and a numbered one, which opens a section whatever its kind, when it is this sure."""
SEEN_KIND_AGAIN = 0.8
"""A heading no cue knows opens a second section of a kind the chapter has already had when the
model is at least this sure of that kind: the chapter splits the kind across headings apart
("Key principles" early, then "Stability" over permanence after the outcomes; decision 0149)."""
HEADING_BODY_CHARACTERS = 1500
"""How much of the text under a heading the model reads with the heading's words."""


def build_outline(
    text: str,
    raw: list[RawBlock],
    state: HeadingState,
    cues: Cues,
    model: KindModel | None = None,
) -> Outline:
    """Assemble `raw` blocks, judged by `state`, into an outline whose sections tile `text`.

    With a kind `model`, headings no cue knows are named by meaning, and runs of un-headed
    blocks are re-segmented by it (`app.sections.segment`), the cues' sections kept as fixed
    points.
    """
    if not raw:
        return _unstructured(text)
    levels = list(state.level)
    opened = _plan_sections(text, raw, state, cues, levels, model)
    if model is not None:
        opened = _segment_runs(text, raw, state, cues, model, opened)
        opened = _steps_closing_headed_sections(text, raw, state, cues, model, opened)
        opened = _names_come_back(text, raw, cues, opened, model)
        opened = _names_given_just_above(text, raw, cues, opened)
    opened = _box_labels_with_their_notes(text, raw, state, opened)
    blocks = _final_blocks(text, raw, state, levels)
    sections = []
    for position, section in enumerate(opened):
        last = opened[position + 1].first if position + 1 < len(opened) else len(blocks)
        start = blocks[section.first].start
        end = blocks[last - 1].end
        sections.append(
            Section(
                kind=section.kind,
                heading=section.heading,
                number=section.number,
                level=1,
                start=start,
                end=end,
                text=text[start:end],
                blocks=tuple(blocks[section.first : last]),
                decided_by=section.decided_by,
                confidence=round(section.confidence, 3),
            )
        )
    title = _label(state, state.title_index) if state.title_index is not None else None
    return Outline(text=text, title=title, sections=tuple(sections))


def _plan_sections(
    text: str,
    raw: list[RawBlock],
    state: HeadingState,
    cues: Cues,
    levels: list[int],
    model: KindModel | None,
) -> list[_Open]:
    numbered_sections = any(
        state.is_heading[i] and state.number[i] is not None and levels[i] == 1
        for i in range(len(raw))
        if i != state.title_index
    )
    last_heading = max((i for i, heading in enumerate(state.is_heading) if heading), default=-1)
    closing_from = _closing_run_from(text, raw, state, cues, last_heading)
    last_named_heading = _last_named_heading(text, raw, state, cues)
    appendices_from = _closing_appendices_from(text, raw, state)
    lines_at_top = model is not None and _bold_lines_head_sections(text, state, levels, cues)
    opened: list[_Open] = []
    seen: set[str] = set()
    current: _Open | None = None
    modelled = 0
    for index, block in enumerate(raw):
        new: _Open | None = None
        if index == state.title_index:
            if current is None or current.kind != TITLE_KIND:
                new = _Open(index, TITLE_KIND, True, _label(state, index), state.number[index])
        elif state.title_index is not None and _chapter_number_over_title(text, raw, state, index):
            code = text[raw[index].content_start : raw[index].content_end].strip(" *_#")
            new = _Open(
                index,
                TITLE_KIND,
                True,
                f"{code} {_label(state, state.title_index)}",
                state.number[state.title_index] or _chapter_code(code),
            )
        elif (
            current is not None
            and current.kind == TITLE_KIND
            and (contents_kind := cues.heading_kind("Contents")) is not None
            and contents_kind not in seen
            and (
                _contents_table(text, raw, state, index)
                or _jump_link_contents(text, raw, state, index)
                or _unlabelled_box_under_title(state, opened, index)
            )
        ):
            new = _Open(index, contents_kind, False, decided_by="cue")
        elif (
            current is not None
            and current.kind == OTHER_KIND
            and not current.headed
            and len(opened) >= 2
            and opened[-2].kind == TITLE_KIND
            and (contents_kind := cues.heading_kind("Contents")) is not None
            and contents_kind not in seen
            and _unlabelled_box_under_title(state, opened, index)
        ):
            # A byline between the title and the box opened an un-headed run: the box still
            # opens the scope, and the byline goes back to the title (decision 0404).
            opened.pop()
            new = _Open(index, contents_kind, False, decided_by="cue")
        elif current is not None and _stamp_under_title(text, raw, state, cues, current, index):
            levels[index] = max(levels[index], 2)
        elif (
            state.is_heading[index]
            and state.title_index is not None
            and index < state.title_index
            and levels[index] == 1
        ):
            new = _Open(index, OTHER_KIND, True, _label(state, index), state.number[index])
        elif (
            (lines_at_top or _lone_bold_line(state, index))
            and model is not None
            and current is not None
            and _bold_line_of_its_own_kind(text, raw, state, cues, model, index, current, levels)
        ):
            levels[index] = 1
            modelled += 1
            kind, decided_by, confidence = _heading_kind(
                text, raw, state, cues, index, model, seen, current, is_last_heading=False
            )
            new = _headed(state, index, kind, decided_by, confidence)
        elif (
            state.is_heading[index]
            and levels[index] == 1
            and current is not None
            and (
                _stanza_under_umbrella(text, raw, state, current, index)
                or (
                    index < closing_from
                    and _summary_box_inside(text, raw, state, cues, seen, current, index)
                )
            )
        ):
            levels[index] = 2
        elif state.is_heading[index] and levels[index] == 1:
            modelled += 1
            kind, decided_by, confidence = _heading_kind(
                text,
                raw,
                state,
                cues,
                index,
                model if modelled <= MAX_MODELLED_HEADINGS else None,
                seen,
                current,
                is_last_heading=index >= closing_from,
            )
            if kind is None:
                kind, decided_by, confidence = _named_by_its_bold_part(
                    text, state, cues, index, seen, (kind, decided_by, confidence)
                )
            preamble = current is not None and _is_preamble(text, raw, current, kind, index, opened)
            # The chapter's amendment note keeps the scope section it opened, and the heading
            # opens its own beside it (decision 0085); a page's stamp goes back to the title.
            # So does a note written as a sentence the cues name ("We amended this chapter in
            # October 2025 to …"): a stamp is a few words, not a sentence (decision 0347).
            note = (
                preamble
                and current is not None
                and (
                    _names_the_amendment(text, raw, current.first, index)
                    or all(
                        _cued_sentence(text, raw[position], cues)
                        for position in range(current.first, index)
                    )
                )
            )
            if preamble and not note:
                opened.pop()
                current = opened[-1]
            if (
                not preamble
                and current is not None
                and _joins(current, kind, state, index, numbered_sections, cues)
                and not _opens_sibling(
                    text, raw, state, cues, current, index, decided_by, confidence, opened
                )
            ):
                levels[index] = 2
            else:
                new = _headed(state, index, kind, decided_by, confidence)
        elif (
            block.type == "paragraph"
            and not state.is_heading[index]
            and current is not None
            and (not current.headed or current.kind == TITLE_KIND)
            and _opening_story(text, raw[index], state, opened, index)
        ):
            new = _Open(index, OTHER_KIND, False, decided_by="cue", story=True)
        elif current is None or current.kind == TITLE_KIND:
            # Right under the title a stamp is the chapter's note, not end matter, however short
            # the chapter ("_Last amended 2nd February 2024_").
            under_title = current is not None and index == current.first + 1
            near_end = not under_title and _near_end(text, raw, index, last_heading)
            kind = _content_kind(text, raw, state, cues, index, near_end)
            if kind is not None and _in_letter_head(text, raw, state, index):
                kind = None
            if kind is None and (
                _note_after_the_title(text, raw[index], current, under_title)
                or (under_title and _is_amendment_stamp(text, raw[index]))
            ):
                # An amendment stamp beside others right under the title ("Published 14 May
                # 2021 · Amended 28 Feb 2025") is the note too, though no cue reads its words
                # (decision 0477).
                kind = _amendment_note_kind(cues)
            late = kind is not None and cues.trailing(kind)
            if (
                kind in seen
                or (late and not near_end)
                or _page_stamp_above_title(text, raw, state, current, index)
            ):
                kind = None
            new = _Open(index, kind or OTHER_KIND, False, decided_by="cue")
        elif (
            block.type == "paragraph"
            and not state.is_heading[index]
            and index > last_heading
            and _points_elsewhere(text, block, cues, current, index, seen)
        ):
            new = _Open(index, OTHER_KIND, False, decided_by="cue", pointer=True)
        elif (
            block.type == "paragraph"
            and not state.is_heading[index]
            and _after_pointer_list(text, raw, current, index)
        ):
            # The paragraph's own cue, where it names a kind the chapter has not had, opens it
            # as that kind; else the model reads the run from here.
            kind = _content_kind(text, raw, state, cues, index, False)
            if kind in seen or (kind is not None and cues.trailing(kind)):
                kind = None
            new = _Open(index, kind or OTHER_KIND, False, decided_by="cue")
        elif (
            block.type == "list_item"
            and not state.is_heading[index]
            and (
                kind := _numbered_paragraph_kind(
                    text, raw, state, cues, current, index, seen, last_named_heading
                )
            )
            is not None
        ):
            new = _Open(index, kind, False, decided_by="cue")
        elif block.type == "paragraph" and not state.is_heading[index]:
            container = _is_container(current, cues) and not _first_under_its_heading(
                current, index
            )
            near_end = _near_end(text, raw, index, last_named_heading) or _near_body_end(
                raw, state, appendices_from, index
            )
            if container or near_end:
                kind = _content_kind(text, raw, state, cues, index, near_end)
                if kind is not None and _in_letter_head(text, raw, state, index):
                    kind = None
                if (
                    kind is not None
                    and kind != current.kind
                    and (
                        kind not in seen
                        or _closing_amendment_note(text, block, cues, kind, near_end=near_end)
                        or _topic_comes_back(text, raw, state, cues, current, index, kind)
                    )
                    and not _row_of_a_headed_field_box(text, raw, state, cues, index)
                    and not _row_of_the_amendment_record(text, raw, state, index)
                ):
                    trailing = cues.trailing(kind)
                    if (trailing and near_end) or (
                        container and not trailing and not _under_appendix(current)
                    ):
                        new = _Open(index, kind, False, decided_by="cue")
                        if container and _sub_heading_over(
                            state, levels, cues, current, index, kind
                        ):
                            new = _opening_at_sub_heading(state, index - 1, kind)
                elif (
                    kind is not None
                    and kind == current.kind
                    and (not current.headed or cues.splittable(kind))
                    and not cues.trailing(kind)
                    and index == (current.confirmed or (_opening_block(current),))[-1] + 1
                ):
                    # Only straight under the section's opening (or a paragraph that already
                    # said so): a cue of the section's kind further down, past paragraphs the
                    # segmenter may give other kinds, is left to it. A headed box ("Key facts")
                    # keeps the lines under its first paragraph that its own cues name
                    # (decision 0186).
                    current.confirmed = (*current.confirmed, index)
            else:
                run_on = _scope_run_on(text, block, cues, current, index, seen)
                if run_on is not None:
                    kind, at_its_opening = run_on
                    new = _Open(index, kind, False, decided_by="cue")
                    if _sub_heading_naming(
                        state, levels, current, index, kind, at_its_opening=at_its_opening
                    ):
                        new = _opening_at_sub_heading(state, index - 1, kind)
            if (
                new is None
                and not container
                and _may_hold_a_stretch(current, cues)
                and index >= current.first + STRETCH_FIRST_OFFSET
            ):
                kind = _cued_stretch(text, raw, state, cues, index, seen, model)
                if kind is not None and kind != current.kind:
                    first = index - 1 if _label_line_over(text, raw, cues, index, kind) else index
                    new = _Open(first, kind, False, decided_by="cue")
            if new is None and (
                kind := _run_in_label_after_a_labelled_part(text, raw, state, cues, current, index)
            ):
                new = _Open(index, kind, False, decided_by="cue", labelled_peer=True)
        if new is not None:
            opened.append(new)
            seen.add(new.kind)
            current = new
    return opened


def _named_by_its_bold_part(
    text: str,
    state: HeadingState,
    cues: Cues,
    index: int,
    seen: set[str],
    reading: tuple[str | None, KindSource, float],
) -> tuple[str | None, KindSource, float]:
    """The kind of marked-up heading `index` that nothing else names ("## Where our duties come
    from"), from the first bold line under it when a cue names that line ("**The legislation**",
    a toggle's summary as a page tool exports it, decision 0178): the heading's words and its
    lead-in say where the part belongs, and the part, set below the heading by its markup, is
    then its sub-heading rather than a section that leaves the heading empty of a kind. A kind
    the document has had, the title's or a trailing kind's names nothing here; `reading` is
    kept."""
    if not state.blocks[index].markup_level:
        return reading
    for following in range(index + 1, len(state.blocks)):
        if not state.is_heading[following]:
            continue
        if state.blocks[following].markup_level or state.rule[following] != "strong_line":
            return reading
        words = text[state.words_start[following] : state.blocks[following].content_end]
        kind = cues.heading_kind(words)
        if kind is None or kind in seen or kind == TITLE_KIND or cues.trailing(kind):
            return reading
        return kind, "heading", 1.0
    return reading


BOLD_LINE_OF_ITS_OWN = 0.8
"""How sure the kind model must be that a bold line no cue names, with the text under it, is a
kind of its own for the line to head a section beside the others (`_bold_line_of_its_own_kind`)."""


def _bold_lines_head_sections(
    text: str, state: HeadingState, levels: list[int], cues: Cues
) -> bool:
    """Whether a document headed by marked-up headings (`## Introduction`) also heads sections
    of its own with bold lines: a bold line after the first marked-up heading that the family's
    cues name ranks at the top (`assign_levels`), and one, at least, names a kind that the
    marked-up heading above it does not (a wiki page whose editor set "**Working together**"
    beside "## Introduction"). Bold lines of the section's own kind ("**Amendment**" under the
    scope) show no such thing."""
    above: int | None = None  # the marked-up heading above; its words read only when needed
    for index, heading in enumerate(state.is_heading):
        if not heading or index == state.title_index:
            continue
        if state.blocks[index].markup_level:
            above = index
            continue
        if above is None or state.rule[index] != "strong_line" or levels[index] != 1:
            continue
        kind = cues.heading_kind(text[state.words_start[index] : state.blocks[index].content_end])
        if kind is None or kind == TITLE_KIND or cues.trailing(kind):
            continue
        if kind != cues.heading_kind(
            text[state.words_start[above] : state.blocks[above].content_end]
        ):
            return True
    return False


def _lone_bold_line(state: HeadingState, index: int) -> bool:
    """Whether bold line `index` is the only heading between two marked-up headings, after text
    of the heading above ("## How our social workers practise", its paragraph, then "**Settled
    homes and growing up**" over permanence, then "## Sharing information"): an editor who
    set every heading but one in a heading style, as a Google Docs export shows, wrote that one
    as a bold line. One bold line alone is no series of sub-headings ("**Being healthy**",
    "**Being safe**" under the outcomes), so it may head a section of its own where the kind
    model is all but sure of another kind (`_bold_line_of_its_own_kind`, decision 0414)."""
    if (
        not state.is_heading[index]
        or state.rule[index] != "strong_line"
        or state.blocks[index].markup_level
    ):
        return False
    before = next((i for i in range(index - 1, -1, -1) if state.is_heading[i]), None)
    after = next((i for i in range(index + 1, len(state.blocks)) if state.is_heading[i]), None)
    return (
        before is not None
        and before != state.title_index
        and before < index - 1
        and state.blocks[before].markup_level > 0
        and after is not None
        and state.blocks[after].markup_level > 0
    )


def _bold_line_of_its_own_kind(
    text: str,
    raw: list[RawBlock],
    state: HeadingState,
    cues: Cues,
    model: KindModel,
    index: int,
    current: _Open,
    levels: list[int],
) -> bool:
    """Whether bold line `index`, ranked below the marked-up headings only because no cue names
    it, heads a section of its own in a document whose bold lines head sections
    (`_bold_lines_head_sections`): the kind model, reading the line and the text under it, is
    all but sure (`BOLD_LINE_OF_ITS_OWN`) of a kind of the chapter other than the section's
    above ("**What matters to us**" over the values after "**Working together**"; "**Where
    children live**" over permanence after "## Our practice model"). A bold sub-heading of the
    section's own topic ("**Being healthy**" under the outcomes) stays its part (decision 0178)."""
    if not (
        state.is_heading[index]
        and levels[index] == 2
        and state.rule[index] == "strong_line"
        and not first_part_of_a_heading(state, index)
        and not state.blocks[index].markup_level
        and state.number[index] is None
        and current.headed
        and current.kind not in (TITLE_KIND, OTHER_KIND)
        and not cues.splittable(current.kind)
    ):
        return False
    words = text[state.words_start[index] : raw[index].content_end]
    if cues.heading_kind(words) is not None:
        return False
    body = _modelled_body(text, raw, state, cues, index)
    if not body:
        return False
    scores = model.probabilities([words + "\n" + body])[0]
    kind, probability = max(scores.items(), key=lambda item: item[1])
    return (
        probability >= BOLD_LINE_OF_ITS_OWN
        and kind not in (current.kind, OTHER_KIND, TITLE_KIND)
        and not cues.trailing(kind)
    )


def _numbered_paragraph_kind(
    text: str,
    raw: list[RawBlock],
    state: HeadingState,
    cues: Cues,
    current: _Open,
    index: int,
    seen: set[str],
    last_heading: int,
) -> str | None:
    """The kind a numbered paragraph (`_numbered_paragraph`) opens by its content cue, as an
    un-numbered paragraph would: in a chapter whose every paragraph is numbered and none headed
    ("8. Children's views shape their plans. …", "11. This chapter was last amended in January
    2025, when …"), the numbers are no headings, and the paragraphs are read for their topics as
    any un-headed paragraphs are (decision 0172). Only inside a section that un-numbered
    paragraphs may split too: an un-headed one, or a headed container such as a scope box
    ("Part 1: About this document" over "1. This document explains …", then "3. … operate
    within a legal framework", decision 0330), never the block a heading heads; a trailing kind (the
    closing history) only among the chapter's last blocks."""
    if not _is_container(current, cues) or _first_under_its_heading(current, index):
        return None
    near_end = _near_end(text, raw, index, last_heading)
    if not (
        _numbered_paragraph(text, raw, index) or (near_end and _spaced_top_item(text, raw, index))
    ):
        return None
    kind = _content_kind(text, raw, state, cues, index, near_end)
    if kind is None or kind in seen or kind == current.kind:
        return None
    if cues.trailing(kind):
        return kind if near_end else None
    return kind if _numbered_paragraph(text, raw, index) else None


def _spaced_top_item(text: str, raw: list[RawBlock], index: int) -> bool:
    """A top-level numbered item with a blank line above it: near the end, however short, it
    may be the chapter's numbered closing note ("11. This chapter was last amended in …")."""
    block = raw[index]
    return (
        _top_numbered_item(block)
        and index > 0
        and "\n\n" in text[raw[index - 1].content_end : block.start + 1]
    )


def _content_kind(
    text: str, raw: list[RawBlock], state: HeadingState, cues: Cues, index: int, near_end: bool
) -> str | None:
    """The kind block `index`'s opening words name. Near the end, words that name a trailing
    kind and another ("This chapter was updated in August 2022 to add …": end matter after the
    body, the scope's amendment note under the title) close the chapter only where more of the
    chapter's blocks stand between the title and them than after them: in a short chapter a
    note with the chapter's text still to come is its scope's, though it is among the last few
    blocks."""
    opening = without_group_number(text[raw[index].content_start : raw[index].content_end])
    kind = cues.content_kind(opening, near_end)
    if kind is None and CELL_SEPARATOR in opening:
        kind = _record_field_kind(text, raw, cues, index, near_end)
        if kind is None and _changes_record_under_title(text, raw, state, index):
            kind = _amendment_note_kind(cues)
    if (
        near_end
        and kind is not None
        and cues.trailing(kind)
        and _opens_the_text(text, raw, state, index)
    ):
        return cues.content_kind(opening, False) or kind
    return kind


def _record_rows(text: str, raw: list[RawBlock], index: int) -> list[str]:
    """The rows of a table that block `index` opens: its lines and those of the blocks after
    it while every line is a row of cells ("Version | 4.2"), a few (`MAX_RECORD_LINES`)."""
    lines: list[str] = []
    for position in range(index, len(raw)):
        block = raw[position]
        if block.type != "paragraph" or len(lines) + block.line_count > MAX_RECORD_LINES:
            break
        if position > index and not _adjacent(text, raw, position - 1):
            break
        rows = text[block.content_start : block.content_end].splitlines()
        if not all("|" in row for row in rows if row.strip()):
            break
        lines.extend(rows)
    return lines


def _table_row_after_a_row(text: str, raw: list[RawBlock], index: int) -> bool:
    """Whether block `index` is a row of a markdown pipe table ("| Owner | Head of Service |",
    or its rule row "|---|---|") on the line right under another of its rows, as a markdown
    table's rows are scanned one block each: a pipe table is one block of its section, and no
    section starts inside it (decision 0197). Tables that Word, HTML and PDF files give ("Owner
    | Head of Service", no outer bars) are left alone: their rows may be a layout's headings
    beside their text, a section a row."""
    if index == 0 or not _adjacent(text, raw, index - 1):
        return False
    return all(
        raw[position].type == "paragraph"
        and text[raw[position].content_start : raw[position].content_end].lstrip().startswith("|")
        for position in (index - 1, index)
    )


def _row_of_a_headed_field_box(
    text: str, raw: list[RawBlock], state: HeadingState, cues: Cues, index: int
) -> bool:
    """Whether block `index` is a row, not the first, of a box of label-value rows set right
    under a heading ("Key facts", then "Updated | September 2025", "Personal adviser | until
    21 …", "How we work | Signs of Safety"), as Word, HTML and PDF tables are read, a row a
    line: the rows are the heading's box, one block of its section, so no section starts inside
    it, whichever row holds the date (decision 0269). Every row from the box's first to this
    one is a short field (`record_fields`: a label of a few words, a value that is no
    sentence); a layout table whose rows hold a heading beside its prose is no such box, and
    its rows may still open sections (decision 0197). Label lines written with a colon, a line
    each with no blank line between ("Chapter owner: …", "Practice framework: …"), are the
    same box as plain text writes it; under a heading that sums the page up ("At a glance",
    "Key facts") a table's rows of a short label and a phrase are the box too, however long
    the phrase (decision 0302)."""
    row = _cell_row if _cell_row(text, raw[index]) else _label_line
    if not row(text, raw[index]):
        return False
    if row is _label_line and _spaced_row_of_a_summary_box(text, raw, state, cues, index):
        return True
    first = _first_adjacent_row(text, raw, state, index, row)
    if first in (0, index) or not state.is_heading[first - 1] or first - 1 == state.title_index:
        return False
    rows = [
        text[raw[position].content_start : raw[position].content_end]
        for position in range(first, index + 1)
    ]
    if row is _label_line:
        return is_field_record(rows, STAMP_LENGTH)
    if record_fields(rows, STAMP_LENGTH) is not None:
        return True
    heading = text[state.words_start[first - 1] : raw[first - 1].content_end]
    return cues.sums_up(heading) and all(_labelled_row(line) for line in rows)


def _spaced_row_of_a_summary_box(
    text: str, raw: list[RawBlock], state: HeadingState, cues: Cues, index: int
) -> bool:
    """Whether block `index` is a row of a box of labelled lines under a heading that sums the
    page up ("At a glance", then "Revised: October 2025", "Practice framework: Signs of Safety",
    "Owner: Head of Service"), each line a paragraph of its own, as a web page sets each field
    in a `<p>` of its own: every row, the first too, is the box's, as the same lines with no
    blank line between them are, so no section starts inside it, not even at a row whose words
    name a stamp (decision 0524). The text's last block, where it names a trailing kind ("Page
    last updated: 4 November 2025"), is the page's closing stamp after the box, not a row."""
    if _closing_stamp(text, raw, cues, index):
        return False
    first = index
    while (
        first > 0
        and index - first < MAX_RECORD_LINES
        and not state.is_heading[first - 1]
        and _label_line(text, raw[first - 1])
    ):
        first -= 1
    if first == 0 or not state.is_heading[first - 1] or first - 1 == state.title_index:
        return False
    last = index
    while (
        last + 1 < len(raw)
        and last + 1 - first < MAX_RECORD_LINES
        and not state.is_heading[last + 1]
        and _label_line(text, raw[last + 1])
        and not _closing_stamp(text, raw, cues, last + 1)
    ):
        last += 1
    heading = text[state.words_start[first - 1] : raw[first - 1].content_end]
    rows = [
        text[raw[position].content_start : raw[position].content_end]
        for position in range(first, last + 1)
    ]
    return cues.sums_up(heading) and is_field_record(rows, STAMP_LENGTH)


def _closing_stamp(text: str, raw: list[RawBlock], cues: Cues, index: int) -> bool:
    """Whether block `index` is the text's last and names a trailing kind ("Page last updated:
    4 November 2025"): the page's closing stamp."""
    if index != len(raw) - 1:
        return False
    closing = cues.content_kind(text[raw[index].content_start : raw[index].content_end], True)
    return closing is not None and cues.trailing(closing)


def _label_line(text: str, block: RawBlock) -> bool:
    """Whether `block` is a paragraph of one line opening with a label and a colon ("Chapter
    owner: Head of Service"), as plain text writes a box's field."""
    words = text[block.content_start : block.content_end].strip()
    return (
        block.type == "paragraph"
        and "\n" not in words
        and CELL_SEPARATOR not in words
        and is_field_line(words, STAMP_LENGTH)
    )


MAX_SUMMARY_LABEL_WORDS = 5
"""A summary box's row label ("Personal adviser", "Who it applies to") is a few words."""


def _labelled_row(row: str) -> bool:
    """Whether a table's row is a label and its value, two cells, the label a few words and no
    sentence ("Permanence plan | Agreed at the second review, and never later than …"): a row of
    a summary box, however long its value, as a "Key facts" table lays its facts out."""
    cells = [cell.strip() for cell in row.strip().strip("|").split("|")]
    return (
        len(cells) == 2
        and all(cells)
        and len(cells[0].split()) <= MAX_SUMMARY_LABEL_WORDS
        and cells[0].rstrip("*_")[-1:] not in (".", ";", ":", "!", "?")
    )


def _first_adjacent_row(
    text: str,
    raw: list[RawBlock],
    state: HeadingState,
    index: int,
    row: Callable[[str, RawBlock], bool],
) -> int:
    """The first of the rows, each on the line after the one before and none a heading, that
    run up to block `index` (at most `MAX_RECORD_LINES` of them): where the table or box that
    holds `index` starts."""
    first = index
    while (
        first > 0
        and index - first < MAX_RECORD_LINES
        and _adjacent(text, raw, first - 1)
        and row(text, raw[first - 1])
        and not state.is_heading[first - 1]
    ):
        first -= 1
    return first


def _cell_row(text: str, block: RawBlock) -> bool:
    """Whether `block` is a paragraph of one line with cells ("Owner | Head of Service")."""
    words = text[block.content_start : block.content_end]
    return block.type == "paragraph" and CELL_SEPARATOR in words and "\n" not in words.strip()


def _adjacent(text: str, raw: list[RawBlock], index: int) -> bool:
    """Whether block `index + 1` follows block `index` on the next line, as a table's rows do."""
    return index + 1 < len(raw) and "\n" not in text[raw[index].end : raw[index + 1].start]


def _record_names_the_amendment(text: str, raw: list[RawBlock], index: int) -> bool:
    """Whether block `index` opens a document-control table one of whose fields names the
    chapter's amendment ("Owner | Head of Service", then "Date of amendment | 12 August 2025"):
    the chapter's note, which SPEC puts in the scope section (decision 0085), so no stamp of the
    title's, wherever in the table the amendment's row stands."""
    block = raw[index]
    if CELL_SEPARATOR not in text[block.content_start : block.content_end]:
        return False
    fields = _table_fields(_record_rows(text, raw, index))
    return fields is not None and any(
        _NAMES_AN_AMENDMENT.search(field.partition(":")[0]) is not None
        or _dated_changes_field(field)
        for field in fields
    )


_CHANGES_LABEL = re.compile(
    r"[*_ ]*(?:what(?:['\u2019]s|\s+has|\s+was)?\s+changed|(?:summary\s+of\s+|recent\s+|latest\s+"
    r"|key\s+)?changes(?:\s+made)?|change\s+summary)[*_ ]*",
    re.IGNORECASE,
)
"""A field's label that names the chapter's changes ("What changed", "What's changed", "Summary
of changes", "Changes made")."""

_A_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _changes_record_under_title(
    text: str, raw: list[RawBlock], state: HeadingState, index: int
) -> bool:
    """Whether block `index` opens a table of the chapter's fields right under the title (or
    under the council's line there) one of whose rows says when and how the chapter changed
    ("Owner | …", "Version | v2.3", "What changed | In March 2026 the section on permanence was
    rewritten."): the chapter's amendment note, which SPEC puts in the scope section, though no
    cue names a row's words; lower down such a table may close the chapter, and is left."""
    if state.title_index is None or not (
        state.title_index < index <= state.title_index + MAX_BLOCKS_OVER_THE_RECORD
    ):
        return False
    if any(state.is_heading[position] for position in range(state.title_index + 1, index + 1)):
        return False
    fields = _table_fields(_record_rows(text, raw, index))
    return fields is not None and any(_dated_changes_field(field) for field in fields)


def _dated_changes_field(field: str) -> bool:
    """Whether a document-control field is labelled as the chapter's changes and dates them
    ("What changed: In March 2026 the section on permanence was rewritten."): the row says
    when the text was changed and how, the chapter's amendment note in a table's cell, as
    "Date of amendment | 12 August 2025" is (decision 0597). A label of changes with no date
    ("Changes: none") names no amendment."""
    label, _, value = field.partition(":")
    return _CHANGES_LABEL.fullmatch(label) is not None and _A_YEAR.search(value) is not None


def _table_fields(rows: list[str]) -> list[str] | None:
    """The rows of a table of the chapter's fields as labelled fields ("Last amended: 5 March
    2026"): a document-control table's short rows (`record_fields`), or a key facts table's,
    three or more rows each a label of a few words beside a value however long ("Leaving care
    support | A personal adviser until 21; until 25 if the young person wants one"), the table's
    cell, not a sentence's length, setting the field apart (decision 0302 reads the same rows
    under a "Key facts" heading). None for anything else (a history's rows of three cells)."""
    fields = record_fields(rows, STAMP_LENGTH)
    if fields is not None:
        return fields
    lines = [row for row in rows if row.strip()]
    if len(lines) < MIN_KEY_FACT_ROWS or not all(_labelled_row(row) for row in lines):
        return None
    return [": ".join(cell.strip() for cell in row.strip().strip("|").split("|")) for row in lines]


MIN_KEY_FACT_ROWS = 3
"""A key facts table is a few rows: two long rows of a label and a phrase may be a layout's."""


def _row_of_the_amendment_record(
    text: str, raw: list[RawBlock], state: HeadingState, index: int
) -> bool:
    """Whether block `index` is a row, not the first, of a table of the chapter's fields right
    under the title (or under the council's line that stays with it) one of whose labels names
    the chapter's amendment ("Owner | …", "Last amended | 5 March 2026", "Permanence plan |
    Within five months …"): the table is the amendment note, one block of its scope section,
    so no section starts at a row whose words another kind's cue names (as 0269 keeps a box's
    rows under its heading). Lower down, a table's rows may be a layout's headings beside
    their text (decision 0197), and are left alone."""
    if state.title_index is None or not _cell_row(text, raw[index]):
        return False
    first = _first_adjacent_row(text, raw, state, index, _cell_row)
    return (
        first < index
        and state.title_index < first <= state.title_index + MAX_BLOCKS_OVER_THE_RECORD
        and not any(
            state.is_heading[position] for position in range(state.title_index + 1, first + 1)
        )
        and _record_names_the_amendment(text, raw, first)
    )


MAX_BLOCKS_OVER_THE_RECORD = 2
"""The record stands right under the title, or under the council's line under it."""


def _record_field_kind(
    text: str, raw: list[RawBlock], cues: Cues, index: int, near_end: bool
) -> str | None:
    """The kind the first of a document-control table's fields to name one names, the table
    opening at block `index` and going on over the rows that follow it: each row ("Version |
    4.2", "Date of last amendment | 12 August 2025", "Owner | Head of Service") is a field of
    its own, read as the same field written with a colon is, so the amendment's row names the
    scope's note (decision 0085) wherever it stands in the table, not only in its first row."""
    if index > 0 and _record_rows(text, raw, index - 1)[:1] and _adjacent(text, raw, index - 1):
        return None  # a row inside the table: the table's first row decided
    rows = _record_rows(text, raw, index)
    fields = record_fields(rows, STAMP_LENGTH)
    if fields is None and _record_names_the_amendment(text, raw, index):
        fields = _table_fields(rows)  # a key facts table that is the amendment note
    if fields is None:
        return None
    for field in fields:
        kind = cues.content_kind(field, near_end)
        if kind is not None:
            return kind
    return None
    for field in fields:
        kind = cues.content_kind(field, near_end)
        if kind is not None:
            return kind
    return None


def _opens_the_text(text: str, raw: list[RawBlock], state: HeadingState, index: int) -> bool:
    """Whether no more of the chapter's blocks (neither headings nor the page's chrome) stand
    between the title and block `index` than after it."""

    def counted(position: int) -> bool:
        return not state.is_heading[position] and not _is_page_chrome(text, raw[position])

    # Asked near the end, where a few blocks after stand against most of the chapter before:
    # the blocks before are counted only until they outnumber those after. Each count asks
    # whether a line is the site's chrome; counting every block cost up to a seventh of a
    # seed's analysis (decision 0122).
    after = sum(1 for position in range(index + 1, len(raw)) if counted(position))
    before = 0
    for position in range(0 if state.title_index is None else state.title_index + 1, index):
        before += counted(position)
        if before > after:
            return False
    return True


def _scope_run_on(
    text: str, block: RawBlock, cues: Cues, current: _Open, index: int, seen: set[str]
) -> tuple[str, bool] | None:
    """The scope box's kind for a paragraph that the chapter's first section runs on into with
    no heading of its own: "Introduction" over what the council does and the law, then "These
    pages are written for everyone who works with children … They were last revised in October
    2024 …". A sentence of the paragraph speaks in the scope box's own words (whom the pages are
    for, when the text was revised), the chapter has had no scope section, and the paragraph
    stands two blocks or more under the heading, which heads what stands right under it. Later
    sections keep such a sentence (a part's own dated edit stays where the author put it). The
    chapter's amendment note in a paragraph of its own ("This chapter was amended in October
    2025 after …", a page's notice box after the introduction) is the scope box's even where a
    contents box opened the chapter: it is not what that box said, as a closing note is not
    (decision 0374). A sentence saying what the chapter sets out ("This chapter sets out what
    we value and how we expect staff to work.", the scope's staying cues) is the opening
    section's to say, and stays in it (decision 0404). Returned with whether the sentence that
    names it is the paragraph's first (the paragraph opens the scope box, not turns to it).
    A paragraph that opens by saying what the chapter sets out is that section's, whom the
    chapter is for said after it in the same paragraph too: the introduction holds who the
    chapter covers (decision 0127), and the paragraph goes on with its first sentence, as it
    does where the heading stands right above it. Only a sentence after it that dates a change
    ("The text was revised in May 2025 …") still runs it on (decision 0548)."""
    note = _is_amendment_note(text, block)
    body_kinds = {
        kind
        for kind in seen - {TITLE_KIND, OTHER_KIND}
        if not (note and cues.splittable(kind) and not cues.trailing(kind))
    }
    if (
        not current.headed
        or current.kind in (TITLE_KIND, OTHER_KIND)
        or cues.splittable(current.kind)
        or body_kinds != {current.kind}
        or index < current.first + STRETCH_FIRST_OFFSET
    ):
        return None
    paragraph = text[block.content_start : block.content_end]
    starts = [0, *(match.end() for match in _SENTENCE_END.finditer(paragraph))]
    opens_staying = False
    for start, end in zip(starts, [*starts[1:], len(paragraph)], strict=True):
        sentence = paragraph[start:].lstrip()
        kind = cues.content_kind(sentence)
        if kind is not None:
            if cues.named_to_stay(kind, sentence):
                opens_staying = opens_staying or start == 0
                continue  # what the chapter sets out, which its opening section may say
            if opens_staying and not _dates_a_change(paragraph[start:end]):
                continue  # whom the chapter it sets out is for, said on in the same paragraph
            if cues.splittable(kind) and not cues.trailing(kind) and (kind not in seen or note):
                return kind, start == 0
            if start == 0:
                return None  # the paragraph opens in another kind's own words
    return None


def _dates_a_change(sentence: str) -> bool:
    """Whether a sentence names an amendment of the text and dates it ("The text was revised in
    May 2025, when …", "It was amended on 3 March 2026 to add …"): the scope box's own matter,
    not whom the chapter is for."""
    return _NAMES_AN_AMENDMENT.search(sentence) is not None and any(
        character.isdigit() for character in sentence
    )


PREAMBLE_BLOCKS = 2
"""An un-headed run this short, right before a heading of its own kind, is its preamble."""


def _is_preamble(
    text: str,
    raw: list[RawBlock],
    current: _Open,
    kind: str | None,
    index: int,
    opened: list[_Open],
) -> bool:
    """A short un-headed run of stamps that a content cue opened ("Last reviewed: 14 March
    2025") right before a heading of the same kind ("Scope of this chapter") is not where that
    section starts: the heading opens the section, as readers (and the scorer's "starts with")
    expect. A page's stamp then goes back to the section before it (the title); the chapter's
    amendment note (`_names_the_amendment`) keeps its own scope section, and the heading still
    opens a section of its own rather than joining it (decision 0085). A note written as prose
    ("In November 2024 we shortened our timescale: …") is content, and its section starts with
    it."""
    return (
        kind is not None
        and not current.headed
        and kind == current.kind
        and len(opened) > 1
        and index - current.first <= PREAMBLE_BLOCKS
        and all(
            _is_short_line(text, raw[position]) or _is_labelled_note(text, raw[position])
            for position in range(current.first, index)
        )
    )


def _names_the_amendment(text: str, raw: list[RawBlock], first: int, end: int) -> bool:
    """Whether a short run under the title is the chapter's amendment note ("Version 3.2 \u00b7
    Amended 11/2024", "Date of last revision: 14.03.2025"), which SPEC puts in the scope section:
    it keeps the scope section it opened, and the scope heading after it ("Scope", "Purpose")
    opens the chapter's statement of scope beside it, a section of its own (decision 0085). A
    page's stamp ("Last reviewed: 14 March 2025", "Updated 3 June 2024") goes back to the
    title. The note may carry stamps of its own on lines after it ("Amended: 10 March 2025",
    then "Version: 3" or a label left empty, "Version:"): the run opens with the note and the
    rest are short stamp lines (decision 0143), or short labelled fields of the page's record
    ("Document owner: Head of Service"), which a stamp's line may be followed by as well; or a
    document-control table holds it in any of its rows."""
    if first >= end or _record_names_the_amendment(text, raw, first):
        return True
    return _names_amendment_line(text, raw[first]) and all(
        _names_amendment_line(text, raw[position])
        or _is_stamp(text, raw[position])
        or _is_bare_label(text, raw[position])
        or _is_field_of_one_line(text, raw[position])
        for position in range(first + 1, end)
    )


def _is_field_of_one_line(text: str, block: RawBlock) -> bool:
    """One line that is a labelled field of the page's record ("Document owner: Head of
    Service, Quality and Practice"), short and ending as no sentence does: a label of words
    only and a value that opens as a name does, with a capital. A line whose value opens in
    lower case ("Version 3: the one the board approved …") is prose after a label."""
    words = text[block.content_start : block.content_end]
    found = _NAMED_FIELD.match(words)
    return (
        block.type == "paragraph"
        and block.line_count == 1
        and found is not None
        and is_field_line(words, STAMP_LENGTH)
    )


_NAMED_FIELD = re.compile(r"[*_]*[A-Za-z][A-Za-z '\u2019/-]*:[*_]*[ \t]+[*_]*[A-Z]")
"""A field whose label is words only and whose value opens with a capital ("Owner: Head of
Service")."""


def _names_amendment_line(text: str, block: RawBlock) -> bool:
    return _is_amendment_stamp(text, block) or _is_dated_amendment_line(text, block)


_BARE_LABEL = re.compile(r"[*_ ]*[A-Za-z][A-Za-z ]{0,30}:[*_ ]*")


def _is_bare_label(text: str, block: RawBlock) -> bool:
    """A field's label with its value left empty ("Version:"), as a form's unfilled field shows."""
    return (
        block.type == "paragraph"
        and block.line_count == 1
        and _BARE_LABEL.fullmatch(text, block.content_start, block.content_end) is not None
    )


def _is_short_line(text: str, block: RawBlock) -> bool:
    return block.line_count == 1 and block.content_end - block.content_start <= STAMP_LENGTH


LABELLED_NOTE_LENGTH = 300
_AMENDMENT_LABEL_OPENING = re.compile(
    r"[*_ ]*(?:amended|amendments?|revised|revisions?|re-?issued|updated)\b"
    r"[*_ ]*[:\-\u2013\u2014]?",
    re.IGNORECASE,
)


def _is_labelled_note(text: str, block: RawBlock) -> bool:
    """A one-line amendment note that opens with its label ("**Amendment:** re-issued on …",
    "Amended in January 2025 to add …"), however long: a stamp of the page with its reason,
    not the council's prose ("In November 2024 we shortened …")."""
    return (
        block.line_count == 1
        and block.content_end - block.content_start <= LABELLED_NOTE_LENGTH
        and _AMENDMENT_LABEL_OPENING.match(text, block.content_start, block.content_end) is not None
    )


STAMP_LENGTH = 80
"""A stamp under the title ("Document version: 2.1", "Page last updated 2 June 2025") is one
short line."""


STAMP_WORDS = 6
"""A stamp opening an un-headed chapter ("Page last updated 2 June 2025") is a few words with a
date or number in them, not a sentence saying what changed."""


MIN_CONTENTS_ROWS = 3
"""A contents table lists at least this many of the chapter's parts."""
MAX_CONTENTS_TOPIC_WORDS = 8
_CONTENTS_REFERENCE = re.compile(
    r"\d{1,3}(?:\.\d{1,2})*(?:[ \t]*(?:[-\u2013\u2014]|to)[ \t]*\d{1,3}(?:\.\d{1,2})*)?"
)
"""Where a contents row's topic is found: a paragraph or page number, or a range of them ("1 - 3",
"4.1\u20134.3")."""


_TABLE_RULE_ROW = re.compile(r"\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?")
"""A markdown table's rule under its header row ("|---|---|")."""


def _contents_row(row: str) -> bool:
    """Whether a table row is a contents entry: two cells, a paragraph or page reference and a
    short topic that is no sentence, in either order ("1 - 3 | About this chapter")."""
    cells = [cell.strip(" \t*_") for cell in row.strip().strip("|").split("|")]
    if len(cells) != 2:
        return False
    for reference, topic in (cells, cells[::-1]):
        if (
            _CONTENTS_REFERENCE.fullmatch(reference)
            and topic[:1].isalpha()
            and len(topic.split()) <= MAX_CONTENTS_TOPIC_WORDS
            and not topic.rstrip().endswith((".", ":", ";"))
        ):
            return True
    return False


def _contents_table(text: str, raw: list[RawBlock], state: HeadingState, index: int) -> range:
    """The blocks of the contents table block `index` opens, or an empty range: rows of one line
    whose cells pair a topic with the paragraphs or page it is found at, perhaps under a header
    row ("Paragraphs | Subject"). SPEC puts the contents list in the scope; as a table under the
    title it is no stamp of the title's, and the kind model cannot tell what a list of topics is
    about, so the table is one block of the scope that no section opens inside."""
    rows: list[str] = []
    position = index
    while position < len(raw):
        block = raw[position]
        words = text[block.content_start : block.content_end]
        if (
            block.type != "paragraph"
            or block.line_count != 1
            or state.is_heading[position]
            or "|" not in words
        ):
            break
        rows.append(words)
        position += 1
    rows = [row for row in rows if _TABLE_RULE_ROW.fullmatch(row.strip()) is None]
    entries = rows[1:] if rows and not _contents_row(rows[0]) else rows
    if len(entries) >= MIN_CONTENTS_ROWS and all(_contents_row(row) for row in entries):
        return range(index, position)
    return range(0)


_JUMP_LINK_ENTRY = re.compile(r"[ \t*_]*\[[^\]\n]{1,120}\]\(#[^)\s]*\)[ \t*_]*")
"""A contents entry as page tools export one: a markdown link to an anchor on the same page and
nothing else ("[\U0001f4d8 About this chapter](#-about-this-chapter)")."""


def _unlabelled_box_under_title(state: HeadingState, opened: list[_Open], index: int) -> bool:
    """Whether block `index` opens a box of jump links with no label over it
    (`unlabelled_contents_box`) in the chapter's opening: under the title, or under an un-headed
    run right under it (a byline)."""
    if not any(box.start == index for box in state.jump_boxes):
        return False
    return any(section.kind == TITLE_KIND for section in opened[-2:])


def _jump_link_contents(text: str, raw: list[RawBlock], state: HeadingState, index: int) -> bool:
    """Whether block `index` opens a contents list of jump links: at least `MIN_CONTENTS_ROWS`
    one-line list items in a row, each only a link to an anchor on the same page, as a page
    tool exports its table of contents with no heading over it. SPEC puts the contents list in
    the scope; under the title it is no part of the title, and the kind model cannot tell what a
    list of links is about, so it opens the scope as a "Contents" heading over it would. A box
    of jump links the heading passes found with no label over it (`unlabelled_contents_box`)
    opens it the same way, at the caller (decision 0404)."""
    count = 0
    for position in range(index, len(raw)):
        block = raw[position]
        if (
            block.type != "list_item"
            or block.line_count != 1
            or state.is_heading[position]
            or _JUMP_LINK_ENTRY.fullmatch(text, block.content_start, block.content_end) is None
        ):
            break
        count += 1
    return count >= MIN_CONTENTS_ROWS


_CHAPTER_NUMBER_ONLY = re.compile(
    r"[\s*_#]*(?:chapter|section)?\s*\d{1,2}(?:\.\d{1,2})+\.?[\s*_]*"
    r"|[\s*_#]*(?:chapter|section)\s+\d{1,2}\.?[\s*_]*",
    re.IGNORECASE,
)
"""A line that is only a chapter's number ("Chapter 3.1.4", "4.1.2", "Section 5")."""
_CHAPTER_CODE = re.compile(r"\d{1,2}(?:\.\d{1,2})*")


def _chapter_code(line: str) -> str | None:
    """The number in a chapter-number line ("Chapter 3.1.4" gives "3.1.4")."""
    found = _CHAPTER_CODE.search(line)
    return found.group(0) if found else None


def _chapter_number_over_title(
    text: str, raw: list[RawBlock], state: HeadingState, index: int
) -> bool:
    """Whether block `index` is a line that is only the chapter's number, right above the title
    ("Chapter 3.1.4" over "Children's Services Policies, Values and Principles"): the manual
    prints its chapter code over the title, and the two are the title section together. Not
    where the title prints its own number ("1.1 Children's Services …"), nor where the line is
    the last of a run of bare numbers (a manual's menu of its chapters by number, "1.1", "1.2",
    …, "3.2", one a line): the number over the title is then the menu's (decision 0347)."""
    if state.title_index is None or index != state.title_index - 1 or raw[index].line_count != 1:
        return False
    if not _is_chapter_number_line(text, raw[index]):
        return False
    title = raw[state.title_index]
    if _chapter_code(text[title.content_start : title.content_end].split(" ", 1)[0].strip(" *_#")):
        return False
    return index == 0 or not _is_chapter_number_line(text, raw[index - 1])


def _is_chapter_number_line(text: str, block: RawBlock) -> bool:
    """Whether `block` is one line that is only a chapter's number ("4.1.2", "Chapter 3")."""
    words = text[block.content_start : block.content_end]
    return block.line_count == 1 and _CHAPTER_NUMBER_ONLY.fullmatch(words) is not None


def _stamp_under_title(
    text: str, raw: list[RawBlock], state: HeadingState, cues: Cues, current: _Open, index: int
) -> bool:
    """Short lines between the title and a heading (a version label, an update stamp) belong to
    the title: they say which page this is, they do not open a section of their own. So do the
    site's chrome lines under it ("Print this page", "Share"), and a stamp right under it
    ("Updated 3 June 2024", "v14") in an un-headed chapter too: the paragraph after it opens the
    section, and so do stamps side by side ("Published: 3 May 2023 | Updated: 12 February
    2025"), even where a line's shape made them a heading. A heading ("1. Scope", "Stage 1") is
    never a stamp, though it is short and has a digit."""
    if current.kind != TITLE_KIND or index + 1 >= len(raw):
        return False
    if _is_page_chrome(text, raw[index]):
        return True
    if _labels_the_note_below(text, raw, index):
        return False  # a box's label over the amendment note: the box opens the scope section
    if _in_letter_head(text, raw, state, index) or _is_greeting(text, raw[index]):
        return False
    if (
        state.rule[index] in (COVER_UNDER_TITLE, COUNCIL_UNDER_TITLE)
        and not state.is_heading[index]
    ):
        # Set in large type, the cover's lines (or the council's name alone) keep their heading
        # markup once judged no headings: they are the cover the title heads, not an un-headed
        # run (decisions 0331, 0386).
        return True
    if (
        _is_amendment_stamp(text, raw[index])
        or _is_dated_amendment_line(text, raw[index])
        or _record_names_the_amendment(text, raw, index)
    ) and not state.is_heading[index]:
        return False
    numbered_heading = state.is_heading[index] and state.number[index] is not None
    if not numbered_heading and (
        _byline_of_unheaded(text, raw, state, index)
        or _byline_over_cued_opening(text, raw, state, cues, index)
        or _byline_over_a_heading(text, raw, state, index)
        or _addressee_line_over_a_heading(text, raw, state, index)
    ):
        return True
    if _is_post_byline(text, raw[index]) and (
        not state.is_heading[index] or state.rule[index] in GUESSED_HEADING_RULES
    ):
        return True
    if state.is_heading[index]:
        return state.rule[index] in GUESSED_HEADING_RULES and (
            _are_stamps(text, raw[index])
            or _is_dateline(text, raw[index])
            or is_dated_field(text, raw[index])
        )
    if (
        index == (state.title_index or 0) + 1
        and not state.is_heading[index + 1]
        and _is_council_byline(text, raw[index])
        and (
            _ENDS_LIKE_SENTENCE.search(
                text, raw[index + 1].content_start, raw[index + 1].content_end
            )
            or _names_the_chapters_amendment(text, raw, index + 1)
        )
    ):
        return True
    if (
        _is_stamp(text, raw[index], side_by_side=True)
        or _stamp_beside_page_tools(text, raw[index])
        or _is_dateline(text, raw[index])
        or _in_field_record(text, raw, state, index)
        or _byline_over_field_record(text, raw, state, index)
    ):
        return True
    if _cued_sentence(text, raw[index], cues):
        return False
    if _in_cover_lines(text, raw, state, cues, index):
        return True
    following = index + 1
    while (
        following < len(raw)
        and not state.is_heading[following]
        and not _opens_by_its_cue(text, raw[following], cues)
    ):
        if following - index >= PREAMBLE_BLOCKS:
            return False
        following += 1
    over_a_cued_paragraph = following < len(raw) and not state.is_heading[following]
    return following < len(raw) and all(
        raw[position].type == "paragraph"
        and (
            (
                raw[position].line_count == 1
                and raw[position].content_end - raw[position].content_start <= STAMP_LENGTH
            )
            or (not over_a_cued_paragraph and _wrapped_byline(text, raw[position]))
        )
        and not (
            over_a_cued_paragraph
            and (
                _ENDS_LIKE_SENTENCE.search(
                    text, raw[position].content_start, raw[position].content_end
                )
                or _a_line_labels_a_box(text, raw[position], cues)
            )
        )
        for position in range(index, following)
    )


COVER_LINES = 6
"""A cover under the title is a few short lines: the council, the manual's name (which a narrow
column may wrap), a version or date."""


def _in_cover_lines(
    text: str, raw: list[RawBlock], state: HeadingState, cues: Cues, index: int
) -> bool:
    """Whether `index` is in a cover's run of short lines right under the title: every line from
    the title to the next heading or cued opening (the amendment note) is short, no sentence and
    no box's label, one of them names the council alone and one is a stamp (a version, a date).
    Whose and which document this is: the cover the title heads, however many lines a narrow
    column's wrap made of the manual's name (decisions 0410, 0572). A line naming the chapter's
    amendment is SPEC's scope note, so a run holding one is left to the rules for that note."""
    if state.title_index is None or index <= state.title_index:
        return False
    start = state.title_index + 1
    end = start
    while (
        end < len(raw) and not state.is_heading[end] and not _opens_by_its_cue(text, raw[end], cues)
    ):
        end += 1
        if end - start > COVER_LINES:
            return False
    if end >= len(raw) or index >= end or end - start <= PREAMBLE_BLOCKS:
        return False
    run = raw[start:end]
    return (
        all(
            block.type == "paragraph"
            and _is_short_line(text, block)
            and _ENDS_LIKE_SENTENCE.search(text, block.content_start, block.content_end) is None
            and not _a_line_labels_a_box(text, block, cues)
            and not _names_amendment_line(text, block)
            for block in run
        )
        and any(
            _names_the_council_only(text[block.content_start : block.content_end]) for block in run
        )
        and any(_is_stamp(text, block) for block in run)
    )


def _a_line_labels_a_box(text: str, block: RawBlock, cues: Cues) -> bool:
    """Whether a line of the block is a label the cues name ("Key facts", "Scope"): the label of
    the box or section under it, which is no stamp of the title's."""
    return any(
        cues.sums_up(line) or cues.heading_kind(line) is not None
        for line in text[block.content_start : block.content_end].splitlines()
        if line.strip()
    )


def _wrapped_byline(text: str, block: RawBlock) -> bool:
    """Whether a paragraph of two lines is a council's byline that the text's hard wrap cut in
    two ("Kelbrook Metropolitan Borough Council -- Children and Families" over "Procedures"):
    one line to its reader, so it stands with the title as the same byline on one line does,
    now that the wrap's width is where the wrapped lines gather (decision 0384)."""
    if block.line_count != 2:
        return False
    return _names_the_council_only(" ".join(text[block.content_start : block.content_end].split()))


_BYLINE_NAME = r"[A-Z][\w'\u2019.\-]*(?:\s+[A-Z][\w'\u2019.\-]*){0,3}"
_BYLINE_DATE = (
    r",?\s+(?:on\s+)?(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?[A-Za-z]{3,9}\.?,?\s+\d{4}"
    r"|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})"
)
_POST_BYLINE = re.compile(
    r"(?:(?:[Pp]osted|[Pp]ublished|[Ww]ritten|[Aa]dded|[Ss]hared)\s+by\s+"
    rf"{_BYLINE_NAME}(?:{_BYLINE_DATE})?"
    r"(?:,?\s+in\s+[A-Z][\w'\u2019&,\- ]{1,60})?"
    rf"|[Cc]reated\s+by\s+{_BYLINE_NAME}"
    rf"(?:,?\s+(?:and\s+)?last\s+(?:modified|edited|updated)(?:\s+by\s+{_BYLINE_NAME})?)?"
    rf"(?:{_BYLINE_DATE})?)"
)
"""An intranet or blog post's byline under its title ("Posted by Hannah Creswell on 14 January
2026 in Children's Services"), or a wiki page's ("Created by Maria Okafor, last modified by Daniel
Reeve on Jan 14, 2026", as Confluence heads each page): who put the page up, when and where it is
filed. It says which page this is, as a stamp does, and stays with the title; its shape (short, no
full stop) would otherwise make it the heading of the amendment note under it (decision 0355)."""


def _is_post_byline(text: str, block: RawBlock) -> bool:
    if block.type != "paragraph" and block.type != "heading":
        return False
    line = cue_text(text[block.content_start : block.content_end]).strip()
    return (
        block.line_count == 1
        and _ENDS_LIKE_SENTENCE.search(line) is None
        and _POST_BYLINE.fullmatch(line) is not None
    )


def _byline_over_field_record(
    text: str, raw: list[RawBlock], state: HeadingState, index: int
) -> bool:
    """Whether block `index` is a council's byline right under the title, over labelled fields
    up to the first heading ("Hessleby Council", then "Owner: Head of Service", "Version: 4.1",
    "Next review: January 2028", each a paragraph of a Word file): the cover says whose chapter
    this is and which version, and stays with the title, as the fields alone do
    (`_in_field_record`) and as a byline over a sentence does (decision 0223)."""
    return (
        index == (state.title_index or 0) + 1
        and index + 1 < len(raw)
        and not state.is_heading[index]
        and not state.is_heading[index + 1]
        and _is_council_byline(text, raw[index])
        and _in_field_record(text, raw, state, index + 1)
    )


def _names_the_chapters_amendment(text: str, raw: list[RawBlock], index: int) -> bool:
    """Whether block `index` is the chapter's amendment note in a line ("Amended: 04/2024",
    "Brought up to date: March 2025", "Last amended: 9 December 2024 (…)", a record naming the
    amendment), which opens the scope section (decision 0042): a council's byline over it
    stands with the title as it does over a sentence (decision 0232)."""
    return (
        _is_amendment_stamp(text, raw[index])
        or _is_dated_amendment_line(text, raw[index])
        or _record_names_the_amendment(text, raw, index)
    )


def _dated_note_going_on(text: str, block: RawBlock) -> bool:
    """Whether a line under the title is the chapter's dated amendment note that goes on, after
    its first sentence, to say what changed ("Amended: 5 May 2026. The practice model part was
    rewritten …"): the later sentences carry another kind's words, which no cue of the note
    reads past (decision 0332)."""
    if not _is_dated_amendment_line(text, block):
        return False
    words = text[block.content_start : block.content_end].strip(" *_")
    return len(_SENTENCE_END.findall(words + " ")) > 1


def _note_after_the_title(
    text: str, block: RawBlock, current: _Open | None, under_title: bool
) -> bool:
    """Whether the first paragraph after the title's lines is the chapter's amendment note that
    no cue reads: it opens by naming the amendment and dates it, in one sentence ("Amended with
    effect from 1 April 2025, when the section on …") or more (decision 0332), right under the
    title or under a council's byline that stays with it ("*Copplestow Council, Children's
    Social Care Manual*", then "This chapter was overhauled in February 2026. …"). SPEC puts
    the note in the scope box; without a cue it would stay `other` (blind263)."""
    if under_title and _dated_note_going_on(text, block):
        return True
    return (
        current is not None
        and current.kind == TITLE_KIND
        and (_opens_dated_amendment_note(text, block) or _labelled_amendment_panel(text, block))
    )


_BOLD_LABEL_LINE = re.compile(
    r"(?:[ \t]{0,3}>[ \t]?)*[ \t]*(?P<mark>\*\*|__)(?P<label>[^*_\n]{1,40})(?P=mark):?[ \t]*\n"
)
_QUOTE_MARKS = re.compile(r"^(?:[ \t]{0,3}>[ \t]?)+", re.MULTILINE)
MAX_PANEL_LABEL_WORDS = 4
"""A panel's title is a word or a few ("Note", "Information", "Please read")."""


def _labelled_amendment_panel(text: str, block: RawBlock) -> bool:
    """A panel under the title whose first line is its bold title alone and whose words after
    it open by naming the chapter's amendment and date it ("> **Information**" over "> This
    chapter was amended in February 2026. …"): a wiki's info or note panel exported as a quote
    keeps its title so. The title is the panel's, not the note's opening words, so the note is
    read past it, as it would be without the panel (decision 0042)."""
    if block.type != "paragraph" or block.line_count < 2:
        return False
    label = _BOLD_LABEL_LINE.match(text, block.start, block.end)
    if label is None or len(label["label"].split()) > MAX_PANEL_LABEL_WORDS:
        return False
    if label["label"].rstrip()[-1:] in ".;!?":
        return False
    words = _QUOTE_MARKS.sub("", text[label.end() : block.content_end])
    return _OPENS_NAMING_AN_AMENDMENT.match(words) is not None and any(
        character.isdigit() for character in words
    )


def _amendment_note_kind(cues: Cues) -> str | None:
    """The kind of the chapter's amendment note right under the title, where no cue names its
    words: the family's one box kind (SPEC puts the note in the scope box), so a note whose
    words go on about a part of the chapter ("Amended: 5 May 2026. The practice model part was
    rewritten …") is read as the note it opens as, not left to the model. None where the family
    has no single box kind."""
    boxes = cues.splittable_kinds - {TITLE_KIND, OTHER_KIND}
    return next(iter(boxes)) if len(boxes) == 1 else None


def _cued_sentence(text: str, block: RawBlock, cues: Cues) -> bool:
    """Whether a short line under the title is a sentence that a content cue names ("This
    chapter replaces the version of April 2021.", the chapter's note of its editions): more
    words than a stamp, a full stop at its end, and words of a kind's own section, so it opens
    that section, as the same note on two lines does, where a stamp ("Last checked: 5 May
    2025") stays with the title (decision 0206)."""
    if block.type != "paragraph" or block.line_count != 1:
        return False
    line = text[block.content_start : block.content_end].strip(" *_")
    if not line.endswith(".") or len(line.split()) <= STAMP_WORDS:
        return False
    return cues.content_kind(line, False) is not None


MAX_RECORD_LINES = 8
"""A record of the page's fields under the title is a few rows, not a page of them."""


def _in_field_record(text: str, raw: list[RawBlock], state: HeadingState, index: int) -> bool:
    """Whether block `index` opens, or goes on with, labelled fields between the title and a
    heading ("Chapter status: Current", "Procedure owner: Principal Social Worker", "Version:
    4.2"), a manual product's table of the page's status, owner and version, which says which
    page this is, as a stamp does, and stays with the title. A field that names the amendment
    ("Last amended: 04/2025") is the chapter's note, which SPEC puts in the scope section
    (decision 0085), so fields with one are no page's record; the chapter's amendment note on
    its own line after the record ends it, and opens the scope section (decision 0347). A
    record copied from a page's table has its label and value apart by a tab or a wide gap
    ("Last reviewed by	Principal Social Worker"), no colon."""
    lines: list[str] = []
    following = index
    while following < len(raw) and not state.is_heading[following]:
        block = raw[following]
        if lines and (
            _opens_dated_amendment_note(text, block) or _labels_the_note_below(text, raw, following)
        ):
            break
        if block.type != "paragraph" or len(lines) + block.line_count > MAX_RECORD_LINES:
            return False
        lines.extend(text[block.content_start : block.content_end].splitlines())
        following += 1
    return (
        following < len(raw)
        and (
            is_field_record(lines, STAMP_LENGTH)
            or _spaced_field_record(lines)
            or _stacked_field_record(lines)
            or _goes_on_with_fields(text, raw, index, lines)
        )
        and not any(_NAMES_AN_AMENDMENT.search(line) for line in lines)
    )


def _box_labels_with_their_notes(
    text: str, raw: list[RawBlock], state: HeadingState, opened: list[_Open]
) -> list[_Open]:
    """`opened` with each box's bold label that stood as a section of no kind by itself
    ("> **Info**" after an icon, a wiki panel's or a notes tool's callout type over the
    chapter's amendment note) made the first line of the un-headed section its note opens: the
    label names the box, not a part of the chapter, and the box is one section."""
    kept: list[_Open] = []
    for position, section in enumerate(opened):
        following = opened[position + 1] if position + 1 < len(opened) else None
        if (
            following is not None
            and section.kind == OTHER_KIND
            and not section.headed
            and not following.headed
            and not state.is_heading[section.first]
            and _note_under_box_label(text, raw, section.first) == following.first
        ):
            following.first = section.first
            continue
        kept.append(section)
    return kept


def _labels_the_note_below(text: str, raw: list[RawBlock], index: int) -> bool:
    """Whether block `index` is a box's bold label ("**Info**", "**Note**" after an icon, a
    wiki panel's type, "**Key dates**") over the chapter's dated amendment note: the box opens
    there."""
    return _note_under_box_label(text, raw, index) is not None


def _note_under_box_label(text: str, raw: list[RawBlock], index: int) -> int | None:
    """The index of the chapter's dated amendment note that the bold label at block `index`
    heads, right under it or under a few one-line labelled fields of the same box ("**Key
    dates**" / "First published: June 2021" / "Last amended: 19 January 2026"): a box of the
    chapter's dates is its amendment note, and the label opens it (decision 0593). None where
    the block is no such label."""
    block = raw[index]
    if not (
        block.strong
        and block.line_count == 1
        and len(text[block.content_start : block.content_end].split()) <= MAX_BOX_LABEL_WORDS
    ):
        return None
    following = index + 1
    while following < len(raw) and following - index <= MAX_FIELDS_OVER_BOX_NOTE:
        if _opens_dated_amendment_note(text, raw[following]):
            return following
        field = raw[following]
        if (
            field.type != "paragraph"
            or field.line_count != 1
            or field.strong
            or not holds_only_fields(text, raw, following, following + 1)
        ):
            return None
        following += 1
    return None


MAX_BOX_LABEL_WORDS = 3
MAX_FIELDS_OVER_BOX_NOTE = 3
"""A dates box lists a few dates before its amendment (first published, approved, reviewed)."""


def _goes_on_with_fields(text: str, raw: list[RawBlock], index: int, lines: list[str]) -> bool:
    """Whether `lines` (block `index` and what follows it up to the chapter's note) are the last
    fields of a record that the block before opened: a record's rows a reader parted into two
    blocks, the last alone ("| Next review | March 2027 |"), are one record still."""
    if index == 0 or raw[index - 1].type != "paragraph" or not lines:
        return False
    before = raw[index - 1]
    above = text[before.content_start : before.content_end].splitlines()
    return is_field_record([*above, *lines], STAMP_LENGTH) or _stacked_field_record(
        [*above, *lines]
    )


_SPACED_FIELD = re.compile(r"([A-Za-z][\w '\u2019/()-]*?)(?:\t|[ \u00a0]{3,})\S.*")
"""A field copied from a page's table: its label, a tab or a wide gap, its value."""


def _spaced_field_record(lines: list[str]) -> bool:
    """Whether `lines` are two or more fields copied from a page's table of its owner, review
    and version ("Document owner	Head of Service", "Version	3.1"): short, labels of a few
    words, no line ending as a sentence does."""
    rows = [line.strip() for line in lines if line.strip()]
    return len(rows) >= 2 and all(
        len(row) <= STAMP_LENGTH
        and not row.endswith((".", ";", ":"))
        and (match := _SPACED_FIELD.fullmatch(row)) is not None
        and len(match.group(1).split()) <= MAX_SPACED_LABEL_WORDS
        for row in rows
    )


MAX_SPACED_LABEL_WORDS = 4


_BOLD_FIELD_LABEL = re.compile(r"(\*\*|__)([A-Za-z][\w '\u2019/()-]*?):?\1:?")
"""A panel's label set in bold on a line of its own ("**Last reviewed by**"), its value on the
line under it."""


def _stacked_field_record(lines: list[str]) -> bool:
    """Whether `lines` are two or more fields of a page's review panel, each a bold label over
    its value on the next line ("**Page owner**", "Head of Service"; "**Last reviewed on**", "3
    March 2026"), as an intranet page's panels are exported to markdown: the same record as
    a table's rows, a label and its value a field, short and no sentence (blind286)."""
    rows = [line.strip() for line in lines if line.strip()]
    if len(rows) < 2 * MIN_STACKED_FIELDS or len(rows) % 2:
        return False
    for label, value in zip(rows[::2], rows[1::2], strict=True):
        match = _BOLD_FIELD_LABEL.fullmatch(label)
        if (
            match is None
            or len(match.group(2).split()) > MAX_SPACED_LABEL_WORDS
            or len(value) > STAMP_LENGTH
            or value.endswith((".", ";", ":"))
            or value.startswith(("*", "_", "#", "|"))
        ):
            return False
    return True


MIN_STACKED_FIELDS = 2
"""One bold line over a short line may be a heading over a line of text; two or more such
pairs in a row are a panel's fields."""
"""A copied field's label is a few words ("Last reviewed by", "Document owner")."""


def _page_stamp_above_title(
    text: str, raw: list[RawBlock], state: HeadingState, current: _Open | None, index: int
) -> bool:
    """A page's stamp above the title ("Page updated 14 March 2025", "Published 3 May 2023 |
    Last updated 2 June 2025"), before anything of the chapter: the page's, as the site's lines
    above the title are, so `other`. Under the title the same stamp stays with the title
    (`_stamp_under_title`); neither place makes it the chapter's scope, which SPEC gives the
    amendment note: a stamp naming the chapter's amendment ("Amended: 04/2024") above the title
    keeps its scope section (decisions 0085, 0110)."""
    block = raw[index]
    return (
        current is None
        and state.title_index is not None
        and index < state.title_index
        and _is_stamp(text, block, side_by_side=True)
        and not _is_amendment_stamp(text, block)
        and not _is_dated_amendment_line(text, block)
    )


def _is_page_chrome(text: str, block: RawBlock) -> bool:
    """A line of the site's chrome under the title ("Print this page", "Share"): kept in the text,
    it is the page's, not a section's."""
    return block.line_count == 1 and is_chrome_line(
        text[block.content_start : block.content_end], load_chrome_cues()
    )


GUESSED_HEADING_RULES = frozenset({"capitalised_line", "sentence_line"})
"""Heading rules that judge a line by its shape alone, not by markup, number or cue."""


MAX_BYLINE_WORDS = 12
"""A byline that opens with the council's name and goes on with its service's ("Hollinwick
County Council - Children and Families Service") may be longer than a stamp."""


def _opens_by_its_cue(text: str, block: RawBlock, cues: Cues) -> bool:
    """Whether a paragraph under the title's short lines opens a section by its own words, as a
    heading would: a box of the edition's changes under the council's line and a review stamp
    ("Changes this time: the part on care leavers …", decision 0522). The short lines above it
    that are no sentences (the council's line, a stamp) are then the title's, as they are above
    a heading; a short sentence there ("Before you read the procedures, read this.") is the
    opening's own lead-in, and a box's label over a line of its own ("[text box]" / "Key
    facts") the box's. A kind that only closes a chapter (end matter) opens nothing there."""
    if block.type != "paragraph":
        return False
    kind = cues.content_kind(text[block.content_start : block.content_end])
    return kind is not None and not cues.trailing(kind)


def _byline_of_unheaded(text: str, raw: list[RawBlock], state: HeadingState, index: int) -> bool:
    """A short line right under the title of a chapter with no other headings (the council's
    or the manual's name: "Whitcliffe Council") names whose chapter it is; taken for a heading
    by its shape, it would hold the whole chapter as one section."""
    block = raw[index]
    if index != (state.title_index or 0) + 1 or block.type != "paragraph" or block.line_count != 1:
        return False
    line = text[block.content_start : block.content_end]
    words = len(line.split())
    if words > STAMP_WORDS and not (
        words <= MAX_BYLINE_WORDS and opens_with_council_name(line.strip())
    ):
        return False
    if state.is_heading[index] and state.rule[index] not in GUESSED_HEADING_RULES:
        return False
    if not state.is_heading[index] and _ENDS_LIKE_SENTENCE.search(
        text, block.content_start, block.content_end
    ):
        return False
    return not any(state.is_heading[later] for later in range(index + 1, len(raw)))


def _is_council_byline(text: str, block: RawBlock) -> bool:
    """Whether a one-line paragraph is a council's name alone, or its name and its service's
    ("*Hollinwick County Council*", "Wenmouth Council - Children's Services"), in emphasis or
    plain: right under the title and over a sentence (an amendment note set as a quotation,
    which opens the scope), it says whose chapter this is, with the title (decision 0223). Over
    more short lines or a record (a cover page: the council, its directorate, the version) it
    stays with them, and a cover's short lines stand with the title (`_in_cover_lines`, decision
    0572). A sentence is no byline."""
    if block.type != "paragraph" or block.line_count != 1:
        return False
    line = cue_text(text[block.content_start : block.content_end]).strip()
    return (
        len(line.split()) <= MAX_BYLINE_WORDS
        and opens_with_council_name(line)
        and _ENDS_LIKE_SENTENCE.search(line) is None
    )


def _byline_over_cued_opening(
    text: str, raw: list[RawBlock], state: HeadingState, cues: Cues, index: int
) -> bool:
    """A council's name alone on a plain line right under the title ("Wenmouth County
    Council"), taken for a heading by its shape, over a paragraph whose own words a content cue
    names ("This chapter sets out the values and principles …"): the line is the page's byline,
    whose chapter this is, not the heading of the paragraph, which says for itself what it is.
    In a headed chapter as in an un-headed one (`_byline_of_unheaded`). A heading that is no
    council's name ("Who this is for", "Our purpose") stays the paragraph's heading (decision
    0127)."""
    following = index + 1
    if (
        not _guessed_line_under_the_title(raw, state, index)
        or state.is_heading[following]
        or raw[following].type != "paragraph"
    ):
        return False
    words = text[state.words_start[index] : raw[index].content_end]
    if not _names_the_council_only(words) or cues.heading_kind(words) is not None:
        return False
    opening = cues.content_kind(text[raw[following].content_start : raw[following].content_end])
    return opening is not None and not cues.trailing(opening)


def _guessed_line_under_the_title(
    raw: list[RawBlock],
    state: HeadingState,
    index: int,
    rules: frozenset[str] = GUESSED_HEADING_RULES,
) -> bool:
    """Whether the block right under the title is one line taken for a heading by its shape
    alone (or by one of `rules`), with a block after it: where a byline (the council's name)
    may stand in for a heading (`_byline_over_cued_opening`, `_byline_over_a_heading`)."""
    return (
        index == (state.title_index or 0) + 1
        and state.is_heading[index]
        and state.rule[index] in rules
        and raw[index].line_count == 1
        and index + 1 < len(raw)
    )


def _marked_up_over_a_peer(raw: list[RawBlock], state: HeadingState, index: int) -> bool:
    """Whether the block right under the title is a one-line heading marked up at the level of
    the heading straight under it: a heading with neither text nor sub-headings of its own."""
    level = raw[index].markup_level
    return (
        _guessed_line_under_the_title(raw, state, index, frozenset({"markup_heading"}))
        and level >= 2
        and raw[index + 1].markup_level == level
    )


BYLINE_OVER_A_HEADING_RULES = GUESSED_HEADING_RULES | {"strong_line"}
"""A line set apart only by bold (or by the colour or type a PDF's reader gives as bold: a grey
sans-serif council line over a serif body) may be a byline over a heading too: with a heading
straight under it, it has no text to head (blind276, decision 0408)."""


def _names_the_council_only(words: str) -> bool:
    """Whether a line is a council's name alone ("Wenmouth County Council"), or its name and its
    service's after a comma or dash ("Fellbrook Borough Council, Children and Families
    Service"), short as a byline is: whose chapter this is, which heads no section."""
    line = words.strip()
    return names_a_council(line) or (
        len(line.split()) <= MAX_BYLINE_WORDS
        and opens_with_council_name(line)
        and _ENDS_LIKE_SENTENCE.search(line) is None
    )


def _byline_over_a_heading(text: str, raw: list[RawBlock], state: HeadingState, index: int) -> bool:
    """A council's name (and its service's) on a plain or bold line right under the title, taken
    for a heading by its shape or its weight alone, straight over another heading ("Keldon Water
    Metropolitan Borough Council", then "**This chapter covers every child we look after.**"):
    the line is the page's byline, whose chapter this is, and heads nothing, having no text of
    its own (bold lines since decision 0408). A line marked up as a heading is one too where the
    heading under it is marked up at the same level: a PDF's council line set in the headings'
    type, or an HTML page's `<h2>` council name over its first `<h2>`, heads nothing either."""
    if (
        not _guessed_line_under_the_title(raw, state, index, BYLINE_OVER_A_HEADING_RULES)
        and not _marked_up_over_a_peer(raw, state, index)
    ) or not state.is_heading[index + 1]:
        return False
    words = text[state.words_start[index] : raw[index].content_end]
    return _names_the_council_only(words) and state.cues.heading_kind(words) is None


MAX_ADDRESSEE_WORDS = 20
"""A line saying whom a note was written for and by may name a body and an officer with the
council ("Prepared for the Corporate Parenting Panel by the Head of Service, … Council")."""

_SAYS_WHOM_IT_IS_FOR = re.compile(
    r"[*_ ]*(?:(?:prepared|produced|written|presented|submitted)[ \t]+(?:for|by|to)"
    r"|(?:an?[ \t]+)?report[ \t]+(?:of|by|from|to))[ \t]+\S",
    re.IGNORECASE,
)
"""A line opening by saying whom the document was written for or by ("Prepared for the …
Panel", "Presented to the Corporate Parenting Board", "Written by the Leaving Care Team"), or
whose report it is ("Report of the Director of Children's Services", decision 0295)."""

MAX_COVER_LINES = 4
"""A committee report's cover under its title: whose report it is, the meeting and its day, the
wards or the status ("Report of the Director …", "Cabinet, 12 November 2025", "Wards affected:
all"), a few short lines."""


def _addressee_line_over_a_heading(
    text: str, raw: list[RawBlock], state: HeadingState, index: int
) -> bool:
    """A short line right under the title saying whom the document was prepared for or by, or
    presented to ("Prepared for the Corporate Parenting Panel by the Head of Children Looked
    After, … Council"), no sentence, straight over a heading: it says whose and for whom the
    note is, as a council's byline there does (decision 0245), and stays with the title; it
    heads nothing (decision 0269). Over prose it is left as it was."""
    if _in_a_cover_under_the_title(text, raw, state, index):
        return True
    block = raw[index]
    following = index + 1
    if (
        index != (state.title_index or 0) + 1
        or block.type != "paragraph"
        or block.line_count != 1
        or following >= len(raw)
        or not state.is_heading[following]
        or (state.is_heading[index] and state.rule[index] not in GUESSED_HEADING_RULES)
    ):
        return False
    line = cue_text(text[block.content_start : block.content_end]).strip()
    return (
        len(line.split()) <= MAX_ADDRESSEE_WORDS
        and _SAYS_WHOM_IT_IS_FOR.match(line) is not None
        and _ENDS_LIKE_SENTENCE.search(line) is None
    )


LETTER_HEAD_BLOCKS = 6
"""The short lines a letter may set above its greeting: the addressee, the date, a reference."""


def _in_letter_head(text: str, raw: list[RawBlock], state: HeadingState, index: int) -> bool:
    """Whether block `index` is one of the short lines a letter sets above its greeting (the
    addressee "To: everyone working in …", the date "9 March 2026", a reference), no more than
    `LETTER_HEAD_BLOCKS` of them and then "Dear …," on a line of its own. A chapter written as a
    letter opens its first section with them, the greeting and the letter's first paragraph: the
    date is the letter's, no amendment note opening a section of its own and no stamp of the
    title's (decision 0346)."""
    for later in range(index, min(len(raw), index + LETTER_HEAD_BLOCKS + 1)):
        if state.is_heading[later]:
            return False
        block = raw[later]
        words = cue_text(text[block.content_start : block.content_end]).strip()
        if block.type != "paragraph" or block.line_count != 1:
            return False
        if later > index and SALUTATION_RE.fullmatch(words):
            return True
        if len(words.split()) > MAX_ADDRESSEE_WORDS or _ENDS_LIKE_SENTENCE.search(words):
            return False
    return False


def _is_greeting(text: str, block: RawBlock) -> bool:
    """Whether the block is a letter's greeting alone ("Dear colleagues,"): right under the title
    it opens the letter, and the letter's first paragraph with it, so it is no stamp or byline
    the title keeps (a letter with no addressee or date above its greeting, blind327)."""
    if block.type != "paragraph" or block.line_count != 1:
        return False
    return (
        SALUTATION_RE.fullmatch(cue_text(text[block.content_start : block.content_end]).strip())
        is not None
    )


def _under_a_letter_head(text: str, raw: list[RawBlock], state: HeadingState, index: int) -> bool:
    """Whether the block above `index` is a line of a letter's head or its greeting: the head,
    the greeting and the letter's first paragraph are one unit, which no section opens inside
    (decision 0346)."""
    above = index - 1
    if above < 0 or state.is_heading[above] or raw[above].type != "paragraph":
        return False
    words = cue_text(text[raw[above].content_start : raw[above].content_end]).strip()
    return SALUTATION_RE.fullmatch(words) is not None or _in_letter_head(text, raw, state, above)


def _is_cover_line(text: str, raw: list[RawBlock], state: HeadingState, index: int) -> bool:
    block = raw[index]
    if (
        block.type != "paragraph"
        or block.line_count != 1
        or (state.is_heading[index] and state.rule[index] not in GUESSED_HEADING_RULES)
    ):
        return False
    line = cue_text(text[block.content_start : block.content_end]).strip()
    return len(line.split()) <= MAX_ADDRESSEE_WORDS and _ENDS_LIKE_SENTENCE.search(line) is None


def _in_a_cover_under_the_title(
    text: str, raw: list[RawBlock], state: HeadingState, index: int
) -> bool:
    """Whether the line is one of a few short lines right under the title, the first saying
    whose report or note it is, straight over a heading ("Report of the Director of Children's
    Services", "Cabinet, 12 November 2025", "Wards affected: all", then "1. Purpose of report"):
    the report's cover, which stays with the title as 0269's single "Prepared for …" line does
    (decision 0295). Over prose, or longer than `MAX_COVER_LINES`, the lines are left as they
    were."""
    first = (state.title_index or 0) + 1
    if index < first:
        return False
    end = first
    while (
        end < len(raw) and end - first < MAX_COVER_LINES and _is_cover_line(text, raw, state, end)
    ):
        end += 1
    if end - first < 2 or index >= end or end >= len(raw) or not state.is_heading[end]:
        return False
    if (
        state.is_heading[end]
        and state.rule[end] in GUESSED_HEADING_RULES
        and _is_cover_line(text, raw, state, end)
    ):
        return False
    opening = raw[first]
    line = cue_text(text[opening.content_start : opening.content_end]).strip()
    return _SAYS_WHOM_IT_IS_FOR.match(line) is not None


_NAMES_AN_AMENDMENT = re.compile(
    r"(?<![A-Za-z0-9])(?:[Aa]mended|[Rr]evised|[Aa]mendments?"
    r"|[Rr]eviewed\s+(?:and|&)\s+(?:updated|re-?issued)"
    r"|[Uu]pdated\s+(?:and|&)\s+(?:re-?issued|republished)"
    r"|[Cc]hecked\s+(?:and|&)\s+(?:re-?issued|republished|amended|revised)"
    r"|(?:[Ll]ast|[Ll]atest)\s+revision|[Rr]evision\s+date|[Bb]rought\s+up\s+to\s+date)\b"
)
"""A stamp that names the chapter's amendment ("Amended: 04/2024", "Revised throughout in July
2023.", "Last amended 2nd February 2024", "Reviewed and updated \u2014 April 2023", "Brought up
to date: March 2025": the chapter's text amended, not the page refreshed; decision 0232; "Reviewed
and reissued in February 2025.", decision 0248; "Updated and reissued: 12 May 2025", decision
0283; "Last checked and reissued: 03/2025", a check that issued the text anew, decision 0467;
set in italics as "_Amended: 04/2024_" too, the
underscore no letter of the word) is its
amendment note, which SPEC puts in the scope section: it does not stay with the title as a
page's stamp ("Updated 3 June 2024", "v14") does."""


_CALLOUT_ICON = r"(?:[\u2139\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?[ \t]*)?"
"""A callout's icon before its words (a memo or information pictograph, then "Amendment (March
2026): …"), as notes exports and page callouts print it: a pictograph, not a word of the note."""
_OPENS_NAMING_AN_AMENDMENT = re.compile(
    _CALLOUT_ICON + r"(?:[*_ ]*(?:(?:version|issue|v)[ \t]*\d{1,3}(?:\.\d{1,3})*[*_ ]*"
    r"[,:;|\-\u2013\u2014\u00b7][ \t]*)?"
    r"(?:last[ \t]+)?(?:checked[ \t]+(?:and|&)[ \t]+(?=re-?issued|amended|revised))?"
    r"(?:(?<=\d,[ \t])(?:\d{1,2}[ \t]+)?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[ \t]+\d{4}"
    r"[ \t]*[:\-\u2013\u2014][ \t]+\w"
    r"|amended|revised|re-?issued|amendments?|brought[ \t]+up[ \t]+to[ \t]+date"
    r"|(?:the[ \t]+)?(?:latest|most[ \t]+recent)[ \t]+amendments?\b"
    r"|(?:the[ \t]+)?changes[ \t]+(?:in|to|made|approved|agreed|adopted|signed[ \t]+off)\b"
    r"|(?:the[ \t]+)?changes[ \t]+(?:were|have[ \t]+been)[ \t]+(?:last[ \t]+)?made[ \t]+to[ \t]+"
    r"(?:this|the)[ \t]+(?:chapter|procedure|policy|document|guidance)\b"
    r"|changes[ \t]*\([^()\n]{0,20}\d{4}\)[ \t]*:"
    r"|(?:the[ \t]+)?(?:latest|last|most[ \t]+recent)[ \t]+"
    r"(?:(?:substantive|substantial|significant|major|material)[ \t]+)?"
    r"(?:changes?|revisions?|amendments?)[ \t]*(?::|[ \t][\-\u2013\u2014])"
    r"|(?:(?:a[ \t]+)?summary[ \t]+of[ \t]+(?:the[ \t]+)?(?:changes|amendments|revisions)"
    r"|(?:revision|amendment|change|update)s?[ \t]+(?:notes?|summary|log))"
    r"[ \t]*\([^()\n]{0,20}\d{4}\)[ \t]*[:\-\u2013\u2014])"
    r"|[*_ ]*(?:the|our)[ \t]+(?:last|latest|most[ \t]+recent)[ \t]+"
    r"(?:amendments?|changes|revisions?)[ \t]+(?:(?:we[ \t]+)?made[ \t]+)?(?:to|of|in)[ \t]+"
    r"(?:this|the)[ \t]+(?:chapter|procedure|policy|document|guidance)\b"
    r"|[*_ ]*(?:this|the)[ \t]+(?:chapter|procedure|policy|document|guidance)['\u2019]s[ \t]+"
    r"(?:last|latest|most[ \t]+recent)[ \t]+(?:amendments?|changes|revisions?)\b"
    r"|[*_ ]*we[ \t]+last[ \t]+made[ \t]+(?:changes|amendments|revisions)[ \t]+to[ \t]+"
    r"(?:this|the)[ \t]+(?:chapter|procedure|policy|document|guidance)\b"
    r"|[*_ ]*(?:(?:version|issue|v)[ \t]*\d{1,3}(?:\.\d{1,3})*[*_ ]*"
    r"[,:;|\-\u2013\u2014\u00b7][ \t]*)?last[ \t]+changed\b"
    r"|[*_ ]*(?:this|the[ \t]+(?:current|latest|present|new))[ \t]+"
    r"(?:edition|version|issue|revision),?"
    r"[ \t]+(?:dated|of|from)[ \t]+(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+)?[a-z]{3,9}\.?,?[ \t]+\d{4}\b"
    r"|[*_ ]*(?:this|the)[ \t]+page[ \t]+(?:was|has[ \t]+been)[ \t]+(?:last[ \t]+)?"
    r"(?:(?:reviewed|checked)[ \t]+(?:and|&)[ \t]+)?(?:amended|revised|rewritten|re-written)\b"
    r"|[*_ ]*(?:this|the)[ \t]+(?:chapter|procedure|policy|document)[ \t]+(?:was|has[ \t]+been)"
    r"[ \t]+(?:last[ \t]+)?(?:(?:reviewed|checked)[ \t]+(?:and|&)[ \t]+)?"
    r"(?:amended|revised|updated|rewritten|re-written|brought[ \t]+up[ \t]+to[ \t]+date"
    r"|overhauled|reworked|redrafted|reshaped|reorgani[sz]ed)\b"
    r"|[*_ ]*(?:chapter|procedure|policy|document)[ \t]+(?:last[ \t]+)?"
    r"(?:(?:reviewed|checked)[ \t]+(?:and|&)[ \t]+)?(?:amended|revised)\b"
    r"|[*_ ]*date[ \t]+(?:of[ \t]+(?:the[ \t]+)?(?:last|latest|most[ \t]+recent)[ \t]+"
    r"(?:amendment|revision)s?|(?:last[ \t]+)?(?:amended|revised))\b"
    r"|[*_ ]*(?:this|the)[ \t]+(?:chapter|procedure|policy|document|guidance)[ \t]+"
    r"(?:has[ \t]+(?:had|received|undergone)|had|received|underwent)[ \t]+"
    r"(?:(?:a[ \t]+(?:few|number[ \t]+of)|some|several|minor|small|major|light|further"
    r"|significant|an?)[ \t]+)*(?:amendments?|revisions?|changes)\b"
    r"|[*_ ]*(?:version|issue|v)[ \t]*\d{1,3}(?:\.\d{1,3})*[*_ ]*[:|\-\u2013\u2014\u00b7][ \t]*"
    r"(?:approved|agreed|adopted|endorsed|signed[ \t]+off)[ \t]+by[ \t]+(?:the[ \t]+|our[ \t]+)?"
    r"(?:[\w'\u2019\-]+[ \t]+){0,5}?(?:board|panel|committee|members?|director|council|cabinet"
    r"|team|service|managers?|group|lead|head)[ \t]+"
    r"(?:(?:of|for)[ \t]+(?:the[ \t]+)?(?:[\w'\u2019\-]+[ \t]+){1,3}?)?(?:on[ \t]+|in[ \t]+)?"
    r"(?:(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]{0,6}\.?,?[ \t]+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4})[ \t]*\.?[ \t]*$"
    r"|[*_ ]*(?:version|issue|v)[ \t]*\d{1,3}(?:\.\d{1,3})*[ \t]+[\-\u2013\u2014][ \t]+"
    r"(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+)?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?"
    r"[ \t]+\d{4}[ \t]+[\-\u2013\u2014:][ \t]+[a-z]"
    r"|[*_ ]*(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]{0,6}\.?,?[ \t]+\d{4}[*_]*(?::|[ \t]+[\-\u2013\u2014])[*_]*[ \t]+"
    r"(?:[\w'\u2019.,()\-]+[ \t]+){0,8}(?:added|updated|revised|amended|reviewed|changed|rewrote"
    r"|rewritten|removed|inserted|replaced|shortened|clarified|corrected)\b)",
    re.IGNORECASE,
)
"""A line that opens by naming the amendment: a version's line that dates it and goes on to say
what changed, its parts set apart by dashes ("Version 5 - August 2025 - permanence wording
changed", blind200, decision 0313; or after a comma, then a colon: "Version 3.2, February 2026:
the Acts listed anew", blind218, decision 0338; a version table's row "Version 1 | July 2022 | …"
is not), a
label ("Last amended", "Revisions", "Reissued",
"Changes (July 2025):", "Brought up to date: 4 May 2025" (decision 0232), the changes said
approved or the text last changed: "Version 6.2 \u00b7 changes approved 12 March 2025", "Issue 4
\u00b7 last changed January 2025" (decision 0253), "Changes were last made to this chapter in
November 2024." (decision 0272); the version approved by a body on a day and nothing
more: "Version 4.2 \u2013 approved by Cabinet 11.07.2024", blind287, as decision 0126 dates a
version; the amendment called the latest or most recent: "Most recent
amendment to this chapter: July 2025" (decision 0279)), the chapter's last amendment as the
subject ("The last amendment to this chapter was made in October 2025.", "This chapter's most
recent revision dates from June 2025.", "We last made changes to this chapter in April 2026 …",
decision 0283; the latest change or revision as a field, "Most recent change: 9 December 2025
\u2013 \u2026", and a note or summary of the changes with its month in brackets, "Revision note
(August 2025): \u2026", blind198; the change called substantive or major, "Last substantive
change: October 2025 - \u2026", blind227, decision 0348), the edition named
with its date ("This edition, dated 2 June 2025, replaces …"), or a sentence whose subject is
the chapter and whose verb changed it ("This chapter was reviewed and brought up to date in
October 2024."), or says so as a label ("Chapter amended 3 November 2025 \u2013 minor changes
\u2026", "Procedure last revised: May 2025", decision 0293); a dated field named for the last
amendment ("Date of last amendment: 16 September 2025", "Date revised: …") or a sentence saying
the chapter had amendments ("This chapter has had minor amendments (December 2025).", decision
0306).
A dated entry of the chapter's change log that says what changed ("March 2026: the timescale
for agreeing a permanence plan was shortened.", "12 February 2026 \u2013 Section 6.1 was
updated") names it too (decision 0407)."""


def _is_dated_amendment_line(text: str, block: RawBlock) -> bool:
    """A line under the title that opens by naming the chapter's amendment and dates it ("Last
    amended: 9 December 2024 (leaving care section updated).", "Revised on 3 March 2025 to …",
    after the version it made: "Issue 2 \u2014 the changes in this issue were made on …"),
    however many words: the chapter's amendment note, which SPEC puts in the scope section, not
    a page stamp that stays with the title ("Updated 3 June 2024")."""
    words = text[block.content_start : block.content_end]
    return (
        block.type == "paragraph"
        and block.line_count == 1
        and _OPENS_NAMING_AN_AMENDMENT.match(words) is not None
        and any(character.isdigit() for character in words)
    )


def _opens_dated_amendment_note(text: str, block: RawBlock) -> bool:
    """A paragraph that opens by naming the chapter's amendment and dates it, on one line
    (`_is_dated_amendment_line`) or wrapped over several, as a text-mode browser or a hard-wrapped
    copy sets it ("This chapter was amended in March 2026 to add …" / "to refresh …"): after a
    record of the page's fields it is the chapter's note, not one more field (decision 0347)."""
    words = text[block.content_start : block.content_end]
    return (
        block.type == "paragraph"
        and _OPENS_NAMING_AN_AMENDMENT.match(words) is not None
        and any(character.isdigit() for character in words)
    )


CLOSING_NOTE_SENTENCES = 2
"""An amendment note at the chapter's end is this many sentences at most: what changed, when."""


def _is_amendment_note(text: str, block: RawBlock) -> bool:
    """Whether a paragraph is the chapter's amendment note: it opens by naming the amendment,
    dates it, and says no more than what changed ("Amended in June 2025: the values below were
    rewritten …")."""
    words = text[block.content_start : block.content_end]
    return (
        block.type == "paragraph"
        and _OPENS_NAMING_AN_AMENDMENT.match(words) is not None
        and any(character.isdigit() for character in words)
        and len(_SENTENCE_END.findall(words.rstrip() + " ")) <= CLOSING_NOTE_SENTENCES
    )


def _closing_amendment_note(
    text: str, block: RawBlock, cues: Cues, kind: str, *, near_end: bool
) -> bool:
    """Whether a paragraph near the chapter's end, in a section that holds other material
    ("Other information" over the contacts and related documents), is the chapter's amendment
    note ("This chapter was amended in November 2024 to add …"): SPEC puts the note in the scope
    box's kind, so it opens a section of that kind even where the chapter opened with a scope
    section of its own (the note is not what that section said). The note opens by naming the
    amendment, dates it, and says no more than what changed."""
    words = text[block.content_start : block.content_end]
    return (
        near_end
        and cues.splittable(kind)
        and not cues.trailing(kind)
        and _OPENS_NAMING_AN_AMENDMENT.match(words) is not None
        and any(character.isdigit() for character in words)
        and len(_SENTENCE_END.findall(words.rstrip() + " ")) <= CLOSING_NOTE_SENTENCES
    )


_UPDATED_IN_A_MONTH = re.compile(
    r"[*_ ]*updated(?:[ \t]+in)?[ \t]*[:,\-\u2013\u2014]?[ \t]*"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
    r",?[ \t]+\d{4}[*_ .]*",
    re.IGNORECASE,
)
"""A bare "Updated" stamp dated to a month only ("Updated: June 2022", "Updated in March
2025"): the chapter's amendment, as the fact reader takes it (`amendment_statements`), while
"Updated" with its day ("Updated 3 June 2024") is the page stamping itself (decision 0377). The
month in full, as scope's stamp cue reads it: a stamp taken from the title is scope's, not
`other`."""


def _is_amendment_stamp(text: str, block: RawBlock) -> bool:
    """A stamp naming the chapter's amendment ("Amended: 04/2024"), alone or beside other stamps
    ("Version 3.2 · Amended 2025-06-30 · Next review 2027-06", each part a stamp though
    the line holds more words than one stamp may; decision 0477)."""
    return (_is_stamp(text, block) or _is_stamp(text, block, side_by_side=True)) and (
        _NAMES_AN_AMENDMENT.search(text, block.content_start, block.content_end) is not None
        or _UPDATED_IN_A_MONTH.fullmatch(text, block.content_start, block.content_end) is not None
    )


_ENDS_LIKE_SENTENCE = re.compile(r"[.;:!?][\"'\u201d\u2019)\]*]*$")


def _is_stamp(text: str, block: RawBlock, *, side_by_side: bool = False) -> bool:
    """One short line of a few words with a date or number ("Updated 3 June 2024", "v14"), or,
    `side_by_side`, of such stamps ("Published: 3 May 2023 | Updated: 12 February 2025")."""
    words = text[block.content_start : block.content_end]
    parts = _STAMP_SEPARATOR.split(words) if side_by_side else [words]
    return (
        block.type == "paragraph"
        and block.line_count == 1
        and len(words) <= STAMP_LENGTH
        and all(
            len(part.split()) <= STAMP_WORDS and any(character.isdigit() for character in part)
            for part in parts
        )
    )


def _stamp_beside_page_tools(text: str, block: RawBlock) -> bool:
    """A stamp set on one line with the page's tools ("Last updated: 2 May 2025 | Print | Share |
    Email", the tools often links a converter kept): the line says which page this is and what
    can be done with it, so it is the title's like a stamp alone. Every part but the stamps must
    be a page tool, and at least one part a stamp; the tools' link targets do not count against
    a stamp's length."""
    if block.type != "paragraph" or block.line_count != 1:
        return False
    parts = _STAMP_SEPARATOR.split(text[block.content_start : block.content_end].strip())
    stamps = [part for part in parts if not is_page_tool(part)]
    return 0 < len(stamps) < len(parts) and all(
        len(part) <= STAMP_LENGTH
        and len(part.split()) <= STAMP_WORDS
        and any(character.isdigit() for character in part)
        and _ENDS_LIKE_SENTENCE.search(part) is None
        for part in stamps
    )


def _are_stamps(text: str, block: RawBlock) -> bool:
    """Two or more stamps side by side ("Created: 2 May 2022 \u00b7 Reviewed: 17 January 2025"):
    no heading, though a line's shape may make it look like one."""
    words = text[block.content_start : block.content_end]
    return (
        len(_STAMP_SEPARATOR.split(words)) > 1
        and _ENDS_LIKE_SENTENCE.search(words) is None
        and _is_stamp(text, block, side_by_side=True)
    )


_STAMP_SEPARATOR = re.compile(r"\s+[|\u00b7\u2022]\s+")
"""Between stamps set side by side on one line: a bar or a middle dot."""

_DATELINE_DATE = re.compile(
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4}",
    re.IGNORECASE,
)
DATELINE_LABEL_WORDS = 3
"""At most this many words in the category label of a news item's dateline ("Press release")."""


def _is_dateline(text: str, block: RawBlock) -> bool:
    """A news item's dateline under its headline, a category label and the day it was posted
    side by side ("News | 9 January 2026", "Press release \u00b7 3/2/2025"): it says which page
    this is and heads nothing, as side-by-side stamps do (decision 0270). Only a whole date
    beside a label of a few words without a digit; "Section 3 | Our values" is no dateline."""
    if block.type != "paragraph" or block.line_count != 1:
        return False
    parts = _STAMP_SEPARATOR.split(text[block.content_start : block.content_end].strip(" *_"))
    if len(parts) != 2:
        return False
    for date, label in (parts, parts[::-1]):
        if (
            _DATELINE_DATE.fullmatch(date.strip()) is not None
            and 0 < len(label.split()) <= DATELINE_LABEL_WORDS
            and not any(character.isdigit() for character in label)
        ):
            return True
    return False


def _joins(
    current: _Open,
    kind: str | None,
    state: HeadingState,
    index: int,
    numbered_sections: bool,
    cues: Cues,
) -> bool:
    """An unnumbered heading joins the section before it as a sub-heading when it names that
    section's kind ("Amendment" after "Scope of this chapter", "Being safe" after "Key
    Outcomes"), or, in a document without numbered sections, when no cue knows it and the section
    before it is a recognised one ("Theoretical Underpinnings" after "Our Practice Model").
    Headings of no kind ("Contact us", then "Further information") each keep their section, and
    a section a content cue opened without a heading (a changes note under the title) has no
    heading to be under: a heading after it opens its own (decision 0102, as 0085 for stamps).
    A heading numbered by a letter or roman numeral ("B. What has changed?") is numbered too."""
    if state.number[index] is not None or state.ordinal[index] is not None:
        return False
    if kind is not None:
        # "other" is no kind: each stands; and an un-headed section has no heading to be under
        return current.headed and kind == current.kind and kind != OTHER_KIND
    return (
        current.headed
        and not numbered_sections
        and current.kind not in (TITLE_KIND, OTHER_KIND)
        and not cues.splittable(current.kind)
    )


MARKED_UP_RULES = frozenset({"markup_heading", "box_label", "strong_line", "disclosure_line"})
"""Heading rules that read the author's markup, which ranks headings (unlike a plain line)."""


SIBLING_SENTENCES = 2
"""A section says something of its own, beyond a lead-in to its sub-headings, in this many
sentences."""
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*(?=\s)")


def _opens_sibling(
    text: str,
    raw: list[RawBlock],
    state: HeadingState,
    cues: Cues,
    current: _Open,
    index: int,
    decided_by: KindSource,
    confidence: float,
    opened: list[_Open],
) -> bool:
    """A heading of the section's own kind that still opens a section of its own. In a container
    (the scope box: "Amendment", "Contents" are its parts), a heading the box's contents list
    names ("Contents", then "Scope of this chapter") is one of the document's sections, as the
    author listed them, also when another listed heading of the box stands between them
    ("Contents", "Amendment", then "Scope"). Elsewhere a heading marked up as the section's own
    heading is (the same Word style, `#` level, HTML level or bold line) is its sibling when
    that section already says something of its own ("Permanence" and two sentences, then
    "Support for care leavers"; "Introduction", then "Legislation"), unless the model placed it
    only for want of another kind. A one-sentence lead-in ("Key Outcomes", "We measure
    outcomes.", then "Being healthy") introduces sub-headings, which join; so do headings after
    one that joined, and plain lines, which carry no rank, save where a text with no blank
    lines sets every heading flush on its paragraph (`_set_flush_alike`): there the second
    heading opens a sibling only after a body of two sentences or more, a single sentence
    however long being read as a lead-in ("Planning for permanence", one sentence, then
    "Leaving care" joins; decision 0389). Two headings a box of jump links above them lists
    side by side ("On this page": "Introduction", "Legislation") are siblings whatever their
    rank: the author listed them as the page's sections (`listed_together`)."""
    if state.number[index] is not None or current.kind in (TITLE_KIND, OTHER_KIND):
        return False
    if cues.splittable(current.kind):
        return (
            listed_in_contents(text, raw, state, _box_first(opened, current), index)
            or _opens_after_record(text, raw, state, cues, current, index)
            or _opens_after_changes_note(text, raw, state, cues, current, index)
            or _summary_after_box(text, raw, state, cues, current, index)
            or _part_after_record(text, raw, state, current, index)
            or _outranks_its_label(raw, state, current.first, index)
        )
    previous = current.first
    if listed_together(text, raw, state, previous, index):
        return True
    if current.kind == cues.closing_summary_kind and cues.sums_up(
        text[state.words_start[index] : raw[index].content_end]
    ):
        return True  # a closing summary recaps the whole chapter, no part of its last section
    ranked = (
        _same_rank(text, raw, state, previous, index)
        or _ranked_by_standing_alone(text, raw, state, cues, opened, previous, index)
        or _two_markups_shown_alike(text, raw, state, cues, opened, previous, index)
        or _lone_bold_line_beside_its_peer(state, previous, index)
    )
    if not ranked and not _set_flush_alike(text, raw, state, previous, index):
        return False
    if any(
        state.is_heading[position] and not _marked_below(raw, state, previous, position)
        for position in range(previous + 1, index)
    ):
        return False
    body = text[raw[previous].end : raw[index].start]
    if len(_SENTENCE_END.findall(body)) < SIBLING_SENTENCES and not (
        ranked and (_says_it_at_length(body) or _holds_its_list(raw, previous, index))
    ):
        # A part holding only a record is complete in itself, as in the scope box (0156): the
        # closing "Document control" table, then "Version history" (decision 0292).
        return decided_by != "model" and _part_after_record(text, raw, state, current, index)
    return decided_by != "model" or confidence >= HEADING_MODEL_THRESHOLD


LISTED_ITEMS = 3
"""A section's body holding a list of this many items under its lead-in has said its piece."""


def _holds_its_list(raw: list[RawBlock], first: int, end: int) -> bool:
    """Whether the body of the section headed at `first` (up to block `end`) is a lead-in and the
    list it announces ("Young people helped us write these promises:", then the promises as list
    items): the lead-in points ahead, but what it points to is in the section already, as a
    table closing a statement is (`_says_it_at_length`). A lead-in to sub-headings has no list
    under it; the heading after the list is the section's sibling (decision 0428)."""
    body = raw[first + 1 : end]
    items = [block for block in body if block.type == "list_item"]
    return (
        len(items) >= LISTED_ITEMS
        and bool(body)
        and body[0].type == "paragraph"
        and body[-1].type == "list_item"
    )


def _outranks_its_label(raw: list[RawBlock], state: HeadingState, first: int, second: int) -> bool:
    """Whether heading `second` is a true heading (`#`, an HTML or Word heading) after a contents
    box the author labelled with only a bold line ("**On this page**", its links, then "##
    Scope"): the list names the page's sections and heads none of them, so the heading is one
    of them, not the box's sub-heading, even where the entries ran together into one line and
    name nothing (decision 0208). A bold box of another kind ("**Key facts**", then "## Scope of
    this chapter") still takes the scope heading in."""
    return (
        state.rule[first] == "strong_line"
        and state.rule[second] == "markup_heading"
        and raw[second].type == "heading"
        and says_a_contents_label(state, first)
    )


def _marked_below(raw: list[RawBlock], state: HeadingState, first: int, second: int) -> bool:
    """Whether heading `second` is marked up by its author a rank below heading `first`, by the
    same rule at a deeper level (a Heading 2 under a Heading 1, `###` under `##`): the author's
    own sub-heading of that section, not a heading that joined it for want of its own kind. A
    heading of `first`'s rank after such a sub-heading is still `first`'s sibling ("The pathway
    plan", its "Reviewing the plan", then "When a young person turns 18"; decision 0183).
    A bold line of a paragraph's own under a true heading (`##`, an HTML or Word heading) is a
    rank below it too: a box's label floated beside the section's text ("**Key point**" over
    the box's sentence), which says nothing of the heading after it (decision 0512)."""
    return (
        state.rule[first] in MARKED_UP_RULES
        and state.rule[second] == state.rule[first]
        and raw[second].markup_level > raw[first].markup_level
    ) or (
        state.rule[first] == "markup_heading"
        and raw[first].type == "heading"
        and state.rule[second] == "strong_line"
        and raw[second].type == "paragraph"
    )


def _sibling_by_rank(
    text: str, raw: list[RawBlock], state: HeadingState, current: _Open, index: int
) -> bool:
    """Whether heading `index` is set at the rank of the heading that opened `current` (the same
    markup, `_same_rank`), with no heading between them and after the section has said
    something of its own (`SIBLING_SENTENCES`): by its look the heading is the section's
    sibling, not its sub-heading (decision 0179)."""
    previous = current.first
    if not current.headed or current.kind in (TITLE_KIND, OTHER_KIND) or previous >= index:
        return False
    if any(state.is_heading[position] for position in range(previous + 1, index)):
        return False
    if not _same_rank(text, raw, state, previous, index):
        return False
    body = text[raw[previous].end : raw[index].start]
    return len(_SENTENCE_END.findall(body)) >= SIBLING_SENTENCES or _says_it_at_length(body)


def _same_rank(
    text: str, raw: list[RawBlock], state: HeadingState, first: int, second: int
) -> bool:
    """Whether two headings are set at one rank by their author: marked up by the same rule and
    level (a Word style, a `#` level, an HTML level, a bold line), or, in a document whose
    headings are all plain lines, of one shape (decision 0066) or both set the way plain text
    sets a section apart: a blank line before the heading and its paragraph on the very next
    line ("Leaving care" over "Our team stays in touch …"), so that the blank lines part
    sections and each heading heads the block it opens (decision 0071). A plain line standing
    alone between blank lines, text with no blank lines at all, and a plain line among
    marked-up headings rank nothing."""
    if state.rule[second] in MARKED_UP_RULES or state.rule[first] in MARKED_UP_RULES:
        return (
            state.rule[first] == state.rule[second]
            and raw[first].markup_level == raw[second].markup_level
        )
    if state.rule[first] == state.rule[second] and _ranked_by_plain_lines(state, second):
        return True
    if _shaped_like(state, first, second) or _shaped_like(state, second, first):
        return True
    return (
        _headings_all_plain(state)
        and _heads_its_block(text, raw, state, first)
        and _heads_its_block(text, raw, state, second)
    )


def _ranked_by_standing_alone(
    text: str,
    raw: list[RawBlock],
    state: HeadingState,
    cues: Cues,
    opened: list[_Open],
    first: int,
    second: int,
) -> bool:
    """Whether two plain lines that each stand alone between blank lines ("Permanence", then
    "Leaving care") are set at one rank because the chapter has shown that rank: an earlier
    heading set the same way, in a document whose headings are all plain lines, opened a
    section of another kind of the chapter ("Corporate parenting", "Changes to this chapter").
    The lines alone between blank lines are then how the author heads the chapter's sections,
    and a same-kind one after a section that says something of its own is its sibling. With no
    such section before them the lines show no rank, and the second still joins the first
    (decision 0071); so does one that names the first's own topic again ("Corporate
    Parenting", then "The corporate parenting principles"), a part of it. Where an earlier
    section already took such a line as its sub-heading ("Corporate Parenting" over
    "Corporate Parenting Principles"), the author sets two ranks alike, and the lines show
    neither; and a heading that is the kind's own label ("Key Principles", the family's
    `label`) heads the whole kind, so its topics ("Kinship Care") are its parts. A label that
    opens the chapter and gathers no parts ("Introduction") has none, so the line after it
    ("Legislation") is its sibling, shown rank or not (decision 0144)."""
    if not _headings_all_plain(state):
        return False
    if not (_set_apart(text, raw, state, first) and _set_apart(text, raw, state, second)):
        return False
    first_words = text[state.words_start[first] : raw[first].content_end]
    if _names_the_topic_of(first_words, text[state.words_start[second] : raw[second].content_end]):
        return False
    kind = next((section.kind for section in opened if section.first == first), None)
    if kind is None or cues.names_the_kind(kind, first_words):
        return False  # the heading over the whole kind ("Key Principles"): its topics join it
    if cues.opens_the_chapter(kind, first_words):
        return True  # "Introduction" gathers no parts: "Legislation" under it is its sibling
    starts = {section.first for section in opened}
    if any(
        position not in starts and _set_apart(text, raw, state, position)
        for position in range((state.title_index or 0) + 1, first)
    ):
        return False  # an earlier section took such a line as its sub-heading: two ranks
    return any(
        section.headed
        and section.first < first
        and section.first != state.title_index
        and section.kind not in (kind, TITLE_KIND, OTHER_KIND)
        and (
            _set_apart(text, raw, state, section.first)
            or _over_a_run_of_lines(text, raw, state, section.first)
        )
        for section in opened
    )


SECTIONS_SHOWING_A_MARKUP = 2
"""Earlier sections of the chapter a way of marking up headings must have opened, each of a
kind of its own, before the chapter is taken to head its sections that way."""


def _lone_bold_line_beside_its_peer(state: HeadingState, first: int, second: int) -> bool:
    """Whether a lone bold line that opened a section among marked-up headings (`_lone_bold_line`:
    "**Finding a settled home**" between "## How we practise" and "## Growing up and moving on",
    an editor's one slip from the heading style) and the top-level marked-up heading after it
    are set at one rank: the line stands where the style's heading would, so the heading after
    it is its peer, not its part, and a same-kind one after a section that says something of
    its own is its sibling (decision 0043; decision 0456). Only the chapter's one bold line, and
    only between two headings of one style: where the editor heads several sections with bold
    lines, or sets the heading after the line a level down ("**Corporate parenting**", then
    "### The Corporate Parenting Board" among "##" headings), that heading is the line's part."""
    if not (
        _lone_bold_line(state, first)
        and state.rule[second] == "markup_heading"
        and state.level[second] == 1
    ):
        return False
    before = next(i for i in range(first - 1, -1, -1) if state.is_heading[i])
    if state.blocks[before].markup_level != state.blocks[second].markup_level:
        return False
    return not any(
        state.is_heading[i]
        and state.rule[i] == "strong_line"
        and not state.blocks[i].markup_level
        and i not in (first, state.title_index)
        for i in range(len(state.blocks))
    )


def _two_markups_shown_alike(
    text: str,
    raw: list[RawBlock],
    state: HeadingState,
    cues: Cues,
    opened: list[_Open],
    first: int,
    second: int,
) -> bool:
    """Whether two headings marked up in different ways ("**Permanence**", a bold paragraph,
    then "## Leaving care", a Word heading style; "**A permanent home**", then "**Beyond
    care:**", a bold label) are set at one rank because the chapter has shown both ways as its
    section headings: each has already opened at least `SECTIONS_SHOWING_A_MARKUP` sections of
    kinds other than the first heading's, at the top. An editor who heads a chapter's sections
    now in one style and now in another ranks them alike, so a same-kind heading after a
    section that says something of its own is its sibling (decision 0043), whichever of the
    two styles each wears. A heading that is its kind's own label ("Key Principles") heads
    the whole kind, so what follows it in another style is its part (decision 0399)."""
    signatures = (
        (state.rule[first], raw[first].markup_level),
        (
            state.rule[second],
            raw[second].markup_level,
        ),
    )
    if signatures[0] == signatures[1]:
        return False
    if not all(rule in MARKED_UP_RULES or rule in PLAIN_LINE_RULES for rule, _ in signatures):
        return False
    kind = next((section.kind for section in opened if section.first == first), None)
    if kind is None or cues.names_the_kind(
        kind, text[state.words_start[first] : raw[first].content_end]
    ):
        return False
    shown = Counter(
        (state.rule[section.first], raw[section.first].markup_level)
        for section in opened
        if section.headed
        and section.first < first
        and section.first != state.title_index
        and state.number[section.first] is None
        and section.kind not in (kind, TITLE_KIND, OTHER_KIND)
    )
    return all(shown[signature] >= SECTIONS_SHOWING_A_MARKUP for signature in signatures)


_TOPIC_WORD = re.compile(r"[^\W\d_]{4,}")


def _names_the_topic_of(first: str, second: str) -> bool:
    """Whether heading `second` names every word of heading `first`'s topic ("The corporate
    parenting principles" after "Corporate Parenting"): a part of that topic, not a sibling.
    Words of four letters or more carry the topic; the short ones ("our", "the") do not."""
    topic = {word.lower() for word in _TOPIC_WORD.findall(heading_label(first))}
    named = {word.lower() for word in _TOPIC_WORD.findall(heading_label(second))}
    return bool(topic) and topic <= named


def _stands_alone(text: str, raw: list[RawBlock], state: HeadingState, index: int) -> bool:
    """A plain one-line heading with a blank line before it and after it."""
    block = raw[index]
    following = index + 1
    return (
        state.is_heading[index]
        and block.markup_level == 0
        and block.line_count == 1
        and index > 0
        and following < len(raw)
        and "\n" in text[raw[index - 1].end : block.start]
        and "\n" in text[block.end : raw[following].start]
    )


def _set_apart(text: str, raw: list[RawBlock], state: HeadingState, index: int) -> bool:
    """A plain one-line heading set apart from its paragraph by a blank line: standing alone
    (`_stands_alone`), or run straight on under the last line of a list or table with the blank
    line under it. A browser's copy of a web page sets headings so ("Equality Act 2010" then
    "Permanence", then a blank line and its paragraph): it puts no blank line under a list or a
    table, so the heading after one touches its last line (decision 0250)."""
    if _stands_alone(text, raw, state, index):
        return True
    block = raw[index]
    following = index + 1
    if not (
        state.is_heading[index]
        and block.markup_level == 0
        and block.line_count == 1
        and index > 0
        and following < len(raw)
        and "\n" in text[block.end : raw[following].start]
    ):
        return False
    above = raw[index - 1]
    if "\n" in text[above.end : block.start] or state.is_heading[index - 1]:
        return False
    if above.type == "list_item" or above.line_count > 1:
        return True
    return (
        index > 1
        and not state.is_heading[index - 2]
        and "\n" not in text[raw[index - 2].end : above.start]
    )


def _over_a_run_of_lines(text: str, raw: list[RawBlock], state: HeadingState, index: int) -> bool:
    """A plain one-line heading straight over a run of two or more lines with no blank line
    between them or above them (a list or a table copied from a browser: "Change log" over its
    dated lines). Such a heading has no way of its own to be set, so it shows the rank of the
    lines set apart after it as one set apart would (decision 0250)."""
    block = raw[index]
    if not state.is_heading[index] or block.markup_level != 0 or block.line_count != 1:
        return False
    if index + 2 >= len(raw):
        return False
    first, second = raw[index + 1], raw[index + 2]
    return (
        not state.is_heading[index + 1]
        and not state.is_heading[index + 2]
        and "\n" not in text[block.end : first.start]
        and "\n" not in text[first.end : second.start]
    )


def _stanza_under_umbrella(
    text: str, raw: list[RawBlock], state: HeadingState, current: _Open, index: int
) -> bool:
    """Whether plain heading `index` is a part of the section `current`'s heading opened, that
    heading an umbrella: a plain line standing alone between blank lines with no words of its own
    ("Leaving care: we stay with you"), straight over stanzas each headed by a line set on its
    paragraph ("Your personal adviser" over "Every young person …", "Staying put" over "If you
    …"), in a document whose headings are all plain lines. The author set the umbrella apart and
    its parts tight, two ranks; the parts are its sub-headings as `###` under `##` are, whatever
    the model makes of one part on its own (decision 0235; 0071: an umbrella with no body keeps
    its sub-headings). The stanzas run until a heading set otherwise; a part whose own words a
    cue names as another kind still opens its own section."""
    first = current.first
    if (
        not current.headed
        or current.kind in (TITLE_KIND, OTHER_KIND)
        or first == state.title_index
        or index <= first
        or not state.is_heading[first + 1]
    ):
        return False
    if not _headings_all_plain(state) or not _stands_alone(text, raw, state, first):
        return False
    if any(
        state.is_heading[position] and not _heads_its_block(text, raw, state, position)
        for position in range(first + 1, index + 1)
    ):
        return False
    named = state.heading_kind(text[state.words_start[index] : raw[index].content_end])
    return named is None or named == current.kind


def _heads_its_block(text: str, raw: list[RawBlock], state: HeadingState, index: int) -> bool:
    """A plain one-line heading after a blank line, with its paragraph on the next line."""
    return (
        _on_its_paragraph(raw, state, index) and "\n" in text[raw[index - 1].end : raw[index].start]
    )


def _on_its_paragraph(raw: list[RawBlock], state: HeadingState, index: int) -> bool:
    """A plain one-line heading after some block, with its paragraph on the very next line."""
    block = raw[index]
    following = index + 1
    return (
        block.markup_level == 0
        and block.line_count == 1
        and index > 0
        and following < len(raw)
        and not state.is_heading[following]
        and raw[following].type == "paragraph"
        and raw[following].start == block.end
    )


def _set_flush_alike(
    text: str, raw: list[RawBlock], state: HeadingState, first: int, second: int
) -> bool:
    """Whether two plain-line headings are set alike in a text with no blank line anywhere,
    every heading a plain line (no markup, no numbers): each sits flush on its paragraph, the
    paragraph on the very next line ("Planning for Permanence" over "For every child …", later
    "Care Leavers" over "A care leaver keeps …"). A flush copy (a browser's or a PDF viewer's
    select-all, an old text-only site) has lost every other mark of rank, and its headings are
    still the author's sections at one rank, so `_opens_sibling` reads two of one kind as
    siblings on 0043's terms: the first section's body holds two sentences or more and no
    sub-heading has joined it (decision 0389, superseding 0071's "text with no blank lines at
    all carries no rank")."""
    return (
        _headings_all_plain(state)
        and _on_its_paragraph(raw, state, first)
        and _on_its_paragraph(raw, state, second)
        and _without_blank_lines(text, raw)
    )


def _without_blank_lines(text: str, raw: list[RawBlock]) -> bool:
    """Whether no blank line parts any two blocks of the text (a flush copy)."""
    return all("\n" not in text[above.end : below.start] for above, below in pairwise(raw))


PLAIN_LINE_RULES = frozenset({"sentence_line", "capitalised_line"})
"""Heading rules that read a plain line by its shape alone (sentence case, Title Case)."""


def _ranked_by_plain_lines(state: HeadingState, index: int) -> bool:
    """Whether heading `index` is a plain line in a document whose every heading is one: with no
    markup and no numbers anywhere, the plain lines are the author's only rank of headings, so
    two of one shape are siblings as two `##` headings are ("Getting it right early", then
    "Growing up and moving on", both of the principles' kind). Where some headings are marked
    up or numbered, a plain line among them is more likely a sub-heading, and joins."""
    if state.rule[index] not in PLAIN_LINE_RULES:
        return False
    return _headings_all_plain(state)


_PLAIN_LINE_SHAPES = {"sentence_line": sentence_line, "capitalised_line": capitalised_line}


def _shaped_like(state: HeadingState, claimed: int, plain: int) -> bool:
    """Whether a line the family's cues claimed as a heading (`cue_heading`, "Growing up and
    moving on") has the shape of a plain-line heading beside it ("Getting it right early", a
    sentence line), in a document whose every heading is a plain line: the author set both
    alike, and the cue only named the one first, so they share the plain lines' rank. Two
    claimed lines show no such rank ("Permanence", "Leaving care" alone between blank lines)."""
    if state.rule[claimed] != "cue_heading" or state.rule[plain] not in _PLAIN_LINE_SHAPES:
        return False
    shaped = _PLAIN_LINE_SHAPES[state.rule[plain]](state, claimed, True)
    return shaped and _headings_all_plain(state)


def _headings_all_plain(state: HeadingState) -> bool:
    """Whether no heading of the document but its title is marked up or numbered (found once a
    document, `HeadingState.headings_all_plain`)."""
    return state.headings_all_plain(MARKED_UP_RULES)


def _box_first(opened: list[_Open], current: _Open) -> int:
    """Where the run of headed sections of `current`'s kind that ends with it begins: the box
    whose first part may hold the contents list naming the box's later headings."""
    first = current.first
    for section in reversed(opened):
        if section.kind != current.kind or not section.headed:
            break
        first = section.first
    return first


_CHANGES_HEADING = re.compile(
    r"[*_ ]*(?:(?:(?:recent|latest|last)[ \t]+)?(?:amendments?|changes|updates|revisions)"
    r"|(?:what|things[ \t]+that)(?:'s|\u2019s|[ \t]+(?:has|have|we|we[ \t]+have))?[ \t]+changed"
    r"|what(?:'s|\u2019s|[ \t]+is)[ \t]+new)"
    r"(?:[ \t]+(?:to|in|of)[ \t]+(?:this|the)[ \t]+"
    r"(?:chapter|page|procedure|policy|guidance|document))?[*_ :.?]*",
    re.IGNORECASE,
)
"""A heading that names the chapter's changes and nothing else ("Amendment", "Changes to this
chapter", "Recent updates"), or asks what they were ("What's changed", "What changed", "What
has changed in this chapter?", blind318), or says so as a plain-English page does ("Things
that have changed", "What's new", blind321)."""
_CHANGE_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
)
_SAYS_THE_CHAPTER_CHANGED = re.compile(
    r"\b(?:(?:this|the)[ \t]+(?:chapter|page|procedure|policy|guidance|document)\b"
    r"[^.!?\n]{0,40}?[ \t](?:was|were|has[ \t]+been|have[ \t]+been|is)[ \t]+(?:last[ \t]+)?"
    r"(?:updated|amended|revised|changed|rewritten|reissued|re-issued)"
    r"|(?:updated|amended|revised|changed|rewrote|reissued|re-issued)[ \t]+(?:this|the)[ \t]+"
    r"(?:chapter|page|procedure|policy|guidance|document))\b"
    rf"[^.!?\n]{{0,40}}?\b{_CHANGE_MONTH}[ \t]+\d{{4}}\b"
    rf"|^[ \t]*in[ \t]+{_CHANGE_MONTH}[ \t]+\d{{4}},?[ \t]+we[ \t]+(?:have[ \t]+)?"
    r"(?:added|amended|updated|revised|changed|rewrote|rewritten|removed|reissued|re-issued)\b",
    re.IGNORECASE | re.MULTILINE,
)
"""A sentence dating the chapter's change ("We updated this chapter in January 2026.", "This
chapter was amended in March 2025 to …"), or a note that opens on the month and says what was
done then ("In January 2026 we added a paragraph on …"): under a changes heading, either is the
dated note."""
CHANGES_NOTE_PARAGRAPHS = 2
"""A box that holds only the chapter's changes note says when and what in this many paragraphs
at most."""


def _opens_after_changes_note(
    text: str, raw: list[RawBlock], state: HeadingState, cues: Cues, current: _Open, index: int
) -> bool:
    """A heading that names the box's kind by its own cue ("Who should read this", "Scope"),
    over prose, right after a part headed as the chapter's changes ("Changes to this chapter",
    "Amendment") whose paragraphs are only its dated note ("We updated this chapter in January
    2026. The part on …"), opens the chapter's own statement of scope: the note says when and
    what changed, the heading is where the chapter starts to speak, as after a record (decision
    0057) or a stamp (0085). The other way round, a changes heading under the scope's own text
    ("Scope of this chapter" …, then "Amendment"), joins the box as its part."""
    if not current.headed or index - current.first - 1 > CHANGES_NOTE_PARAGRAPHS:
        return False
    heading = text[state.words_start[current.first] : raw[current.first].content_end]
    if _CHANGES_HEADING.fullmatch(heading.strip()) is None:
        return False
    body = raw[current.first + 1 : index]
    if not body or any(block.type != "paragraph" for block in body):
        return False
    if _SAYS_THE_CHAPTER_CHANGED.search(text, body[0].content_start, body[0].content_end) is None:
        return False
    words = text[state.words_start[index] : raw[index].content_end]
    following = index + 1
    return (
        following < len(raw)
        and not state.is_heading[following]
        and raw[following].type == "paragraph"
        and cues.heading_kind(words) == current.kind
        and not cues.only_hinted(current.kind, words)
    )


def _opens_after_record(
    text: str, raw: list[RawBlock], state: HeadingState, cues: Cues, current: _Open, index: int
) -> bool:
    """A heading that names the box's kind by its own cue ("Scope", "Purpose of this chapter"),
    right after a box that holds only a record's fields ("Document control", then "Owner | …",
    "Version | 6.2"), opens the chapter's own section: the record says which file this is, the
    heading is where the chapter starts to speak (decision 0057). So does one after a box of
    points alone ("At a glance" or "Key points" and its bullets, then "Amendment" over "This
    chapter was last amended in …"): the summary sums the page up, the heading opens the part it
    names (decision 0095). A contents list under the heading is still the box's: only a heading
    over prose opens, or over a list of dated changes ("Amendments" / "21st May 2025 - …",
    decision 0107), which is no contents list."""
    words = text[state.words_start[index] : raw[index].content_end]
    following = index + 1
    return (
        following < len(raw)
        and not state.is_heading[following]
        and (
            (
                raw[following].type == "paragraph"
                and _ENDS_LIKE_SENTENCE.search(
                    text, raw[following].content_start, raw[following].content_end
                )
                is not None
            )
            or (
                raw[following].type == "list_item"
                and _DATED_ENTRY.match(
                    text, raw[following].content_start, raw[following].content_end
                )
                is not None
            )
        )
        and cues.heading_kind(words) == current.kind
        and not cues.only_hinted(current.kind, words)
        and (
            holds_only_fields(text, raw, current.first + 1, index)
            or (
                holds_only_points(raw, current.first + 1, index, text)
                and cues.sums_up(
                    text[state.words_start[current.first] : raw[current.first].content_end]
                )
            )
        )
    )


def _part_after_record(
    text: str, raw: list[RawBlock], state: HeadingState, current: _Open, index: int
) -> bool:
    """A heading of the box's kind set at the rank of the box's part before it, when that part
    holds only a record ("Document control" over "Owner | …", "Version | 2.0", then "Version
    history"; "Version history" over its table of versions, then "Contents"): a corporate
    policy template's front matter is parts side by side, each complete in itself, not one part
    and its sub-headings (decision 0156); so is a part headed as the amendment note and holding
    only the note ("Revisions log" over "Version 3.2, February 2026: …", then the scope heading;
    decision 0338). A part with prose of its own is left to the box's
    other rules, and so are headings of another rank. In a document whose headings are all
    plain lines the lines show no rank, and a record takes no sub-headings: the plain line after
    a plain-line part holding only a record ("Revision history" over its dashed rows "v3 \u2013
    Sept 2025 \u2013 \u2026", then "Purpose") is its sibling too (decision 0276)."""
    return (
        current.headed
        and current.first != state.title_index
        and (_same_rank(text, raw, state, current.first, index) or _headings_all_plain(state))
        and (
            holds_only_a_record(text, raw, current.first + 1, index)
            or (
                current.first + 1 < index
                and _AMENDMENT_LABEL_OPENING.match(
                    text, state.words_start[current.first], raw[current.first].content_end
                )
                is not None
                and _names_the_amendment(text, raw, current.first + 1, index)
            )
        )
    )


def _summary_after_box(
    text: str, raw: list[RawBlock], state: HeadingState, cues: Cues, current: _Open, index: int
) -> bool:
    """A heading of a box that sums the page up ("Key facts", "At a glance"), set at the rank
    of the headed box before it ("About this chapter" over its amendment stamp, then "Key
    facts"): the summary speaks for the whole page, so it is no part of the box before it but a
    section of its own (decision 0118), as the box's own heading after a summary is (0095).
    Set below the box's heading, as a sidebar's label is ("## About this chapter" and its
    prose, then "**Key facts**" over "Owner: …", "Last amended: …"), it is still no part of
    the box when the box has already said its piece at length and the summary holds only
    fields or points: a sub-heading continues its parent's prose, a box of fields beside it
    sums the page up (decision 0423)."""
    if not current.headed or current.first == state.title_index:
        return False
    words = text[state.words_start[index] : raw[index].content_end]
    first_words = text[state.words_start[current.first] : raw[current.first].content_end]
    if not cues.sums_up(words) or cues.sums_up(first_words):
        return False
    return _same_rank(text, raw, state, current.first, index) or _fields_beside_prose(
        text, raw, state, current.first, index
    )


def _fields_beside_prose(
    text: str, raw: list[RawBlock], state: HeadingState, first: int, index: int
) -> bool:
    """Whether heading `index`, after heading `first` with no heading between, follows a body
    of two sentences or more and heads only fields or points up to the next heading."""
    if any(state.is_heading[position] for position in range(first + 1, index)):
        return False
    body = text[raw[first].end : raw[index].start]
    if len(_SENTENCE_END.findall(body)) < SIBLING_SENTENCES:
        return False
    end = index + 1
    while end < len(raw) and not state.is_heading[end]:
        end += 1
    return holds_only_fields(text, raw, index + 1, end) or holds_only_points(
        raw, index + 1, end, text
    )


_DATED_ENTRY = re.compile(
    r"[*_]*(?:(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\.?,?[ \t]+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}(?:-\d{2})?)\b",
    re.IGNORECASE,
)
"""A list item opening with its date ("21st May 2025 - …", "**3 February 2025:** …",
"04/11/2024 - …"): an entry of a record of changes."""


SIBLING_WORDS = 8
"""A section whose body is one sentence of this many words, ended with a full stop, says
something of its own too ("Every cared for child has a plan for permanence by their second
review."), unless it points ahead to what follows: a lead-in to sub-headings is short ("We
measure outcomes.") or announces them ("We measure our work against five outcomes.", "The
principles below guide us.", "… as follows:")."""

_POINTS_AHEAD = re.compile(
    r"\b(?:following|below|as follows|these|each of (?:them|these|the"
    r"(?![ \t]+(?:children|child|young|care|families|parents|carers)\b)))\b"
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"(?:[ \t]+[a-z-]+)?[ \t]+(?!(?:days|weeks|months|years|times)\b)[a-z-]+s[.!?]$",
    re.IGNORECASE,
)
"""A sentence that announces what follows: "the following", "below", "these", "each of the
…", or a count of things closing the sentence ("… against five outcomes."), not a timescale
("… within four months."). "Each of the children" names the people the statement is about,
not the parts that follow (decision 0358)."""


def _says_it_at_length(body: str) -> bool:
    """Whether a section's body is a whole statement of its own ("Every child in care has a
    permanence plan by their second review."), not a lead-in that introduces the headings
    under it ("We measure five outcomes."). A table closing the body (rows set apart by bars:
    a key-facts box after the statement) adds to what the section says; the statement before
    it decides. Such a statement may point ahead to the table itself ("Young people leaving care
    can expect the following support.", then the table of support): a whole sentence closed by
    a full stop, the table below gives what it announced, so the section has said its piece. A
    lead-in handing over with a colon, or too short to be a statement ("The key facts are set
    out below:"), still introduces what follows, table or not (decisions 0121, 0217)."""
    whole = body.strip()
    statement = _without_closing_table(whole)
    words = statement.rstrip("\"'\u201d\u2019)]*_ \t\n")
    if not words.endswith((".", "!", "?")) or len(words.split()) < SIBLING_WORDS:
        return False
    if _POINTS_AHEAD.search(words) is None:
        return True
    return words.endswith(".") and statement != whole


def _without_closing_table(body: str) -> str:
    """`body` without the rows of a table that closes it (lines holding "|", two or more)."""
    if "|" not in body:
        return body
    lines = body.split("\n")
    kept = len(lines)
    while kept and ("|" in lines[kept - 1] or not lines[kept - 1].strip()):
        kept -= 1
    rows = sum(1 for line in lines[kept:] if "|" in line)
    return "\n".join(lines[:kept]) if rows >= 2 else body


def _heading_kind(
    text: str,
    raw: list[RawBlock],
    state: HeadingState,
    cues: Cues,
    index: int,
    model: KindModel | None,
    seen: set[str],
    current: _Open | None,
    is_last_heading: bool,
) -> tuple[str | None, KindSource, float]:
    """A heading's kind from its words, else from the opening of the text under it, else from
    the meaning of both (the kind model); the title's cues name the first line only, so the
    chapter's name repeated lower down is not a title. None: nothing names it."""
    block = raw[index]
    words = text[state.words_start[index] : block.content_end]
    after_body = any(not cues.splittable(kind) for kind in seen) or (
        is_last_heading and 2 * index >= len(raw)
    )
    if names_no_kind(words, after_body=after_body):
        # The last heading, in the later half of the blocks, stands after the body even where
        # the body is un-headed and its kinds are not yet known: "References:" over a closing
        # list of Acts, after un-headed paragraphs (decision 0188).
        return OTHER_KIND, "heading", 1.0
    if names_a_case_example(words):
        return OTHER_KIND, "heading", 1.0
    appendix = appendix_words(words)
    if appendix is not None:
        return _appendix_kind(cues, appendix), "heading", 1.0
    kind = state.heading_kind(words)
    if is_last_heading:
        trailing = cues.trailing_heading_kind(words) or _closing_note_under(
            text, raw, state, index, cues, (kind, seen)
        )
        if trailing is not None:
            return trailing, "heading", 1.0
        if _sums_up_after_body(cues, words, seen):
            return cues.closing_summary_kind, "heading", 1.0
    elif kind is not None and cues.trailing(kind):
        kind = None
    if kind is not None and kind != TITLE_KIND:
        spoken = _spoken_before(text, raw, index, seen, current, cues)
        opening = _opening_cue(text, raw, state, index, cues)
        if (
            opening is not None
            and opening != kind
            and (opening not in spoken or _box_goes_on(cues, opening, current))
            and (
                (
                    cues.only_hinted(kind, words)
                    and not _headed_below(text, raw, state, cues, index, opening)
                    and not _named_in_passing(
                        cues,
                        model,
                        (opening, kind),
                        _body_under(text, raw, state, index, index + 2),
                    )
                )
                or cues.yields_to_opening(kind, words)
                or _named_again(cues, kind, seen, current)
                or _box_named_again_over_body(cues, kind, opening, spoken)
            )
        ):
            return opening, "cue", 1.0
        if model is not None and cues.only_hinted(kind, words):
            hinted_text = _modelled_body(text, raw, state, cues, index)
            claimed_later = _named_by_a_later_peer(text, raw, state, cues, index, kind)
            overruled = _overruled_hint(
                model,
                words + "\n" + hinted_text,
                kind,
                spoken,
                claimed_later=claimed_later,
            )
            opening_paragraph = _body_under(text, raw, state, index, index + 2)
            if (
                overruled is not None
                and not cues.denies(overruled[0], opening_paragraph)
                and _opening_overrules(
                    model,
                    words + "\n" + opening_paragraph,
                    overruled,
                    kind if claimed_later else None,
                )
                and _text_overrules(model, hinted_text, overruled, kind if claimed_later else None)
            ):
                return overruled[0], "model", overruled[1]
        if cues.only_hinted(kind, words):
            stated = _scope_stated_next(text, raw, state, index, cues, spoken)
            if stated is not None and stated != kind:
                return stated, "cue", 1.0
        named = _kinds_named_apart(cues, words) - seen
        if model is not None and kind in named and len(named) > 1:
            chosen = _chosen_by_text(
                model,
                words + "\n" + _modelled_body(text, raw, state, cues, index),
                named,
                kind,
            )
            if (
                chosen[0] != kind
                and cues.heading_kind(_HEADING_JOINS.split(heading_label(words))[0]) == kind
                and _opens_on_the_first_topic(text, raw, state, model, index, (kind, chosen[0]))
            ):
                return kind, "heading", 1.0
            return chosen
        return kind, "heading", 1.0
    if kind is None and cues.names_no_kind(words):
        # A heading no kind's cue or hint names, over a service or body the council adds to
        # the chapter: the family's data says it is none of the kinds, whatever the words under
        # it share with one (decision 0321).
        return OTHER_KIND, "heading", 1.0
    following = index + 1
    if following < len(raw) and not state.is_heading[following]:
        body = raw[following]
        # A trailing kind's cue names only the last heading: an amendment note under "What this
        # chapter is for" is the scope's, though near the end the same words close a chapter.
        # Under a heading over nothing but the closing stamps ("Last word" over "Last updated:
        # …"), the trailing kind is preferred: the stamps are the chapter's end (decision 0204).
        near_end: bool | None = False
        if is_last_heading:
            near_end = True if heads_closing_stamps(state, index) else None
        paragraph = text[body.content_start : body.content_end]
        kind = cues.content_kind(paragraph, near_end)
        # A cue for un-headed text names no heading: the model reads the heading's words with
        # the text (decision 0409).
        if kind is not None and not cues.named_only_unheaded(kind, paragraph):
            return kind, "cue", 1.0
    if model is None:
        return None, "heading", 1.0
    breakaway = _first_breakaway(text, raw, state, cues, index)
    steps = (
        _closing_steps_under(text, raw, state, (model, cues), index) if breakaway is None else None
    )
    under = _body_under(text, raw, state, index, breakaway if steps is None else steps)
    read = words + "\n" + _group_read_by_opening(model, (text, raw, state), index, words, under)
    modelled = _modelled_heading_kind(
        model,
        read,
        seen,
        current.kind if current is not None else None,
        numbered=state.number[index] is not None,
        sibling=current is not None
        and state.number[index] is None
        and _sibling_by_rank(text, raw, state, current, index),
        lettered=state.ordinal[index] is not None,
        peer=current is not None and _numbered_peer(current.number, state.number[index]),
        claimed=_named_right_below(text, raw, state, cues, index),
        parts=_heads_parts(text, raw, state, index),
    )
    opening_kind = _named_by_its_opening(model, (text, raw, state), index, (words, read), seen)
    if opening_kind is None and modelled[0] == OTHER_KIND:
        opening_kind = _named_over_no_kind_after(model, (text, raw, state), index, words, seen)
    if opening_kind is not None:
        modelled = (opening_kind[0], "model", opening_kind[1])
    read_as = modelled[0]
    if read_as is not None and read_as != OTHER_KIND and cues.states_procedure(read_as, under):
        # A heading no cue knows over a case procedure, which the model reads by its words as
        # the kind whose principles speak of the same plans and roles (decision 0222); also
        # where that kind is the section before's, whose sibling or part it would have been.
        return OTHER_KIND, "cue", 1.0
    return modelled


OPENING_TOPIC_CONFIDENCE = 0.75
"""How sure the kind model must be of a heading read with its opening paragraph, and of that
paragraph read alone, for the opening to name a heading whose whole body it cannot place
(`_named_by_its_opening`)."""


def _named_by_its_opening(
    model: KindModel,
    document: tuple[str, list[RawBlock], HeadingState],
    index: int,
    heading: tuple[str, str],
    seen: set[str],
) -> tuple[str, float] | None:
    """The kind of the opening paragraph under heading `index`, which no cue knows, when the
    model cannot place the heading on its whole body but is sure of the opening. `heading`: the
    heading's words, and those words with the body as `_modelled_heading_kind` reads them.

    A heading over several topics in turn ("How we work": the staff's values, then the council
    as parent, then a named practice model) heads the first of them; the later ones break away
    as un-headed stretches (decisions 0066, 0108). Read on the whole body, the topics share the
    model's belief and none clears the bar, or one clears it barely, so the heading's kind turns
    on which topic happens to lead by a few points after each examples rebuild (decisions 0476,
    0484). What stands right under a heading is what it heads: where the model's reading of the
    heading on its whole body is unsure (no kind at `HINT_OVERRULING`), the heading's words with
    its opening paragraph and that paragraph alone both read as one kind the chapter has not had
    at `OPENING_TOPIC_CONFIDENCE`, the opening says more than an aside, and a later paragraph
    reads as another kind (the body does turn to another topic, which is why the whole reading
    was unsure), the heading takes the opening's kind. None: the whole reading stands."""
    text, raw, state = document
    words, read = heading
    under = _opening_and_later(text, raw, state, index)
    if under is None:
        return None
    opening, later = under
    if not later or max(model.probabilities([read])[0].values()) >= HINT_OVERRULING:
        return None
    headed, alone, *rest = model.probabilities([words + "\n" + opening, opening, *later])
    best = max(headed, key=headed.__getitem__)
    if (
        best in seen
        or best in (TITLE_KIND, OTHER_KIND)
        or headed[best] < OPENING_TOPIC_CONFIDENCE
        or alone.get(best, 0.0) < OPENING_TOPIC_CONFIDENCE
    ):
        return None
    tops = [max(scores, key=scores.__getitem__) for scores in rest]
    if not any(
        top != best and _reads_as(scores, top) for top, scores in zip(tops, rest, strict=True)
    ):
        return None
    return best, headed[best]


def _named_over_no_kind_after(
    model: KindModel,
    document: tuple[str, list[RawBlock], HeadingState],
    index: int,
    words: str,
    seen: set[str],
) -> tuple[str, float] | None:
    """The kind of the opening paragraph under heading `index`, where the model reads the heading
    on its whole body as "other" only because of what comes after that opening: every later
    paragraph read surely as material of no kind (`CONFIDENT_OTHER`), while the heading's words,
    the heading with its opening and the opening alone are each read likeliest as one kind the
    chapter has not had.

    A chapter on another topic of children's services may follow a section's statement with its
    procedure (who assesses a child before they move in, within how many hours a meeting is
    held) and give the procedure no heading of its own. Read on the whole body, the procedure's
    words outweigh the statement's and the heading is read as no kind, so the statement is lost
    with it. What stands right under a heading is what it heads; the procedure after it is no
    sign of the heading's kind (decision 0536). A heading over a procedure of its own ("If a
    child goes missing") reads as no kind by its words, or its opening does, and is left so.
    None: the whole reading stands."""
    text, raw, state = document
    under = _opening_and_later(text, raw, state, index)
    if under is None:
        return None
    opening, later = under
    if not later:
        return None
    heading, headed, alone, *rest = model.probabilities(
        [words, words + "\n" + opening, opening, *later]
    )
    best = max(headed, key=headed.__getitem__)
    if (
        best in seen
        or best in (TITLE_KIND, OTHER_KIND)
        or max(heading, key=heading.__getitem__) != best
        or max(alone, key=alone.__getitem__) != best
    ):
        return None
    if not all(
        scores.get(OTHER_KIND, 0.0) >= CONFIDENT_OTHER
        and max(scores, key=scores.__getitem__) == OTHER_KIND
        for scores in rest
    ):
        return None
    return best, headed[best]


def _numbered_peer(before: str | None, number: str | None) -> bool:
    """Whether a heading numbered `number` is a peer of the section before's heading numbered
    `before` ("4." after "3.", "2.3" after "2.2"): the author's numbering sets it beside that
    section, not under it (`_modelled_heading_kind`'s `peer`)."""
    if before is None or number is None:
        return False
    return before.rstrip(".").count(".") == number.rstrip(".").count(".") and before != number


def _named_right_below(
    text: str, raw: list[RawBlock], state: HeadingState, cues: Cues, index: int
) -> str | None:
    """The kind that the heading straight after heading `index`, with no words between them,
    names by its own cue: that heading is the kind's, so the line above it is not ("**Ashdown
    Children's Services Manual**" over "Scope of this chapter": a manual's name, which the model
    reads by its words alone as the scope; 0353's follow-up m17d). None where words come between
    or the heading below names no kind by a cue; a sub-heading is the heading's own part, read
    with it (decision 0240)."""
    below = index + 1
    if below >= len(raw) or not state.is_heading[below] or state.level[below] > state.level[index]:
        return None
    words = text[state.words_start[below] : raw[below].content_end]
    kind = state.heading_kind(words)
    if kind is None or kind in (TITLE_KIND, OTHER_KIND) or cues.only_hinted(kind, words):
        return None
    return kind


def _group_read_by_opening(
    model: KindModel,
    document: tuple[str, list[RawBlock], HeadingState],
    index: int,
    words: str,
    body: str,
) -> str:
    """The body under heading `index` (`words`) as the kind model should read it: when the body
    is a group of paragraphs numbered under one number ("2.1 …", "2.2 …") whose opening
    paragraph alone the model reads clearly (`GROUP_OPENING_CONFIDENCE`) as another kind than
    the heading and whole body, only that paragraph, as an un-headed group is read
    (`_unit_probabilities`); otherwise the whole body."""
    text, raw, state = document
    first = index + 1
    if first >= len(raw) or state.is_heading[first] or raw[first].type != "paragraph":
        return body
    opening = text[raw[first].content_start : raw[first].content_end]
    number = paragraph_section_number(opening)
    if number is None or not opens_group_in_words(opening):
        return body
    following = first + 1
    while following < len(raw) and not state.is_heading[following]:
        content = text[raw[following].content_start : raw[following].content_end]
        if paragraph_section_number(content) == number:
            break
        following += 1
    else:
        return body
    alone, whole = model.probabilities([opening, words + "\n" + body])
    kind = max(alone, key=alone.__getitem__)
    if alone[kind] >= GROUP_OPENING_CONFIDENCE and kind != max(whole, key=whole.__getitem__):
        return opening
    return body


def _sums_up_after_body(cues: Cues, words: str, seen: set[str]) -> bool:
    """Whether the chapter's last heading is a summary box's ("At a glance", "Key points") after
    a section of the body: there the box recaps the points of the chapter's work, the kind the
    family names for it (`Cues.closing_summary_kind`), where before the text it says what the
    chapter is and covers (decision 0095). The body is any kind read before that is neither
    the title, "other", a container (the scope box) nor end matter (decision 0288)."""
    return (
        cues.closing_summary_kind is not None
        and cues.sums_up(words)
        and any(
            kind not in (TITLE_KIND, OTHER_KIND)
            and not cues.splittable(kind)
            and not cues.trailing(kind)
            for kind in seen
        )
    )


def _summary_box_inside(
    text: str,
    raw: list[RawBlock],
    state: HeadingState,
    cues: Cues,
    seen: set[str],
    current: _Open,
    index: int,
) -> bool:
    """Whether heading `index` labels a summary box ("Key facts", "Key points") set inside a
    section of the body, a rank below that section's heading (a table's title row or a bold
    label under a `##` or Word heading) and before the chapter's closing headings. Before the
    text such a box says what the chapter is and covers (decision 0095) and as the last heading
    it recaps the chapter's work (decision 0288); between two sections of the body it sums up
    the points of the section it stands in, so it joins that section rather than opening a
    scope of its own."""
    return (
        current.headed
        and current.kind not in (TITLE_KIND, OTHER_KIND)
        and not cues.splittable(current.kind)
        and not cues.trailing(current.kind)
        and _sums_up_after_body(cues, text[state.words_start[index] : raw[index].content_end], seen)
        and _marked_below(raw, state, current.first, index)
    )


def _closing_run_from(
    text: str, raw: list[RawBlock], state: HeadingState, cues: Cues, last_heading: int
) -> int:
    """The first heading that closes the chapter as its last heading does: the last heading,
    or an earlier one that is end matter by its own words when every heading after it is too
    ("Version history", then "Sign-off" over the approving officer's name; decision 0169).
    -1: none."""
    start = last_heading
    for index in range(last_heading, -1, -1):
        if not state.is_heading[index]:
            continue
        if index == state.title_index:
            break
        words = text[state.words_start[index] : raw[index].content_end]
        if cues.trailing_heading_kind(words) is None:
            break
        start = index
    return start


def _closing_note_under(
    text: str,
    raw: list[RawBlock],
    state: HeadingState,
    index: int,
    cues: Cues,
    named: tuple[str | None, set[str]],
) -> str | None:
    """The trailing kind (end matter) of a container's heading ("Amendments", "Amendment")
    that is the chapter's last heading, after the body, over a note the trailing kind's own cues
    name near the end ("This chapter was amended in November 2024, when …"): the chapter's
    closing history, end matter as the same note is without its heading (decision 0097). Under
    the title, before the body, the same heading over the same note is the scope's; and a
    closing heading over anything else keeps the kind its words name (decision 0139). A table
    under the heading is named by its header row's cells ("Date | Amendment": the chapter's
    amendment record, decision 0150). A heading that sums the page up ("At a glance") heads a
    summary box, whatever its first row gives ("Revised: October 2025"): the box is the kind a
    closing summary is (decision 0288), not a closing history (decision 0524)."""
    kind, seen = named
    if kind is None or not cues.splittable(kind):
        return None
    if cues.sums_up(heading_label(text[raw[index].content_start : raw[index].content_end])):
        return None
    if not any(not cues.splittable(done) and done not in (TITLE_KIND, OTHER_KIND) for done in seen):
        return None
    following = index + 1
    if following >= len(raw) or state.is_heading[following]:
        return None
    body = raw[following]
    opening = text[body.content_start : body.content_end]
    if opening.startswith("|"):
        # a table's header row ("| Date | Amendment |"): its cells, as the cues write them
        opening = opening.strip().strip("|").strip()
    closing = cues.content_kind(opening, True)
    if closing is None or not cues.trailing(closing):
        # the history's own stamp closing the chapter under a container kind's heading
        # ("Changes since the last edition", a list of what changed, "Last revision: October
        # 2025"): the heading opens the chapter's closing history, end matter (decision 0234)
        last = raw[-1]
        if (
            kind in (TITLE_KIND, OTHER_KIND)
            or len(raw) - following < _CLOSING_HISTORY_BLOCKS
            or state.is_heading[len(raw) - 1]
        ):
            closing = None
        else:
            closing = cues.content_kind(text[last.content_start : last.content_end], True)
    return closing if closing is not None and cues.trailing(closing) else None


_CLOSING_HISTORY_BLOCKS = 2
"""Blocks under a closing changes heading before the stamp that ends them, at the least: what
changed, then the stamp."""


def _appendix_kind(cues: Cues, words: str) -> str:
    """An appendix's kind: the kind its own words name ("Appendix: The Corporate Parenting
    Principles"), else none: what stands after the body under an appendix's label (contacts, a
    glossary, related guidance, forms) is no section of the chapter's, however many of a kind's
    words it holds, and the model is not asked."""
    if not words or names_no_kind(words, after_body=True):
        return OTHER_KIND
    kind = cues.heading_kind(words)
    return OTHER_KIND if kind is None or kind == TITLE_KIND else kind


def _under_appendix(section: _Open) -> bool:
    """Whether the section is an appendix (its heading labels one): its entries ("Permanence: a
    lasting home …" in a glossary, "Leaving care team: 01632 …" among contacts) open no section
    of the body's kinds, whatever a cue reads in them; only the end matter follows it."""
    return section.heading is not None and appendix_words(section.heading) is not None


def _spoken_before(
    text: str, raw: list[RawBlock], index: int, seen: set[str], current: _Open | None, cues: Cues
) -> set[str]:
    """The kinds the chapter has said something in before a heading: an amendment note under
    the title (an un-headed scope section a cue opened, "Amended 11/2024") dates the chapter but
    does not start it, so the first heading after it is still the chapter's first where its
    words only hint at a kind ("Purpose" over "This chapter sets out …" is the scope). So does
    a document-control record under its own heading ("Document control" over a table of the
    version, its owner and the dates it was approved and is next reviewed): it says which file
    this is and is complete in itself (decision 0156), and the chapter starts after it."""
    if (
        current is None
        or not cues.splittable(current.kind)
        or seen - {TITLE_KIND, OTHER_KIND} != {current.kind}
    ):
        return seen
    if (
        not current.headed
        and current.decided_by == "cue"
        and (
            index - current.first <= PREAMBLE_BLOCKS
            or _rows_of_one_table(text, raw, current.first, index)
        )
        and _names_the_amendment(text, raw, current.first, index)
    ):
        return seen - {current.kind}
    if current.headed and holds_only_a_record(text, raw, current.first + 1, index):
        return seen - {current.kind}
    return seen


def _rows_of_one_table(text: str, raw: list[RawBlock], first: int, end: int) -> bool:
    """Whether blocks `first` to `end` are the rows of one table, one line each on adjacent
    lines ("Owner | …", "Version | v2.3", "What changed | …"): a document-control table is one
    note however many rows it has, so its rows are not counted as a run of paragraphs."""
    return all(_cell_row(text, raw[position]) for position in range(first, end)) and all(
        _adjacent(text, raw, position) for position in range(first, end - 1)
    )


def _box_goes_on(cues: Cues, opening: str, current: _Open | None) -> bool:
    """Whether the paragraph under a heading goes on with the scope box the chapter is in: its
    opening cue names the box's kind, and the section open before the heading is that box
    ("Document history", "Contents", then "1.0 Purpose" over "This policy describes the
    principles …"). The box's parts stand in a row under the title by design, so a hint
    ("Purpose") over the box's own words is one more of them, though the chapter has had the
    kind (decision 0182)."""
    return current is not None and current.kind == opening and cues.splittable(opening)


def _named_again(cues: Cues, kind: str, seen: set[str], current: _Open | None) -> bool:
    """A heading naming a kind the chapter has already had a section of ("What guides us" read
    as the values, then "Our values" over the seven corporate parenting principles): the
    heading's word is a label the author reached for again, and the text under it, when a cue
    names another kind not yet spoken, says what the section is. Not the scope box's kind, whose
    parts ("Amendment", "Contents", "Scope") stand in a row under the title by design."""
    return kind in seen and current is not None and not cues.splittable(kind)


def _opening_block(section: _Open) -> int:
    """The block a section opens with: an un-headed section's first paragraph, or the
    paragraph right under a heading, which the heading always keeps (`_first_under_its_heading`)."""
    return section.first + 1 if section.headed else section.first


def _box_named_again_over_body(cues: Cues, kind: str, opening: str, spoken: set[str]) -> bool:
    """A heading of the scope box's kind after the box ("About this chapter", then "Why this
    policy exists" or "What this policy covers") over a paragraph that opens in the cued words
    of a body kind ("This policy describes the framework within which …", the introduction's):
    the box has had its section, and what stands right under the heading is what it heads, so
    the heading is the body kind's, SPEC's "who it covers" of the introduction (decision 0186).
    The box's own parts in a row ("Amendment", then "Contents") open in the box's words or none,
    and a trailing kind's note ("Last updated") stays the box's. `spoken` is what the chapter
    has said before the heading (`_spoken_before`): an amendment stamp under the title has not
    opened the box, so "About this chapter" after "Last amended: …" is still the box's first
    heading and keeps its kind."""
    return (
        kind in spoken
        and cues.splittable(kind)
        and not cues.splittable(opening)
        and not cues.trailing(opening)
        and opening not in (TITLE_KIND, OTHER_KIND)
    )


_CLAUSE_NUMBER = re.compile(r"\d+(?:\.\d+)+\.?[ \t]+")
"""A legal-style paragraph number ("1.1 ", "2.3.1 ") before the paragraph's words."""
SCOPE_STATEMENT_SENTENCES = 3
"""How many sentences of the first paragraph under the chapter's first heading may state the
scope, the first one naming what the chapter is about."""


def _scope_stated_next(
    text: str, raw: list[RawBlock], state: HeadingState, index: int, cues: Cues, seen: set[str]
) -> str | None:
    """The scope box's kind when the paragraph under the chapter's first heading, a heading
    that only hints at its kind ("Purpose", "Overview"), states whom the chapter applies to in a
    sentence after its first ("This chapter describes our values. It applies to all staff …"),
    as a clause-numbered paragraph or one that first names the chapter's subject does: the
    hint defers to the text, as it does when the statement opens the paragraph. A heading that
    names its kind keeps it: "Introduction" over "… It applies to all staff" is the
    introduction, SPEC's "who it covers" (decision 0127). Later headings, a first section that
    never says whom it applies to, and one whose opening sentence is cued as another kind's
    ("This policy sets out how we work …", the introduction's own words) keep the heading's
    kind."""
    following = index + 1
    if not seen <= {TITLE_KIND, OTHER_KIND} or following >= len(raw):
        return None
    if state.is_heading[following] or raw[following].type != "paragraph":
        return None
    body = raw[following]
    paragraph = text[body.content_start : body.content_end]
    clause = _CLAUSE_NUMBER.match(paragraph)
    if cues.content_kind(paragraph[clause.end() :] if clause else paragraph) is not None:
        return None  # the opening speaks in another kind's own words ("This policy sets out …")
    starts = [match.end() for match in _SENTENCE_END.finditer(paragraph)]
    for start in starts[: SCOPE_STATEMENT_SENTENCES - 1]:
        kind = cues.content_kind(paragraph[start:].lstrip())
        if kind is not None and cues.splittable(kind) and not cues.trailing(kind):
            return kind
    return None


def _opening_cue(
    text: str, raw: list[RawBlock], state: HeadingState, index: int, cues: Cues
) -> str | None:
    """The kind a content cue finds in the paragraph right under heading `index`, if any: it
    outweighs a heading hint ("How we practise" over "Our practice model, …, asks workers to …"),
    as the words of the text say what the section holds where the heading only suggests it. It
    is read before the kind model may overrule the hint: the cue's words are better evidence of
    the kind than the model's weighing of them (decision 0092). A clause number before the
    paragraph's words ("3.5.1 Our practice framework is …") is read past (decision 0182). A
    lead-in whose words name no kind ("Everything in this chapter is written to meet the
    following:") is read with the first item of the list it introduces, which completes its
    sentence ("… the following: Children Act 1989"; decision 0404). A kind named by its cues
    for un-headed text alone is none (decision 0409)."""
    following = index + 1
    if following >= len(raw) or state.is_heading[following]:
        return None
    body = raw[following]
    paragraph = text[body.content_start : body.content_end]
    # a legal-style clause number ("3.5.1 ") is no word of the paragraph's (misses round 19)
    clause = _CLAUSE_NUMBER.match(paragraph)
    words = paragraph[clause.end() :] if clause else paragraph
    kind = cues.content_kind(words)
    item = following + 1
    if (
        kind is None
        and body.type == "paragraph"
        and words.rstrip().endswith(":")
        and item < len(raw)
        and raw[item].type == "list_item"
        and not state.is_heading[item]
    ):
        first = text[raw[item].content_start : raw[item].content_end]
        words = words.rstrip() + " " + first.strip()
        kind = cues.content_kind(words)
    # A cue for un-headed text names its kind only where no heading speaks: under a heading the
    # paragraph is what the heading heads ("Our plan for the next three years" over "By 2028 we
    # want fewer children to need our care, more …", decision 0409).
    return None if kind is not None and cues.named_only_unheaded(kind, words) else kind


_NO_KIND_HEADING = re.compile(
    r"(?:glossary|definitions?|(?:key|common) (?:terms|words|definitions)"
    r"|(?:the )?(?:terms|words|language) (?:we use|used)(?: in this (?:chapter|document))?"
    r"|what (?:the|these|our) (?:words|terms) mean|abbreviations|acronyms)"
    r"(?: (?:and|&) (?:definitions|abbreviations|acronyms|terms))?$",
    re.IGNORECASE,
)
"""A glossary's heading: material of no kind, however many of a kind's words its entries hold
("Words we use" over definitions of corporate parent, permanence and care leaver)."""
_AFTER_BODY_HEADING = re.compile(
    r"(?:"
    + POINTER_WORDS
    + r"|(?:key |useful )?contacts?(?: us| details| information)?|who to contact"
    r"|(?:questions|queries|enquiries)(?: about this (?:chapter|policy|procedure))?"
    r"|equality (?:impact|analysis)(?: (?:statement|assessment|screening))?"
    r"|(?:(?:financial|legal|equality|equalities|risk|resource|staffing|other)"
    r"(?:,? (?:and|&) (?:financial|legal|equality|equalities|risk|resource|staffing))? )?"
    r"implications(?: (?:of|for) (?:the|this) (?:report|decision|recommendations?|proposals?))?"
    r"|contact officers?(?: (?:and|&) background papers)?|background papers)$",
    re.IGNORECASE,
)
"""Pointers to other documents, and to whom to ask ("Contacts", "Who to contact"; decision 0123;
"Questions", "Enquiries about this chapter", decision 0189), and a policy template's statement of
its own equality impact ("Equality impact assessment"; decision 0156), and a committee report's
implications of its decision, contact officer and background papers ("Financial implications",
"Implications", "Contact officer and background papers"; decision 0282), which speak of the
document or the decision, not of children. Above the body they belong to the scope box ("Related
chapters"); once a section that is no container has begun they end the page and hold no kind, as
the notes or references under the body do ("Notes" over the numbered notes its citations point
to, "References";
`names_notes`)."""


POINTER_NOTE_LENGTH = 300
"""A paragraph pointing to other documents under a label is a line or two ("Related chapters:
Care Planning, Leaving Care."), not a paragraph that mentions them."""
POINTER_LABEL_REACH = 80
"""The label's colon stands within this many characters of the paragraph's start (a label of
at most 50 letters, its bold or italic markup around it)."""
_LABEL = re.compile(r"([^\W\d][^:.;,!?]{1,48}[^\W\d]):(?:\s|$)")
_CONTACT_OPENING = re.compile(
    r"[*_ ]*(?:for|with|any|questions?|queries|enquiries|comments|feedback|if you have"
    r"|if you are|if you['\u2019]re|if anything|if any|if something|please|contact|speak|talk"
    r"|write|e-?mail|ask)\b",
    re.IGNORECASE,
)
"""The first words a note of whom to ask can open on: `_points_elsewhere`'s cheap first test,
before the paragraph is read in cue form."""
_DOCUMENT = r"(?:this|the) (?:chapter|page|policy|procedures?|document|guidance|section)"
_ASKED = r"(?:questions?|queries|enquiries|comments|feedback|suggestions)"
_TURN_TO = r"(?:please )?(?:ask|talk to|talk with|speak to|speak with|contact|check with)"
_UNSURE_OF_THIS = (
    r"if you(?: are|['\u2019]re) (?:unsure|not sure|uncertain|in (?:any )?doubt) "
    r"(?:how|what|whether|which|about|of)\b[^.;]{0,60}?\bthis\b"
)
"""A reader unsure of what the chapter means for them ("if you are unsure how any of this
applies", "if you're not sure what this means"): "this" is the chapter the note closes."""
_UNCLEAR_IN_THIS = (
    r"if (?:anything|something|any part|any of (?:this|it))"
    r"(?: here| (?:in|of|on|about) (?:this|these|the) (?:chapter|pages?|policy|procedures?"
    r"|document|guidance|section))? (?:is|seems|remains) "
    r"(?:unclear|not clear|confusing|hard to follow)\b"
)
"""The same doubt said of the text rather than of the reader ("If anything in these pages is
unclear", "if any part of this chapter seems confusing", blind320): what is unclear is the
chapter the note closes, named or not."""
_CONTACT_NOTE = re.compile(
    r"(?:(?:for|with) (?:any )?(?:advice|help|questions?|queries|enquiries|comments|feedback"
    r"|further (?:advice|information)|more information) (?:about|on|regarding|relating to) "
    + _DOCUMENT
    + r",? (?:please )?(?:contact|speak to|write to|e-?mail|telephone|call|ring)\b"
    r"|(?:any )?"
    + _ASKED
    + r"(?: (?:or|and) "
    + _ASKED
    + r")? (?:about|on|regarding) "
    + _DOCUMENT
    + r",? (?:(?:can|may|should) (?:be (?:sent|addressed|directed|made|raised|e-?mailed)|go)\b"
    r"|(?:go|are (?:sent|addressed|directed)) to\b"
    r"|(?:are|is) (?:always |very )?welcomed?\b)"
    r"|if you have (?:a |any )?(?:questions?|query|queries|comments?|concerns?) (?:about|on|"
    r"regarding) "
    + _DOCUMENT
    + r",? (?:please )?(?:contact|speak to|write to|e-?mail|telephone|call|ring)\b"
    r"|(?:please )?(?:contact|speak to|write to|e-?mail|ask) .{1,80}? (?:with|about|if you"
    r" have) (?:a |any |your )?(?:questions?|query|queries|enquiry|enquiries|comments?"
    r"|feedback|concerns?)"
    r"(?: you have)? (?:about|on|regarding) "
    + _DOCUMENT
    + r"|"
    + _TURN_TO
    + r" .{1,80}? "
    + _UNSURE_OF_THIS
    + r"|"
    + _UNSURE_OF_THIS
    + r"[^.;]{0,60}?,? "
    + _TURN_TO
    + r"\b"
    + r"|"
    + _TURN_TO
    + r" .{1,80}? "
    + _UNCLEAR_IN_THIS
    + r"|"
    + _UNCLEAR_IN_THIS
    + r",? (?:please )?(?:just )?"
    + _TURN_TO
    + r"\b)",
    re.IGNORECASE,
)
"""A closing note saying whom to ask about the chapter ("For advice about this chapter, contact
the Principal Social Worker …", "Questions about this page can be sent to …" or "should go
to …" (decision 0189), "Comments or
questions about this chapter are welcome" (decision 0147), "If you have a question about this
chapter, please contact …", or the same turned round as a request: "Contact the Policy Team with
any questions about this chapter", decision 0135; "Questions about this chapter go to your line
manager", in the plain present; "Ask a team manager if you are unsure how any of this applies",
whom to turn to when unsure of what the chapter means, either way round, decision 0452; "If
anything in these pages is unclear, speak to your team manager", the text said to be unclear,
`_UNCLEAR_IN_THIS`): after
the body, material of no kind, as the labelled pointers are (decision 0123)."""


def _points_elsewhere(
    text: str, block: RawBlock, cues: Cues, current: _Open | None, index: int, seen: set[str]
) -> bool:
    """Whether un-headed paragraph `block`, after the body has begun, is a labelled pointer to
    other documents ("Related chapters: Care Planning, Leaving Care.", "See also:" over a list):
    what the same words say as a heading (`names_no_kind`), material of no kind after the
    section it follows, which it is not about (decision 0115). The caller asks only after the
    chapter's last heading: "Further reading:" over guidance inside the introduction, with the
    chapter's sections still to come, is the introduction's. Right under a heading it is what
    the heading heads; in a section of no kind or the end matter it is already where it belongs.
    A short note saying whom to ask about the chapter ("For advice about this chapter, contact
    …", `_CONTACT_NOTE`), or labelled "Contact:", is such material too (decision 0123)."""
    opening = text[block.content_start : block.content_start + POINTER_LABEL_REACH]
    labelled = ":" in opening
    if not labelled and _CONTACT_OPENING.match(opening) is None:
        return False  # no label and no note of whom to ask: most paragraphs
    if (
        block.content_end - block.content_start > POINTER_NOTE_LENGTH
        or current is None
        or current.kind in (TITLE_KIND, OTHER_KIND)
        or cues.trailing(current.kind)
        or _first_under_its_heading(current, index)
        or not any(not cues.splittable(kind) for kind in seen)
    ):
        return False
    words = cue_text(text[block.content_start : block.content_end])
    if _CONTACT_NOTE.match(words) is not None:
        return True
    label = _LABEL.match(words) if labelled else None
    return label is not None and names_no_kind(label.group(1), after_body=True)


def _after_pointer_list(text: str, raw: list[RawBlock], current: _Open | None, index: int) -> bool:
    """Whether paragraph `index` goes on after the list under a pointer heading ("Related
    guidance", "See also") as the chapter's body again: the heading heads its list of links,
    and a paragraph that says something after the list's last item, neither a note of whom to
    ask nor a labelled pointer, is body text whose heading was dropped ("We treat children and
    their families with respect. …" after "Related guidance" over three links between the
    corporate parenting and the practice model). It opens an un-headed run the model divides as
    it divides any (`_segment_runs`), instead of staying in a section of no kind, which the model
    never re-reads (`_starts_run`; decision 0196)."""
    if (
        current is None
        or not current.headed
        or current.kind != OTHER_KIND
        or current.heading is None
        or index < current.first + 2
        or raw[index - 1].type != "list_item"
        or any(
            raw[between].type != "list_item"
            and not (between == current.first + 1 and _introduces_list(text, raw[between]))
            for between in range(current.first + 1, index)
        )
        or not names_pointers(current.heading)
    ):
        return False
    block = raw[index]
    words = cue_text(text[block.content_start : block.content_end])
    if len(words.split()) < BREAKAWAY_WORDS or _CONTACT_NOTE.match(words) is not None:
        return False
    label = _LABEL.match(words)
    return label is None or not names_no_kind(label.group(1), after_body=True)


def _introduces_list(text: str, block: RawBlock) -> bool:
    """Whether paragraph `block` is a lead-in ending on a colon ("These chapters may also
    help:"), which introduces the list under it rather than saying something of its own."""
    return (
        block.type == "paragraph"
        and text[block.content_start : block.content_end].rstrip(" *_").endswith(":")
        and block.content_end - block.content_start <= POINTER_NOTE_LENGTH
    )


_STORY_OPENING = re.compile(
    r"[*_\"'\u201c\u2018 ]*(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?: (?:and|&) [A-Z][a-z]+)?"
    r" (?:is|was|has|had|came|comes|moved|lives|lived|left|went|joined|grew|arrived|turned"
    r"|spent|started)\b"
)
"""A paragraph opening on a person named and what they are or did: "Leah is nineteen.",
"Kayla came to live with foster carers …", "Sam and Jo moved in with their aunt …"."""
_NOT_A_NAME = frozenset(
    {
        "All", "Any", "Anyone", "Children", "Council", "Each", "Every", "Everybody", "Everyone",
        "He", "Here", "It", "No", "Nobody", "One", "Our", "She", "Someone", "That", "The",
        "There", "These", "They", "This", "Those", "We", "What", "When", "Where", "Which", "Who",
    }
)  # fmt: skip
"""Capitalised words that open a sentence of policy, never a person's name."""
_GENDERED_PRONOUN = re.compile(r"\b(?:she|he|her|hers|his|him|herself|himself)\b", re.IGNORECASE)
_EITHER_PRONOUN = re.compile(
    r"\b(?:he|she|his|her|him|hers)[ \t]*(?:or|/)[ \t]*(?:he|she|his|her|him|hers)\b|\bs/he\b",
    re.IGNORECASE,
)
"""A policy's way of naming any child ("he or she", "his/her", "s/he"): no one person."""
STORY_PRONOUNS = 2
"""A story about one person refers back to them as "she" or "he" at least this often."""


def tells_a_story(words: str) -> bool:
    """Whether a paragraph tells one named person's story: it opens on the person's name and
    what they are or did ("Leah is nineteen. She left care last year …") and goes on about them
    as "she" or "he" (`STORY_PRONOUNS`), where a policy speaks of "the child", "they" or "he or
    she". A chapter may open on such a story with no heading of its own; it is no kind of the
    chapter, as a case example under a heading is not (decisions 0223, 0232)."""
    opening = _STORY_OPENING.match(words)
    if opening is None or opening["name"] in _NOT_A_NAME:
        return False
    return len(_GENDERED_PRONOUN.findall(_EITHER_PRONOUN.sub(" ", words))) >= STORY_PRONOUNS


def _opening_story(
    text: str, block: RawBlock, state: HeadingState, opened: list[_Open], index: int
) -> bool:
    """Whether paragraph `index` tells one person's story (`tells_a_story`) under the title and
    before the chapter's first heading (after a byline or the amendment stamp perhaps): the
    story the chapter opens on, no section's text."""
    return (
        state.title_index is not None
        and index > state.title_index
        and not any(section.headed and section.kind != TITLE_KIND for section in opened)
        and tells_a_story(text[block.content_start : block.content_end])
    )


def names_no_kind(words: str, *, after_body: bool) -> bool:
    """Whether heading `words` name material that is no kind of any chapter: a glossary, or
    (after the body has begun) a list of related documents or further reading, or the notes or
    references under the body."""
    label = heading_label(words)
    return _NO_KIND_HEADING.fullmatch(label) is not None or (
        after_body and (_AFTER_BODY_HEADING.fullmatch(label) is not None or names_notes(words))
    )


HINT_OVERRULING = 0.5
"""A heading hint's kind yields to a kind the document has not had yet that the model gives at
least this probability for the heading and its text…"""
HINT_OVERRULING_RATIO = 3.0
"""…and this many times the hinted kind's: a clear preference, not a near tie ("Support for care
leavers" over a text as much about corporate parenting as about leaving care keeps its hint)."""


def _overruled_hint(
    model: KindModel, words: str, hinted: str, seen: set[str], *, claimed_later: bool = False
) -> tuple[str, float] | None:
    """The kind that overrules a heading hint: "How we work with families" over a text about a
    named practice model, "Purpose of this chapter" over a scope box. None: the hint stands.

    Where a later heading of the same rank names the hinted kind by its own cue
    (`claimed_later`), the author has given that kind its section there, so the model need only
    prefer another kind, not by `HINT_OVERRULING_RATIO`: "What we want for children" over a
    vision, with "Measuring what matters" heading the outcomes further down (decision 0349).
    The hinted kind's own share is then left out (`_without_claimed`): the model, having learned
    the hint's words as that kind, only echoes the heading; which other kind the text is, is the
    question, and the model must answer it clearly, `HINT_OVERRULING_RATIO` times the next
    other kind ("How we work" over a relational way of working, read nearly as much as values
    as a practice model, keeps its hint; 0353's follow-up m17d)."""
    scores = model.probabilities([words])[0]
    if claimed_later:
        scores = _without_claimed(scores, hinted)
    ranked = sorted(
        (kind for kind in scores if kind not in (TITLE_KIND, OTHER_KIND)),
        key=scores.__getitem__,
        reverse=True,
    )
    best = ranked[0]
    rival = scores[ranked[1]] if claimed_later and len(ranked) > 1 else scores.get(hinted, 0.0)
    if (
        best in seen
        or best == hinted
        or scores[best] < HINT_OVERRULING
        or scores[best] < HINT_OVERRULING_RATIO * rival
    ):
        return None
    return best, scores[best]


def _without_claimed(scores: dict[str, float], claimed: str) -> dict[str, float]:
    """The model's probabilities with kind `claimed` left out and the rest scaled to sum to one:
    the reading of a hinted section whose kind a later peer heading names by its own cue."""
    rest = {kind: score for kind, score in scores.items() if kind != claimed}
    total = sum(rest.values())
    return {kind: score / total for kind, score in rest.items()} if total > 0 else scores


def _named_by_a_later_peer(
    text: str, raw: list[RawBlock], state: HeadingState, cues: Cues, index: int, kind: str
) -> bool:
    """Whether a heading after `index`, of its rank or above (not one of its sub-headings),
    names `kind` by the kind's own heading cue rather than a hint. Never for a kind councils
    split into sibling sections by topic (`Cues.topics_apart_kinds`): a later "Leaving care"
    gives its topic a section, not the kind, so "Our principles" before it keeps its claim
    (decision 0434)."""
    if kind in cues.topics_apart_kinds:
        return False
    level = state.level[index]
    for later in range(index + 1, len(raw)):
        if not state.is_heading[later] or state.level[later] > level:
            continue
        words = text[state.words_start[later] : raw[later].content_end]
        if state.heading_kind(words) == kind and not cues.only_hinted(kind, words):
            return True
    return False


def _headed_below(
    text: str, raw: list[RawBlock], state: HeadingState, cues: Cues, index: int, kind: str
) -> bool:
    """Whether one of heading `index`'s own sub-headings names `kind` by the kind's own heading
    cue: "3.2 Corporate parenting" under "3.0 Policy statement", whose opening paragraph says
    that "the whole council becomes their parent" and where the council's duties come from. The
    author gave that topic a part of its own below, so the opening's cue is the statement's word
    on what its parts hold, not what the hinted section itself holds; the hint stands (decision
    0424). A peer heading ("2.0 Scope" after "1.0 Purpose") says nothing of the kind."""
    for later in range(index + 1, len(raw)):
        if not state.is_heading[later]:
            continue
        if not _ranks_below(raw, state, index, later):
            return False
        words = text[state.words_start[later] : raw[later].content_end]
        if state.heading_kind(words) == kind and not cues.only_hinted(kind, words):
            return True
    return False


def _named_in_passing(
    cues: Cues, model: KindModel | None, kinds: tuple[str, str], paragraph: str
) -> bool:
    """Whether the opening cue of a kind whose sections name a thing (a practice model,
    `named_again`) only names it in passing, in a paragraph about the heading's hinted kind:
    "We are a Signs of Safety authority. Care leavers can have a personal adviser until 21, …"
    under "How we work". The name is said and the paragraph goes on to the hint's topic, so the
    model, reading the paragraph without the heading's words, gives the hinted kind as a hint's
    rival would need to be given to overrule it (`HINT_OVERRULING`, `HINT_OVERRULING_RATIO`
    times the cue's kind), and the hint stands. A paragraph that tells what the model is reads
    as the model, and its cue wins as before (decision 0092); a cue of a kind that names no
    thing ("the entire council acts as their parent") is left to the cue (decisions 0424,
    0502)."""
    cued, hinted = kinds
    if model is None or cued not in cues.named_again_kinds or not paragraph:
        return False
    scores = model.probabilities([paragraph])[0]
    share = scores.get(hinted, 0.0)
    return share >= HINT_OVERRULING and share >= HINT_OVERRULING_RATIO * scores.get(cued, 0.0)


def _ranks_below(raw: list[RawBlock], state: HeadingState, heading: int, later: int) -> bool:
    """Whether heading `later` ranks below heading `heading`: by their markup where both have
    it (a Word "Heading 2" under "Heading 1", which the reader may still make sections of their
    own), else by the levels the rules gave them."""
    own, other = raw[heading].markup_level, raw[later].markup_level
    if own and other:
        return other > own
    return state.level[later] > state.level[heading]


def _opening_overrules(
    model: KindModel, words: str, overruled: tuple[str, float], claimed: str | None = None
) -> bool:
    """Whether the heading's words and its first paragraph alone read as the kind that
    overrules its hint (`_overruled_hint`, over the whole body): the section opens on that
    topic. A hinted section whose later paragraph turns to another kind in passing ("How we
    work with young people": the young person's pace and a personal adviser, then a closing
    sentence on the corporate parenting principles) keeps its hint. A kind a later peer heading
    `claimed` is left out of the reading, as `_overruled_hint` leaves it out."""
    kind = overruled[0]
    scores = _reading_without(model, words, claimed)
    return scores.get(kind, 0.0) >= HINT_OVERRULING or kind == max(scores, key=scores.__getitem__)


def _text_overrules(
    model: KindModel, body: str, overruled: tuple[str, float], claimed: str | None = None
) -> bool:
    """Whether the text under a hinted heading, read without the heading's words, gives the
    kind that overrules the hint at least `HINT_OVERRULING`. The hint already says what the
    heading's words suggest; what the model has learned of those words ("How we practise" mostly
    heads a practice model elsewhere) is no evidence against it, only the text is: "How we
    practise" over a place's plain-words, same-worker promises keeps its hint. A kind a later
    peer heading `claimed` is left out of the reading, as `_opening_overrules` leaves it out."""
    return _reading_without(model, body, claimed).get(overruled[0], 0.0) >= HINT_OVERRULING


def _reading_without(model: KindModel, text: str, claimed: str | None) -> dict[str, float]:
    """The model's reading of `text`, with a kind a later peer heading `claimed` left out (the
    hint-overruling tests above must not let a later section's kind count against this one)."""
    scores = model.probabilities([text])[0]
    return scores if claimed is None else _without_claimed(scores, claimed)


_HEADING_JOINS = re.compile(r"\s+(?:and|&)\s+", re.IGNORECASE)


def _kinds_named_apart(cues: Cues, words: str) -> set[str]:
    """The kinds a heading's parts name each on its own ("Our vision" and "values" in "Our vision
    and values"); one kind or none when it names a single thing."""
    parts = _HEADING_JOINS.split(heading_label(words))
    if len(parts) < 2:
        return set()
    named = {cues.heading_kind(part) for part in parts}
    return {kind for kind in named if kind is not None and kind != TITLE_KIND}


def _chosen_by_text(
    model: KindModel, words: str, named: set[str], kind: str
) -> tuple[str, KindSource, float]:
    """A heading that names two kinds ("Our vision and values") holds the one its text is about:
    the model chooses between them on the heading and its text, when it clearly prefers the
    other (as a hint yields: `HINT_OVERRULING`, `HINT_OVERRULING_RATIO`); otherwise the kind the
    whole heading's cue names stands."""
    scores = model.probabilities([words])[0]
    best = max(sorted(named), key=lambda slug: (scores.get(slug, 0.0), slug == kind))
    probability = scores.get(best, 0.0)
    if (
        best == kind
        or probability < HINT_OVERRULING
        or probability < HINT_OVERRULING_RATIO * scores.get(kind, 0.0)
    ):
        return kind, "heading", 1.0
    return best, "model", probability


def _opening_and_later(
    text: str, raw: list[RawBlock], state: HeadingState, index: int
) -> tuple[str, list[str]] | None:
    """The paragraph right under heading `index` and the paragraphs after it up to the next
    heading (as far as `HEADING_BODY_CHARACTERS`), when that opening says more than an aside
    (`_more_than_an_aside`); else None. What stands right under a heading is what it heads, so
    the rules that ask whether a heading's body turns from one topic to another start here."""
    first = index + 1
    if first >= len(raw) or state.is_heading[first] or raw[first].type != "paragraph":
        return None
    opening = text[raw[first].content_start : raw[first].content_end]
    if not _more_than_an_aside(opening + " "):
        return None
    later: list[str] = []
    size = len(opening)
    for following in range(first + 1, len(raw)):
        if state.is_heading[following] or size > HEADING_BODY_CHARACTERS:
            break
        block = raw[following]
        size += block.content_end - block.content_start
        if block.type == "paragraph":
            later.append(text[block.content_start : block.content_end])
    return opening, later


def _opens_on_the_first_topic(
    text: str,
    raw: list[RawBlock],
    state: HeadingState,
    model: KindModel,
    index: int,
    kinds: tuple[str, str],
) -> bool:
    """Whether a heading that names two kinds ("Corporate parenting and permanence") holds both
    one after the other, the first it names first: its first paragraph, read alone, is the
    first-named kind and says more than an aside (`_more_than_an_aside`), and a later paragraph
    reads as the kind the model chose over the whole text (`_chosen_by_text`). What stands right
    under a heading is what the heading heads, so the section keeps the kind the heading names
    first, and the later topic breaks away as an un-headed stretch (`_unheaded_stretches`;
    decisions 0066, 0108, 0186). A one-sentence opening ("We want every child to have a safe,
    happy childhood.") over the values that fill "Our vision and values" says too little to be a
    section: the model's choice on the whole text stands (decision 0429)."""
    first_named, chosen = kinds
    under = _opening_and_later(text, raw, state, index)
    if under is None:
        return False
    opening, later = under
    if not later:
        return False
    readings = model.probabilities([opening, *later])
    return _reads_as(readings[0], first_named) and any(
        _reads_as(scores, chosen) for scores in readings[1:]
    )


def _reads_as(scores: dict[str, float], kind: str) -> bool:
    """Whether the model's reading of a paragraph gives `kind` first, at least `STRETCH_SIGN`."""
    return scores.get(kind, 0.0) >= STRETCH_SIGN and kind == max(scores, key=scores.__getitem__)


def _modelled_heading_kind(
    model: KindModel,
    words: str,
    seen: set[str],
    current: str | None,
    *,
    numbered: bool,
    sibling: bool = False,
    lettered: bool = False,
    peer: bool = False,
    claimed: str | None = None,
    parts: bool = False,
) -> tuple[str | None, KindSource, float]:
    """The likeliest kind of a heading and the text under it that the document has not had yet
    (or the kind of the section it would join). A numbered heading always opens a section, so a
    weaker reading names it; an unnumbered one the model cannot place joins the section before.
    "Other" is no kind of the chapter, so a document may hold it more than once (a site's name
    above the title, then "Further information" at the end). A kind the document has had comes
    again when the model is all but sure of it (`SEEN_KIND_AGAIN`): a chapter that splits its
    key principles across headings apart, rather than a sub-heading of the section before.
    A `sibling` heading, set at the rank of the section before's own heading after that section
    has said something of its own (`_sibling_by_rank`), is no sub-heading by its look: it comes
    again as a kind the document has had when the model clearly prefers that kind to the
    section before's (as a hint yields: `HINT_OVERRULING`, `HINT_OVERRULING_RATIO`), "After
    permanence" over support after an order, following "Corporate parenting" (decision 0179).
    A numbered heading opens a section whatever its look, so its rank tells nothing more: the
    caller passes `sibling` only for an unnumbered one. Nor does such a sibling join the section
    before by a reading of that section's kind below the bar (`HEADING_MODEL_THRESHOLD`): by its
    look it is a section of its own, and a kind the model is that unsure of places it no more
    than any other weak kind would ("Personal advisers" after "Pathway planning", both bold
    lines; decision 0200). One `lettered` by a letter or roman numeral opens its own section
    anyway (`_joins`), so its weak reading still names it. A `peer`, numbered beside the
    section before's own number ("4." after "3."), does not join that section as a sub-heading
    would: it takes the section before's kind again only when the model is sure of it
    (`HINT_OVERRULING`; "6. Checking we get it right" over the reviewing officers' checks after
    "5." of principles), not on a weak reading of it ("4. Work and study" after "3. Our
    principles": a kind the chapter has not had, or none).
    A kind the heading right below names by its own cue (`claimed`, `_named_right_below`) is
    left out of the reading.
    A heading over `parts` of its own (`_heads_parts`) that the model reads as "other" only
    narrowly, its next kind close behind (`NARROW_OTHER_OVER_PARTS`), is read as that kind:
    an author who divides a topic into headed parts (four beliefs, three principles) gives
    that topic weight of its own, and where the model all but ties between a kind and no kind
    the division tips it to the kind; material of no kind (a list of related chapters, a
    service's contacts) is seldom so divided, and a clear "other" stays (decision 0484).
    """
    scores = model.probabilities([words])[0]
    if claimed is not None:
        scores = _without_claimed(scores, claimed)
    threshold = NUMBERED_HEADING_THRESHOLD if numbered else HEADING_MODEL_THRESHOLD
    ranked = sorted(scores, key=scores.__getitem__, reverse=True)
    if (
        parts
        and len(ranked) > 1
        and ranked[0] == OTHER_KIND
        and ranked[1] != TITLE_KIND
        and scores[OTHER_KIND] < NARROW_OTHER_OVER_PARTS * scores[ranked[1]]
    ):
        ranked[0], ranked[1] = ranked[1], ranked[0]
    for kind in ranked:
        if (
            kind in seen
            and kind not in (current, OTHER_KIND, TITLE_KIND)
            and (
                scores[kind] >= SEEN_KIND_AGAIN
                or (
                    sibling
                    and scores[kind] >= HINT_OVERRULING
                    and scores[kind] >= HINT_OVERRULING_RATIO * scores.get(current or "", 0.0)
                )
            )
        ):
            return kind, "model", scores[kind]
        if kind == TITLE_KIND or (kind in seen and kind not in (current, OTHER_KIND)):
            continue
        if peer and kind == current and kind != OTHER_KIND and scores[kind] < HINT_OVERRULING:
            continue
        probability = scores[kind]
        if (kind == current and not (sibling and not lettered)) or probability >= threshold:
            return kind, "model", probability
        break
    return None, "model", 1.0 - max(scores.values())


NARROW_OTHER_OVER_PARTS = 1.25
"""A heading over parts of its own read as "other" by less than this many times its next kind
is read as that kind (`_modelled_heading_kind`'s `parts`)."""

MIN_PARTS = 2
"""A heading heads parts when at least this many sub-headings below it divide its body."""


def _heads_parts(text: str, raw: list[RawBlock], state: HeadingState, index: int) -> bool:
    """Whether heading `index` divides its body into parts: right after it (or after a lead-in
    to them, `_is_lead_in`) comes a heading of a lower rank, and at least `MIN_PARTS` such
    headings stand below it before the next heading of its own rank or above."""
    level = state.level[index]
    first = index + 1
    if (
        first + 1 < len(raw)
        and not state.is_heading[first]
        and raw[first].type == "paragraph"
        and _is_lead_in(text[raw[first].content_start : raw[first].content_end])
    ):
        first += 1
    if first >= len(raw) or not state.is_heading[first] or state.level[first] <= level:
        return False
    count = 0
    for following in range(first, len(raw)):
        if state.is_heading[following]:
            if state.level[following] <= level:
                break
            count += 1
    return count >= MIN_PARTS


def _body_under(
    text: str, raw: list[RawBlock], state: HeadingState, index: int, stop: int | None = None
) -> str:
    """The words under heading `index`, up to the next heading (or block `stop`) and
    `HEADING_BODY_CHARACTERS`.

    A heading with no words of its own before its sub-headings ("What we want for every child"
    over "Healthy", "Safe", …), or only a one-sentence lead-in to them ("These are the promises
    we keep."), is read with its sub-sections: they are what it names (decision 0240)."""
    parts: list[str] = []
    size = 0
    level = state.level[index]
    first = index + 1
    if (
        first + 1 < len(raw)
        and not state.is_heading[first]
        and raw[first].type == "paragraph"
        and _is_lead_in(text[raw[first].content_start : raw[first].content_end])
    ):
        first += 1
    opens_subsections = first < len(raw) and state.is_heading[first] and state.level[first] > level
    for following in range(index + 1, len(raw) if stop is None else min(stop, len(raw))):
        if size > HEADING_BODY_CHARACTERS:
            break
        if state.is_heading[following] and not (
            opens_subsections and state.level[following] > level
        ):
            break
        block = raw[following]
        parts.append(text[block.content_start : block.content_end])
        size += block.content_end - block.content_start
    return "\n".join(parts)[:HEADING_BODY_CHARACTERS]


LEAD_IN_WORDS = 25
"""A lead-in to sub-headings is one sentence of at most this many words."""


def _is_lead_in(words: str) -> bool:
    """One short sentence that only introduces what follows ("These are the commitments we
    hold ourselves to."), as decision 0043 tells a lead-in from a section's own body; or as
    few words in more sentences whose last one points ahead to the parts below ("Where a child
    lives is the weightiest choice we make. These principles govern it."): the sentence before
    only says why the parts matter, and the paragraph still says nothing of its own that the
    parts do not (decision 0484)."""
    if len(words.split()) > LEAD_IN_WORDS:
        return False
    if len(_SENTENCE_END.findall(words.rstrip() + " ")) <= 1:
        return True
    sentences = [part for part in _SENTENCE_END.split(words.strip() + " ") if part.strip()]
    return _POINTS_AHEAD.search(sentences[-1]) is not None


def _modelled_body(
    text: str,
    raw: list[RawBlock],
    state: HeadingState,
    cues: Cues,
    index: int,
) -> str:
    """The words under heading `index` the kind model reads to name it: its body, up to a
    paragraph that will break away as a section of its own (`_first_breakaway`)."""
    return _body_under(text, raw, state, index, _first_breakaway(text, raw, state, cues, index))


def _first_breakaway(
    text: str, raw: list[RawBlock], state: HeadingState, cues: Cues, index: int
) -> int | None:
    """The first paragraph after the first under heading `index` that a breakaway cue names,
    within the words the model reads: "Information about children is kept securely and shared
    only where the law allows …" closing the paragraphs under "Moving on" (decision 0175), or
    "Partner agencies … share the job of keeping children safe" opening an un-headed run of
    other kinds under "How we do it" (decision 0182). It and what follows stand apart as
    sections of their own (`_cued_stretch`, the segmenter), so the model names the heading by
    the words before it, not by a mixture of the run's topics. At most one cue call for each
    paragraph of the `HEADING_BODY_CHARACTERS` the model reads."""
    size = 0
    following = index + 2
    while following < len(raw) and not state.is_heading[following]:
        block = raw[following - 1]
        size += block.content_end - block.content_start
        if size > HEADING_BODY_CHARACTERS:
            return None
        block = raw[following]
        if block.type == "paragraph":
            words = text[block.content_start : block.content_end]
            if len(words.split()) >= BREAKAWAY_WORDS and cues.breakaway_kind(words) is not None:
                return following
        following += 1
    return None


MAX_SEGMENTED_BLOCKS = 3000
"""The model divides at most this many blocks of one document (more than any chapter has); the
rest stay as the cues divided them, so the work a hostile text can cause is bounded."""
MAX_MODELLED_HEADINGS = 200
"""The model names at most this many headings of one document; later ones only by cues."""
MIN_MODEL_CONFIDENCE = 1 / 3
"""A run's section the model is less sure of than this is "other": no kind explains it. With a
dozen kinds, a likeliest kind under a third is a reading spread over several (decision 0476,
which wrote the third as 0.33; a passage at 0.3331 is as spread as one at 0.3299, decision 0498)."""
RECLAIMED_CONFIDENCE = 0.9
"""A section of an un-headed run that the segmenter left "other" takes the kind the model is at
least this sure of for its whole words: "other" is for material of no kind, and the search may
choose it only because the order costs would make every kind after an early out-of-order
paragraph (corporate parenting straight under the title) a turn back (decision 0195). As sure
as a stretch must be to leave its heading's section (`STRETCH_CONFIDENCE`). Only a kind the
run may choose is given: one a heading elsewhere holds stays out of it."""
MIN_EXPLAINED = 0.5
"""…unless the section stands between two others of its run and the model gives some kind at
least this probability for its words: then a kind does explain it, the material is the body's,
and the kind the segmenter chose in the family's order stands (a list of the service's promises
between the scope and the law, which the model leans to key principles while its items lean to
values; decision 0182). A run's first or last section (a dated note under the title, contacts
at the end) is "other" as before."""
RUN_WORDS_FOR_FULL_WEIGHT = 25
"""A block of this many words counts as one full unit of evidence in a run."""
MIN_RUN_WEIGHT = 0.3
MAX_RUN_WEIGHT = 1.5
LIST_ITEM_WEIGHT = 0.5
CONTENTS_ENTRY = "contents_entry"
"""The heading rules' name for a line of a contents list."""


def _segment_runs(
    text: str,
    raw: list[RawBlock],
    state: HeadingState,
    cues: Cues,
    model: KindModel,
    opened: list[_Open],
) -> list[_Open]:
    """Re-segment each run of un-headed sections (with the headed container it continues, if
    any) by the kind model; the sections content cues opened stay, as fixed points. What comes
    before the title (a page's leftovers) is left as it is."""
    refined: list[_Open] = []
    position = 0
    titled = any(section.kind == TITLE_KIND for section in opened)
    budget = MAX_SEGMENTED_BLOCKS
    kinds_opened = _kinds_opened_from_the_title(opened)
    spaced = _paragraphs_spaced(text, raw)
    layout = _Layout(
        spaced=spaced,
        tied_line=_tied_line(text) if spaced else TIED_LINE,
        wrap_width=hard_wrap_width([len(line) for line in text.split("\n")]) if spaced else None,
        last_heading=max((i for i, heading in enumerate(state.is_heading) if heading), default=-1),
    )
    turning = _sections_that_may_turn(text, raw, model, opened, cues, kinds_opened)
    while position < len(opened):
        section = opened[position]
        if section.kind == TITLE_KIND:
            titled = False
        if titled or not _starts_run(section, cues):
            end_block = opened[position + 1].first if position + 1 < len(opened) else len(raw)
            if not titled and _may_hold_a_stretch(section, cues):
                budget -= end_block - section.first
            if titled or not _may_hold_a_stretch(section, cues) or budget < 0:
                refined.append(section)
            else:
                parts = (section, end_block, kinds_opened)
                refined.extend(
                    _unheaded_stretches(
                        text, raw, state, cues, model, parts, layout, section.first in turning
                    )
                )
            position += 1
            continue
        end = position + 1
        while (
            end < len(opened)
            and not opened[end].headed
            and not cues.trailing(opened[end].kind)
            and not opened[end].pointer
        ):
            end += 1
        last_block = opened[end].first if end < len(opened) else len(raw)
        run_kinds = Counter(other.kind for other in opened[position:end])
        taken = {kind for kind, count in kinds_opened.items() if count > run_kinds[kind]}
        budget -= last_block - section.first
        if budget < 0:
            refined.extend(opened[position:end])
        else:
            refined.extend(
                _segment_run(
                    text,
                    raw,
                    state,
                    cues,
                    model,
                    opened[position:end],
                    last_block,
                    taken,
                    layout,
                    opens_chapter=position > 0 and opened[position - 1].kind == TITLE_KIND,
                )
            )
        position = end
    return refined


CLOSING_STEPS_WORDS = 45
"""A paragraph closing a headed section stands apart as material of no kind only when it says
this much (`STRETCH_PREFERRED_WORDS`): a procedure told at length, not a one-line afterthought
("Forms are on the intranet.") that the heading's section keeps."""


def _steps_closing_headed_sections(
    text: str,
    raw: list[RawBlock],
    state: HeadingState,
    cues: Cues,
    model: KindModel,
    opened: list[_Open],
) -> list[_Open]:
    """The sections, with the last paragraph of a headed section made a section of no kind of
    its own where it is a different subject the heading does not cover: a chapter on another
    topic of children's services tells the topic's procedure (on arrival the duty team visits
    the same day, a referral within two working days; a planning meeting within five working
    days) in a paragraph with no heading, after the body of its values or corporate parenting
    and right before the next heading (decision 0535). Un-headed stretches of the family's kinds
    already leave a headed section by the model and by cues (decisions 0066, 0175); material of
    no kind could not, so the procedure stayed in the values. SPEC: unknown material is `other`.

    Only where everything says the paragraph is apart: it ends its section right before the
    next heading (a step between two paragraphs of the section is the heading's own, and the way
    back would be a turn the heading did not make), it stands `STRETCH_FIRST_OFFSET` blocks or
    more under the heading and not straight under a sub-heading (what stands right under a
    heading is what the heading heads), it says `CLOSING_STEPS_WORDS` or more, and the kind model
    reads it as of no kind, surely (`CONFIDENT_OTHER`) and `STRETCH_PREFERENCE` times as likely
    as the heading's own kind."""
    result: list[_Open] = []
    for position, section in enumerate(opened):
        result.append(section)
        following = opened[position + 1] if position + 1 < len(opened) else None
        if following is None or not following.headed or not _may_hold_a_stretch(section, cues):
            continue
        last = following.first - 1
        if last < section.first + STRETCH_FIRST_OFFSET:
            continue
        scores = _read_as_steps(text, raw, state, (model, cues), last)
        if scores is None:
            continue
        other = scores[OTHER_KIND]
        if other >= STRETCH_PREFERENCE * scores.get(section.kind, 0.0):
            result.append(_Open(last, OTHER_KIND, False, decided_by="model", confidence=other))
    return result


def _read_as_steps(
    text: str,
    raw: list[RawBlock],
    state: HeadingState,
    reader: tuple[KindModel, Cues],
    index: int,
) -> dict[str, float] | None:
    """The kind model's reading of block `index`, where it is a paragraph of
    `CLOSING_STEPS_WORDS` or more, not straight under a heading, that the model reads as of no
    kind surely (`CONFIDENT_OTHER`); else None. A paragraph the model all but splits between a
    kind and no kind and that states a procedure of that kind is read as no kind, as in a run no
    heading opened (`_procedure_read_as_other`, decisions 0536, 0539): a chapter the model has
    not learned may close its values with the topic's steps (a social worker completes an
    assessment within so many working days), which the model half reads as principles."""
    model, cues = reader
    if raw[index].type != "paragraph" or state.is_heading[index] or state.is_heading[index - 1]:
        return None
    words = _content(text, raw, state, index)
    if len(words.split()) < CLOSING_STEPS_WORDS:
        return None
    scores = _procedure_read_as_other(cues, model.probabilities([words])[0], words)
    likeliest = max(scores, key=lambda kind: scores[kind])
    if likeliest != OTHER_KIND or scores[likeliest] < CONFIDENT_OTHER:
        return None
    return scores


def _closing_steps_under(
    text: str, raw: list[RawBlock], state: HeadingState, reader: tuple[KindModel, Cues], index: int
) -> int | None:
    """The paragraph that closes what heading `index` heads, right before the next heading,
    where it will stand apart as a section of no kind (`_steps_closing_headed_sections`): the
    model names the heading by the words before it, not by a body the procedure outweighs (a
    paragraph of what a good home is like, then a longer one on the assessment before a child
    moves in, read as no kind as a whole)."""
    end = index + 1
    while end < len(raw) and not state.is_heading[end]:
        end += 1
    last = end - 1
    if end >= len(raw) or last < index + STRETCH_FIRST_OFFSET:
        return None
    return last if _read_as_steps(text, raw, state, reader, last) is not None else None


_PROPER_NAME = re.compile(
    r"\b(?:[A-Z][a-z]+(?:\s+(?:(?:of|and|for|in|to|the|&)\s+)?[A-Z][a-z]+)+|[A-Z]{2,6})\b"
)
"""A name the text gives a thing: capitalised words side by side, a few small words allowed
between them ("Relationships First", "Signs of Safety"), or an abbreviation ("DDP")."""
_ARTICLE = re.compile(r"^(?:The|A|An|Our|This|These|Every|Each)\s+")
_WHITESPACE = re.compile(r"\s+")


def _names_come_back(
    text: str, raw: list[RawBlock], cues: Cues, opened: list[_Open], model: KindModel
) -> list[_Open]:
    """The sections, with a paragraph that names again what a section of a `named_again` kind
    named ("Relationships First will be reviewed with families during 2027 …" long after "the
    model we call Relationships First"; "… so that DDP is understood from both sides" after
    "Dyadic Developmental Practice, known as DDP") made a section of that kind. Only the first
    paragraph of an un-headed section the kind model read weakly (below `STRETCH_SIGN`), or
    whose first paragraph read alone is not plainly the section's kind: the model found no topic
    there, and the name says which topic it is. The paragraph's own reading is asked too because
    the section's reading also weighs the paragraphs after it, and a new examples file can lift
    it just over the line (decision 0496). The name must stand in no section of another kind (a
    council's or an Act's name is everyone's), and the rest of the weak section keeps the kind
    it had (decision 0424)."""
    if not cues.named_again_kinds:
        return opened
    ends = [section.first for section in opened[1:]] + [len(raw)]
    texts: list[str] = []
    result: list[_Open] = []
    for position, section in enumerate(opened):
        end = ends[position]
        result.append(section)
        first = raw[section.first]
        if section.headed or section.decided_by != "model" or first.type != "paragraph":
            continue
        if not texts:
            texts = _section_texts(text, raw, opened, ends)
        paragraph = _WHITESPACE.sub(" ", text[first.content_start : first.content_end])
        kind = _kind_named_again(paragraph, section, position, opened, texts, cues)
        if kind is None:
            continue
        if section.confidence >= STRETCH_SIGN and _reads_as(
            model.probabilities([paragraph])[0], section.kind
        ):
            continue
        result[-1] = _Open(section.first, kind, False, decided_by="cue")
        if section.first + 1 < end:
            result.append(replace(section, first=section.first + 1))
    return result


def _section_texts(
    text: str, raw: list[RawBlock], opened: list[_Open], ends: list[int]
) -> list[str]:
    """Each section's text, its white space runs as single spaces: read only once a weak
    paragraph asks whose name it repeats, as most documents have no such paragraph."""
    return [
        _WHITESPACE.sub(" ", text[raw[section.first].start : raw[end - 1].end])
        for section, end in zip(opened, ends, strict=True)
    ]


def _kind_named_again(
    paragraph: str,
    section: _Open,
    position: int,
    opened: list[_Open],
    texts: list[str],
    cues: Cues,
) -> str | None:
    """The `named_again` kind whose earlier section named a thing that `paragraph` (opening
    section `position`) names again, where no section of another kind names it."""
    for kind in sorted(cues.named_again_kinds):
        if kind == section.kind:
            continue
        naming = [number for number in range(position) if opened[number].kind == kind]
        if not naming:
            continue
        others = (
            " ".join(
                texts[number]
                for number, other in enumerate(opened)
                if other.kind != kind and number != position
            )
            + " "
            + texts[position].replace(paragraph, "", 1)
        )
        for number in naming:
            for found in _PROPER_NAME.finditer(texts[number]):
                name = _ARTICLE.sub("", found.group())
                if not _PROPER_NAME.fullmatch(name):
                    continue
                if re.search(rf"\b{re.escape(name)}\b", paragraph) and not re.search(
                    rf"\b{re.escape(name)}\b", others
                ):
                    return kind
    return None


_OPENING_NAME = re.compile(
    r"[*_\"'\u201c\u2018 ]*(?:The\s+)?"
    r"(?P<name>[A-Z][\w'\u2019-]*(?:\s+(?:(?:of|and|for|&)\s+)?[A-Z][\w'\u2019-]*){0,4})\b"
)
"""A paragraph's opening name: capitalised words, perhaps after "The" or bold or a quote."""


def _names_given_just_above(
    text: str, raw: list[RawBlock], cues: Cues, opened: list[_Open]
) -> list[_Open]:
    """The sections, with a paragraph inside an un-headed section that opens on a name the
    paragraph right above gave a thing of another kind (`Cues.name_words`: "… through the
    Kinfold approach, which the city developed …", then "Kinfold has three habits. …") made a
    section of that kind: the paragraph above turned to the thing only in its last words, as a
    paragraph carrying two topics does, and the paragraph naming it at once is about it. The
    paragraphs after it keep the section's kind (decision 0431)."""
    if not cues.name_words:
        return opened
    ends = [section.first for section in opened[1:]] + [len(raw)]
    result: list[_Open] = []
    for position, section in enumerate(opened):
        end = ends[position]
        result.append(section)
        if section.headed or section.kind == TITLE_KIND:
            continue
        for index in range(section.first + 1, end):
            kind = _kind_given_just_above(text, raw[index - 1], raw[index], section.kind, cues)
            if kind is None:
                continue
            result.append(_Open(index, kind, False, decided_by="cue"))
            if index + 1 < end:
                result.append(replace(section, first=index + 1))
            break
    return result


def _kind_given_just_above(
    text: str, above: RawBlock, block: RawBlock, current: str, cues: Cues
) -> str | None:
    """The kind, other than `current`, whose `name_words` follow the name `block` opens on
    ("the Kinfold approach") in paragraph `above`, else None."""
    if block.type != "paragraph" or above.type != "paragraph":
        return None
    opening = _OPENING_NAME.match(text, block.content_start, block.content_end)
    if opening is None or opening["name"] in _NOT_A_NAME:
        return None
    words_above = _WHITESPACE.sub(" ", text[above.content_start : above.content_end])
    name = re.escape(opening["name"])
    for kind, words in cues.name_words:
        if kind == current:
            continue
        given = "|".join(re.escape(word) for word in words)
        if re.search(rf"\b[Tt]he {name}[®™]? (?:{given})\b", words_above):
            return kind
    return None


def _kinds_opened_from_the_title(opened: list[_Open]) -> Counter[str]:
    """How many sections of each kind the document opened, from its title on. What stands above
    the title is a page's leftovers or a stamp ("Amended: 12/03/2025" over the title line), not
    the chapter's own section of that kind: a scope note there leaves the body's scope paragraph
    free to be read as scope (decision 0375)."""
    start = next((i for i, section in enumerate(opened) if section.kind == TITLE_KIND), 0)
    return Counter(section.kind for section in opened[start:])


@dataclass(frozen=True, slots=True)
class _Layout:
    """What the whole document's layout tells the segmenter, measured once."""

    spaced: bool
    """Most paragraphs stand apart, a blank line before them."""
    tied_line: int
    """How long a line of prose must be to tie the paragraph under it (`_tied_line`)."""
    wrap_width: int | None
    """The width the text is hard-wrapped at, where it is (`hard_wrap_width`)."""
    last_heading: int
    """Index of the last heading block (-1: none)."""


STRETCH_CONFIDENCE = 0.9
"""The model must be this sure of an un-headed stretch's kind to take it out of its heading's
section: the heading's kind is the author's word, the stretch's only the model's reading."""
STRETCH_CONFIDENCE_ALONE = 0.95
"""…and this sure of a short part right after the one paragraph under the heading, unless the
section turns on to other topics after it (`_second_of_two_short`, decision 0476)."""
STRETCH_WORDS = 40
"""…or holds this many words (a sentence introducing a table): a stretch says something of its
own, where a one-line afterthought ("We listen to children.") stays with its section."""
STRETCH_FIRST_OFFSET = 2
"""A stretch starts this many blocks after its heading at the earliest: what stands right under
a heading is what the heading heads."""


def _may_hold_a_stretch(section: _Open, cues: Cues) -> bool:
    """A headed section of a named kind that is no container (containers are re-segmented
    whole) may end with an un-headed stretch on another topic."""
    return (
        section.headed
        and section.kind not in (TITLE_KIND, OTHER_KIND)
        and not cues.splittable(section.kind)
        and not cues.trailing(section.kind)
    )


def _unheaded_stretches(
    text: str,
    raw: list[RawBlock],
    state: HeadingState,
    cues: Cues,
    model: KindModel,
    where: tuple[_Open, int, Counter[str]],
    layout: _Layout,
    may_turn: bool,
) -> list[_Open]:
    """The headed section, and the un-headed stretches inside it where the topic changes
    without a heading (decision 0066): the values, then "Being a parent to the children in our
    care is a job for the whole Council…" and the principles, all under "What we believe"; a
    practice model named between two principles, the principles going on after it. The model
    divides the section as it divides an un-headed run; a part of another kind is taken out only
    when it starts two blocks or more under the heading, is of a kind no other section of the
    document has, says something at length, and the model is very sure of it. Other parts stay
    with what they follow; the heading's own kind after a stretch takes up its topic again.
    `where` is the section, the block its section ends before, and how many sections of each
    kind the document's headings and cues opened; `may_turn`, whether a paragraph in it reads
    as a kind no section has (`_sections_that_may_turn`)."""
    section, last_block, kinds_opened = where
    if last_block - section.first <= STRETCH_FIRST_OFFSET or not may_turn:
        return [section]
    announced = _kinds_named_after_its_own(cues, section)
    if announced:
        kinds_opened = Counter(
            {kind: count for kind, count in kinds_opened.items() if kind not in announced}
        )
    reread = _read_by_its_opening(text, raw, state, cues, model, where, layout)
    if reread is not None:
        parts = reread
        kinds_opened = kinds_opened.copy()
        kinds_opened[section.kind] -= 1
        section = parts[0]
        kinds_opened[section.kind] += 1
    else:
        parts = _segment_run(
            text, raw, state, cues, model, [section], last_block, set(kinds_opened), layout
        )
    kept = [section]
    for number, part in enumerate(parts[1:], start=1):
        if part.headed:
            if len(kept) == 1:
                return [section]  # a heading inside: left as the cues divided it
            # A sub-heading the model reads apart after a stretch that took the text away
            # from the heading's topic is no part of that stretch: it heads what follows
            # (decision 0372).
            kept.append(part)
            continue
        end = parts[number + 1].first if number + 1 < len(parts) else last_block
        cued = _cued_part(text, raw, state, cues, part, kinds_opened)
        if cued is not None and cued != section.kind:
            part = _Open(part.first, cued, False, decided_by="cue")
        if part.kind == section.kind:
            if kept[-1].kind != section.kind:
                kept.append(part)
        elif all(other.kind != part.kind for other in kept) and (
            _is_a_stretch(
                text,
                raw,
                model,
                (section, part, end),
                kinds_opened,
                cues,
                turns_on=number + 1 < len(parts)
                and all(
                    later.kind not in (section.kind, OTHER_KIND) for later in parts[number + 1 :]
                ),
            )
            or (
                kept[-1].kind != section.kind
                and _turns_again(text, raw, cues, (part, end), kinds_opened)
            )
        ):
            kept.append(part)
    return kept


def _second_of_two_short(body: str, offset: int) -> bool:
    """Whether a part of a headed section is a short paragraph (under `STRETCH_PREFERRED_WORDS`
    words) straight after the one paragraph under the heading (`STRETCH_FIRST_OFFSET`): an
    author who heads two short paragraphs heads both, and the model's reading of the second
    alone, short of certain (`STRETCH_CONFIDENCE_ALONE`), does not divide them ("Introduction"
    over the council's duties, then a paragraph on the partners who share them). After a
    section of some length (a list of the laws, then a paragraph on partners) the same reading
    is a topic the page did not head (decision 0476)."""
    return offset <= STRETCH_FIRST_OFFSET and len(body.split()) < STRETCH_PREFERRED_WORDS


def _more_than_an_aside(body: str) -> bool:
    """Whether a part says something of its own: two sentences of more than a line
    (`SIBLING_SENTENCES`, `BREAKAWAY_WORDS`: "The strategy is to act early. More follows." is
    still an afterthought), or `STRETCH_WORDS` words (a sentence introducing a table)."""
    words = len(body.split())
    sentences = len(_SENTENCE_END.findall(body)) >= SIBLING_SENTENCES and words >= BREAKAWAY_WORDS
    return sentences or words >= STRETCH_WORDS


def _turns_again(
    text: str,
    raw: list[RawBlock],
    cues: Cues,
    where: tuple[_Open, int],
    kinds_opened: Counter[str],
) -> bool:
    """Whether a part the model found right after a stretch of a headed section is one more
    topic of its own. Once the text has left the heading's topic for another with no heading
    ("Our Values", then the council as corporate parent, then its practice model, then its
    principles, all as bare paragraphs), what follows is an un-headed run, which the model
    divides as it divides any run: its part is a topic of its own when the model is sure of it
    (`STRETCH_SIGN`) or the part's opening paragraph speaks in that kind's own cued words, and it
    says more than a line (`BREAKAWAY_WORDS`). The heading's own section keeps what follows it
    directly: only a topic after a stretch is read this way (decision 0115)."""
    part, end = where
    if part.kind in (OTHER_KIND, TITLE_KIND) or kinds_opened[part.kind] > 0:
        return False
    body = text[raw[part.first].start : raw[end - 1].end]
    if len(body.split()) < BREAKAWAY_WORDS:
        return False
    if part.confidence >= STRETCH_SIGN:
        return True
    opening = text[raw[part.first].content_start : raw[part.first].content_end]
    return cues.content_kind(opening) == part.kind


def _read_by_its_opening(
    text: str,
    raw: list[RawBlock],
    state: HeadingState,
    cues: Cues,
    model: KindModel,
    where: tuple[_Open, int, Counter[str]],
    layout: _Layout,
) -> list[_Open] | None:
    """The parts of a headed section whose kind only the model gave (its heading's words name
    none: "Background"), when the section holds several topics and the one the model weighed
    the whole section by is a later stretch: "Background" over the legislation list, then the
    corporate parenting principles, then the practice model, read as corporate parenting because
    the principles outweigh the list. What stands right under a heading is what the heading
    heads, so the section takes the kind of its opening part, and the later parts, the kind the
    model first gave among them, are stretches by the usual rules (`_unheaded_stretches`). None:
    a heading a cue named, a section of one topic, or an opening of a kind the document has."""
    section, last_block, kinds_opened = where
    if section.decided_by != "model" and not _kind_named_after_and(cues, section):
        return None
    if _chosen_between_named_kinds(cues, section):
        return None
    taken = {kind for kind, count in kinds_opened.items() if count > (kind == section.kind)}
    free = _Open(section.first, OTHER_KIND, False)
    parts = _segment_run(text, raw, state, cues, model, [free], last_block, taken, layout)
    opening = parts[0]
    if (
        len(parts) < 2
        or opening.first != section.first
        or opening.kind in (section.kind, OTHER_KIND, TITLE_KIND)
        or kinds_opened[opening.kind] > 0
        or opening.confidence < STRETCH_SIGN
        or all(part.kind != section.kind for part in parts[1:])
    ):
        return None
    heads = _Open(
        section.first,
        opening.kind,
        True,
        section.heading,
        section.number,
        "model",
        opening.confidence,
    )
    return [heads, *parts[1:]]


def _chosen_between_named_kinds(cues: Cues, section: _Open) -> bool:
    """Whether a headed section's heading names its kind and another, each by a part of its own
    ("Our vision and values"): the heading names its topics, and which of them the section holds
    was chosen on its whole text (`_chosen_by_text`, decision 0048), so its opening alone (one
    vision sentence over the list of values) does not choose again (decision 0353)."""
    if not section.headed or section.heading is None:
        return False
    named = _kinds_named_apart(cues, _HEADING_NUMBER.sub("", section.heading))
    return len(named) > 1 and section.kind in named


def _kinds_named_after_its_own(cues: Cues, section: _Open) -> set[str]:
    """The kinds a headed section's heading names after its own, joined by "and": "leaving care"
    in "Corporate parenting and leaving care", whose first part names the section's kind. The
    heading announces that topic too, so a later paragraph on it may stand apart as an
    un-headed stretch (`_unheaded_stretches`) although the document has had a section of its
    kind (the permanence and kinship principles under headings of their own before it); a topic
    the heading does not name must still be new (decision 0502)."""
    if not section.headed or section.heading is None:
        return set()
    parts = _HEADING_JOINS.split(heading_label(_HEADING_NUMBER.sub("", section.heading)))
    if len(parts) < 2 or cues.heading_kind(parts[0]) != section.kind:
        return set()
    named = {cues.heading_kind(part) for part in parts[1:]}
    return {kind for kind in named if kind is not None and kind not in (TITLE_KIND, section.kind)}


def _kind_named_after_and(cues: Cues, section: _Open) -> bool:
    """Whether a headed section's kind is named only by a later part of a heading joined by
    "and" ("Our model and our strategy": the strategy's cue names the second part, the first
    names no kind): the heading announces two topics, and the first of them, the one its cue
    does not know, may be what stands right under it, so the section is read by its opening as
    a section the model named is (`_read_by_its_opening`; decision 0186). A heading whose first
    part names the kind ("Corporate parenting and permanence") keeps it."""
    if not section.headed or section.heading is None or section.decided_by != "heading":
        return False
    parts = _HEADING_JOINS.split(heading_label(_HEADING_NUMBER.sub("", section.heading)))
    if len(parts) < 2 or cues.heading_kind(parts[0]) is not None:
        return False
    return any(cues.heading_kind(part) == section.kind for part in parts[1:])


_HEADING_NUMBER = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|[a-z]\))\s+", re.IGNORECASE)
"""A heading's own number ("4. ", "2.1 ", "b) ") before its words."""


STRETCH_SIGN = 0.5
"""A paragraph the model reads as another kind at least this surely is a sign that the topic
may turn: only then is the section divided, which costs far more than reading its paragraphs."""


def _sections_that_may_turn(
    text: str,
    raw: list[RawBlock],
    model: KindModel,
    opened: list[_Open],
    cues: Cues,
    kinds_opened: Counter[str],
) -> set[int]:
    """The first blocks of the headed sections where a paragraph two blocks or more under the
    heading reads as a kind no section of the document has: most sections have none, and are
    left whole without being divided. Every section's paragraphs are read in one call of the
    model (a call per section cost more in the model's fixed work than in the reading), at most
    `MAX_SEGMENTED_BLOCKS` of them, as the segmenter's own budget bounds a document's work."""
    owners: list[int] = []
    candidates: list[str] = []
    for number, section in enumerate(opened):
        if not _may_hold_a_stretch(section, cues):
            continue
        end_block = opened[number + 1].first if number + 1 < len(opened) else len(raw)
        # A section the model named may be read by its opening (`_read_by_its_opening`): the
        # paragraph right under its heading is a sign too.
        offset = (
            1
            if section.decided_by == "model" or _kind_named_after_and(cues, section)
            else STRETCH_FIRST_OFFSET
        )
        for index in range(section.first + offset, end_block):
            if (raw[index].type == "paragraph" or _numbered_paragraph(text, raw, index)) and len(
                candidates
            ) < MAX_SEGMENTED_BLOCKS:
                owners.append(number)
                candidates.append(text[raw[index].content_start : raw[index].content_end])
    turning: set[int] = set()
    for owner, scores in zip(owners, model.probabilities(candidates), strict=True):
        section = opened[owner]
        kind, probability = max(scores.items(), key=lambda item: item[1])
        if (
            probability >= STRETCH_SIGN
            and kind not in (section.kind, OTHER_KIND)
            and (kinds_opened[kind] == 0 or kind in _kinds_named_after_its_own(cues, section))
        ):
            turning.add(section.first)
    return turning


def _is_a_stretch(
    text: str,
    raw: list[RawBlock],
    model: KindModel,
    where: tuple[_Open, _Open, int],
    kinds_opened: Counter[str],
    cues: Cues,
    *,
    turns_on: bool = False,
) -> bool:
    """Whether the model's `part` of headed `section` (its blocks up to `end`) is a stretch on a
    topic of its own (see `_unheaded_stretches`): the model very sure of its kind, or sure of it
    (`STRETCH_SIGN`) in a paragraph of some length while it reads the words as hardly the
    heading's topic at all (`STRETCH_PREFERENCE`, `STRETCH_PREFERRED_WORDS`), as "By 2028
    the borough should be a place where fewer children need care …" under "What we stand for"
    is the vision, not a value; or sure of it while the opening paragraph speaks in that kind's
    own cued words ("Tidewell practitioners work restoratively. Our model, …" after the
    principles under "Corporate parenting": the model at 0.88, the practice model's cue
    agreeing; decision 0123). Where the section turns to the part's topic and then to yet
    another, never coming back to its own (`turns_on`: later parts follow, none of the
    heading's kind), the page has dropped its headings rather than made an aside, and the
    part's opening paragraph need not say `STRETCH_PREFERRED_WORDS`: the model sure of it and
    preferring it plainly to the heading's kind is enough ("Safeguarding is a shared task. Our
    partners …" then a paragraph of values, both after the one paragraph under "Introduction";
    decision 0150). A single aside closing a section ("Our practice framework is called …"
    after the legislation) still needs the length. A part that opens in words its kind's cues
    mark as staying ("This chapter sets out the values …" under "Introduction", after a stamp
    or a paragraph) stays in the section however sure the model is: those words name the kind
    without breaking away from a headed section, whoever read the part (decision 0548)."""
    section, part, end = where
    body = text[raw[part.first].start : raw[end - 1].end]
    if not (
        part.kind != OTHER_KIND
        and kinds_opened[part.kind] == 0
        and part.first >= section.first + STRETCH_FIRST_OFFSET
        and part.confidence >= STRETCH_SIGN
    ):
        return False
    if _resumes_numbered_topics(text, raw, section.first, part.first):
        return True  # the author's number goes on with the topics above the heading (0424)
    opening = text[raw[part.first].content_start : raw[part.first].content_end]
    if cues.named_to_stay(part.kind, opening):
        return False  # words of the kind that stay in a headed section (0333, 0404, 0548)
    if not _more_than_an_aside(body):
        # A short part is an aside, unless the page has dropped its headings (`turns_on`) and
        # the part opens in its kind's own cued words: "We value curiosity, compassion and
        # honesty, …" between a partnership paragraph under its one heading and the corporate
        # parenting after it (decision 0159).
        return turns_on and cues.content_kind(opening) == part.kind
    if part.confidence >= STRETCH_CONFIDENCE and (
        part.confidence >= STRETCH_CONFIDENCE_ALONE
        or turns_on
        or not _second_of_two_short(body, part.first - section.first)
    ):
        return True
    if _in_list_of_paragraphs(text, raw, part.first):
        return True  # the author's own number sets the item apart, as a heading would (0138)
    if _opens_a_later_group(text, raw, section.first, part.first):
        return True  # "8.1" after "7.4": the author's number starts a part there (0052)
    if cues.content_kind(opening) == part.kind:
        return True  # the model and the kind's own cued words agree (decision 0123)
    if not turns_on and not _says_at_length(text, raw, model, (part, end), opening):
        return False
    heading_kind = model.probabilities([body])[0].get(section.kind, 0.0)
    return part.confidence >= STRETCH_PREFERENCE * heading_kind


def _says_at_length(
    text: str, raw: list[RawBlock], model: KindModel, where: tuple[_Open, int], opening: str
) -> bool:
    """Whether a part of a headed section says its topic at length (`STRETCH_PREFERRED_WORDS`)
    rather than in passing: in its opening paragraph ("By 2028 the borough should be …"), or
    over two paragraphs or more of its own ("Protecting children is a task we share. …", then
    the National Framework the partners work to, under "The law we work within"; blind299). A
    sentence or two in passing stands in one paragraph; a second paragraph the model reads as
    the same topic is no aside, where two short paragraphs on two topics (a leaving-care
    sentence, then one on corporate parenting, under "Introduction") are still asides
    (decision 0435)."""
    if len(opening.split()) >= STRETCH_PREFERRED_WORDS:
        return True
    part, end = where
    paragraphs = [index for index in range(part.first, end) if raw[index].type == "paragraph"]
    if len(paragraphs) < 2:
        return False
    body = text[raw[part.first].start : raw[end - 1].end]
    if len(body.split()) < STRETCH_PREFERRED_WORDS:
        return False
    contents = [text[raw[index].content_start : raw[index].content_end] for index in paragraphs]
    return all(
        max(scores.items(), key=lambda item: item[1])[0] == part.kind
        for scores in model.probabilities(contents)
    )


def _opens_a_later_group(text: str, raw: list[RawBlock], first: int, index: int) -> bool:
    """Whether block `index` of the section that starts at block `first` is numbered as the
    first paragraph of a group whose number is not that of the section's numbered paragraphs
    before it: "8.1 Records about children are confidential …" after "7.4 …" under "7. Planning
    for children". An author who numbers every paragraph by its part has said by the number that
    a new part begins there (decision 0052), whether or not it was given a title; a section with
    no numbered paragraph before the block has said nothing of the kind."""
    contents = [
        text[raw[other].start : raw[other].content_end] for other in range(first, index + 1)
    ]
    return opens_numbered_group(contents)[-1] and any(
        paragraph_section_number(content) is not None for content in contents[:-1]
    )


STRETCH_PREFERENCE = 5.0
"""A stretch the model is less than very sure of is taken out only when the model finds its
kind at least this many times as likely as the heading's own for the stretch's words: plainly
another topic, not a near tie…"""
STRETCH_PREFERRED_WORDS = 45
"""…and when its opening paragraph says that much: a paragraph of its own topic, not a sentence
or two in passing ("Our practice framework is called …" after the legislation, a model for one
kind of case among the principles), which readers leave with the section it stands in."""


def _starts_run(section: _Open, cues: Cues) -> bool:
    """Whether the kind model re-segments the section and the un-headed ones after it. A heading
    a cue names as no kind of the family ("Other information", "Contact us") says what is under
    it: contacts, links and related documents, which the model would take for the kinds of the
    chapter's body they mention ("This chapter should be read with …" as scope); only cues open
    sections there (end matter, a closing note)."""
    if section.kind == TITLE_KIND or cues.trailing(section.kind) or section.pointer:
        return False
    if section.headed and section.kind == OTHER_KIND and section.decided_by == "heading":
        return False
    return not section.headed or section.kind == OTHER_KIND or cues.splittable(section.kind)


def _headed_by_the_block_before(state: HeadingState, first_block: int, index: int) -> bool:
    """Whether block `index` stands right under a heading of the run: that heading heads it, so
    the model may not start a part there and leave the heading standing empty ("Introduction"
    over "This chapter applies to everyone who … Our duties come from the Children Act 1989 …",
    which reads as two kinds), as `_first_under_its_heading` keeps a cue from doing."""
    return index > first_block and state.is_heading[index - 1] and not state.is_heading[index]


def _segment_run(
    text: str,
    raw: list[RawBlock],
    state: HeadingState,
    cues: Cues,
    model: KindModel,
    run: list[_Open],
    last_block: int,
    taken: set[str],
    layout: _Layout,
    *,
    opens_chapter: bool = False,
) -> list[_Open]:
    first_block = run[0].first
    forced = {
        section.first - _lead_in_before(text, raw, state, section.first, first_block): section.kind
        for section in run
        if not section.headed and (section.kind != OTHER_KIND or section.story)
    }
    confirmed = {
        index: section.kind
        for section in run
        if section.kind != OTHER_KIND
        for index in section.confirmed
        if index not in forced
    }
    forced.update(confirmed)
    indexes = range(first_block, last_block)
    contents = [_content(text, raw, state, index) for index in indexes]
    continuing = continues_numbered_section(contents)
    contents_rows = (
        _contents_table(text, raw, state, first_block)
        if run[0].decided_by == "cue" and run[0].first == first_block
        else range(0)
    )
    may_open = [
        (
            raw[index].type != "list_item"
            or _opens_unintroduced_list(text, raw, index)
            or _numbered_paragraph(text, raw, index)
        )
        and state.rule[index] != CONTENTS_ENTRY
        and not (layout.spaced and _closes_list(text, raw, index))
        and not _continues_sentence(text, raw, index)
        and not _ends_a_run_of_items(text, raw, index)
        and not _in_a_run_of_lines_under_a_colon(text, raw, state, index)
        and not (
            layout.spaced
            and _tied_to_the_paragraph_above(
                text, raw, state, index, layout.tied_line, layout.wrap_width
            )
        )
        and not continues
        and not (index > first_block and index in contents_rows)
        and not _headed_by_the_block_before(state, first_block, index)
        and not (index > first_block and _after_a_lead_in(text, raw, state, index))
        and not (index > first_block and _under_a_letter_head(text, raw, state, index))
        and not (index > first_block and _refers_back(text, raw, state, index))
        and not (index > first_block and _SEE_ALSO.match(_content(text, raw, state, index)))
        and not (index > first_block and _table_row_after_a_row(text, raw, index))
        and not (index > first_block and _row_of_a_headed_field_box(text, raw, state, cues, index))
        and not (index > first_block and _row_of_the_amendment_record(text, raw, state, index))
        and not (index > first_block and _first_of_a_led_group(text, raw, index))
        and not (
            index > first_block
            and any(state.is_heading[first_block:index])
            and _labelled_aside(contents[index - first_block])
        )
        for index, continues in zip(indexes, continuing, strict=True)
    ]
    headings = [state.is_heading[index] for index in indexes]
    opens_unit = [opens or index in forced for index, opens in zip(indexes, may_open, strict=True)]
    probabilities = [
        _named_by_heading(cues, scores, content)
        if heading
        else _procedure_read_as_other(cues, scores, content)
        if not run[0].headed and opens
        else scores
        for content, scores, heading, opens in zip(
            contents,
            _unit_probabilities(model, contents, opens_unit, headings, continuing),
            headings,
            may_open,
            strict=True,
        )
    ]
    probabilities = _announced_read_forward(contents, probabilities, may_open, headings)
    scale = _short_paragraph_scale(contents, may_open)
    blocks = [
        RunBlock(
            probabilities=scores,
            weight=min(MAX_RUN_WEIGHT, _weight(content, raw[index], state.rule[index]) * scale)
            * (
                1.0 / LIST_ITEM_WEIGHT
                if _in_unintroduced_list(text, raw, state, index)
                or _numbered_paragraph(text, raw, index)
                else 1.0
            ),
            may_open=opens,
            forced=forced.get(index),
            closing=_near_end(text, raw, index, layout.last_heading),
            after_a_line=opens
            and index > first_block
            and _after_a_line_of_its_own(text, raw, state, index),
            remark=_is_a_remark(content),
            led=opens and index > first_block and _BOLD_LEAD.match(content) is not None,
        )
        for index, content, scores, opens in zip(
            indexes, contents, probabilities, may_open, strict=True
        )
    ]
    fixed = {section.kind for section in run}
    order = [
        kind.slug
        for kind in cues.kinds
        if kind.slug != TITLE_KIND
        and not cues.trailing(kind.slug)
        and (kind.slug not in taken or kind.slug in fixed)
        and (kind.slug in model.kinds or kind.slug in fixed)
    ]
    initial = run[0].kind if run[0].headed else None
    segments = segment_run(
        blocks,
        order,
        initial,
        opens_chapter=opens_chapter,
        order_free=cues.order_free_kinds,
        in_a_line=cues.said_in_a_line_kinds,
    )
    cued_at = {index - first_block for index in forced}
    segments = _with_closing_other(
        segments,
        blocks,
        cued_at,
        lambda position: _asks_to_be_asked(text, raw[first_block + position]),
    )
    modelled = {
        number: "\n".join(contents[segment.first : segments[number + 1].first])
        if number + 1 < len(segments)
        else "\n".join(contents[segment.first :])
        for number, segment in enumerate(segments)
        if not (segment.first == 0 and run[0].headed)
        and forced.get(first_block + segment.first) != segment.kind
    }
    confidences = dict(
        zip(
            modelled,
            _confidences(model, list(modelled.values()), [segments[n].kind for n in modelled]),
            strict=True,
        )
    )
    segments, confidences = _split_swallowed(
        model, segments, confidences, (probabilities, may_open, contents), order
    )
    result: list[_Open] = []
    for number, segment in enumerate(segments):
        index = first_block + segment.first
        if segment.first == 0 and run[0].headed:
            result.append(run[0])
            continue
        cued = forced.get(index) == segment.kind
        kind = segment.kind
        confidence, likeliest, likeliest_kind = (1.0, 1.0, kind) if cued else confidences[number]
        if (
            not cued
            and kind != OTHER_KIND
            and no_kind_explains(confidence, likeliest, 0 < number < len(segments) - 1)
        ):
            kind, confidence = OTHER_KIND, 1.0 - confidence
        elif (
            not cued
            and kind == OTHER_KIND
            and likeliest >= RECLAIMED_CONFIDENCE
            and likeliest_kind in order
        ):
            # "other" is material no kind explains; the order costs may have chosen it only to
            # keep a paragraph out of order from pushing every later kind into a turn back. A
            # kind the run could not choose (a heading elsewhere has it) is not given back.
            kind, confidence = likeliest_kind, likeliest
        headed = state.is_heading[index]
        if result and not headed and kind == OTHER_KIND == result[-1].kind:
            continue
        if (
            not cued
            and not headed
            and number > 0
            and _resumes_the_openings_above(
                contents,
                segments[number - 1].first,
                segment.first,
                segments[number + 1].first if number + 1 < len(segments) else len(contents),
            )
        ):
            continue
        if cued and index in confirmed and result and result[-1].kind == kind:
            # A paragraph that says again what the section above is goes on in it.
            continue
        result.append(
            _Open(
                index,
                kind,
                headed,
                _label(state, index) if headed else None,
                state.number[index] if headed else None,
                "cue" if cued else "model",
                confidence,
            )
        )
    grouped = _split_at_group_openings(text, raw, result, last_block, may_open)
    labelled = _split_at_labelled_openings(text, raw, cues, grouped, last_block, may_open)
    return _labelled_peers_kept(labelled, run, last_block)


def _labelled_peers_kept(result: list[_Open], run: list[_Open], last_block: int) -> list[_Open]:
    """`result` with each part a run-in label opened after a part opened by one
    (`_Open.labelled_peer`) kept as a section of its own where the segmenter ran it into an
    un-headed section of the same kind: the segmenter parts a run only where its kind changes,
    and two labelled parts of one kind are two sections (decision 0470)."""
    peers = [section for section in run if section.labelled_peer]
    if not peers:
        return result
    kept: list[_Open] = []
    for position, section in enumerate(result):
        kept.append(section)
        end = result[position + 1].first if position + 1 < len(result) else last_block
        kept.extend(
            peer
            for peer in peers
            if section.first < peer.first < end and not section.headed and section.kind == peer.kind
        )
    return kept


PARALLEL_OPENINGS = 3
"""A section's paragraphs are written in parallel when at least this many open with the same two
words ("We will …", "You can …"): a list written out as paragraphs."""
ASIDE_PARAGRAPHS = 3
"""A part the model finds after such paragraphs is an aside in them, not a section, when it holds
at most this many paragraphs and its last takes up their opening again."""


def _opening_words(content: str) -> tuple[str, ...]:
    """The first two words of a paragraph, lower-cased, without punctuation."""
    return tuple(re.findall(r"[a-z']+", content.lower())[:2])


def _resumes_the_openings_above(contents: list[str], above: int, first: int, end: int) -> bool:
    """Whether the part of a run from `first` to `end` that the model set apart from the
    paragraphs from `above` is an aside in them: several of those open alike ("We will always
    act in your best interests", "We will ask what you think", "We will help you …",
    `PARALLEL_OPENINGS`), the part does not, and its last paragraph takes the opening up again
    ("We will also help you keep in touch …"): the list of promises goes on after a paragraph
    on the council's values, so the section does too (decision 0206; 0353's follow-up m17d).
    One paragraph of another kind between promises is not a section of its own."""
    if end - first > ASIDE_PARAGRAPHS or end - first < 2:
        return False
    openings = Counter(_opening_words(content) for content in contents[above:first])
    shared = [
        words for words, count in openings.items() if len(words) == 2 and count >= PARALLEL_OPENINGS
    ]
    return any(
        _opening_words(contents[first]) != words and _opening_words(contents[end - 1]) == words
        for words in shared
    )


GROUP_OPENING_CONFIDENCE = 0.6
"""How sure the kind model must be of a numbered group's opening paragraph read alone ("2.1 We
listen to children …") for the group to be read by it rather than by all its paragraphs: the
author states the group's topic first, and a later paragraph that turns to another topic stays
in the group by its number (decisions 0052, 0116), so the group is of its opening's kind, as
its annotations say (0116's 6205, 0330's 21001 and 21005; decision 0351)."""

MIN_PARAGRAPH_GROUPS = 3
"""A run numbers its paragraphs in groups ("1.1", "1.2", "2.1" …) when at least this many
group numbers open a group: a "2.1" met once may be a cross-reference or a stray label."""


def _split_at_group_openings(
    text: str, raw: list[RawBlock], result: list[_Open], last_block: int, may_open: list[bool]
) -> list[_Open]:
    """`result` with each un-headed section split where a new group of numbered paragraphs
    opens inside it ("5.1 Every looked after child needs to know where they will grow up." …
    then "6.1 Young people leaving care keep a personal adviser …"): an author who numbers
    paragraphs in groups, with no headings, has said by the number where each section begins,
    so two groups the kind model reads as one kind (permanence, then leaving care) are two
    sections of that kind, as two headed ones would be. `other` is left whole, as the segmenter
    leaves it (decision 0245)."""
    if not result:
        return result
    first_block = result[0].first
    # From each block's start: a list item's number is its marker, not its content.
    contents = [
        text[raw[index].start : raw[index].content_end] for index in range(first_block, last_block)
    ]
    opening = opens_numbered_group(contents)
    if sum(opening) < MIN_PARAGRAPH_GROUPS:
        return result
    openings = {first_block + offset for offset, opens in enumerate(opening) if opens}
    split: list[_Open] = []
    for position, section in enumerate(result):
        split.append(section)
        if section.headed or section.kind == OTHER_KIND:
            continue
        end = result[position + 1].first if position + 1 < len(result) else last_block
        for index in range(section.first + 1, end):
            if index in openings and may_open[index - first_block]:
                split.append(
                    _Open(
                        index,
                        section.kind,
                        False,
                        decided_by=section.decided_by,
                        confidence=section.confidence,
                    )
                )
    return split


MIN_LABELLED_OPENINGS = 3
"""A page heads its sections with labels run into their paragraphs ("Purpose: …", "Legal
basis: …", "Our beliefs: …") when at least this many of a run's un-headed sections open with
one."""


def _split_at_labelled_openings(
    text: str,
    raw: list[RawBlock],
    cues: Cues,
    result: list[_Open],
    last_block: int,
    may_open: list[bool],
) -> list[_Open]:
    """`result` with each un-headed section split where a paragraph inside it opens with a
    colon label naming the section's own kind as a heading ("A permanent home: Every child …"
    then "Leaving care: Every care leaver …"), on a page whose sections open with such labels
    (`MIN_LABELLED_OPENINGS`, the section itself among them) and after a part that says
    something of its own (`_says_it_at_length`). The label is the page's heading at the rank of
    the labels that open the sections around it, so two labelled topics the kind model reads as
    one kind are two sections of that kind, as two headings of one rank are (decisions 0043,
    0389). A label naming no kind ("Note: …", "Example: …") is a point inside its section, and
    so is every label under a real heading (a headed section is left whole, as are `other`, the
    title, the scope's container and the end matter)."""
    if not result:
        return result
    first_block = result[0].first

    def label(index: int) -> str | None:
        block = raw[index]
        return colon_label(cue_text(text[block.content_start : block.content_end]))

    labelled = {
        section.first
        for section in result
        if not section.headed and label(section.first) is not None
    }
    if len(labelled) < MIN_LABELLED_OPENINGS:
        return result
    split: list[_Open] = []
    for position, section in enumerate(result):
        split.append(section)
        kind = section.kind
        if (
            section.first not in labelled
            or kind in (OTHER_KIND, TITLE_KIND)
            or cues.splittable(kind)
            or cues.trailing(kind)
        ):
            continue
        end = result[position + 1].first if position + 1 < len(result) else last_block
        part = section.first
        for index in range(section.first + 1, end):
            named = label(index)
            if (
                named is None
                or not may_open[index - first_block]
                or cues.heading_kind(named) != kind
                or not _says_it_at_length(_body_between(text, raw, part, index))
            ):
                continue
            split.append(
                _Open(
                    index,
                    kind,
                    False,
                    decided_by=section.decided_by,
                    confidence=section.confidence,
                )
            )
            part = index
    return split


def _body_between(text: str, raw: list[RawBlock], first: int, end: int) -> str:
    """The words of blocks `first` to `end` (not included), one block a line."""
    return "\n".join(
        text[raw[index].content_start : raw[index].content_end] for index in range(first, end)
    )


CLOSING_OTHER_SIGN = 0.8
"""How sure the kind model must be that the last paragraph of an un-headed chapter is of no
kind (a contact line, a pointer to another page) for it to be set apart from the section above
even where its few words could not pay for the boundary."""


def _with_closing_other(
    segments: list[Segment],
    blocks: list[RunBlock],
    cued_at: set[int],
    whom_to_ask: Callable[[int], bool],
) -> list[Segment]:
    """`segments` with the run's last paragraph, among the document's closing blocks, set apart
    as "other" where the model is sure it is of no kind (`CLOSING_OTHER_SIGN`) or the paragraph
    is a short note of whom to ask about the chapter (`whom_to_ask`, `_CONTACT_NOTE`: "Questions
    about this chapter can be sent to …", which the model may read as the topic above it):
    contact details and links close a chapter, and a short line of them carries too few words to
    pay for the boundary the segmenter would need (decision 0431)."""
    last = segments[-1]
    openings = [position for position, block in enumerate(blocks) if block.may_open]
    if last.kind == OTHER_KIND or not openings:
        return segments
    position = openings[-1]
    block = blocks[position]
    if (
        position <= last.first
        or position in cued_at
        or not block.closing
        or (
            block.probabilities.get(OTHER_KIND, 0.0) < CLOSING_OTHER_SIGN
            and not whom_to_ask(position)
        )
    ):
        return segments
    return [*segments, Segment(position, OTHER_KIND)]


def _asks_to_be_asked(text: str, block: RawBlock) -> bool:
    """Whether paragraph `block` is a short note of whom to ask about the chapter (`_CONTACT_NOTE`,
    at most `POINTER_NOTE_LENGTH` long): what `_points_elsewhere` sets apart after a headed body,
    read here at the close of an un-headed run."""
    if block.type != "paragraph" or block.content_end - block.content_start > POINTER_NOTE_LENGTH:
        return False
    opening = text[block.content_start : block.content_start + POINTER_LABEL_REACH]
    if _CONTACT_OPENING.match(opening) is None:
        return False
    return _CONTACT_NOTE.match(cue_text(text[block.content_start : block.content_end])) is not None


def _split_swallowed(
    model: KindModel,
    segments: list[Segment],
    confidences: dict[int, tuple[float, float, str]],
    run: tuple[list[dict[str, float]], list[bool], list[str]],
    order: list[str],
) -> tuple[list[Segment], dict[int, tuple[float, float, str]]]:
    """The run's segments, with a long paragraph the order costs kept inside a section of
    another kind set apart as a section of its own (`_swallowed_at`), or a short opening of
    another kind kept above a long paragraph of the section's kind (`_swallowed_opening`), and
    the model's confidences of the parts (one call for all the parts split)."""
    run_kinds = {other.kind for other in segments}
    splits: dict[int, tuple[int, str, str]] = {}
    for number, segment in enumerate(segments):
        if number not in confidences:
            continue
        end = segments[number + 1].first if number + 1 < len(segments) else len(run[0])
        at = _swallowed_at(segment, end, confidences[number], run, run_kinds)
        if at is not None and confidences[number][2] in order:
            splits[number] = (at, segment.kind, confidences[number][2])
            continue
        opening = _swallowed_opening(
            segment, end, confidences[number], run, run_kinds
        ) or _swallowed_long_opening(segment, end, run, run_kinds)
        if opening is not None and opening[1] in order:
            splits[number] = (opening[0], opening[1], segment.kind)
            continue
        closing = _swallowed_long_closing(segment, end, run, run_kinds)
        if closing is not None and (closing[1] in order or closing[1] == OTHER_KIND):
            splits[number] = (closing[0], segment.kind, closing[1])
    if not splits:
        return segments, confidences
    contents = run[2]
    words: list[str] = []
    kinds: list[str] = []
    for number, (at, first_kind, second_kind) in splits.items():
        end = segments[number + 1].first if number + 1 < len(segments) else len(contents)
        words += ["\n".join(contents[segments[number].first : at]), "\n".join(contents[at:end])]
        kinds += [first_kind, second_kind]
    read = iter(_confidences(model, words, kinds))
    split_segments: list[Segment] = []
    split_confidences: dict[int, tuple[float, float, str]] = {}
    for number, segment in enumerate(segments):
        if number in splits:
            at, first_kind, second_kind = splits[number]
            split_confidences[len(split_segments)] = next(read)
            split_segments.append(Segment(segment.first, first_kind))
            split_confidences[len(split_segments)] = next(read)
            split_segments.append(Segment(at, second_kind))
            continue
        if number in confidences:
            split_confidences[len(split_segments)] = confidences[number]
        split_segments.append(segment)
    return split_segments, split_confidences


def _swallowed_opening(
    segment: Segment,
    end: int,
    confidence: tuple[float, float, str],
    run: tuple[list[dict[str, float]], list[bool], list[str]],
    run_kinds: set[str],
) -> tuple[int, str] | None:
    """Where a section the segmenter chose opens on a short paragraph the model reads, on its
    own, as another kind the run has not had, set straight above a long paragraph of the
    section's own kind (a one-line vision, "Every young person leaving our care should have a
    safe home …", over a long paragraph of practice): the long paragraph outweighs the line, so
    the model sees the section as the paragraph's kind, and the boundary between them could not
    pay for itself on the line's few words. It is `_swallowed_at` the other way round (decision
    0223): the line is a section of its own. The long paragraph's position in the run and the
    line's kind, or None."""
    probabilities, may_open, contents = run
    chosen, _likeliest, likeliest_kind = confidence
    kind = segment.kind
    if kind == OTHER_KIND or likeliest_kind != kind or chosen < STRETCH_SIGN:
        return None
    opening = probabilities[segment.first]
    line_kind = max(opening, key=opening.__getitem__)
    if (
        line_kind in (kind, OTHER_KIND, TITLE_KIND)
        or line_kind in run_kinds
        or opening[line_kind] < MIN_MODEL_CONFIDENCE
        or len(contents[segment.first].split()) >= STRETCH_PREFERRED_WORDS
    ):
        return None
    position = _next_opening(segment, end, may_open)
    if (
        position is not None
        and probabilities[position].get(kind, 0.0) >= STRETCH_SIGN
        and len(contents[position].split()) >= STRETCH_PREFERRED_WORDS
    ):
        return position, line_kind
    return None


def _swallowed_long_opening(
    segment: Segment,
    end: int,
    run: tuple[list[dict[str, float]], list[bool], list[str]],
    run_kinds: set[str],
) -> tuple[int, str] | None:
    """Where a section the segmenter chose opens on a long paragraph the model reads, on its
    own, surely as another kind the run has not had, and the next paragraph that may open a
    section is surely of the section's own kind (an outcomes paragraph, "What does a good
    childhood look like? …", over the vision paragraph after it): two paragraphs, each plainly
    of its own topic, that only the boundary's cost held together (a long paragraph at 0.57
    against 0.21 falls just short of paying for one). `_swallowed_opening` with the opening
    long: the paragraph is a section of its own, as the annotation's convention (a paragraph by
    its topic) reads it. The second paragraph's position in the run and the opening's kind, or
    None."""
    probabilities, may_open, contents = run
    kind = segment.kind
    if kind == OTHER_KIND:
        return None
    opening = probabilities[segment.first]
    line_kind = max(opening, key=opening.__getitem__)
    if (
        line_kind in (kind, OTHER_KIND, TITLE_KIND)
        or line_kind in run_kinds
        or opening[line_kind] < STRETCH_SIGN
        or opening[line_kind] < SWALLOWED_MARGIN * opening.get(kind, 0.0)
        or len(contents[segment.first].split()) < STRETCH_WORDS
    ):
        return None
    position = _next_opening(segment, end, may_open)
    if position is None:
        return None
    following = probabilities[position]
    if max(following, key=following.__getitem__) == kind and following[kind] >= STRETCH_SIGN:
        return position, line_kind
    return None


def _swallowed_long_closing(
    segment: Segment,
    end: int,
    run: tuple[list[dict[str, float]], list[bool], list[str]],
    run_kinds: set[str],
) -> tuple[int, str] | None:
    """`_swallowed_long_opening` the other way round: a section the segmenter chose ends on a
    long paragraph the model reads, on its own, surely as another kind the run has not had, or
    as material of no kind (the Virtual School Head's work after the principles), while the
    paragraph before it is surely of the section's kind. The closing paragraph's position in the
    run and its kind, or None."""
    probabilities, may_open, contents = run
    kind = segment.kind
    opens = [position for position in range(segment.first, end) if may_open[position]]
    if kind == OTHER_KIND or len(opens) < 2:
        return None
    closing, before = opens[-1], opens[-2]
    scores = probabilities[closing]
    closing_kind = max(scores, key=scores.__getitem__)
    if (
        closing_kind in (kind, TITLE_KIND)
        or closing_kind in run_kinds
        or scores[closing_kind] < STRETCH_SIGN
        or scores[closing_kind] < SWALLOWED_MARGIN * scores.get(kind, 0.0)
        or len(contents[closing].split()) < STRETCH_WORDS
    ):
        return None
    above = probabilities[before]
    if max(above, key=above.__getitem__) != kind or above[kind] < STRETCH_SIGN:
        return None
    return closing, closing_kind


SWALLOWED_MARGIN = 2.0
"""…and reads it at least this many times as likely as the section's kind."""


def _next_opening(segment: Segment, end: int, may_open: list[bool]) -> int | None:
    """The position of the first paragraph after a section's opening, before `end`, that may
    open a section (the paragraph the swallowing rules weigh against the opening), or None."""
    return next(
        (position for position in range(segment.first + 1, end) if may_open[position]), None
    )


def _swallowed_at(
    segment: Segment,
    end: int,
    confidence: tuple[float, float, str],
    run: tuple[list[dict[str, float]], list[bool], list[str]],
    run_kinds: set[str],
) -> int | None:
    """Where a section the segmenter chose holds a long paragraph of another kind it could not
    pay to turn to: the section opens on a short paragraph of its own kind (a one-line vision,
    "Every young person leaving our care should have a safe home …"), and then a long paragraph
    the model reads, on its own, surely as another kind the run has not had (the practice of
    leaving care, at 0.73). Over the whole section the model hardly sees the segment's kind
    (`MIN_MODEL_CONFIDENCE`: 0.14, the long paragraph outweighing the line) and surely sees the
    paragraph's (`STRETCH_SIGN`): the family's order, which a chapter written out of it defeats,
    is all that held them together (decision 0223). The paragraph's position in the run, or
    None."""
    probabilities, may_open, contents = run
    chosen, likeliest, likeliest_kind = confidence
    kind = segment.kind
    if (
        kind == OTHER_KIND
        or chosen >= MIN_MODEL_CONFIDENCE
        or likeliest < STRETCH_SIGN
        or likeliest_kind in (kind, OTHER_KIND, TITLE_KIND)
        or likeliest_kind in run_kinds
    ):
        return None
    opening = probabilities[segment.first]
    if max(opening, key=opening.__getitem__) != kind:
        return None
    position = _next_opening(segment, end, may_open)
    if (
        position is not None
        and probabilities[position].get(likeliest_kind, 0.0) >= STRETCH_SIGN
        and len(contents[position].split()) >= STRETCH_PREFERRED_WORDS
    ):
        return position
    return None


def _unit_probabilities(
    model: KindModel,
    contents: list[str],
    opens: list[bool],
    headings: list[bool],
    grouped: list[bool],
) -> list[dict[str, float]]:
    """The kind model's probabilities for each block of a run, a paragraph read together with the
    blocks that cannot open a section after it (its list's items, a line that carries on its
    sentence): those blocks always share its section, so they are one unit of meaning, and the
    model reads a sentence that introduces a list ("We expect the children we work with to be:")
    far better with the list it introduces than alone, as it reads each short item better inside
    its list. Every block of a unit gets the unit's probabilities; a heading and the blocks under
    it are read one by one, as a heading's words are named on their own. A unit that holds a
    group of paragraphs numbered under one number (`grouped`: "2.2 …" after "2.1 …") is read
    by its opening paragraph where that alone clearly names another kind
    (`GROUP_OPENING_CONFIDENCE`)."""
    owner = list(range(len(contents)))
    for position in range(1, len(contents)):
        if not opens[position] and not headings[position] and not headings[owner[position - 1]]:
            owner[position] = owner[position - 1]
    units: dict[int, list[str]] = {}
    for position, content in enumerate(contents):
        units.setdefault(owner[position], []).append(content)
    firsts = list(units)
    scores = dict(
        zip(firsts, model.probabilities(["\n".join(units[f]) for f in firsts]), strict=True)
    )
    groups = [
        first
        for first in firsts
        if opens_group_in_words(contents[first])
        and any(grouped[later] for later in range(first + 1, first + len(units[first])))
    ]
    if groups:
        openings = model.probabilities([contents[first] for first in groups])
        for first, opening in zip(groups, openings, strict=True):
            kind = max(opening, key=opening.__getitem__)
            whole = scores[first]
            if opening[kind] >= GROUP_OPENING_CONFIDENCE and kind != max(
                whole, key=whole.__getitem__
            ):
                scores[first] = opening
    for first in firsts:
        if opens[first] and not headings[first] and len(units[first]) == 1:
            scores[first] = _settled_by_its_opening(model, contents[first], scores[first])
    return [scores[owner[position]] for position in range(len(contents))]


TIED_KINDS_MARGIN = 0.05
"""Two kinds whose probabilities for a whole paragraph lie within this of each other are tied:
the paragraph holds two topics about equally (an ambition, then how progress towards it is
counted), and which of them the model puts first turns on a few words of evidence."""
TOPIC_SENTENCE_CONFIDENCE = 0.5
"""How sure the model must be of a tied paragraph's opening sentence read alone, as one of the
two tied kinds, for that sentence to settle the tie."""


def _settled_by_its_opening(
    model: KindModel, paragraph: str, whole: dict[str, float]
) -> dict[str, float]:
    """`whole`, the probabilities of a paragraph that may open a section, with a tie between its
    two likeliest kinds settled by the paragraph's opening sentence. A writer states a
    paragraph's topic first and turns to a second one after it, and a paragraph of two topics is
    one section of the kind it opens with (decisions 0141, 0357): where the whole paragraph reads
    as both about equally, the opening sentence, read alone, says which it is. The readings are
    averaged, so the opening decides only a tie and a paragraph the model reads clearly keeps
    its reading."""
    ranked = sorted(whole, key=whole.__getitem__, reverse=True)
    if len(ranked) < 2 or whole[ranked[0]] - whole[ranked[1]] > TIED_KINDS_MARGIN:
        return whole
    ends = list(_SENTENCE_END.finditer(paragraph))
    if not ends or not paragraph[ends[0].end() :].strip():
        return whole
    opening = model.probabilities([paragraph[: ends[0].end()]])[0]
    kind = max(opening, key=opening.__getitem__)
    if kind not in ranked[:2] or opening[kind] < TOPIC_SENTENCE_CONFIDENCE:
        return whole
    return {name: (whole[name] + opening.get(name, 0.0)) / 2 for name in whole}


_LEAD_IN_WORDS = 8
"""A lead-in line is short: "Please note:", "Before you start, read this."."""
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
_POINTS_FORWARD = re.compile(
    r"(?::|\b(?:this|these|the\s+following|as\s+follows|below)\s*[.:])[\"'\u201d\u2019]?$",
    re.IGNORECASE,
)
"""How a lead-in ends: a colon, or a sentence pointing at what comes next ("… read this.")."""
_ANNOUNCES_TOPIC = re.compile(
    r"^(?:a|one|some|a\s+few)\s+(?:brief\s+|short\s+|final\s+)?(?:words?|notes?)\s+(?:on|about)\s"
    r"|^(?:two|three|four|five|six|seven|a\s+few|several)\s+(?:things|ideas|beliefs|values|"
    r"principles|commitments|promises|rules)\s+(?:matter|count|guide|shape|drive|stand|"
    r"come\s+first|are\s+(?:important|central))\b",
    re.IGNORECASE,
)
"""…or a line announcing the topic of what follows: "A word on partnership.", "A few words about
confidentiality.", "A short note about safeguarding." (decisions 0139, 0141), or counting the
things the paragraph under it sets out: "Three things matter most to us." (decision 0172)."""


_SAYS_WHAT_COMES_NEXT = re.compile(
    r"\b(?:comes|come)\s+next[.:]?$|^next\s+comes?\b"
    r"|\b(?:is|are)\s+the\s+next\s+(?:subject|topic|matter|question|part|thing)\b"
    r"|^what\s+follows\s+(?:is|are|sets\s+out|describes|explains)\b"
    r"|^(?:this|the)\s+(?:chapter|page|document|text)\s+(?:begins|starts|opens)\s+with\b"
    r"|^(?:last|first)\s+of\s+all\s+(?:comes?|is|are)\b"
    r"|\b(?:is|are)\s+(?:easy|simple|quick)\s+to\s+(?:state|say|put|sum\s+up)[.:]?$",
    re.IGNORECASE,
)
"""A one-sentence paragraph saying what the text turns to next, as a spoken heading would ("…, so
the law comes next.", "How social workers spend their time with families is the next subject.",
"What follows is what the city believes …", "This chapter begins with the people it is written
for.", "Last of all comes the care taken with …", "The city's hopes for its children are easy to
state."; blind327): it introduces the paragraph under it, as "Please note:" does, in a sentence
of its own, so it may run longer than a label."""
_ONE_SENTENCE = re.compile(r"[^.!?]+[.:]")
_NEXT_LEAD_IN_WORDS = 16
"""Words a sentence saying what comes next may run to: a short sentence, not a paragraph."""


_POINTS_BACK_FIRST = re.compile(
    r"\s*(?:it|its|they|their|this|these|that|those|such)\b", re.IGNORECASE
)
"""A sentence opening on a word standing for what was said above it ("It applies to …", "Its
three questions …", "These apply …")."""


def _announced_read_forward(
    contents: list[str],
    probabilities: list[dict[str, float]],
    may_open: list[bool],
    headings: list[bool],
) -> list[dict[str, float]]:
    """`probabilities`, with a short one-sentence paragraph that the kind model places nowhere
    (no kind read `CONFIDENT_RETURN` likely) read as the paragraph after it, where that one may
    open a section and is read surely (`SURE_OPENING`) as a kind. Such a sentence ("Our duties
    do not end at the school gate.") announces a topic rather than saying anything of its own:
    it points back at nothing above (a follow-on that does cannot open a section,
    `_refers_back`, and one opening on "It …", "Its …" or "These …" is not taken), and it stands
    between a paragraph of more than one sentence and the one it introduces (in a run of
    one-sentence paragraphs each may be a point of the section above), so what it introduces is
    the only evidence of its kind. Read alone, its
    few words tipped it into the section before or after as each rebuild of the examples moved
    the model's weak reading of them (decision 0600)."""
    read = list(probabilities)
    for position in range(1, len(contents) - 1):
        after = position + 1
        if (
            headings[position - 1]
            or _ONE_SENTENCE.fullmatch(contents[position - 1].strip()) is not None
            or _POINTS_BACK_FIRST.match(contents[position]) is not None
            or not may_open[position]
            or not may_open[after]
            or headings[position]
            or headings[after]
            or not probabilities[position]
            or not probabilities[after]
        ):
            continue
        words = contents[position].strip()
        count = sum(1 for _word in islice(_WORD.finditer(words), _NEXT_LEAD_IN_WORDS + 1))
        if count > _NEXT_LEAD_IN_WORDS or _ONE_SENTENCE.fullmatch(words) is None:
            continue
        if max(probabilities[position].values()) >= CONFIDENT_RETURN:
            continue
        kind, likelihood = max(probabilities[after].items(), key=lambda item: item[1])
        if kind != OTHER_KIND and likelihood >= SURE_OPENING:
            read[position] = probabilities[after]
    return read


def _after_a_lead_in(text: str, raw: list[RawBlock], state: HeadingState, index: int) -> bool:
    """Whether paragraph `index` stands under a one-line lead-in to it ("Please note:", "In
    short:", "Before you read the procedures, read this."): the lead-in introduces the paragraph,
    so a section never opens between them; it opens at the lead-in, or before it."""
    if index == 0 or raw[index].type != "paragraph":
        return False
    before = raw[index - 1]
    if before.type != "paragraph" or before.line_count > 1 or state.is_heading[index - 1]:
        return False
    words = text[before.content_start : before.content_end].strip()
    # Its words are counted only as far as a lead-in may go: most paragraphs say far more.
    count = sum(1 for _word in islice(_WORD.finditer(words), _NEXT_LEAD_IN_WORDS + 1))
    if count <= _LEAD_IN_WORDS and (
        _POINTS_FORWARD.search(words) is not None or _ANNOUNCES_TOPIC.match(words) is not None
    ):
        return True
    return (
        count <= _NEXT_LEAD_IN_WORDS
        and _ONE_SENTENCE.fullmatch(words) is not None
        and _SAYS_WHAT_COMES_NEXT.search(words) is not None
    )


def _is_a_remark(words: str) -> bool:
    """Whether a paragraph is a remark of a few words (`FOLLOW_ON_WORDS`): "The Panel's chair
    agrees.", a sentence the model may read surely from one or two names in it."""
    return sum(1 for _word in islice(_WORD.finditer(words), FOLLOW_ON_WORDS + 1)) <= FOLLOW_ON_WORDS


FOLLOW_ON_WORDS = 16
"""A follow-on paragraph is one short sentence: "Agency staff are expected to read it in their
first week.", "Your social worker can go through it with you." (decision 0172)."""
_POINTS_BACK = re.compile(
    r"(?i)\s(?:it|them|(?:these|those)\s+[a-z]+)\b(?!\s+(?:is|was|are|were|has|have)\b)"
)
"""A word past the sentence's first that stands for what was said above it: "… read it …",
"… holds us to them.", "… trained in these duties …" (not "it is", which may be any "it")."""


_GIVES_THE_REASON = re.compile(
    r"(?i)(?:this|that|it|all this|all of this) (?:matters|is (?:so )?important|counts)"
    r"(?: so much)? because\b"
)
"""A sentence opening on why what the paragraph above said matters ("This matters because
children rarely struggle alone, …"): standing alone as a paragraph it is one more thing said
of that paragraph's topic, at any length (misses round 76, decision 0515). A paragraph that
goes on past that sentence may turn to a topic of its own, and is not taken."""

_THEIR = re.compile(r"(?i)\btheir\b")


def _points_within(words: str, pointer: re.Match[str]) -> bool:
    """Whether `pointer`, a "them", stands for people its own sentence has named already, as a
    "their" before it shows ("Children belong with their families wherever it is safe for them
    to be there."): it points at nothing above the sentence (decision 0255)."""
    return (
        pointer.group().strip().lower() == "them"
        and _THEIR.search(words, 0, pointer.start()) is not None
    )


LINE_WORDS = 30
"""A statement standing in one sentence is short: a vision said in a line runs to 13-25 words in
the case documents ("We want the borough to be a place where every child is proud of where they
grew up."; decision 0473)."""
_POINTS_AT_THE_LINE = re.compile(r"(?i)\b(?:that|this|these|those|there|it|such)\b")
"""A word of a paragraph's first sentence that may stand for the line above it: "That is the
whole of our vision", "We hold to that vision", "To get there we …"."""


def _after_a_line_of_its_own(
    text: str, raw: list[RawBlock], state: HeadingState, index: int
) -> bool:
    """Whether paragraph `index` stands after a paragraph of one short sentence (`LINE_WORDS`)
    and its first sentence does not point back at it (`_POINTS_AT_THE_LINE`): where that line
    opened a section of a kind said in a line, the section ends with it (decision 0473). In the
    case documents with no headings, 63 of 70 vision sections opening on such a paragraph end
    with it; of the other seven, five go on in a paragraph that speaks of it ("That is the whole
    of our vision", "that ambition") and two in one the model reads as the vision itself."""
    block, before = raw[index], raw[index - 1]
    if (
        block.type != "paragraph"
        or before.type != "paragraph"
        or state.is_heading[index]
        or state.is_heading[index - 1]
    ):
        return False
    line = text[before.content_start : before.content_end].strip()
    if not line.endswith((".", "!")) or re.search(r"[.!?;:]\s", line[:-1]):
        return False
    if sum(1 for _word in islice(_WORD.finditer(line), LINE_WORDS + 1)) > LINE_WORDS:
        return False
    words = text[block.content_start : block.content_end]
    first_sentence = re.split(r"(?<=[.!?])\s", words, maxsplit=1)[0]
    return _POINTS_AT_THE_LINE.search(first_sentence) is None


def _refers_back(text: str, raw: list[RawBlock], state: HeadingState, index: int) -> bool:
    """Whether paragraph `index` is a short one-sentence follow-on of the paragraph above it,
    pointing back at it with a pronoun ("Agency and temporary staff are expected to read it
    during their first week.", "The Lead Member chairs the board that holds us to them."): it
    says one more thing of that paragraph's topic, so a section never opens at it, however its
    words alone read to the kind model (decision 0172). A sentence giving the reason for what the
    paragraph above said (`_GIVES_THE_REASON`) follows on so at any length (decision 0515)."""
    block = raw[index]
    if block.type != "paragraph" or index == 0 or state.is_heading[index]:
        return False
    before = raw[index - 1]
    if before.type != "paragraph" or state.is_heading[index - 1]:
        return False
    following = raw[index + 1].start if index + 1 < len(raw) else len(text)
    if "\n\n" not in text[before.content_end : block.start + 1] or (
        following < len(text) and "\n\n" not in text[block.content_end : following + 1]
    ):
        return False  # a line of a paragraph, not a paragraph standing between two others
    words = text[block.content_start : block.content_end].strip()
    if not words.endswith((".", "!")) or re.search(r"[.!?;:]\s", words[:-1]):
        return False
    count = sum(1 for _word in islice(_WORD.finditer(words), FOLLOW_ON_WORDS + 1))
    if not _GIVES_THE_REASON.match(words) and (
        count > FOLLOW_ON_WORDS
        or not any(not _points_within(words, pointer) for pointer in _POINTS_BACK.finditer(words))
    ):
        return False
    # It follows a longer paragraph: in a run of one-sentence paragraphs ("Our work is governed
    # by the Children Act 1989 and the guidance issued under it.") each may open its topic.
    above = text[before.content_start : before.content_end]
    return sum(1 for _word in islice(_WORD.finditer(above), FOLLOW_ON_WORDS + 2)) > (
        FOLLOW_ON_WORDS + 1
    )


def _lead_in_before(
    text: str, raw: list[RawBlock], state: HeadingState, index: int, first_block: int
) -> int:
    """1 when the paragraph a content cue opened a section at has a lead-in line above it inside
    the run (the section opens at the lead-in), the letter's head when it is a letter's first
    paragraph (`_letter_head_above`), else 0."""
    head = _letter_head_above(text, raw, state, index, first_block)
    if head:
        return head
    return int(index > first_block and _after_a_lead_in(text, raw, state, index))


def _letter_head_above(
    text: str, raw: list[RawBlock], state: HeadingState, index: int, first_block: int
) -> int:
    """How many blocks of a letter's head stand above block `index` inside the run: the greeting
    ("Dear colleague,") straight above it and the short lines above that (`_in_letter_head`).
    The letter's first paragraph opens its section with them, whatever cue it opens on
    (decision 0346)."""
    greeting = index - 1
    if greeting < first_block or state.is_heading[greeting] or raw[greeting].type != "paragraph":
        return 0
    words = cue_text(text[raw[greeting].content_start : raw[greeting].content_end]).strip()
    if not SALUTATION_RE.fullmatch(words):
        return 0
    first = greeting
    while first - 1 >= first_block and _in_letter_head(text, raw, state, first - 1):
        first -= 1
    return index - first


def _continues_sentence(text: str, raw: list[RawBlock], index: int) -> bool:
    """A paragraph that starts in lower case straight under another, no blank line between,
    carries on that paragraph's sentence (a hard-wrapped line that happened to end at a
    semicolon): a section never opens in the middle of a sentence."""
    if index == 0 or raw[index].type != "paragraph" or raw[index - 1].type != "paragraph":
        return False
    words = text[raw[index].content_start : raw[index].content_end].lstrip()
    if words[:1].islower() and "\n\n" not in text[raw[index - 1].content_end : raw[index].start]:
        return True
    return _item_of_a_sentence_left_open(text, raw, index)


_ITEM_MARKER = re.compile(r"\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]\s+", re.IGNORECASE)
"""A lettered, roman or numbered item's marker written in the paragraph's words: "(a) ",
"b) ", "iii. ", "2) "."""


def _item_of_a_sentence_left_open(text: str, raw: list[RawBlock], index: int) -> bool:
    """Whether paragraph `index` is an item of a list that finishes a sentence: its words, after a
    marker ("(a) to act in their best interests …;"), start in lower case, and the paragraph
    above ends on a colon ("… to have regard to the need:") or is such an item itself. The
    sentence runs on through the items, so a section never opens at one (misses86, decision
    0581: a plain-text copy of a Word chapter split its lettered corporate parenting duties
    off the paragraph that introduced them, once the examples were rebuilt)."""
    words = text[raw[index].content_start : raw[index].content_end].lstrip()
    marker = _ITEM_MARKER.match(words)
    if marker is None or not words[marker.end() : marker.end() + 1].islower():
        return False
    above = raw[index - 1]
    above_words = text[above.content_start : above.content_end].rstrip()
    return above_words.endswith(":") or (
        above.type == "paragraph" and _item_of_a_sentence_left_open(text, raw, index - 1)
    )


TIED_LINE = 60
"""A line of prose this long or longer, straight above a paragraph with no blank line between,
holds that paragraph to it where the document spaces its paragraphs."""


def _tied_line(text: str) -> int:
    """`TIED_LINE`, or less in text hard-wrapped narrower: there a line filled to the width
    (`WRAP_FILL` of it) is as full a line of prose (decision 0116)."""
    width = hard_wrap_width([len(line) for line in text.split("\n")])
    if width is None:
        return TIED_LINE
    return min(TIED_LINE, int(WRAP_FILL * width))


def _tied_to_the_paragraph_above(
    text: str,
    raw: list[RawBlock],
    state: HeadingState,
    index: int,
    tied_line: int = TIED_LINE,
    wrap_width: int | None = None,
) -> bool:
    """In a document whose paragraphs stand apart (`_paragraphs_spaced`), a paragraph straight
    under a line of prose, no blank line between, is that paragraph's last sentence, cut off
    because a hard-wrapped line happened to end with it ("… if they are in higher
    education.\nYoung people's views are sought at every review."): it cannot open a section.
    A short line above (a label, a stamp) ties nothing, and a heading is never tied.

    Nor does a line that the paragraph's first word would have fitted on, in text hard-wrapped
    to a known width (`wrap_width`): a wrapping tool fills each line while the next word fits,
    so it did not break there; the author did, and a new paragraph starts under it (two short
    sections set one under the other with no blank line between, blind362)."""
    if index == 0 or raw[index].type != "paragraph" or raw[index - 1].type != "paragraph":
        return False
    if state.is_heading[index] or state.is_heading[index - 1]:
        return False
    above = raw[index - 1]
    if "\n\n" in text[above.content_end : raw[index].start]:
        return False
    line_start = text.rfind("\n", above.content_start, above.content_end) + 1
    line_length = above.content_end - max(line_start, above.content_start)
    if line_length < tied_line:
        return False
    return wrap_width is None or not _first_word_fits(text, raw[index], line_length, wrap_width)


def _first_word_fits(text: str, block: RawBlock, line_length: int, wrap_width: int) -> bool:
    """Whether the block's first word, after a space, would have fitted on a line
    `line_length` long in text wrapped at `wrap_width`."""
    words = text[block.content_start : block.content_end].split(maxsplit=1)
    return bool(words) and line_length + 1 + len(words[0]) <= wrap_width


def _paragraphs_spaced(text: str, raw: list[RawBlock]) -> bool:
    """Most paragraphs of the document stand apart, a blank line before them, so a paragraph
    without one is tied to what it follows."""
    gaps = [
        "\n\n" in text[before.content_end : block.start]
        for before, block in pairwise(raw)
        if block.type == "paragraph" and before.type == "paragraph"
    ]
    return bool(gaps) and sum(gaps) * 2 > len(gaps)


def _opens_unintroduced_list(text: str, raw: list[RawBlock], index: int) -> bool:
    """A list's first item may open a section when no sentence introduces the list: a run of
    bulleted values straight after a paragraph on partners ends with a full stop, not a colon,
    so the list is a section of its own rather than that paragraph's continuation."""
    if index == 0 or raw[index - 1].type != "paragraph":
        return False
    before = text[raw[index - 1].content_start : raw[index - 1].content_end].rstrip()
    if not before or before[-1] not in ".!?":
        return False
    last_sentence = re.split(r"[.!?]\s+", before[:-1])[-1]
    return _ANNOUNCES_A_LIST.search(last_sentence) is None


_ANNOUNCES_A_LIST = re.compile(r"(?i)\b(?:below|following|as\s+follows|these|listed|are\s+to)\b")
"""Words by which a sentence ending in a full stop still introduces the list under it ("Our
values are set out below.")."""


def _numbered_paragraph(text: str, raw: list[RawBlock], index: int) -> bool:
    """A top-level item numbered "N." that stands apart (a blank line above it) and reads as a
    paragraph (`is_numbered_paragraph`): a chapter whose every paragraph is numbered 1., 2., 3.
    and has no headings is a run of paragraphs, and any of them may open a section, as a
    paragraph would ("9. Our hope is that Hallowfield becomes a city …" after "8. Our practice
    is restorative …"). So is an item that introduces its own nested bullets
    (`_introduces_its_sub_items`): a paragraph with its list, not an entry (blind346)."""
    block = raw[index]
    if block.type != "list_item" or not block.ordered or block.depth > 1 or index == 0:
        return False
    if "\n\n" not in text[raw[index - 1].content_end : block.start + 1]:
        return _in_list_of_paragraphs(text, raw, index)
    marker = text[block.start : block.content_start]
    words = text[block.content_start : block.content_end]
    return (
        is_numbered_paragraph(marker, words)
        or _leads_its_numbered_group(text, raw, index)
        or _introduces_its_sub_items(text, raw, index)
    )


PARAGRAPH_LIST_ITEMS = 3
"""A numbered list holds paragraphs rather than entries when it has at least this many items,
every one of them a paragraph (`_in_list_of_paragraphs`)."""


def _in_list_of_paragraphs(text: str, raw: list[RawBlock], index: int) -> bool:
    """An item of a numbered list whose items, set line under line (a web page's or a markdown
    file's `<ol>`, no blank line between them), are each a paragraph of several sentences
    (`is_numbered_paragraph`), at least `PARAGRAPH_LIST_ITEMS` of them: "1. We will be good
    corporate parents. The council …", "2. We will practise in one way … Our model is …" under
    "What we value". Such a list is a run of numbered paragraphs on topics of their own, and any
    item may open a section as a spaced numbered paragraph does (`_numbered_paragraph`); a list
    with one entry among them ("2. Children Act 2004") is a list (decision 0138).

    The items' own sub-lists are part of the items, not a break in the list: a chapter written
    as one numbered list sets its Acts or its principles as bullets nested under the item that
    introduces them ("2. Our duties come from these Acts:" over "- the Children Act 1989;"),
    and that item is a paragraph with its list (`_introduces_its_sub_items`)."""
    if not _item_reads_as_paragraph(text, raw, index):
        return False  # most items are entries: the item itself is read first, once
    count = 1
    for step in (-1, 1):
        other = index + step
        while 0 <= other < len(raw) and (
            _top_numbered_item(raw[other]) or _nested_item(raw[other])
        ):
            if _top_numbered_item(raw[other]):
                if not _item_reads_as_paragraph(text, raw, other):
                    return False
                count += 1
            other += step
    return count >= PARAGRAPH_LIST_ITEMS


LEAD_IN_ITEM_WORDS = 5
"""The fewest words of a numbered item ending in a colon over its own sub-items for it to read
as a sentence introducing them ("We will measure our success by:") rather than a label ("Being
healthy:")."""


def _introduces_its_sub_items(text: str, raw: list[RawBlock], index: int) -> bool:
    """A top-level numbered item that is a sentence ending in a colon, with items nested under
    it: it introduces its own list ("4. We hold ourselves to a few simple values:" over three
    bullets), as a paragraph ending in a colon introduces the list under it, so the author's
    number marks a paragraph, not an entry."""
    block = raw[index]
    if not _top_numbered_item(block) or index + 1 >= len(raw) or not _nested_item(raw[index + 1]):
        return False
    words = text[block.content_start : block.content_end].strip()
    return words[:1].isupper() and words.endswith(":") and len(words.split()) >= LEAD_IN_ITEM_WORDS


def _item_reads_as_paragraph(text: str, raw: list[RawBlock], index: int) -> bool:
    return _item_is_paragraph(text, raw[index]) or _introduces_its_sub_items(text, raw, index)


def _nested_item(block: RawBlock) -> bool:
    return block.type == "list_item" and block.depth > 1


def _resumes_numbered_topics(text: str, raw: list[RawBlock], first: int, index: int) -> bool:
    """Whether block `index` of the section headed at block `first` is a numbered paragraph
    (`_numbered_paragraph`) whose number goes on from the last numbered paragraph above that
    heading, with no numbered item between the heading and it: "5. We will deliver our
    strategy …" closing "How we practise" after "1. We will work closely with our partners. …"
    to "4. We will find every child a permanent home. …" under "What we stand for". The author
    numbered the chapter's topics across the heading, so the paragraph is the next of them, not
    an afterthought on the heading's topic, however short (decision 0424). A paragraph numbered
    afresh under its heading, or the heading's own first numbered paragraph followed by more,
    says nothing of the kind."""
    number = _whole_item_number(text, raw[index])
    if number is None or number < 2 or not _numbered_paragraph(text, raw, index):
        return False
    if any(_top_numbered_item(raw[other]) for other in range(first, index)):
        return False
    above = next(
        (other for other in range(first - 1, -1, -1) if _top_numbered_item(raw[other])), None
    )
    return (
        above is not None
        and _whole_item_number(text, raw[above]) == number - 1
        and _numbered_paragraph(text, raw, above)
    )


def _whole_item_number(text: str, block: RawBlock) -> int | None:
    """The number of an item numbered "N." or "N)", or None."""
    found = _WHOLE_MARKER.match(text[block.start : block.content_start])
    return int(found.group(1)) if found is not None else None


def _item_is_paragraph(text: str, block: RawBlock) -> bool:
    return is_numbered_paragraph(
        text[block.start : block.content_start], text[block.content_start : block.content_end]
    )


def _top_numbered_item(block: RawBlock) -> bool:
    return block.type == "list_item" and block.ordered and block.depth <= 1


_ASIDE_LABEL = re.compile(
    r"[*_]*((?:[a-z'\u2019-]+ ){0,2}([a-z]+))[*_]*\s*[:\u2013\u2014-][*_]*\s+\S", re.IGNORECASE
)
"""A paragraph's opening label of at most three words ending on a colon or dash ("**Practice
note:** …", "Note - …", "Top tip: …"), bold or not."""
ASIDE_WORDS = CALLOUT_LABELS | {"reminder", "tips", "hints", "warnings"}
"""The last word of a label that sets a paragraph aside as a note on its section's text: the
callout types a wiki or notes tool prints, and their plurals and a reminder."""


def _labelled_aside(words: str) -> bool:
    """Whether a paragraph of a run (its `words`) opens on a note's
    label ("**Practice note:** if a young person has turned down help, write once a year …",
    "Tip: …"): a note, a tip or a warning set inside a section comments on the text it stands
    in, so under a heading (one in the run before it) it opens no section of its own, whatever
    its words talk about
    (misses86, decision 0581: a "Practice note" box under "Our way of working" split off as
    the principles once the examples were rebuilt). A content cue still opens its section."""
    label = _ASIDE_LABEL.match(words)
    return label is not None and label.group(2).lower() in ASIDE_WORDS


def _first_of_a_led_group(text: str, raw: list[RawBlock], index: int) -> bool:
    """Paragraph "N.1" straight under the item "N." that leads its group: the group is one
    section, opened by the item (`_leads_its_numbered_group`)."""
    above = raw[index - 1]
    return (
        above.type == "list_item"
        and above.ordered
        and above.depth == 1
        and _leads_its_numbered_group(text, raw, index - 1)
    )


def _leads_its_numbered_group(text: str, raw: list[RawBlock], index: int) -> bool:
    """A short item numbered "N." that reads as a sentence, with the paragraphs numbered "N.1",
    "N.2" … straight under it: it leads the group its number opens ("8. Our decisions about
    individual children follow five rules of thumb." over "8.1 Children are best brought up …"),
    so it is the group's first paragraph, however short (decision 0116). A list's entry is never
    followed by paragraphs numbered after it. So too a lead-in numbered "N." that ends on a colon
    with lettered sub-paragraphs "(a)", "(b)" … under it ("2. The legal framework for our work
    includes:" over "(a) the Children Act 1989;"): the author numbered the paragraph and
    lettered its parts, as committee papers do, so it opens its group (blind81)."""
    block = raw[index]
    number = _WHOLE_MARKER.match(text[block.start : block.content_start])
    if number is None or index + 1 >= len(raw):
        return False
    stripped = text[block.content_start : block.content_end].strip()
    if not stripped[:1].isupper() or not stripped.endswith((".", ":")):
        return False
    after = raw[index + 1]
    if stripped.endswith(":") and _LETTERED_FIRST.match(text, after.start, after.content_end):
        return True
    return paragraph_section_number(text[after.content_start : after.content_end]) == int(
        number.group(1)
    )


_WHOLE_MARKER = re.compile(r"\s*(\d{1,2})[.)]\s*$")
_LETTERED_FIRST = re.compile(r"[ \t]*(?:[-*\u2022][ \t]+)?\(?a[.)][ \t]+\S")
"""The first of a run of lettered sub-paragraphs, "(a) the Children Act 1989;", "a) …", as a
text sets it or as a reader of a PDF or Word file draws it under a bullet ("- (a) …")."""


def _in_unintroduced_list(text: str, raw: list[RawBlock], state: HeadingState, index: int) -> bool:
    """The block is an item of a list no sentence introduces: its items are the section's own
    content, not details of a paragraph, so each says as much as a short paragraph. The list's
    first item is found once for the document (`HeadingState.list_run_start`)."""
    if raw[index].type != "list_item":
        return False
    return _opens_unintroduced_list(text, raw, state.list_run_start(index))


def _closes_list(text: str, raw: list[RawBlock], index: int) -> bool:
    """A paragraph right under a list's last item, no blank line between, closes that list ("The
    duties apply to children in need…" under the statutes): it does not open a new section."""
    if index == 0 or raw[index].type != "paragraph" or raw[index - 1].type != "list_item":
        return False
    return "\n\n" not in text[raw[index - 1].content_end : raw[index].start]


ITEMS_IN_A_RUN = 2
"""One-line paragraphs ending in a semicolon, straight above each other, that make a list."""


def _ends_a_run_of_items(text: str, raw: list[RawBlock], index: int) -> bool:
    """A one-line paragraph straight under one-line paragraphs that end in a semicolon, no blank
    line between, is the last item of their list ("The Children Act 1989;" … "Working Together
    to Safeguard Children 2023.", a list copied from a page as lines): it ends with its full
    stop the list it belongs to and does not open a section (decision 0167)."""
    if index < ITEMS_IN_A_RUN or raw[index].type != "paragraph" or raw[index].line_count != 1:
        return False
    for before in range(index - ITEMS_IN_A_RUN, index):
        block = raw[before]
        if (
            block.type != "paragraph"
            or block.line_count != 1
            or "\n\n" in text[block.content_end : raw[before + 1].start]
            or not text[block.content_start : block.content_end]
            .rstrip()
            .endswith((";", "; and", "; or"))
        ):
            return False
    return True


LINE_ITEM_WORDS = 30
"""The longest line read as an item of a list that lost its bullets: an item names a thing or
says one short clause; a longer line is a paragraph that a page without blank lines set alone."""


LIST_LINES_REACH = 40
"""How far up a line looks for the colon that introduces its list: a list copied as lines is
seldom longer, and a page of short lines with no blank line is not searched line by line back to
its top for each line."""


def _line_item(text: str, raw: list[RawBlock], state: HeadingState, index: int) -> bool:
    """Whether block `index` could be an item of a list that lost its bullets: a one-line
    paragraph, not a heading, of one clause (no full stop inside it) and at most
    `LINE_ITEM_WORDS` words."""
    block = raw[index]
    if block.type != "paragraph" or block.line_count != 1 or state.is_heading[index]:
        return False
    words = text[block.content_start : block.content_end].strip()
    return len(words.split()) <= LINE_ITEM_WORDS and ". " not in words.rstrip(".")


def _in_a_run_of_lines_under_a_colon(
    text: str, raw: list[RawBlock], state: HeadingState, index: int
) -> bool:
    """Whether block `index` is a line of a list copied from a page without its bullets: one-line
    items one under another, no blank line between, under a paragraph that introduces them with a
    colon ("It is based on:" then "Children Act 1989", …, "Working Together to Safeguard Children
    2023"). An item is part of the list its lead-in introduces, however strongly its own words
    speak of another kind (Working Together's of partnership), so it does not open a section; the
    section may open at the next paragraph set apart by a blank line. A line with prose right
    under it, no blank line between, may be that prose's heading on a page that sets no blank
    lines at all ("A Shared Responsibility" after the last Act): it is left to the heading
    rules."""
    if not _line_item(text, raw, state, index):
        return False
    after = index + 1
    if (
        after < len(raw)
        and "\n\n" not in text[raw[index].content_end : raw[after].start]
        and not _line_item(text, raw, state, after)
    ):
        return False
    before = index - 1
    while (
        index - before <= LIST_LINES_REACH
        and before >= 0
        and "\n\n" not in text[raw[before].content_end : raw[before + 1].start]
    ):
        block = raw[before]
        if _line_item(text, raw, state, before):
            before -= 1
            continue
        return (
            before < index - 1
            and block.type == "paragraph"
            and not state.is_heading[before]
            and text[block.content_start : block.content_end].rstrip().endswith(":")
        )
    return False


HEADING_CUE_PROBABILITY = 0.97
"""A sub-heading whose words a heading cue names ("Contents", "Amendment") is that kind's."""


def _named_by_heading(cues: Cues, scores: dict[str, float], words: str) -> dict[str, float]:
    kind = cues.heading_kind(words)
    if kind is None or kind == TITLE_KIND:
        return scores
    rest = (1.0 - HEADING_CUE_PROBABILITY) / max(1, len(scores) - 1)
    return {other: HEADING_CUE_PROBABILITY if other == kind else rest for other in scores}


PROCEDURE_OTHER_SHARE = 0.5
"""An un-headed paragraph stating a case procedure is read as "other" only where the model
finds no kind and one kind likelier than any other, the lesser of the two at least this share
as likely as the greater (`_procedure_read_as_other`)."""


def _procedure_read_as_other(
    cues: Cues, scores: dict[str, float], paragraph: str
) -> dict[str, float]:
    """The kind model's reading of an un-headed `paragraph`, with the share of the kind it finds
    likeliest given to "other" where the paragraph states a case procedure of that kind's
    (`Cues.states_procedure`: a step its procedure cues know, and no sentence speaking as the
    service).

    A chapter on another topic of children's services tells how its service handles a case in a
    paragraph of its own between the value sections: a support plan offered before an order,
    requests for more decided by a manager within so many days. The model reads such a
    paragraph by its words, which it shares with the principles (plans, orders, ages,
    timescales), and in a chapter it has not learned it may read it as them, so the procedure
    joins the principles' section after it. Under a heading no cue knows the procedure cues
    already say that the text is `other` (decision 0222); in a run no heading opened they say it
    of the paragraph, and the segmenter's free turn to material of no kind (decision 0520) lets
    it stand apart. The principles themselves speak as the service or of what the child is owed,
    which the cues do not take; and the cues only tip a reading the model already all but splits
    between the kind and no kind (`PROCEDURE_OTHER_SHARE`): councils state their principles too
    with roles and reviews ("The adviser keeps the pathway plan up to date", "plans are reviewed
    at least every six months"), and those the model reads surely as principles (decision
    0536).

    All but split means the two readings lead the others and the lesser is at least
    `PROCEDURE_OTHER_SHARE` of the greater, whichever of them leads: a model that has not
    learned the chapter may put no kind a hair ahead of the principles (0.44 against 0.44) and
    still short of sure, and the procedure then says the same as where the principles lead by a
    hair (decision 0549)."""
    ranked = sorted(scores, key=scores.__getitem__, reverse=True)
    if len(ranked) < 2 or OTHER_KIND not in ranked[:2]:
        return scores
    kind = ranked[1] if ranked[0] == OTHER_KIND else ranked[0]
    lesser, greater = sorted((scores[OTHER_KIND], scores[kind]))
    if (
        kind == TITLE_KIND
        or lesser < PROCEDURE_OTHER_SHARE * greater
        or not cues.states_procedure(kind, paragraph)
    ):
        return scores
    moved = dict(scores)
    moved[OTHER_KIND] = moved.get(OTHER_KIND, 0.0) + moved[kind]
    moved[kind] = 0.0
    return moved


_SEE_ALSO = re.compile(r"[*_ ]*see also\b(?![*_ ]*:?[*_ ]*$)", re.IGNORECASE)
"""A pointer to related material written as a line of the text ("See also the partnership's
procedures and the early help strategy."): it points onward from the paragraph before it, so
in an un-headed run it never opens a section; a content cue that names a kind in it still
does. A bare "See also:" label over a list of links is not this."""


_BOLD_LEAD = re.compile(r"(\*\*|__)(?=[^\s*_])[^*_\n]+?(?<=\S)\1[.:]?[ \t]+\S")
"""A paragraph's bold opening words with more of the paragraph after them ("**Families come
first.** We help …"), as the markdown, Word and HTML readers write a bold lead."""


def _content(text: str, raw: list[RawBlock], state: HeadingState, index: int) -> str:
    block = raw[index]
    start = state.words_start[index] if state.is_heading[index] else block.content_start
    return text[start : block.content_end]


def _weight(content: str, block: RawBlock, rule: str) -> float:
    """Evidence grows with a block's words; a list item says less about its section than a
    paragraph, and a contents list's entries name other sections, not their own."""
    if rule == CONTENTS_ENTRY:
        return 0.0
    words = len(content.split())
    weight = min(MAX_RUN_WEIGHT, max(MIN_RUN_WEIGHT, words / RUN_WORDS_FOR_FULL_WEIGHT))
    return weight * LIST_ITEM_WEIGHT if block.type == "list_item" else weight


SHORT_RUN_PARAGRAPHS = 8
"""A run of at least this many paragraphs that may open a section shows how its author writes."""
SHORT_PARAGRAPH_WORDS = 10
"""The shortest median length of a run read as short paragraphs: shorter than that a run is a
list of lines (a contents list, headings' names), not of sentences, and weighs as before."""


SHORT_PARAGRAPH_EXPONENT = 0.75
"""How far toward a full paragraph's weight a short one goes: the kind model reads a sentence
less surely than a paragraph, and at the full ratio (1.0) a one-sentence follow-on ("Agency
workers … must follow it too.") that the model leans weakly away from its section paid for a
boundary of its own; at 0.5 a two-sentence practice model between values and partners could not
pay for its own (decision 0195)."""


def _short_paragraph_scale(contents: list[str], may_open: list[bool]) -> float:
    """How much more each block of a run written in short paragraphs weighs (1.0: no more).

    The costs of a boundary and of a turn back are measured in nats of evidence of paragraphs of
    the usual length (`RUN_WORDS_FOR_FULL_WEIGHT` words for full weight). A chapter written one
    or two sentences a paragraph puts a topic in two or three such paragraphs, and weighed by
    their words alone no topic there can pay for its boundary: the whole chapter ran into a few
    sections (decision 0195). Where most of a run's paragraphs are short, each weighs more, by
    the ratio of a full paragraph's words to the run's median, to `SHORT_PARAGRAPH_EXPONENT`."""
    lengths = sorted(
        len(content.split()) for content, opens in zip(contents, may_open, strict=True) if opens
    )
    if len(lengths) < SHORT_RUN_PARAGRAPHS:
        return 1.0
    median = lengths[len(lengths) // 2]
    if not SHORT_PARAGRAPH_WORDS <= median < RUN_WORDS_FOR_FULL_WEIGHT:
        return 1.0
    return float((RUN_WORDS_FOR_FULL_WEIGHT / median) ** SHORT_PARAGRAPH_EXPONENT)


def no_kind_explains(confidence: float, likeliest: float, between: bool) -> bool:
    """Whether a run's section is "other": the model is less sure of the kind the segmenter
    chose than `MIN_MODEL_CONFIDENCE`, and, for a section `between` two others of its run, no
    kind is at least `MIN_EXPLAINED` likely for its words either (decision 0182)."""
    if confidence >= MIN_MODEL_CONFIDENCE:
        return False
    return likeliest < MIN_EXPLAINED or not between


def _confidences(
    model: KindModel, words: list[str], kinds: list[str]
) -> list[tuple[float, float, str]]:
    """The model's probability of each kind for its whole section's words ("other": that no
    kind is more likely than the floor the segmenter uses), of the likeliest kind, and that
    kind. One call for all of a run's sections: each call's fixed cost was most of the model's
    time on an un-headed seed."""
    return [
        (
            1.0 - max(scores.values()) if kind == OTHER_KIND else scores.get(kind, 0.0),
            max(scores.values(), default=0.0),
            max(scores, key=scores.__getitem__, default=OTHER_KIND),
        )
        for scores, kind in zip(model.probabilities(words), kinds, strict=True)
    ]


def _opening_at_sub_heading(state: HeadingState, heading: int, kind: str) -> _Open:
    """A section of `kind`, decided by a cue in the paragraph under it, that opens at the
    sub-heading (block `heading`) straight above that paragraph and keeps its label."""
    return _Open(
        heading, kind, False, _label(state, heading), state.number[heading], decided_by="cue"
    )


def _sub_heading_over(
    state: HeadingState, levels: list[int], cues: Cues, section: _Open, index: int, kind: str
) -> bool:
    """Whether the block right above paragraph `index`, whose content cue opens a section of
    `kind` inside container `section`, is a sub-heading of that section naming `kind` or no kind
    ("#### Introduction" set under "## Scope" over "This policy sets out …"): the new section
    opens at that heading, which heads the paragraph, rather than leaving it at the end of the
    scope (decision 0147)."""
    above = index - 1
    if above <= section.first or not state.is_heading[above] or levels[above] < 2:
        return False
    named = state.heading_kind(state.words(above))
    return named is None or named == kind


def _sub_heading_naming(
    state: HeadingState,
    levels: list[int],
    section: _Open,
    index: int,
    kind: str,
    *,
    at_its_opening: bool = False,
) -> bool:
    """Whether the block right above paragraph `index`, which breaks away from `section` as
    `kind`, is a sub-heading that names `kind` itself: an amendment box copied after the
    introduction ("Amendment" over "This chapter was updated in August 2025 …", blind217), which
    a numbered chapter's reader ranks under the section before. The box opens at its label, which
    heads it, rather than leaving the label at the end of that section. A sub-heading of no kind
    stays where it is where the sentence that breaks away comes late in its paragraph; where the
    paragraph opens with it (`at_its_opening`: "Amended" over "This chapter was amended in July
    2025 …"), the label heads what it stands over, the new section, as a sub-heading heads the
    paragraph under it (`_sub_heading_over`, decision 0516)."""
    above = index - 1
    if above <= section.first or not state.is_heading[above] or levels[above] < 2:
        return False
    named = state.heading_kind(state.words(above))
    return named == kind or (at_its_opening and named is None)


def _first_under_its_heading(section: _Open, index: int) -> bool:
    """The block right under a heading that named its kind ("Scope of this chapter"): it is
    what the heading heads, whatever its opening words cue, so a heading never stands empty."""
    return (
        section.headed
        and section.kind not in (TITLE_KIND, OTHER_KIND)
        and index == section.first + 1
    )


BREAKAWAY_WORDS = 15
"""A cued closing paragraph breaks away only when it says this much: "We share information when
the law allows." after the principles stays with them (as `STRETCH_WORDS` keeps a short stretch)."""


def _cued_stretch(
    text: str,
    raw: list[RawBlock],
    state: HeadingState,
    cues: Cues,
    index: int,
    seen: set[str],
    model: KindModel | None = None,
) -> str | None:
    """The kind of an un-headed stretch that paragraph `index` of a headed section opens by a
    content cue: "We want Eastmoor to be a borough where …" under "What we stand for", "Over
    the next three years we will …" after the last paragraph on leaving care. A page with weak
    structure leaves such a paragraph without the heading the rest of its sections have; the
    cue's words name its topic, which the kind model alone would need at length to be sure of
    (decision 0066). Only a kind the family marks `breaks_away` (a practice model or statutory
    guidance named at the end of the introduction stays there), the chapter has not had, and no
    later heading names."""
    block = raw[index]
    if state.is_heading[index - 1]:
        return None  # a sub-heading heads it
    words = text[block.content_start : block.content_end]
    if len(words.split()) < BREAKAWAY_WORDS:
        return None  # a one-line afterthought stays with its section
    kind = cues.breakaway_kind(words)
    if kind is None or kind in seen:
        return None
    ends = _ends_its_section(text, raw, state, cues, index)
    if ends and kind not in cues.breakaway_kinds and cues.run_in_heading(words) != kind:
        # Named by a breakaway cue of a kind other sections name in passing ("We use Signs of
        # Safety in all our work …" closing the framework), not by a label run into it: one
        # paragraph is the mention, a stretch that runs on is the kind's own section (decision
        # 0191).
        return None
    if not ends and not _stretch_runs_on(text, raw, state, cues, (index, kind), model, seen):
        return None  # the section's own topic comes back after it
    for later in range(index + 1, len(raw)):
        if state.is_heading[later] and state.heading_kind(_label(state, later)) == kind:
            return None
    return kind


STRETCH_TAIL_SURE = 0.8
"""How sure the kind model must be that the paragraphs after a cued stretch are of another kind
the chapter has not had, for the stretch to break away though it does not end its section."""
STRETCH_TAIL_BLOCKS = 2
"""A cued stretch closing its section may run on over at most this many paragraphs after the
one its cue names (`_stretch_runs_on`)."""


def _stretch_runs_on(
    text: str,
    raw: list[RawBlock],
    state: HeadingState,
    cues: Cues,
    where: tuple[int, str],
    model: KindModel | None,
    seen: set[str] | frozenset[str] = frozenset(),
) -> bool:
    """Whether the paragraphs after cued paragraph `index` to its section's end go on with the
    cued `kind`'s topic, so the stretch the cue opens closes the section though it is not its
    last paragraph: "Records about young people are held securely … We share what we know only
    with their agreement …", then "Young people can ask to see their records at any time …",
    after the paragraphs under "Personal Advisers" (decision 0177). At most
    `STRETCH_TAIL_BLOCKS` paragraphs, and the kind model reads them as that kind before any
    other; without a model, or where a list or a longer run follows, the section's own topic may
    come back, and the stretch stays where it stands. The section's topic does not come back
    either where the paragraph's kind breaks away and the model is sure (`STRETCH_TAIL_SURE`)
    that the paragraphs after it are of another kind the chapter has not had (values after the
    promises, then permanence; decision 0206). One model call, only where a breakaway cue
    named a paragraph that does not end its section."""
    index, kind = where
    if model is None:
        return False
    last = index + 1
    while not _ends_its_section(text, raw, state, cues, last):
        last += 1
        if last - index > STRETCH_TAIL_BLOCKS:
            return False
    tail = raw[index + 1 : last + 1]
    if any(block.type != "paragraph" for block in tail):
        return False
    words = text[tail[0].content_start : tail[-1].content_end]
    scores = model.probabilities([words])[0]
    best, score = max(scores.items(), key=lambda item: item[1])
    if best == kind:
        return True
    # Another kind the chapter has not had, of which the model is sure, follows a paragraph
    # named by a kind that breaks away ("We want every family … to find us respectful, …" after
    # the promises, then permanence): the section's own topic does not come back (decision 0206).
    return (
        kind in cues.breakaway_kinds
        and best not in seen
        and best not in (TITLE_KIND, OTHER_KIND)
        and score >= STRETCH_TAIL_SURE
    )


LABEL_LINE_WORDS = 6
"""A line naming its paragraph's topic is short: "Our Values", "How we share information"."""


def _label_line_over(text: str, raw: list[RawBlock], cues: Cues, index: int, kind: str) -> bool:
    """Whether the block above paragraph `index` is a one-line label that a heading cue names as
    the paragraph's own kind ("Our Values" over "We put children's safety and welfare first.
    …"), a heading the reader took for a line of text: the stretch the paragraph opens starts at
    the label, which is its heading, not the end of the section before (decision 0175)."""
    above = raw[index - 1]
    if above.type != "paragraph" or above.line_count > 1:
        return False
    words = text[above.content_start : above.content_end].strip()
    if len(words.split()) > LABEL_LINE_WORDS:
        return False
    return cues.heading_kind(words) == kind


def _cued_part(
    text: str,
    raw: list[RawBlock],
    state: HeadingState,
    cues: Cues,
    part: _Open,
    kinds_opened: Counter[str],
) -> str | None:
    """The kind a content cue names for the opening paragraph of a part the model found inside
    a headed section, when that kind breaks away (`breaks_away`), no section of the document
    has it and no later heading names it: "By the time they leave us, we want our children to
    be healthy, to be safe, … at school and to have somewhere good to live." under "Corporate
    Parenting", after the principles, is the outcomes, whatever the model guessed for it. The
    cue's words name the stretch's topic where the model, reading a paragraph or two, is
    unsure; as `_cued_stretch` does for a closing paragraph, but mid-section, where the model
    has already parted the stretch from what comes before it."""
    index = part.first
    if index == 0 or state.is_heading[index] or state.is_heading[index - 1]:
        return None
    block = raw[index]
    words = text[block.content_start : block.content_end]
    if len(words.split()) < BREAKAWAY_WORDS:
        return None
    kind = cues.breakaway_kind(words)
    if kind is None or kinds_opened[kind] > 0:
        return None
    for later in range(index + 1, len(raw)):
        if state.is_heading[later] and state.heading_kind(_label(state, later)) == kind:
            return None
    return kind


def _run_in_label_after_a_labelled_part(
    text: str, raw: list[RawBlock], state: HeadingState, cues: Cues, current: _Open, index: int
) -> str | None:
    """The kind a label run into paragraph `index` names (`Cues.run_in_heading`: "Leaving care.
    Young people …"), when the un-headed section the paragraph would join was itself opened by
    such a label ("A permanent home. Children do best …"): the page heads these parts by the
    labels run into them, so each label is the heading of a part, a peer of the one before it,
    and opens a section of its own even where both name the same kind (decision 0470), on a
    page that also heads parts by headings (`_headed_parts_above`). A section under a heading
    of its own, or opened by a cue in its words but no label, keeps its later labelled
    paragraphs: there a label run into a paragraph is a point inside it."""
    if current.headed or current.kind in (TITLE_KIND, OTHER_KIND) or current.first >= index:
        return None
    first = raw[current.first]
    if state.is_heading[current.first] or first.type != "paragraph":
        return None
    if cues.run_in_heading(text[first.content_start : first.content_end]) != current.kind:
        return None
    kind = cues.run_in_heading(text[raw[index].content_start : raw[index].content_end])
    if kind is None or not _headed_parts_above(state, current.first):
        return None
    return kind


def _headed_parts_above(state: HeadingState, index: int) -> bool:
    """Whether a heading of the body (not the title) stands above block `index`: the page heads
    its parts by headings, so a label run into a paragraph after them heads a part at their
    rank. A page headed by run-in labels throughout has no rank beside the labels, and its
    labelled paragraphs of one kind are one section of it (blind70, blind242, blind291)."""
    return any(state.is_heading[above] and above != state.title_index for above in range(index))


def _ends_its_section(
    text: str, raw: list[RawBlock], state: HeadingState, cues: Cues, index: int
) -> bool:
    """Whether block `index` is its section's last: a heading, a paragraph opening with a
    heading run into it ("Outcomes: We want …", decision 0158), the end matter (a block a
    trailing kind's cue names) or the text's end comes next. A paragraph of another topic with
    the section's own going on after it is the kind model's to judge (decision 0066)."""
    following = index + 1
    if following >= len(raw) or state.is_heading[following]:
        return True
    block = raw[following]
    words = text[block.content_start : block.content_end]
    kind = cues.content_kind(words, near_end=True)
    if kind is not None and cues.trailing(kind):
        return True
    return cues.run_in_heading(words) is not None


def _topic_comes_back(
    text: str,
    raw: list[RawBlock],
    state: HeadingState,
    cues: Cues,
    current: _Open,
    index: int,
    kind: str,
) -> bool:
    """Whether paragraph `index`, whose opening a cue names as `kind`, a kind the chapter has
    already had, opens a section of it again: inside an un-headed stretch of another kind, where
    a chapter with no headings comes back to a topic after others ("Councillor …, chair of the
    Corporate Parenting Board, visits …" after the leaving-care paragraphs), as a careful reader
    annotates it (decision 0364, SPEC's tiling; blind257, decision 0384). Under a heading the
    paragraph stays in its heading's section (a stretch a cue opened at a heading included); a
    trailing kind closes the chapter only by its own rules; and a one-sentence remark of a few
    words carries on the paragraph above it ("The Children and Social Work Act 2017 added the
    corporate parenting principles." after the Acts, 11902)."""
    if current.headed or current.kind == TITLE_KIND or cues.trailing(kind):
        return False
    if state.is_heading[current.first]:
        return False
    words = text[raw[index].content_start : raw[index].content_end]
    return sum(1 for _word in islice(_WORD.finditer(words), FOLLOW_ON_WORDS + 1)) > FOLLOW_ON_WORDS


def _is_container(section: _Open, cues: Cues) -> bool:
    return (
        not section.headed
        or section.kind in (TITLE_KIND, OTHER_KIND)
        or cues.splittable(section.kind)
    )


def _last_named_heading(text: str, raw: list[RawBlock], state: HeadingState, cues: Cues) -> int:
    """The last heading that is numbered or that a heading cue names. A page's stamp ("Last
    updated: 29 November 2023") may stand above a closing heading no cue knows ("Contact the
    practice team") and still end the chapter, so near the end a trailing cue counts after this
    heading, inside any section. Nor does a heading in the later half of the blocks that names
    material of no kind after the body, though a cue names it ("Related chapters" over a page's
    sidebar of links printed after its main column, a scope box's label above the body): a
    stamp above it still closes the chapter (decision 0244)."""
    return max(
        (
            i
            for i, heading in enumerate(state.is_heading)
            if heading
            and (
                state.number[i] is not None
                or _names_a_kind_here(
                    text[state.words_start[i] : raw[i].content_end], state, i, raw
                )
            )
        ),
        default=-1,
    )


def _names_a_kind_here(words: str, state: HeadingState, index: int, raw: list[RawBlock]) -> bool:
    """Whether a cue names heading `words` (block `index`) and, in the later half of the blocks,
    the words name no material of no kind after the body (`_last_named_heading`)."""
    if state.heading_kind(words) is None:
        return False
    return 2 * index < len(raw) or not names_no_kind(words, after_body=True)


def _near_end(text: str, raw: list[RawBlock], index: int, last_heading: int) -> bool:
    """Among the last few short blocks, after the last heading, and in the later half of the
    blocks: in a short chapter the note under its title ("Amended 01/09/2023 to add …") is
    within the last few blocks too, but it opens the chapter, it does not close it."""
    return (
        index > last_heading
        and 2 * index >= len(raw)
        and len(raw) - index <= TRAILING_BLOCKS
        and len(text) - raw[index].start <= TRAILING_CHARACTERS
    )


def _closing_appendices_from(text: str, raw: list[RawBlock], state: HeadingState) -> int | None:
    """The first heading of the run of appendix headings that closes the chapter ("Appendix:
    Legislation", "Appendix B: Contacts"), every heading from there on labelling one; None when
    the last heading labels no appendix. Found once a chapter, so that asking of each block
    whether appendices alone follow it costs no more than a look at the next few blocks."""
    start = None
    for i in reversed(range(len(raw))):
        if not state.is_heading[i]:
            continue
        if appendix_words(text[state.words_start[i] : raw[i].content_end]) is None:
            break
        start = i
    return start


def _near_body_end(
    raw: list[RawBlock], state: HeadingState, appendices_from: int | None, index: int
) -> bool:
    """Among the last few blocks of the chapter's body where appendices close the chapter: the
    body ends where the first of them begins, so an "End of chapter" line or a stamp standing
    just above them closes the body as it would close a chapter with no appendix (blind405,
    decision 0595). Reckoned as `_near_end` reckons the text's end."""
    if appendices_from is None or 2 * index < len(raw):
        return False
    first = next(
        (
            i
            for i in range(index + 1, min(len(raw), index + TRAILING_BLOCKS + 1))
            if state.is_heading[i]
        ),
        None,
    )
    return (
        first is not None
        and first >= appendices_from
        and raw[first].start - raw[index].start <= TRAILING_CHARACTERS
    )


def _final_blocks(
    text: str, raw: list[RawBlock], state: HeadingState, levels: list[int]
) -> list[Block]:
    """Stretch each block to the next one's start, so blocks tile the text from 0 to its end."""
    blocks = []
    for index, block in enumerate(raw):
        start = 0 if index == 0 else block.start
        end = raw[index + 1].start if index + 1 < len(raw) else len(text)
        if state.is_heading[index]:
            blocks.append(
                Block(
                    type="heading",
                    start=start,
                    end=end,
                    text=text[start:end],
                    level=levels[index],
                    number=state.number[index],
                    content_start=state.words_start[index],
                    content_end=block.content_end,
                )
            )
        else:
            blocks.append(
                Block(
                    type="paragraph" if block.type == "heading" else block.type,
                    start=start,
                    end=end,
                    text=text[start:end],
                    level=block.depth if block.type == "list_item" else 0,
                    content_start=block.content_start,
                    content_end=block.content_end,
                )
            )
    return blocks


def _label(state: HeadingState, index: int) -> str:
    """The heading as printed, markup removed, its number kept ("4. Corporate Parenting")."""
    words = state.words(index)
    if "![" in words:
        words = _IMAGE.sub("", words)
    return _SPACES.sub(" ", _MARKUP.sub("", words)).strip()


def _unstructured(text: str) -> Outline:
    """Empty or blank text: no sections, or one "other" section holding the whitespace."""
    if not text:
        return Outline(text=text, title=None, sections=())
    block = Block(
        type="paragraph", start=0, end=len(text), text=text, content_start=0, content_end=0
    )
    section = Section(
        kind=OTHER_KIND,
        heading=None,
        number=None,
        level=1,
        start=0,
        end=len(text),
        text=text,
        blocks=(block,),
    )
    return Outline(text=text, title=None, sections=(section,))
