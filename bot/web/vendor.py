"""Refreshes the vendored NL Design System CSS in static/vendor/ from node_modules (`npm ci` first):
`python -m bot.web.vendor`. The files are committed, so `make run` needs no npm. Each component keeps
its licence header (EUPL-1.2) and its version."""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from bot import config

SRC = config.ROOT / "node_modules" / "@utrecht"
OUT = Path(__file__).resolve().parent / "static" / "vendor"
BUNDLES = {
    # What the chat widget needs: it is loaded on every page of a gemeente site, so keep it small.
    "nlds-widget.css": ["button-css", "textarea-css", "form-label-css", "link-css", "paragraph-css"],
    # What the demo gemeente pages need.
    "nlds-page.css": ["document-css", "page-body-css", "page-header-css", "page-content-css", "page-footer-css",
                      "heading-1-css", "heading-2-css", "paragraph-css", "link-css", "skip-link-css"],
}


def bundle(packages) -> str:
    parts = ["/* Vendored from npm by bot/web/vendor.py; do not edit. NL Design System components of Gemeente Utrecht. */"]
    for name in packages:
        pkg = SRC / name
        meta = json.loads((pkg / "package.json").read_text())
        header = re.match(r"\s*/\*.*?\*/", (pkg / "dist" / "index.css").read_text(), re.S)
        css = (pkg / "dist" / "index.min.css").read_text()
        css = re.sub(r"^\s*/\*.*?\*/\s*", "", css, flags=re.S)
        css = re.sub(r"\s*\n\s*", " ", css)
        parts.append(f"/* @utrecht/{name}@{meta['version']} ({meta['license']}) */")
        parts.append((header.group(0).strip() if header else "") + "\n" + css.strip())
    return "\n".join(parts) + "\n"


def main() -> int:
    if not SRC.exists():
        print("node_modules/@utrecht is missing: run `npm ci` first", file=sys.stderr)
        return 2
    OUT.mkdir(parents=True, exist_ok=True)
    for out, packages in BUNDLES.items():
        text = bundle(packages)
        (OUT / out).write_text(text)
        print(f"{out}: {len(text.encode())} bytes from {len(packages)} packages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
