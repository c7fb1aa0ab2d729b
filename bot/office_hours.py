"""Is a service open now? Opening hours (from the sociale kaart) in Europe/Amsterdam; Dutch public
holidays count as closed."""
from __future__ import annotations

import datetime as dt
from typing import Dict, Optional, Tuple
from zoneinfo import ZoneInfo

TZ = ZoneInfo("Europe/Amsterdam")


def easter(year: int) -> dt.date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = ((h + l - 7 * m + 114) % 31) + 1
    return dt.date(year, month, day)


def holidays(year: int) -> dict:
    e = easter(year)
    kingsday = dt.date(year, 4, 27)
    if kingsday.weekday() == 6:  # on a Sunday it moves to Saturday
        kingsday = dt.date(year, 4, 26)
    days = {
        dt.date(year, 1, 1): "Nieuwjaarsdag", e - dt.timedelta(days=2): "Goede Vrijdag",
        e: "Eerste Paasdag", e + dt.timedelta(days=1): "Tweede Paasdag", kingsday: "Koningsdag",
        e + dt.timedelta(days=39): "Hemelvaartsdag", e + dt.timedelta(days=49): "Eerste Pinksterdag",
        e + dt.timedelta(days=50): "Tweede Pinksterdag", dt.date(year, 12, 25): "Eerste Kerstdag",
        dt.date(year, 12, 26): "Tweede Kerstdag",
    }
    if year % 5 == 0:  # Bevrijdingsdag is a day off for most government offices every five years
        days[dt.date(year, 5, 5)] = "Bevrijdingsdag"
    return days


def is_open(hours: Dict[int, Tuple[dt.time, dt.time]], now: Optional[dt.datetime] = None) -> bool:
    """`hours`: weekday (0 = Monday) → (opens, closes)."""
    now = (now or dt.datetime.now(TZ)).astimezone(TZ)
    if now.date() in holidays(now.year):
        return False
    span = hours.get(now.weekday())
    return bool(span) and span[0] <= now.time() < span[1]
