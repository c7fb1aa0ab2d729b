"""Which messages answer a form's question, and which leave the form (bot/actions/answering.py)."""
from __future__ import annotations

import pytest
from rasa_sdk import Tracker

from bot.actions.answering import LEAVING, form_answer
from bot.safety.detector import detect


def tracker(text: str, intent: str, slot: str = "cb_moment", form: str = "callback_form") -> Tracker:
    message = {"text": text, "intent": {"name": intent, "confidence": 1.0}, "safety": detect(text).as_dict()}
    return Tracker("t", {"requested_slot": slot}, message, [], False, None, {"name": form}, "action_listen")


def test_a_plain_answer_fills_the_requested_slot():
    assert form_answer(tracker("donderdag om 10 uur", "inform"), "callback_form", "cb_moment") == {"cb_moment": "donderdag om 10 uur"}


def test_a_weak_doubt_of_the_add_on_alone_is_read_as_the_answer():
    text = "maakt niet uit"        # standing alone, the add-on asks a check question on this
    result = detect(text)
    assert result.doubt_only, result.as_dict()
    assert form_answer(tracker(text, "safety_check"), "callback_form", "cb_moment") == {"cb_moment": text}


@pytest.mark.parametrize("text,intent", [
    ("ik wil niet meer leven", "safety_acuut"),
    ("ik kan niet meer", "safety_check"),          # a rule's check question always stands
    ("stop maar", "stop_conversation"),
    ("ik wil een mens spreken", "request_human"),
])
def test_safety_stop_and_a_person_leave_the_form(text, intent):
    assert form_answer(tracker(text, intent), "callback_form", "cb_moment") == {}


def test_only_the_requested_slot_of_the_active_form_is_filled():
    assert form_answer(tracker("Sanne", "inform", slot="cb_name"), "callback_form", "cb_moment") == {}
    assert form_answer(tracker("Sanne", "inform", form="preference_form"), "callback_form", "cb_moment") == {}
    assert form_answer(tracker("   ", "inform"), "callback_form", "cb_moment") == {}


def test_a_person_is_a_preference_not_a_way_out_of_the_preference_form():
    t = tracker("liever een medewerker", "request_human", slot="route_preference", form="preference_form")
    assert form_answer(t, "preference_form", "route_preference", LEAVING - {"request_human"}) == {
        "route_preference": "liever een medewerker"}
