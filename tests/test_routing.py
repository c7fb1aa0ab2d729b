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
