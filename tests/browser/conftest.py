"""Headless Chromium driven by Playwright against pytest-django's live server.

Playwright's sync API runs an event loop in the test thread; Django refuses ORM calls from a thread
with a running loop unless told that this is deliberate, which it is here (tests, one thread).
"""

import os
from pathlib import Path

import pytest

from tests.services import IN_CI

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path(os.environ.get("NEWSMAP_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parent.parent.parent / "test-artifacts"
# Nothing listens on port 9: tiles fail at once, as they do offline, and no test touches the internet.
OFFLINE_TILES = "http://127.0.0.1:9/{z}/{x}/{y}.png"


def require_chromium() -> None:
    """Skip when Chromium is absent on a developer's machine; fail in CI, which must provide it."""
    if CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK):
        return
    reason = f"Chromium is not installed at {CHROMIUM}"
    if IN_CI:
        pytest.fail(f"{reason}; CI must install it", pytrace=False)
    pytest.skip(reason)


# Per module: Chromium and Playwright's event loop do not outlive the browser tests.
@pytest.fixture(scope="module")
def browser():
    require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(autouse=True)
def _offline_tiles(settings):
    settings.LEAFLET_CONFIG = {**settings.LEAFLET_CONFIG, "TILES": [("Offline", OFFLINE_TILES, {})]}


class Page:
    """A browser tab that records dialogs and script errors, and saves a screenshot at the end."""

    def __init__(self, tab, base_url: str):
        self.tab = tab
        self.base_url = base_url
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        tab.on("dialog", self._dialog)
        tab.on("pageerror", lambda error: self.errors.append(str(error)))

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, path: str) -> None:
        self.tab.goto(self.base_url + path)

    def wait_for_map(self) -> None:
        self.tab.wait_for_selector("body[data-loading='false']", timeout=20_000)

    def screenshot(self, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.tab.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


@pytest.fixture
def page(browser, live_server, request):
    context = browser.new_context(locale="en-GB", viewport={"width": 1500, "height": 950})
    tab = context.new_page()
    tab.set_default_timeout(20_000)
    wrapped = Page(tab, live_server.url)
    yield wrapped
    ARTIFACTS.mkdir(exist_ok=True)
    tab.screenshot(path=str(ARTIFACTS / f"browser-{request.node.name}.png"), full_page=True)
    context.close()
    assert wrapped.errors == [], f"script errors on the page: {wrapped.errors}"


def log_in(page: Page, user) -> None:
    """Give the browser the session of a logged-in user, as the login form would."""
    from django.test import Client

    client = Client()
    client.force_login(user)
    cookie = client.cookies["sessionid"]
    page.tab.context.add_cookies([{"name": "sessionid", "value": cookie.value, "url": page.base_url}])
