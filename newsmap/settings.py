"""Newsmap settings: everything that differs between machines comes from the environment.

The defaults run a complete local instance with no server to install: SQLite for the database and
Celery's filesystem transport for the broker. Set DATABASE_URL and CELERY_BROKER_URL for PostgreSQL
and Redis (docker-compose.yml does).
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value not in (None, "") else default


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


# Runtime state (SQLite file, filesystem broker, uploads) lives here, outside the code.
VAR_DIR = Path(env_str("NEWSMAP_VAR_DIR", str(BASE_DIR / "var")))
# SQLite and the filesystem broker cannot create their own folder, and a fresh clone has none.
VAR_DIR.mkdir(parents=True, exist_ok=True)

DEBUG = env_bool("DEBUG", default=False)
SECRET_KEY = env_str("SECRET_KEY", "dev-only-insecure-key-change-me")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    # Not the autodiscovering AdminConfig: it would import django-leaflet's admin module, which needs
    # GeoDjango's GDAL library. Our apps register their own admin in AppConfig.ready().
    "django.contrib.admin.apps.SimpleAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "leaflet",
    "geo",
    "articles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "newsmap.urls"
WSGI_APPLICATION = "newsmap.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'newsmap.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The web server and the worker write to the same file: wait for the lock instead of failing.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"timeout": 20, "transaction_mode": "IMMEDIATE", "init_command": "PRAGMA journal_mode=WAL;"}
    )
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    # A file, not memory, so that a test's Celery worker process sees the same test database.
    # One per test run (process), so that two runs on one machine never share a database.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / f"test-newsmap-{os.getpid()}.sqlite3")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "map"
LOGOUT_REDIRECT_URL = "map"

LANGUAGE_CODE = env_str("LANGUAGE_CODE", "en")
LANGUAGES = [("en", _("English")), ("ar", _("Arabic"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env_str("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = DEBUG

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
}

# --- Newsmap --------------------------------------------------------------------------------------

# Largest article a user may upload or paste, in bytes.
NEWSMAP_MAX_UPLOAD_BYTES = env_int("NEWSMAP_MAX_UPLOAD_BYTES", 2 * 1024 * 1024)
# A pasted Arabic text travels percent-encoded, six bytes a letter: let the request through so that the
# form, not Django's generic 400, tells the user the text is too large.
DATA_UPLOAD_MAX_MEMORY_SIZE = 8 * NEWSMAP_MAX_UPLOAD_BYTES
# Browsing (map, articles, API) is public unless this is set; uploading and review always need a login.
NEWSMAP_LOGIN_REQUIRED_FOR_BROWSING = env_bool("NEWSMAP_LOGIN_REQUIRED_FOR_BROWSING", default=False)
# An article left queued or processing this long is requeued by the periodic sweep (a worker died).
NEWSMAP_STUCK_AFTER = timedelta(seconds=env_int("NEWSMAP_STUCK_AFTER_SECONDS", 600))
# Geocoders tried, in order, for a claim the extraction could not place: "gazetteer" is the local
# database; "nominatim" asks OpenStreetMap over the network, so it is off by default.
NEWSMAP_GEOCODERS = env_list("NEWSMAP_GEOCODERS", ["gazetteer"])
NEWSMAP_NOMINATIM_USER_AGENT = env_str("NEWSMAP_NOMINATIM_USER_AGENT", "newsmap")

# Map tiles. With no internet the map still shows its markers and labels on a plain background.
NEWSMAP_TILE_URL = env_str("NEWSMAP_TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
NEWSMAP_TILE_ATTRIBUTION = env_str(
    "NEWSMAP_TILE_ATTRIBUTION", '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'
)
LEAFLET_CONFIG = {
    "DEFAULT_CENTER": (35.0, 38.5),
    "DEFAULT_ZOOM": 7,
    "MIN_ZOOM": 5,
    "MAX_ZOOM": 18,
    "TILES": [("OpenStreetMap", NEWSMAP_TILE_URL, {"attribution": NEWSMAP_TILE_ATTRIBUTION})],
    "RESET_VIEW": False,
}

# --- Celery ---------------------------------------------------------------------------------------

CELERY_BROKER_URL = env_str("CELERY_BROKER_URL", "filesystem://")
if CELERY_BROKER_URL.startswith("filesystem://"):
    _broker_dir = VAR_DIR / "broker"
    for _folder in ("out", "processed", "control"):
        (_broker_dir / _folder).mkdir(parents=True, exist_ok=True)
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(_broker_dir / "out"),
        "data_folder_out": str(_broker_dir / "out"),
        "processed_folder": str(_broker_dir / "processed"),
        "control_folder": str(_broker_dir / "control"),
        "store_processed": False,
    }
else:
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        # A message taken by a worker that dies unacknowledged goes back to the queue after this.
        "visibility_timeout": env_int("CELERY_VISIBILITY_TIMEOUT", 3600),
        # How often a worker looks for such messages: every interval x throttle seconds.
        "unacked_restore_interval": env_int("CELERY_UNACKED_RESTORE_INTERVAL", 10),
        "unacked_restore_throttle": env_int("CELERY_UNACKED_RESTORE_THROTTLE", 10),
        # The sweep holds a lock in Redis; a worker killed while holding it blocks the sweep this long.
        "unacked_mutex_expire": env_int("CELERY_UNACKED_MUTEX_EXPIRE", 300),
    }
# Results are not used: the article's status field is the source of truth.
# Tests give each run a queue of its own so that two runs on one Redis never take each other's tasks.
CELERY_TASK_DEFAULT_QUEUE = env_str("NEWSMAP_QUEUE", "newsmap")
CELERY_TASK_IGNORE_RESULT = True
CELERY_RESULT_BACKEND = None
# Acknowledge after the task ran, so a task whose worker died is delivered again.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_TASK_ALWAYS_EAGER", default=False)
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_BEAT_SCHEDULE = {
    "requeue-stuck-articles": {
        "task": "articles.tasks.requeue_stuck_articles",
        "schedule": env_int("NEWSMAP_SWEEP_EVERY_SECONDS", 120),
    },
}
CELERY_BEAT_SCHEDULE_FILENAME = str(VAR_DIR / "celerybeat-schedule")
