"""read_source and read_source_file: the contract every upload path relies on."""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import EmptySource, InvalidSource, SourceTooLarge, SourceUnreadable
from app.ingest import DEFAULT_MAX_BYTES, read_source, read_source_file
from app.ingest.html_render import load_chrome_cues
from app.ingest.printed_text import unprint_pages
from app.ingest.web_text import strip_edge_chrome
from app.text import normalize_text


def test_the_source_keeps_its_bytes_hash_name_and_normalised_text() -> None:
    data = b"Our Values\r\n\r\nWe listen\xc2\xa0to children.  \r\n"
    source = read_source(data, "values.txt")
    assert source.data == data
    assert source.sha256 == hashlib.sha256(data).hexdigest()
    assert source.filename == "values.txt"
    assert (source.source_format, source.text_syntax, source.encoding) == ("text", "plain", "utf-8")
    assert source.text == "Our Values\n\nWe listen to children.\n"


def test_the_default_bound_is_two_mebibytes() -> None:
    assert DEFAULT_MAX_BYTES == 2 * 1024 * 1024


def test_an_empty_file_is_refused() -> None:
    with pytest.raises(EmptySource, match=r"the file is empty .* To fix"):
        read_source(b"", "chapter.txt")


@pytest.mark.parametrize("data", [b" \n\t\r\n", "\u00a0\u200b\n".encode(), "  \n".encode("utf-16")])
def test_a_file_of_whitespace_only_is_refused(data: bytes) -> None:
    with pytest.raises(EmptySource, match="only whitespace"):
        read_source(data, "chapter.txt")


def test_bytes_over_the_bound_are_refused_before_decoding() -> None:
    with pytest.raises(SourceTooLarge, match="is 11 bytes, over the upload limit of 10 bytes"):
        read_source(b"\x89PNG.......", "chapter.txt", max_bytes=10)


def test_a_file_over_the_bound_is_refused_from_its_size_without_being_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as stream:
        stream.truncate(8 * 1024**3)  # sparse: 8 GiB on paper, nothing on disk
    opened: list[Path] = []
    original_open = Path.open

    def spy_open(self: Path, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        opened.append(self)
        return original_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", spy_open)
    started = time.process_time()
    with pytest.raises(SourceTooLarge, match="8,589,934,592 bytes, over the upload limit of 1,024"):
        read_source_file(huge, max_bytes=1024)
    assert time.process_time() - started < 1
    assert opened == []


def test_a_file_within_the_bound_is_read(tmp_path: Path) -> None:
    path = tmp_path / "values.md"
    path.write_bytes(b"## Our Values\n\nWe listen.\n")
    source = read_source_file(path)
    assert (source.filename, source.source_format) == ("values.md", "markdown")


@pytest.mark.parametrize("make", [lambda p: p / "missing.txt", lambda p: p])
def test_a_missing_file_or_a_folder_is_refused_clearly(tmp_path: Path, make) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(
        SourceUnreadable, match=r"could not be read: .* To fix: check that the path"
    ):
        read_source_file(make(tmp_path))


def test_a_hundred_thousand_one_character_lines_are_read_in_linear_time() -> None:
    data = b"a\n" * 100_000
    started = time.process_time()
    source = read_source(data, "lines.txt")
    elapsed = time.process_time() - started
    assert source.text == data.decode()
    assert source.source_format == "text"
    assert elapsed < 5, f"took {elapsed:.2f}s"  # generous: quadratic time would take minutes


def test_twenty_thousand_html_paragraphs_are_rendered_in_linear_time() -> None:
    data = b"<html><body>" + b"<p>a</p>\n" * 20_000 + b"</body></html>"
    started = time.process_time()
    source = read_source(data, "page.html")
    elapsed = time.process_time() - started
    assert source.text == "a\n\n" * 19_999 + "a\n"
    assert elapsed < 10, f"took {elapsed:.2f}s"  # generous: quadratic time would take minutes


_ALLOWED = (InvalidSource, SourceTooLarge)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=600), filename=st.sampled_from(["", "a.txt", "a.md", "a.html"]))
def test_arbitrary_bytes_give_a_source_or_a_domain_error(data: bytes, filename: str) -> None:
    try:
        source = read_source(data, filename, max_bytes=500)
    except _ALLOWED:
        return
    assert source.text.strip()
    assert normalize_text(source.text) == source.text


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_text_gives_its_normalised_self_or_a_domain_error(text: str) -> None:
    try:
        source = read_source(text.encode("utf-8"), "chapter.txt")
    except _ALLOWED:
        return
    assert "\r" not in source.text and "\x00" not in source.text
    if source.source_format == "text" and "\x00" not in text:
        # With NULs, the bytes may be read as UTF-16 without a BOM, a legitimate reading.
        # Chrome lines leading or trailing a page copied as text are left out (web_text), and
        # a text with form feeds is read as printed pages (printed_text, decision 0070).
        assert source.text == strip_edge_chrome(
            normalize_text(unprint_pages(text)), load_chrome_cues()
        )


_TAGS = st.sampled_from(
    ["p", "div", "h1", "h2", "h3", "ul", "ol", "li", "table", "tr", "td", "th", "br", "pre",
     "a", "span", "strong", "script", "style", "iframe", "nav", "header", "footer", "main",
     "article", "blockquote", "caption", "section", "template", "svg", "noscript"]
)  # fmt: skip
_ATTRIBUTES = st.sampled_from(
    ["", ' class="nav"', ' id="content"', ' role="main"', ' hidden', ' class="cookie-banner"',
     ' start="3"', ' value="x"', ' style="display:none"', ' class="with-sidebar"']
)  # fmt: skip
_HTML_PIECES = st.one_of(
    st.builds(lambda tag, attributes: f"<{tag}{attributes}>", _TAGS, _ATTRIBUTES),
    st.builds(lambda tag: f"</{tag}>", _TAGS),
    st.sampled_from(["&amp;", "&nbsp;", "&rsquo;", "&#0;", "&bogus;", "<!-- c -->", "<", "\n"]),
    st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=12),
)
_HTML = st.lists(_HTML_PIECES, max_size=60).map(lambda parts: "<html><body>" + "".join(parts))


@settings(max_examples=100, deadline=None)
@given(_HTML)
def test_arbitrary_html_gives_normalised_text_or_a_domain_error(html: str) -> None:
    try:
        source = read_source(html.encode("utf-8"), "page.html")
    except _ALLOWED:
        return
    assert source.source_format == "html"
    assert normalize_text(source.text) == source.text
    assert source.text.endswith("\n")


_HIDDEN_MARKER = "\U000f0000hidden-content\U000f0001"
"""Private-use characters bracket it, so generated HTML cannot spell it by chance."""


@settings(max_examples=50, deadline=None)
@given(_HTML, st.sampled_from(["script", "style", "iframe", "template", "noscript", "svg"]))
def test_script_and_embedded_content_never_reaches_the_text(html: str, tag: str) -> None:
    # Close whatever the generated part left open (a quote, a tag, `<?` or `<!--`), so the
    # marker sits inside a real element: in `<?<script>…`, the parser rightly shows it as text.
    reset = "'\">-->"
    hidden = f"<{tag}>{_HIDDEN_MARKER}</{tag}>"
    page = f"{html}{reset}{hidden}<p>kept</p>{hidden}"
    try:
        source = read_source(page.encode("utf-8"), "page.html")
    except _ALLOWED:
        return
    assert _HIDDEN_MARKER not in source.text
