"""The result of reading a source file: what every later stage starts from."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

SourceFormat = Literal["text", "markdown", "html", "docx", "pdf"]
TextSyntax = Literal["plain", "markdown"]
DocumentFormat = Literal["docx", "pdf"]
"""Binary document formats, read by their own readers into markdown-flavoured text."""
DOCUMENT_FORMATS: frozenset[str] = frozenset({"docx", "pdf"})


@dataclass(frozen=True, slots=True)
class SourceText:
    """One decoded, normalised source; `text` is what sections, facts and diffs index."""

    data: bytes
    """The original bytes, kept unchanged so everything derived can be recomputed."""
    filename: str
    """The file name the bytes came with (may be empty)."""
    source_format: SourceFormat
    """The format of the original bytes."""
    text_syntax: TextSyntax
    """How `text` is marked up: HTML, Word and PDF are rendered to markdown (headings as `#`,
    lists as `-` or `1.`)."""
    sha256: str
    """Hex SHA-256 of `data`."""
    encoding: str
    """The encoding `data` was decoded with; empty for Word and PDF files, which are not text."""
    text: str
    """The normalised text."""
    front_matter: str = ""
    """A markdown file's front matter block exactly as the source opens with it (`---`,
    settings, `---`), left out of `text`; empty when there is none. Facts may quote it (evidence
    of origin `front_matter`, offsets in this block)."""


@dataclass(frozen=True, slots=True)
class ChromeCues:
    """What marks an HTML element as site chrome rather than the chapter (from `chrome.toml`)."""

    drop_tags: frozenset[str]
    """Elements dropped with their content wherever they appear."""
    landmark_tags: frozenset[str]
    """Page landmarks (`header`, `footer`) dropped unless inside the chapter's article or main."""
    drop_roles: frozenset[str]
    """ARIA roles that mark navigation, banners, search and other non-chapter regions."""
    class_cues: tuple[tuple[str, ...], ...]
    """Word sequences matched against the words of `class`, `id` and `aria-label` values."""
    phrases: frozenset[str]
    """Canonical (lower-cased, trimmed) whole texts of blocks that are chrome."""
    box_headings: frozenset[str]
    """Canonical headings of boxes beside the chapter ("Related pages"), dropped with their box."""
    link_phrases: frozenset[str]
    """The phrases of several words, which are chrome as a link's whole text even inside prose.

    One-word phrases ("Home", "Print") are left alone there: "return to the home page" keeps
    its link.
    """
    landmark_roles: frozenset[str] = frozenset()
    """ARIA roles of site-wide notices (`role="alert"`: "Our offices are closed on …"), dropped
    like landmarks unless they sit inside the chapter's article or main."""
    edge_phrases: frozenset[str] = frozenset()
    """Whole lines that are chrome only at the edges of a page copied as text (a share link's
    "Facebook", a feedback widget's "Yes" and "No"): elsewhere they may be the chapter's words."""
    menu_ends: frozenset[str] = frozenset()
    """Labels a site's menu ends with ("Contact"), chrome as the last link of a menu flattened
    onto one line, never as a line of their own (a chapter may head a section "Contact")."""
    neighbour_phrases: frozenset[str] = frozenset()
    """Whole lines that are chrome in a page copied as text only right above another chrome line
    (a manual's "Contents" link above "Previous chapter"); above the chapter's own entries,
    they head its contents list."""
    title_box_headings: frozenset[str] = frozenset()
    """Headings of a box of links to other chapters that a page copied as text shows between
    its title and the chapter's first section ("Related chapters", "See also"): there, the box
    is the page's; inside the chapter the same words may head the chapter's own list."""
    excerpt_headings: frozenset[str] = frozenset()
    """Labels a page clipper heads the page's summary with ("Excerpt"), quoted at the head of its
    export; the quote and the rule under it are the tool's, not the chapter's."""
    foot_form_headings: frozenset[str] = frozenset()
    """Headings of a form box closing the page ("Sign up for email updates"): with the few short
    lines under it down to the page's end (its invitation, field label, button and privacy note)
    the form is the site's, whatever their words."""
    foot_rail_headings: frozenset[str] = frozenset()
    """Headings of a rail of the site's boxes at a page's foot (an events list, a post's
    categories and archives, a search box's label): from the first such heading after the
    chapter's last prose, short lines only, to the end, the rail is the site's."""
    footer_column_headings: frozenset[str] = frozenset()
    """Headings of a council site's footer columns ("Council and democracy"), copied one a line
    at the foot over their links: the first footer line after the chapter's last prose."""
    news_box_headings: frozenset[str] = frozenset()
    """Headings of a site's news rail ("Latest news"): chrome only over links to other pages (the
    stories), since a chapter may head its own amendment note "Latest news"."""
    staff_service_words: frozenset[str] = frozenset()
    """Words naming an organisation's services for its own staff ("IT", "HR", "payroll"): a
    contacts box at a page's end whose every entry names one is the intranet's, not the
    chapter's."""
    heading_caption_cues: tuple[tuple[str, ...], ...] = ()
    """Class words of a caption set inside a page's heading before its name (`<h1><span
    class="govuk-caption-l">Procedures manual</span> Adoption</h1>`): the manual or section the
    page belongs to, not part of the heading."""
    category_labels: frozenset[str] = frozenset()
    """A page's category label between its trail and its title ("Policy", "Procedure chapter")."""
    dismiss_phrases: frozenset[str] = frozenset()
    """Whole lines that are an alert banner's close button ("Close", "Dismiss"): the line right
    above one, at the top of a page copied as text, is the banner's notice."""
    column_class_cues: tuple[tuple[str, ...], ...] = ()
    """Class words that say only where a box stands on the page ("sidebar"), not what it is: an
    `<aside>` so marked inside the chapter's `<main>` that holds a heading and prose is the
    chapter's pull-out box (decision 0238)."""
    unseen_class_cues: tuple[tuple[str, ...], ...] = ()
    """Class words that hide an element from sight but not from a screen reader: a heading
    marked only by them over the chapter's own paragraph heads that part (decision 0519)."""
    heading_badges: frozenset[str] = frozenset()
    """Whole texts of a badge set in its own element inside a heading ("<h1>Policies, Values
    and Principles <span class="badge">New</span></h1>"): the site's flag on the page, not part
    of its name."""
    jump_phrases: frozenset[str] = frozenset()
    """Whole lines that are a page's in-page jump links ("Back to top"), chrome wherever they
    stand in a page copied as text: a chapter never says them as a line of its own."""
    toggle_words: frozenset[str] = frozenset()
    """Whole lines that are an accordion's toggle under a fold's label ("Open", "Close"):
    chrome where two or more stand under labels, as an accordion repeats them."""
    player_openers: frozenset[str] = frozenset()
    """A page reader's button ("Listen"), over the reader's controls copied one a line."""
    player_controls: frozenset[str] = frozenset()
    """A page reader's controls ("Play", "Pause", "Stop"): chrome in a run under its opener."""
    task_tiles: frozenset[str] = frozenset()
    """A top-tasks grid's bare verbs ("Report", "Pay"), each over a line describing the task: two
    or more such tiles at the top of a page copied as text are the site's, not the chapter's."""
