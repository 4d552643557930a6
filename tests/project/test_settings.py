import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsmap import settings as project_settings

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("raw", "expected"), [("1", True), ("true", True), ("Yes", True), ("0", False), ("off", False)]
)
def test_env_bool_reads_the_usual_spellings(monkeypatch, raw, expected):
    monkeypatch.setenv("NEWSMAP_FLAG", raw)
    assert project_settings.env_bool("NEWSMAP_FLAG") is expected


def test_env_bool_falls_back_to_the_default_when_unset_or_empty(monkeypatch):
    monkeypatch.delenv("NEWSMAP_FLAG", raising=False)
    assert project_settings.env_bool("NEWSMAP_FLAG", default=True) is True
    monkeypatch.setenv("NEWSMAP_FLAG", "")
    assert project_settings.env_bool("NEWSMAP_FLAG", default=True) is True


def test_env_int_parses_numbers_and_keeps_the_default(monkeypatch):
    monkeypatch.setenv("NEWSMAP_NUMBER", "42")
    assert project_settings.env_int("NEWSMAP_NUMBER", 7) == 42
    monkeypatch.delenv("NEWSMAP_NUMBER")
    assert project_settings.env_int("NEWSMAP_NUMBER", 7) == 7


def test_env_int_refuses_a_value_that_is_not_a_number(monkeypatch):
    monkeypatch.setenv("NEWSMAP_NUMBER", "many")
    with pytest.raises(ValueError):
        project_settings.env_int("NEWSMAP_NUMBER", 7)


def test_env_list_splits_on_commas_and_drops_blanks(monkeypatch):
    monkeypatch.setenv("NEWSMAP_HOSTS", "a.example, b.example,,")
    assert project_settings.env_list("NEWSMAP_HOSTS", []) == ["a.example", "b.example"]


def _settings_in_a_fresh_process(env: dict[str, str]) -> dict:
    code = (
        "import json, newsmap.settings as s; print(json.dumps({'engine': s.DATABASES['default']['ENGINE'],"
        " 'broker': s.CELERY_BROKER_URL, 'acks_late': s.CELERY_TASK_ACKS_LATE,"
        " 'reject_on_lost': s.CELERY_TASK_REJECT_ON_WORKER_LOST}))"
    )
    clean = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "CELERY_BROKER_URL"}}
    out = subprocess.run(
        [sys.executable, "-c", code],
        env={**clean, **env},
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)


def test_the_local_defaults_need_no_server(tmp_path):
    values = _settings_in_a_fresh_process({"NEWSMAP_VAR_DIR": str(tmp_path)})
    assert values["engine"] == "django.db.backends.sqlite3"
    assert values["broker"] == "filesystem://"
    assert (tmp_path / "newsmap.sqlite3").parent.is_dir()


def test_database_and_broker_urls_switch_to_postgresql_and_redis(tmp_path):
    values = _settings_in_a_fresh_process(
        {
            "NEWSMAP_VAR_DIR": str(tmp_path),
            "DATABASE_URL": "postgres://newsmap@db:5432/newsmap",
            "CELERY_BROKER_URL": "redis://redis:6379/0",
        }
    )
    assert values["engine"] == "django.db.backends.postgresql"
    assert values["broker"] == "redis://redis:6379/0"


def test_a_dead_worker_gives_its_task_back_to_the_queue(tmp_path):
    values = _settings_in_a_fresh_process({"NEWSMAP_VAR_DIR": str(tmp_path)})
    assert values["acks_late"] is True
    assert values["reject_on_lost"] is True
