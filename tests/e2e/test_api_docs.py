"""The interactive API documentation works with no way out to the internet (an intranet):
`policydiff serve` on a free port, opened in Debian's chromium with every request to a
non-loopback address refused, must still list the API's operations (decision 0016)."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from tests.e2e.test_api_server import running_server

playwright_sync = pytest.importorskip("playwright.sync_api")

pytestmark = [pytest.mark.browser, pytest.mark.e2e, pytest.mark.timeout(300)]

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@pytest.fixture(scope="module")
def server_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """An empty server (the docs need no data, so the corpus is not loaded)."""
    settings = {"POLICYDIFF_LOAD_CORPUS_ON_START": "false"}
    with running_server(tmp_path_factory.mktemp("e2e-docs"), settings=settings) as server:
        yield server.url


def test_the_api_docs_list_the_operations_with_the_network_blocked(server_url: str) -> None:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (scripts/check does)")
    operations = [
        (method.upper(), path)
        for path, item in httpx.get(f"{server_url}/api/v1/openapi.json").json()["paths"].items()
        for method in item
    ]
    refused: list[str] = []

    def only_loopback(route: object) -> None:
        url = route.request.url  # type: ignore[attr-defined]
        if _is_loopback(url):
            route.continue_()  # type: ignore[attr-defined]
        else:
            refused.append(url)
            route.abort("internetdisconnected")  # type: ignore[attr-defined]

    with playwright_sync.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.route("**/*", only_loopback)
            page.goto(f"{server_url}/api/v1/docs")
            blocks = page.locator(".opblock-summary")
            blocks.first.wait_for(timeout=30_000)
            shown = {
                (
                    block.locator(".opblock-summary-method").inner_text().strip(),
                    block.locator(".opblock-summary-path").get_attribute("data-path"),
                )
                for block in blocks.all()
            }
            version = page.locator(".info .version-stamp").inner_text()
        finally:
            browser.close()

    assert refused == [], f"the docs page reached outside the machine: {refused}"
    assert len(operations) >= 20
    assert set(operations) == shown
    assert "OAS 3.1" in version
