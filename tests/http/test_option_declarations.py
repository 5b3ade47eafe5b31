"""A comparison option declared once, beside `CompareOptions`, reaches every edge: the API's query
parameters, the compare page's form and the CLI's flags (a new option touches the diff package
only)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Any

import click
from click.testing import CliRunner
from fastapi import Depends, FastAPI
from fastapi.testclient import TestClient

from app.cli.diff import compare_option_flags
from app.diff import CompareOptions, option_declarations, options_fingerprint
from app.http.params import options_dependency, options_params
from app.schemas.comparisons import CompareOptionsRead
from app.web.pages.compare_view import CompareForm


@dataclass(frozen=True, slots=True)
class OptionsWithQuotes(CompareOptions):
    """The options as they would be with one more declared in the diff package."""

    ignore_quotes: bool = field(
        default=False,
        metadata={"label": "Quotation marks", "description": "Quote marks are not compared."},
    )


_WITH_QUOTES = options_dependency(OptionsWithQuotes)


def test_a_new_option_is_a_query_parameter_of_the_api() -> None:
    app = FastAPI()

    @app.get("/options")
    def read(options: Annotated[Any, Depends(_WITH_QUOTES)]) -> dict[str, Any]:
        assert isinstance(options, OptionsWithQuotes)
        return options_params(options)

    client = TestClient(app)
    assert client.get("/options", params={"ignore_quotes": "1"}).json()["ignore_quotes"] is True
    parameters = app.openapi()["paths"]["/options"]["get"]["parameters"]
    described = {parameter["name"]: parameter.get("description") for parameter in parameters}
    assert described["ignore_quotes"] == "Quote marks are not compared."
    assert set(described) == {
        declaration.name for declaration in option_declarations(OptionsWithQuotes)
    }


def test_a_new_option_is_in_the_compare_form_and_its_links() -> None:
    form = CompareForm(
        left=1,
        right=2,
        view="side",
        changes_only=False,
        options=OptionsWithQuotes(ignore_quotes=True),
    )
    shown = {option.name: option for option in form.ignore_options}
    assert shown["ignore_quotes"].label == "Quotation marks" and shown["ignore_quotes"].checked
    assert form.params()["ignore_quotes"] is True
    assert form.any_ignored


def test_a_new_option_is_a_flag_of_the_cli() -> None:
    @click.command()
    @compare_option_flags(OptionsWithQuotes)
    def command(**values: Any) -> None:
        click.echo(repr(OptionsWithQuotes(**values)))

    runner = CliRunner()
    assert "--ignore-quotes" in runner.invoke(command, ["--help"]).output
    output = runner.invoke(command, ["--ignore-quotes", "--local-name", "Staying Safe"]).output
    assert "ignore_quotes=True" in output and "ignore_local_names=True" in output


def test_the_options_are_keyed_alike_whatever_the_order_of_names() -> None:
    assert options_fingerprint(CompareOptions(local_names=("A", "B"))) == options_fingerprint(
        CompareOptions(local_names=("B", "A", "A"))
    )
    assert options_fingerprint(CompareOptions()) != options_fingerprint(
        CompareOptions(ignore_case=True)
    )


def test_naming_local_names_asks_for_them_to_be_ignored_at_every_edge() -> None:
    assert CompareOptions(local_names=(" Staying Safe ", " ")) == CompareOptions(
        ignore_local_names=True, local_names=("Staying Safe",)
    )


def test_the_contract_lists_every_declared_option() -> None:
    declared = [declaration.name for declaration in option_declarations(CompareOptions)]
    assert list(CompareOptionsRead.model_fields) == declared
