"""Closing-note figures for the web chat, measured in Debian's headless Chromium against the real
servers (LocalServers on free ports):

- axe-core (WCAG 2.1 A/AA tags) on both gemeente themes, chat open with a conversation and answer buttons;
- the widget's page weight: bytes transferred for the widget's own files (script, CSS) on a cold cache,
  and the whole demo page for comparison;
- time to interactive on the test page: navigation start until the chat button is in the page with its
  handlers attached (the widget attaches them before it mounts), median of cold loads; plus the
  browser's DOMContentLoaded and load times, and the time from a click until the input has focus.

    .venv/bin/python -m scripts.benchmark_web [--runs 10]

Writes results/benchmark_web.json and prints a summary.
"""
from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from bot.run import ROOT, LocalServers

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
WIDGET_FILES = ("/static/vraagbaak-widget.js", "/static/vraagbaak-widget.css", "/static/vendor/nlds-widget.css")
MARK = """(() => { const t0 = performance.now();
  new MutationObserver((_, obs) => { if (document.querySelector('.vb-launcher')) {
      window.__vbInteractive = performance.now(); obs.disconnect(); } })
  .observe(document, {childList: true, subtree: true}); })();"""


def say(page, text: str) -> None:
    before = page.locator(".vb-msg--bot").count()
    page.get_by_label("Je bericht").fill(text)
    page.keyboard.press("Enter")
    deadline = time.time() + 120
    while time.time() < deadline:
        if page.locator(".vb-msg--bot").count() > before and page.locator(".vb-msg--pending").count() == 0:
            return
        time.sleep(0.1)
    raise RuntimeError("no answer to " + text)


def axe(browser, url: str) -> dict:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(url)
    page.get_by_role("button", name="Chat met de Vraagbaak").click()
    for text in ["hallo", "mijn zoon van 12 is heel boos de laatste tijd", "ik kan niet meer"]:
        say(page, text)
    page.evaluate(AXE.read_text(encoding="utf-8"))
    result = page.evaluate("""() => axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
        .then(r => ({version: r.testEngine.version, passes: r.passes.length, incomplete: r.incomplete.map(v => ({id: v.id, nodes: v.nodes.length,
                         why: [...new Set(v.nodes.map(n => (n.any[0] || {}).message))]})),
                     violations: r.violations.map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.length}))}))""")
    context.close()
    return result


def load_once(browser, url: str) -> dict:
    context = browser.new_context(viewport={"width": 1280, "height": 800})  # a fresh context: cold cache
    context.add_init_script(MARK)
    page = context.new_page()
    sizes = []
    page.on("requestfinished", lambda req: sizes.append((req.url, req.sizes())))
    page.goto(url, wait_until="load")
    page.wait_for_function("() => window.__vbInteractive !== undefined")
    timing = page.evaluate("""() => { const n = performance.getEntriesByType('navigation')[0];
        return {interactive: window.__vbInteractive, dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd}; }""")
    t = time.perf_counter()
    page.get_by_role("button", name="Chat met de Vraagbaak").click()
    page.wait_for_function("() => document.activeElement && document.activeElement.id === 'vb-input'")
    timing["open_ms"] = (time.perf_counter() - t) * 1000
    page.wait_for_timeout(100)
    context.close()

    def transferred(s: dict) -> int:
        return s["responseBodySize"] + s["responseHeadersSize"]
    widget = {u.split("/", 3)[-1]: transferred(s) for u, s in sizes if any(u.endswith(f) for f in WIDGET_FILES)}
    return {"timing": timing, "widget_bytes": widget, "page_bytes": sum(transferred(s) for _, s in sizes),
            "widget_body_bytes": sum(s["responseBodySize"] for u, s in sizes if any(u.endswith(f) for f in WIDGET_FILES))}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright
    with tempfile.TemporaryDirectory() as tmp:
        servers = LocalServers(Path(tmp), WEB_RATE_BURST="40", WEB_RATE_PER_MINUTE="120").start()
        try:
            with sync_playwright() as pw:
                browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
                url = servers.web_url + "/voorbeeldstad/jeugd"
                load_once(browser, url)  # warm the server (precompressed files, Python imports)
                runs = [load_once(browser, url) for _ in range(args.runs)]
                axe_results = {g: axe(browser, f"{servers.web_url}/{g}/jeugd") for g in ["voorbeeldstad", "rivierdal"]}
                browser.close()
        finally:
            servers.stop()
    med = lambda key: round(statistics.median(r["timing"][key] for r in runs), 1)  # noqa: E731
    out = {
        "axe": axe_results,
        "widget_bytes_transferred": runs[-1]["widget_bytes"],
        "widget_bytes_total": sum(runs[-1]["widget_bytes"].values()),
        "widget_body_bytes": runs[-1]["widget_body_bytes"],
        "page_bytes_total": runs[-1]["page_bytes"],
        "runs": args.runs,
        "median_ms": {"widget_interactive": med("interactive"), "dom_content_loaded": med("dcl"),
                      "load": med("load"), "click_to_input_focus": med("open_ms")},
        "files_on_disk": {f: (ROOT / "bot" / "web" / f.lstrip("/")).stat().st_size for f in WIDGET_FILES},
    }
    (ROOT / "results").mkdir(exist_ok=True)
    (ROOT / "results" / "benchmark_web.json").write_text(json.dumps(out, indent=2))
    for gemeente, r in axe_results.items():
        by_impact = {}
        for v in r["violations"]:
            by_impact[v["impact"]] = by_impact.get(v["impact"], 0) + 1
        print(f"axe-core {r['version']} WCAG 2.1 A/AA, {gemeente}: {len(r['violations'])} violations {by_impact or ''}, "
              f"{r['passes']} rules passed; to review by hand: "
              + ("; ".join(f"{i['id']} on {i['nodes']} elements ({' / '.join(i['why'])})" for i in r["incomplete"]) or "none"))
    print(f"widget transferred (cold cache, gzip): {out['widget_bytes_total']} bytes incl. headers "
          f"({out['widget_body_bytes']} bytes of body) {out['widget_bytes_transferred']}; "
          f"whole demo page: {out['page_bytes_total']} bytes")
    print(f"median of {args.runs} cold loads: widget interactive {out['median_ms']['widget_interactive']} ms after navigation start "
          f"(DOMContentLoaded {out['median_ms']['dom_content_loaded']} ms, load {out['median_ms']['load']} ms); "
          f"click to typing {out['median_ms']['click_to_input_focus']} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
