"""The route as the parent sees it: per gemeente, from its sociale kaart, with reasons and alternatives."""
import re

import pytest

from bot import sociale_kaart
from bot.route_advice import present
from bot.routing import Route
from bot.safety import protocol

ROUTES = ["spoed", "veilig_thuis", "informatie", "wijkteam", "jeugd_ggz", "poh_jeugd", "jgz", "voorveld"]
GEMEENTEN = ["voorbeeldstad", "rivierdal"]
PHONE = re.compile(r"(?<![\w-])(?:\+?\d[\d\s-]{1,14}\d|\d{3})(?![\w-])")
REASON = Route("x", False, ["Omdat er moeite is met slapen, denken we dat de POH-Jeugd bij de huisarts past."])


def _known_numbers(g):
    services = [g.vraagbaak, g.huisartsenpost, *g.diensten.values()] + ([g.poh_alternatief] if g.poh_alternatief else [])
    numbers = {s.telefoon for s in services if s.telefoon}
    for service in protocol.load()["services"].values():
        numbers |= {str(v) for k, v in service.items() if k.startswith("phone")}
    return numbers


@pytest.mark.parametrize("gemeente", GEMEENTEN)
@pytest.mark.parametrize("route", ROUTES)
def test_every_route_is_presented_with_reasons_and_only_known_numbers(route, gemeente):
    g = sociale_kaart.get(gemeente)
    advice = present(Route(route, False, REASON.reasons), g)
    text = " ".join(advice.messages())
    assert advice.route_id == route and REASON.reasons[0] in text
    for number in PHONE.findall(text.replace("113.nl", "")):
        assert number.strip() in _known_numbers(g), (number, text)
    if route not in ("spoed", "informatie"):
        assert advice.alternatives, "the parent gets an alternative to choose from"


def test_without_poh_jeugd_the_route_says_bespreek_het_met_de_huisarts_and_names_the_local_alternative():
    dal = sociale_kaart.get("rivierdal")
    advice = present(Route("poh_jeugd", False, REASON.reasons), dal)
    assert advice.route_id == "poh_jeugd"
    assert advice.advice.startswith("Mijn advies: bespreek het met de huisarts.")
    assert dal.poh_alternatief.naam in advice.advice
    assert "niet met een POH-Jeugd" in advice.advice
    stad = present(Route("poh_jeugd", False, REASON.reasons), sociale_kaart.get("voorbeeldstad"))
    assert "POH-Jeugd bij jullie huisarts" in stad.advice


@pytest.mark.parametrize("gemeente", GEMEENTEN)
def test_jeugd_ggz_is_reached_through_the_huisarts_or_wijkteam_never_referred_by_the_assistant(gemeente):
    advice = present(Route("jeugd_ggz", False, REASON.reasons), sociale_kaart.get(gemeente)).advice
    assert "via de huisarts" in advice and "wijkteam" in advice and "ik verwijs niet zelf" in advice


def test_local_names_come_from_the_kaart():
    for gemeente in GEMEENTEN:
        g = sociale_kaart.get(gemeente)
        assert g.diensten["wijkteam"].naam in present(Route("wijkteam", False, []), g).advice
        assert g.diensten["jgz"].naam in present(Route("jgz", False, []), g).advice
        assert g.diensten["voorveld"].naam in present(Route("voorveld", False, []), g).advice
