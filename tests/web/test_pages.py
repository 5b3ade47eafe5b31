"""Every page through the app, asserted on its DOM (never on substrings of the HTML)."""

from __future__ import annotations

import itertools
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup, Tag
from fastapi.testclient import TestClient
from httpx import Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.config import Settings
from app.families import DEFAULT_FAMILY
from app.main import create_app
from app.store import Version
from app.store.models import Section as StoredSection
from tests.documents import WORD_MEDIA_TYPE, new_word, word_bytes
from tests.web.conftest import Soup
from tests.web.signing import sign_in

CHAPTER = "childrens-services-policies-values-and-principles"


def _text(node: Tag | None) -> str:
    assert node is not None
    return " ".join(node.get_text(" ").split())


def link(node: Tag | BeautifulSoup, text: str) -> Tag | None:
    """The first link whose visible and hidden text starts with `text`."""
    for anchor in node.find_all("a"):
        if _text(anchor).startswith(text):
            return anchor
    return None


def assert_page_frame(page: BeautifulSoup) -> None:
    """Landmarks, skip link, language, labelled controls: what every page must have."""
    html = page.find("html")
    assert isinstance(html, Tag) and html.get("lang") == "en"
    assert page.title is not None and page.title.get_text(strip=True)
    assert len(page.find_all("main")) == 1
    main = page.find("main")
    assert isinstance(main, Tag) and main.get("id") == "main"
    assert page.find("header") is not None and page.find("footer") is not None
    assert page.find("nav", attrs={"aria-label": "Main"}) is not None
    skips = [link.get("href") for link in page.find_all("a", class_="skip-link")]
    assert "#main" in skips, "every page skips to its main content"
    assert len(page.find_all("h1")) == 1
    for control in page.find_all(["input", "select", "textarea"]):
        if control.get("type") in ("hidden", "submit"):
            continue
        control_id = control.get("id")
        assert control_id, f"control without id: {control}"
        assert page.find("label", attrs={"for": control_id}) is not None, f"no label: {control}"
    ids = [node["id"] for node in page.find_all(id=True)]
    assert len(ids) == len(set(ids)), "duplicate ids"


def json_twin(page: BeautifulSoup) -> str:
    """The page's JSON alternate: a <link rel=alternate> and a visible link to the same URL."""
    link = page.find("link", attrs={"rel": "alternate", "type": "application/json"})
    assert isinstance(link, Tag)
    href = str(link["href"])
    assert href.startswith("/api/v1/")
    assert page.find("a", attrs={"href": href}) is not None
    return href


def assert_json_twin_answers(client: TestClient, page: BeautifulSoup) -> None:
    response = client.get(json_twin(page))
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/json")


# --- Overview ----------------------------------------------------------------------------------


def test_overview_lists_each_authority_with_key_facts_and_marks_divergences(
    client: TestClient, soup: Soup, versions: list[Version]
) -> None:
    page = soup(client.get("/"))
    assert_page_frame(page)
    assert_json_twin_answers(client, page)
    table = page.find("table", class_="fact-matrix")
    assert isinstance(table, Tag)
    headers = [_text(th) for th in table.select("thead th")]
    assert any(header.startswith("Leaving-care support age") for header in headers)
    assert any(header.startswith("Permanence plan") for header in headers)
    assert any(header.startswith("Corporate parenting principles") for header in headers)
    authorities = {
        version.authority.name for version in versions if version.chapter.slug == DEFAULT_FAMILY
    }
    row_names = {_text(th.find("a")) for th in table.select("tbody th[scope=row]")}
    assert row_names == authorities
    divergent = table.select("td.divergent")
    assert divergent, "the seeds disagree on leaving-care age: some cell must be marked"
    for cell in divergent:
        badge = cell.find(class_="badge-differs")
        assert badge is not None and _text(badge) == "differs"


def test_overview_labels_the_sample_authorities(
    client: TestClient, soup: Soup, versions: list[Version]
) -> None:
    page = soup(client.get("/"))
    sample_rows = [
        row for row in page.select("table.fact-matrix tbody tr") if row.find(class_="badge-sample")
    ]
    samples = {(v.authority.slug, v.chapter.slug) for v in versions if v.authority.is_sample}
    assert len(sample_rows) == len(samples) == 4  # one children's policies, three complaints
    assert {_text(row.find(class_="badge-sample")) for row in sample_rows} == {"sample data"}


# --- Timeline ----------------------------------------------------------------------------------


def test_timeline_lists_versions_newest_first_with_compare_with_previous(
    client: TestClient, soup: Soup, sample_timeline: list[Version]
) -> None:
    slug = sample_timeline[0].authority.slug
    page = soup(client.get(f"/authorities/{slug}/chapters/{CHAPTER}"))
    assert_page_frame(page)
    assert_json_twin_answers(client, page)
    entries = page.select("ol.timeline > li")
    assert [entry["id"] for entry in entries] == [
        f"version-{version.id}" for version in reversed(sample_timeline)
    ]
    for entry, (older, newer) in zip(
        entries, reversed(list(itertools.pairwise(sample_timeline))), strict=False
    ):
        found = link(entry, "Compare with previous")
        assert isinstance(found, Tag)
        query = parse_qs(urlsplit(str(found["href"])).query)
        assert query == {"left": [str(older.id)], "right": [str(newer.id)]}
    oldest = entries[-1]
    assert link(oldest, "Compare with") is None
    assert page.find(class_="badge-sample") is not None


def test_timeline_says_what_each_revision_changed(
    client: TestClient, soup: Soup, sample_timeline: list[Version]
) -> None:
    first = sample_timeline[0]
    page = soup(client.get(f"/authorities/{first.authority.slug}/chapters/{first.chapter.slug}"))
    entries = page.select("ol.timeline > li")
    lines = [_text(entry.find(class_="revision-summary")) for entry in entries]
    assert lines[-1] == "The first version stored."
    for line in lines[:-1]:
        assert "Leaving-care support age" in line, line
        assert re.search(r"\+\d+ \u2212\d+ words\.$", line), line
        assert "Amendment date" not in line


def test_timeline_of_unknown_authority_is_a_404_page(client: TestClient, soup: Soup) -> None:
    response = client.get(f"/authorities/nowhere/chapters/{CHAPTER}")
    assert response.status_code == 404
    page = soup(response)
    assert_page_frame(page)
    assert _text(page.find("h1")) == "Page not found"


# --- Version -----------------------------------------------------------------------------------


def test_version_page_outlines_sections_and_links_each_fact_to_its_highlight(
    client: TestClient, soup: Soup, versions: list[Version]
) -> None:
    version = versions[-1]
    page = soup(client.get(f"/versions/{version.id}"))
    assert_page_frame(page)
    assert_json_twin_answers(client, page)
    outline = page.select("nav.outline li")
    sections = page.select("section.version-text > section[id^=section-]")
    assert outline and len(outline) == len(sections)
    for item in outline:
        target = str(item.find("a")["href"]).removeprefix("#")
        assert page.find(id=target) is not None
        assert item.find(class_="kind") is not None
    assert page.select_one("nav.outline ol") is None, "headings carry their own numbers"
    labels = [_text(h3) for h3 in page.select("section.version-text h3")]
    assert len(labels) == len(sections)
    for section, label in zip(sections, labels, strict=True):
        body = "".join(node.get_text() for node in section.select(".source-text > :not(h3)"))
        body += "".join(section.select_one(".source-text").find_all(string=True, recursive=False))
        assert not body.lstrip().startswith(label), f"heading shown twice: {label}"
    evidence_links = page.select("table.facts a[href^='#fact-']")
    assert evidence_links, "the seeds state facts with evidence"
    headings = {_text(item.find("a")) for item in outline}
    named = [link for link in evidence_links if not _text(link).split()[-1].isdigit()]
    assert named and all(any(heading in _text(link) for heading in headings) for link in named), (
        "evidence links are named by their section"
    )
    for link in evidence_links:
        mark = page.find(id=str(link["href"]).removeprefix("#"))
        assert mark is not None
        assert mark.name == "mark" or mark.find_next("mark") is not None
    rebuilt = "".join(node.get_text() for node in page.select(".source-text"))
    assert rebuilt.replace("\n", "").replace(" ", "") == version.text.replace("\n", "").replace(
        " ", ""
    )


def test_version_page_links_the_original_source_and_shows_metadata(
    client: TestClient, soup: Soup, versions: list[Version]
) -> None:
    version = versions[0]
    page = soup(client.get(f"/versions/{version.id}"))
    source = page.find("a", attrs={"href": f"/api/v1/versions/{version.id}/source"})
    assert source is not None
    assert client.get(str(source["href"])).content == version.data
    terms = {_text(dt): _text(dt.find_next_sibling("dd")) for dt in page.select("dl.meta dt")}
    assert terms["SHA-256"] == version.sha256
    assert terms["Version id"] == str(version.id)


def test_unknown_version_is_a_404_page_not_a_trace(client: TestClient, soup: Soup) -> None:
    response = client.get("/versions/999999")
    assert response.status_code == 404
    page = soup(response)
    assert_page_frame(page)
    assert page.find(string=lambda text: bool(text and "Traceback" in text)) is None


def test_non_numeric_version_id_is_a_422_page(client: TestClient, soup: Soup) -> None:
    response = client.get("/versions/abc")
    assert response.status_code == 422
    assert_page_frame(soup(response))


# --- Compare -----------------------------------------------------------------------------------


def _compare(client: TestClient, soup: Soup, left: int, right: int, **params: str) -> BeautifulSoup:
    response = client.get("/compare", params={"left": left, "right": right, **params})
    assert response.status_code == 200, response.text
    return soup(response)


def test_compare_shows_summary_first_then_an_aligned_side_by_side_table(
    client: TestClient, soup: Soup, sample_timeline: list[Version]
) -> None:
    left, right = sample_timeline[0], sample_timeline[-1]
    page = _compare(client, soup, left.id, right.id)
    assert_page_frame(page)
    assert_json_twin_answers(client, page)
    headings = [_text(h2) for h2 in page.select("main h2")]
    assert headings.index("Summary") < headings.index("Side-by-side comparison")
    counts = {_text(item) for item in page.select("ul.summary-grid li")}
    assert any(
        text.endswith("changed sections") or text.endswith("changed section") for text in counts
    )
    table = page.find("table", class_="diff")
    assert isinstance(table, Tag)
    assert table.find("caption") is not None
    assert [th.get("scope") for th in table.select("thead th")] == ["col", "col", "col"]
    block_rows = table.select("tbody tr[id^=b]")
    assert block_rows
    for row in block_rows:
        assert row.find("th", attrs={"scope": "row"}) is not None
        assert len(row.find_all("td", recursive=False)) == 2
    assert table.find("ins") is not None and table.find("del") is not None
    for ins in table.find_all("ins"):
        assert ins.find_parent("td", class_="right") is not None
    for deletion in table.find_all("del"):
        assert deletion.find_parent("td", class_="left") is not None


def test_compare_lists_fact_divergences_with_both_values_and_evidence_links(
    client: TestClient, soup: Soup, sample_timeline: list[Version]
) -> None:
    left, right = sample_timeline[0], sample_timeline[-1]
    page = _compare(client, soup, left.id, right.id)
    rows = page.select("table.divergences tbody tr")
    assert rows, "the sample's revisions change facts"
    labels = {_text(row.find("th")) for row in rows}
    assert "Leaving-care support age" in labels
    for row in rows:
        left_cell, right_cell = row.find_all("td")
        assert _text(left_cell.find(class_="value")) != _text(right_cell.find(class_="value"))
        for cell, version in ((left_cell, left), (right_cell, right)):
            link = cell.find("a")
            if link is not None:
                assert str(link["href"]).startswith(f"/versions/{version.id}#fact-")


def test_compare_next_and_previous_change_links_point_at_changes(
    client: TestClient, soup: Soup, sample_timeline: list[Version]
) -> None:
    page = _compare(client, soup, sample_timeline[0].id, sample_timeline[1].id)
    changes = page.select("[data-change]")
    assert len(changes) >= 2
    first = link(page, "Go to the first change")
    assert isinstance(first, Tag) and first["href"] == f"#{changes[0]['id']}"
    for before, after in itertools.pairwise(changes):
        following = link(before, "Next change")
        preceding = link(after, "Previous change")
        assert following is not None and following["href"] == f"#{after['id']}"
        assert preceding is not None and preceding["href"] == f"#{before['id']}"
    assert link(changes[-1], "Next change") is None


def test_compare_changes_only_folds_unchanged_blocks_behind_details(
    client: TestClient, soup: Soup, sample_timeline: list[Version]
) -> None:
    left, right = sample_timeline[0].id, sample_timeline[1].id
    full = _compare(client, soup, left, right)
    folded = _compare(client, soup, left, right, changes_only="1")
    unchanged_rows = full.select("table.diff tr.status-unchanged[id^=b]")
    runs = folded.select("details.unchanged-run")
    assert unchanged_rows and runs
    hidden = 0
    for run in runs:
        summary = _text(run.find("summary"))
        count = int(summary.split()[1])
        assert summary == f"Show {count} unchanged block{'s' if count != 1 else ''}"
        hidden += count
    assert hidden == len(unchanged_rows)
    assert folded.select("table.diff tr.status-unchanged[id^=b]") == []
    checkbox = folded.find("input", attrs={"name": "changes_only"})
    assert isinstance(checkbox, Tag) and checkbox.has_attr("checked")


def test_compare_moved_blocks_link_both_ways(
    client: TestClient, soup: Soup, sample_timeline: list[Version]
) -> None:
    moves = []
    for left, right in itertools.pairwise(sample_timeline):
        page = _compare(client, soup, left.id, right.id)
        moves.extend((page, row) for row in page.select("table.diff tr.origin"))
    assert moves, "the sample's revisions move paragraphs"
    for page, origin in moves:
        to_link = link(origin, "Moved to")
        assert to_link is not None
        target = page.find(id=str(to_link["href"]).removeprefix("#"))
        assert isinstance(target, Tag)
        back = link(target, "Moved from")
        assert back is not None and back["href"] == f"#{origin['id']}"


def test_compare_inline_view_marks_insertions_and_deletions_in_reading_order(
    client: TestClient, soup: Soup, sample_timeline: list[Version]
) -> None:
    page = _compare(client, soup, sample_timeline[0].id, sample_timeline[-1].id, view="inline")
    assert page.find("table", class_="diff") is None
    inline = page.find(class_="inline-diff")
    assert isinstance(inline, Tag)
    assert inline.find("ins") is not None and inline.find("del") is not None
    radio = page.find("input", attrs={"name": "view", "value": "inline"})
    assert isinstance(radio, Tag) and radio.has_attr("checked")


def test_compare_form_keeps_ignore_options_and_passes_them_to_the_json_twin(
    client: TestClient, soup: Soup, versions: list[Version]
) -> None:
    left, right = versions[0].id, versions[1].id
    page = _compare(client, soup, left, right, ignore_case="1", ignore_local_names="1")
    for name in ("ignore_case", "ignore_local_names"):
        box = page.find("input", attrs={"name": name, "type": "checkbox"})
        assert isinstance(box, Tag) and box.has_attr("checked")
    box = page.find("input", attrs={"name": "ignore_punctuation"})
    assert isinstance(box, Tag) and not box.has_attr("checked")
    query = parse_qs(urlsplit(json_twin(page)).query)
    assert query["ignore_case"] == ["1"] and query["ignore_local_names"] == ["1"]
    assert_json_twin_answers(client, page)


def test_compare_without_versions_shows_the_form(client: TestClient, soup: Soup) -> None:
    page = soup(client.get("/compare"))
    assert_page_frame(page)
    form = page.find("form", class_="compare-form")
    assert isinstance(form, Tag) and form.get("method") == "get"
    assert page.find("table", class_="diff") is None


def test_compare_with_a_bad_version_says_so_in_plain_words(client: TestClient, soup: Soup) -> None:
    response = client.get("/compare", params={"left": "x", "right": "1"})
    assert response.status_code == 422
    page = soup(response)
    alert = page.find(attrs={"role": "alert"})
    assert alert is not None and "left version" in _text(alert)


def test_redline_download_is_a_self_contained_attachment(
    client: TestClient, soup: Soup, sample_timeline: list[Version]
) -> None:
    left, right = sample_timeline[0].id, sample_timeline[-1].id
    response = client.get("/compare/redline", params={"left": left, "right": right})
    assert response.status_code == 200
    assert response.headers["content-disposition"].startswith("attachment;")
    page = soup(response)
    assert page.find("style") is not None and page.find("style").get_text().strip()
    assert page.find("link", attrs={"rel": "stylesheet"}) is None
    assert page.find("script") is None
    assert page.find("ins") is not None and page.find("del") is not None


# --- Matrix ------------------------------------------------------------------------------------


def test_matrix_marks_divergent_cells_and_links_each_to_its_evidence(
    client: TestClient, soup: Soup
) -> None:
    page = soup(client.get(f"/chapters/{CHAPTER}/matrix"))
    assert_page_frame(page)
    assert_json_twin_answers(client, page)
    table = page.find("table", class_="fact-matrix")
    assert isinstance(table, Tag)
    evidence = table.select("td a.value")
    assert evidence
    for link in evidence[:10]:
        path, _, anchor = str(link["href"]).partition("#")
        target = soup(client.get(path)).find(id=anchor)
        assert target is not None, link["href"]
    assert table.select("td.divergent .badge-differs")
    dates = table.select("td[data-label='Amendment date']")
    assert dates and not any("divergent" in (cell.get("class") or []) for cell in dates)


def test_matrix_heat_map_states_numbers_and_opens_comparisons(
    client: TestClient, soup: Soup
) -> None:
    baseline = client.get(f"/api/v1/chapters/{CHAPTER}/matrix").json()["rows"][0]["version_id"]
    page = soup(client.get(f"/chapters/{CHAPTER}/matrix", params={"baseline": baseline}))
    heat = page.find("table", class_="heatmap")
    assert isinstance(heat, Tag)
    cells = heat.select("tbody td")
    assert cells
    for cell in cells:
        assert _text(cell)
        link = cell.find("a")
        if link is not None:
            shown = _text(link)
            assert shown.split()[0].isdigit() or shown.startswith(
                ("not in the baseline", "no such section")
            ), shown
            assert str(link["href"]).startswith("/compare?")
            assert "#kind-" in str(link["href"]), "a heat cell opens its section's comparison"
    assert not any(_text(cell).startswith("0") for cell in heat.select("tbody td.heat-missing")), (
        "a section missing on one side is not a percentage"
    )


def test_matrix_as_of_a_date_before_every_version_is_empty(client: TestClient, soup: Soup) -> None:
    page = soup(client.get(f"/chapters/{CHAPTER}/matrix", params={"as_of": "1990-01-01"}))
    assert page.find("table", class_="fact-matrix") is None
    date_input = page.find("input", attrs={"name": "as_of"})
    assert isinstance(date_input, Tag) and date_input["value"] == "1990-01-01"


def test_matrix_with_a_malformed_date_is_a_422_page(client: TestClient, soup: Soup) -> None:
    response = client.get(f"/chapters/{CHAPTER}/matrix", params={"as_of": "May 2024"})
    assert response.status_code == 422
    assert_page_frame(soup(response))


# --- Search ------------------------------------------------------------------------------------


def test_search_highlights_matches_and_links_into_the_version_page(
    client: TestClient, soup: Soup
) -> None:
    page = soup(client.get("/search", params={"q": "corporate parenting"}))
    assert_page_frame(page)
    assert_json_twin_answers(client, page)
    results = page.select(".results li.result")
    assert results
    for result in results[:5]:
        marks = result.select(".snippet mark")
        assert marks
        assert all(_text(mark).lower().startswith(("corporate", "parent")) for mark in marks)
        path, _, anchor = str(result.find("a")["href"]).partition("#")
        assert soup(client.get(path)).find(id=anchor) is not None


def test_search_filters_by_authority_and_keeps_the_filter(
    client: TestClient, soup: Soup, versions: list[Version]
) -> None:
    authority = versions[0].authority
    page = soup(client.get("/search", params={"q": "children", "authority": authority.slug}))
    names = {_text(group.find("h3")) for group in page.select("section.result-group")}
    assert names == {authority.name}
    selected = page.select_one("select[name=authority] option[selected]")
    assert selected is not None and selected["value"] == authority.slug


def test_search_never_turns_query_text_into_markup(client: TestClient, soup: Soup) -> None:
    page = soup(client.get("/search", params={"q": "<b>children</b>"}))
    assert page.select(".results b") == []
    box = page.find("input", attrs={"name": "q"})
    assert isinstance(box, Tag) and box["value"] == "<b>children</b>"


# --- Upload ------------------------------------------------------------------------------------

HOSTILE = (
    "Children's Services Policies, Values and Principles\n\n"
    "1. Introduction\n\n"
    "In March 2025 this chapter was updated. <script>alert('x')</script> "
    "Care leavers are supported until they are 25.\n"
)


def test_upload_form_labels_every_control_and_asks_for_no_key_when_signed_in(
    client: TestClient, soup: Soup, token: str
) -> None:
    signed_out = soup(client.get("/upload"))
    assert_page_frame(signed_out)
    key = signed_out.find("input", attrs={"name": "token"})
    assert isinstance(key, Tag) and key["type"] == "password"
    sign_in(client, token)
    page = soup(client.get("/upload"))
    assert_page_frame(page)
    form = page.find("form", attrs={"action": "/upload"})
    assert isinstance(form, Tag)
    assert form["method"] == "post" and form["enctype"] == "multipart/form-data"
    assert form.find("input", attrs={"name": "token"}) is None
    assert form.find("input", attrs={"name": "file", "type": "file"}) is not None


def _upload(
    client: TestClient, csrf: str, data: dict[str, str], file: tuple[str, bytes, str]
) -> Response:
    return client.post(
        "/upload",
        data={"csrf_token": csrf, **data},
        files={"file": file},
        follow_redirects=False,
    )


def test_upload_lands_on_the_new_version_and_shows_script_as_text(
    client: TestClient, soup: Soup, token: str
) -> None:
    csrf = sign_in(client, token)
    response = _upload(
        client,
        csrf,
        {"authority": "hostile-borough", "chapter": CHAPTER},
        ("hostile.txt", HOSTILE.encode(), "text/plain"),
    )
    assert response.status_code == 303
    location = response.headers["location"]
    assert location.startswith("/versions/")
    page = soup(client.get(location))
    scripts = page.find_all("script")
    assert [str(script.get("src")).split("?")[0] for script in scripts] == ["/static/js/enhance.js"]
    text = "".join(node.get_text() for node in page.select(".source-text"))
    assert "<script>alert('x')</script>" in text
    status = page.find(attrs={"role": "status"})
    assert status is not None


def test_uploading_the_same_bytes_again_lands_on_the_existing_version(
    client: TestClient, soup: Soup, token: str
) -> None:
    csrf = sign_in(client, token)

    def upload() -> str:
        response = _upload(
            client,
            csrf,
            {"authority": "again-borough"},
            ("again.txt", HOSTILE.encode(), "text/plain"),
        )
        assert response.status_code == 303
        return response.headers["location"]

    first, second = upload(), upload()
    assert first.split("?")[0] == second.split("?")[0]
    assert "existing" in second


def test_the_upload_form_offers_word_and_pdf_files(
    client: TestClient, soup: Soup, token: str
) -> None:
    sign_in(client, token)
    page = soup(client.get("/upload"))
    file_input = page.find("input", attrs={"name": "file", "type": "file"})
    assert isinstance(file_input, Tag)
    accepted = str(file_input["accept"]).split(",")
    assert {".docx", ".pdf", "application/pdf", WORD_MEDIA_TYPE} <= set(accepted)
    assert "Word (.docx), PDF" in _text(page.find(id="file-hint"))


def test_a_word_upload_lands_on_its_version_page(
    client: TestClient, soup: Soup, token: str
) -> None:
    document = new_word(header="Running header")
    document.add_paragraph("Children's Services Policies, Values and Principles", style="Title")
    document.add_heading("Our Values", level=1)
    document.add_paragraph("We listen to children and act on what they tell us.")
    csrf = sign_in(client, token)
    response = _upload(
        client,
        csrf,
        {"authority": "word-borough"},
        ("values.docx", word_bytes(document), WORD_MEDIA_TYPE),
    )
    assert response.status_code == 303
    page = soup(client.get(response.headers["location"]))
    text = "".join(node.get_text() for node in page.select(".source-text"))
    assert "We listen to children" in text and "Running header" not in text
    assert "Source format" in page.get_text() and "docx ()" not in page.get_text()


@pytest.mark.parametrize(
    ("form", "file", "status", "field"),
    [
        ({"authority": ""}, b"Some text.", 422, "authority"),
        ({"authority": "+new", "authority_name": "!!!"}, b"Some text.", 422, "authority_name"),
        (
            {"authority": "+new", "authority_name": "Kept Borough"},
            b"\x00\x01\x02" * 100,
            None,
            "file",
        ),
        ({"authority": "Not A Slug!"}, b"Some text.", 422, "file"),
    ],
)
def test_a_refused_upload_explains_and_keeps_what_was_entered(
    client: TestClient,
    soup: Soup,
    token: str,
    form: dict[str, str],
    file: bytes,
    status: int | None,
    field: str,
) -> None:
    csrf = sign_in(client, token)
    data = {"source_url": "https://example.org/chapter", **form}
    response = _upload(client, csrf, data, ("upload.txt", file, "text/plain"))
    assert response.status_code >= 400
    if status is not None:
        assert response.status_code == status
    page = soup(response)
    assert_page_frame(page)
    alert = page.find(attrs={"role": "alert"})
    assert alert is not None and len(_text(alert)) > 20
    name = page.find("input", attrs={"name": "authority_name"})
    assert isinstance(name, Tag) and name["value"] == form.get("authority_name", "")
    chosen = page.select_one("select[name=authority] option[selected]")
    listed = [option["value"] for option in page.select("select[name=authority] option")]
    if form["authority"] in listed:
        assert chosen is not None and chosen["value"] == form["authority"]
    url = page.find("input", attrs={"name": "source_url"})
    assert isinstance(url, Tag) and url["value"] == "https://example.org/chapter"
    assert page.find("input", attrs={"name": "token"}) is None
    invalid = page.find(attrs={"aria-invalid": "true"})
    assert isinstance(invalid, Tag) and invalid["name"] == field


# --- Errors and assets -------------------------------------------------------------------------


def test_unknown_path_is_a_404_page(client: TestClient, soup: Soup) -> None:
    response = client.get("/no/such/page")
    assert response.status_code == 404
    page = soup(response)
    assert_page_frame(page)
    assert _text(page.find("h1")) == "Page not found"


def test_api_errors_stay_problem_json(client: TestClient) -> None:
    response = client.get("/api/v1/versions/999999")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/problem+json")


def test_css_and_js_of_a_page_stay_under_100_kb(
    client: TestClient, soup: Soup, sample_timeline: list[Version]
) -> None:
    page = _compare(client, soup, sample_timeline[0].id, sample_timeline[-1].id)
    assets = [str(link["href"]) for link in page.find_all("link", attrs={"rel": "stylesheet"})]
    assets += [str(script["src"]) for script in page.find_all("script", src=True)]
    sizes = [len(client.get(asset).content) for asset in assets]
    assert all(size > 0 for size in sizes)
    assert sum(sizes) <= 100 * 1024


def test_an_unexpected_error_is_a_500_page_without_internals(
    settings: Settings, corpus: None, soup: Soup
) -> None:
    app = create_app(settings.model_copy(update={"load_corpus_on_start": False}))

    @app.get("/boom")
    def boom() -> None:
        raise RuntimeError("secret internal detail")

    with TestClient(app, raise_server_exceptions=False) as test_client:
        response = test_client.get("/boom")
    assert response.status_code == 500
    page = soup(response)
    assert_page_frame(page)
    assert "secret internal detail" not in page.get_text()
    assert _text(page.find("h1")) == "Something went wrong on our side"


def test_matrix_links_the_similarity_grid_json(client: TestClient, soup: Soup) -> None:
    page = soup(client.get(f"/chapters/{CHAPTER}/matrix"))
    grid_json = link(page, "This grid as JSON")
    assert grid_json is not None
    response = client.get(str(grid_json["href"]))
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/json")


def test_version_page_marks_a_kind_the_model_was_unsure_of_for_an_editor_to_check(
    client: TestClient, soup: Soup, versions: list[Version], session: Session
) -> None:
    version = versions[0]
    unsure = session.scalars(
        select(StoredSection)
        .where(StoredSection.version_id == version.id)
        .order_by(StoredSection.ordinal)
        .offset(1)
    ).first()
    assert unsure is not None
    unsure.decided_by, unsure.confidence = "model", 0.41
    session.commit()
    page = soup(client.get(f"/versions/{version.id}"))
    marked = page.select("nav.outline li .badge-check")
    assert len(marked) == 1
    assert "41 % sure" in _text(page.find(id=f"section-{unsure.ordinal}"))
    api = client.get(f"/api/v1/versions/{version.id}/sections").json()
    found = api[unsure.ordinal] if isinstance(api, list) else api["items"][unsure.ordinal]
    assert (found["decided_by"], found["confidence"]) == ("model", 0.41)
