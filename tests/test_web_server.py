"""The web server in-process, against a small fake of Rasa's REST channel and HTTP API: escaping,
length and rate limits, CORS, CSP, malformed input, the consultant API and deleting a conversation.
(The real Rasa behind it is exercised by tests/test_web_browser.py.)"""
import asyncio
import json
import sqlite3

from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot import store
from bot.web import render
from bot.web.server import CSP, Settings, TokenBucket, create_app

SESSION = "web-0123456789abcdef0123"
API_TOKEN = "test-api-token-123"


def fake_rasa(calls):
    async def webhook(request):
        body = await request.json()
        calls.append(body)
        return web.json_response([
            {"recipient_id": body["sender"], "text": f"Je schreef: {body['message']}. Bel 113 of kijk op https://www.113.nl"},
            {"recipient_id": body["sender"], "text": "Klopt dat?",
             "buttons": [{"title": "Ja <img src=x onerror=alert(1)>", "payload": '/affirm" onclick="alert(1)'}]},
        ])

    async def tracker(request):
        if request.query.get("token") != "rasa-token":
            return web.json_response({}, status=401)
        return web.json_response({"events": [
            {"event": "action", "name": "action_listen"},
            {"event": "user", "text": "<b>hallo</b>", "metadata": {"gemeente": "rivierdal"}},
            {"event": "bot", "text": "Dag! Bel 0800-0113.", "data": {"buttons": [{"title": "Ja", "payload": "/affirm"}]}},
            {"event": "user", "text": "/affirm", "metadata": {"display": "Ja"}},
            {"event": "user", "text": "/request_human"},
        ]})

    app = web.Application()
    app.router.add_post("/webhooks/rest/webhook", webhook)
    app.router.add_get("/conversations/{sid}/tracker", tracker)
    return app


def run(test, tmp_path, **overrides):
    """Starts the fake Rasa and our app on test ports, then runs `test(client, calls)`."""
    async def main():
        calls = []
        rasa = TestServer(fake_rasa(calls))
        await rasa.start_server()
        kwargs = dict(rasa_url=str(rasa.make_url("")).rstrip("/"), rasa_token="rasa-token", api_token=API_TOKEN,
                      cors_origins=["https://www.voorbeeldstad.example"], max_chars=200, rate_per_minute=60, rate_burst=5,
                      app_db_url=f"sqlite:///{tmp_path / 'app.db'}", tracker_db_url=f"sqlite:///{tmp_path / 'tracker.db'}")
        kwargs.update(overrides)
        client = TestClient(TestServer(create_app(Settings(**kwargs))))
        await client.start_server()
        try:
            await test(client, calls)
        finally:
            await client.close()
            await rasa.close()
    asyncio.run(main())


def post(client, body, **headers):
    data = body if isinstance(body, (str, bytes)) else json.dumps(body)
    return client.post("/chat/api/message", data=data, headers={"Content-Type": "application/json", **headers})


def test_render_escapes_first_then_links():
    out = render.text_html('<script>alert("x")</script> Bel 112, 113 of 0800-0113; zie 113.nl of https://a.nl/?q=1&r=<2>')
    assert "<script>" not in out and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in out
    assert 'href="tel:112"' in out and 'href="tel:113"' in out and 'href="tel:08000113"' in out
    assert 'href="https://113.nl"' in out and 'href="https://a.nl/?q=1&amp;r="' in out
    assert render.text_html("javascript:alert(1)") == "javascript:alert(1)"
    button = render.buttons_html([{"title": "<i>Ja</i>", "payload": '/affirm"><script>'}])
    assert "<i>" not in button and "<script>" not in button and 'data-payload="/affirm&quot;&gt;&lt;script&gt;"' in button


def test_message_is_proxied_escaped_with_the_gemeente(tmp_path):
    async def test(client, calls):
        r = await post(client, {"session": SESSION, "message": "<img src=x onerror=alert(1)>", "gemeente": "rivierdal"})
        assert r.status == 200
        messages = (await r.json())["messages"]
        html = "".join(m["html"] for m in messages)
        assert "<img" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html
        assert 'href="tel:113"' in html and 'href="https://www.113.nl"' in html
        assert 'onclick="' not in html and 'data-payload="/affirm&quot; onclick=&quot;alert(1)"' in html
        assert calls[-1] == {"sender": SESSION, "message": "<img src=x onerror=alert(1)>", "metadata": {"gemeente": "rivierdal"}}
        r = await post(client, {"session": SESSION, "message": "/affirm", "display": "Ja", "gemeente": "nergensland"})
        assert calls[-1]["metadata"] == {"gemeente": "voorbeeldstad", "display": "Ja"}  # unknown gemeente: the default
    run(test, tmp_path)


def test_length_limit_and_bad_input_get_polite_dutch_answers(tmp_path):
    async def test(client, calls):
        r = await post(client, {"session": SESSION, "message": "a" * 201})
        assert r.status == 413 and "te lang" in (await r.json())["message"]
        r = await post(client, "x" * 5000)
        assert r.status == 413
        r = await post(client, "{niet: json")
        assert r.status == 400 and (await r.json())["message"] == "Dit bericht konden we niet lezen. Probeer het opnieuw."
        r = await post(client, "[1, 2]")
        assert r.status == 400
        r = await post(client, {"session": "../../etc", "message": "hoi"})
        assert r.status == 400 and "niet geldig" in (await r.json())["message"]
        r = await post(client, {"session": SESSION, "message": "   "})
        assert r.status == 400 and "leeg" in (await r.json())["message"]
        assert calls == []  # nothing of this reached Rasa
    run(test, tmp_path)


def test_rate_limit_per_session(tmp_path):
    async def test(client, calls):
        statuses = [(await post(client, {"session": SESSION, "message": f"bericht {i}"})).status for i in range(7)]
        assert statuses[:5] == [200] * 5 and statuses[5:] == [429, 429]
        r = await post(client, {"session": SESSION, "message": "nog een"})
        assert r.status == 429 and "Wacht even" in (await r.json())["message"] and r.headers["Retry-After"]
        other = await post(client, {"session": "web-another-session-0001", "message": "hoi"})
        assert other.status == 200  # the limit is per session
    run(test, tmp_path)
    bucket = TokenBucket(per_minute=60, burst=1)
    assert bucket.allow("s", now=0) and not bucket.allow("s", now=0.5) and bucket.allow("s", now=1.6)


def test_cors_only_for_configured_sites(tmp_path):
    async def test(client, calls):
        ok = "https://www.voorbeeldstad.example"
        r = await post(client, {"session": SESSION, "message": "hoi"}, Origin=ok)
        assert r.status == 200 and r.headers["Access-Control-Allow-Origin"] == ok
        pre = await client.options("/chat/api/message", headers={"Origin": ok, "Access-Control-Request-Method": "POST"})
        assert pre.status == 204 and pre.headers["Access-Control-Allow-Origin"] == ok
        assert "POST" in pre.headers["Access-Control-Allow-Methods"]
        bad = await post(client, {"session": SESSION, "message": "hoi"}, Origin="https://evil.example")
        assert bad.status == 403 and "Access-Control-Allow-Origin" not in bad.headers
        assert "mag de chat" in (await bad.json())["message"]
        pre = await client.options("/chat/api/message", headers={"Origin": "https://evil.example"})
        assert pre.status == 403 and "Access-Control-Allow-Origin" not in pre.headers
        assert len(calls) == 1
    run(test, tmp_path)


def test_pages_send_a_content_security_policy(tmp_path):
    async def test(client, calls):
        for path in ["/", "/voorbeeldstad/", "/voorbeeldstad/jeugd", "/rivierdal/", "/rivierdal/jeugd"]:
            r = await client.get(path)
            body = await r.text()
            assert r.status == 200, path
            assert r.headers["Content-Security-Policy"] == CSP and "script-src 'self'" in CSP and "'unsafe-inline'" not in CSP
            assert r.headers["X-Content-Type-Options"] == "nosniff"
            assert '<html lang="nl">' in body
            if path != "/":
                assert body.count("<script") == 1 and 'src="/static/vraagbaak-widget.js"' in body
        assert (await client.get("/rivierdal/nergens")).status == 404
        assert (await client.get("/onbekend/")).status == 404
        r = await client.get("/static/vraagbaak-widget.js")
        assert r.status == 200 and "Content-Security-Policy" in r.headers
    run(test, tmp_path)


def test_consultant_api_needs_the_token(tmp_path):
    app_db = f"sqlite:///{tmp_path / 'app.db'}"
    store.save_conversation("ouder-7", {"topics": ["slaap"], "child": {"age": 9}}, {}, url=app_db)

    async def test(client, calls):
        assert (await client.get("/api/conversations/ouder-7")).status == 401
        r = await client.get("/api/conversations/ouder-7", headers={"Authorization": "Bearer wrong"})
        assert r.status == 401 and r.headers["WWW-Authenticate"] == "Bearer"
        auth = {"Authorization": f"Bearer {API_TOKEN}"}
        assert (await client.get("/api/conversations/onbekend", headers=auth)).status == 404
        r = await client.get("/api/conversations/ouder-7", headers=auth)
        assert r.status == 200 and await r.json() == {"topics": ["slaap"], "child": {"age": 9}}
    run(test, tmp_path)


def test_history_comes_from_the_tracker_escaped(tmp_path):
    async def test(client, calls):
        r = await client.get(f"/chat/api/history?session={SESSION}")
        messages = (await r.json())["messages"]
        assert [m["from"] for m in messages] == ["user", "bot", "user"]
        assert "&lt;b&gt;hallo&lt;/b&gt;" in messages[0]["html"] and "<b>" not in messages[0]["html"]
        assert 'href="tel:08000113"' in messages[1]["html"] and 'data-payload="/affirm"' in messages[1]["html"]
        assert ">Ja<" in messages[2]["html"]  # a button click shows its title, not the payload
        assert (await client.get("/chat/api/history?session=<x>")).status == 400
    run(test, tmp_path)


def test_rasa_down_gives_a_polite_502(tmp_path):
    async def test(client, calls):
        r = await post(client, {"session": SESSION, "message": "hoi"})
        assert r.status == 502 and "112 of 113" in (await r.json())["message"]
    run(test, tmp_path, rasa_url="http://127.0.0.1:9")


def test_delete_keeps_nothing_but_safety_flags(tmp_path):
    app_db, tracker_path = f"sqlite:///{tmp_path / 'app.db'}", tmp_path / "tracker.db"
    store.save_conversation(SESSION, {"safety": {"level": "acuut"}}, {"child": {"age": 15}}, url=app_db)
    store.flag_safety(SESSION, "acuut", "ze zei dat ze dood wil", [], url=app_db)
    store.save_conversation("someone-else", {}, {}, url=app_db)
    db = sqlite3.connect(tracker_path)
    db.execute("CREATE TABLE events (id INTEGER PRIMARY KEY, sender_id TEXT, type_name TEXT, timestamp REAL, data TEXT)")
    db.executemany("INSERT INTO events (sender_id, type_name, timestamp, data) VALUES (?, 'user', 1, '{}')",
                   [(SESSION,), (SESSION,), ("someone-else",)])
    db.commit()

    async def test(client, calls):
        r = await client.delete(f"/chat/api/session/{SESSION}")
        body = await r.json()
        assert r.status == 200 and body["deleted"]["conversations"] == 1 and body["deleted"]["tracker_events"] == 2
        assert body["deleted"]["safety_flags_kept"] == 1 and "gewist" in body["message"]
    run(test, tmp_path)
    assert store.get_conversation(SESSION, url=app_db) is None
    assert [f.message for f in store.safety_flags(SESSION, url=app_db)] == ["ze zei dat ze dood wil"]
    assert [r[0] for r in db.execute("SELECT sender_id FROM events")] == ["someone-else"]
    assert store.get_conversation("someone-else", url=app_db) is not None
