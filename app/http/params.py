"""Parameter models a page and its JSON twin share, so the two take the same names.

The comparison options come from their declarations beside `CompareOptions`
(`app.diff.option_declarations`): the query parameters here, the web form and the CLI's flags
are all made from them, so a new option is one new field in the diff package.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Annotated, Any, TypeVar

from fastapi import Depends, Query
from pydantic import BeforeValidator, StringConstraints
from sqlalchemy.orm import Session

from app.diff import CompareOptions, OptionDeclaration, option_declarations
from app.store import SearchResults, search

MAX_LOCAL_NAMES = 20
"""Most local names one request may name."""

_Options = TypeVar("_Options")


def _query_parameter(declaration: OptionDeclaration) -> inspect.Parameter:
    annotation: Any
    if declaration.repeatable:
        annotation = Annotated[
            list[Annotated[str, StringConstraints(max_length=200)]] | None,
            Query(max_length=MAX_LOCAL_NAMES, description=declaration.description),
        ]
        default: Any = None
    else:
        annotation = Annotated[bool, Query(description=declaration.description)]
        default = False
    return inspect.Parameter(
        declaration.name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation
    )


def options_from_values(options_type: type[_Options], values: dict[str, Any]) -> _Options:
    """Options from parameter values: each value of a repeatable one may hold several lines."""
    arguments = {
        name: tuple(line for item in value or () for line in item.splitlines())
        if isinstance(value, list) or value is None
        else value
        for name, value in values.items()
    }
    return options_type(**arguments)


def options_dependency(
    options_type: type[_Options],
) -> Callable[..., Coroutine[Any, Any, _Options]]:
    """A request dependency reading every declared option of `options_type` from the query."""
    declarations = option_declarations(options_type)

    async def compare_options(**values: Any) -> _Options:
        return options_from_values(options_type, values)

    compare_options.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
        [_query_parameter(declaration) for declaration in declarations]
    )
    return compare_options


def options_params(options: Any) -> dict[str, Any]:
    """The query parameters that ask for `options` (set flags and names only), in field order."""
    params: dict[str, Any] = {}
    for declaration in option_declarations(type(options)):
        value = getattr(options, declaration.name)
        params[declaration.name] = list(value) if declaration.repeatable else value
    return params


CompareOptionsDep = Annotated[CompareOptions, Depends(options_dependency(CompareOptions))]
"""The comparison options of SPEC.md, as query parameters (the API's and the compare page's)."""


def _blank_as_none(value: object) -> object:
    return None if value == "" else value


_Slug = Annotated[
    Annotated[str, StringConstraints(max_length=100, pattern=r"^[a-z0-9][a-z0-9-]*$")] | None,
    BeforeValidator(_blank_as_none),
]
_Kind = Annotated[
    Annotated[str, StringConstraints(max_length=50, pattern=r"^[a-z][a-z0-9_]*$")] | None,
    BeforeValidator(_blank_as_none),
]


@dataclass(frozen=True, slots=True)
class SearchFilters:
    """Which sections a search looks in; an empty value (a form's "any") filters nothing."""

    authority: str | None
    chapter: str | None
    kind: str | None
    current: bool

    def search(self, session: Session, query: str, *, limit: int, offset: int) -> SearchResults:
        """The sections matching `query` under these filters (the page's and its twin's)."""
        return search(
            session=session,
            query=query,
            authority=self.authority,
            chapter=self.chapter,
            kind=self.kind,
            current_only=self.current,
            limit=limit,
            offset=offset,
        )

    def params(self) -> dict[str, Any]:
        return {
            "authority": self.authority,
            "chapter": self.chapter,
            "kind": self.kind,
            "current": self.current,
        }


async def _search_filters(
    authority: Annotated[_Slug, Query(description="Only this authority's sections.")] = None,
    chapter: Annotated[_Slug, Query(description="Only this chapter's sections.")] = None,
    kind: Annotated[
        _Kind, Query(description='Only sections of this kind ("key_principles").')
    ] = None,
    current: Annotated[
        bool, Query(description="Only each authority's latest version of each chapter.")
    ] = False,
) -> SearchFilters:
    return SearchFilters(authority=authority, chapter=chapter, kind=kind, current=current)


SearchFiltersDep = Annotated[SearchFilters, Depends(_search_filters)]
"""The search filters, in the API's names (the search page's too)."""

__all__ = [
    "MAX_LOCAL_NAMES",
    "CompareOptionsDep",
    "SearchFilters",
    "SearchFiltersDep",
    "options_dependency",
    "options_from_values",
    "options_params",
]
