"""The web UI in a real browser: `policydiff serve` on a free port with a fresh SQLite file,
driven by Playwright through Debian's chromium. Every page is checked with axe-core (WCAG 2.2
A and AA rules) at 1280 px and 375 px, and screenshotted under `tests/e2e/screenshots/`."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.e2e.test_api_server import READY_POLL_SECONDS

playwright_sync = pytest.importorskip("playwright.sync_api")
axe_module = pytest.importorskip("axe_playwright_python.sync_playwright")

pytestmark = [pytest.mark.browser, pytest.mark.e2e, pytest.mark.timeout(600)]

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
WIDTHS = (1280, 375)
SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
CHAPTER = "childrens-services-policies-values-and-principles"


def find_free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _policydiff() -> str:
    beside_python = Path(sys.executable).with_name("policydiff")
    return str(beside_python) if beside_python.exists() else (shutil.which("policydiff") or "")


@dataclass(frozen=True)
class Server:
    url: str
    token: str
    sample_ids: list[int]
    """The sample authority's versions, oldest first."""


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    folder = tmp_path_factory.mktemp("e2e-web")
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{folder / 'policydiff.sqlite3'}"}
    port = find_free_port()
    log = (folder / "serve.log").open("w+")
    process = subprocess.Popen(
        [_policydiff(), "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        with httpx.Client(timeout=2) as poll:  # one client: see _wait_until_answering
            while True:
                if process.poll() is not None or time.monotonic() > deadline:
                    log.seek(0)
                    pytest.fail(f"policydiff serve did not start:\n{log.read()}")
                try:
                    if poll.get(f"{url}/api/v1/chapters").status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                time.sleep(READY_POLL_SECONDS)
        token = subprocess.run(
            [_policydiff(), "token", "create", "e2e-browser"],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
        authorities = httpx.get(f"{url}/api/v1/authorities").json()
        ids: list[int] = []
        for authority in authorities:
            history = httpx.get(
                f"{url}/api/v1/authorities/{authority['slug']}/chapters/{CHAPTER}/timeline"
            )
            if authority["is_sample"] and history.status_code == 200:
                ids = [item["id"] for item in history.json()["versions"]]
                if ids:
                    break
        yield Server(url=url, token=token, sample_ids=ids)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.seek(0)
        output = log.read()
        log.close()
        if "Traceback" in output:
            print(output)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (scripts/check does)")
    with playwright_sync.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


def _pages(server: Server) -> dict[str, str]:
    oldest, newest = server.sample_ids[0], server.sample_ids[-1]
    return {
        "overview": "/",
        "version": f"/versions/{newest}",
        "compare-side": f"/compare?left={oldest}&right={newest}",
        "compare-inline": f"/compare?left={oldest}&right={newest}&view=inline",
        "compare-changes-only": f"/compare?left={oldest}&right={newest}&changes_only=1",
        "compare-form": "/compare",
        "compare-councils": "/compare?left=1&right=2",
        "matrix": f"/chapters/{CHAPTER}/matrix",
        "search": "/search?q=corporate+parenting",
        "upload": "/upload",
        "sources": "/sources",
        "not-found": "/versions/999999",
    }


def _axe_violations(page: object) -> list[str]:
    results = axe_module.Axe().run(
        page,
        options={"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]},
    )
    return [
        f"{item['id']}: {item['help']} at {[node['target'] for node in item['nodes']][:5]}"
        for item in results.response["violations"]
    ]


def test_every_page_passes_axe_and_fits_both_widths(server: Server, browser: object) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    pages = _pages(server)
    context = browser.new_context(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    overview = context.new_page()
    overview.goto(server.url + "/")
    timeline_href = overview.locator("table.fact-matrix a[href^='/authorities/']").first
    pages["timeline"] = str(timeline_href.get_attribute("href"))
    context.close()
    failures: dict[str, list[str]] = {}
    for width in WIDTHS:
        context = browser.new_context(viewport={"width": width, "height": 900})  # type: ignore[attr-defined]
        page = context.new_page()
        for name, path in pages.items():
            page.goto(server.url + path)
            page.wait_for_load_state("load")
            page.screenshot(path=str(SCREENSHOTS / f"{name}-{width}.png"), full_page=True)
            violations = _axe_violations(page)
            overflow = page.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            if overflow > 1:
                violations.append(f"page scrolls sideways by {overflow}px")
            if violations:
                failures[f"{name} at {width}px"] = violations
        context.close()
    assert not failures, failures


def test_compare_from_the_forms_then_changes_only_and_next_change(
    server: Server, browser: object
) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    page = context.new_page()
    page.goto(server.url + "/compare")
    oldest, newest = server.sample_ids[0], server.sample_ids[1]
    page.select_option("#compare-left", str(oldest))
    page.select_option("#compare-right", str(newest))
    page.get_by_role("button", name="Compare").click()
    page.wait_for_url(re.compile(r"/compare\?left="))
    assert page.locator("table.diff tbody tr").count() > 0
    page.get_by_text("Change versions or options").click()
    page.get_by_label("Changes only (fold unchanged blocks)").check()
    page.get_by_role("button", name="Compare").click()
    page.wait_for_url(re.compile(r"changes_only=1"))
    assert page.locator("details.unchanged-run").count() > 0
    summary = page.locator("details.unchanged-run summary").first
    summary.click()
    assert page.locator("details.unchanged-run").first.get_attribute("open") is not None

    changes = page.locator("[data-change]")
    first_id = changes.nth(0).get_attribute("id")
    second_id = changes.nth(1).get_attribute("id")
    page.get_by_role("link", name="Go to the first change").click()
    assert page.evaluate("location.hash") == f"#{first_id}"
    changes.nth(0).get_by_role("link", name="Next change").click()
    assert page.evaluate("location.hash") == f"#{second_id}"
    page.keyboard.press("p")
    assert page.evaluate("location.hash") == f"#{first_id}"
    page.keyboard.press("n")
    assert page.evaluate("location.hash") == f"#{second_id}"
    context.close()


def test_upload_a_file_and_land_on_its_version_page(
    server: Server, browser: object, tmp_path: Path
) -> None:
    source = tmp_path / "revision.txt"
    source.write_text(
        "Children's Services Policies, Values and Principles\n\n"
        "In April 2025 this chapter was reviewed.\n\n"
        "1. Introduction\n\n"
        "We support care leavers until they are 25. <script>window.pwned = 1</script>\n",
        encoding="utf-8",
    )
    context = browser.new_context(viewport={"width": 375, "height": 800})  # type: ignore[attr-defined]
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(server.url + "/upload")
    page.fill("#token", "not-the-key")
    page.get_by_role("button", name="Sign in").click()
    assert page.get_by_role("alert").is_visible()
    page.fill("#token", server.token)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(r"/upload$"))
    assert "Signed in as e2e-browser" in page.locator(".session-mark").inner_text()
    assert page.locator("#token").count() == 0, "signed in, the key is not asked for again"
    page.set_input_files("#file", str(source))
    page.select_option("#authority", "+new")
    page.get_by_role("button", name="Upload").click()
    assert page.get_by_role("alert").is_visible(), "a new council needs its name"
    assert page.locator("#authority-name[aria-invalid='true']").count() == 1
    page.set_input_files("#file", str(source))
    page.fill("#authority-name", "Browser Borough Council")
    page.get_by_role("button", name="Upload").click()
    page.wait_for_url(re.compile(r"/versions/\d+"))
    assert "uploaded and read" in page.get_by_role("status").inner_text()
    shown = "".join(page.locator(".source-text").all_inner_texts())
    assert "<script>window.pwned = 1</script>" in shown
    assert page.evaluate("window.pwned") is None
    assert dialogs == []
    page.get_by_role("button", name="Sign out").click()
    page.wait_for_url(re.compile(r"/sign-in\?signed_out=1"))
    assert "You have signed out" in page.get_by_role("status").inner_text()
    assert page.locator(".session-mark form").count() == 0
    context.close()


def test_compare_page_without_javascript_still_shows_the_comparison(
    server: Server, browser: object
) -> None:
    context = browser.new_context(  # type: ignore[attr-defined]
        viewport={"width": 1280, "height": 900}, java_script_enabled=False
    )
    page = context.new_page()
    oldest, newest = server.sample_ids[0], server.sample_ids[-1]
    page.goto(f"{server.url}/compare?left={oldest}&right={newest}&changes_only=1")
    assert page.locator("table.diff").is_visible()
    assert page.locator("table.diff ins").count() > 0
    assert page.locator("table.divergences tbody tr").count() > 0
    page.locator("details.unchanged-run summary").first.click()
    assert page.locator("details.unchanged-run").first.get_attribute("open") is not None
    page.get_by_role("link", name="Show inline").click()
    page.wait_for_url(re.compile(r"view=inline"))
    page.locator(".inline-diff ins").first.wait_for()  # the new page, not the one left behind
    assert page.locator(".inline-diff ins").count() > 0
    context.close()


def _long_version(server: Server, authority: str, words: list[str]) -> int:
    paragraph = " ".join(words)
    text = (
        "Children's Services Policies, Values and Principles\n\n"
        "1. Introduction\n\n"
        f"{paragraph}\n\n2. Our Values\n\nWe listen to children.\n"
    )
    response = httpx.post(
        f"{server.url}/api/v1/versions",
        params={"authority": authority},
        content=text.encode(),
        headers={"Authorization": f"Bearer {server.token}", "Content-Type": "text/plain"},
    )
    assert response.status_code in (200, 201), response.text
    return int(response.json()["id"])


def test_long_blocks_scroll_together_on_both_sides(server: Server, browser: object) -> None:
    words = [f"word{index % 97}" for index in range(900)]
    edited = [word.upper() if index % 50 == 0 else word for index, word in enumerate(words)]
    left = _long_version(server, "scroll-left", words)
    right = _long_version(server, "scroll-right", edited)
    context = browser.new_context(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    page = context.new_page()
    page.goto(f"{server.url}/compare?left={left}&right={right}")
    row = page.locator("tr[data-sync]").filter(has=page.locator(".cell-scroll[tabindex='0']")).first
    cells = row.locator(".cell-scroll")
    assert cells.count() == 2
    cells.nth(0).evaluate(
        "cell => { cell.scrollTop = (cell.scrollHeight - cell.clientHeight) / 2 }"
    )
    page.wait_for_function(
        "cell => cell.scrollTop > 0", arg=cells.nth(1).element_handle(), timeout=5000
    )
    ratios = [
        cell.evaluate("c => c.scrollTop / (c.scrollHeight - c.clientHeight)")
        for cell in (cells.nth(0), cells.nth(1))
    ]
    assert abs(ratios[0] - ratios[1]) < 0.05
    assert _axe_violations(page) == []
    context.close()


def test_redline_file_stands_alone_and_the_page_prints_cleanly(
    server: Server, browser: object, tmp_path: Path
) -> None:
    oldest, newest = server.sample_ids[0], server.sample_ids[-1]
    response = httpx.get(f"{server.url}/compare/redline?left={oldest}&right={newest}")
    assert response.headers["content-disposition"].startswith("attachment")
    redline = tmp_path / "redline.html"
    redline.write_bytes(response.content)
    context = browser.new_context(viewport={"width": 1000, "height": 900})  # type: ignore[attr-defined]
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(redline.as_uri())
    assert requests == [redline.as_uri()], "the redline must not fetch anything"
    assert page.locator("ins").count() > 0 and page.locator("del").count() > 0
    assert _axe_violations(page) == []

    page.goto(f"{server.url}/compare?left={oldest}&right={newest}")
    page.emulate_media(media="print")
    assert not page.locator("header.site-header").is_visible()
    assert not page.locator("form.compare-form").is_visible()
    assert page.locator("table.diff").is_visible()
    decoration = page.locator("table.diff del").first.evaluate(
        "node => getComputedStyle(node).textDecorationLine"
    )
    assert "line-through" in decoration
    context.close()


def test_the_first_screen_of_a_comparison_answers(server: Server, browser: object) -> None:
    """At 1280 x 800 the summary and the first fact that changed show without scrolling."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})  # type: ignore[attr-defined]
    page = context.new_page()
    oldest, newest = server.sample_ids[0], server.sample_ids[-1]
    page.goto(f"{server.url}/compare?left={oldest}&right={newest}")
    for selector in ("#summary-heading", ".headline", "table.divergences tbody tr"):
        box = page.locator(selector).first.bounding_box()
        assert box is not None and box["y"] + box["height"] <= 800, (selector, box)
    context.close()


def test_the_first_change_is_two_keys_away_and_each_next_one_key(
    server: Server, browser: object
) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 800})  # type: ignore[attr-defined]
    page = context.new_page()
    oldest, newest = server.sample_ids[0], server.sample_ids[-1]
    page.goto(f"{server.url}/compare?left={oldest}&right={newest}")
    ids = page.locator("[data-change]").evaluate_all("nodes => nodes.map(node => node.id)")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to the first change"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == f"#{ids[0]}"
    for following in ids[1:4]:
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.textContent.trim()") == "Next change"
        page.keyboard.press("Enter")
        assert page.evaluate("location.hash") == f"#{following}"
    context.close()


def test_on_a_phone_the_comparison_opens_inline_and_nothing_is_clipped(
    server: Server, browser: object
) -> None:
    oldest, newest = server.sample_ids[0], server.sample_ids[-1]
    for script in (True, False):
        context = browser.new_context(  # type: ignore[attr-defined]
            viewport={"width": 375, "height": 800}, java_script_enabled=script
        )
        page = context.new_page()
        page.goto(f"{server.url}/compare?left={oldest}&right={newest}")
        if script:
            page.wait_for_url(re.compile(r"view=inline"))
            assert page.locator(".inline-diff").count() == 1
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 1, f"page scrolls sideways by {overflow}px (script {script})"
        for table in page.locator("table").all():
            box = table.bounding_box()
            assert box is None or box["x"] + box["width"] <= 376, box
        context.close()


def test_the_matrix_prints_its_wide_tables_on_landscape_pages(
    server: Server, browser: object
) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 800})  # type: ignore[attr-defined]
    page = context.new_page()
    page.goto(f"{server.url}/chapters/{CHAPTER}/matrix")
    assert page.locator(".scroll-cue").count() >= 1, "a table wider than the screen says so"
    pdf = page.pdf(prefer_css_page_size=True)
    boxes = re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", pdf)
    assert any(float(width) > float(height) for width, height in boxes), boxes
    context.close()


def test_sign_in_and_upload_pass_axe_signed_in_and_out_with_and_without_scripts(
    server: Server, browser: object
) -> None:
    """The editor's pages at both widths, with JavaScript on and off, before and after signing
    in: no axe violation, nothing wider than the screen (screenshots under `screenshots/`)."""
    SCREENSHOTS.mkdir(exist_ok=True)
    failures: dict[str, list[str]] = {}
    for script in (True, False):
        for width in WIDTHS:
            context = browser.new_context(  # type: ignore[attr-defined]
                viewport={"width": width, "height": 900}, java_script_enabled=script
            )
            page = context.new_page()
            stages = [("signed-out", "/sign-in"), ("signed-out", "/upload")]
            stages += [("signed-in", "/upload"), ("signed-in", "/sign-in"), ("signed-in", "/")]
            for state, path in stages:
                if state == "signed-in" and not page.locator(".session-mark form").count():
                    page.goto(server.url + "/sign-in")
                    page.fill("#token", server.token)
                    page.get_by_role("button", name="Sign in").click()
                    page.wait_for_url(re.compile(r"/$"))
                page.goto(server.url + path)
                name = f"{path.strip('/') or 'overview'}-{state}-{'js' if script else 'nojs'}"
                if script:
                    page.screenshot(path=str(SCREENSHOTS / f"{name}-{width}.png"), full_page=True)
                violations = _axe_violations(page) if script else _axe_without_script(page)
                overflow = page.evaluate(
                    "document.documentElement.scrollWidth - document.documentElement.clientWidth"
                )
                if overflow > 1:
                    violations.append(f"page scrolls sideways by {overflow}px")
                if violations:
                    failures[f"{name} at {width}px"] = violations
            context.close()
    assert not failures, failures


def _axe_without_script(page: object) -> list[str]:
    """axe does not finish in a page with JavaScript off: the HTML served to it is loaded into a
    page with JavaScript on, with the site's own script withheld, and checked there."""
    html = page.content()  # type: ignore[attr-defined]
    url = page.url  # type: ignore[attr-defined]
    context = page.context.browser.new_context(  # type: ignore[attr-defined]
        viewport=page.viewport_size  # type: ignore[attr-defined]
    )
    scripted = context.new_page()
    scripted.route(url, lambda route: route.fulfill(body=html, content_type="text/html"))
    scripted.route(
        "**/static/js/**", lambda route: route.fulfill(body="", content_type="text/javascript")
    )
    scripted.goto(url)
    violations = _axe_violations(scripted)
    context.close()
    return violations


def _signed_in_page(browser: object, server: Server, width: int, script: bool) -> object:
    context = browser.new_context(  # type: ignore[attr-defined]
        viewport={"width": width, "height": 900}, java_script_enabled=script
    )
    page = context.new_page()
    page.goto(server.url + "/sign-in")
    page.fill("#token", server.token)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(r"/$"))
    return page


def test_every_page_passes_axe_signed_in_with_javascript_off(
    server: Server, browser: object
) -> None:
    """An editor's view of every page (the session mark, sign-out and correction forms), served
    with JavaScript off: the HTML passes axe and nothing scrolls sideways, at the phone width
    where that is hardest."""
    page: Any = _signed_in_page(browser, server, 375, script=False)
    failures: dict[str, list[str]] = {}
    for name, path in _pages(server).items():
        page.goto(server.url + path)
        assert page.locator(".session-mark form").count() == 1, f"{name}: not signed in"
        violations = _axe_without_script(page)
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        if overflow > 1:
            violations.append(f"page scrolls sideways by {overflow}px")
        if violations:
            failures[name] = violations
    page.context.close()
    assert not failures, failures


def test_an_editor_corrects_a_fact_without_javascript_and_the_forms_pass_axe(
    server: Server, browser: object
) -> None:
    """Runs last: it corrects the sample's newest version, and withdraws the correction again."""
    SCREENSHOTS.mkdir(exist_ok=True)
    url = f"{server.url}/versions/{server.sample_ids[-1]}"
    form = "#correct-fact-permanence_plan_months"
    reader = browser.new_context(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    reader_page = reader.new_page()
    reader_page.goto(url)
    assert reader_page.locator("details.correct").count() == 0, "a reader sees no forms"
    reader.close()
    page: Any = _signed_in_page(browser, server, 1280, script=False)
    page.goto(url)
    page.locator("#facts-permanence_plan_months details.correct > summary").click()
    read = page.input_value(f"{form}-value")
    page.fill(f"{form}-value", str(int(read or "0") + 1))
    page.fill(f"{form}-reason", "The plan's deadline was misread.")
    page.locator(f"{form} button[type=submit]").click()
    page.wait_for_url(re.compile(r"corrected=fact"))
    row = page.locator("#facts-permanence_plan_months").inner_text()
    assert "Corrected by an editor" in row and "e2e-browser" in row
    page.context.close()
    failures: dict[str, list[str]] = {}
    for width in WIDTHS:
        for script in (True, False):
            page = _signed_in_page(browser, server, width, script)
            page.goto(url)
            for summary in page.locator("details.correct > summary").all()[:6]:
                summary.click()
            name = f"version-corrections-{width}{'' if script else '-no-js'}"
            page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)
            violations = _axe_violations(page) if script else _axe_without_script(page)
            overflow = page.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            if overflow > 1:
                violations.append(f"page scrolls sideways by {overflow}px")
            if violations:
                failures[name] = violations
            page.context.close()
    page = _signed_in_page(browser, server, 1280, script=True)
    page.goto(url)
    page.locator("#facts-permanence_plan_months details.correct > summary").click()
    page.fill(f"{form}-value", "not a number of months")
    page.fill(f"{form}-reason", "A refused correction: the value is not a number.")
    page.locator(f"{form} button[type=submit]").click()
    page.locator("[role=alert]").wait_for()
    refused = _axe_violations(page)
    if refused:
        failures["refused correction"] = refused
    page.locator("#facts-permanence_plan_months form.withdraw button").click()
    page.wait_for_url(re.compile(r"corrected=withdrawn"))
    assert (
        "Corrected by an editor" not in page.locator("#facts-permanence_plan_months").inner_text()
    )
    page.context.close()
    assert not failures, failures
