"""Routing policy (routing.md): worked examples and boundaries."""
import pytest

from bot.routing import RouteFacts as F, decide


@pytest.mark.parametrize("facts,route", [
    (F(topics=["slaap", "verlies_rouw"], age=9, ernst=5, beloop_months=1.5, omvang=["thuis"], intake_asked=True), "poh_jeugd"),
    (F(topics=["eten"], age=15, text="ze eet nauwelijks en is 6 kilo afgevallen in twee maanden"), "jeugd_ggz"),
    (F(topics=["slaap"], age=2, text="peuter van 2 wil niet slapen in eigen bed"), "jgz"),
    (F(topics=["boosheid_gedrag", "ouder_zorgen"], age=12, text="woede-uitbarstingen, ik ben zelf overspannen en we hebben schulden"), "wijkteam"),
    (F(topics=["scheiding"], text="mijn ex houdt de kinderen al drie weken bij zich, er is steeds ruzie bij de overdracht"), "wijkteam"),
    (F(safety_level="acuut", topics=["veiligheid"]), "spoed"),
    (F(safety_level="zorg", topics=["veiligheid"]), "veilig_thuis"),
    (F(topics=["procedure"]), "informatie"),
    (F(topics=["financien_praktisch"], age=16, speaker="jongere"), "voorveld"),
])
def test_worked_examples(facts, route):
    assert decide(facts).id == route


def _anxiety(**kw):
    base = dict(topics=["angst"], age=10, omvang=["school"], intake_asked=True)
    base.update(kw)
    return F(**base)


def test_ernst_boundary_6_vs_7():
    assert decide(_anxiety(ernst=6, beloop_months=4)).id == "poh_jeugd"
    assert decide(_anxiety(ernst=7, beloop_months=4)).id == "jeugd_ggz"


def test_duration_boundary_three_months():
    assert decide(_anxiety(ernst=8, beloop_months=2.9)).id == "poh_jeugd"
    assert decide(_anxiety(ernst=8, beloop_months=3)).id == "jeugd_ggz"


def test_age_boundary_17_vs_18():
    assert decide(_anxiety(ernst=5, beloop_months=1, age=17)).id == "poh_jeugd"
    assert decide(_anxiety(ernst=5, beloop_months=1, age=18)).id == "wijkteam"


def test_one_vs_two_leefgebieden_for_a_young_child():
    one = F(topics=["opvoeding"], age=5, ernst=3, beloop_months=1, omvang=["thuis"], intake_asked=True)
    two = F(topics=["opvoeding"], age=5, ernst=3, beloop_months=1, omvang=["thuis", "school"], intake_asked=True)
    assert decide(one).id == "jgz"
    assert decide(two).id != "jgz"


def test_route_is_provisional_until_asked_and_always_has_reasons():
    r = decide(F(topics=["angst"]))
    assert r.provisional and r.reasons and r.reasons[0].startswith("Omdat")
    assert not decide(_anxiety(ernst=4, beloop_months=1)).provisional


def test_hoge_nood_never_changes_the_route():
    assert decide(_anxiety(ernst=5, beloop_months=1, hoge_nood=True)).id == decide(_anxiety(ernst=5, beloop_months=1)).id


def test_light_help_tried_without_progress_goes_to_ggz():
    assert decide(_anxiety(ernst=5, beloop_months=1, involved=["poh_jeugd"], tried_without_result=True)).id == "jeugd_ggz"


def test_money_question_of_a_youth_with_divorced_parents_is_voorveld():
    f = F(topics=["financien_praktisch", "scheiding"], age=16, ernst=3, beloop_months=0.5, speaker="jongere", intake_asked=True)
    assert decide(f).id == "voorveld"


# One row per rule (and sub-rule) of routing.md "Decision, first match wins", in its order.
def _asked(**kw):
    base = dict(age=10, ernst=5, beloop_months=2, omvang=["thuis"], intake_asked=True)
    base.update(kw)
    return F(**base)


RULES = [
    # 1 spoed, 2 veilig_thuis: safety comes before everything, also before a procedure question
    ("1 acuut", _asked(safety_level="acuut", topics=["procedure"]), "spoed"),
    ("2 zorg", _asked(safety_level="zorg", topics=["slaap"]), "veilig_thuis"),
    # 3 informatie: only procedure
    ("3 procedure only", F(topics=["procedure"]), "informatie"),
    ("3 procedure plus a worry is not only procedure", _asked(topics=["procedure", "angst"]), "poh_jeugd"),
    # 4 wijkteam
    ("4 two family domains: child plus parent overload", _asked(topics=["boosheid_gedrag", "ouder_zorgen"]), "wijkteam"),
    ("4 money worries together with a child's difficulty", _asked(topics=["slaap", "financien_praktisch"]), "wijkteam"),
    ("4 parent's own struggle in words", _asked(topics=["angst"], text="ik ben zelf overspannen en we hebben schulden"), "wijkteam"),
    ("4 complex divorce: contact stopped", _asked(topics=["scheiding"], text="hij heeft geen contact meer met zijn vader"), "wijkteam"),
    ("4 complex divorce: child in the middle", _asked(topics=["scheiding"], text="ze zit klem tussen ons en er is steeds ruzie"), "wijkteam"),
    ("4 jeugdhulp involved and stuck", _asked(topics=["boosheid_gedrag"], involved=["jeugdhulp"], trend="erger"), "wijkteam"),
    ("4 school and home, school out of options", _asked(topics=["boosheid_gedrag"], omvang=["thuis", "school"], text="de school weet het niet meer"), "wijkteam"),
    ("4 thuiszitten longer than four weeks", _asked(topics=["schoolverzuim"], beloop_months=1.5, text="hij zit al zes weken thuis"), "wijkteam"),
    ("4 dreigende uithuisplaatsing", _asked(topics=["gezin_relaties"], text="er dreigt een uithuisplaatsing"), "wijkteam"),
    ("4 parent asks to be aangemeld", _asked(topics=["boosheid_gedrag"], text="ik wil mijn zoon aanmelden voor jeugdhulp"), "wijkteam"),
    ("4 18 or older", _asked(topics=["somberheid"], age=19), "wijkteam"),
    # 5 jeugd_ggz
    ("5 ernst 7+ and three months+", _asked(topics=["somberheid"], ernst=8, beloop_months=6), "jeugd_ggz"),
    ("5 light help tried without progress", _asked(topics=["angst"], involved=["school"], tried_without_result=True), "jeugd_ggz"),
    ("5 eating with weight loss", _asked(topics=["eten"], age=14, text="ze is vijf kilo afgevallen"), "jeugd_ggz"),
    ("5 trauma after a shocking event", _asked(topics=["trauma"], text="hij heeft nachtmerries sinds het ongeluk"), "jeugd_ggz"),
    ("5 hearing voices, not acute", _asked(topics=["angst"], age=15, text="hij zegt dat hij stemmen hoort"), "jeugd_ggz"),
    ("5 compulsions take over the day", _asked(topics=["dwang"], text="ze is uren bezig met wassen"), "jeugd_ggz"),
    ("5 sudden loss of skills", _asked(topics=["ontwikkeling"], age=6, text="ze kan opeens niet meer praten"), "jeugd_ggz"),
    # 6 poh_jeugd: light to moderate complaints of a child under 18
    *[(f"6 {t}", _asked(topics=[t]), "poh_jeugd") for t in
      ("angst", "somberheid", "boosheid_gedrag", "lichamelijke_klachten", "dwang", "middelen", "gamen_media",
       "scheiding", "verlies_rouw", "pesten", "schoolverzuim", "concentratie_adhd", "autisme")],
    ("6 sleep problems of a schoolchild with some weight", _asked(topics=["slaap"], ernst=6), "poh_jeugd"),
    # 7 jgz: everyday questions, young child, ernst <= 4, one domain, recent
    ("7 toilet training of a toddler", _asked(topics=["ontwikkeling"], age=3, ernst=2), "jgz"),
    ("7 eating of a young child", _asked(topics=["eten"], age=4, ernst=3, beloop_months=1), "jgz"),
    ("7 opvoeding at 12", _asked(topics=["opvoeding"], age=12, ernst=4), "jgz"),
    ("7 not with ernst 5", _asked(topics=["opvoeding"], age=8, ernst=5, omvang=["thuis", "school"]), "poh_jeugd"),
    # 8 voorveld
    ("8 practical school question", _asked(topics=["school_leren"], ernst=2), "voorveld"),
    ("8 light question of a young person", _asked(topics=["financien_praktisch"], age=16, ernst=3, speaker="jongere"), "voorveld"),
]


@pytest.mark.parametrize("name, facts, route", RULES, ids=[r[0] for r in RULES])
def test_every_rule_of_the_policy(name, facts, route):
    result = decide(facts)
    assert result.id == route, (name, result)
    assert result.reasons and all(r.startswith("Omdat") or r.startswith("We weten") for r in result.reasons)


def test_rule_9_unknown_facts_give_a_provisional_route_that_fits_the_topics():
    assert decide(F(topics=["opvoeding"])).provisional
    assert decide(F(topics=["ouder_zorgen"])).id == "wijkteam" and decide(F(topics=["ouder_zorgen"])).provisional
    assert decide(F(topics=[])).provisional


def test_thuiszitten_boundary_four_weeks():
    short = _asked(topics=["schoolverzuim"], beloop_months=0.7, text="hij zit al drie weken thuis")
    long = _asked(topics=["schoolverzuim"], beloop_months=1.2, text="hij zit al vijf weken thuis")
    assert decide(short).id == "poh_jeugd" and decide(long).id == "wijkteam"
