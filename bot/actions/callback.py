"""Follow-up with consent: a consultant takes over (office hours) or a call back request is recorded.

The form `callback_form` (domain.yml) asks a name, a phone number or e-mail address, and a moment;
`validate_callback_form` checks each with bot/contact.py and answers a friendly correction. Nothing
is stored for follow-up before the parent has said yes to what is shared with whom (consent); the
request is stored only after the parent confirmed the details.
"""
from __future__ import annotations

import copy
import datetime as dt
import logging
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import ActiveLoop, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot import config, intake, sociale_kaart, store
from bot.actions.answering import form_answer
from bot.contact import format_phone, parse_contact, parse_moment, parse_name
from bot.office_hours import TZ

log = logging.getLogger(__name__)

YES_NO = [{"title": "Ja", "payload": "/affirm"}, {"title": "Nee", "payload": "/deny"}]
CALLBACK_SLOTS = ["cb_name", "cb_contact", "cb_moment", "cb_phone", "cb_email"]
DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"]


def gemeente_for(tracker: Tracker, facts: Optional[Dict] = None) -> sociale_kaart.Gemeente:
    """The conversation's gemeente: from the web page's metadata, kept in the facts; else the default."""
    wanted = (facts or {}).get("gemeente")
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            wanted = wanted or ((event.get("metadata") or {}).get("gemeente"))
            break
    return sociale_kaart.get(wanted)


def dutch_date(moment: dt.datetime) -> str:
    local = moment.astimezone(TZ)
    return f"{DAYS[local.weekday()]} {local.day} {MONTHS[local.month - 1]}"


def is_urgent(facts: Dict, safety_level: str) -> bool:
    return bool(facts.get("hoge_nood")) or safety_level in ("acuut", "zorg")


def due_by(gemeente: sociale_kaart.Gemeente, urgent: bool, now: Optional[dt.datetime] = None) -> dt.datetime:
    """Call back term: within one working day on hoge nood or a safety signal (routing.md), else the
    gemeente's usual term; counted in the Vraagbaak's working days (holidays closed)."""
    now = now or dt.datetime.now(TZ)
    return gemeente.working_days_after(now, 1 if urgent else gemeente.terugbellen_werkdagen)


def consent_text(gemeente: sociale_kaart.Gemeente, with_contact: bool, lead: str = "Dan") -> str:
    """What will be shared, with whom, and for how long: said before asking consent."""
    days = config.get("VRAAGBAAK_RETENTION_DAYS")
    what = "de samenvatting van dit gesprek" + (" en je naam en telefoonnummer of e-mailadres" if with_contact else "")
    return (f"{lead} deel ik {what} met de medewerkers van {gemeente.vraagbaak.naam}. Met niemand anders, tenzij jij "
            f"dat wilt. We bewaren het {days} dagen en wissen het daarna.")


def hours_phrase(gemeente: sociale_kaart.Gemeente) -> tuple:
    """('op werkdagen', 8, 17) from the Vraagbaak's opening hours, for the moment question."""
    spans = gemeente.vraagbaak.hours.values()
    first = min(s[0] for s in spans)
    last = max(s[1] for s in spans)
    return "op werkdagen", first.hour, last.hour + (1 if last.minute else 0)


class ValidateCallbackForm(FormValidationAction):
    """Checks each answer of the call back form; a wrong answer gets a friendly correction and is asked again."""

    def name(self) -> Text:
        return "validate_callback_form"

    # Any text answers the question asked, unless it leaves the form (answering.form_answer).
    def extract_cb_name(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict) -> Dict:
        return form_answer(tracker, "callback_form", "cb_name")

    def extract_cb_contact(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict) -> Dict:
        return form_answer(tracker, "callback_form", "cb_contact")

    def extract_cb_moment(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict) -> Dict:
        return form_answer(tracker, "callback_form", "cb_moment")

    def validate_cb_name(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict) -> Dict:
        name, problem = parse_name(str(value or ""))
        if problem:
            dispatcher.utter_message(text=problem)
            return {"cb_name": None}
        return {"cb_name": name}

    def validate_cb_contact(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict) -> Dict:
        phone, email, problem = parse_contact(str(value or ""))
        if problem:
            dispatcher.utter_message(text=problem)
            return {"cb_contact": None}
        shown = " en ".join(x for x in (format_phone(phone) if phone else None, email) if x)
        return {"cb_contact": shown, "cb_phone": phone, "cb_email": email}

    def validate_cb_moment(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict) -> Dict:
        days, start, end = hours_phrase(gemeente_for(tracker, tracker.get_slot("facts")))
        moment, problem = parse_moment(str(value or ""), days, start, end)
        if problem:
            dispatcher.utter_message(text=problem)
            return {"cb_moment": None}
        return {"cb_moment": moment}


class ActionAskCbMoment(Action):
    """The moment question names the Vraagbaak's own calling hours (from the sociale kaart)."""

    def name(self) -> Text:
        return "action_ask_cb_moment"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        days, start, end = hours_phrase(gemeente_for(tracker, tracker.get_slot("facts")))
        dispatcher.utter_message(text=f"Wanneer komt het je het best uit? Wij bellen {days} tussen {start} en {end} uur. "
                                      "Bijvoorbeeld: morgenochtend, of 'maakt niet uit'.")
        return []


class ActionCallbackConfirm(Action):
    """After the form: read the details back and ask if they are right."""

    def name(self) -> Text:
        return "action_callback_confirm"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        facts = intake.mark_asked(facts_of(tracker), "cb_confirm")
        phone, email = tracker.get_slot("cb_phone"), tracker.get_slot("cb_email")
        lines = [f"Naam: {tracker.get_slot('cb_name')}"]
        if phone:
            lines.append(f"Telefoon: {format_phone(phone)}")
        if email:
            lines.append(f"E-mail: {email}")
        lines.append(f"Moment: {tracker.get_slot('cb_moment')}")
        dispatcher.utter_message(text="Ik heb genoteerd:\n" + "\n".join(lines) + "\nKlopt dit?",
                                 buttons=[{"title": "Ja, dat klopt", "payload": "/affirm"},
                                          {"title": "Nee, ik wil iets aanpassen", "payload": "/deny"}])
        return [SlotSet("facts", facts)]


def facts_of(tracker: Tracker) -> Dict:
    """A copy: actions never change the tracker's slot value in place."""
    return copy.deepcopy(tracker.get_slot("facts")) or intake.new_facts()


def store_callback(tracker: Tracker, facts: Dict, summary: Dict, level: str,
                   now: Optional[dt.datetime] = None) -> Dict:
    """Stores the confirmed request with its consent; returns {'due': datetime, 'gemeente': Gemeente, 'id': int}."""
    gemeente = gemeente_for(tracker, facts)
    urgent = is_urgent(facts, level)
    due = due_by(gemeente, urgent, now)
    consent = dict(facts.get("consent") or {}, given=True)
    summary = dict(summary, callback={"requested": True, "consent": True})
    row_id = store.save_callback(tracker.sender_id, gemeente=gemeente.id, name=tracker.get_slot("cb_name") or "",
                                 phone=tracker.get_slot("cb_phone"), email=tracker.get_slot("cb_email"),
                                 preferred_moment=tracker.get_slot("cb_moment"), consent=consent,
                                 summary=summary, due_by=due)
    return {"due": due, "gemeente": gemeente, "id": row_id, "urgent": urgent}


def confirmation_text(name: str, gemeente: sociale_kaart.Gemeente, due: dt.datetime, urgent: bool, by_mail: bool) -> str:
    how = "neemt contact met je op" if by_mail else "belt je"
    when = f"uiterlijk {dutch_date(due)}"
    first = (f"Dank je, {name}. Je verzoek staat genoteerd. Een medewerker van {gemeente.vraagbaak.naam} {how} "
             f"{when}, zo veel mogelijk op het moment dat je koos.")
    if urgent:
        first += " We hebben je vraag als dringend gemarkeerd."
    return first + " Bij direct gevaar: bel 112. Denk je aan zelfdoding: bel 113."


def clear_callback_slots() -> List[Dict]:
    return [SlotSet(s, None) for s in CALLBACK_SLOTS] + [SlotSet("requested_slot", None)]


def stop_form(tracker: Tracker) -> List[Dict]:
    """Leaves the call back form (a safety message or a stop interrupts it)."""
    if (tracker.active_loop or {}).get("name"):
        return [ActiveLoop(None)] + clear_callback_slots()
    return []
