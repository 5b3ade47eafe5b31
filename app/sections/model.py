"""Blocks, sections and outlines: the structure of one version's text.

Offsets are character offsets into the version's normalised text, end exclusive. Blocks tile
their section and sections tile the text, so nothing is lost or duplicated (SPEC invariant).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

BlockType = Literal["heading", "paragraph", "list_item"]
KindSource = Literal["heading", "cue", "model", "correction"]
"""How a section's kind was decided: its heading's words matched a cue, a content cue matched its
opening, the family's kind model read its words, or an editor corrected it."""


@dataclass(frozen=True, slots=True)
class Block:
    """A heading, paragraph or list item: the unit of alignment in a diff."""

    type: BlockType
    """What the block is."""
    start: int
    """Offset of the block's first character (its markup included, e.g. `## ` or `• `)."""
    end: int
    """Offset just past the block, its trailing blank lines included, so blocks tile the section."""
    text: str
    """`version_text[start:end]`, exactly."""
    level: int = 0
    """Heading level (1 starts a section, 2+ is a sub-heading), list nesting depth, or 0."""
    number: str | None = None
    """A heading's number as printed without its trailing dot ("4", "2.1"), else None."""
    content_start: int = -1
    """Offset of the content's first character, after markup (`## `, `**`, bullets, numbers)."""
    content_end: int = -1
    """Offset just past the content, before trailing markup and blank lines."""

    @property
    def content(self) -> str:
        """The block's words without markup or surrounding blank lines."""
        offset = self.start
        return self.text[self.content_start - offset : self.content_end - offset]


@dataclass(frozen=True, slots=True)
class Section:
    """A contiguous span of a version's text with a canonical kind."""

    kind: str
    """Canonical section kind from the chapter family ("corporate_parenting"), or "other"."""
    heading: str | None
    """The heading as printed, markup removed ("4. Corporate Parenting"); None if none."""
    number: str | None
    """The heading's number ("4"), if it has one."""
    level: int
    """Heading level of the section (1 for top-level sections)."""
    start: int
    """Offset of the section's first character."""
    end: int
    """Offset just past the section; the next section starts here."""
    text: str
    """`version_text[start:end]`, exactly."""
    blocks: tuple[Block, ...] = field(default=())
    """The section's blocks, in order, tiling the section."""
    decided_by: KindSource = "heading"
    """How the kind was decided."""
    confidence: float = 1.0
    """How sure that decision is, in [0, 1]: 1 for a cue or a heading's words, the model's
    probability of the kind otherwise; an editor checks the low ones."""


@dataclass(frozen=True, slots=True)
class Outline:
    """A version's text split into sections that tile it."""

    text: str
    """The version's normalised text."""
    title: str | None
    """The document's title line, if one was found."""
    sections: tuple[Section, ...]
    """Sections in document order; their texts concatenate to `text`."""

    def section_at(self, offset: int) -> Section | None:
        """The section holding character `offset`, or None outside the text."""
        for section in self.sections:
            if section.start <= offset < section.end:
                return section
        return None

    def blocks(self) -> list[Block]:
        return [block for section in self.sections for block in section.blocks]


@dataclass(frozen=True, slots=True)
class SectionKind:
    """A canonical section kind of a chapter family, with the cues that recognise it (TOML data)."""

    slug: str
    """Canonical kind ("corporate_parenting")."""
    label: str
    """Human label ("Corporate parenting")."""
    heading_cues: tuple[str, ...] = ()
    """Case-insensitive regular expressions matched against a heading's words."""
    content_cues: tuple[str, ...] = ()
    """Case-insensitive regular expressions matched against the opening of un-headed material."""
    heading_hints: tuple[str, ...] = ()
    """Heading cues that suggest the kind without naming it ("How we work", "Families First"):
    they name a heading as its cues do, but the kind model, reading the text under the heading,
    may overrule them, where a heading cue is final."""
    yielding_cues: tuple[str, ...] = ()
    """Heading cues that name the kind as its cues do, so the kind model does not overrule
    them, but that yield to a content cue of another kind opening the paragraph under the
    heading ("Who we are" over "We are a Family Safeguarding authority: …", decision 0206):
    the heading says the section introduces the service, and the paragraph says as what."""
    splittable: bool = False
    """A section of this kind is a container (a scope box): content cues of other kinds may start
    new sections inside it. Title, "other" and un-headed sections are always containers."""
    trailing: bool = False
    """Content cues of this kind ("Last updated: …", "End") start a section only near the end of
    the text, and may do so inside any section."""
    description: str = ""
    """What sections of this kind hold, in a reader's words: documentation, and an example the
    kind model learns from."""
    summary_cues: tuple[str, ...] = ()
    """Heading cues (matched as `heading_cues` are, and naming the kind as they do) of a box that
    sums the page up in a few points ("At a glance", "Key points"): a heading of the kind's own
    cue over prose after such a box of points alone opens its own section (decision 0095), where
    after a contents list or a list of changes it joins the box as one of its parts."""
    closing_summary: bool = False
    """A box that sums the page up (any kind's `summary_cues`) standing after the body, as the
    chapter's last heading, is this kind: at the end it recaps the points of the chapter's work
    ("At a glance" over "Personal adviser: until 21"), not what the chapter is and covers, as
    it does before the text (decision 0288). At most one kind of a family sets it."""
    order_free: bool = False
    """Councils put a section of this kind anywhere (information sharing after the introduction,
    or last): in a run of un-headed blocks the family's usual order neither charges for reaching
    it out of turn nor counts it as a step along the order."""
    said_in_a_line: bool = False
    """Councils may state the kind in one sentence standing alone ("We want the borough to be a
    place where every child is proud of where they grew up."): in a run of un-headed paragraphs a
    section of this kind opened at a one-sentence paragraph ends there, unless the paragraph
    after it points back at it ("That is the whole of our vision, …"; decision 0473)."""
    named_again: bool = False
    """A section of this kind gives a thing its name (a practice model, "the model we call
    Relationships First", "Dyadic Developmental Practice, known as DDP"), and an un-headed
    paragraph that names it again, later, where the kind model can explain the text around it
    only weakly, comes back to this kind's topic: it is a section of this kind (decision 0424).
    Kinds whose names other sections share (a board, an Act) are not marked."""
    name_words: tuple[str, ...] = ()
    """Words that, right after a capitalised name, make the name this kind's thing ("the Kinfold
    approach", "the Harbour model"): a paragraph opening on that name right after a paragraph
    that gave it so is about the thing, a section of this kind, though the paragraph above
    turned to it only in passing (decision 0431)."""
    topics_apart: bool = False
    """Councils give this kind several sibling sections, one a topic ("Our principles", then
    "Permanence", "Leaving care"): a later peer heading naming the kind by its own cue gives
    its topic a section, and takes nothing from a hinted heading before it, which keeps its
    hint unless the model overrules it outright (decision 0434)."""
    label_gathers_parts: bool = True
    """A heading that is this kind's own label ("Key Principles") heads the whole kind, so a
    plain-line heading of the kind's topics under it ("Kinship Care") is its part, not its
    sibling (decision 0110). False where the label opens the chapter rather than gathering the
    kind's topics ("Introduction", then "Legislation": two sections, decision 0127)."""
    breaks_away: bool = False
    """A paragraph this kind's content cue names, closing a headed section of another kind,
    is a section of its own that a page with weak structure left un-headed (a vision, a
    strategy after the last principles). Kinds other sections name in passing (a practice
    model, statutory guidance) are not marked: such a paragraph stays where it stands."""
    breakaway_cues: tuple[str, ...] = ()
    """Content cues (tried after `content_cues`, naming the kind as they do) of a kind that does
    not break away as a whole, whose paragraph does: words only the kind's own section says, as
    the service saying it uses a model known by name ("We use Restorative Practice in all our
    work …"), where a practice model merely named in passing stays where it stands (decision
    0191)."""
    staying_cues: tuple[str, ...] = ()
    """Content cues (tried after `content_cues`, naming the kind as they do) of a kind that breaks
    away, whose paragraph does not: it names the kind in a run of un-headed paragraphs, but
    closing a headed section of another kind it stays there, as the author put it ("We will know
    we are succeeding when fewer families need our help …" under "Vision"; decision 0333). Of the
    scope box, which does not break away: a sentence that names the scope but does not run the
    chapter's headed opening on into it ("This chapter sets out what we value …" closing
    "Introduction"; decision 0404)."""
    unheaded_cues: tuple[str, ...] = ()
    """Staying cues (in `staying_cues` too) that name the kind only where no heading speaks: in a
    run of un-headed paragraphs they name it, but a paragraph right under a heading is what
    the heading heads, and a heading no cue knows is read by the model, not by them. Targets
    for the children by a year ("By 2028 the borough wants more …, fewer …") are the outcomes
    in an un-headed chapter and a plan's under "Our plan for the next three years" (decision
    0409)."""
    procedure_cues: tuple[str, ...] = ()
    """Sentences of a case procedure (a practitioner doing a step: "The personal adviser reviews
    the plan …", a plan "reviewed at least every six months"), each cue tried on each sentence
    of the body under a heading the kind model names this kind: a body that states one and
    never speaks as the service ("we", "our") is a procedure under a heading no cue knows, and
    the heading is `other`, not this kind (decision 0222)."""
    denial_cues: tuple[str, ...] = ()
    """Paragraphs that deny the kind's topic is the service's own (the council saying it has not
    adopted a model it names), each tried on the whole first paragraph under a heading hint: the
    kind model may not overrule the hint to this kind on such a paragraph, whose talk of the
    kind is of what the service does not do (decision 0315)."""
