"""When is a message the answer to the question the assistant just asked?

The safety layer runs on every message. A rule's signal always interrupts. A doubt of the learned
add-on alone (`safety.doubt_only`) is weaker evidence: standing alone it gets the check question, but
as the answer to a question we asked ("maakt niet uit" to "wanneer komt het je uit?", "ik, mijn man
en zijn zusje van 5" to "wie wonen er thuis?") a weak doubt is read as that answer. A strong doubt
(p >= learned.ANSWER_CHECK_AT) still gets the check question.
"""
from __future__ import annotations

from typing import Dict, Optional, Text

from rasa_sdk import Tracker

from bot.safety import learned

# Intents that leave a form instead of answering it (a stop, a person, a safety message).
LEAVING = frozenset({"safety_acuut", "safety_zorg", "safety_check", "stop_conversation", "request_human"})


def reads_as_answer(safety: Dict, pending: Optional[str]) -> bool:
    """True when only the add-on doubts, weakly, and the message answers the pending question."""
    return bool(safety.get("doubt_only") and pending and pending != "safety_check"
                and float(safety.get("learned_danger") or 0.0) < learned.ANSWER_CHECK_AT)


def form_answer(tracker: Tracker, form: Text, slot: Text, leaving: frozenset = LEAVING) -> Dict:
    """The slot value a form's `extract_<slot>` returns: the message text, when the form asked for
    this slot and the message does not leave the form. Empty otherwise, so the form rejects the
    message and the rules (a safety response, a stop) take it."""
    if (tracker.active_loop or {}).get("name") != form or tracker.get_slot("requested_slot") != slot:
        return {}
    message = tracker.latest_message or {}
    intent = (message.get("intent") or {}).get("name")
    if intent in leaving and not (intent == "safety_check" and reads_as_answer(message.get("safety") or {}, slot)):
        return {}
    text = (message.get("text") or "").strip()
    return {slot: text} if text else {}
