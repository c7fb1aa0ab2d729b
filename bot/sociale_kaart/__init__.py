"""The sociale kaart per gemeente: local services, their names, numbers, e-mail and opening hours.

Data, not code: one YAML file per gemeente in `gemeenten/` (or VRAAGBAAK_SOCIALE_KAART_DIR).
Every file is validated when it is loaded; an error names the file and the field, so a gemeente
that edits its kaart sees at once what to fix. The default gemeente comes from VRAAGBAAK_GEMEENTE.
"""
from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import yaml

from bot import config, office_hours
from bot.office_hours import TZ, holidays

DEFAULT_DIR = Path(__file__).with_name("gemeenten")
DAYS = ["ma", "di", "wo", "do", "vr", "za", "zo"]
SERVICES = ("wijkteam", "jgz", "voorveld")
POH_VALUES = ("alle_praktijken", "sommige_praktijken", "geen")
# Dutch numbers as people write them: 0123-456 789, 06-12345678, 0800-2000, +31 6 1234 5678.
PHONE = re.compile(r"^(?:\+31|0)[\d \-]{3,14}\d$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.I)
SPAN = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$")


class SocialeKaartError(ValueError):
    """A sociale kaart file that cannot be used; the message names the file and the field."""


@dataclass
class Service:
    id: str
    naam: str
    telefoon: Optional[str] = None
    email: Optional[str] = None
    hoe: str = ""
    hours: Dict[int, Tuple[dt.time, dt.time]] = field(default_factory=dict)


@dataclass
class Gemeente:
    id: str
    naam: str
    vraagbaak: Service
    terugbellen_werkdagen: int
    huisartsenpost: Service
    poh_jeugd: str
    poh_alternatief: Optional[Service]
    diensten: Dict[str, Service]
    voorbeeld: bool = False
    source: str = ""

    def is_open(self, now: Optional[dt.datetime] = None) -> bool:
        """Is the Vraagbaak open now (its own hours; Dutch public holidays closed)?"""
        return office_hours.is_open(self.vraagbaak.hours, now)

    def next_opening(self, now: Optional[dt.datetime] = None) -> dt.datetime:
        """When the Vraagbaak opens next (now, if it is open)."""
        now = (now or dt.datetime.now(TZ)).astimezone(TZ)
        if self.is_open(now):
            return now
        for days in range(0, 21):
            day = (now + dt.timedelta(days=days)).date()
            span = self.vraagbaak.hours.get(day.weekday())
            if not span or day in holidays(day.year):
                continue
            start = dt.datetime.combine(day, span[0], tzinfo=TZ)
            if start > now:
                return start
        raise SocialeKaartError(f"{self.source}: vraagbaak.openingstijden: no opening in the next three weeks")

    def working_days_after(self, start: dt.datetime, days: int) -> dt.datetime:
        """The closing time of the `days`-th working day from `start`. The day of `start` counts only
        when at least two opening hours are left then: a promise must be one the team can keep."""
        start = start.astimezone(TZ)
        day, counted = start.date(), 0
        for _ in range(60):
            span = self.vraagbaak.hours.get(day.weekday())
            if span and day not in holidays(day.year):
                close = dt.datetime.combine(day, span[1], tzinfo=TZ)
                if close - start >= dt.timedelta(hours=2):
                    counted += 1
                    if counted >= days:
                        return close
            day += dt.timedelta(days=1)
        raise SocialeKaartError(f"{self.source}: vraagbaak.openingstijden: no working days found")


def directory() -> Path:
    config.load()
    custom = os.environ.get("VRAAGBAAK_SOCIALE_KAART_DIR")
    return Path(custom) if custom else DEFAULT_DIR


def _fail(source: str, path: str, message: str) -> None:
    raise SocialeKaartError(f"{source}: {path}: {message}")


def _text(data: Dict, key: str, source: str, where: str, required: bool = True) -> Optional[str]:
    value = data.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            _fail(source, f"{where}{key}", "ontbreekt (verplicht veld)")
        return None
    if not isinstance(value, str):
        _fail(source, f"{where}{key}", f"moet tekst zijn, niet {type(value).__name__} ({value!r}); zet getallen tussen aanhalingstekens")
    return value.strip()


def _hours(value, source: str, where: str) -> Dict[int, Tuple[dt.time, dt.time]]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        _fail(source, where, "moet per dag een tijdvak geven, bijvoorbeeld ma: \"08:30-17:00\"")
    hours = {}
    for day, span in value.items():
        if day not in DAYS:
            _fail(source, f"{where}.{day}", f"onbekende dag; gebruik {', '.join(DAYS)}")
        match = SPAN.match(str(span).strip()) if isinstance(span, str) else None
        if not match:
            _fail(source, f"{where}.{day}", f"'{span}' is geen tijdvak in de vorm HH:MM-HH:MM")
        h1, m1, h2, m2 = (int(g) for g in match.groups())
        start, end = dt.time(h1, m1), dt.time(h2, m2)
        if end <= start:
            _fail(source, f"{where}.{day}", f"'{span}': de sluitingstijd ligt niet na de openingstijd")
        hours[DAYS.index(day)] = (start, end)
    return hours


def _service(data, source: str, where: str, service_id: str, contact_required: bool = True) -> Service:
    if not isinstance(data, dict):
        _fail(source, where, "ontbreekt of is geen lijst van velden (naam, telefoon, email, ...)")
    prefix = where + "."
    phone = _text(data, "telefoon", source, prefix, required=False)
    if phone is not None and not PHONE.match(phone):
        _fail(source, prefix + "telefoon", f"'{phone}' is geen Nederlands telefoonnummer (bijvoorbeeld \"0123-456 700\")")
    email = _text(data, "email", source, prefix, required=False)
    if email is not None and not EMAIL.match(email):
        _fail(source, prefix + "email", f"'{email}' is geen e-mailadres")
    if contact_required and not (phone or email):
        _fail(source, prefix + "telefoon", "geef een telefoonnummer of een e-mailadres")
    return Service(id=service_id, naam=_text(data, "naam", source, prefix), telefoon=phone, email=email,
                   hoe=_text(data, "hoe", source, prefix, required=False) or "",
                   hours=_hours(data.get("openingstijden"), source, prefix + "openingstijden"))


def parse(data, source: str) -> Gemeente:
    """Validates one gemeente's data; raises SocialeKaartError naming the file and the field."""
    if not isinstance(data, dict):
        _fail(source, "(bestand)", "moet een YAML-woordenboek zijn met id, naam, vraagbaak, huisartsenpost, poh_jeugd en diensten")
    gid = _text(data, "id", source, "")
    if not re.fullmatch(r"[a-z][a-z0-9_-]*", gid):
        _fail(source, "id", f"'{gid}' mag alleen kleine letters, cijfers, - en _ bevatten")
    if Path(source).suffix in (".yml", ".yaml") and Path(source).stem != gid:
        _fail(source, "id", f"'{gid}' moet gelijk zijn aan de bestandsnaam ({Path(source).stem})")
    vraagbaak = _service(data.get("vraagbaak"), source, "vraagbaak", "vraagbaak")
    if not vraagbaak.hours:
        _fail(source, "vraagbaak.openingstijden", "ontbreekt: die bepalen of een medewerker nu kan overnemen")
    days = data["vraagbaak"].get("terugbellen_werkdagen", 2)
    if not isinstance(days, int) or isinstance(days, bool) or not 1 <= days <= 5:
        _fail(source, "vraagbaak.terugbellen_werkdagen", f"'{days}' moet een heel getal van 1 tot en met 5 zijn")
    hap = _service(data.get("huisartsenpost"), source, "huisartsenpost", "huisartsenpost")
    if not hap.telefoon:
        _fail(source, "huisartsenpost.telefoon", "ontbreekt: het nummer hoort in het veiligheidsantwoord")
    poh = data.get("poh_jeugd")
    if not isinstance(poh, dict) or poh.get("beschikbaar") not in POH_VALUES:
        _fail(source, "poh_jeugd.beschikbaar", f"moet een van {', '.join(POH_VALUES)} zijn")
    alternatief = None
    if poh["beschikbaar"] != "alle_praktijken":
        if not isinstance(poh.get("alternatief"), dict):
            _fail(source, "poh_jeugd.alternatief", "verplicht als niet elke praktijk een POH-Jeugd heeft: noem het lokale alternatief (naam, hoe)")
        alternatief = _service(poh["alternatief"], source, "poh_jeugd.alternatief", "poh_alternatief", contact_required=False)
        if not alternatief.hoe:
            _fail(source, "poh_jeugd.alternatief.hoe", "ontbreekt: leg uit hoe ouders er komen")
    diensten = data.get("diensten")
    if not isinstance(diensten, dict):
        _fail(source, "diensten", f"ontbreekt: geef {', '.join(SERVICES)}")
    services = {}
    for sid in SERVICES:
        services[sid] = _service(diensten.get(sid), source, f"diensten.{sid}", sid)
        if not services[sid].hoe:
            _fail(source, f"diensten.{sid}.hoe", "ontbreekt: leg in een zin uit hoe ouders er komen")
    for sid in diensten:
        if sid not in SERVICES:
            services[sid] = _service(diensten[sid], source, f"diensten.{sid}", sid)
    return Gemeente(id=gid, naam=_text(data, "naam", source, ""), vraagbaak=vraagbaak, terugbellen_werkdagen=days,
                    huisartsenpost=hap, poh_jeugd=poh["beschikbaar"], poh_alternatief=alternatief,
                    diensten=services, voorbeeld=bool(data.get("voorbeeld", False)), source=source)


def load_file(path: Path) -> Gemeente:
    source = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SocialeKaartError(f"{source}: (bestand): niet te lezen als UTF-8-tekst ({exc})") from exc
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"regel {mark.line + 1}" if mark else "(bestand)"
        raise SocialeKaartError(f"{source}: {where}: geen geldige YAML ({getattr(exc, 'problem', exc)})") from exc
    return parse(data, source)


@lru_cache(maxsize=8)
def _load_dir(path: str) -> Dict[str, Gemeente]:
    files = sorted(Path(path).glob("*.yml")) + sorted(Path(path).glob("*.yaml"))
    if not files:
        raise SocialeKaartError(f"{path}: (map): geen sociale kaart gevonden (*.yml)")
    kaarten = {}
    for file in files:
        gemeente = load_file(file)
        kaarten[gemeente.id] = gemeente
    return kaarten


def all_gemeenten() -> Dict[str, Gemeente]:
    return _load_dir(str(directory()))


def default_id() -> str:
    return config.get("VRAAGBAAK_GEMEENTE")


def get(gemeente_id: Optional[str] = None) -> Gemeente:
    """The gemeente's kaart; an unknown id (e.g. from a web page's config) falls back to the default."""
    kaarten = all_gemeenten()
    if gemeente_id and gemeente_id in kaarten:
        return kaarten[gemeente_id]
    default = default_id()
    if default not in kaarten:
        raise SocialeKaartError(f"VRAAGBAAK_GEMEENTE: '{default}' heeft geen sociale kaart in {directory()} "
                                f"(wel: {', '.join(sorted(kaarten))})")
    return kaarten[default]


def validate_all() -> List[str]:
    """Loads and validates every kaart and the default gemeente (start-up check); returns the ids."""
    _load_dir.cache_clear()
    get(None)
    return sorted(all_gemeenten())
