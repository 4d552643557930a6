"""The real servers some tests need: skipped when absent on a developer's machine, a failure in CI."""

import os
import socket

import pytest

IN_CI = os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}
REDIS_ADDRESS = ("127.0.0.1", 6379)
POSTGRES_ADDRESS = ("127.0.0.1", 5432)
TEST_BROKER_URL = os.environ.get("NEWSMAP_TEST_BROKER_URL", "redis://127.0.0.1:6379/15")


def is_listening(address: tuple[str, int]) -> bool:
    try:
        with socket.create_connection(address, timeout=1):
            return True
    except OSError:
        return False


def require(name: str, address: tuple[str, int]) -> None:
    if is_listening(address):
        return
    reason = f"{name} is not running on {address[0]}:{address[1]}"
    if IN_CI:
        pytest.fail(f"{reason}; CI must start it (.ci/run)", pytrace=False)
    pytest.skip(reason)
