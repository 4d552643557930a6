"""The browser tests' Chromium check: skipped on a developer's machine without it, a failure in CI."""

from pathlib import Path

import pytest

from tests.browser import conftest


def test_a_missing_chromium_skips_the_browser_tests_locally(monkeypatch):
    monkeypatch.setattr(conftest, "CHROMIUM", Path("/nonexistent/chromium"))
    monkeypatch.setattr(conftest, "IN_CI", False)
    with pytest.raises(pytest.skip.Exception):
        conftest.require_chromium()


def test_a_missing_chromium_fails_in_ci(monkeypatch):
    monkeypatch.setattr(conftest, "CHROMIUM", Path("/nonexistent/chromium"))
    monkeypatch.setattr(conftest, "IN_CI", True)
    with pytest.raises(pytest.fail.Exception, match="CI must install it"):
        conftest.require_chromium()
