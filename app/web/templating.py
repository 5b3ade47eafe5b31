"""Jinja2 environment of the web UI: autoescaped templates from `Settings.frontend_dir`.

Filters turn domain values into words a policy officer reads ("May 2024", "21, or 24 in full-time
education", "not stated"); they return plain strings, so autoescaping still applies to them.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape

from app.config import Settings
from app.errors import DatabaseUnavailable
from app.http.editors import csrf_token, signed_in_editor
from app.http.links import api_url, page_url
from app.web.static_assets import StaticUrl, asset_digests

_ISO_PARTIAL_DATE = re.compile(r"\d{4}(?:-\d{2}){0,2}")

NOT_STATED = "not stated"
"""How a fact whose value is null reads (absent means null, never a guess)."""


def build_templates(settings: Settings) -> Jinja2Templates:
    """Templates under `frontend_dir/templates`, autoescaping every `.html` file."""
    environment = Environment(
        loader=FileSystemLoader(settings.frontend_dir / "templates"),
        autoescape=select_autoescape(["html", "htm", "xml"], default=True),
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
    )
    environment.filters["partial_date"] = partial_date
    environment.filters["fact_value"] = fact_value
    environment.filters["fact_items"] = fact_items
    environment.filters["percent"] = percent
    environment.filters["plural"] = plural
    environment.filters["megabytes"] = megabytes
    environment.filters["datetime"] = format_datetime
    environment.globals["api_url"] = api_url
    environment.globals["page_url"] = page_url
    environment.globals["static_url"] = StaticUrl(asset_digests(settings.frontend_dir / "static"))
    environment.globals["csrf_token"] = csrf_token
    environment.globals["signed_in_as"] = signed_in_as
    return Jinja2Templates(env=environment)


async def _templates(request: Request) -> Jinja2Templates:
    templates: Jinja2Templates = request.app.state.web_templates
    return templates


TemplatesDep = Annotated[Jinja2Templates, Depends(_templates)]


def signed_in_as(request: Request) -> str | None:
    """The name the page header shows for the signed-in editor, or None (also when the database
    cannot say: the 503 page that explains it must still render)."""
    try:
        holder = signed_in_editor(request)
    except DatabaseUnavailable:
        return None
    return holder.name if holder is not None else None


def partial_date(value: object) -> str:
    """An ISO date of year, month or day precision as people write it: "2024", "May 2024"."""
    if value is None or value == "":
        return NOT_STATED
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return f"{value.day} {calendar.month_name[value.month]} {value.year}"
    text = str(value)
    parts = text.split("-")
    try:
        numbers = [int(part) for part in parts]
    except ValueError:
        return text
    if len(numbers) == 1:
        return f"{numbers[0]}"
    if len(numbers) == 2 and 1 <= numbers[1] <= 12:
        return f"{calendar.month_name[numbers[1]]} {numbers[0]}"
    if len(numbers) == 3 and 1 <= numbers[1] <= 12:
        return f"{numbers[2]} {calendar.month_name[numbers[1]]} {numbers[0]}"
    return text


def format_datetime(value: object) -> str:
    """A timestamp to the minute, in UTC as stored."""
    if isinstance(value, datetime):
        return value.strftime("%d %B %Y, %H:%M %Z").strip().rstrip(",")
    return "" if value is None else str(value)


def fact_value(value: object) -> str:
    """A fact's JSON value in words; null reads "not stated"."""
    if value is None:
        return NOT_STATED
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Mapping):
        return _mapping_in_words(value)
    if isinstance(value, list | tuple):
        if not value:
            return "none"
        return "; ".join(fact_value(item) for item in value)
    if isinstance(value, str) and _ISO_PARTIAL_DATE.fullmatch(value):
        return partial_date(value)
    return str(value)


def fact_items(value: object) -> list[str]:
    """A list-valued fact's items in words, for showing long lists folded; [] for other values."""
    if isinstance(value, list | tuple):
        return [fact_value(item) for item in value]
    return []


def _mapping_in_words(value: Mapping[str, Any]) -> str:
    if "age" in value:
        words = str(value["age"])
        extended = [
            f"{item.get('age')} {item.get('condition') or ''}".strip()
            for item in value.get("extended") or ()
            if isinstance(item, Mapping)
        ]
        if extended:
            words += " (extended: " + "; ".join(extended) + ")"
        return words
    if "cited" in value:
        return str(value["cited"])
    return ", ".join(f"{key.replace('_', ' ')}: {fact_value(item)}" for key, item in value.items())


def percent(value: object) -> str:
    """A similarity in [0, 1] as a whole percentage."""
    if value is None:
        return "n/a"
    return f"{round(float(str(value)) * 100)}\u00a0%"


def megabytes(size: int) -> str:
    """A size limit as people say it: "2 MB", "1.5 MB" (2,097,152 bytes is 2 MB)."""
    return f"{size / 2**20:.1f}".removesuffix(".0") + "\u00a0MB"


def plural(count: int, singular: str, many: str | None = None) -> str:
    """ "1 block", "3 blocks"."""
    return f"{count} {singular if count == 1 else (many or singular + 's')}"


__all__ = [
    "NOT_STATED",
    "TemplatesDep",
    "api_url",
    "build_templates",
    "fact_value",
    "page_url",
    "partial_date",
    "percent",
]
