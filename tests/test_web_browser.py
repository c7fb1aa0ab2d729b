"""The web chat in a real browser: Debian's headless Chromium, driven by Playwright, against the real
Rasa, action and web servers (LocalServers on free ports). Screenshots of the main states go to
results/screenshots/ (gitignored)."""
import json
import os
import sqlite3
import time
from pathlib import Path

import pytest

from bot.run import MODEL, ROOT, LocalServers

pytestmark = pytest.mark.slow

CHROMIUM = os.environ.get("VRAAGBAAK_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SHOTS = ROOT / "results" / "screenshots"
KEY_PREFIX = "vraagbaak.session."


@pytest.fixture(scope="module")
def servers(tmp_path_factory):
    if not MODEL.exists():
        pytest.fail("no trained model: run `make train` (make test does)")
    srv = LocalServers(tmp_path_factory.mktemp("web"), WEB_RATE_BURST="40", WEB_RATE_PER_MINUTE="120").start()
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists() or not AXE.exists():
        pytest.fail(f"{CHROMIUM} or node_modules missing: run `make browser-deps` (make test does)")
    from playwright.sync_api import sync_playwright
    pw = sync_playwright().start()
    b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    SHOTS.mkdir(parents=True, exist_ok=True)
    yield b
    b.close()
    pw.stop()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="nl-NL")
    p = context.new_page()
    errors = []
    p.on("pageerror", lambda e: errors.append(str(e)))
    yield p
    context.close()
    assert errors == [], errors


def shot(page, name):
    page.screenshot(path=str(SHOTS / f"{name}.png"))


def open_chat(page, servers, path="/voorbeeldstad/jeugd"):
    page.goto(servers.web_url + path)
    page.get_by_role("button", name="Chat met de Vraagbaak").click()
    page.get_by_label("Je bericht").wait_for()


def bot_count(page):
    return page.locator(".vb-msg--bot").count()


def wait_answer(page, before, timeout=90):
    """Waits until the assistant answered (more bot messages, nothing pending)."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        if bot_count(page) > before and page.locator(".vb-msg--pending").count() == 0:
            return page.locator(".vb-msg--bot").all_inner_texts()[before:]
        time.sleep(0.1)
    raise AssertionError("no answer: " + page.locator(".vb-log").inner_text())


def say(page, text):
    before = bot_count(page)
    page.get_by_label("Je bericht").fill(text)
    page.keyboard.press("Enter")
    return " ".join(wait_answer(page, before))


def session_id(page):
    return page.evaluate("() => Object.keys(sessionStorage).filter(k => k.startsWith('%s')).map(k => sessionStorage.getItem(k))[0] || null" % KEY_PREFIX)


def test_intake_with_a_button_survives_reload_and_navigation(page, servers):
    page.goto(servers.web_url + "/voorbeeldstad/jeugd")
    launcher = page.get_by_role("button", name="Chat met de Vraagbaak")
    assert launcher.get_attribute("aria-expanded") == "false"
    launcher.click()
    panel = page.locator("#vb-panel")
    assert panel.is_visible() and launcher.is_hidden()
    # before the first message: the urgent numbers and the privacy notice, open
    assert panel.locator(".vb-urgent").inner_text() == "Direct hulp nodig? Bel 112 of 113"
    assert panel.locator(".vb-urgent a[href='tel:112']").is_visible()
    assert panel.locator("details.vb-privacy").get_attribute("open") is not None
    assert "digitale assistent" in panel.locator(".vb-privacy p").inner_text()
    assert page.evaluate("() => document.activeElement.id") == "vb-input"
    shot(page, "01-geopend")

    page.evaluate("""() => { window.__typing = false; const t = document.querySelector('.vb-typing');
        new MutationObserver(() => { if (t.classList.contains('vb-typing--on') && t.textContent.includes('typt')) window.__typing = true; })
        .observe(t, {attributes: true, childList: true}); }""")
    assert "digitale assistent" in say(page, "hallo")
    assert page.evaluate("() => window.__typing") is True  # the typing indicator was shown
    assert page.locator(".vb-msg--bot a[href='tel:112']").count() >= 1  # numbers in replies are links
    assert page.locator("details.vb-privacy").get_attribute("open") is None  # folded, still one click away
    say(page, "mijn zoon van 12 is heel boos de laatste tijd")
    assert "jezelf iets aan te doen" in say(page, "ik kan niet meer")
    choices = page.locator(".vb-msg--bot").nth(bot_count(page) - 1).locator("button.vb-choice")
    assert choices.all_inner_texts() == ["Ja", "Nee"]
    shot(page, "02-gesprek-met-knoppen")
    before = bot_count(page)
    choices.filter(has_text="Nee").click()
    reply = " ".join(wait_answer(page, before))
    assert "geen direct gevaar" in reply
    assert page.locator(".vb-msg--user").last.inner_text().endswith("Nee")  # the title, not "/deny"
    assert choices.first.is_disabled()

    sid = session_id(page)
    assert sid and sid.startswith("web-")
    log_before = page.locator(".vb-msg").all_inner_texts()
    page.reload()
    page.locator(".vb-msg--bot").first.wait_for()  # reopened with the history from the server
    page.wait_for_timeout(300)
    assert page.locator(".vb-msg").all_inner_texts() == log_before
    assert session_id(page) == sid
    page.get_by_role("link", name="Home").click()
    page.wait_for_url("**/voorbeeldstad/")
    page.locator(".vb-msg--bot").first.wait_for()
    page.wait_for_timeout(300)
    assert page.locator(".vb-msg").all_inner_texts() == log_before and session_id(page) == sid
    shot(page, "03-na-navigatie")

    # the history is real: Rasa's tracker has it, with the gemeente in the metadata
    events = [json.loads(r[0]) for r in sqlite3.connect(servers.tracker_db).execute(
        "select data from events where sender_id=? and type_name='user'", (sid,))]
    assert [e["text"] for e in events][-1] == "/deny"
    assert all(e["metadata"]["gemeente"] == "voorbeeldstad" for e in events)
    assert events[-1]["metadata"]["display"] == "Nee"


def test_talk_to_a_person(page, servers):
    open_chat(page, servers, "/rivierdal/")
    before = bot_count(page)
    page.get_by_role("button", name="Praat met een medewerker").click()
    reply = " ".join(wait_answer(page, before))
    assert "mens" in reply or "medewerker" in reply
    assert page.locator(".vb-msg--user").last.inner_text().endswith("Ik wil met een medewerker praten")
    sid = session_id(page)
    intents = [json.loads(r[0]).get("parse_data", {}).get("intent", {}).get("name") for r in sqlite3.connect(
        servers.tracker_db).execute("select data from events where sender_id=? and type_name='user'", (sid,))]
    assert intents == ["request_human"]


def test_connection_drop_and_restore(page, servers):
    open_chat(page, servers)
    say(page, "hallo")
    status = page.locator(".vb-status")

    page.context.set_offline(True)
    page.get_by_label("Je bericht").fill("mijn dochter van 8 huilt veel")
    page.keyboard.press("Enter")
    status.filter(has_text="De verbinding is even weg. We proberen het opnieuw…").wait_for(timeout=10000)
    assert status.get_attribute("role") == "status"
    assert page.locator(".vb-msg--pending .vb-text").text_content() == "mijn dochter van 8 huilt veel"  # kept, not lost
    shot(page, "04-verbinding-weg")
    before = bot_count(page)
    page.context.set_offline(False)
    status.filter(has_text="Verbinding hersteld").wait_for(timeout=30000)
    wait_answer(page, before)  # the pending message was sent after all

    servers.stop_web()  # the real thing: the web server goes away and comes back
    try:
        page.get_by_label("Je bericht").fill("sinds twee weken")
        page.keyboard.press("Enter")
        status.filter(has_text="De verbinding is even weg").wait_for(timeout=10000)
        before = bot_count(page)
    finally:
        servers.start_web()
    status.filter(has_text="Verbinding hersteld").wait_for(timeout=40000)
    wait_answer(page, before)
    sid = session_id(page)
    texts = [r[0] for r in sqlite3.connect(servers.tracker_db).execute(
        "select json_extract(data, '$.text') from events where sender_id=? and type_name='user'", (sid,))]
    assert texts == ["hallo", "mijn dochter van 8 huilt veel", "sinds twee weken"]  # each exactly once


def test_html_injection_is_shown_as_text(page, servers):
    open_chat(page, servers)
    attack = '<img src=x onerror="window.__pwned=1"><b>vet</b><script>window.__pwned=2</script>'
    say(page, attack)
    say(page, 'kijk op https://example.org/"><img src=x onerror="window.__pwned=3">')
    assert page.locator(".vb-msg--user .vb-text").first.text_content() == attack
    assert page.locator(".vb-log img, .vb-log script, .vb-log b").count() == 0
    page.reload()  # and the same after the history came back from the server
    page.locator(".vb-msg--user").first.wait_for()
    page.wait_for_timeout(300)
    assert page.locator(".vb-msg--user .vb-text").first.text_content() == attack
    assert page.locator(".vb-log img, .vb-log script, .vb-log b").count() == 0
    assert page.evaluate("() => window.__pwned") is None
    shot(page, "05-html-als-tekst")


def test_every_control_by_keyboard_with_visible_focus(page, servers):
    page.goto(servers.web_url + "/voorbeeldstad/jeugd")
    for _ in range(30):  # from the top of the page to the chat button
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.classList.contains('vb-launcher')"):
            break
    else:
        raise AssertionError("the chat button cannot be reached by keyboard")
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "vb-input"
    page.keyboard.type("hallo")
    before = bot_count(page)
    page.keyboard.press("Enter")
    wait_answer(page, before)

    describe = """() => { const e = document.activeElement; const s = getComputedStyle(e);
        return {inside: !!e.closest('.vraagbaak'), name: (e.getAttribute('aria-label') || e.textContent || e.id || '').trim().slice(0, 40),
                tag: e.tagName, href: e.getAttribute('href'), id: e.id,
                focus: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none'}; }"""
    seen = []
    for _ in range(60):
        page.keyboard.press("Tab")
        d = page.evaluate(describe)
        if d["inside"]:
            seen.append(d)
            if d["id"] == "vb-input" and len(seen) > 1:
                break
    names = {d["name"] for d in seen}
    for control in ["Verstuur", "Praat met een medewerker", "Gesprek beëindigen en wissen", "Chat sluiten",
                    "112", "113", "Wat gebeurt er met je gegevens?"]:
        assert control in names, (control, names)
    assert any(d["id"] == "vb-input" for d in seen) and any(d["tag"] == "DIV" for d in seen)  # the log scrolls by keyboard
    assert all(d["focus"] for d in seen), [d for d in seen if not d["focus"]]

    page.locator(".vb-forget").focus()
    page.keyboard.press("Enter")
    assert page.locator("dialog.vb-dialog").is_visible()
    assert page.evaluate("() => document.activeElement.textContent") == "Nee, ga terug"
    page.keyboard.press("Escape")
    assert page.locator("dialog.vb-dialog").is_hidden()
    page.get_by_label("Je bericht").focus()
    page.keyboard.press("Escape")  # closes the chat, focus back on its button
    assert page.locator("#vb-panel").is_hidden()
    assert page.evaluate("() => document.activeElement.classList.contains('vb-launcher')")
    shot(page, "06-toetsenbord")


def test_end_and_delete_keeps_only_the_safety_flag(page, servers):
    open_chat(page, servers)
    reply = say(page, "mijn dochter van 15 zei gisteren dat ze dood wil")
    assert "113" in reply
    sid = session_id(page)
    app = sqlite3.connect(servers.database)
    assert app.execute("select count(*) from safety_flags where sender_id=?", (sid,)).fetchone()[0] >= 1
    page.get_by_role("button", name="Gesprek beëindigen en wissen").click()
    dialog = page.get_by_role("dialog", name="Gesprek beëindigen en wissen?")
    assert "Als je ons vertelde over gevaar, bewaren we alleen dat bericht zodat een medewerker kan helpen." in dialog.inner_text()
    shot(page, "07-wissen-bevestigen")
    dialog.get_by_role("button", name="Ja, wis het gesprek").click()
    page.locator(".vb-status", has_text="gewist").wait_for()
    assert page.locator(".vb-msg").count() == 0 and session_id(page) is None
    tracker = sqlite3.connect(servers.tracker_db)
    assert tracker.execute("select count(*) from events where sender_id=?", (sid,)).fetchone()[0] == 0
    assert app.execute("select count(*) from conversations where sender_id=?", (sid,)).fetchone()[0] == 0
    assert app.execute("select count(*) from safety_flags where sender_id=?", (sid,)).fetchone()[0] >= 1
    page.reload()
    page.wait_for_timeout(500)
    assert page.locator(".vb-msg").count() == 0


def test_phone_width_zoom_and_two_themes(browser, servers):
    context = browser.new_context(viewport={"width": 320, "height": 640}, device_scale_factor=2)
    page = context.new_page()
    try:
        open_chat(page, servers, "/rivierdal/jeugd")
        say(page, "hallo")
        sizes = page.evaluate("""() => ({doc: document.documentElement.scrollWidth,
            panel: document.querySelector('#vb-panel').getBoundingClientRect().width,
            inner: document.querySelector('#vb-panel').scrollWidth})""")
        assert sizes["doc"] <= 320 and sizes["panel"] <= 320 and sizes["inner"] <= 320, sizes
        assert page.get_by_role("button", name="Verstuur").is_visible()
        shot(page, "08-telefoon-320px")
        page.evaluate("() => { document.documentElement.style.fontSize = '200%'; }")  # text at 200%
        page.wait_for_timeout(200)
        sizes = page.evaluate("""() => ({doc: document.documentElement.scrollWidth,
            inner: document.querySelector('#vb-panel').scrollWidth,
            fs: parseFloat(getComputedStyle(document.querySelector('.vb-input')).fontSize)})""")
        assert sizes["fs"] >= 32 and sizes["doc"] <= 320 and sizes["inner"] <= 320, sizes
        for name in ["Verstuur", "Praat met een medewerker", "Gesprek beëindigen en wissen"]:
            button = page.get_by_role("button", name=name)
            button.scroll_into_view_if_needed()
            assert button.is_visible()
        shot(page, "09-telefoon-tekst-200")
    finally:
        context.close()

    colours = {}
    for gemeente in ["voorbeeldstad", "rivierdal"]:
        context = browser.new_context(viewport={"width": 1280, "height": 800})
        page = context.new_page()
        open_chat(page, servers, f"/{gemeente}/jeugd")
        say(page, "hallo")
        say(page, "mijn zoon van 12 is heel boos de laatste tijd")
        say(page, "ik kan niet meer")
        colours[gemeente] = page.evaluate("""() => [getComputedStyle(document.querySelector('.vb-header')).backgroundColor,
            getComputedStyle(document.querySelector('.vb-input')).fontFamily]""")
        shot(page, f"10-thema-{gemeente}")
        context.close()
    assert colours["voorbeeldstad"][0] != colours["rivierdal"][0]  # the same widget, restyled by tokens only
    assert colours["voorbeeldstad"][1] != colours["rivierdal"][1]


def run_axe(page):
    page.evaluate(AXE.read_text(encoding="utf-8"))
    return page.evaluate("""() => axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
        .then(r => ({violations: r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                    nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)})), passes: r.passes.length}))""")


def test_axe_finds_no_serious_violations(page, servers):
    results = {}
    for gemeente in ["voorbeeldstad", "rivierdal"]:
        open_chat(page, servers, f"/{gemeente}/jeugd")
        say(page, "hallo")
        say(page, "mijn zoon van 12 is heel boos de laatste tijd")
        say(page, "ik kan niet meer")  # a message with answer buttons
        results[gemeente] = run_axe(page)
        page.evaluate("() => sessionStorage.clear()")
    (ROOT / "results").mkdir(exist_ok=True)
    (ROOT / "results" / "axe.json").write_text(json.dumps(results, indent=2, ensure_ascii=False))
    for gemeente, r in results.items():
        assert r["passes"] > 10
        bad = [v for v in r["violations"] if v["impact"] in ("serious", "critical")]
        assert bad == [], (gemeente, bad)
