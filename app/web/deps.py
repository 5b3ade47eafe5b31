"""Request dependencies of the web pages: settings, the session and the templates.

The web edge reads the same `app.state` the API does (set by `create_app`), but it imports
nothing from `app.api`: the two edges are independent siblings in the layer contract.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from fastapi.templating import Jinja2Templates
from sqlalchemy.orm import Session, sessionmaker

from app.config import Settings


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def _session(request: Request) -> Iterator[Session]:
    factory: sessionmaker[Session] = request.app.state.session_factory
    with factory() as session:
        yield session


def _templates(request: Request) -> Jinja2Templates:
    templates: Jinja2Templates = request.app.state.web_templates
    return templates


SettingsDep = Annotated[Settings, Depends(_settings)]
SessionDep = Annotated[Session, Depends(_session)]
TemplatesDep = Annotated[Jinja2Templates, Depends(_templates)]

__all__ = ["SessionDep", "SettingsDep", "TemplatesDep"]
