"""Retention (AVG data minimisation): conversations untouched for VRAAGBAAK_RETENTION_DAYS are deleted,
from the project's tables and from Rasa's tracker store. `make run` purges at start and daily;
`vraagbaak purge` does it by hand."""
from __future__ import annotations

import datetime as dt
from typing import Dict, Optional

from sqlalchemy import create_engine, text

from bot import config, store


def tracker_url() -> str:
    """SQLAlchemy URL of Rasa's SQL tracker store, from the same settings as endpoints.yml."""
    config.load()
    dialect = config.get("VRAAGBAAK_TRACKER_DIALECT")
    db = config.get("VRAAGBAAK_TRACKER_DB")
    if dialect == "sqlite":
        path = db if db.startswith("/") else str(config.ROOT / db)
        return f"sqlite:///{path}"
    user, password = config.get("VRAAGBAAK_TRACKER_USER"), config.get("VRAAGBAAK_TRACKER_PASSWORD")
    host, port = config.get("VRAAGBAAK_TRACKER_HOST") or "localhost", config.get("VRAAGBAAK_TRACKER_PORT")
    auth = f"{user}:{password}@" if user else ""
    return f"{dialect}://{auth}{host}{':' + port if port else ''}/{db}"


def purge(days: Optional[int] = None, now: Optional[dt.datetime] = None, *, app_url: Optional[str] = None,
          tracker: Optional[str] = None) -> Dict[str, int]:
    """Deletes every conversation whose last activity is older than `days`. Returns what was deleted."""
    days = config.get_int("VRAAGBAAK_RETENTION_DAYS") if days is None else days
    now = now or dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    cutoff = now - dt.timedelta(days=days)
    deleted = {"conversations": 0, "safety_flags": 0, "callback_requests": 0, "tracker_events": 0}
    with store.session(app_url) as s, s.begin():
        old = [c.sender_id for c in s.query(store.Conversation).filter(store.Conversation.updated_at < cutoff)]
        if old:
            deleted["safety_flags"] = s.query(store.SafetyFlag).filter(store.SafetyFlag.sender_id.in_(old)).delete(synchronize_session=False)
            deleted["callback_requests"] = s.query(store.CallbackRequest).filter(
                store.CallbackRequest.sender_id.in_(old)).delete(synchronize_session=False)
            deleted["conversations"] = s.query(store.Conversation).filter(store.Conversation.sender_id.in_(old)).delete(synchronize_session=False)
    engine = create_engine(tracker or tracker_url(), future=True)
    with engine.begin() as conn:
        if engine.dialect.has_table(conn, "events"):
            result = conn.execute(text(
                "DELETE FROM events WHERE sender_id IN (SELECT sender_id FROM events GROUP BY sender_id "
                "HAVING MAX(timestamp) < :cutoff)"), {"cutoff": cutoff.replace(tzinfo=dt.timezone.utc).timestamp()})
            deleted["tracker_events"] = result.rowcount or 0
    engine.dispose()
    return deleted


def forget_conversation(sender_id: str, *, app_url: Optional[str] = None, tracker: Optional[str] = None) -> Dict[str, int]:
    """Ends and deletes one conversation at the user's request (the web chat's "wissen"): its tracker
    events and its row in the project's tables. The safety flags of that sender are KEPT: a disclosure
    of danger must still reach a consultant (vital interest); the widget says so before deleting."""
    deleted = {"conversations": 0, "tracker_events": 0, "safety_flags_kept": 0}
    with store.session(app_url) as s, s.begin():
        deleted["conversations"] = s.query(store.Conversation).filter(
            store.Conversation.sender_id == sender_id).delete(synchronize_session=False)
        deleted["safety_flags_kept"] = s.query(store.SafetyFlag).filter(store.SafetyFlag.sender_id == sender_id).count()
        # call back requests are withdrawn, unless urgent (a safety signal: like the flags, kept)
        deleted["callback_requests"] = s.query(store.CallbackRequest).filter(
            store.CallbackRequest.sender_id == sender_id,
            store.CallbackRequest.urgent.is_(False)).delete(synchronize_session=False)
    engine = create_engine(tracker or tracker_url(), future=True)
    with engine.begin() as conn:
        if engine.dialect.has_table(conn, "events"):
            result = conn.execute(text("DELETE FROM events WHERE sender_id = :sender"), {"sender": sender_id})
            deleted["tracker_events"] = result.rowcount or 0
    engine.dispose()
    return deleted
