"""Safe HTML for chat messages: the text is HTML-escaped FIRST, and only then are web addresses and
phone numbers turned into links. Buttons get an escaped title and their payload as data. The widget
inserts nothing else from the server, and renders what the user typed with textContent."""
from __future__ import annotations

import html
import re
from typing import Dict, List, Optional

# Matched on the escaped text, so '<', '>' and '"' can no longer occur; '&' is '&amp;'.
_URLCHAR = r"(?:(?!&(?:lt|gt|quot|#x27);)[^\s<>\"'])"  # stops before an escaped < > " '
_LINK = re.compile(
    rf"(?P<url>https?://{_URLCHAR}+)"
    rf"|(?P<domain>(?<![\w@./-])(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:nl|eu|org|com)(?:/{_URLCHAR}*)?(?![\w@-]))"
    r"|(?P<phone>(?<![\w-])(?:0800-\d{4}|0900-\d{4}|0\d{2,3}-\d{3}\s?\d{3,4}|112|113)(?![\w-]))",
    re.IGNORECASE)
_TRAILING = ".,;:!?)"


def _link(match: "re.Match[str]") -> str:
    text = match.group(0)
    tail = ""
    if not match.group("phone"):
        while text and text[-1] in _TRAILING:
            text, tail = text[:-1], text[-1] + tail
    if match.group("phone"):
        number = re.sub(r"[\s-]", "", text)
        return f'<a class="utrecht-link vb-link" href="tel:{number}">{text}</a>'
    href = text if match.group("url") else "https://" + text
    return (f'<a class="utrecht-link vb-link" href="{href}" target="_blank" rel="noopener noreferrer">'
            f'{text}<span class="vb-visually-hidden"> (opent in een nieuw venster)</span></a>') + tail


def text_html(text: str) -> str:
    """Escaped text with clickable links and line breaks."""
    escaped = html.escape(text or "", quote=True)
    linked = _LINK.sub(_link, escaped)
    return "<br>".join(linked.split("\n"))


def buttons_html(buttons: Optional[List[Dict]]) -> str:
    if not buttons:
        return ""
    items = []
    for b in buttons:
        title = html.escape(str(b.get("title") or b.get("payload") or ""), quote=True)
        payload = html.escape(str(b.get("payload") or b.get("title") or ""), quote=True)
        items.append(f'<button type="button" class="utrecht-button utrecht-button--secondary-action vb-choice" '
                     f'data-payload="{payload}">{title}</button>')
    return f'<div class="vb-choices" role="group" aria-label="Kies een antwoord">{"".join(items)}</div>'


def bot_message(message: Dict) -> Dict:
    """One Rasa reply ({"text", "buttons"?, "image"?}) as {"html": <safe fragment>}."""
    parts = []
    if message.get("text"):
        parts.append(f'<p class="vb-text">{text_html(message["text"])}</p>')
    if message.get("image"):
        parts.append(f'<p class="vb-text">{text_html(str(message["image"]))}</p>')
    parts.append(buttons_html(message.get("buttons")))
    return {"from": "bot", "html": "".join(parts)}


def user_message(text: str) -> Dict:
    return {"from": "user", "html": f'<p class="vb-text">{text_html(text)}</p>'}
