"""Settings from `.env` (python-dotenv), with the safe defaults of `.env.example`."""
from __future__ import annotations

import os
from pathlib import Path

from dotenv import load_dotenv

ROOT = Path(__file__).resolve().parent.parent

DEFAULTS = {
    "RASA_PORT": "5005",
    "ACTION_PORT": "5055",
    "WEB_PORT": "8000",
    "VRAAGBAAK_TRACKER_DIALECT": "sqlite",
    "VRAAGBAAK_TRACKER_DB": "var/tracker.db",
    "VRAAGBAAK_TRACKER_HOST": "",
    "VRAAGBAAK_TRACKER_PORT": "",
    "VRAAGBAAK_TRACKER_USER": "",
    "VRAAGBAAK_TRACKER_PASSWORD": "",
    "VRAAGBAAK_DATABASE_URL": "sqlite:///var/vraagbaak.db",
    "VRAAGBAAK_ACTION_URL": "http://localhost:5055/webhook",
    "VRAAGBAAK_GEMEENTE": "voorbeeldstad",
    "VRAAGBAAK_SOCIALE_KAART_DIR": "",
    "VRAAGBAAK_API_TOKEN": "change-me-in-dot-env",
    "VRAAGBAAK_RETENTION_DAYS": "90",
    "VRAAGBAAK_MAX_MESSAGE_CHARS": "4000",
    "RASA_API_TOKEN": "change-me-in-dot-env",
    "VRAAGBAAK_CORS_ORIGINS": "http://localhost:8000",
    "WEB_HOST": "127.0.0.1",
    "WEB_RATE_PER_MINUTE": "20",
    "WEB_RATE_BURST": "8",
}


def load() -> None:
    """Read `.env` (never overriding the real environment) and fill in defaults."""
    load_dotenv(ROOT / ".env", override=False)
    for key, value in DEFAULTS.items():
        os.environ.setdefault(key, value)


def get(key: str) -> str:
    load()
    return os.environ[key]


def get_int(key: str) -> int:
    return int(get(key))


def database_url() -> str:
    """The SQLAlchemy URL of the project's own tables; relative SQLite paths are taken from the repo root."""
    url = get("VRAAGBAAK_DATABASE_URL")
    prefix = "sqlite:///"
    if url.startswith(prefix) and not url.startswith(prefix + "/") and ":memory:" not in url:
        path = ROOT / url[len(prefix):]
        path.parent.mkdir(parents=True, exist_ok=True)
        url = prefix + str(path)
    return url
