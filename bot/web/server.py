"""The web server (port WEB_PORT): the demo gemeente pages with the chat widget, the widget's chat API
(a proxy to Rasa's REST channel that enforces length, rate, CORS and escaping), and the consultant
web app API of the contract (`GET /api/conversations/<sender_id>`)."""
from __future__ import annotations

import asyncio
import hmac
import json
import logging
import os
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Awaitable, Callable, Dict, List, Optional

from aiohttp import ClientError, ClientSession, ClientTimeout, web

from bot import config
from bot.web import pages, render

log = logging.getLogger("vraagbaak.web")
STATIC = Path(__file__).resolve().parent / "static"
SESSION_RE = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
SETTINGS: "web.AppKey[Settings]" = web.AppKey("settings", object)  # type: ignore[arg-type]
BUCKET = web.AppKey("bucket", object)
CLIENT = web.AppKey("client", ClientSession)

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
       "form-action 'self'; frame-ancestors 'self'")

# Polite Dutch texts for every refusal: the widget shows them as they are.
TEXT = {
    "too_long": "Je bericht is te lang. Wil je het in kortere stukken sturen?",
    "empty": "Je bericht is leeg. Typ eerst wat je wilt vragen.",
    "rate": "Je stuurt veel berichten snel achter elkaar. Wacht even en probeer het dan opnieuw.",
    "bad_json": "Dit bericht konden we niet lezen. Probeer het opnieuw.",
    "bad_session": "Dit gesprek is niet geldig. Laad de pagina opnieuw.",
    "origin": "Deze website mag de chat van de Vraagbaak niet gebruiken.",
    "unavailable": "De Vraagbaak is even niet bereikbaar. We proberen het opnieuw. Direct hulp nodig? Bel 112 of 113.",
    "unauthorized": "Geen geldige toegangscode.",
    "not_found": "Niet gevonden.",
}


@dataclass
class Settings:
    rasa_url: str
    rasa_token: str
    api_token: str
    cors_origins: List[str]
    max_chars: int = 4000
    rate_per_minute: float = 20.0
    rate_burst: int = 8
    default_gemeente: str = "voorbeeldstad"
    app_db_url: Optional[str] = None
    tracker_db_url: Optional[str] = None
    gemeenten: Dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_env(cls) -> "Settings":
        config.load()
        env = os.environ
        return cls(rasa_url=f"http://127.0.0.1:{env['RASA_PORT']}", rasa_token=env["RASA_API_TOKEN"],
                   api_token=env["VRAAGBAAK_API_TOKEN"],
                   cors_origins=[o.strip().rstrip("/") for o in env["VRAAGBAAK_CORS_ORIGINS"].split(",") if o.strip()],
                   max_chars=int(env["VRAAGBAAK_MAX_MESSAGE_CHARS"]),
                   rate_per_minute=float(env["WEB_RATE_PER_MINUTE"]), rate_burst=int(env["WEB_RATE_BURST"]),
                   default_gemeente=env["VRAAGBAAK_GEMEENTE"], gemeenten=pages.gemeenten())


class TokenBucket:
    """Per-session rate limit: `burst` messages at once, refilled at `per_minute`."""

    def __init__(self, per_minute: float, burst: int):
        self.rate, self.burst = per_minute / 60.0, burst
        self.buckets: Dict[str, List[float]] = {}

    def allow(self, key: str, now: Optional[float] = None) -> bool:
        now = time.monotonic() if now is None else now
        tokens, last = self.buckets.get(key, [float(self.burst), now])
        tokens = min(float(self.burst), tokens + (now - last) * self.rate)
        if len(self.buckets) > 50_000:  # bounded memory: drop full buckets
            self.buckets = {k: v for k, v in self.buckets.items() if v[0] < self.burst}
        if tokens < 1:
            self.buckets[key] = [tokens, now]
            return False
        self.buckets[key] = [tokens - 1, now]
        return True


def error(status: int, key: str, headers: Optional[Dict[str, str]] = None) -> web.Response:
    return web.json_response({"error": key, "message": TEXT[key]}, status=status, headers=headers)


def _own_origin(request: web.Request) -> str:
    return f"{request.scheme}://{request.host}"


@web.middleware
async def security(request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]):
    """CORS only for the configured sites, on the chat API; security headers on everything."""
    settings: Settings = request.app[SETTINGS]
    origin = request.headers.get("Origin")
    chat = request.path.startswith("/chat/")
    allowed = origin is not None and (origin.rstrip("/") in settings.cors_origins or origin == _own_origin(request))
    if chat and origin is not None and not allowed:
        response: web.StreamResponse = error(403, "origin")
    elif chat and request.method == "OPTIONS":
        response = web.Response(status=204, headers={
            "Access-Control-Allow-Methods": "GET, POST, DELETE, OPTIONS",
            "Access-Control-Allow-Headers": "Content-Type", "Access-Control-Max-Age": "600"})
    else:
        try:
            response = await handler(request)
        except web.HTTPException as exc:
            response = exc if exc.status != 404 else error(404, "not_found")
    if chat and allowed:
        response.headers["Access-Control-Allow-Origin"] = origin
    if chat:
        response.headers["Vary"] = "Origin"
        response.headers["Cache-Control"] = "no-store"
    response.headers["Content-Security-Policy"] = CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "same-origin"
    response.headers.setdefault("X-Frame-Options", "SAMEORIGIN")
    return response


async def _json_body(request: web.Request, limit: int) -> Dict:
    raw = await request.content.read(limit + 1)
    if len(raw) > limit:
        raise ValueError("too_long")
    try:
        body = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ValueError("bad_json")
    if not isinstance(body, dict):
        raise ValueError("bad_json")
    return body


async def chat_message(request: web.Request) -> web.Response:
    """{"session", "message", "display"?, "gemeente"?} → {"messages": [{"from": "bot", "html"}]}"""
    settings: Settings = request.app[SETTINGS]
    try:
        body = await _json_body(request, settings.max_chars * 6 + 2000)
    except ValueError as exc:
        return error(413 if str(exc) == "too_long" else 400, str(exc))
    session, message = body.get("session"), body.get("message")
    if not isinstance(session, str) or not SESSION_RE.match(session):
        return error(400, "bad_session")
    if not isinstance(message, str) or not message.strip():
        return error(400, "empty")
    if len(message) > settings.max_chars:
        return error(413, "too_long")
    if not request.app[BUCKET].allow(session):
        return error(429, "rate", headers={"Retry-After": str(max(1, int(60 / settings.rate_per_minute)))})
    gemeente = body.get("gemeente")
    if not isinstance(gemeente, str) or gemeente not in settings.gemeenten:
        gemeente = settings.default_gemeente
    metadata: Dict[str, str] = {"gemeente": gemeente}
    display = body.get("display")
    if isinstance(display, str) and display.strip() and message.startswith("/"):
        metadata["display"] = display[:200]  # a button: its title, for the history
    try:
        async with request.app[CLIENT].post(f"{settings.rasa_url}/webhooks/rest/webhook",
                                              json={"sender": session, "message": message, "metadata": metadata}) as r:
            if r.status != 200:
                log.warning("rasa answered %s", r.status)
                return error(502, "unavailable")
            replies = await r.json()
    except (ClientError, asyncio.TimeoutError, ValueError) as exc:
        log.warning("rasa unreachable: %s", exc)
        return error(502, "unavailable")
    return web.json_response({"messages": [render.bot_message(m) for m in replies if isinstance(m, dict)]})


def history_from_events(events: List[Dict]) -> List[Dict]:
    out = []
    for e in events:
        if e.get("event") == "user":
            text = (e.get("metadata") or {}).get("display") or e.get("text") or ""
            if text.startswith("/"):
                continue  # an internal payload without a title
            out.append(render.user_message(text))
        elif e.get("event") == "bot":
            out.append(render.bot_message({"text": e.get("text"), "buttons": (e.get("data") or {}).get("buttons")}))
    return out


async def chat_history(request: web.Request) -> web.Response:
    """The conversation so far, from Rasa's tracker (server-side), escaped like live messages."""
    settings: Settings = request.app[SETTINGS]
    session = request.query.get("session", "")
    if not SESSION_RE.match(session):
        return error(400, "bad_session")
    try:
        async with request.app[CLIENT].get(f"{settings.rasa_url}/conversations/{session}/tracker",
                                             params={"token": settings.rasa_token, "include_events": "ALL"}) as r:
            if r.status != 200:
                return error(502, "unavailable")
            tracker = await r.json()
    except (ClientError, asyncio.TimeoutError, ValueError):
        return error(502, "unavailable")
    return web.json_response({"messages": history_from_events(tracker.get("events") or [])})


async def chat_forget(request: web.Request) -> web.Response:
    """Ends and deletes the conversation (tracker events and the project's tables), except the safety
    flags: a disclosure of danger must still reach a consultant (vital interest)."""
    from bot.retention import forget_conversation
    settings: Settings = request.app[SETTINGS]
    session = request.match_info["session"]
    if not SESSION_RE.match(session):
        return error(400, "bad_session")
    loop = asyncio.get_running_loop()
    deleted = await loop.run_in_executor(None, lambda: forget_conversation(
        session, app_url=settings.app_db_url, tracker=settings.tracker_db_url))
    request.app[BUCKET].buckets.pop(session, None)
    return web.json_response({"deleted": deleted,
                              "message": "Het gesprek is beëindigd en gewist."})


async def health(request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


async def api_conversation(request: web.Request) -> web.Response:
    """Contract: the summary JSON of a chat conversation, for the consultant web app."""
    settings: Settings = request.app[SETTINGS]
    auth = request.headers.get("Authorization", "")
    given = auth[7:].strip() if auth.lower().startswith("bearer ") else ""
    if not given or not hmac.compare_digest(given.encode(), settings.api_token.encode()):
        return error(401, "unauthorized", headers={"WWW-Authenticate": "Bearer"})
    from bot import store
    sender_id = request.match_info["sender_id"]
    loop = asyncio.get_running_loop()
    row = await loop.run_in_executor(None, lambda: store.get_conversation(sender_id, url=settings.app_db_url))
    if row is None:
        return error(404, "not_found")
    return web.json_response(row.summary or {})


async def page(request: web.Request) -> web.Response:
    settings: Settings = request.app[SETTINGS]
    gemeente = request.match_info.get("gemeente")
    name = request.match_info.get("page", "")
    if gemeente is None:
        body = pages.index(settings.gemeenten)
    elif gemeente not in pages.THEMES or name not in pages.PAGES:
        return web.Response(status=404, text=pages.not_found(), content_type="text/html")
    else:
        body = pages.gemeente_page(gemeente, name)
    return web.Response(text=body, content_type="text/html")


async def _startup(app: web.Application) -> None:
    app[CLIENT] = ClientSession(timeout=ClientTimeout(total=120, connect=5))


async def _cleanup(app: web.Application) -> None:
    await app[CLIENT].close()


def precompress(folder: Path = STATIC) -> None:
    """gzip siblings of the CSS and JS files (aiohttp serves `x.css.gz` for `x.css` to browsers that
    accept gzip): the widget is loaded on every page of a gemeente site, so its bytes count."""
    import gzip
    for path in list(folder.rglob("*.css")) + list(folder.rglob("*.js")):
        gz = path.with_name(path.name + ".gz")
        try:
            if not gz.exists() or gz.stat().st_mtime < path.stat().st_mtime:
                tmp = gz.with_name(gz.name + f".{os.getpid()}.tmp")
                tmp.write_bytes(gzip.compress(path.read_bytes(), 9, mtime=0))
                os.replace(tmp, gz)
        except OSError as exc:  # a read-only install still works, uncompressed
            log.warning("could not precompress %s: %s", path, exc)


def create_app(settings: Optional[Settings] = None) -> web.Application:
    settings = settings or Settings.from_env()
    precompress()
    if not settings.gemeenten:
        settings.gemeenten = pages.gemeenten()
    app = web.Application(middlewares=[security], client_max_size=settings.max_chars * 6 + 4096)
    app[SETTINGS] = settings
    app[BUCKET] = TokenBucket(settings.rate_per_minute, settings.rate_burst)
    app.on_startup.append(_startup)
    app.on_cleanup.append(_cleanup)
    app.router.add_get("/", page)
    app.router.add_get("/health", health)
    app.router.add_post("/chat/api/message", chat_message)
    app.router.add_get("/chat/api/history", chat_history)
    app.router.add_delete("/chat/api/session/{session}", chat_forget)
    app.router.add_route("OPTIONS", "/chat/{tail:.*}", health)  # answered by the middleware
    app.router.add_get("/api/conversations/{sender_id}", api_conversation)
    app.router.add_static("/static/", STATIC, append_version=False)
    app.router.add_get("/{gemeente}/", page)
    app.router.add_get("/{gemeente}/{page}", page)
    return app


def main() -> None:
    config.load()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s web %(levelname)s %(message)s")
    web.run_app(create_app(), host=os.environ.get("WEB_HOST", "127.0.0.1"), port=int(os.environ["WEB_PORT"]),
                access_log=None, print=lambda *_: None)
    # (run_app handles SIGINT/SIGTERM and closes cleanly)
