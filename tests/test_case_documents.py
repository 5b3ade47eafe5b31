"""The annotation files of tests/cases/documents are well-formed, so their scores mean something.

learn.json, holdout.json and the blind sets (blind, blind2 … blind9) say what a careful
reader finds in each of our own case documents (the sections and the facts). The section-kind
model learns from the first and is scored on the others (the blind sets were annotated before the
parser read their documents), so a typo in a starts_with, an unknown kind or a document in two
files would silently corrupt the figures. These tests check the annotations against the documents
themselves, never against the parser.
"""

from __future__ import annotations

import functools
import html
import json
import re
import unicodedata
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.families import get_family
from tests.conftest import REPO_ROOT

DOCUMENTS = REPO_ROOT / "tests" / "cases" / "documents"
SPLITS = (
    "learn",
    "holdout",
    "blind",
    "blind2",
    "blind3",
    "blind4",
    "blind5",
    "blind6",
    "blind7",
    "blind8",
    "blind9",
    "blind10",
    "blind11",
    "blind12",
    "blind13",
    "blind14",
    "blind15",
    "blind16",
    "blind17",
    "blind18",
    "blind19",
    "blind20",
    "blind21",
    "blind22",
    "blind23",
    "blind24",
    "blind25",
    "blind26",
    "blind27",
    "blind28",
    "blind29",
    "blind30",
    "blind31",
    "blind32",
    "blind33",
    "blind34",
    "blind35",
    "blind36",
    "blind37",
    "blind38",
    "blind39",
    "blind40",
    "blind41",
    "blind42",
    "blind43",
    "blind44",
    "blind45",
    "blind46",
    "blind47",
    "blind48",
    "blind49",
    "blind50",
    "blind51",
    "blind52",
    "blind53",
    "blind54",
    "blind55",
    "blind56",
    "blind57",
    "blind58",
    "blind59",
    "blind60",
    "blind61",
    "blind62",
    "blind63",
    "blind64",
    "blind65",
    "blind66",
    "blind67",
    "blind68",
    "blind69",
    "blind70",
    "blind71",
    "blind72",
    "blind73",
    "blind74",
    "blind75",
    "blind76",
    "blind77",
    "blind78",
    "blind79",
    "blind80",
    "blind81",
    "blind82",
    "blind83",
    "blind84",
    "blind85",
    "blind86",
    "blind87",
    "blind88",
    "blind89",
    "blind90",
    "blind91",
    "blind92",
    "blind93",
    "blind94",
    "blind95",
    "blind96",
    "blind97",
    "blind98",
    "blind99",
    "blind100",
    "blind101",
    "blind102",
    "blind103",
    "blind104",
    "blind105",
    "blind106",
    "blind107",
    "blind108",
    "blind109",
    "blind110",
    "blind111",
    "blind112",
    "blind113",
    "blind114",
    "blind115",
    "blind116",
    "blind117",
    "blind118",
    "blind119",
    "blind120",
    "blind121",
    "blind122",
    "blind123",
    "blind124",
    "blind125",
    "blind126",
    "blind127",
    "blind128",
    "blind129",
    "blind130",
    "blind131",
    "blind132",
    "blind133",
    "blind134",
    "blind135",
    "blind136",
    "blind137",
    "blind138",
    "blind139",
    "blind140",
    "blind141",
    "blind142",
    "blind143",
    "blind144",
    "blind145",
    "blind146",
    "blind147",
    "blind148",
    "blind149",
    "blind150",
    "blind151",
    "blind152",
    "blind153",
    "blind154",
    "blind155",
    "blind156",
    "blind157",
    "blind158",
    "blind159",
    "blind160",
    "blind161",
    "blind162",
    "blind163",
    "blind164",
    "blind165",
    "blind166",
    "blind167",
    "blind168",
    "blind169",
    "blind170",
    "blind171",
    "blind172",
    "blind173",
    "blind174",
    "blind175",
    "blind176",
    "blind177",
    "blind178",
    "blind179",
    "blind180",
    "blind181",
    "blind182",
    "blind183",
    "blind184",
    "blind185",
    "blind186",
    "blind187",
    "blind188",
    "blind189",
    "blind190",
    "blind191",
    "blind192",
    "blind193",
    "blind194",
    "blind195",
    "blind196",
    "blind197",
    "blind198",
    "blind199",
    "blind200",
    "blind201",
    "blind202",
    "blind203",
    "blind204",
    "blind205",
    "blind206",
    "blind207",
    "blind208",
    "blind209",
    "blind210",
    "blind211",
    "blind212",
    "blind213",
    "blind214",
    "blind215",
    "blind216",
    "blind217",
    "blind218",
    "blind219",
    "blind220",
    "blind221",
    "blind222",
    "blind223",
    "blind224",
    "blind225",
    "blind226",
    "blind227",
    "blind228",
    "blind229",
    "blind230",
    "blind231",
    "blind232",
    "blind233",
    "blind234",
    "blind235",
    "blind236",
    "blind237",
    "blind238",
    "blind239",
    "blind240",
    "blind241",
    "blind242",
    "blind243",
    "blind244",
    "blind245",
    "blind246",
    "blind247",
    "blind248",
    "blind249",
    "blind250",
    "blind251",
    "blind252",
    "blind253",
    "blind254",
    "blind255",
    "blind256",
    "blind257",
    "blind258",
    "blind259",
    "blind260",
    "blind261",
    "blind262",
    "blind263",
    "blind264",
    "blind265",
    "blind266",
    "blind267",
    "blind268",
    "blind269",
    "blind270",
    "blind271",
    "blind272",
    "blind273",
    "blind274",
    "blind275",
    "blind276",
    "blind277",
    "blind278",
    "blind279",
    "blind280",
    "blind281",
    "blind282",
    "blind283",
    "blind284",
    "blind285",
    "blind286",
    "blind287",
    "blind288",
    "blind289",
    "blind290",
    "blind291",
    "blind292",
    "blind293",
    "blind294",
    "blind295",
    "blind296",
    "blind297",
    "blind298",
    "blind299",
    "blind300",
    "blind301",
    "blind302",
    "blind303",
    "blind304",
    "blind305",
    "blind306",
    "blind307",
    "blind308",
    "blind309",
    "blind310",
    "blind311",
    "blind312",
    "blind313",
    "blind314",
    "blind315",
    "blind316",
    "blind317",
    "blind318",
    "blind319",
    "blind320",
    "blind321",
    "blind322",
    "blind323",
    "blind324",
    "blind325",
    "blind326",
    "blind327",
    "blind328",
    "blind329",
    "blind330",
    "blind331",
    "blind332",
    "blind333",
    "blind334",
    "blind335",
    "blind336",
    "blind337",
    "blind338",
    "blind339",
    "blind340",
    "blind341",
    "blind342",
    "blind343",
    "blind344",
    "blind345",
    "blind346",
    "blind347",
    "blind348",
    "blind349",
    "blind350",
    "blind351",
    "blind352",
    "blind353",
    "blind354",
    "blind355",
    "blind356",
    "blind357",
    "blind358",
    "blind359",
    "blind360",
    "blind361",
    "blind362",
    "blind363",
    "blind364",
    "blind365",
    "blind366",
    "blind367",
    "blind369",
    "blind371",
    "blind375",
    "blind370",
    "blind372",
    "blind368",
    "blind373",
    "blind374",
    "blind377",
    "blind376",
    "blind378",
    "blind379",
    "blind380",
    "blind381",
    "blind384",
    "blind383",
    "blind382",
    "blind387",
    "blind388",
    "blind386",
    "blind385",
    "blind389",
    "blind391",
    "blind394",
    "blind390",
    "blind392",
    "blind393",
    "blind398",
    "blind397",
    "blind396",
    "blind395",
    "blind399",
    "blind402",
    "blind404",
    "blind400",
    "blind401",
    "blind403",
    "blind405",
    "blind406",
)
FORMAT_OF_SUFFIX = {
    ".txt": "text",
    ".md": "markdown",
    ".html": "html",
    ".docx": "docx",
    ".pdf": "pdf",
}
BINARY_FORMATS = {"docx", "pdf"}
FACT_KEYS = {
    "amendment_date",
    "last_updated",
    "version_label",
    "leaving_care_support_age",
    "permanence_plan_months",
    "corporate_parenting_principles",
    "legislation_count",
    "named_models",
    "looked_after_term",
}
LOOKED_AFTER_TERMS = {
    "Looked After Children",
    "Children Looked After",
    "Children in Care",
    "Cared for Children",
    "children who are looked after",
}
BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "footer",
    "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
    "section", "table", "td", "th", "tr", "ul",
}  # fmt: skip
LINE_MARKUP = " \t#*_>-•"


def _load(split: str) -> dict[str, Any]:
    return json.loads((DOCUMENTS / f"{split}.json").read_text(encoding="utf-8"))


ANNOTATIONS = {split: _load(split) for split in SPLITS}
DOCS = [(split, doc) for split in SPLITS for doc in ANNOTATIONS[split]["documents"]]
DOC_IDS = [doc["file"] for _, doc in DOCS]


class _HtmlText(HTMLParser):
    """The text of an HTML page, a line per block element, scripts and styles dropped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"script", "style"}:
            self._skipping += 1
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")
        srcdoc = dict(attrs).get("srcdoc") if tag == "iframe" else None
        if srcdoc:  # a frame's own page, written into its srcdoc, is shown where the frame is
            frame = _HtmlText()
            frame.feed(srcdoc)
            self.parts.extend(["\n", *frame.parts, "\n"])

    def handle_endtag(self, tag: str) -> None:
        if tag in {"script", "style"}:
            self._skipping = max(0, self._skipping - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def _docx_text(path: Path, part: str = "word/document.xml") -> str:
    """The paragraphs of one part of a Word file (its body by default), a line each."""
    with zipfile.ZipFile(path) as archive:
        xml = archive.read(part).decode("utf-8")
    xml = xml.replace("<w:tab/>", "<w:t> </w:t>")  # Word shows a tab as a space between words
    paragraphs = re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.DOTALL)
    return "\n".join(
        html.unescape("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", paragraph)))
        for paragraph in paragraphs
    )


def _docx_running_text(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        parts = [
            name
            for name in archive.namelist()
            if re.fullmatch(r"word/(header|footer)\d*\.xml", name)
        ]
    return "\n".join(_docx_text(path, part) for part in parts)


def _docx_note_texts(path: Path) -> list[str]:
    """The footnotes and endnotes of a Word file, each part's paragraphs a line each."""
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
    return [
        _docx_text(path, part)
        for part in ("word/footnotes.xml", "word/endnotes.xml")
        if part in names
    ]


def _docx_hidden_text(path: Path) -> str:
    """What a Word file holds but does not show in its body: tracked deletions, field codes,
    comments."""
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
        names = archive.namelist()
        comments = (
            archive.read("word/comments.xml").decode("utf-8")
            if "word/comments.xml" in names
            else ""
        )
    hidden = re.findall(r"<w:(?:delText|instrText)(?: [^>]*)?>([^<]*)</w:", xml)
    hidden += re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", comments)
    return "\n".join(html.unescape(text) for text in hidden)


@functools.lru_cache(maxsize=4)
def _source_text(path: Path) -> str:
    """The text a reader sees in a case document; for PDF, its build source's text."""
    fmt = FORMAT_OF_SUFFIX[path.suffix]
    if fmt == "html":
        parser = _HtmlText()
        parser.feed(path.read_text(encoding="utf-8"))
        return "".join(parser.parts)
    if fmt == "docx":  # the body and its notes, read where their marks stand (decision 0087)
        return "\n".join([_docx_text(path), *_docx_note_texts(path)])
    if fmt == "pdf":
        return _build_source(path).read_text(encoding="utf-8")
    text = path.read_text(encoding="utf-8")
    # HTML block lines, and headings or quotes that open with a tag (pandoc's Word bookmark
    # spans, "# <span id=…></span>Words"), show their words, not their tags (decision 0150)
    if fmt == "markdown":
        text = "\n".join(
            _TAG.sub("", line) if line.lstrip(" #>").startswith("<") else line
            for line in text.split("\n")
        )
    return text


_TAG = re.compile(r"</?[A-Za-z][^<>]*>")


def _build_source(path: Path) -> Path:
    return path.with_name(path.name + ".md")


ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


LIGATURES = {code: unicodedata.normalize("NFKC", chr(code)) for code in range(0xFB00, 0xFB07)}
"""A PDF viewer's copy keeps "ﬁ" and "ﬂ"; the reader writes them out as letters (decision 0449)."""


def _collapse(text: str) -> str:
    # zero-width spaces (an intranet editor's) are seen by no reader
    return " ".join(text.replace("\u00a0", " ").translate(ZERO_WIDTH).translate(LIGATURES).split())


HARD_WRAP_COLUMNS = 80
LIST_OR_HEADING = re.compile(r"([#*>\-\u2022]|\d+(\.\d+)*[.)]? |\([a-z0-9]+\) )")
# A short capital-led line with no stop: a heading in a PDF copy that kept no blank lines.
SHORT_HEADING_LINE = re.compile(r"[A-Z][^.;:!?]{0,58}")


TRAIL_ARROW = re.compile(r"\s[>\u203a\u00bb]\s")
TITLE_RUN_ONTO_TRAIL = re.compile(r"(?:(?<=[a-z]{2})|(?<=[0-9)]))(?=[A-Z][a-z'\u2019])")
"""A page heading run onto the breadcrumb trail above it, with no space ("Home » Procedures »
Part 1: General policiesChildren's Services ..."): on a line holding a trail's arrow, the title
opens where the last step's word and the title's first touch (blind329)."""
CHAT_STAMP = re.compile(
    r"^\[?\d{1,2}/\d{1,2}/\d{2,4},? \d{1,2}:\d{2}(?::\d{2})?\]?(?: -)? [^:\n]{1,60}: ", re.MULTILINE
)
"""A chat export's stamp before a message ("[04/03/2026, 10:02:48] Sam Lee: "): the message
opens a block after it, as a chapter pasted into a chat opens there (blind404, decision 0594)."""
RUN_ON_HEADING = re.compile(
    r"[.;:!?](?=\d+(\.\d+)*\.? \S|[A-Z][a-z']*( [A-Za-z']+){0,7}\n"
    r"|[A-Z][a-z]+( [a-z]+){0,2}: ?[^\n]*\d\d\n)"
    r"|(?<=[a-z])[.!?](?=[A-Z]([a-z]| [A-Z]))"
)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t")) if line.strip() else 0


def _line_starts(text: str, width: int) -> list[str]:
    """The text from each place a block may open, leading markup removed, spaces collapsed, and
    cut to its first `width` characters (what a `startswith` of `width` characters or fewer can
    look at; collapsing every opening to the end of the text read a long document's text once a
    line).

    A block opens at a line; in a hard-wrapped text only after a blank line or with list or
    heading markup, or as a short capital-led line with no stop (an un-numbered heading in a PDF
    copy that kept no blank lines), or indented further than the line before it (a paragraph's
    first-line indent where no blank lines part the paragraphs). A heading run onto the sentence
    before it in a page copied as text ("...Safeguard Children.1. Introduction", "...to help
    plan.Our values" ending its line) opens one too, and so does a dated field run onto the last
    sentence ("...and why.Last updated: 14 March 2025"). Text copied from a PDF may run a
    heading onto the sentence before it and the section's first sentence onto the heading
    ("...best interests.Our Promise to Care Leavers The council will..."): a sentence's stop
    between a lower-case letter and, with no space, a capital-led word (or "A" and a capital
    word: "...independently.A Shared Responsibility") opens a block wherever the line goes on.
    """
    lines = text.split("\n")
    hard_wrapped = all(len(line) <= HARD_WRAP_COLUMNS for line in lines)
    widest = max(map(len, lines), default=0)
    offsets: list[int] = []
    offset = 0
    for index, line in enumerate(lines):
        if (
            not hard_wrapped
            or index == 0
            or not lines[index - 1].strip()
            or LIST_OR_HEADING.match(line.strip()) is not None
            or SHORT_HEADING_LINE.fullmatch(line.strip()) is not None
            or _indent(line) > _indent(lines[index - 1])
            or _broken_by_the_author(lines[index - 1], line, widest)
        ):
            offsets.append(offset)
        offset += len(line) + 1
    offsets.extend(match.end() for match in RUN_ON_HEADING.finditer(text))
    offsets.extend(match.end() for match in CHAT_STAMP.finditer(text))
    line_start = 0
    for line in lines:
        if TRAIL_ARROW.search(line) is not None:
            offsets.extend(line_start + m.start() for m in TITLE_RUN_ONTO_TRAIL.finditer(line))
        line_start += len(line) + 1
    return [_opening(text, start, width) for start in sorted(offsets)]


def _broken_by_the_author(above: str, line: str, widest: int) -> bool:
    """In hard-wrapped text, a line opens a block where the line above ends a sentence that the
    line's first word would have fitted after within the text's widest line: the wrapping did
    not break there, the author did (blind362, decision 0533)."""
    words = line.split()
    above = above.rstrip()
    return (
        bool(words) and above.endswith((".", "!", "?")) and len(above) + 1 + len(words[0]) <= widest
    )


def _opening(text: str, start: int, width: int) -> str:
    """`_collapse(text[start:].lstrip(LINE_MARKUP))[:width]`, collapsing no more of the text than
    it needs: a stretch's collapsed text is the start of the whole rest's (a word cut at the
    stretch's end is the start of that word, a space dropped there comes back before the next
    word), so a stretch that gives `width` characters gives the same ones."""
    end = start + 2 * width + 64
    while True:
        opening = _collapse(text[start:end].lstrip(LINE_MARKUP))
        if len(opening) >= width or end >= len(text):
            return opening[:width]
        end = start + 2 * (end - start)


def _norm(text: str | None) -> str:
    return re.sub(r"[^a-z0-9]", "", (text or "").lower())


def test_every_split_has_documents_and_the_chapter() -> None:
    for split in SPLITS:
        assert ANNOTATIONS[split]["documents"], f"{split}.json has no documents"
        assert (
            ANNOTATIONS[split]["chapter"]["slug"]
            == "childrens-services-policies-values-and-principles"
        )


def test_the_splits_are_disjoint_and_cover_every_document() -> None:
    annotated: set[str] = set()
    for split in SPLITS:
        files = [doc["file"] for doc in ANNOTATIONS[split]["documents"]]
        assert len(set(files)) == len(files), f"a file is annotated twice in {split}"
        assert not set(files) & annotated, (
            f"{split} and annotated elsewhere: {set(files) & annotated}"
        )
        annotated |= set(files)
    on_disk = {
        path.name
        for path in DOCUMENTS.iterdir()
        if path.suffix in FORMAT_OF_SUFFIX and not path.name.endswith((".docx.md", ".pdf.md"))
    }
    assert on_disk == annotated, f"unannotated: {sorted(on_disk - annotated)}"


def document_exists_in_its_declared_format(split: str, doc: dict[str, Any]) -> None:
    path = DOCUMENTS / doc["file"]
    assert path.is_file(), f"{split}.json names {doc['file']}, which does not exist"
    assert FORMAT_OF_SUFFIX[path.suffix] == doc["source_format"]
    assert doc["authority"]["slug"] and doc["authority"]["name"]
    if doc["source_format"] in BINARY_FORMATS:
        assert _build_source(path).is_file(), f"{doc['file']} has no build source"


def sections_have_known_kinds_and_occur_in_order_at_line_starts(
    split: str, doc: dict[str, Any]
) -> None:
    kinds = {kind.slug for kind in get_family().kinds} | {"title", "other"}
    wants = [_collapse(section["starts_with"]).lstrip(LINE_MARKUP) for section in doc["sections"]]
    starts = _line_starts(_source_text(DOCUMENTS / doc["file"]), max(map(len, wants), default=1))
    position = -1
    for section, want in zip(doc["sections"], wants, strict=True):
        assert section["kind"] in kinds, f"unknown kind {section['kind']!r}"
        assert want, "empty starts_with"
        if section["heading"] is not None:
            assert _norm(section["starts_with"]).startswith(_norm(section["heading"])[:40])
        later = [
            i for i, rest in enumerate(starts) if i > position and rest and rest.startswith(want)
        ]
        if section.get("made_by_maker") and not later:
            continue  # a contents list or a heading number the maker draws, not in the source
        assert later, f"{section['kind']}: no line after the previous section starts {want!r}"
        position = later[0]
    assert doc["sections"][0]["kind"] == "title" or all(
        s["kind"] != "title" for s in doc["sections"]
    )


def chrome_to_exclude_is_in_the_document_and_checkable(split: str, doc: dict[str, Any]) -> None:
    text = _collapse(_source_text(DOCUMENTS / doc["file"]))
    if doc["source_format"] == "pdf":
        return  # running headers and footers are drawn by the build script, not in the source
    for chrome in doc.get("must_not_contain", []):
        # eval_parse.py looks for these in JSON with non-ASCII escaped: only ASCII can be found
        assert chrome.isascii() and '"' not in chrome and "\\" not in chrome, chrome
        if doc["source_format"] == "docx":  # a Word file's running header and footer
            assert chrome not in text, f"{chrome!r} is in the body of {doc['file']}"
            hidden = _docx_running_text(DOCUMENTS / doc["file"]) + _docx_hidden_text(
                DOCUMENTS / doc["file"]
            )
            assert chrome in _collapse(hidden), chrome
        else:
            assert chrome in text, f"{chrome!r} is not in {doc['file']}"


def facts_have_every_key_and_well_typed_values(split: str, doc: dict[str, Any]) -> None:
    facts = doc["facts"]
    assert set(facts) == FACT_KEYS
    assert facts["amendment_date"] is None or re.fullmatch(
        r"\d{4}(-\d{2}(-\d{2})?)?", facts["amendment_date"]
    )  # a year alone where the chapter states only the year ("reviewed in 2023", decision 0015)
    assert facts["last_updated"] is None or re.fullmatch(
        r"\d{4}-\d{2}-\d{2}", facts["last_updated"]
    )
    assert facts["version_label"] is None or isinstance(facts["version_label"], str)
    age = facts["leaving_care_support_age"]
    if age is not None:
        assert isinstance(age["age"], int) and 16 <= age["age"] <= 30
        for extension in age["extended"]:
            assert extension["age"] > age["age"] and extension["condition"]
    months = facts["permanence_plan_months"]
    assert months is None or (isinstance(months, int) and months > 0)
    assert isinstance(facts["corporate_parenting_principles"], int)
    assert isinstance(facts["legislation_count"], int) and facts["legislation_count"] >= 0
    assert all(isinstance(name, str) and name for name in facts["named_models"])
    assert facts["looked_after_term"] is None or facts["looked_after_term"] in LOOKED_AFTER_TERMS


DOCUMENT_CHECKS = (
    document_exists_in_its_declared_format,
    sections_have_known_kinds_and_occur_in_order_at_line_starts,
    chrome_to_exclude_is_in_the_document_and_checkable,
    facts_have_every_key_and_well_typed_values,
)
"""What each document's annotations must satisfy. They run in one test per document: as four
tests each, pytest's own work per test was four fifths of the file's time (decision 0459)."""


@pytest.mark.parametrize(("split", "doc"), DOCS, ids=DOC_IDS)
def test_the_annotations_hold_for_the_document(split: str, doc: dict[str, Any]) -> None:
    """Every check runs, whatever an earlier one found; the failure names each failing check
    with its own message, under the document's file and set."""
    failures: list[str] = []
    for check in DOCUMENT_CHECKS:
        try:
            check(split, doc)
        except Exception as error:  # every check's failure is reported, not only the first
            failures.append(f"{check.__name__}: {type(error).__name__}: {error}")
    assert not failures, f"{doc['file']} ({split}.json):\n" + "\n\n".join(failures)


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(" \t\n\u00a0\u200b#*_>-\u2022ab."), max_size=300),
    st.integers(min_value=0, max_value=300),
    st.integers(min_value=1, max_value=120),
)
def test_an_opening_is_the_start_of_the_whole_rest_collapsed(text: str, start: int, width: int):
    start = min(start, len(text))
    assert _opening(text, start, width) == _collapse(text[start:].lstrip(LINE_MARKUP))[:width]
