import os
import signal
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.db import connection

from newsmap.celery import app as celery_app
from tests.services import REDIS_ADDRESS, TEST_BROKER_URL, require
from tests.waiting import wait_until

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
# One queue per test run, so that two runs sharing a Redis never take each other's tasks.
TEST_QUEUE = f"newsmap-test-{uuid.uuid4().hex[:8]}"


@pytest.fixture(autouse=True)
def _celery_eager(request):
    """Ordinary tests run tasks in-process; tests that ask for `live_worker` use a real worker."""
    if "live_worker" in request.fixturenames:
        yield
        return
    celery_app.conf.task_always_eager = True
    yield
    celery_app.conf.task_always_eager = False


def _database_url() -> str:
    """The URL of the test database this test run created, for the worker process to open."""
    conf = connection.settings_dict
    if conf["ENGINE"] == "django.db.backends.sqlite3":
        return f"sqlite:///{conf['NAME']}"
    user = conf.get("USER") or "postgres"
    password = f":{conf['PASSWORD']}" if conf.get("PASSWORD") else ""
    host, port = conf.get("HOST") or "127.0.0.1", conf.get("PORT") or 5432
    return f"postgres://{user}{password}@{host}:{port}/{conf['NAME']}"


class LiveWorker:
    """A real `celery worker` process on Redis, against the same test database as the test."""

    def __init__(self, *, database_url: str, log_path: Path, extra_env: dict[str, str] | None = None):
        self.database_url = database_url
        self.log_path = log_path
        self.extra_env = extra_env or {}
        self.process: subprocess.Popen | None = None
        self.starts = 0

    def start(self, *, wait: bool = True) -> None:
        self.starts += 1
        env = {
            **os.environ,
            "DATABASE_URL": self.database_url,
            "CELERY_BROKER_URL": TEST_BROKER_URL,
            "NEWSMAP_QUEUE": TEST_QUEUE,
            "CELERY_TASK_ALWAYS_EAGER": "false",
            **self.extra_env,
        }
        log = self.log_path.open("a", encoding="utf-8")
        log.write(f"\n--- start {self.starts} ---\n")
        log.flush()
        offset = self.log_path.stat().st_size
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "newsmap",
                "worker",
                "--pool=solo",
                "--loglevel=INFO",
                "-Q",
                TEST_QUEUE,
                "-n",
                f"test-{uuid.uuid4().hex[:6]}@%h",
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
            ],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        log.close()
        if wait:
            wait_until(
                lambda: self._log_since(offset).find(" ready.") >= 0 or self.process.poll() is not None,
                timeout=60,
                message="the Celery worker to start",
            )
            if self.process.poll() is not None:
                raise AssertionError(f"the worker exited at start:\n{self._log_since(offset)}")

    def _log_since(self, offset: int) -> str:
        with self.log_path.open("r", encoding="utf-8", errors="replace") as log:
            log.seek(offset)
            return log.read()

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def kill(self) -> None:
        """Kill the worker at once, as a crash or an OOM kill would: no chance to acknowledge or clean up."""
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()


def _point_app_at_test_broker() -> None:
    celery_app.conf.task_always_eager = False
    celery_app.conf.broker_url = TEST_BROKER_URL
    celery_app.conf.broker_transport_options = {"visibility_timeout": 3600}
    celery_app.conf.task_default_queue = TEST_QUEUE
    # Connection pools made before keep the old broker URL: new ones pick up the test broker.
    celery_app._pool = None
    celery_app.amqp._producer_pool = None


@pytest.fixture
def live_worker(transactional_db, request):
    """Start a Celery worker process; the test enqueues through real Redis and waits for the database."""
    require("Redis", REDIS_ADDRESS)
    _point_app_at_test_broker()
    # Tasks a previous test of this run left behind must not reach this test's worker.
    celery_app.control.purge()
    ARTIFACTS.mkdir(exist_ok=True)
    log_path = ARTIFACTS / f"worker-{request.node.name}.log"
    log_path.write_text("", encoding="utf-8")
    marker = request.node.get_closest_marker("worker_env")
    worker = LiveWorker(database_url=_database_url(), log_path=log_path, extra_env=marker.kwargs if marker else None)
    worker.start()
    yield worker
    worker.stop()
