"""The project's own tables (SQLAlchemy): conversation facts, safety flags and call back requests.

Rasa's SQL tracker store keeps every event and slot; these tables keep what consultants
need to find fast: the summary JSON per conversation, urgency, the messages that triggered a
safety flag, and the call back requests made with consent. SQLite by default, PostgreSQL in
production (VRAAGBAAK_DATABASE_URL). The schema is managed by Alembic (bot/migrations): every
engine is upgraded to the newest revision before use, so an existing database keeps its rows.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Dict, List, Optional

from sqlalchemy import JSON, Boolean, Column, DateTime, Integer, String, Text, create_engine, select
from sqlalchemy.orm import declarative_base, sessionmaker

from bot import config

Base = declarative_base()


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


class Conversation(Base):
    __tablename__ = "conversations"
    sender_id = Column(String(128), primary_key=True)
    summary = Column(JSON, nullable=False, default=dict)
    facts = Column(JSON, nullable=False, default=dict)
    safety_level = Column(String(8), nullable=False, default="geen")
    urgent = Column(Boolean, nullable=False, default=False)
    hoge_nood = Column(Boolean, nullable=False, default=False)
    handover_requested = Column(Boolean, nullable=False, default=False)
    consent = Column(JSON, nullable=True)
    gemeente = Column(String(64), nullable=True)
    created_at = Column(DateTime, nullable=False, default=_now)
    updated_at = Column(DateTime, nullable=False, default=_now, onupdate=_now)


class SafetyFlag(Base):
    __tablename__ = "safety_flags"
    id = Column(Integer, primary_key=True, autoincrement=True)
    sender_id = Column(String(128), nullable=False, index=True)
    level = Column(String(8), nullable=False)
    message = Column(Text, nullable=False)
    signals = Column(JSON, nullable=False, default=list)
    created_at = Column(DateTime, nullable=False, default=_now)


CALLBACK_STATUSES = ("nieuw", "in_behandeling", "teruggebeld", "niet_bereikt", "afgerond", "ingetrokken")


class CallbackRequest(Base):
    """A call back asked for by a parent, with the consent they gave (what is shared, with whom, when)."""
    __tablename__ = "callback_requests"
    id = Column(Integer, primary_key=True, autoincrement=True)
    sender_id = Column(String(128), nullable=False, index=True)
    gemeente = Column(String(64), nullable=False)
    name = Column(String(100), nullable=False)
    phone = Column(String(20), nullable=True)        # normalised: 0612345678 / 0201234567 / +32...
    email = Column(String(254), nullable=True)
    preferred_moment = Column(String(200), nullable=True)
    consent = Column(JSON, nullable=False)           # {"given", "what", "with", "text", "at"}
    summary = Column(JSON, nullable=False)
    route = Column(String(32), nullable=True)
    safety_level = Column(String(8), nullable=False, default="geen")
    hoge_nood = Column(Boolean, nullable=False, default=False)
    urgent = Column(Boolean, nullable=False, default=False)
    due_by = Column(DateTime, nullable=True)         # UTC
    status = Column(String(20), nullable=False, default="nieuw")
    created_at = Column(DateTime, nullable=False, default=_now)
    updated_at = Column(DateTime, nullable=False, default=_now, onupdate=_now)


def migrate(url: str, revision: str = "head") -> None:
    """Brings the database at `url` to `revision` with Alembic (bot/migrations)."""
    from bot.migrations import upgrade
    upgrade(url, revision)


@lru_cache(maxsize=4)
def _session_factory(url: str):
    migrate(url)
    engine = create_engine(url, future=True, pool_pre_ping=True)
    return sessionmaker(bind=engine, future=True, expire_on_commit=False)


def session(url: Optional[str] = None):
    return _session_factory(url or config.database_url())()


def save_conversation(sender_id: str, summary: Dict, facts: Dict, *, url: Optional[str] = None,
                      handover_requested: Optional[bool] = None, consent: Optional[Dict] = None,
                      gemeente: Optional[str] = None) -> None:
    """Upsert the conversation's facts. Urgency only ever goes up."""
    with session(url) as s, s.begin():
        row = s.get(Conversation, sender_id) or Conversation(sender_id=sender_id, created_at=_now())
        row.summary, row.facts = summary, facts
        level = summary.get("safety", {}).get("level", "geen")
        rank = {"geen": 0, "zorg": 1, "acuut": 2}
        if rank.get(level, 0) >= rank.get(row.safety_level or "geen", 0):
            row.safety_level = level
        row.urgent = bool(row.urgent) or row.safety_level in ("acuut", "zorg")
        row.hoge_nood = bool(row.hoge_nood) or bool(summary.get("hoge_nood"))
        if handover_requested is not None:
            row.handover_requested = handover_requested
        if consent is not None:
            row.consent = consent
        if gemeente:
            row.gemeente = gemeente
        row.updated_at = _now()
        s.add(row)


def flag_safety(sender_id: str, level: str, message: str, signals: List[Dict], *, url: Optional[str] = None) -> None:
    with session(url) as s, s.begin():
        s.add(SafetyFlag(sender_id=sender_id, level=level, message=message[:5000], signals=signals))
        row = s.get(Conversation, sender_id)
        if row is None:
            row = Conversation(sender_id=sender_id, summary={}, facts={}, created_at=_now())
        row.urgent = True
        if level == "acuut" or row.safety_level in (None, "geen"):
            row.safety_level = level if level in ("acuut", "zorg") else row.safety_level or "geen"
        s.add(row)


def get_conversation(sender_id: str, *, url: Optional[str] = None) -> Optional[Conversation]:
    with session(url) as s:
        return s.get(Conversation, sender_id)


def safety_flags(sender_id: str, *, url: Optional[str] = None) -> List[SafetyFlag]:
    with session(url) as s:
        return list(s.scalars(select(SafetyFlag).where(SafetyFlag.sender_id == sender_id).order_by(SafetyFlag.id)))


def save_callback(sender_id: str, *, gemeente: str, name: str, phone: Optional[str], email: Optional[str],
                  preferred_moment: Optional[str], consent: Dict, summary: Dict, due_by: Optional[dt.datetime],
                  url: Optional[str] = None) -> int:
    """Stores a call back request; refuses one without given consent or without a way to reach the parent."""
    if not consent.get("given"):
        raise ValueError("no consent: a call back request is only stored with the parent's consent")
    if not (phone or email):
        raise ValueError("a call back request needs a phone number or an e-mail address")
    level = (summary.get("safety") or {}).get("level", "geen")
    with session(url) as s, s.begin():
        row = CallbackRequest(sender_id=sender_id, gemeente=gemeente, name=name[:100], phone=phone, email=email,
                              preferred_moment=(preferred_moment or "")[:200] or None, consent=consent,
                              summary=summary, route=(summary.get("route") or {}).get("id"), safety_level=level,
                              hoge_nood=bool(summary.get("hoge_nood")), urgent=level in ("acuut", "zorg"),
                              due_by=due_by.astimezone(dt.timezone.utc).replace(tzinfo=None) if due_by else None)
        s.add(row)
        s.flush()
        return row.id


def callbacks(sender_id: Optional[str] = None, *, url: Optional[str] = None) -> List[CallbackRequest]:
    """Call back requests, most urgent first (safety, then hoge nood, then due time)."""
    with session(url) as s:
        query = select(CallbackRequest)
        if sender_id:
            query = query.where(CallbackRequest.sender_id == sender_id)
        rows = list(s.scalars(query))
    return sorted(rows, key=lambda r: (not r.urgent, not r.hoge_nood, r.due_by or dt.datetime.max, r.id))


def set_callback_status(callback_id: int, status: str, *, url: Optional[str] = None) -> None:
    if status not in CALLBACK_STATUSES:
        raise ValueError(f"unknown status {status!r}; one of {', '.join(CALLBACK_STATUSES)}")
    with session(url) as s, s.begin():
        row = s.get(CallbackRequest, callback_id)
        if row is None:
            raise KeyError(callback_id)
        row.status = status
