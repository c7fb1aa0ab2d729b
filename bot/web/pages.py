"""The demo site: two fictional gemeenten, two pages each, built from NL Design System components and
styled only by each gemeente's design tokens (static/themes/<id>.css). Each page carries the chat
widget with the one script tag a real gemeente site would add."""
from __future__ import annotations

from html import escape
from typing import Dict

from bot import sociale_kaart

# The gemeenten with a theme on the demo site (ids of the sociale kaart).
THEMES = {
    "voorbeeldstad": {"naam": "Voorbeeldstad", "motto": "Samen sterk aan de rivier"},
    "rivierdal": {"naam": "Rivierdal", "motto": "Groen wonen tussen de dijken"},
}
PAGES = {
    "": "Home",
    "jeugd": "Jeugd en gezin",
}


def gemeenten() -> Dict[str, str]:
    """Gemeente id → name: the sociale kaart's gemeenten, plus the themed demo gemeenten."""
    out = {gid: t["naam"] for gid, t in THEMES.items()}
    out.update({g.id: g.naam for g in sociale_kaart.all_gemeenten().values()})
    return out


def _layout(title: str, theme: str, body: str, gemeente: str = "", site_name: str = "Vraagbaak Jeugd") -> str:
    widget = ""
    if gemeente:
        widget = (f'<script src="/static/vraagbaak-widget.js" data-gemeente="{escape(gemeente)}" '
                  f'data-title="Vraagbaak Jeugd {escape(THEMES[gemeente]["naam"])}" defer></script>')
    home = f"/{gemeente}/" if gemeente else "/"
    return f"""<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>{escape(title)}</title>
<link rel="stylesheet" href="/static/vendor/nlds-page.css">
<link rel="stylesheet" href="/static/themes/{theme}.css">
<link rel="stylesheet" href="/static/demo-site.css">
</head>
<body class="utrecht-document utrecht-page-body {theme}-theme">
<a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#main">Naar de inhoud</a>
<header class="utrecht-page-header demo-header">
<div class="utrecht-page-header__content">
<a class="demo-logo" href="{home}"><span class="demo-logo__mark" aria-hidden="true"></span>{escape(site_name)}</a>
<p class="demo-fictional">Verzonnen gemeente, alleen voor een demonstratie</p>
</div>
</header>
{body}
<footer class="utrecht-page-footer demo-footer">
<div class="utrecht-page-footer__content">
<p class="utrecht-paragraph">{escape(site_name)} bestaat niet: dit is een voorbeeldsite van de Vraagbaak Jeugd.
Alle namen en nummers van de gemeente zijn verzonnen. De hulpnummers 112, 113 en 0800-0113 zijn echt.</p>
</div>
</footer>
{widget}
</body>
</html>
"""


def _nav(gemeente: str, current: str) -> str:
    items = []
    for slug, label in PAGES.items():
        href = f"/{gemeente}/{slug}"
        attr = ' aria-current="page"' if slug == current else ""
        items.append(f'<li><a class="utrecht-link" href="{href}"{attr}>{escape(label)}</a></li>')
    return f'<nav class="demo-nav" aria-label="Hoofdmenu"><ul>{"".join(items)}</ul></nav>'


def gemeente_page(gemeente: str, slug: str) -> str:
    naam = THEMES[gemeente]["naam"]
    if slug == "jeugd":
        content = f"""<h1 class="utrecht-heading-1">Jeugd en gezin</h1>
<p class="utrecht-paragraph utrecht-paragraph--lead">Heb je een vraag over opvoeden of opgroeien? Over slapen, boosheid,
school of somberheid? De Vraagbaak Jeugd van {escape(naam)} denkt met je mee.</p>
<h2 class="utrecht-heading-2">Zo bereik je ons</h2>
<ul class="demo-list">
<li>Chat met de Vraagbaak: de knop rechtsonder. De digitale assistent stelt een paar vragen en zegt waar je terecht kunt.</li>
<li>Wil je liever een mens spreken? Kies in de chat "Praat met een medewerker".</li>
</ul>
<h2 class="utrecht-heading-2">Direct hulp nodig?</h2>
<p class="utrecht-paragraph">Is er gevaar? Bel <a class="utrecht-link" href="tel:112">112</a>.
Denk je aan zelfdoding, of maak je je zorgen om iemand? Bel <a class="utrecht-link" href="tel:113">113</a>
of gratis <a class="utrecht-link" href="tel:08000113">0800-0113</a>.</p>"""
    else:
        content = f"""<h1 class="utrecht-heading-1">Welkom bij gemeente {escape(naam)}</h1>
<p class="utrecht-paragraph utrecht-paragraph--lead">{escape(THEMES[gemeente]["motto"])}.</p>
<p class="utrecht-paragraph">Op deze voorbeeldsite vind je informatie over
<a class="utrecht-link" href="/{gemeente}/jeugd">jeugd en gezin</a>.
Heb je een vraag over je kind? Chat met de Vraagbaak Jeugd: de knop staat rechtsonder op elke pagina.</p>
<h2 class="utrecht-heading-2">Nieuws</h2>
<p class="utrecht-paragraph">De Vraagbaak Jeugd is nu ook 's avonds bereikbaar via de chat.</p>"""
    body = f'{_nav(gemeente, slug)}\n<main id="main" class="utrecht-page-content demo-main">\n{content}\n</main>'
    return _layout(f"{PAGES[slug]} - Gemeente {naam} (voorbeeld)", gemeente, body, gemeente, f"Gemeente {naam}")


def index(all_gemeenten: Dict[str, str]) -> str:
    links = "".join(f'<li><a class="utrecht-link" href="/{gid}/">Gemeente {escape(t["naam"])}</a> '
                    f'(<a class="utrecht-link" href="/{gid}/jeugd">Jeugd en gezin</a>)</li>'
                    for gid, t in THEMES.items())
    body = f"""<main id="main" class="utrecht-page-content demo-main">
<h1 class="utrecht-heading-1">Vraagbaak Jeugd: de chat op de website van de gemeente</h1>
<p class="utrecht-paragraph">Twee verzonnen gemeenten laten zien hoe de chat op een gemeentesite staat.
Elke gemeente heeft haar eigen huisstijl, alleen door design tokens (NL Design System).</p>
<ul class="demo-list">{links}</ul>
</main>"""
    return _layout("Vraagbaak Jeugd - voorbeeldsites", "voorbeeldstad", body)


def not_found() -> str:
    body = """<main id="main" class="utrecht-page-content demo-main">
<h1 class="utrecht-heading-1">Deze pagina bestaat niet</h1>
<p class="utrecht-paragraph"><a class="utrecht-link" href="/">Naar de voorbeeldsites</a></p>
</main>"""
    return _layout("Pagina niet gevonden", "voorbeeldstad", body)
