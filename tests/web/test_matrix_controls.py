"""The matrix page's sort and filter (a plain GET form) and its download links."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.web.conftest import Soup

MATRIX = "/chapters/childrens-services-policies-values-and-principles/matrix"


def _authorities(page) -> list[str]:  # type: ignore[no-untyped-def]
    table = page.select_one("table.fact-matrix")
    return [
        " ".join(row.th.a.get_text().split()) for row in table.select("tbody tr:not(.norm-row)")
    ]


def test_filtering_by_a_value_keeps_only_the_authorities_that_state_it(
    client: TestClient, soup: Soup
) -> None:
    page = soup(client.get(MATRIX, params={"fact": "leaving_care_support_age", "value": "25"}))

    assert sorted(_authorities(page)) == [
        "Derbyshire County Council",
        "London Borough of Merton",
        "Sample Borough Council (sample data)",
    ]
    assert page.select_one("#filter-value")["value"] == "25"
    links = [a["href"] for a in page.select("a[download]")]
    assert any("/facts?" in href and "value=25" in href and "format=csv" in href for href in links)


def test_sorting_by_a_fact_orders_the_rows_with_unstated_values_last(
    client: TestClient, soup: Soup
) -> None:
    ascending = _authorities(soup(client.get(MATRIX, params={"sort": "leaving_care_support_age"})))
    descending = _authorities(
        soup(client.get(MATRIX, params={"sort": "leaving_care_support_age", "order": "desc"}))
    )

    assert ascending[-1] == descending[-1] == "Durham County Council"
    assert ascending[0] in {"Bolton Council", "Unnamed authority (manual numbering 1.1.1)"}
    assert descending[0] in {
        "Derbyshire County Council",
        "London Borough of Merton",
        "Sample Borough Council (sample data)",
    }


def test_the_form_works_without_scripts_and_offers_downloads(
    client: TestClient, soup: Soup
) -> None:
    page = soup(client.get(MATRIX))
    form = page.select_one("form[aria-label='Sort and filter the facts']")

    assert form["method"] == "get"
    assert {field["name"] for field in form.select("select, input")} >= {
        "sort",
        "order",
        "fact",
        "value",
    }
    assert len(page.select("a[download]")) == 2


def test_the_officers_council_is_the_baseline_once_chosen_and_remembered(
    client: TestClient, soup: Soup
) -> None:
    chosen = client.get(MATRIX, params={"council": "merton"})
    assert "policydiff_council=merton" in chosen.headers["set-cookie"]
    assert {part.strip() for part in chosen.headers["vary"].split(",")} == {
        "Cookie",
        "Accept-Encoding",
    }
    heading = soup(chosen).select_one("#grid-heading").get_text()
    assert "London Borough of Merton" in heading
    later = soup(client.get(MATRIX))
    assert "London Borough of Merton" in later.select_one("#grid-heading").get_text()
    assert later.select_one("#council option[selected]")["value"] == "merton"
    forgotten = client.get(MATRIX, params={"council": ""})
    assert 'policydiff_council=""' in forgotten.headers["set-cookie"]
    client.cookies.clear()
    assert (
        "London Borough of Merton"
        not in soup(client.get(MATRIX)).select_one("#grid-heading").get_text()
    )


def test_the_most_common_value_row_states_the_majority_it_marks_against(
    client: TestClient, soup: Soup
) -> None:
    page = soup(client.get(MATRIX))
    norm = page.select_one("table.fact-matrix tr.norm-row")
    assert norm is not None
    cells = {td["data-label"]: " ".join(td.get_text(" ").split()) for td in norm.select("td")}
    assert cells["Leaving-care support age"].startswith("25")
    assert "3 of 5" in cells["Leaving-care support age"]
    header = page.select_one("table.fact-matrix thead")
    assert "values differ" not in header.get_text()


def test_a_heat_cell_lands_on_its_section_in_the_comparison(client: TestClient, soup: Soup) -> None:
    baseline = client.get(f"/api/v1{MATRIX}").json()["rows"][0]["version_id"]
    page = soup(client.get(MATRIX, params={"baseline": baseline}))
    link = page.select_one("table.heatmap tbody td a")
    target = link["href"]
    path, anchor = target.split("#")
    comparison = soup(client.get(path))
    assert comparison.find(id=anchor) is not None, anchor


def test_against_the_template_a_heat_cell_lands_on_that_councils_deviation(
    client: TestClient, soup: Soup
) -> None:
    page = soup(client.get(MATRIX))
    links = page.select("table.heatmap tbody td a")
    assert links
    for link in links:
        anchor = str(link["href"]).removeprefix("#")
        target = page.find(id=anchor)
        assert target is not None and target.name == "details", anchor
