"""Jinja2 environment of the web UI: autoescaped templates from `Settings.frontend_dir`.

Filters turn domain values into words a policy officer reads ("May 2024", "21, or 24 in full-time
education", "not stated"); they return plain strings, so autoescaping still applies to them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import Depends, Request
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape

from app.config import Settings
from app.errors import DatabaseUnavailable
from app.families import installed_families
from app.families.words import (
    NOT_STATED,
    fact_items_in_words,
    fact_value_in_words,
    partial_date_in_words,
)
from app.http.editors import csrf_token, signed_in_editor
from app.http.links import api_url, page_url
from app.web.static_assets import StaticUrl, asset_digests


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
    return partial_date_in_words(value)


def format_datetime(value: object) -> str:
    """A timestamp to the minute, in UTC as stored."""
    if isinstance(value, datetime):
        return value.strftime("%d %B %Y, %H:%M %Z").strip().rstrip(",")
    return "" if value is None else str(value)


def fact_value(value: object) -> str:
    """A fact's JSON value in words, as its family says; null reads "not stated"."""
    return fact_value_in_words(value, installed_families().all())


def fact_items(value: object) -> list[str]:
    """A list-valued fact's items in words, for showing long lists folded; [] for other values."""
    return fact_items_in_words(value, installed_families().all())


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
