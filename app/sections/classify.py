"""Canonical kinds from a family's cues: a heading's words first, then the opening of content.

Cues are case-insensitive regular expressions written in the family's TOML. They are compiled
once per tuple of kinds (the tuple is hashable, so the compiled set is cached), and every text is
matched in one normalised form: straight apostrophes and quotes, markdown links and emphasis
removed, spaces collapsed. That lets a cue say `children's` and still match a curly apostrophe or
"[Children's Services](#)".
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from app.errors import InvalidCue
from app.sections.cue_words import required_words
from app.sections.model import SectionKind

TITLE_KIND = "title"
"""The document's title line; every family has it implicitly."""
OTHER_KIND = "other"
"""Material no cue recognises: kept, never dropped."""

OPENING_LENGTH = 300
"""How much of a block's opening content cues see."""
MAX_RUN_IN_WORDS = 5
"""A heading run into its paragraph is a short Title Case label."""

_LINK_TARGET = re.compile(r"\]\([^)\n]*\)")
_MARKUP = re.compile(r"[\[\]*`]|(?<!\w)_+|_+(?!\w)|\\(?=[^\w\s])")
_QUOTES = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
    }
)
_RUN_IN_HEADING = re.compile(r"([^\W\d][^:.;,!?]{1,48}[^\W\d])[:.] +(?=\w)")
"""A heading run into its paragraph: "Introduction: This policy…", "Key Principles. We…"."""
_RUN_IN_REACH = 51
"""`_RUN_IN_HEADING`'s ":" or "." stands within this many characters of the opening."""
_ANNOUNCED_TOPIC = re.compile(
    r"(?:one|a|some|a few)\s+(?:(?:further|final|last|brief|short|closing|quick)\s+)?"
    r"(?:words?|notes?|points?|thoughts?)\s+(?:on|about)\s+([^\W\d][^:.;,!?]{1,40}?)[:.] +(?=\w)",
    re.IGNORECASE,
)
"""A paragraph's first sentence announcing its topic, as a heading would name it: "One further
word on care leavers. The offer …", "A final note on confidentiality: …" (blind240). The topic
is read as the heading run into the paragraph when a heading cue, not a hint, names it: "A word
about how we practise: …" (22504) names a way of working that may be any kind's."""


POINTER_WORDS = (
    r"(?:further|other|additional|more) (?:reading|information|resources)"
    r"|useful (?:links|resources|documents)"
    r"|(?:related|linked|associated|supporting) (?:documents?|links|pages|chapters|resources|"
    r"reading|policies|procedures|guidance|information)|see also"
)
POINTER_HEADING = re.compile(r"(?:" + POINTER_WORDS + r")$", re.IGNORECASE)
"""A heading over pointers to other documents ("See also", "Related chapters", "Further
reading"): a list of where else to look, with no parts of its own (decisions 0115, 0173)."""


def names_pointers(words: str) -> bool:
    """Whether heading `words` label a list of pointers to other documents (`POINTER_HEADING`)."""
    return POINTER_HEADING.fullmatch(heading_label(words)) is not None


def heading_label(words: str) -> str:
    """A heading's words in cue form without the symbols a page decorates it with: an icon
    before it ("📘 About this chapter"), an accordion's arrow or sign after it ("Scope ▼"), and
    the colon or question mark that ends it ("Purpose of this chapter:")."""
    label = cue_text(words)
    start, end = 0, len(label)
    while start < end and _decoration(label[start]):
        start += 1
    while end > start and (_decoration(label[end - 1]) or label[end - 1] in "?:"):
        end -= 1
    return label[start:end]


def after_icons(words: str) -> str:
    """`words` from their first letter, digit or mark on: without the icons a page sets before a
    heading ("📘 About this chapter", "⚖️ The law"), its markup ("*", "#") kept, as a line whose
    words open in emphasis or a hash is not a bare line (decision 0425)."""
    start = 0
    while start < len(words) and (words[start].isspace() or _icon(words[start])):
        start += 1
    return words[start:]


def _icon(char: str) -> bool:
    """A pictograph or the marks that join and style one (a variation selector, a zero-width
    joiner): no sign a plain line may open with in its own right ("|", ">", "=", "+")."""
    return unicodedata.category(char) == "So" or char in "\ufe0f\u200d"


_NOTES_HEADING = re.compile(
    r"(?:foot|end)?notes|references|sources|citations"
    r"|(?:(?:foot|end)?notes|sources) (?:and|&) references|references (?:and|&) (?:notes|sources)",
    re.IGNORECASE,
)
"""The heading over a document's notes or references ("Notes", "References", "Footnotes",
"Notes and references"): the page's apparatus under its body, no section's words."""


def names_notes(words: str) -> bool:
    """Whether heading `words` name the document's notes or references: material of no kind of
    any family (the numbered notes of the body's citations, the list of works it cites), which
    councils set as a heading of its own whatever their chapter is about."""
    return _NOTES_HEADING.fullmatch(heading_label(words)) is not None


_CASE_EXAMPLE_HEADING = re.compile(
    r"(?i:(?:an? |our )?(?:(?:real[- ]life |true )?case (?:study|example|story|history)"
    r"|(?:child|young person|family|care leaver)'s (?:story|journey))(?:\s*[:\-\u2013\u2014]\s*.+)?"
    r"|what happened (?:to|for) .+|imagine (?:you are|you're|being) .+)"
    r"|(?!(?i:(?:the |our |this |a )?(?:council|service|authority|borough|county|team)'s))"
    r"(?:[A-Z][\w-]+ (?:and |& )?){0,3}[A-Z][\w-]*'s (?i:story|journey|experience)"
)
"""A heading over a case example: "Case study", "Case example: a family in crisis", "A young
person's story", a person named in it ("Tyler's story", "Sam and Leah's journey"), or the
story in a question or an invitation ("What happened to the Okafor children", "Imagine you are
Amira"). A chapter may open on one child's or family's story to show what its policy is for;
the story is no kind of the chapter, though it says "this chapter" and names care, schools and
plans (decision 0223). "Our story" and "The Council's Journey" name no person and are not
matched."""


def names_a_case_example(words: str) -> bool:
    """Whether heading `words` head a case example (`_CASE_EXAMPLE_HEADING`)."""
    return _CASE_EXAMPLE_HEADING.fullmatch(heading_label(words)) is not None


_APPENDIX_LABEL = re.compile(
    r"(?:appendix|annexe?)(?:[ ]+(?:\d{1,2}|[a-z]|[ivx]{1,4}))?(?:[ ]*[:.\-][ ]*|[ ]+|$)",
    re.IGNORECASE,
)
"""An appendix's label opening a heading ("Appendix 1:", "Appendix B -", "Annex C.",
"Appendix:"): what follows names the appendix, if anything does."""


_APPENDIX_REACH = 40
"""The label stands at the heading's opening, after at most a number, markup or an icon."""


def appendix_words(words: str) -> str | None:
    """The words naming an appendix after its label ("Glossary" in "Appendix A: Glossary", ""
    for a bare "Appendix 2"), or None when heading `words` are no appendix's. An appendix stands
    after the chapter's body, as its notes do, whatever the chapter is about."""
    opening = words[:_APPENDIX_REACH].lower()
    if "appendi" not in opening and "annex" not in opening:
        return None  # most headings: no label to read
    label = heading_label(words)
    match = _APPENDIX_LABEL.match(label)
    if match is None:
        return None
    rest = label[match.end() :]
    if rest[:1].islower():
        return None  # a sentence about an appendix: "Appendix B sets out …", "Annex to the plan"
    return rest


def _decoration(char: str) -> bool:
    """A space, icon, arrow or sign around a heading's words: no letter, digit or punctuation
    that may belong to them (a full stop still ends a sentence, not a heading)."""
    return char.isspace() or unicodedata.category(char)[0] in "SZC" or char == "\ufe0f"


_TABLE_RULE = re.compile(r"[\s|:-]+")
"""A markdown table's rule row between its header and its body, outer bars taken off."""


_COLON_LABEL = re.compile(r"([^\W\d][^:.;,!?\n]{1,40}?): +(?=\w)")
"""A short label run into its paragraph before a colon ("Purpose: …", "Legal basis: …")."""
MIN_WORDS_AFTER_LABEL = 8
"""A label's paragraph says something of its own in this many words; fewer are a field's value
("Date: May 2025", "Owner: Head of Service")."""


def _after_colon_label(opening: str) -> str | None:
    """The words after a colon label of at most `MAX_RUN_IN_WORDS` words, when they open a
    sentence of their own (a capital letter: "Purpose: This chapter …") and run to
    `MIN_WORDS_AFTER_LABEL` words or more, else None. Words that go on in lower case ("Update:
    in June 2025 we updated our local offer …") are the label's own sentence, a note the cues
    read whole."""
    match = _COLON_LABEL.match(opening)
    if match is None or len(match.group(1).split()) > MAX_RUN_IN_WORDS:
        return None
    after = opening[match.end() :]
    if not after[:1].isupper() or len(after.split()) < MIN_WORDS_AFTER_LABEL:
        return None
    return after


MAX_REPLY_WORDS = 3
"""A paragraph's first sentence of at most this many words, before a sentence of its own, is a
reply to what stands above it ("We agree.", "So do we."), not the paragraph's subject."""
_SHORT_REPLY = re.compile(r"^([A-Z][^.!?:;]{0,40}?)[.!] +(?=[A-Z])")
_REPLY_WORDS = re.compile(r"\b(?:we|you|i|they|us|me|yes|agreed|absolutely|exactly|indeed)\b", re.I)
"""A reply speaks to someone ("We know.", "You are right.") or agrees ("Agreed."); a short
sentence with neither ("Families first.", "No wrong door.") is a slogan that may name the
paragraph's subject, so the cues read it whole."""


def _after_short_reply(opening: str) -> str | None:
    """The words after a reply of at most `MAX_REPLY_WORDS` words that opens a paragraph ("We
    know. Our social workers use …", "So do we. Our vision is …"), when they run to
    `MIN_WORDS_AFTER_LABEL` words or more, else None. A page that answers what young people
    said, each quotation a heading, opens each answer so; the reply names no topic, and the
    content cues, anchored to a paragraph's opening, read the sentence after it as they read
    the words after a colon label (`_after_colon_label`; decision 0456)."""
    match = _SHORT_REPLY.match(opening)
    if match is None or len(match.group(1).split()) > MAX_REPLY_WORDS:
        return None
    if _REPLY_WORDS.search(match.group(1)) is None:
        return None
    after = opening[match.end() :]
    if len(after.split()) < MIN_WORDS_AFTER_LABEL:
        return None
    return after


def colon_label(opening: str) -> str | None:
    """The short label run into a paragraph before a colon ("Leaving care: Every care leaver
    …"), where the words after it are a sentence of their own (`_after_colon_label`), else
    None: a page that writes its sections this way gives each its label as its heading."""
    match = _COLON_LABEL.match(opening)
    if match is None or _after_colon_label(opening) is None:
        return None
    return match.group(1)


_PAIR_SEPARATOR = " / "
"""What parts the two languages of a bilingual heading ("Y gyfraith / The law"): a slash with a
space each side, where a slash inside a phrase ("and/or") has none."""


def cue_text(text: str) -> str:
    """`text` in the one form cues are matched against (see the module docstring)."""
    text = text[: OPENING_LENGTH + 100]
    if text.startswith("|"):
        # a markdown table ("| Date | Amendment |", "|---|---|") reads as a page's or a Word
        # file's table does ("Date | Amendment"): its outer bars and rule rows are no words
        text = "\n".join(
            row
            for line in text.splitlines()
            if (row := line.strip().strip("|").strip()) and not _TABLE_RULE.fullmatch(row)
        )
    if "]" in text and "](" in text:
        text = _LINK_TARGET.sub("]", text)
    if "[" in text or "]" in text or "*" in text or "`" in text or "_" in text or "\\" in text:
        text = _MARKUP.sub("", text)  # one membership test per character `_MARKUP` needs
    if not text.isascii():
        text = text.translate(_QUOTES)
    elif text.isprintable() and "  " not in text and text.strip(" ") == text:
        return text[:OPENING_LENGTH]  # spaced once already: splitting and joining is no-op
    return " ".join(text.split())[:OPENING_LENGTH]


@dataclass(frozen=True, slots=True)
class _Pattern:
    """Cues written with `^` are tried at the opening only, the rest anywhere."""

    opening: re.Pattern[str] | None
    anywhere: re.Pattern[str] | None

    def matches(self, text: str) -> bool:
        return self.opening_match(text) is not None or (
            self.anywhere is not None and self.anywhere.search(text) is not None
        )

    def opening_match(self, text: str) -> re.Match[str] | None:
        """The match of the first opening cue (in order) that matches `text`, if any."""
        return self.opening.match(text) if self.opening is not None else None


_FIRST_PERSON_PLURAL = re.compile(r"\b(?:we|our|ours|us|ourselves)\b", re.IGNORECASE)
"""The service speaking of itself: principles and promises say "we"; a procedure names roles."""
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|\n+")
"""Where a body's sentences (and its lines: list items, paragraphs) part."""

_WORD = re.compile(r"[a-z0-9]+")
"""A word of an ASCII opening, lowercased, as `required_words` reads a cue's words."""


@dataclass(frozen=True, slots=True)
class _ContentPrefilter:
    """The content cues sorted by whether `required_words` finds words one of which any opening
    they match must hold (decision 0154): those with none in one pattern tried on every
    opening, the others one by one, and only where the opening holds one of their words."""

    always: re.Pattern[str] | None
    """The opening cues with no words, in one pattern with a group for each kind."""
    always_anywhere: tuple[tuple[int, re.Pattern[str]], ...]
    """The cues searched for anywhere with no words: (kind index, cue), in family order."""
    cues: tuple[tuple[int, str, bool], ...]
    """The cues with words, in family order: (kind index, the cue's source without captures,
    whether it is tried at the opening only); each compiled when first tried (`_cue_test`)."""
    by_word: Mapping[str, tuple[int, ...]]
    """Each word with the cues (places in `cues`) one of whose words it is."""
    words: frozenset[str]


@dataclass(frozen=True, slots=True)
class _KindCues:
    slug: str
    heading: _Pattern
    """Heading cues and hints: what names a heading this kind."""
    named: _Pattern
    """Heading cues only: what names it for certain."""
    content: _Pattern
    yielding: _Pattern = _Pattern(None, None)
    """Heading cues that yield to an opening content cue (`SectionKind.yielding_cues`)."""


@dataclass(frozen=True, slots=True)
class Cues:
    """A family's kinds with their cues compiled: what the rules and the assembler consult."""

    kinds: tuple[_KindCues, ...]
    any_heading: _Pattern
    """All heading cues in one pattern, so most lines are rejected in one step."""
    any_content: _Pattern
    """All content cues in one pattern, so most paragraphs are rejected in one step."""
    splittable_kinds: frozenset[str]
    """Containers: the title, "other", and the kinds the family marks splittable."""
    trailing_kinds: frozenset[str]
    order_free_kinds: frozenset[str] = frozenset()
    """Kinds with no settled place in the family's order (`SectionKind.order_free`)."""
    said_in_a_line_kinds: frozenset[str] = frozenset()
    """Kinds a council may state in one sentence standing alone (`SectionKind.said_in_a_line`)."""
    named_again_kinds: frozenset[str] = frozenset()
    """Kinds whose sections name a thing that a later paragraph naming it again comes back to
    (`SectionKind.named_again`)."""
    name_words: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """Each kind with the words that, after a name, make it the kind's thing
    (`SectionKind.name_words`)."""
    topics_apart_kinds: frozenset[str] = frozenset()
    """Kinds councils split into sibling sections by topic (`SectionKind.topics_apart`)."""
    breakaway_kinds: frozenset[str] = frozenset()
    """Kinds whose cued closing paragraph is a section of its own (`SectionKind.breaks_away`)."""
    any_summary: _Pattern = _Pattern(None, None)
    """The summary-box cues of all kinds (`SectionKind.summary_cues`)."""
    closing_summary_kind: str | None = None
    """The kind a summary box after the body is (`SectionKind.closing_summary`), if any."""
    labels: frozenset[tuple[str, str]] = frozenset()
    """Each kind's slug with its label in cue form ("key_principles", "key principles"), for the
    kinds whose label gathers their topics under it (`SectionKind.label_gathers_parts`)."""
    any_breakaway: _Pattern = _Pattern(None, None)
    """The content cues of the kinds that break away, and the breakaway cues of the others
    (`SectionKind.breakaway_cues`), in one pattern (`breakaway_kind`)."""
    breakaway_cued: tuple[tuple[str, _Pattern], ...] = ()
    """Each kind that does not break away but has breakaway cues, with those cues."""
    staying_cued: tuple[tuple[str, _Pattern, _Pattern], ...] = ()
    """Each kind that has staying cues, with those cues and its other content cues
    (`SectionKind.staying_cues`)."""
    unheaded_cued: tuple[tuple[str, _Pattern, _Pattern], ...] = ()
    """Each kind that has cues naming it only in un-headed text, with those cues and its other
    content cues (`SectionKind.unheaded_cues`)."""
    opening_labels: frozenset[tuple[str, str]] = frozenset()
    """Each kind's slug with its label in cue form ("introduction", "introduction"), for the
    kinds whose label opens the chapter rather than gathering topics under it."""
    content_prefilter: _ContentPrefilter | None = None
    """The content cues sorted by the words they need (`cued_kind`)."""
    procedure_cued: tuple[tuple[str, _Pattern], ...] = ()
    """Each kind with procedure cues, with those cues (`SectionKind.procedure_cues`)."""
    denial_cued: tuple[tuple[str, _Pattern], ...] = ()
    """Each kind with denial cues, with those cues (`SectionKind.denial_cues`)."""
    no_kind_heading: _Pattern = _Pattern(None, None)
    """The family's heading cues of material that is none of its kinds (`[other]` in its
    kinds file: a council's own service or body added to the chapter; decision 0321)."""

    def names_no_kind(self, words: str) -> bool:
        """Whether heading `words` name what the family declares none of its kinds: a local
        service or body a council adds to the chapter ("Working with the Virtual School").
        Asked only of a heading no kind's cue or hint names, so a kind's own heading that also
        names such a body ("Corporate parenting and the Children in Care Council") keeps its
        kind; the answer is a decision by heading, which the kind model does not overrule."""
        return self.no_kind_heading.matches(heading_label(words))

    def denies(self, slug: str, paragraph: str) -> bool:
        """Whether `paragraph`, the first under a heading hint, denies kind `slug`'s topic is
        the service's own (`SectionKind.denial_cues`: "we have not adopted Signs of Safety"): the
        hint keeps its kind against the model (decision 0315). The cues read the whole paragraph,
        so that they can tell a denial from one followed by what the service does instead. False
        for a kind with no denial cues."""
        cued = next((pattern for kind, pattern in self.denial_cued if kind == slug), None)
        return cued is not None and cued.matches(cue_text(paragraph))

    def states_procedure(self, slug: str, body: str) -> bool:
        """Whether `body`, the text under a heading the kind model names kind `slug`, is a case
        procedure rather than that kind (decision 0222): one of its sentences is a procedure
        cue of the kind's (a practitioner doing a step, a plan reviewed at a set interval), and
        none speaks as the service ("we", "our", "us"), as principles, promises and the
        service's own account of its work do. False for a kind with no procedure cues."""
        cued = next((pattern for kind, pattern in self.procedure_cued if kind == slug), None)
        if cued is None or _FIRST_PERSON_PLURAL.search(body) is not None:
            return False
        return any(
            cued.matches(cue_text(sentence.lstrip("-*•+ \t")))
            for sentence in _SENTENCE_BREAK.split(body)
            if sentence.strip()
        )

    def names_the_kind(self, slug: str, words: str) -> bool:
        """Whether heading `words` are the kind's own label ("Key Principles", "Key outcomes"):
        the heading over the whole of the kind, not one topic of it ("Permanence"). A kind whose
        label opens the chapter rather than gathering its topics ("Introduction") has none."""
        return (slug, heading_label(words).lower()) in self.labels

    def opens_the_chapter(self, slug: str, words: str) -> bool:
        """Whether heading `words` are the label of a kind whose label opens the chapter and
        gathers no topics under it ("Introduction"): a heading after it of the same kind
        ("Legislation") is no part of it but its sibling (decision 0144)."""
        return (slug, heading_label(words).lower()) in self.opening_labels

    def heading_kind(self, words: str) -> str | None:
        """The first kind (in family order) whose heading cues match `words`, if any; else that
        of the first half of a heading given in two languages ("Ein gwerthoedd / Our values"),
        whose halves name one section each in its own language (decision 0425)."""
        label = heading_label(words)
        found = self._label_kind(label)
        if found is not None or label.count(_PAIR_SEPARATOR) != 1:
            return found
        for half in label.split(_PAIR_SEPARATOR):
            found = self._label_kind(heading_label(half))
            if found is not None:
                return found
        return None

    def _label_kind(self, label: str) -> str | None:
        if not self.any_heading.matches(label):
            return None
        for kind in self.kinds:
            if kind.heading.matches(label):
                return kind.slug
        return None

    def trailing_heading_kind(self, words: str) -> str | None:
        """The first trailing kind (end matter) whose heading cues match `words`, if any."""
        words = heading_label(words)
        for kind in self.kinds:
            if self.trailing(kind.slug) and kind.heading.matches(words):
                return kind.slug
        return None

    def sums_up(self, words: str) -> bool:
        """Whether `words` head a box that sums the page up ("At a glance", "Key points")."""
        return self.any_summary.matches(heading_label(words))

    def only_hinted(self, slug: str, words: str) -> bool:
        """Whether `words` name kind `slug` by its heading hints alone, so the kind model may
        overrule the name ("How we work with families" over a practice model's text)."""
        words = heading_label(words)
        return any(kind.slug == slug and not kind.named.matches(words) for kind in self.kinds)

    def yields_to_opening(self, slug: str, words: str) -> bool:
        """Whether `words` name kind `slug` by a cue that yields to a content cue of another
        kind opening the paragraph under the heading (`SectionKind.yielding_cues`)."""
        words = heading_label(words)
        return any(kind.slug == slug and kind.yielding.matches(words) for kind in self.kinds)

    def content_kind(self, opening: str, near_end: bool | None = None) -> str | None:
        """The kind the opening of a block names: by the family's content cues, else by a heading
        run into the paragraph ("Introduction: this policy…").

        Where cues of a trailing kind and of another kind both match ("Last reviewed: 14 March
        2025" reads as end matter and as scope), `near_end` decides: True prefers the trailing
        kind, False skips trailing kinds, None takes the first kind in family order.
        """
        opening = cue_text(opening)
        kind = self._earlier_kind(self.cued_kind(opening), self._kind_after_label(opening))
        if kind is None:
            run_in = self._run_in_kind(opening)
            if run_in is not None:
                return run_in
            after = _after_short_reply(opening)
            kind = None if after is None else self.cued_kind(after)
            if kind is None:
                return None
        if near_end is None or self.trailing(kind) == near_end:
            return kind
        if near_end:
            return self._first_cued(opening, trailing=True) or kind
        # Away from the end a trailing kind's cue names nothing; a heading run into the words
        # ("Amendment: In November 2024 we re-issued …") still names its own kind.
        run_in = self._run_in_kind(opening)
        return self._first_cued(opening, trailing=False) or (
            run_in if run_in is not None and not self.trailing(run_in) else None
        )

    def breakaway_kind(self, opening: str) -> str | None:
        """The kind the opening of a block names (`content_kind`) when it is a kind that breaks
        away (`breakaway_kinds`), else None: what `breakaway_kind_plain` answers (a test compares
        them). Every long paragraph of a headed section is asked, and few name such a kind, so a
        paragraph is first tried against the breakaway kinds' cues alone (a sixth of the
        family's). When none of them matches, the first kind all the cues name is no breakaway
        kind, and only where no cue matches at all may a heading run into the paragraph ("Our
        Vision: …") name one; without such a heading the answer is None. Asking all the cues of
        every such paragraph was up to a tenth of a headed seed's analysis (decision 0122)."""
        words = cue_text(opening)
        after = _after_colon_label(words)
        reply = _after_short_reply(words)
        if (
            not self.any_breakaway.matches(words)
            and (after is None or not self.any_breakaway.matches(after))
            and (reply is None or not self.any_breakaway.matches(reply))
        ):
            run_in = self._run_in_kind(words)
            if run_in is None:
                return None
            if run_in not in self.breakaway_kinds:
                # A heading run into the paragraph names a body kind whether or not the kind
                # breaks away by its cues ("Practice model: We use …" closing the corporate
                # parenting section, decision 0158): the label is the page's heading for it.
                return run_in if self._run_in_heads(run_in) else None
        return self.breakaway_kind_plain(opening)

    def _kind_after_label(self, opening: str) -> str | None:
        """The kind the content cues name in the words after a short colon label ("Purpose: This
        chapter explains …"): the label hides the opening the cues are anchored to, and the
        page's label is only a hint of the kind (decision 0376)."""
        after = _after_colon_label(opening)
        return None if after is None else self.cued_kind(after)

    def _earlier_kind(self, first: str | None, second: str | None) -> str | None:
        """Of two kinds the cues name, the one earlier in family order."""
        if first is None or second is None:
            return first or second
        order = [kind.slug for kind in self.kinds]
        return first if order.index(first) <= order.index(second) else second

    def _run_in_heads(self, slug: str) -> bool:
        """Whether a run-in label naming kind `slug` heads a section of its own inside another:
        a body kind, not the title, the scope's container or the end matter."""
        return slug != TITLE_KIND and not self.splittable(slug) and not self.trailing(slug)

    def breakaway_kind_plain(self, opening: str) -> str | None:
        """`content_kind(opening)` when it is a kind that breaks away, else the kind a heading
        run into the paragraph names when it heads a section of its own (`run_in_heading`),
        else None."""
        kind = self.content_kind(opening)
        if kind in self.breakaway_kinds and not self.named_to_stay(kind, opening):
            return kind
        if kind is not None and self._cued_to_break_away(kind, opening):
            return kind
        run_in = self.run_in_heading(opening)
        return run_in if run_in not in self.breakaway_kinds else None

    def named_to_stay(self, kind: str, opening: str) -> bool:
        """Whether only `kind`'s staying cues name the opening, none of its other content cues:
        such a paragraph names the kind without breaking away (decision 0333), and without
        running the chapter's opening section on into the scope box (decision 0404)."""
        return _named_only_by(self.staying_cued, kind, opening)

    def named_only_unheaded(self, kind: str, opening: str) -> bool:
        """Whether only `kind`'s cues for un-headed text name the opening: such a paragraph
        takes no paragraph from a heading's kind and names no heading (decision 0409)."""
        return _named_only_by(self.unheaded_cued, kind, opening)

    def _cued_to_break_away(self, kind: str, opening: str) -> bool:
        """Whether one of `kind`'s breakaway cues names the opening (the kind breaks away by
        those cues alone; decision 0191)."""
        words = cue_text(opening)
        return any(slug == kind and cues.matches(words) for slug, cues in self.breakaway_cued)

    def run_in_heading(self, opening: str) -> str | None:
        """The body kind a heading run into the paragraph names ("Practice model: We use …"),
        one that heads a section of its own inside another (`_run_in_heads`), else None."""
        run_in = self._run_in_kind(cue_text(opening))
        return run_in if run_in is not None and self._run_in_heads(run_in) else None

    def _first_cued(self, opening: str, *, trailing: bool) -> str | None:
        """The first kind, among the trailing kinds or the others, whose content cues match."""
        for kind in self.kinds:
            if self.trailing(kind.slug) == trailing and kind.content.matches(opening):
                return kind.slug
        return None

    def cued_kind(self, opening: str) -> str | None:
        """What `cued_kind_plain` answers (a test compares them), trying fewer cues: an ASCII
        opening is split once into its words, and a cue with words (`required_words`) is tried
        only where the opening holds one of them; the cues with none are tried together as
        before. The answer is the first kind, in family order, of any cue that matches, so the
        cues with words are tried in family order and only while their kind comes before the
        kind already found. Most of an un-headed seed's cue time went to a dozen cues that skip
        up to 30 words or 160 characters before their words (decisions 0130, 0145)."""
        prefilter = self.content_prefilter
        if prefilter is None or not opening.isascii():
            return self.cued_kind_plain(opening)
        best = len(self.kinds)
        match = prefilter.always.match(opening) if prefilter.always is not None else None
        if match is not None:
            best = _kind_index(match)
        for kind, pattern in prefilter.always_anywhere:
            if kind >= best:
                break
            if pattern.search(opening) is not None:
                best = kind
                break
        hits = prefilter.words.intersection(_WORD.findall(opening.lower()))
        if hits:
            by_word = prefilter.by_word
            for cue in sorted({cue for word in hits for cue in by_word[word]}):
                kind, source, anchored = prefilter.cues[cue]
                if kind >= best:
                    break
                if _cue_test(source, anchored)(opening) is not None:
                    best = kind
                    break
        return self.kinds[best].slug if best < len(self.kinds) else None

    def cued_kind_plain(self, opening: str) -> str | None:
        """The first kind (in family order) whose content cues match `opening` (in cue form)."""
        # The combined opening pattern names the first kind whose opening cues match; only a
        # kind before it can still come first, by a cue that matches anywhere.
        match = self.any_content.opening_match(opening)
        if match is None and not (
            self.any_content.anywhere is not None and self.any_content.anywhere.search(opening)
        ):
            return None
        first = _kind_index(match) if match is not None else len(self.kinds)
        for kind in self.kinds[:first]:
            if kind.content.anywhere is not None and kind.content.anywhere.search(opening):
                return kind.slug
        return self.kinds[first].slug if match is not None else None

    def _run_in_kind(self, opening: str) -> str | None:
        announced = _ANNOUNCED_TOPIC.match(opening)
        if announced is not None:
            topic = announced.group(1)
            kind = self.heading_kind(topic)
            if kind is not None and self._run_in_heads(kind) and not self.only_hinted(kind, topic):
                return kind
        if not any(stop in opening[:_RUN_IN_REACH] for stop in ":."):
            return None  # the pattern's label is followed by ":" or "." within its reach
        run_in = _RUN_IN_HEADING.match(opening)
        if run_in is None:
            return None
        label = run_in.group(1)
        words = label.split()
        if len(words) > MAX_RUN_IN_WORDS:
            return None
        if any(len(word) > 3 and not word[0].isupper() for word in words):
            # A sentence-case label is taken only as a sentence of its own, ended by a full
            # stop, or before a colon when its words are the whole of a heading cue of a body
            # kind ("Practice model: We use …", decision 0158): "Related documents: …" and other
            # colon labels of the scope or the end matter keep their own rules.
            stop = opening[run_in.end(1)]
            kind = self._whole_label_kind(label)
            if kind is None and stop == ".":
                kind = self._hint_confirmed(label, opening[run_in.end() :])
            if stop != "." and (kind is None or self.splittable(kind) or self.trailing(kind)):
                kind = None
        else:
            kind = self.heading_kind(label)
        return None if kind == TITLE_KIND else kind

    def _hint_confirmed(self, label: str, sentence: str) -> str | None:
        """The kind a sentence-case run-in label ended by a full stop names by a heading hint
        alone ("Working with partners."), when the sentence after it opens with a content cue
        of that same kind ("Hollybank's safeguarding partnership brings …"): a hint may head
        text about something else, so the label is taken only where its text says the same
        (decision 0394)."""
        hinted = self.heading_kind(label)
        if hinted is None or hinted == TITLE_KIND or not self.only_hinted(hinted, label):
            return None
        return hinted if self.content_kind(sentence, False) == hinted else None

    def _whole_label_kind(self, label: str) -> str | None:
        """The kind whose heading cue (not a hint) is the whole of a sentence-case run-in label
        ended by a full stop ("Leaving care. Young people …", "Practice model. Our …"): the
        kind's own words and nothing more, so that a short opening sentence a cue's first words
        begin ("Our values are simple.") is not taken for one (decision 0147)."""
        words = heading_label(label)
        opening = self.any_heading.opening
        if opening is None or opening.fullmatch(words) is None:
            return None
        for kind in self.kinds:
            if kind.named.opening is not None and kind.named.opening.fullmatch(words):
                return kind.slug
        return None

    def splittable(self, slug: str) -> bool:
        """Content cues of other kinds may open a new section inside a section of this kind."""
        return slug in self.splittable_kinds

    def trailing(self, slug: str) -> bool:
        """Content cues of this kind count only near the end of the text, but inside any section."""
        return slug in self.trailing_kinds


def compile_cues(kinds: Sequence[SectionKind], no_kind_headings: Sequence[str] = ()) -> Cues:
    """The compiled cues of `kinds`, and the family's heading cues of material that is none of
    them (`Cues.names_no_kind`); cached, so a family's regexes are compiled once."""
    return _with_no_kind_headings(tuple(kinds), tuple(no_kind_headings))


def names_the_title(kinds: Sequence[SectionKind], words: str) -> bool:
    """Whether `compile_cues(kinds).heading_kind(words)` is the title, compiling only the title's
    cues where that settles it. Recognising a document's family (`detect_family`) asks this of
    every family with title cues, and compiling a family's every cue was about a second of a
    process's start, paid for each family that does not read the document (decision 0542).

    When the title is the family's first kind, no earlier kind's cue can name the heading first,
    so the title's own heading cues matching the label is the answer "title", and a label they
    do not match, with no two-language separator, is named some other kind or none. Only a
    two-language heading the title's cues miss as a whole (whose first half another kind may
    name first) needs the whole family's cues; so does a family whose title is not first."""
    kinds = tuple(kinds)
    if kinds and kinds[0].slug == TITLE_KIND:
        label = heading_label(words)
        if _compile(kinds[:1]).kinds[0].heading.matches(label):
            return True
        if label.count(_PAIR_SEPARATOR) != 1:
            return False
    return compile_cues(kinds).heading_kind(words) == TITLE_KIND


@lru_cache(maxsize=16)
def _with_no_kind_headings(
    kinds: tuple[SectionKind, ...], no_kind_headings: tuple[str, ...]
) -> Cues:
    """The kinds' cues, compiled once whatever headings name no kind: a family's title is
    recognised (`detect_family`) with the kinds alone and its text split with its no-kind
    headings too, and compiling the kinds' cues is most of a process's start (decision 0527)."""
    cues = _compile(kinds)
    if not no_kind_headings:
        return cues
    return replace(cues, no_kind_heading=_union(OTHER_KIND, no_kind_headings))


@lru_cache(maxsize=16)
def _compile(kinds: tuple[SectionKind, ...]) -> Cues:
    compiled = tuple(
        _KindCues(
            slug=kind.slug,
            heading=_union(
                kind.slug,
                (*kind.heading_cues, *kind.yielding_cues, *kind.summary_cues, *kind.heading_hints),
            ),
            named=_union(kind.slug, (*kind.heading_cues, *kind.yielding_cues, *kind.summary_cues)),
            content=_union(kind.slug, kind.content_cues),
            yielding=_union(kind.slug, kind.yielding_cues),
        )
        for kind in kinds
    )
    splittable = {kind.slug for kind in kinds if kind.splittable} | {TITLE_KIND, OTHER_KIND}
    return Cues(
        kinds=compiled,
        any_heading=_union(
            "(all kinds)",
            [
                cue
                for kind in kinds
                for cue in (
                    *kind.heading_cues,
                    *kind.yielding_cues,
                    *kind.summary_cues,
                    *kind.heading_hints,
                )
            ],
        ),
        any_summary=_union("(summary boxes)", [cue for kind in kinds for cue in kind.summary_cues]),
        closing_summary_kind=next((kind.slug for kind in kinds if kind.closing_summary), None),
        any_content=_union(
            "(all kinds)",
            [cue for kind in kinds for cue in kind.content_cues],
            [index for index, kind in enumerate(kinds) for _cue in kind.content_cues],
        ),
        splittable_kinds=frozenset(splittable),
        trailing_kinds=frozenset(kind.slug for kind in kinds if kind.trailing),
        order_free_kinds=frozenset(kind.slug for kind in kinds if kind.order_free),
        said_in_a_line_kinds=frozenset(kind.slug for kind in kinds if kind.said_in_a_line),
        named_again_kinds=frozenset(kind.slug for kind in kinds if kind.named_again),
        name_words=tuple((kind.slug, kind.name_words) for kind in kinds if kind.name_words),
        topics_apart_kinds=frozenset(kind.slug for kind in kinds if kind.topics_apart),
        breakaway_kinds=frozenset(kind.slug for kind in kinds if kind.breaks_away),
        any_breakaway=_union(
            "(kinds that break away)",
            [
                *(
                    cue
                    for kind in kinds
                    if kind.breaks_away
                    for cue in kind.content_cues
                    if cue not in kind.staying_cues
                ),
                *(cue for kind in kinds if not kind.breaks_away for cue in kind.breakaway_cues),
            ],
        ),
        breakaway_cued=tuple(
            (kind.slug, _union(kind.slug, kind.breakaway_cues))
            for kind in kinds
            if kind.breakaway_cues and not kind.breaks_away
        ),
        staying_cued=_cues_set_apart(kinds, lambda kind: kind.staying_cues),
        unheaded_cued=_cues_set_apart(kinds, lambda kind: kind.unheaded_cues),
        procedure_cued=tuple(
            (kind.slug, _union(kind.slug, kind.procedure_cues))
            for kind in kinds
            if kind.procedure_cues
        ),
        denial_cued=tuple(
            (kind.slug, _union(kind.slug, kind.denial_cues)) for kind in kinds if kind.denial_cues
        ),
        labels=frozenset(
            (kind.slug, heading_label(kind.label).lower())
            for kind in kinds
            if kind.label_gathers_parts
        ),
        opening_labels=frozenset(
            (kind.slug, heading_label(kind.label).lower())
            for kind in kinds
            if not kind.label_gathers_parts
        ),
        content_prefilter=_content_prefilter(kinds),
        no_kind_heading=_union(OTHER_KIND, ()),
    )


def _content_prefilter(kinds: tuple[SectionKind, ...]) -> _ContentPrefilter:
    """The family's content cues sorted by the words they need (`Cues.cued_kind`)."""
    always: list[tuple[str, int | None]] = []
    always_anywhere: list[tuple[int, re.Pattern[str]]] = []
    cues: list[tuple[int, str, bool]] = []
    by_word: dict[str, list[int]] = {}
    for index, kind in enumerate(kinds):
        for cue in kind.content_cues:
            words = required_words(cue)
            anchored = cue.startswith("^")
            if words is None and anchored:
                always.append((cue[1:], index))
                continue
            source = _without_captures(cue[1:] if anchored else cue)
            if words is None:
                always_anywhere.append((index, re.compile(source, re.IGNORECASE)))
                continue
            for word in words:
                by_word.setdefault(word, []).append(len(cues))
            cues.append((index, source, anchored))
    return _ContentPrefilter(
        always=_alternation(always),
        always_anywhere=tuple(always_anywhere),
        cues=tuple(cues),
        by_word={word: tuple(places) for word, places in by_word.items()},
        words=frozenset(by_word),
    )


@cache
def _cue_test(source: str, anchored: bool) -> Callable[[str], re.Match[str] | None]:
    """The compiled cue's `match` (`anchored`) or `search`, compiled the first time an opening
    holds one of its words: a document tries only some of the family's hundreds of cues with
    words, and compiling each of them up front was a quarter of compiling the family's cues,
    paid by every process at its start (decision 0542)."""
    pattern = re.compile(source, re.IGNORECASE)
    return pattern.match if anchored else pattern.search


def _cues_set_apart(
    kinds: Sequence[SectionKind], cues_of: Callable[[SectionKind], tuple[str, ...]]
) -> tuple[tuple[str, _Pattern, _Pattern], ...]:
    """Each kind that has cues of a sort set apart (staying cues, cues for un-headed text),
    with those cues and its other content cues: a paragraph named by the first alone is read
    otherwise than one its other cues name (`_named_only_by`)."""
    return tuple(
        (
            kind.slug,
            _union(kind.slug, cues_of(kind)),
            _union(kind.slug, [cue for cue in kind.content_cues if cue not in cues_of(kind)]),
        )
        for kind in kinds
        if cues_of(kind)
    )


def _named_only_by(
    cued: tuple[tuple[str, _Pattern, _Pattern], ...], kind: str, opening: str
) -> bool:
    """Whether `kind`'s cues set apart in `cued` name the opening and none of its other content
    cues do. The words asked are those `content_kind` found the kind in: the opening, else the
    words after a run-in label, else those after a short reply, so a label ("A shared
    responsibility: We want …") hides a staying cue from neither reading."""
    words = cue_text(opening)
    texts = (words, _after_colon_label(words), _after_short_reply(words))
    for slug, apart, others in cued:
        if slug != kind:
            continue
        for text in texts:
            if text is not None and (apart.matches(text) or others.matches(text)):
                return apart.matches(text) and not others.matches(text)
    return False


def _union(slug: str, cues: Sequence[str], kind_indexes: Sequence[int] | None = None) -> _Pattern:
    """Cues compiled into alternations. With `kind_indexes` (each cue's kind, in kind order) the
    cues of each kind form a named group, so a match also tells which kind matched first."""
    for cue in cues:
        error = cue_error(cue)
        if error is not None:
            raise InvalidCue(
                f"the cue {cue!r} of section kind '{slug}' is not a valid regular expression "
                f"({error}). To fix: correct it in the family's kinds file."
            )
    kinds_of: Sequence[int | None] = [None] * len(cues) if kind_indexes is None else kind_indexes
    tagged = list(zip(cues, kinds_of, strict=True))
    opening = [(cue[1:], kind) for cue, kind in tagged if cue.startswith("^")]
    anywhere = [(cue, kind) for cue, kind in tagged if not cue.startswith("^")]
    return _Pattern(opening=_alternation(opening), anywhere=_alternation(anywhere))


@cache
def cue_error(cue: str) -> str | None:
    """Why `cue` alone is not a valid regular expression, or None when it is; worked out once
    per cue text. A family's cues come in many patterns (a kind's own, every kind's together,
    the breakaway and staying sets), so one cue was checked about three times, each time compiled
    anew as Python's own pattern cache holds fewer patterns than a family has cues (decision
    0542). Each cue is checked alone, not only inside the alternations, so that the error names
    the cue, and a malformed cue cannot slip through by pairing with the group around it."""
    try:
        re.compile(cue)
    except re.error as error:
        return str(error)
    return None


def _alternation(cues: list[tuple[str, int | None]]) -> re.Pattern[str] | None:
    """One pattern for `cues` (source, kind index or None), in order; consecutive cues of one
    kind share a group named after it."""
    if not cues:
        return None
    parts = []
    for kind, group in itertools.groupby(cues, key=lambda cue: cue[1]):
        alternatives = "|".join(f"(?:{_without_captures(source)})" for source, _kind in group)
        parts.append(alternatives if kind is None else f"(?P<{_KIND_GROUP}{kind}>{alternatives})")
    return re.compile("|".join(parts), re.IGNORECASE)


_KIND_GROUP = "kind"

_REFERS_BACK = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")
"""A back-reference (`\\1`, `(?P=name)`) or a group condition (`(?(1)…)`) in a cue's source."""


def _without_captures(source: str) -> str:
    """The cue `source` with its capturing groups made non-capturing: "(the )?" as "(?:the )?".

    The cues are matched in alternations (`_alternation`), and at every alternative it tries the
    regex engine saves the place of each group in the whole pattern: with the family's hundreds
    of groups, that saving was most of the time of matching the content cues (decision 0103).
    Nothing reads a cue's own groups (only the kind groups `_alternation` adds), and whether a
    group captures does not change what it matches, so a cue matches exactly as written; a cue
    that refers back to a group is left as it is. Parentheses escaped or in a character class
    are not groups; "(?" opens a group that already captures nothing, or a named one.
    """
    if _REFERS_BACK.search(source):
        return source
    parts: list[str] = []
    index, in_class, class_opens = 0, False, 0
    while index < len(source):
        char = source[index]
        if char == "\\":
            parts.append(source[index : index + 2])
            index += 2
            continue
        if in_class:
            in_class = char != "]" or index == class_opens  # "[]" or "[^]": a literal "]"
        elif char == "[":
            in_class = True
            class_opens = index + 1 + source.startswith("^", index + 1)
        elif char == "(" and not source.startswith("?", index + 1):
            char = "(?:"
        parts.append(char)
        index += 1
    return "".join(parts)


def _kind_index(match: re.Match[str]) -> int:
    """Index of the kind whose group matched: the outermost group, so the last one closed."""
    return int((match.lastgroup or "").removeprefix(_KIND_GROUP))
