"""Alembic schema migrations of the project's own tables (bot/store.py).

`upgrade(url)` brings any database to the newest revision; the store calls it before first use,
so `make run` and the tests never need a separate step. By hand: `.venv/bin/alembic upgrade head`
(alembic.ini at the repository root reads VRAAGBAAK_DATABASE_URL from .env).
A database created before migrations existed (tables, no alembic_version) is stamped as the
first revision, whose schema it has, and then upgraded: no rows are lost.
"""
from __future__ import annotations

import time
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, inspect
from sqlalchemy.exc import OperationalError, ProgrammingError

HERE = Path(__file__).resolve().parent
BASELINE = "0001"


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def current_revision(url: str):
    from alembic.runtime.migration import MigrationContext
    engine = create_engine(url, future=True)
    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    finally:
        engine.dispose()


def _tables(url: str) -> set:
    engine = create_engine(url, future=True)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def upgrade(url: str, revision: str = "head") -> None:
    cfg = alembic_config(url)
    for attempt in range(3):
        try:
            tables = _tables(url)
            if "conversations" in tables and "alembic_version" not in tables:
                command.stamp(cfg, BASELINE)   # created by create_all before migrations existed
            command.upgrade(cfg, revision)
            return
        except (OperationalError, ProgrammingError):
            # Two servers starting at once may race on a fresh database: the loser retries
            # and then finds the schema already at the revision.
            if attempt == 2:
                raise
            time.sleep(0.5 * (attempt + 1))
