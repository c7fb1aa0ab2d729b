"""Classifies input the assistant cannot read normally, so it can answer politely.

Used by the NLU pipeline (InputGuard component), the actions and the triage command.
Over-long text is still analysed (and always safety-checked in full); the verdict only
lets the assistant say it read a long message.
"""
from __future__ import annotations

import html
import re
import unicodedata

from bot import config

_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>")
_SCRIPT = re.compile(r"<\s*script\b.*?<\s*/\s*script\s*>", re.S | re.I)
_LETTER = re.compile(r"[^\W\d_]", re.U)


def strip_markup(text: str) -> str:
    """Text without HTML tags or script blocks; entities decoded. Never rendered, only read."""
    text = _SCRIPT.sub(" ", text or "")
    return html.unescape(_TAG.sub(" ", text))


def classify_input(text: str) -> dict:
    """{'problem': None|'empty'|'no_words'|'binary'|'markup'|'too_long', 'length': n}."""
    raw = text or ""
    length = len(raw)
    if "\x00" in raw or sum(1 for c in raw[:2000] if unicodedata.category(c) in ("Cc", "Co", "Cs")
                             and c not in "\n\r\t") > 5:
        return {"problem": "binary", "length": length}
    if not raw.strip():
        return {"problem": "empty", "length": length}
    visible = strip_markup(raw)
    if not _LETTER.search(visible):
        return {"problem": "no_words", "length": length}
    if _TAG.search(raw):
        return {"problem": "markup", "length": length}
    if length > config.get_int("VRAAGBAAK_MAX_MESSAGE_CHARS"):
        return {"problem": "too_long", "length": length}
    return {"problem": None, "length": length}
