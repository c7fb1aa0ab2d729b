"""How a route is presented to the parent: advice, what happens next, how to get there, alternatives.

The route id comes from bot/routing.py (the policy); this module only words it for one gemeente,
from its sociale kaart (bot/sociale_kaart). Where a gemeente has no POH-Jeugd at its practices the
`poh_jeugd` route is shown as "bespreek het met de huisarts" with the local alternative
(routing.md, "Local differences"); the id stays the same. The choice stays with the family.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import List

from bot.routing import Route
from bot.safety import protocol
from bot.sociale_kaart import Gemeente, Service


@dataclass
class Advice:
    route_id: str
    advice: str            # what we advise, what happens there, how to get there
    reasons: List[str]     # "Omdat …, denken we dat … past."
    alternatives: List[str]

    def messages(self) -> List[str]:
        parts = [self.advice, " ".join(self.reasons)]
        if self.alternatives:
            parts.append("Liever iets anders? " + " ".join(self.alternatives))
        return [p for p in parts if p]


def reach(service: Service) -> str:
    """'Bel 0123-456 710 of mail wijkteam@….' from the kaart; nothing invented when a field is empty."""
    ways = []
    if service.telefoon:  # as the gemeente writes it in its kaart (validated there)
        ways.append(f"bel {service.telefoon}")
    if service.email:
        ways.append(f"mail {service.email}")
    return (" of ".join(ways)).capitalize() + "." if ways else ""


def _service_line(service: Service) -> str:
    return " ".join(p for p in (service.hoe, reach(service)) if p)


def _poh(gemeente: Gemeente) -> str:
    if gemeente.poh_jeugd == "alle_praktijken":
        return ("Mijn advies: maak een afspraak met de POH-Jeugd bij jullie huisarts. Dat is een praktijkondersteuner "
                "voor kinderen en jongeren tot 18. In een paar gesprekken zoekt die met jullie uit wat er speelt en "
                "wat helpt. Je maakt de afspraak via de assistente van de huisarts.")
    alt = gemeente.poh_alternatief
    some = ("Niet elke huisartspraktijk in " + gemeente.naam + " heeft een POH-Jeugd. Vraag de assistente of jullie "
            "praktijk er een heeft. Zo niet, dan kun je terecht bij " if gemeente.poh_jeugd == "sommige_praktijken" else
            "In " + gemeente.naam + " werken de huisartsen niet met een POH-Jeugd. Wel kun je terecht bij ")
    return (f"Mijn advies: bespreek het met de huisarts. {some}{alt.naam}. {_service_line(alt)}").strip()


def present(route: Route, gemeente: Gemeente) -> Advice:
    """The route in plain Dutch for this gemeente, with reasons and alternatives."""
    d = gemeente.diensten
    wijkteam, jgz, voorveld = d["wijkteam"], d["jgz"], d["voorveld"]
    vraagbaak = gemeente.vraagbaak
    rid = route.id
    alternatives: List[str] = []
    if rid == "poh_jeugd":
        advice = _poh(gemeente)
        alternatives = [f"Je kunt ook zelf contact opnemen met {wijkteam.naam}. {reach(wijkteam)}"]
    elif rid == "jeugd_ggz":
        gate = "de huisarts of de POH-Jeugd" if gemeente.poh_jeugd == "alle_praktijken" else "de huisarts"
        advice = ("Mijn advies: laat samen met een hulpverlener bekijken of specialistische hulp nodig is, de "
                  f"jeugd-GGZ. Daar kom je via {gate}, of via het wijkteam; ik verwijs niet zelf. Bel de huisarts, "
                  "vertel wat je mij vertelde en vraag om een verwijzing of een gesprek.")
        alternatives = [f"Je kunt ook via {wijkteam.naam} gaan. {reach(wijkteam)}"]
    elif rid == "wijkteam":
        advice = (f"Mijn advies: neem contact op met {wijkteam.naam}. Een jeugdconsulent denkt met het hele gezin "
                  f"mee en kan hulp regelen. {_service_line(wijkteam)}")
        alternatives = ["Je kunt het ook eerst met de huisarts bespreken."]
    elif rid == "jgz":
        advice = (f"Mijn advies: stel je vraag aan {jgz.naam}. Zij helpen bij alledaagse vragen over groei, "
                  f"opvoeden en ontwikkeling. {_service_line(jgz)}")
        alternatives = ["Gaat het niet beter, of maak je je meer zorgen? Dan kun je het bespreken met de huisarts."]
    elif rid == "voorveld":
        advice = (f"Mijn advies: ga langs bij {voorveld.naam}. Daar helpen ze met praktische vragen, geld en "
                  f"school, zonder aanmelding. {_service_line(voorveld)}")
        alternatives = [f"Speelt er meer in het gezin? Dan kun je ook {wijkteam.naam} bellen. {reach(wijkteam)}"]
    elif rid == "informatie":
        advice = f"Ik hoop dat ik je vraag zo heb beantwoord. Wil je meer weten, dan helpt {vraagbaak.naam} je verder. {reach(vraagbaak)}"
    elif rid == "veilig_thuis":
        advice = "Mijn advies: vraag Veilig Thuis om advies. " + protocol.load()["texts"]["lines"]["veilig_thuis"]
        alternatives = ["Je kunt ook een medewerker van de Vraagbaak met je laten meedenken."]
    else:  # spoed
        lines = protocol.load()["texts"]["lines"]
        advice = "Zoek nu direct hulp. " + lines["alarmnummer"] + " " + lines["zelfmoordpreventie"]
    return Advice(rid, advice.strip(), list(route.reasons), [a.strip() for a in alternatives])
