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


_NL = {"de", "het", "een", "en", "ik", "mijn", "is", "niet", "van", "dat", "hij", "ze", "zij", "wat", "op", "te",
       "met", "heeft", "wil", "naar", "maar", "zijn", "haar", "we", "ook", "al", "nog", "hoe", "kan", "er", "bij", "die"}
_EN = {"the", "a", "and", "i", "my", "is", "not", "of", "that", "he", "she", "what", "on", "to", "with", "has",
       "want", "but", "his", "her", "we", "also", "how", "can", "there", "it", "you", "doesn't", "don't", "does"}
_WORD = re.compile(r"[a-z']+")


def _other_language(text: str) -> bool:
    """English (the other language we meet most) by function words; short messages stay Dutch."""
    words = _WORD.findall(text.lower())
    if len(words) < 4:
        return False
    nl, en = sum(w in _NL for w in words), sum(w in _EN for w in words)
    return en >= 3 and en > 2 * nl


def classify_input(text: str) -> dict:
    """{'problem': None|'empty'|'no_words'|'binary'|'other_language'|'markup'|'too_long', 'length': n}."""
    raw = text or ""
    length = len(raw)
    if "\x00" in raw or sum(1 for c in raw[:2000] if unicodedata.category(c) in ("Cc", "Co", "Cs")
                             and c not in "\n\r\t") > 5:
        return {"problem": "binary", "length": length}
    if not raw.strip():
        return {"problem": "empty", "length": length}
    visible = strip_markup(raw)
    if not _LETTER.search(visible) and not re.search(r"\d", visible):  # "8" answers the scale question
        return {"problem": "no_words", "length": length}
    if _TAG.search(raw):
        return {"problem": "markup", "length": length}
    if _other_language(visible):
        return {"problem": "other_language", "length": length}
    if length > config.get_int("VRAAGBAAK_MAX_MESSAGE_CHARS"):
        return {"problem": "too_long", "length": length}
    return {"problem": None, "length": length}
