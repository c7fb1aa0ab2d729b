"""End to end over the real servers (REST channel): conversations that end in each route, the
parent's own view of the advice, and the follow-up with consent: a call back request with a
correction loop, a refusal, a handover during office hours.

Opening hours are made deterministic with two test gemeenten in a copied sociale kaart:
`dagstad` is open every day all day, `nachtstad` only on Saturday night; the page's metadata
names the gemeente, as the web chat does.
"""
import json
import shutil
import sqlite3
import urllib.request
from pathlib import Path

import pytest
import yaml

from bot import intake
from bot.run import MODEL, LocalServers

pytestmark = pytest.mark.slow
KAART = Path(__file__).resolve().parent.parent / "bot" / "sociale_kaart" / "gemeenten"


def _test_kaart(target: Path) -> Path:
    shutil.copytree(KAART, target)
    base = yaml.safe_load((KAART / "voorbeeldstad.yml").read_text(encoding="utf-8"))
    for gid, hours in (("dagstad", {d: "00:00-23:59" for d in ("ma", "di", "wo", "do", "vr", "za", "zo")}),
                       ("nachtstad", {"za": "02:00-05:30"})):
        data = dict(base, id=gid, naam=gid.capitalize())
        data["vraagbaak"] = dict(base["vraagbaak"], naam=f"Vraagbaak Jeugd {gid.capitalize()}", openingstijden=hours)
        (target / f"{gid}.yml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return target


@pytest.fixture(scope="module")
def servers(tmp_path_factory):
    if not MODEL.exists():
        pytest.fail("no trained model: run `make train` (make test does)")
    work = tmp_path_factory.mktemp("routes")
    srv = LocalServers(work, VRAAGBAAK_SOCIALE_KAART_DIR=str(_test_kaart(work / "kaart"))).start()
    yield srv
    srv.stop()


def say(servers, sender, message, gemeente="voorbeeldstad"):
    body = {"sender": sender, "message": message, "metadata": {"gemeente": gemeente}}
    req = urllib.request.Request(f"http://127.0.0.1:{servers.rasa_port}/webhooks/rest/webhook",
                                 data=json.dumps(body).encode(), headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=120) as r:
        replies = json.loads(r.read())
    return " ".join(x.get("text", "") for x in replies), replies


def stored(servers, sender):
    db = sqlite3.connect(servers.database)
    row = db.execute("select summary, consent, handover_requested, gemeente from conversations where sender_id=?",
                     (sender,)).fetchone()
    return (json.loads(row[0]), json.loads(row[1]) if row[1] else None, bool(row[2]), row[3]) if row else None


def intake_until_summary(servers, sender, first, answers, gemeente="voorbeeldstad"):
    """Answers each intake question from `answers` (by field), skips the others, until the summary."""
    text, _ = say(servers, sender, first, gemeente)
    skips = iter(["weet ik niet", "sla maar over", "geen idee", "volgende", "weet ik niet goed", "skip"] * 3)
    for _ in range(14):
        if "Klopt het dat" in text:
            return text
        field = next((f for f, q in intake.QUESTIONS.items() if q in text), None)
        assert field, f"no intake question and no summary in: {text}"
        text, _ = say(servers, sender, answers.get(field) or next(skips), gemeente)
    pytest.fail(f"no summary after 14 turns: {text}")


CONVERSATIONS = {
    "poh_jeugd": ("Mijn zoon van 9 slaapt sinds zes weken heel slecht, sinds opa is overleden.",
                  {"aard": "hij ligt elke avond uren wakker en piekert over opa", "age": "9",
                   "beloop": "sinds zes weken en het blijft gelijk", "omvang": "alleen thuis, op school gaat het goed",
                   "ernst": "een 5", "hoop": "dat hij weer rustig slaapt"},
                  "POH-Jeugd bij jullie huisarts"),
    "jeugd_ggz": ("Mijn dochter van 15 eet bijna niks meer en is 6 kilo afgevallen in twee maanden.",
                  {"aard": "ze slaat elke maaltijd over en sport de hele dag", "age": "15",
                   "beloop": "sinds twee maanden en het wordt erger", "omvang": "thuis en op school", "ernst": "8"},
                  "ik verwijs niet zelf"),
    "jgz": ("Mijn peuter van 2 wil niet slapen in zijn eigen bed.",
            {"aard": "hij huilt elke avond tot hij bij ons mag liggen", "age": "2", "beloop": "sinds een paar weken",
             "omvang": "alleen thuis", "ernst": "3"},
            "JGZ Voorbeeldstad"),
    "wijkteam": ("Mijn zoon van 12 heeft elke dag woede-uitbarstingen, ik ben zelf overspannen en we hebben schulden.",
                 {"aard": "hij schreeuwt en scheldt als hij zijn zin niet krijgt", "age": "12",
                  "beloop": "al een half jaar en het wordt erger", "omvang": "thuis en op school", "ernst": "8"},
                 "Wijkteam Voorbeeldstad"),
    "voorveld": ("Ik ben 16 en zoek een bijbaan, want ik weet niet hoe ik mijn schoolkosten moet betalen.",
                 {"aard": "ik heb geen geld voor de boeken en de laptop voor school", "age": "16", "beloop": "sinds deze maand",
                  "ernst": "3"},
                 "Jongerenwerk en Geldloket Voorbeeldstad"),
}


@pytest.mark.parametrize("route", list(CONVERSATIONS))
def test_an_intake_ends_in_its_route_with_reasons_and_alternatives(servers, route):
    sender = f"route-{route}"
    first, answers, shown = CONVERSATIONS[route]
    intake_until_summary(servers, sender, first, answers)
    text, replies = say(servers, sender, "ja")
    assert shown in text and "Omdat" in text and "Liever iets anders?" in text, text
    assert "Past dit bij jullie?" in text and [b["title"] for b in replies[-1]["buttons"]][:2] == ["Ja, dat past", "Nee, liever iets anders"]
    summary, *_ = stored(servers, sender)
    assert summary["route"]["id"] == route and not summary["route"]["provisional"], summary["route"]
    assert summary["gemeente"] == "voorbeeldstad"


def test_informatie_a_procedure_question_is_answered(servers):
    text, _ = say(servers, "route-informatie", "Hoe lang is de wachttijd na mijn aanmelding?")
    assert "wachttijd" in text.lower() and "Vraagbaak Jeugd Voorbeeldstad" in text
    assert stored(servers, "route-informatie")[0]["route"]["id"] == "informatie"


def test_spoed_a_disclosure_gets_the_safety_reply_and_route(servers):
    text, _ = say(servers, "route-spoed", "Mijn dochter zegt dat ze dood wil en ze heeft pillen verzameld.")
    assert "113" in text and "112" in text
    summary, *_ = stored(servers, "route-spoed")
    assert summary["route"]["id"] == "spoed" and summary["safety"]["level"] == "acuut"


def test_veilig_thuis_a_worry_about_abuse(servers):
    text, _ = say(servers, "route-vt", "Ik denk dat de buurjongen thuis geslagen wordt.")
    assert "0800-2000" in text
    assert stored(servers, "route-vt")[0]["route"]["id"] == "veilig_thuis"


def test_without_poh_jeugd_the_same_route_is_shown_as_bespreek_het_met_de_huisarts(servers):
    first, answers, _ = CONVERSATIONS["poh_jeugd"]
    intake_until_summary(servers, "rivierdal-poh", first, answers, gemeente="rivierdal")
    text, _ = say(servers, "rivierdal-poh", "ja", gemeente="rivierdal")
    assert "bespreek het met de huisarts" in text and "jeugdconsulent" in text
    summary, *_ = stored(servers, "rivierdal-poh")
    assert summary["route"]["id"] == "poh_jeugd" and summary["gemeente"] == "rivierdal"


def _to_offer(servers, sender, gemeente):
    first, answers, _ = CONVERSATIONS["poh_jeugd"]
    intake_until_summary(servers, sender, first, answers, gemeente)
    say(servers, sender, "ja", gemeente)                                   # the summary is right
    text, _ = say(servers, sender, "nee", gemeente)                        # the advice does not fit
    assert "Wat zou beter bij jullie passen?" in text
    return say(servers, sender, "ik wil eerst met de juf van school praten", gemeente)


def test_call_back_with_consent_corrections_and_confirmation(servers):
    sender, g = "callback-1", "nachtstad"
    text, replies = _to_offer(servers, sender, g)
    summary, *_ = stored(servers, sender)
    assert summary["route"]["parent_choice"]["agrees"] is False
    assert summary["route"]["parent_choice"]["preference"] == "ik wil eerst met de juf van school praten"
    # closed: a call back is offered, and what is shared with whom is said before consent is asked
    assert "terugbelt of mailt" in text and "met de medewerkers van Vraagbaak Jeugd Nachtstad" in text and "Is dat goed?" in text
    assert stored(servers, sender)[1] is None                              # nothing consented yet
    text, _ = say(servers, sender, "ja", g)
    assert "Hoe mogen we je noemen?" in text
    text, _ = say(servers, sender, "Sanne", g)
    assert "telefoonnummer" in text
    text, _ = say(servers, sender, "06 1234", g)                           # too short: friendly correction
    assert "klopt nog niet helemaal" in text and "telefoonnummer" in text
    text, _ = say(servers, sender, "+31 6 1234 5678", g)
    assert "Wanneer komt het je het best uit?" in text
    text, _ = say(servers, sender, "om 20 uur", g)                         # outside calling hours
    assert "zijn we er helaas niet" in text
    text, replies = say(servers, sender, "maakt niet uit", g)
    assert "Naam: Sanne" in text and "Telefoon: 06-12345678" in text and "Klopt dit?" in text
    text, _ = say(servers, sender, "ja", g)
    assert "Dank je, Sanne" in text and "belt je uiterlijk" in text
    db = sqlite3.connect(servers.database)
    row = db.execute("select name, phone, email, consent, summary, route, status, due_by, gemeente, urgent "
                     "from callback_requests where sender_id=?", (sender,)).fetchone()
    assert row[:3] == ("Sanne", "0612345678", None)
    consent = json.loads(row[3])
    assert consent["given"] is True and "Nachtstad" in consent["with"] and consent["at"] and "contactgegevens" in consent["what"]
    assert json.loads(row[4])["route"]["id"] == "poh_jeugd" and row[5] == "poh_jeugd" and row[6] == "nieuw"
    assert row[7] and row[8] == "nachtstad" and row[9] == 0
    summary, consent_row, *_ = stored(servers, sender)
    assert summary["callback"]["requested"] is True and summary["callback"]["consent"] is True


def test_refusal_is_respected_and_nothing_is_stored_for_follow_up(servers):
    sender, g = "callback-no", "nachtstad"
    _to_offer(servers, sender, g)
    text, _ = say(servers, sender, "nee", g)
    assert "Ik geef niets door" in text and "112" in text and "113" in text and "0123-456 700" in text
    db = sqlite3.connect(servers.database)
    assert db.execute("select count(*) from callback_requests where sender_id=?", (sender,)).fetchone()[0] == 0
    summary, consent, handover, _ = stored(servers, sender)
    assert consent["given"] is False and not handover and summary["callback"] == {"requested": False, "consent": False}


def test_during_office_hours_a_consultant_takes_over(servers):
    sender, g = "handover-1", "dagstad"
    text, replies = _to_offer(servers, sender, g)
    assert "nu met je verder praat" in text and [b["title"] for b in replies[-1]["buttons"]][0] == "Ja, nu een medewerker"
    text, _ = say(servers, sender, "ja", g)
    assert "neemt het gesprek nu over" in text
    summary, consent, handover, _ = stored(servers, sender)
    assert handover and consent["given"] is True


def test_a_safety_message_during_the_call_back_form_is_answered_at_once(servers):
    sender, g = "callback-safety", "nachtstad"
    say(servers, sender, "ik wil dat iemand mij terugbelt", g)
    text, _ = say(servers, sender, "ja", g)
    assert "Hoe mogen we je noemen?" in text
    text, _ = say(servers, sender, "ik wil niet meer leven", g)
    assert "113" in text and "Hoe mogen we je noemen?" not in text
    summary, *_ = stored(servers, sender)
    assert summary["safety"]["level"] == "acuut"
