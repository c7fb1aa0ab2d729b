"""The project's own tables (SQLAlchemy): conversation facts and safety flags.

Rasa's SQL tracker store keeps every event and slot; these tables keep what consultants
need to find fast: the summary JSON per conversation, urgency, and the messages that
triggered a safety flag. SQLite by default, PostgreSQL in production (VRAAGBAAK_DATABASE_URL).
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


@lru_cache(maxsize=4)
def _session_factory(url: str):
    engine = create_engine(url, future=True, pool_pre_ping=True)
    Base.metadata.create_all(engine)
    return sessionmaker(bind=engine, future=True, expire_on_commit=False)


def session(url: Optional[str] = None):
    return _session_factory(url or config.database_url())()


def save_conversation(sender_id: str, summary: Dict, facts: Dict, *, url: Optional[str] = None,
                      handover_requested: Optional[bool] = None, consent: Optional[Dict] = None) -> None:
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
