import importlib
import shlex
from pathlib import Path

import yaml
from django.core.management import get_commands

ROOT = Path(__file__).resolve().parents[2]


def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def service_argv(name: str) -> list[str]:
    command = compose()["services"][name]["command"]
    return shlex.split(command)


def test_it_runs_web_worker_redis_and_postgresql():
    assert {"web", "worker", "beat", "redis", "db"} <= set(compose()["services"])


def test_the_web_service_serves_the_real_wsgi_application():
    argv = " ".join(service_argv("web"))
    target = argv.split("gunicorn ", 1)[1].split()[0]
    module, attribute = target.split(":")
    assert callable(getattr(importlib.import_module(module), attribute))


def test_the_web_service_only_runs_management_commands_that_exist():
    words = " ".join(service_argv("web")).replace("&&", " ").split()
    commands = [words[i + 1] for i, word in enumerate(words) if word == "manage.py"]
    assert commands
    assert set(commands) <= set(get_commands())


def test_the_worker_and_beat_load_the_project_celery_app():
    for name in ("worker", "beat"):
        argv = service_argv(name)
        app_module = argv[argv.index("-A") + 1]
        assert importlib.import_module(app_module).celery_app.main == "newsmap"


def test_the_app_services_point_at_the_compose_database_and_broker():
    services = compose()["services"]
    env = services["web"]["environment"]
    assert env["DATABASE_URL"].startswith("postgres://") and "@db:" in env["DATABASE_URL"]
    assert env["CELERY_BROKER_URL"].startswith("redis://redis:")
    for name in ("worker", "beat"):
        assert services[name]["environment"] == env


def test_the_image_installs_the_project_requirements():
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert "requirements.txt" in dockerfile
    assert "newsmap.wsgi:application" in dockerfile
