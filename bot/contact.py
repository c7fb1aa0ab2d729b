"""Contact details for a call back: a name, a Dutch phone number or an e-mail address, a moment.

Each parser answers (value, None) or (None, a friendly Dutch correction) so the conversation can
ask again in plain words. Used by the call back form (bot/actions) and tested on its own.
"""
from __future__ import annotations

import re
from typing import Optional, Tuple

Parsed = Tuple[Optional[str], Optional[str]]

_NAME_INTRO = re.compile(r"^(?:(?:hoi|hallo|hey|dag)[,!]?\s+)?(?:ik\s+ben|ik\s+heet|mijn\s+naam\s+is|noem\s+me(?:\s+maar)?|je\s+mag\s+me\s+\w+\s+noemen|naam\s*:)\s*", re.I)
_NAME = re.compile(r"^[^\W\d_][^\W\d_'’.\- ]*(?:['’.\- ]+[^\W\d_]+){0,3}\.?$", re.U)
_NOT_A_NAME = {"hoi", "hallo", "hey", "ja", "nee", "ok", "oke", "oké", "goed", "prima", "dag", "doei", "weet niet", "geen"}
_REFUSE_NAME = re.compile(r"\b(?:liever niet|geen naam|wil ik niet|anoniem|zeg ik niet)\b", re.I)


def parse_name(text: str) -> Parsed:
    """A first name or a nickname is enough; no digits, at most four words."""
    raw = (text or "").strip().strip(".!")
    if _REFUSE_NAME.search(raw):
        return None, ("Dat begrijp ik. Een voornaam of een bijnaam is genoeg, zodat de medewerker weet "
                      "naar wie hij vraagt.")
    name = _NAME_INTRO.sub("", raw).strip().strip(",.!")
    if not name or len(name) > 50 or not _NAME.match(name) or name.lower() in _NOT_A_NAME:
        return None, "Dat herken ik niet als naam. Typ alleen je voornaam of een bijnaam, bijvoorbeeld: Sanne."
    return name[:1].upper() + name[1:], None


_EMAIL = re.compile(r"(?<![\w.+-])([\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,})(?![\w-])", re.I)
_PHONE_CHUNK = re.compile(r"(?:\+|00)?\d[\d\s\-().]{3,18}\d")
SERVICE_PREFIXES = ("0800", "0900", "0906", "0909", "084", "087", "112")


def normalise_phone(raw: str) -> Optional[str]:
    """Dutch numbers to ten digits (0612345678, 0201234567); +31 / 0031 and '(0)' are understood.
    None for anything that is not a Dutch mobile or landline number."""
    digits = re.sub(r"\(0\)", "", raw)
    digits = re.sub(r"[\s\-().]", "", digits)
    if digits.startswith("+31"):
        digits = "0" + digits[3:]
    elif digits.startswith("0031"):
        digits = "0" + digits[4:]
    if not re.fullmatch(r"0[1-9]\d{8}", digits):
        return None
    if digits.startswith(SERVICE_PREFIXES):
        return None
    return digits


def format_phone(number: str) -> str:
    """Readable: mobile 06-12345678, landline with a three- or four-digit area code split off."""
    if number.startswith("06"):
        return f"{number[:2]}-{number[2:]}"
    big_cities = ("010", "013", "015", "020", "023", "024", "026", "030", "033", "035", "036", "038",
                  "040", "043", "045", "046", "050", "053", "055", "058", "070", "071", "072", "073",
                  "074", "075", "076", "077", "078", "079", "085", "088", "091")
    cut = 3 if number.startswith(big_cities) else 4
    return f"{number[:cut]}-{number[cut:]}"


def parse_contact(text: str) -> Tuple[Optional[str], Optional[str], Optional[str]]:
    """(phone, email, problem): at least one of phone and email, or a friendly correction."""
    raw = (text or "").strip()
    email_match = _EMAIL.search(raw)
    email = email_match.group(1).lower() if email_match else None
    rest = _EMAIL.sub(" ", raw)
    phone = None
    chunks = _PHONE_CHUNK.findall(rest)
    for chunk in chunks:
        phone = normalise_phone(chunk)
        if phone:
            break
    if phone or email:
        return phone, email, None
    if chunks:
        digits = re.sub(r"\D", "", chunks[0])
        if digits.startswith(("0800", "0900", "0906", "0909")):
            return None, None, "Dat lijkt een informatienummer. Ik heb het nummer nodig waarop wij jou kunnen bellen."
        return None, None, ("Dat telefoonnummer klopt nog niet helemaal. Een Nederlands nummer heeft tien cijfers, "
                            "bijvoorbeeld 06-12345678 of 020-1234567 (met +31 mag ook).")
    if "@" in raw:
        return None, None, "Dat e-mailadres klopt nog niet helemaal. Het ziet eruit als naam@voorbeeld.nl."
    return None, None, ("Ik heb een telefoonnummer of een e-mailadres nodig, zodat de medewerker je kan bereiken. "
                        "Bijvoorbeeld 06-12345678 of naam@voorbeeld.nl.")


_ANY_MOMENT = re.compile(r"\b(?:maakt (?:me )?niet (?:zoveel )?uit|geen voorkeur|altijd|wanneer (?:jullie|u|je) wil(?:t|len)?|maakt niks uit|om het even|zo snel mogelijk|zsm)\b", re.I)
_WEEKEND = re.compile(r"\b(?:zaterdag|zondag|weekend)\w*", re.I)
_EVENING = re.compile(r"\b(?:avond\w*|'s avonds|nachts?|'s nachts)\b", re.I)
_HOUR = re.compile(r"\b(?:om|na|vanaf|rond|tussen|voor|tot)\s+(\d{1,2})(?:[:.](\d{2}))?\s*(?:uur|u)?\b", re.I)
_MOMENT_WORD = re.compile(r"\b(?:ochtend|morgen|middag|maandag|dinsdag|woensdag|donderdag|vrijdag|vandaag|morgenochtend|"
                          r"morgenmiddag|overdag|lunch|pauze|werkdag|week|uur|\d{1,2}[:.]\d{2}|\d{1,2}\s*uur|"
                          r"voor|na|tussen|vanaf|schooltijd|zsm|snel|altijd|uit)\b", re.I)


def parse_moment(text: str, open_days: str = "op werkdagen", open_from: int = 8, open_until: int = 17) -> Parsed:
    """A preferred moment in the Vraagbaak's own hours. Outside them (evening, weekend) the parent
    is asked for another moment, so the promise made is one the team can keep."""
    raw = (text or "").strip()
    if _ANY_MOMENT.search(raw):
        return "geen voorkeur", None
    hours_note = f"Wij bellen {open_days} tussen {open_from} en {open_until} uur."
    if _WEEKEND.search(raw) or _EVENING.search(raw):
        return None, "In het weekend en 's avonds bellen wij helaas niet. " + hours_note
    for match in _HOUR.finditer(raw):
        hour = int(match.group(1))
        word = match.group(0).split()[0].lower()
        if word in ("om", "rond", "vanaf", "na") and not open_from <= hour < open_until:
            if not (word in ("na", "vanaf") and hour < open_from):
                return None, f"Om {hour} uur zijn we er helaas niet. " + hours_note
    if not raw or len(raw) > 200 or not _MOMENT_WORD.search(raw):
        return None, "Dat begreep ik niet als moment. Bijvoorbeeld: morgenochtend, dinsdagmiddag na 14 uur, of 'maakt niet uit'."
    return raw, None
