"""The numbers of safety.md, in the one versioned file, and nothing else in a safety reply."""
import itertools
import re

from bot import sociale_kaart
from bot.safety import protocol
from bot.safety.detector import SafetyResult, Signal

PHONE = re.compile(r"(?<![\w-])(?:\+?\d[\d\s-]{1,14}\d|\d{3})(?![\w-])")
ALLOWED = {"112", "113", "0800-0113", "0800-2000", "0800-0432"}


def test_every_number_matches_the_protocol():
    s = protocol.load()["services"]
    assert s["alarmnummer"]["phone"] == "112"
    assert s["zelfmoordpreventie"]["phone"] == "113" and s["zelfmoordpreventie"]["phone_free"] == "0800-0113"
    assert s["zelfmoordpreventie"]["chat"] == "113.nl"
    assert s["veilig_thuis"]["phone"] == "0800-2000"
    assert s["kindertelefoon"]["phone"] == "0800-0432" and s["kindertelefoon"]["chat"] == "kindertelefoon.nl"


def test_no_old_numbers_anywhere_in_the_config():
    raw = protocol.CONFIG.read_text(encoding="utf-8")
    assert not re.search(r"0900", raw)


def _all_replies():
    cats = ["suicide", "self_harm", "medical", "violence_now", "unsafe_home", "sexual", "violence", "neglect", "threat", "distress"]
    haps = [None] + [g.huisartsenpost.telefoon for g in sociale_kaart.all_gemeenten().values()]
    for level, speaker, at_risk, cat, open_, hap in itertools.product(("acuut", "zorg"), ("ouder", "jongere", "onbekend"),
                                                                     ("kind", "ouder", "ander"), cats, (True, False), haps):
        result = SafetyResult(level=level, speaker=speaker, signals=[Signal(cat, level, "x", at_risk, "")])
        yield result, hap, protocol.reply(result, office_open=open_, huisartsenpost=hap)


def test_no_other_phone_number_like_string_in_any_safety_reply():
    """Only the numbers of safety.yml, and the huisartsenpost of the conversation's own gemeente."""
    for result, hap, messages in _all_replies():
        allowed = ALLOWED | ({hap} if hap else set())
        for message in messages:
            for number in PHONE.findall(message.replace("113.nl", "")):
                assert number.strip() in allowed, (number, message)


def test_urgent_medical_help_names_the_gemeentes_huisartsenpost():
    for gemeente in sociale_kaart.all_gemeenten().values():
        hap = gemeente.huisartsenpost.telefoon
        result = SafetyResult(level="acuut", speaker="ouder", signals=[Signal("medical", "acuut", "x", "kind", "")])
        assert any(hap in m for m in protocol.reply(result, office_open=False, huisartsenpost=hap))


def test_the_right_number_comes_first():
    def first(cat, level="acuut", speaker="ouder", at_risk="kind"):
        return protocol.numbers_for(SafetyResult(level=level, speaker=speaker, signals=[Signal(cat, level, "x", at_risk, "")]))[0]
    assert first("suicide") == "zelfmoordpreventie"
    assert first("violence_now") == "alarmnummer"
    assert first("medical") == "alarmnummer"
    assert first("sexual", level="zorg") == "veilig_thuis"
    assert "kindertelefoon" in protocol.numbers_for(SafetyResult(level="zorg", speaker="jongere", signals=[Signal("violence", "zorg", "x", "kind", "")]))


def test_acuut_reply_pauses_and_offers_a_person():
    result = SafetyResult(level="acuut", speaker="ouder", signals=[Signal("suicide", "acuut", "x", "kind", "")])
    open_, closed = protocol.reply(result, office_open=True), protocol.reply(result, office_open=False)
    assert any("overnemen" in m for m in open_) and any("terugbelt" in m for m in closed)
    assert any("geen andere vragen" in m for m in open_)
