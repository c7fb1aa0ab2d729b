"""Custom actions: thin adapters between Rasa and the domain modules.

The conversation logic lives in bot/intake.py (intake), bot/safety/ (safety) and bot/routing.py
(route); these actions read the tracker, call those modules, send the texts and set slots.
Every action stores the conversation's facts (bot/store.py), so nothing already said is lost.
"""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot import config, intake, store
from bot.actions.callback import (clear_callback_slots, confirmation_text, consent_text, gemeente_for,
                                  stop_form, store_callback)
from bot.actions.answering import LEAVING, form_answer, reads_as_answer
from bot.actions.callback import facts_of as _facts
from bot.input_guard import classify_input
from bot.nlu.topic_keywords import keyword_topics
from bot.route_advice import present, reach
from bot.safety import protocol
from bot.safety.detector import LEVEL_RANK, SafetyResult, Signal, detect, max_level

log = logging.getLogger(__name__)

YES_NO = [{"title": "Ja", "payload": "/affirm"}, {"title": "Nee", "payload": "/deny"}]
ACK_LIGHT = "Goed dat je het vraagt. Ik stel je een paar korte vragen, zodat ik goed begrijp wat er speelt. Je mag een vraag altijd overslaan."
ACK_FIRST = "Dank je dat je dit vertelt. Wat vervelend dat het zo loopt. Ik stel je een paar korte vragen, zodat ik goed begrijp wat er speelt. Je mag een vraag altijd overslaan."
INTRO = ("Ik ben de digitale assistent van de Vraagbaak Jeugd, geen mens. Wat je vertelt, bewaar ik om je te helpen; "
         "ik deel het alleen met een medewerker als jij dat goed vindt, of als iemand in gevaar is. Een mens spreken kan altijd.")
ACK_HOGE_NOOD = "Ik hoor dat het heel zwaar is. Goed dat je het vertelt. Ik stel je een paar korte vragen, zodat we snel de goede hulp vinden. Je mag een vraag altijd overslaan."




FIRST_SECOND_TOPIC = 0.25   # a first message naming two worries: the runner-up topic counts too
MID_INTAKE_NEW_TOPIC = 0.85  # later, an answer is only a new worry when the classifier is sure


def _topics_from(tracker: Tracker, first: bool) -> List[str]:
    """Topic ids from the classifier: the top intent, and at the first message also a runner-up
    (two worries in one message). Mid-intake answers often sound like a topic; only a confident
    one counts as a change or addition of topic."""
    msg = tracker.latest_message or {}
    ranking = msg.get("intent_ranking") or []
    top = msg.get("original_intent") or msg.get("intent") or {}
    intent, confidence = top.get("name") or "", float(top.get("confidence") or 0)
    topics = []
    if intent.startswith("topic_") and (first or confidence >= MID_INTAKE_NEW_TOPIC):
        topics.append(intent[len("topic_"):])
    elif intent.startswith("ask_") and intent != "ask_bot" and first:
        topics.append("procedure")
    if first and topics:
        for r in ranking[1:4]:
            name = r.get("name") or ""
            if name.startswith("topic_") and float(r.get("confidence") or 0) >= FIRST_SECOND_TOPIC:
                topics.append(name[len("topic_"):])
        # a second worry named in words the single-label classifier does not rank
        topics += [t for t in keyword_topics(msg.get("text") or "")[:2] if t not in topics]
    return topics


def _safety_from_message(tracker: Tracker) -> SafetyResult:
    """The SafetyGate's verdict from the parse data; recomputed with the same code if absent."""
    data = (tracker.latest_message or {}).get("safety")
    if not data:
        return detect(tracker.latest_message.get("text") or "")
    result = SafetyResult(level=data["level"], needs_check=data["needs_check"], check_kind=data.get("check_kind"),
                          idioms=data.get("idioms", []), speaker=data.get("speaker", "ouder"))
    result.signals = [Signal(s["category"], s["level"], s["text"], s["at_risk"], "") for s in data.get("signals", [])]
    return result


def summary_for(facts: Dict, safety_level: str, signals: List[Dict]) -> Dict:
    route = intake.route_for(facts, safety_level)
    summary = intake.to_summary_json(facts, {"level": safety_level, "signals": signals}, route,
                                     callback=facts.get("callback_state"))
    if facts.get("route_choice"):  # the parent's own view of the advice (agrees, or prefers something else)
        summary["route"]["parent_choice"] = facts["route_choice"]
    summary["gemeente"] = facts.get("gemeente")
    return summary


def _store(tracker: Tracker, facts: Dict, safety_level: str, signals: List[Dict], **kwargs) -> Dict:
    facts.setdefault("gemeente", gemeente_for(tracker, facts).id)
    summary = summary_for(facts, safety_level, signals)
    try:
        store.save_conversation(tracker.sender_id, summary, facts, gemeente=facts["gemeente"], **kwargs)
    except Exception:  # storage trouble must never silence the conversation (or a safety reply)
        log.exception("could not store conversation %s", tracker.sender_id)
    return summary


def _ask(dispatcher: CollectingDispatcher, facts: Dict, name: Optional[str]) -> Dict:
    if name is None:
        dispatcher.utter_message(text=intake.summary_text(facts), buttons=YES_NO)
        return intake.mark_asked(facts, "summary")
    again = name == facts.get("pending")
    dispatcher.utter_message(text=("Dank je, dat noteer ik. Nog één ding: " if again else "") + intake.QUESTIONS[name])
    return intake.mark_asked(facts, name)


def _greeted(tracker: Tracker) -> bool:
    return any(e.get("event") == "action" and e.get("name") == "utter_greet" for e in tracker.events)


def _is_repeat(tracker: Tracker) -> bool:
    """A burst of repeats: the same longer text as the previous message ("ja", "nee" may repeat)."""
    texts = [e.get("text") for e in tracker.events if e.get("event") == "user"]
    return len(texts) >= 2 and bool(texts[-1]) and texts[-1] == texts[-2] and len(texts[-1].split()) >= 3


class ActionIntakeStep(Action):
    """Reads the parent's answer into the facts and asks the next intake question."""

    def name(self) -> Text:
        return "action_intake_step"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        facts = _facts(tracker)
        text = tracker.latest_message.get("text") or ""
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        level = tracker.get_slot("safety_level") or "geen"
        signals = tracker.get_slot("safety_signals") or []
        pending = facts.get("pending")
        events: List[Dict] = []

        problem = ((tracker.latest_message or {}).get("input_check") or {}).get("problem")
        if problem == "too_long":
            dispatcher.utter_message(text="Dank je voor je uitgebreide bericht. Ik heb het helemaal gelezen.")
        elif problem == "markup":
            dispatcher.utter_message(text="Ik lees alleen gewone tekst; opmaak en code laat ik weg.")

        if _is_repeat(tracker):
            dispatcher.utter_message(text="Ik heb je bericht al ontvangen, dank je. Ik lees alles.")
            if pending in intake.QUESTIONS:
                dispatcher.utter_message(text=intake.QUESTIONS[pending])
            return []

        facts.setdefault("gemeente", gemeente_for(tracker, facts).id)
        if pending == "handover_consent" and intent not in ("affirm", "deny", "request_callback"):
            facts = intake.mark_asked(facts, None)  # not an answer to the offer: carry on as usual
            pending = None
        if intent == "request_callback" and pending != "handover_consent":
            facts = offer_followup(dispatcher, tracker, facts, callback=True)
        elif pending == "handover_consent":
            facts, extra = self._handover_consent(dispatcher, tracker, facts, intent, level, signals, text)
            events += extra
        elif pending == "cb_confirm":
            facts, extra = self._callback_confirm(dispatcher, tracker, facts, intent, level, signals)
            events += extra
        elif pending in ("route_feedback", "route_preference"):
            facts, extra = self._route_feedback(dispatcher, tracker, facts, intent, text, pending)
            events += extra
        elif tracker.get_slot("intake_paused"):
            if intent in ("say_safe", "continue_intake", "affirm"):
                dispatcher.utter_message(text=protocol.text("resumed"))
                events.append(SlotSet("intake_paused", False))
                facts = _ask(dispatcher, facts, intake.next_question(facts))
            else:
                dispatcher.utter_message(text="Ik ben er nog. " + protocol.load()["texts"]["pause"])
                return []
        elif pending == "safety_check":
            return self._settle_check(dispatcher, tracker, facts, intent, level, signals)
        elif pending == "summary":
            facts = self._after_summary(dispatcher, tracker, facts, intent, text)
        elif pending == "correction":
            facts = intake.process_answer(facts, text, intent)
            facts["corrections"].append(text[:500])
            facts = _ask(dispatcher, facts, None)
        else:
            first = not facts["asked"]
            new_topics = intake.add_topics(facts, _topics_from(tracker, first))
            facts = intake.process_answer(facts, text, intent)
            if first:
                if not _greeted(tracker):
                    dispatcher.utter_message(text=INTRO)
                dispatcher.utter_message(text=ACK_HOGE_NOOD if facts["hoge_nood"] else
                                         ACK_FIRST if facts["depth"] == "full" else ACK_LIGHT)
                if facts["hoge_nood"] and gemeente_for(tracker, facts).is_open():  # routing.md: a human right away
                    dispatcher.utter_message(text="Er is nu ook een medewerker van de Vraagbaak bereikbaar. "
                                                  "Wil je liever meteen een mens spreken? Zeg het gerust.")
            elif new_topics and pending and "procedure" not in new_topics:
                dispatcher.utter_message(text="Ik noteer ook: moeite met " + ", ".join(
                    intake.MOEITE.get(t, t) for t in new_topics) + ".")
            if intent == "correct_info" and not first:
                facts["corrections"].append(text[:500])
                dispatcher.utter_message(text="Dank je, ik heb het aangepast.")
            facts = _ask(dispatcher, facts, intake.next_question(facts))

        _store(tracker, facts, level, signals)
        return events + [SlotSet("facts", facts)]

    @staticmethod
    def _after_summary(dispatcher, tracker, facts, intent, text) -> Dict:
        if intent == "affirm":
            facts["summary_confirmed"] = True
            route = intake.route_for(facts, tracker.get_slot("safety_level") or "geen")
            for message in present(route, gemeente_for(tracker, facts)).messages():
                dispatcher.utter_message(text=message)
            dispatcher.utter_message(text="Dit is een advies: jij kiest wat bij jullie past. Past dit bij jullie?",
                                     buttons=[{"title": "Ja, dat past", "payload": "/affirm"},
                                              {"title": "Nee, liever iets anders", "payload": "/deny"}])
            return intake.mark_asked(facts, "route_feedback")
        facts["summary_confirmed"] = False
        corrected = intake.process_answer(facts, text, intent)
        if len(text.split()) > 2:  # "nee, hij is 10" carries the correction itself
            corrected["corrections"].append(text[:500])
            dispatcher.utter_message(text="Dank je, ik heb het aangepast.")
            return _ask(dispatcher, corrected, None)
        dispatcher.utter_message(text="Wat klopt er niet? Je mag het gewoon in je eigen woorden verbeteren.")
        return intake.mark_asked(facts, "correction")

    @staticmethod
    def _route_feedback(dispatcher, tracker, facts, intent, text, pending):
        """The parent may disagree with the advice; that is recorded for the consultant, and respected."""
        route = intake.route_for(facts, tracker.get_slot("safety_level") or "geen")
        if pending == "route_feedback" and intent == "affirm":
            facts["route_choice"] = {"advised": route.id, "agrees": True, "preference": None, "at": _utcnow()}
            dispatcher.utter_message(text="Fijn. Dan weet je wat je volgende stap kan zijn.")
        elif pending == "route_feedback" and len(text.split()) <= 3:
            # "nee": ask what would fit better; any answer is taken (preference_form, from_text)
            facts["route_choice"] = {"advised": route.id, "agrees": False, "preference": None, "at": _utcnow()}
            return intake.mark_asked(facts, "route_preference"), [FollowupAction("preference_form")]
        else:
            return record_preference(dispatcher, tracker, facts, route.id, text), []
        return offer_followup(dispatcher, tracker, facts, callback=False), []

    @staticmethod
    def _handover_consent(dispatcher, tracker, facts, intent, level, signals, text=""):
        gemeente = gemeente_for(tracker, facts)
        wants_callback = intent == "request_callback" or facts.get("offer") == "callback" or not gemeente.is_open()
        if intent in ("affirm", "request_callback"):
            consent = {"given": True, "at": _utcnow(), "with": f"medewerkers van {gemeente.vraagbaak.naam}",
                       "what": "samenvatting van dit gesprek" + (" en contactgegevens" if wants_callback else ""),
                       "text": facts.get("consent_text")}
            facts = intake.mark_asked(facts, None)
            facts["consent"] = consent
            if wants_callback:
                facts["callback_state"] = {"requested": True, "consent": True}
                dispatcher.utter_message(text="Dank je. Dan vraag ik drie korte dingen, zodat de medewerker je kan bereiken.")
                _store(tracker, facts, level, signals, consent=consent)
                return facts, [SlotSet("handover_consent", True), SlotSet("facts", facts),
                               FollowupAction("callback_form")]
            dispatcher.utter_message(text="Dank je. Een medewerker van de Vraagbaak neemt het gesprek nu over. "
                                          "Ik heb je vraag en de samenvatting klaargezet, zodat je niets opnieuw hoeft "
                                          "te vertellen. Blijf in dit venster; het kan een paar minuten duren.")
            _store(tracker, facts, level, signals, handover_requested=True, consent=consent)
            return facts, [SlotSet("handover_consent", True)]
        dispatcher.utter_message(text="Dat is goed. Ik geef niets door en bewaar geen contactgegevens. "
                                      f"Wil je later toch iemand spreken? Dat kan bij {gemeente.vraagbaak.naam}. "
                                      f"{reach(gemeente.vraagbaak)} Bij direct gevaar: bel 112. Denk je aan zelfdoding: bel 113.")
        facts = intake.mark_asked(facts, None)
        facts["consent"] = {"given": False, "at": _utcnow()}
        facts["callback_state"] = {"requested": False, "consent": False}
        _store(tracker, facts, level, signals, consent=facts["consent"])
        if not tracker.get_slot("intake_paused") and not facts["summary_confirmed"] and facts["asked"]:
            facts = _ask(dispatcher, facts, intake.next_question(facts))
        return facts, [SlotSet("handover_consent", False)]

    @staticmethod
    def _callback_confirm(dispatcher, tracker, facts, intent, level, signals):
        """The parent checks the details: yes stores the request, no goes through the form again."""
        if intent == "affirm":
            facts = intake.mark_asked(facts, None)
            summary = summary_for(facts, level, signals)
            try:
                saved = store_callback(tracker, facts, summary, level)
            except Exception:
                log.exception("could not store call back request of %s", tracker.sender_id)
                gemeente = gemeente_for(tracker, facts)
                dispatcher.utter_message(text="Sorry, het opslaan van je verzoek lukte niet. Wil je de Vraagbaak zelf "
                                              f"bellen? {gemeente.vraagbaak.naam}: {gemeente.vraagbaak.telefoon}. "
                                              "Bij direct gevaar: bel 112.")
                return facts, clear_callback_slots()
            dispatcher.utter_message(text=confirmation_text(tracker.get_slot("cb_name") or "", saved["gemeente"],
                                                            saved["due"], saved["urgent"],
                                                            by_mail=not tracker.get_slot("cb_phone")))
            facts["callback_state"] = {"requested": True, "consent": True, "id": saved["id"],
                                       "due_by": saved["due"].isoformat(timespec="minutes")}
            _store(tracker, facts, level, signals)
            return facts, clear_callback_slots()
        dispatcher.utter_message(text="Geen probleem. We lopen het nog een keer langs.")
        facts = intake.mark_asked(facts, None)
        return facts, clear_callback_slots() + [SlotSet("facts", facts), FollowupAction("callback_form")]

    def _settle_check(self, dispatcher, tracker, facts, intent, level, signals) -> List[Dict]:
        """The answer to the check question settles the level (safety.md)."""
        if intent == "affirm":
            result = SafetyResult(level="acuut", speaker=tracker.get_slot("speaker") or "ouder",
                                  signals=[Signal(s.get("category", "suicide"), "acuut", s.get("text", ""),
                                                  s.get("at_risk", "kind"), "") for s in signals] or
                                  [Signal("suicide", "acuut", "ja op de controlevraag", "ouder", "")])
            return ActionSafetyResponse.respond(dispatcher, tracker, facts, result, tracker.latest_message.get("text") or "ja")
        if intent in ("deny", "say_safe"):
            dispatcher.utter_message(text=protocol.text("check_settled_safe"))
            if level == "zorg" and "handover_consent" not in facts["asked"]:
                # the zorg reply came with the check question: now the offer of a person (safety.md)
                gemeente = gemeente_for(tracker, facts)
                open_now = gemeente.is_open()
                facts = intake.mark_asked(facts, "handover_consent")
                facts["offer"] = "handover" if open_now else "callback"
                facts["consent_text"] = consent_text(gemeente, with_contact=not open_now, lead="Als je ja zegt,")
                offer = protocol.text("offer")["office_hours" if open_now else "closed"]
                dispatcher.utter_message(text=offer)
                dispatcher.utter_message(text=facts["consent_text"], buttons=YES_NO)
            else:
                facts = _ask(dispatcher, intake.mark_asked(facts, None), intake.next_question(facts))
            _store(tracker, facts, level, signals)
            return [SlotSet("facts", facts)]
        dispatcher.utter_message(text="Ik wil zeker weten dat het goed met je gaat. Kun je ja of nee zeggen?", buttons=YES_NO)
        return []


def record_preference(dispatcher, tracker, facts: Dict, advised: Optional[str], preference: str) -> Dict:
    """The parent prefers something else than the advice: recorded for the consultant, then a follow-up."""
    facts["route_choice"] = {"advised": advised, "agrees": False, "preference": preference.strip()[:500] or None,
                             "at": _utcnow()}
    dispatcher.utter_message(text="Dank je, dat noteer ik zo. Jij kiest wat bij jullie past.")
    return offer_followup(dispatcher, tracker, facts, callback=False)


def offer_followup(dispatcher, tracker, facts: Dict, callback: bool) -> Dict:
    """Offer a person (office hours) or a call back, saying first what is shared with whom (consent)."""
    gemeente = gemeente_for(tracker, facts)
    open_now = gemeente.is_open() and not callback
    facts["offer"] = "handover" if open_now else "callback"
    facts["consent_text"] = consent_text(gemeente, with_contact=not open_now)
    if open_now:
        question = f"Wil je dat een medewerker van de Vraagbaak nu met je verder praat? {facts['consent_text']} Is dat goed?"
        buttons = [{"title": "Ja, nu een medewerker", "payload": "/affirm"},
                   {"title": "Liever teruggebeld worden", "payload": "/request_callback"},
                   {"title": "Nee, dank je", "payload": "/deny"}]
    else:
        closed = "" if callback else "De Vraagbaak is nu gesloten. "
        question = (f"{closed}Wil je dat een medewerker van de Vraagbaak je terugbelt of mailt? "
                    f"{facts['consent_text']} Is dat goed?")
        buttons = [{"title": "Ja, bel of mail me", "payload": "/affirm"}, {"title": "Nee, dank je", "payload": "/deny"}]
    dispatcher.utter_message(text=question, buttons=buttons)
    return intake.mark_asked(facts, "handover_consent")


def _utcnow() -> str:
    import datetime as dt
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


class ActionSafetyResponse(Action):
    """The fixed response of safety.md, in the same turn as the message that triggered it."""

    def name(self) -> Text:
        return "action_safety_response"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        data = (tracker.latest_message or {}).get("safety") or {}
        pending = _facts(tracker).get("pending")
        if pending in intake.QUESTIONS and reads_as_answer(data, pending):
            return ActionIntakeStep().run(dispatcher, tracker, domain)
        facts = intake.process_answer(_facts(tracker), tracker.latest_message.get("text") or "")
        result = _safety_from_message(tracker)
        return self.respond(dispatcher, tracker, facts, result, tracker.latest_message.get("text") or "")

    @staticmethod
    def respond(dispatcher, tracker, facts: Dict, result: SafetyResult, text: str) -> List[Dict]:
        previous = tracker.get_slot("safety_level") or "geen"
        signals = (tracker.get_slot("safety_signals") or []) + [s.as_dict() for s in result.signals]
        events: List[Dict] = [SlotSet("speaker", result.speaker)] + stop_form(tracker)
        gemeente = gemeente_for(tracker, facts)
        if result.level in ("acuut", "zorg"):
            level = max_level(previous, result.level)  # a level never drops in a conversation
            open_now = gemeente.is_open()
            messages = protocol.reply(result, office_open=open_now, huisartsenpost=gemeente.huisartsenpost.telefoon)
            if result.level == "zorg" and result.needs_check:
                # zorg, and a doubt whether somebody is in danger now: acknowledge and give Veilig
                # Thuis, then ask the check question; the offer of a person follows its answer
                for message in messages[:2]:
                    dispatcher.utter_message(text=message)
                dispatcher.utter_message(text=protocol.check_question(result), buttons=YES_NO)
                facts = intake.mark_asked(facts, "safety_check")
            else:
                facts = intake.mark_asked(facts, "handover_consent")
                facts["offer"] = "handover" if open_now else "callback"
                facts["consent_text"] = consent_text(gemeente, with_contact=not open_now, lead="Als je ja zegt,")
                messages.insert(3, facts["consent_text"])  # right after the offer of a person: what a yes shares
                for message in messages:
                    dispatcher.utter_message(text=message)
            if result.level == "acuut":
                events.append(SlotSet("intake_paused", True))
            try:
                store.flag_safety(tracker.sender_id, result.level, text, [s.as_dict() for s in result.signals])
            except Exception:
                log.exception("could not flag conversation %s", tracker.sender_id)
        else:  # ambiguous: one calm, direct check question
            level = previous
            dispatcher.utter_message(text=protocol.check_question(result), buttons=YES_NO)
            facts = intake.mark_asked(facts, "safety_check")
        _store(tracker, facts, level, signals)
        return events + [SlotSet("safety_level", level), SlotSet("safety_signals", signals), SlotSet("facts", facts)]


class ActionBadInput(Action):
    """Empty, emoji-only, markup-only or binary input: a polite, useful answer."""

    def name(self) -> Text:
        return "action_bad_input"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        verdict = (tracker.latest_message or {}).get("input_check") or classify_input(tracker.latest_message.get("text") or "")
        messages = {
            "empty": "Ik kreeg een leeg bericht. Wil je in je eigen woorden vertellen wat je bezighoudt?",
            "no_words": "Ik kan alleen tekst lezen, geen plaatjes of losse tekens. Wil je in een paar woorden vertellen wat je bezighoudt?",
            "binary": "Dit bericht kan ik niet lezen. Wil je je vraag gewoon als tekst typen?",
            "other_language": ("Ik kan alleen in het Nederlands chatten. Sorry, I can only chat in Dutch. "
                               "In danger? Call 112. Thinking about suicide? Call 113 (they also help in English). "
                               "You can also ask the Vraagbaak for a call back with an interpreter."),
        }
        dispatcher.utter_message(text=messages.get(verdict.get("problem"), messages["empty"]))
        pending = _facts(tracker).get("pending")
        if pending in intake.QUESTIONS:
            dispatcher.utter_message(text=intake.QUESTIONS[pending])
        return []


class ActionReprompt(Action):
    """After answering a side question (privacy, procedure, who are you), go back to the intake."""

    def name(self) -> Text:
        return "action_reprompt"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        facts = _facts(tracker)
        pending = facts.get("pending")
        intent = ((tracker.latest_message or {}).get("intent") or {}).get("name") or ""
        if tracker.get_slot("intake_paused"):
            dispatcher.utter_message(text=protocol.load()["texts"]["pause"])
        elif pending in intake.QUESTIONS:
            dispatcher.utter_message(text="Zullen we verder gaan? " + intake.QUESTIONS[pending])
        elif pending == "summary":
            dispatcher.utter_message(text=intake.summary_text(facts), buttons=YES_NO)
        elif not facts["asked"] and intent.startswith("ask_") and intent != "ask_bot":
            # a procedure question as the whole conversation so far: answered, so the route is informatie
            intake.add_topics(facts, ["procedure"])
            facts = intake.mark_asked(facts, None)
            route = intake.route_for(facts, tracker.get_slot("safety_level") or "geen")
            dispatcher.utter_message(text=present(route, gemeente_for(tracker, facts)).advice)
            _store(tracker, facts, tracker.get_slot("safety_level") or "geen", tracker.get_slot("safety_signals") or [])
            return [SlotSet("facts", facts)]
        return []


class ValidatePreferenceForm(FormValidationAction):
    """Any answer to "wat zou beter passen?" is the parent's preference, also "een medewerker";
    only a safety message or a stop leaves the form."""

    def name(self) -> Text:
        return "validate_preference_form"

    def extract_route_preference(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict) -> Dict:
        return form_answer(tracker, "preference_form", "route_preference", LEAVING - {"request_human"})


class ActionRecordPreference(Action):
    """After the preference form: the parent's own preference is recorded, then a follow-up is offered."""

    def name(self) -> Text:
        return "action_record_preference"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        facts = _facts(tracker)
        advised = (facts.get("route_choice") or {}).get("advised")
        facts = record_preference(dispatcher, tracker, facts, advised, tracker.get_slot("route_preference") or "")
        _store(tracker, facts, tracker.get_slot("safety_level") or "geen", tracker.get_slot("safety_signals") or [])
        return [SlotSet("facts", facts), SlotSet("route_preference", None)]


class ActionOpeningHours(Action):
    """When the Vraagbaak is open, from the conversation's sociale kaart (holidays closed)."""

    def name(self) -> Text:
        return "action_opening_hours"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        gemeente = gemeente_for(tracker, _facts(tracker))
        dispatcher.utter_message(text=f"Deze chat is er dag en nacht. De medewerkers van {gemeente.vraagbaak.naam} zijn er "
                                      f"{opening_hours_text(gemeente)}, niet op feestdagen. "
                                      + ("Nu is er een medewerker bereikbaar." if gemeente.is_open() else
                                         "Buiten die tijden kan een medewerker je terugbellen."))
        return []


def opening_hours_text(gemeente) -> str:
    """'ma t/m do van 08:30 tot 17:00 en vr van 08:30 tot 12:30': consecutive days with equal hours joined."""
    days = ["ma", "di", "wo", "do", "vr", "za", "zo"]
    groups: List[List] = []
    for i, name in enumerate(days):
        span = gemeente.vraagbaak.hours.get(i)
        if span and groups and groups[-1][2] == span and groups[-1][1] == i - 1:
            groups[-1][1] = i
        elif span:
            groups.append([i, i, span])
    parts = []
    for first, last, (start, end) in groups:
        label = days[first] if first == last else f"{days[first]} {'en' if last == first + 1 else 't/m'} {days[last]}"
        parts.append(f"{label} van {start:%H:%M} tot {end:%H:%M}")
    return ", ".join(parts[:-1]) + (" en " if len(parts) > 1 else "") + parts[-1] if parts else "op werkdagen"


class ActionRequestHuman(Action):
    """A person is always available: explain how, and ask consent before passing anything on."""

    def name(self) -> Text:
        return "action_request_human"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        facts = _facts(tracker)
        facts.setdefault("gemeente", gemeente_for(tracker, facts).id)
        dispatcher.utter_message(text="Natuurlijk, je kunt met een mens praten.")
        facts = offer_followup(dispatcher, tracker, facts, callback=False)
        _store(tracker, facts, tracker.get_slot("safety_level") or "geen", tracker.get_slot("safety_signals") or [])
        return stop_form(tracker) + [SlotSet("facts", facts)]


class ActionStop(Action):
    """The parent stops: respect it, say what is kept, leave the door open."""

    def name(self) -> Text:
        return "action_stop"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        from bot import config
        facts = intake.mark_asked(_facts(tracker), None)
        days = config.get("VRAAGBAAK_RETENTION_DAYS")
        dispatcher.utter_message(text="Goed, we stoppen hier. Dank je voor je vertrouwen. "
                                      f"Wat je vertelde bewaren we {days} dagen en daarna wissen we het. "
                                      "Je kunt altijd terugkomen. Bij direct gevaar: bel 112. Denk je aan zelfdoding: bel 113.")
        _store(tracker, facts, tracker.get_slot("safety_level") or "geen", tracker.get_slot("safety_signals") or [])
        return stop_form(tracker) + [SlotSet("facts", facts)]


class ActionPrivacy(Action):
    """What is recorded, why, with whom, and for how long (the retention setting, not a fixed text)."""

    def name(self) -> Text:
        return "action_privacy"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        from bot import config
        days = config.get("VRAAGBAAK_RETENTION_DAYS")
        dispatcher.utter_message(text=(
            "Goede vraag. Ik bewaar wat je vertelt in dit gesprek, zodat ik je kan helpen en een medewerker het "
            "kan lezen als jij dat goed vindt. We delen niets met school, de huisarts of anderen zonder jouw "
            "toestemming, behalve als iemand in direct gevaar is. "
            f"Na {days} dagen zonder nieuw bericht wissen we het gesprek."))
        return []
