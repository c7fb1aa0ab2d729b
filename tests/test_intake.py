"""The intake state machine: proportional depth, skips, two answers at once, corrections."""
from bot import intake


def run(messages, topics=("slaap",), intents=None):
    facts = intake.new_facts()
    intake.add_topics(facts, list(topics))
    asked = []
    for n, text in enumerate(messages):
        facts = intake.process_answer(facts, text, (intents or {}).get(n))
        q = intake.next_question(facts)
        asked.append(q)
        facts = intake.mark_asked(facts, q)
    return facts, asked


def test_light_question_gets_a_short_intake():
    facts, asked = run(["mijn peuter van 2 wil niet slapen in zijn eigen bed", "hij huilt elke avond als hij naar bed moet",
                        "een paar weken", "een 3", "tips hoe ik dit aanpak"])
    assert facts["depth"] == "light"
    assert asked[-1] is None  # intake complete after five turns
    assert set(a for a in asked if a) <= set(intake.LIGHT_ORDER)
    assert intake.route_for(facts).id == "jgz"


def test_heavy_question_gets_the_full_intake():
    answers = ["mijn dochter van 14 is heel angstig en gaat niet meer naar school", "gisteren stond ze huilend bij de deur",
               "al een half jaar en het wordt erger", "thuis en op school", "een 8, ze komt haar kamer niet meer uit",
               "als ze bij oma is gaat het beter", "ik, mijn ex woont apart, en haar broertje van 10", "mijn moeder helpt",
               "de huisarts en de mentor weten ervan, gesprekken hielpen niet", "dat ze weer naar school kan"]
    facts, asked = run(answers, topics=("angst", "schoolverzuim"))
    assert facts["depth"] == "full"
    assert asked[-1] is None
    assert {"household", "steun", "involved", "uitzonderingen"} <= set(facts["asked"])
    assert facts["child"]["age"] == 14 and facts["intake"]["ernst"] == 8 and facts["intake"]["trend"] == "erger"
    assert "huisarts" in facts["involved"]
    assert any(p["role"] == "broer" and p["age"] == 10 for p in facts["household"])
    assert facts["va_factors"]["steun"]


def test_skipped_questions_are_not_asked_again():
    facts, asked = run(["mijn zoon slaapt slecht", "weet ik niet", "sla maar over"], intents={1: "skip_question"})
    assert "aard" in facts["skipped"] and "age" in facts["skipped"]
    assert asked[-1] not in ("aard", "age")


def test_two_answers_at_once_are_both_kept():
    facts = intake.new_facts()
    intake.add_topics(facts, ["angst"])
    facts = intake.mark_asked(facts, "beloop")
    facts = intake.process_answer(facts, "sinds de zomer, vooral op school en het wordt erger")
    assert facts["intake"]["beloop"] and facts["intake"]["trend"] == "erger" and "school" in facts["intake"]["omvang"]
    assert intake.next_question(facts) not in ("beloop", "omvang")


def test_a_correction_overwrites_without_losing_the_rest():
    facts, _ = run(["mijn zoon van 9 slaapt slecht", "hij ligt uren wakker", "sinds de zomer", "een 5"])
    facts = intake.process_answer(facts, "nee hij is 10 en het is eigenlijk een 6", "correct_info")
    assert facts["child"]["age"] == 10 and facts["intake"]["ernst"] == 6
    assert facts["intake"]["beloop"] == "sinds de zomer"


def test_summary_uses_explanatory_analysis_language_and_json_follows_contract():
    facts, _ = run(["mijn zoon van 9 slaapt slecht sinds opa overleed", "hij ligt uren wakker", "zes weken", "een 5", "dat hij weer slaapt"],
                   topics=("slaap", "verlies_rouw"))
    text = intake.summary_text(facts)
    assert "moeite met slapen en een verlies" in text and text.strip().endswith("Klopt het dat ik het zo goed heb begrepen?")
    summary = intake.to_summary_json(facts, {"level": "geen", "signals": []}, intake.route_for(facts))
    assert set(summary) >= {"topics", "safety", "hoge_nood", "route", "child", "intake", "va_factors", "household", "involved", "callback"}
    assert summary["route"]["id"] == "poh_jeugd" and summary["child"]["age"] == 9


def test_unknown_values_are_null_not_invented():
    facts = intake.process_answer(intake.new_facts(), "ik maak me zorgen")
    summary = intake.to_summary_json(facts, {"level": "geen", "signals": []}, intake.route_for(facts))
    assert summary["child"]["age"] is None and summary["intake"]["ernst"] is None and summary["household"] == []
