"""Filters put domain values into a reader's words; the environment escapes everything."""

from __future__ import annotations

from datetime import date

from app.config import Settings
from app.web.templating import (
    api_url,
    build_templates,
    fact_value,
    megabytes,
    page_url,
    partial_date,
    percent,
)


def test_partial_dates_read_as_people_write_them() -> None:
    assert partial_date("2024") == "2024"
    assert partial_date("2024-05") == "May 2024"
    assert partial_date("2024-05-22") == "22 May 2024"
    assert partial_date(date(2019, 1, 3)) == "3 January 2019"
    assert partial_date(None) == "not stated"
    assert partial_date("sometime") == "sometime"


def test_fact_values_in_words() -> None:
    assert fact_value(None) == "not stated"
    assert fact_value(7) == "7"
    assert fact_value([]) == "none"
    assert fact_value(["Signs of Safety", "Restorative Practice"]) == (
        "Signs of Safety; Restorative Practice"
    )
    assert (
        fact_value({"age": 21, "extended": [{"age": 25, "condition": "in full-time education"}]})
        == "21 (extended: 25 in full-time education)"
    )
    assert fact_value({"age": 25, "extended": []}) == "25"
    assert fact_value([{"cited": "Children Act 1989", "instrument": "x", "year": 1989}]) == (
        "Children Act 1989"
    )
    assert fact_value("2024-05") == "May 2024"
    assert fact_value({"working_days": 10, "extended_to": None}) == "10 working days"
    assert fact_value({"working_days": 10, "extended_to": 20}) == "10 working days, up to 20"
    assert fact_value({"review_weeks": 6, "panel": None}) == "review weeks: 6, panel: not stated"


def test_urls_drop_empty_parameters() -> None:
    assert (
        page_url("/compare", left=1, right=None, changes_only=False, view="") == "/compare?left=1"
    )
    assert page_url("/compare", ignore_case=True) == "/compare?ignore_case=1"
    assert api_url("/search", q="a b") == "/api/v1/search?q=a+b"
    assert percent(0.456) == "46\u00a0%"


def test_templates_autoescape_every_page(settings: Settings) -> None:
    environment = build_templates(settings).env
    template = environment.from_string("{{ value }}")
    assert environment.autoescape is not False
    rendered = environment.get_template("errors/error.html").render(
        title="t",
        heading="<b>h</b>",
        explanation="",
        detail="",
        status=404,
        json_url=None,
        breadcrumbs=(),
        nav=None,
    )
    assert "<b>h</b>" not in rendered and "&lt;b&gt;h&lt;/b&gt;" in rendered
    del template


def test_a_size_limit_reads_in_megabytes() -> None:
    assert megabytes(2_097_152) == "2\u00a0MB"
    assert megabytes(1_572_864) == "1.5\u00a0MB"
