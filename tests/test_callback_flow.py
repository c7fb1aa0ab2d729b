"""The call back step by step on real rasa_sdk trackers (no server): consent first, validation with
friendly corrections, storage only after the parent confirmed, terms that follow the urgency."""
import datetime as dt

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot import intake, sociale_kaart, store
from bot.actions.actions import ActionIntakeStep, ActionRequestHuman
from bot.actions.callback import ValidateCallbackForm, confirmation_text, due_by
from bot.office_hours import TZ


@pytest.fixture(autouse=True)
def _db(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'v.db'}"
    monkeypatch.setenv("VRAAGBAAK_DATABASE_URL", url)
    return url


def tracker(text, intent, slots=None, gemeente="voorbeeldstad", sender="cb"):
    message = {"text": text, "intent": {"name": intent, "confidence": 0.95}, "entities": [],
               "metadata": {"gemeente": gemeente}}
    return Tracker(sender, slots or {}, message, [{"event": "user", "text": text, "metadata": {"gemeente": gemeente}}],
                   False, None, {}, "action_listen")


def run(action, t):
    d = CollectingDispatcher()
    events = action.run(d, t, {})
    return " ".join(m.get("text") or "" for m in d.messages), events


def slots_of(events):
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


def at(*args):
    return dt.datetime(*args, tzinfo=TZ)


def test_hoge_nood_or_safety_means_within_one_working_day():
    stad = sociale_kaart.get("voorbeeldstad")            # usual term: two working days
    friday_evening = at(2026, 11, 27, 20, 0)
    assert due_by(stad, urgent=True, now=friday_evening) == at(2026, 11, 30, 17, 0)
    assert due_by(stad, urgent=False, now=friday_evening) == at(2026, 12, 1, 17, 0)
    text = confirmation_text("Sanne", stad, at(2026, 11, 30, 17, 0), urgent=True, by_mail=False)
    assert "uiterlijk maandag 30 november" in text and "dringend" in text and "Vraagbaak Jeugd Voorbeeldstad belt je" in text


def test_the_offer_says_what_is_shared_with_whom_before_asking(monkeypatch):
    monkeypatch.setattr(sociale_kaart.Gemeente, "is_open", lambda self, now=None: False)
    text, events = run(ActionRequestHuman(), tracker("ik wil een mens spreken", "request_human"))
    assert "naam en telefoonnummer of e-mailadres" in text and "met de medewerkers van Vraagbaak Jeugd Voorbeeldstad" in text
    assert "90 dagen" in text and text.rstrip().endswith("Is dat goed?")
    assert slots_of(events)["facts"]["pending"] == "handover_consent"


def test_yes_starts_the_form_and_no_stores_nothing(monkeypatch, _db):
    monkeypatch.setattr(sociale_kaart.Gemeente, "is_open", lambda self, now=None: False)
    facts = intake.mark_asked(intake.new_facts(), "handover_consent")
    facts["offer"] = "callback"
    text, events = run(ActionIntakeStep(), tracker("ja", "affirm", slots={"facts": facts}))
    assert any(e.get("event") == "followup" and e.get("name") == "callback_form" for e in events)
    assert slots_of(events)["facts"]["consent"]["given"] is True
    text, events = run(ActionIntakeStep(), tracker("nee", "deny", slots={"facts": facts}, sender="cb-no"))
    assert "Ik geef niets door" in text and store.callbacks("cb-no", url=_db) == []
    assert store.get_conversation("cb-no", url=_db).consent["given"] is False


@pytest.mark.parametrize("slot, answer, ok", [
    ("cb_name", "Sanne", True), ("cb_name", "0612345678", False),
    ("cb_contact", "+31 6 12345678", True), ("cb_contact", "06 1234", False), ("cb_contact", "ans@voorbeeld.nl", True),
    ("cb_moment", "morgenochtend", True), ("cb_moment", "zondag", False),
])
def test_each_answer_is_validated_with_a_friendly_correction(slot, answer, ok):
    d = CollectingDispatcher()
    result = getattr(ValidateCallbackForm(), f"validate_{slot}")(answer, d, tracker(answer, "inform_hope"), {})
    assert (result[slot] is not None) == ok
    assert bool(d.messages) == (not ok)


def test_confirmed_details_are_stored_with_consent_route_and_urgency(_db):
    facts = intake.mark_asked(intake.new_facts(), "cb_confirm")
    facts.update(hoge_nood=True, consent={"given": True, "what": "samenvatting van dit gesprek en contactgegevens",
                                          "with": "medewerkers van Vraagbaak Jeugd Voorbeeldstad", "at": "2026-11-23T10:00:00+00:00"})
    slots = {"facts": facts, "cb_name": "Sanne", "cb_phone": "0612345678", "cb_email": None,
             "cb_contact": "06-12345678", "cb_moment": "maakt niet uit", "safety_level": "geen"}
    text, events = run(ActionIntakeStep(), tracker("ja", "affirm", slots=slots))
    assert "Dank je, Sanne" in text and "dringend" in text
    [row] = store.callbacks("cb", url=_db)
    assert row.hoge_nood and row.consent["given"] and row.status == "nieuw" and row.due_by is not None
    assert slots_of(events)["cb_phone"] is None                # contact details do not linger in the tracker slots


def test_hoge_nood_offers_a_person_right_away_during_office_hours(monkeypatch):
    first = "Ik weet het echt niet meer, mijn zoon van 14 gaat al maanden niet naar school"
    monkeypatch.setattr(sociale_kaart.Gemeente, "is_open", lambda self, now=None: True)
    text, _ = run(ActionIntakeStep(), tracker(first, "topic_schoolverzuim", sender="nood-open"))
    assert "Er is nu ook een medewerker van de Vraagbaak bereikbaar" in text
    monkeypatch.setattr(sociale_kaart.Gemeente, "is_open", lambda self, now=None: False)
    text, _ = run(ActionIntakeStep(), tracker(first, "topic_schoolverzuim", sender="nood-dicht"))
    assert "Er is nu ook een medewerker" not in text
