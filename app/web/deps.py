"""Request dependencies of the web pages: settings, the session and the templates.

The web edge reads the same `app.state` the API does (set by `create_app`), but it imports
nothing from `app.api`: the two edges are independent siblings in the layer contract. The
dependencies that only read `app.state` are `async`, so FastAPI does not send each of them to
the threadpool (a hop that costs as much as rendering a cached comparison).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from fastapi.templating import Jinja2Templates
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.config import Settings


async def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


async def _engine(request: Request) -> Engine:
    engine: Engine = request.app.state.engine
    return engine


async def _session_factory(request: Request) -> sessionmaker[Session]:
    factory: sessionmaker[Session] = request.app.state.session_factory
    return factory


def _session(request: Request) -> Iterator[Session]:
    factory: sessionmaker[Session] = request.app.state.session_factory
    with factory() as session:
        yield session


async def _templates(request: Request) -> Jinja2Templates:
    templates: Jinja2Templates = request.app.state.web_templates
    return templates


EngineDep = Annotated[Engine, Depends(_engine)]
SettingsDep = Annotated[Settings, Depends(_settings)]
SessionDep = Annotated[Session, Depends(_session)]
SessionFactoryDep = Annotated[sessionmaker[Session], Depends(_session_factory)]
"""For pages that usually answer from memory: open a session only when one is needed."""
TemplatesDep = Annotated[Jinja2Templates, Depends(_templates)]

__all__ = ["EngineDep", "SessionDep", "SessionFactoryDep", "SettingsDep", "TemplatesDep"]
