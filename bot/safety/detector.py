"""Deterministic safety detection on every message (see ../shared/domain/safety.md).

How it reads a message:
1. Known idioms ("ik schrok me dood", "ik word gek van hem") are blanked out first.
2. The text is split into clauses (sentence marks, commas, "maar", "want"): negation and
   context only reach within a clause.
3. Each clause is matched, on its surface words and on spaCy's Dutch lookup lemmas, against
   patterns per danger category (suicide, self-harm, violence, sexual abuse, neglect, ...).
4. Context rules then decide the level of each hit: negation ("geen", "niet", "nooit" in scope),
   games and media, the past ("vorig jaar", "vroeger"), the present ("nu", "vannacht"),
   uncertainty and hypotheticals ("ik weet niet of", "bang dat") which ask a check question.
5. Who is at risk (kind, ouder, ander) comes from the person words around the hit.

Recall comes first: a false alarm costs one calm check question, a miss can cost a life.
The learned NLU intent may add a check question (`with_nlu_hint`) but never removes a signal.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import List, Optional

from bot.nlu.dutch import fold, nlp

LEVELS = ("geen", "zorg", "acuut")
LEVEL_RANK = {"geen": 0, "check": 1, "zorg": 2, "acuut": 3}


def max_level(*levels: str) -> str:
    return max(levels, key=lambda lv: LEVEL_RANK[lv])


# --- idioms: blanked before matching -----------------------------------------------------------
IDIOMS = [
    r"(?:ik |hij |ze |zij |we )?(?:schrok|schrik|schrokken|schrikt) (?:me|mij|mezelf|zich|ons|je)(?: echt| bijna| helemaal| gewoon)? (?:dood|rot|kapot|een hoedje)",
    r"(?:lacht|lachte|lachen|lach|lachten) (?:zich|me|mij|ons|je)(?: echt| helemaal)? (?:dood|rot|kapot|een ongeluk)",
    r"(?:verveelt|verveel|verveelde|vervelen) (?:zich|me|mij|ons)(?: echt| helemaal)? (?:dood|kapot|rot)",
    r"(?:schaamt|schaam|schaamde|schamen) (?:zich|me|mij|ons)(?: echt| helemaal)? (?:dood|kapot|rot)",
    r"(?:werkt|werk|werkte|werken|loopt|loop|liep) (?:zich|me|mij|ons)(?: echt| helemaal)? (?:dood|kapot|rot|het schompes)",
    r"(?:ergert|erger|ergerde|ergeren) (?:zich|me|mij|ons)(?: echt| helemaal)? (?:dood|kapot|groen en geel|rot)",
    r"dood ?moe|doodmoe|doodop|dood ?ziek van|doodziek van|doodsaai|dood ?normaal|doodgewoon|doodstil|doodeng|doodnerveus|doodzonde|doodleuk|doodsbang|dood ?serieus|doodongelukkig",
    r"(?:ga|gaat|gaan|ging) (?:bijna )?dood van (?:de |het )?(?:zenuwen|honger|dorst|verveling|schaamte|stress|het lachen|de hitte|de kou|spanning|nieuwsgierigheid)",
    r"(?:sterf|sterft|sterven) (?:bijna )?(?:van|bijna van) (?:de |het )?(?:honger|dorst|verveling|kou|hitte|het lachen)",
    r"(?:word|wordt|worden|werd) (?:er )?(?:gek|knettergek|stapelgek|horendol|tureluurs) (?:van|door)",
    r"(?:maakt|maken|maakte) (?:me|mij|ons) (?:gek|knettergek|stapelgek|horendol)",
    r"(?:kan|kon|kunnen) (?:hem|haar|ze|ze allebei|hen|die jongen|dat kind|die meid) (?:soms |echt |wel |gewoon )*(?:schieten|wurgen|vermoorden|achter het behang plakken|villen|schieten soms)",
    r"(?:vermoordt|vermoorden|vermoord) (?:me|mij|ons)(?: echt)? als",
    r"(?:ik )?(?:ga|ben) (?:je|hem|haar) (?:nog )?(?:eens )?vermoorden als",
    r"over (?:mijn|zijn|haar|m'n) lijk",
    r"(?:kan|kon) (?:niet|nie) meer van (?:het )?lachen|killing|killer|bloedheet|moordend|moordgoed|te gek voor woorden|sterven van verlangen",
    r"(?:hij|ze|zij) (?:slaat|sloeg) (?:de )?(?:plank|spijker op de kop|alarm|zijn slag|haar slag|een mal figuur|de bal)(?: mis)?",
    r"(?:een |de )?(?:snijboon|zijn eigen graf graven|dodelijk vermoeiend|dodelijk saai)",
    r"(?:ik |hij |ze )?(?:val|valt|viel) (?:bijna )?(?:dood|om) van (?:de |het )?(?:slaap|moeheid|vermoeidheid)",
    r"tot de dood (?:erop|er op) volgt|de dood of de gladiolen|as de dood",
    r"(?:snij|snijdt|snijden|sneed|gesneden) (?:de |het |een )?(?:groente|groenten|brood|ui|uien|vlees|taart|papier|stof|appel|tomaat|komkommer|boterham|pizza)",
    r"(?:hakt|hakken|snijdt|snijden) (?:de |het )?(?:knoop|onderwerp|zaken) door|snijdt (?:hout|aan)",
    r"(?:slaan|slaat|sloeg) (?:op|tegen) (?:de )?(?:bal|trommel|drum|piano|tafel met zijn vuist)|(?:slaat|sloeg|slaan) (?:een )?(?:bal|brug|beeld|munt)",
    r"(?:hij|ze) (?:slaat|sloeg) (?:op hol|door|over|aan het|een keer over)",
    r"(?:ik |hij |ze )?(?:ben|is|was|waren) (?:er )?(?:helemaal )?kapot van(?! (?:dat|de) (?:hij|ze) (?:dood|zelfmoord))",
    r"(?:zelf)?(?:moord)?weer|doodlopende|doodloopt",
]
_IDIOM_RES = [re.compile(rf"\b(?:{p})\b") for p in IDIOMS]


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def blank_idioms(folded: str) -> tuple:
    idioms = []
    for pattern in _IDIOM_RES:
        for m in pattern.finditer(folded):
            idioms.append(m.group(0))
            folded = _blank(folded, m.start(), m.end())
    return folded, idioms


# --- danger patterns ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Pattern:
    category: str       # suicide | self_harm | medical | violence | violence_now | unsafe_home | sexual | neglect | threat | distress
    regex: str
    base: str           # level when the context adds nothing: acuut | zorg | check
    negates: bool = True       # may a negator before it cancel it?
    media: bool = True         # can a game/film/school-topic context explain it away?
    person: str = "subject"    # who is at risk: the doer (subject) or the one it is done to (object)


SELF = r"(?:mezelf|mijzelf|zichzelf|zich|jezelf|haarzelf|hemzelf|zelf|me|mij)"
P: List[Pattern] = [
    # suicidal thoughts, plans and means
    Pattern("suicide", r"zelf ?moord\w*|zelfmo\w{0,3}r[dt]\w*|zelf ?dod\w*|suicid\w*|suicied\w*|zelfmrd|zelfmoort\w*", "acuut"),
    Pattern("suicide", r"(?:wil|wilt|willen|wou|wilde|wilden|zou willen)\b(?: \w+){0,3} (?:dood|doodgaan|dood gaan|sterven)\b|\bdood (?:wil|wilt|willen|wou|wilde|zou willen)\b|(?:beter|liever) dood\b", "acuut"),
    Pattern("suicide", r"(?:niet|nie) meer (?:wil|wilt|willen|wou|wilde) (?:leven|leve|bestaan|wakker worden)|(?:wil|wilt|wou|wilde)\b(?: \w+){0,2} (?:nie|niet) meer (?:leve|leven)\b|(?:wil|wilt|wou) (?:hem|haar|opa|oma|papa|mama|\w+) achterna|(?:hem|haar|opa|oma|papa|mama) achterna (?:wil|wilt|wou|wilde)|het (?:\w+ )?(?:niet|nie) meer (?:ziet|zie|zag|zien) zitten|(?:wil|wilt|wou) (?:ook )?(?:bij (?:opa|oma|papa|mama|hem|haar) )?in de hemel (?:zijn|wonen)", "acuut", negates=False),
    Pattern("suicide", r"(?:wil|wilt|wou|wilde|willen)\b(?: \w+){0,2} niet meer (?:leven|bestaan|hier zijn|wakker worden|verder)\b", "acuut", negates=False),
    Pattern("suicide", r"(?:wil|wilt|wou|wilde)\b(?: \w+){0,2} er (?:niet|nie) meer zijn|er (?:niet|nie) meer (?:wil|wilt|willen) zijn|beter (?:\w+ ){0,3}(?:niet|nie) (?:besta|bestaan|bestond|zou bestaan)|(?:niet|nie) meer (?:wil|wilt) bestaan|liever dood|beter (?:af )?(?:als|dat|zonder) (?:ik|mij) (?:er )?niet (?:meer )?(?:was|ben|zou zijn)|beter af zonder mij|niemand zou me missen", "check", negates=False),
    Pattern("suicide", r"(?:een )?eind(?:e)? (?:aan|maken aan) (?:mijn|zijn|haar|m'n|het) (?:leven|bestaan)|er\b(?: \w+){0,3} een eind(?:e)? aan\b|(?:maak|maakt|maken) (?:ik|hij|ze|zij) er een eind(?:e)? aan|afscheid (?:wil |willen |te |gaan )?nemen van iedereen|(?:spring|springt|springen|sprong) (?:\w+ ){0,3}(?:van|voor|uit|onder) (?:het|de|een) (?:balkon|raam|dak|flat|brug|trein|metro|spoor)|(?:zit|zat|staat|stond|sta|loopt) (?:\w+ ){0,3}(?:op|bij|aan) (?:het|de) (?:dak|rand van|dakrand|balkonrand|spoor|spoorlijn|spoorwegovergang)\b|(?:op|bij) het spoor\b|strop\b|van kant (?:te )?maken|mezelf van kant|zichzelf van kant|uit het leven|(?:mezelf|zichzelf|me|zich) (?:op ?hangen|ophangen|verhangen)|(?:voor|onder) (?:de|een) (?:trein|metro|auto) (?:springen|springt|spring|gaan liggen)|van (?:de|het|een) (?:flat|brug|dak) (?:springen|springt|spring|af springen)|niet meer wakker (?:worden|word|wordt)|nooit meer wakker|slapen en nooit meer wakker|afscheidsbrief|afscheidsbriefje|wou dat ik (?:nooit )?(?:dood|geboren)|nooit geboren", "acuut"),
    Pattern("suicide", r"(?:pillen|pilletjes|medicijnen|tabletten|paracetamol|slaappillen)\b(?: \w+){0,4} (?:verzameld|verzamelt|gespaard|spaart|opgespaard|verstopt|gehamsterd|klaar|klaargelegd|klaar liggen|liggen al klaar|liggen klaar)|(?:verzamelt|spaart|hamstert|verstopt) (?:\w+ ){0,2}(?:pillen|pilletjes|medicijnen|tabletten)|touw (?:gekocht|klaargelegd|gepakt)|plan(?:nen)? (?:om|hoe) (?:hij|ze|zij|ik)? ?(?:zichzelf|mezelf|zelf)", "acuut"),
    Pattern("suicide", rf"{SELF}(?: \w+){{0,3}} (?:iets|wat) aan ?(?:te )?(?:doen|doet|doe|deed)\b|{SELF} (?:iets )?(?:aan ?(?:te )?doen|aan ?doet|aandoe|aandeed|wat aandoen|wat aan te doen)|(?:doe|doet|deed|zal|ga|gaat) {SELF} (?:iets|wat) aan|{SELF} (?:van het leven|het leven) (?:beroven|benemen)", "acuut"),
    Pattern("suicide", r"(?:wil|wilt)\b(?: \w+){0,2} dood\b|wil ?dood|wil doodgaan|dood willen|doodgaan willen|ik ga dood (?:maken|gaan)|mezelf dood|zichzelf dood", "acuut"),
    # self-harm
    Pattern("self_harm", rf"(?:snijdt|snijd|snij|snijden|sneed|sneden|gesneden|krast|kras|krassen|kraste|gekrast|brandt|brand|verbrandt)\b(?: \w+){{0,2}} {SELF}\b|{SELF}\b(?: \w+){{0,6}} (?:snijdt|snijd|snij|snijden|sneed|gesneden|krast|krassen|gekrast|branden|verbrand|pijn doen|pijn doet|pijn deed|pijn te doen|beschadigen|beschadigt|beschadigd)\b|(?:slaat|sla|sloeg|slaan|bijt|beet|krabt) (?:\w+ ){{0,2}}(?:mezelf|mijzelf|zichzelf|haarzelf|hemzelf)\b|(?:bonkt|bonken|bonkte|slaat|sloeg) (?:met )?(?:zijn|haar|mijn|m'n) hoofd (?:tegen|op) (?:de|het) (?:muur|deur|vloer|raam)(?:en)? (?:tot|aan|bloed)", "acuut"),
    Pattern("self_harm", r"zelfbeschadig\w*|automutilatie|snijwonden|krassen (?:op|in) (?:haar|zijn|mijn|m'n) (?:arm|armen|benen|been|pols|polsen|buik|dijen|lijf)|(?:haar|zijn|mijn) (?:armen|polsen|benen) (?:open|kapot)|(?:snijden|krassen|snijd|snij) (?:in|op) (?:haar|zijn|mijn|m'n) (?:arm|armen|benen|pols|polsen)|scheermesjes|polsen (?:\w+ )?(?:door|open) ?(?:te )?(?:snijden|snijd|snij)|(?:mes|scheermes|mesje) (?:\w+ ){0,3}(?:polsen|armen|pols)|brandwond(?:je|jes)? (?:\w+ ){0,6}zelf (?:doet|gedaan|aangedaan)|(?:zelf|zichzelf) (?:\w+ ){0,3}(?:met een aansteker|brandt|verbrandt)", "acuut"),
    # medical emergencies
    Pattern("medical", r"bewusteloos|buiten bewustzijn|reageert (?:niet|nergens) (?:meer )?op|(?:ademt|ademen) (?:niet|nauwelijks|heel slecht|moeilijk|raar)|overdosis|(?:pillen|pilletjes|medicijnen|tabletten|paracetamol|slaappillen)\b(?: \w+){0,3} (?:ingenomen|geslikt|genomen|opgegeten)|(?:heeft|hebben) (?:\w+ ){0,3}(?:pillen|tabletten|medicijnen) (?:in ?genomen|geslikt)|bloedt (?:heel )?(?:erg|hevig|veel|heel veel|nog steeds)|(?:wonden|wond|snee|sneeen) (?:\w+ ){0,3}(?:bloeden|bloedt)|(?:niet|nie) (?:op ?houdt|ophoudt|stopt) met bloeden|(?:veel|heel veel|een hele strip|alle|een hele doos|een doos) (?:pillen|pilletjes|tabletten|medicijnen|paracetamol|slaappillen)(?! (?:voor|tegen|bij))|(?:pillen|tabletten|medicijnen) (?:op|opgegeten|opgenomen)\b|veel bloed|blauw aangelopen|stuip\w*|epileptische aanval|niet (?:meer )?wakker te krijgen|krijg (?:hem|haar) niet wakker|drugs (?:ingenomen|geslikt)|vergiftig\w*", "acuut", media=False),
    # violence happening or threatened now, a child not safe tonight
    Pattern("violence_now", r"(?:staat|stond) (?:hier |nu )?(?:voor de deur|aan de deur|bij de deur)|(?:probeert|wil) (?:binnen ?te ?komen|de deur in te trappen|binnenkomen)|(?:heeft|met) (?:een )?(?:mes|pistool|wapen|vuurwapen)\b|(?:mes|wapen) (?:gepakt|getrokken|tevoorschijn)|dreigt (?:me|mij|ons|haar|hem|de kinderen)?\s*(?:dood te (?:maken|slaan|steken)|te vermoorden|om te brengen|iets aan te doen)|(?:hij|ze|zij|mijn \w+|die man|die vrouw|haar vriend|zijn vader|haar vader|mijn ex)\b(?: \w+){0,2} (?:gaat|wil|zal|gaan|dreigt|riep dat hij|zei dat hij) (?:me|mij|ons|haar|hem|de kinderen|jullie|mijn \w+)? ?(?:\w+ )?(?:vermoorden|doodmaken|dood maken|afmaken|doodslaan|dood slaan|doodsteken|kapotmaken|kapot maken)\b|(?:harde )?klappen tegen de muur|(?:een kind|kinderen|de kinderen|mijn moeder|mama) (?:\w+ )?(?:gillen|gilt|schreeuwen|schreeuwt) (?:om hulp|en klappen|en harde)|(?:hoor|horen) (?:ik |we )?(?:\w+ ){0,5}(?:gillen|gegil|schreeuwen|klappen|slaan)\b", "acuut", person="object"),
    Pattern("unsafe_home", r"(?:durf|durft|durven) (?:\w+ ){0,3}niet (?:meer )?(?:naar huis|thuis te (?:slapen|zijn)|terug naar huis|naar binnen)|niet veilig (?:thuis|bij (?:ons|mij|hem|haar|mijn|zijn|m'n)|vannacht|vanavond|meer thuis)|(?:thuis|hier|bij ons) niet (?:meer )?veilig|(?:weet|weten) niet waar (?:ik|we|hij|ze) (?:vannacht|vanavond) (?:moet|moeten|kan|kunnen) slapen|(?:weggelopen|loopt weg|weglopen) (?:van huis|en weet niet waar)|op straat gezet|het huis uit gezet|uit huis gezet|(?:laat|liet|laten) (?:me|mij|haar|hem|ons) niet (?:gaan|weg|vertrekken|naar huis|los)|(?:mag|mocht|mag ik|mag ze|mag hij) (?:\w+ ){0,2}niet weg\b|(?:heeft|hebben) (?:\w+ ){0,4}opgesloten|(?:durf|durft|durven) (?:\w+ ){0,2}niet (?:naar beneden|naar buiten|de kamer uit|uit mijn kamer|thuis te komen)|(?:dagen|nachten|de hele nacht|nachts) (?:\w+ ){0,3}alleen thuis\b(?:.*(?:geen eten|donker|bang))", "acuut", negates=False, media=False),
    # sexual abuse, grooming
    Pattern("sexual", r"misbruik\w*|misbruikt|aangerand\w*|aanranding|verkracht\w*|seksue\w*|sexue\w*", "zorg", person="object"),
    Pattern("sexual", r"betast\w*|ongewenst (?:aangeraakt|aanraken|betast)|aan (?:haar|zijn|mijn|m'n|me|mij) (?:lichaam|piemel|plasser|plassertje|borsten|kruis|billen|onderkant|geslachtsdeel) (?:gezeten|zit|zat|zitten|aangeraakt|aanraakt|aankomen|aankomt|kwam|kwamen)|(?:zit|zat|zaten|zitten) (?:\w+ ){0,2}aan (?:haar|zijn|mijn|m'n|me|mij) (?:lichaam|piemel|plasser|plassertje|borsten|kruis|billen|onderkant)|(?:naaktfoto|naaktfotos|naakt foto|naaktbeelden|nudes|naaktfilmpje)\w*|grooming|sexting|loverboy\w*|seks (?:met|moeten)|moest (?:hem|haar) (?:aanraken|pijpen)|(?:geheimpje|geheim) (?:met|van) (?:oom|opa|meester|de buurman|trainer|stiefvader)|ons geheim(?:pje)?\b|(?:mag|mocht) (?:het )?(?:aan )?niemand (?:vertellen|zeggen)|(?:niet|nie) (?:mag|mocht) vertel\w*|zegt dat ik speciaal ben|vraagt (?:\w+ ){0,4}om (?:\w+ ){0,2}(?:foto|fotos|foto's|filmpjes)|om (?:foto'?s|fotos|filmpjes) (?:van (?:haar|hem|mij|me|zichzelf)|te sturen)|(?:foto'?s|fotos|filmpjes) (?:\w+ ){0,3}(?:te )?(?:verspreiden|online zetten|rondsturen)|(?:kleedkamer|douche|badkamer)\b(?: \w+){0,6} (?:foto'?s|fotos|filmt|filmen|kijkt|binnen)|(?:foto'?s|fotos|filmt) (?:\w+ ){0,6}(?:kleedkamer|douche)|(?:komt|kwam) (?:\w+ ){0,2}(?:de )?(?:badkamer|douche|wc) (?:in|binnen)|(?:zit|zat|zitten) (?:\w+ ){0,2}aan (?:me|mij|haar|hem)\b(?! (?:kop|hoofd))", "zorg", media=False, person="object"),
    # violence and abuse (not now)
    Pattern("violence", r"(?:slaat|sla|slaan|sloeg|sloegen|geslagen|schopt|schoppen|schopte|geschopt|mishandel\w*|knijpt|kneep|geknepen|wurgt|wurgde|gewurgd|duwt|duwde|geduwd|trapt|trapte|getrapt|stompt|stompte|gestompt|slaag|pak slaag|klappen (?:krijgt|krijgen|kreeg|geeft|gaf|gehad)|een klap|klappen gekregen|tik(?:ken)? (?:krijgt|kreeg|geeft|gaf)|mep\w*|rammelt|door elkaar (?:geschud|schudt|schudden)|hardhandig|blauwe plekken|blauw oog|blauwe plek|brandwonden|huiselijk geweld|geweld (?:thuis|in huis|bij ons)|kindermishandeling|gooit met|gooide met|(?:met|aan) (?:de|haar|zijn) haren (?:getrokken|trekken|trekt|sleurt)|opgesloten|opsluit|opsluiten|sluit (?:\w+ ){0,4}op\b|gooit (?:met )?(?:stoelen|spullen|borden|messen|dingen) (?:naar|door))\b", "zorg", person="object"),
    Pattern("threat", r"bedreig\w*|dreigt (?:me|mij|ons|haar|hem|de kinderen|mijn) \w*|dreigt (?:met|dat)|dreigde (?:met|dat)|(?:chanteert|chantage|afgeperst|afpersing)|(?:wel )?weet te vinden|spijt (?:\w+ ){0,2}(?:krijgen|krijgt)|(?:verspreiden|online zetten) als (?:ik|ze|hij) niet", "zorg", person="object"),
    Pattern("neglect", r"verwaarloos\w*|verwaarlozing|(?:krijgen|krijgt|kregen|kreeg) (?:\w+ ){0,2}(?:geen|nauwelijks|amper) (?:eten|te eten|ontbijt|avondeten|schone kleren|aandacht|zorg)|(?:lopen|loopt|liepen|liep) (?:er )?(?:vies|vuil|smerig|verwaarloosd|in vieze kleren|hongerig)|(?:alleen|in de steek) (?:thuis )?(?:gelaten|gelaten worden|laten)|(?:laat|laten) (?:\w+ ){0,2}(?:dagen|nachten|de hele nacht|hele dagen) alleen|(?:geen|nooit|bijna nooit|nauwelijks) eten (?:in huis|thuis|meer)|(?:thuis|er is) (?:\w+ ){0,2}(?:bijna )?(?:nooit|geen) eten|(?:zonder|geen) eten (?:op|naar) (?:haar|zijn) kamer|tot '?s (?:avonds|nachts) laat alleen|(?:vaak|dagen|nachten) alleen thuis|hebben honger en|stinkt en|niet naar de dokter (?:gebracht|mag)|verslaafd en (?:zorgt|let) niet|zorgt niet (?:meer )?voor (?:de kinderen|hem|haar|ze)", "zorg", person="object"),
    # distress of the writer: ambiguous, ask
    Pattern("distress", r"(?:ik )?(?:kan|trek|red) (?:het )?(?:echt |gewoon |gwn |bijna )?(?:niet|nie) meer\b(?! (?:aan|op|om|te|met|bij|slapen|uit|naar|over|zien|voor|onder|hebben))|(?:ik )?zie het (?:echt |allemaal )?niet meer zitten|zie geen (?:uitweg|toekomst|licht|zin meer|zin)|(?:ik )?(?:ben|wil|heb) er (?:echt |helemaal )?klaar mee(?:\s*$| om te leven)|het leven (?:heeft )?(?:geen zin|zinloos)|wat heeft het (?:allemaal )?(?:nog )?voor zin|(?:ik )?ben het zat(?:\s*$| allemaal)|alles is zinloos|leeg van binnen en|(?:mijn |het )?leven (?:\w+ ){0,2}geen zin(?: meer)?|(?:hou|houd) (?:het|dit) (?:\w+ ){0,2}(?:niet|nie) (?:lang )?meer vol|waarom ik (?:\w+ ){0,2}(?:leef|moeite doe|hier ben|besta)|(?:niks|niets) meer (?:voelen|voel)|(?:wil|wilt) (?:\w+ ){0,2}verdwijnen|iets (?:stoms|doms|ergs|heftigs) (?:ga|gaat|zal|zou) doen|(?:niks|niets) waard|waardeloos|(?:ben|voel me|voel mij) (?:\w+ ){0,3}(?:tot )?(?:een )?last (?:voor|van)|(?:iedereen|jullie) (?:\w+ ){0,3}tot last|hoeven (?:je|jullie) (?:\w+ ){0,4}geen zorgen meer (?:om|over) (?:mij|me)|binnenkort opgelost|(?:dat )?(?:ik|ze|hij|zij) (?:het )?(?:niet|nie) meer (?:kan|kunt|trekt|trek)\b(?!\s+(?:\w+ )?(?:slapen|lopen|eten|praten|werken|lezen|schrijven|zien|horen|volgen|betalen|opbrengen|fietsen|zwemmen|stilzitten|concentreren))", "check", negates=False),
]
_PATTERN_RES = [(p, re.compile(rf"\b(?:{p.regex})")) for p in P]

NEGATORS = re.compile(r"\b(?:geen|niet|nooit|niks|nergens|niemand|nee|geenszins|nimmer)\b")
NEGATION_BREAKERS = re.compile(r"\b(?:weet (?:ik )?(?:niet|nooit) of|niet zeker|niet of|of niet|weet niet|niet meer|niet uit te sluiten|niet uitsluiten|niet gerust|niet helemaal)\b")
UNCERTAIN_OTHER = re.compile(r"\b(?:weet (?:ik )?(?:niet|nooit) of (?:hij|ze|zij|mijn|ons|het)|(?:ben|is) (?:ik |hij |ze )?bang dat (?:hij|ze|zij|mijn|ons)|ik vrees dat (?:hij|ze|zij)|vraag (?:me|mij) af of (?:hij|ze|zij)|als (?:hij|ze|zij|het) (?:zo )?doorgaat|misschien (?:doet|wil|denkt) (?:hij|ze|zij)|vermoed|ik hoop niet dat|stel dat|wat als)\b")
UNCERTAIN = re.compile(r"\b(?:weet (?:ik )?(?:niet|nooit) of|(?:ben|is) (?:ik |hij |ze )?bang dat|ik vrees dat|vraag (?:me|mij) af of|als (?:hij|ze|zij|het) (?:zo )?doorgaat|straks|misschien|zou (?:kunnen|het kunnen)|soms denk ik dat|niet uit te sluiten|niet uitsluiten|twijfel|vermoed|ik hoop niet dat|stel dat|wat als|of (?:hij|ze|zij) (?:ooit|wel))\b")
MEDIA = re.compile(r"\b(?:spel|spelletje|game|games|gamen|gamet|gamede|schietspel\w*|fortnite|gta|call of duty|minecraft|roblox|playstation|ps5|xbox|film|films|filmpje|filmpjes|serie|series|netflix|youtube|tiktok|boek|boeken|verhaal|strip|liedje|nummer van|spreekbeurt|werkstuk|presentatie|les over|lessen over|op school over|in de klas over|les op school|voorlichting|het nieuws|nieuws|documentaire|podcast|toneel|musical|rollenspel|verkleed|toneelstuk|speelt (?:dat|alsof)|doen alsof|deed alsof|zombies?|monster\w*|personage\w*|ridders?|superheld\w*|sinterklaas|halloween|kat en muis|judo|karate|kickboks\w*|boksen|boksles|taekwondo|vechtsport\w*|paintball|lasergame\w*|waterpistool|nerfgun|nerf)\b")
PAST = re.compile(r"\b(?:vroeger|vorig jaar|vorige jaar|jaren geleden|jaar geleden|een tijd geleden|lang geleden|maanden geleden|in het verleden|ooit|destijds|toen (?:hij|ze|zij|ik|we) (?:klein|jonger|nog)|toen ik|toen we nog|in groep \d|op de basisschool|vorige relatie|mijn vorige|eerder|in (?:\d{4}|de brugklas)|(?:twee|drie|vier|vijf|paar|\d+) jaar terug|heeft\b.*\bgehad|was (?:vroeger|toen))\b")
ENDED = re.compile(r"\b(?:littekens?|is (?:nu )?(?:gestopt|voorbij|over)|gaat (?:nu )?(?:goed|beter)|niet meer (?:gedaan|gebeurd)|doet (?:ze|hij) (?:het )?niet meer|sindsdien niet meer|al lang niet meer|is (?:nu )?weg|woont (?:er )?niet meer|geen contact meer|uit beeld|nu (?:veilig|rustig))\b")
NOW = re.compile(r"\b(?:nu|nu net|op dit moment|op dit ogenblik|net|zojuist|vanavond|vannacht|vandaag|straks|morgen|deze nacht|hier voor|voor de deur|ik hoor|hoor ik|gaat (?:tekeer|door)|is bezig|gebeurt nu|aan de gang)\b")
SEXUAL_PAST_ONLY = ("sexual", "violence", "threat", "neglect")

# persons (all on folded text)
WRITER = re.compile(r"\b(?:ik|me|mij|mezelf|mijzelf|m'n leven|mijn leven)\b")
CHILD = re.compile(r"\b(?:hij|ze|zij|hem|haar|zichzelf|zich|mijn (?:zoon|dochter|kind|kinderen|jongste|oudste|meisje|jongen|meid|puber|tiener|stief\w+|pleeg\w+|klein\w+)|onze? (?:zoon|dochter|kind|kinderen|jongste|oudste)|de kinderen|het kind|de kids|ons|wij|we|zoonlief|dochterlief|mijn kleine)\b")
OTHER = re.compile(r"\b(?:buur\w*|overbuur\w*|neef\w*|nicht\w*|vriend(?:je|innetje|in)? van|een vriend(?:in|innetje|je)?|(?:haar|zijn) vriend(?:in|innetje|je)?|klasgeno\w+|een (?:kind|jongen|meisje) (?:in|uit|bij|van)|(?:kind|kinderen|jongen|meisje) (?:van|uit|bij) (?:de |het |onze |mijn )?(?:buren|school|klas|straat|overkant|familie|zus|broer|vriend\w*|kennis\w*)|mijn (?:zus|broer|moeder|vader|schoonzus|collega|vriendin|vriend|partner|vrouw|man|buurvrouw|buurman)|zijn (?:vrouw|vriendin|moeder)|haar (?:man|vriend|moeder))\b")
YOUTH = re.compile(r"\b(?:mijn (?:moeder|vader|ouders|mama|papa|stiefvader|stiefmoeder|mentor|juf|meester|docent)|ik ben (?:1[0-7]|[89]|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien)(?: jaar)?\b|ik zit in (?:groep|de klas|klas|de brugklas|havo|vwo|vmbo|mbo)|mn (?:moeder|vader|ouders)|m'n (?:moeder|vader|ouders)|school vind ik|mijn klas)\b")
CHILD_AGGRESSOR = re.compile(r"\b(?:mijn|onze?|de) (?:zoon|dochter|kind|jongste|oudste|peuter|kleuter|zoontje|dochtertje)\b|\b(?:hij|ze|zij) (?:slaat|schopt|bijt|duwt|knijpt|trapt|sloeg|schopte)(?: \w+)? (?:zijn|haar) (?:broer\w*|zus\w*|klasgeno\w+|vriend\w*)|\b(?:zijn|haar) (?:broer\w*|zus\w*|klasgeno\w+|vriend\w*)\b")
ADULT_AGGRESSOR = re.compile(r"\b(?:vader|moeder|papa|mama|stiefvader|stiefmoeder|man|vrouw|partner|vriend|ex|oom|opa|oma|tante|leraar|trainer|buurman|volwassene|pleegvader|pleegmoeder|hij slaat mij|hij slaat me)\b")
WRITER_VICTIM = re.compile(r"\b(?:slaat|sloeg|schopt|schopte|duwt|duwde|bedreigt|bedreigde|dreigt|mishandelt|knijpt|wurgt|trapt) (?:\w+ ){0,2}?(?:mij|me|ons)\b|\b(?:ik|wij|we) (?:word|worden|werd|werden) (?:\w+ ){0,2}(?:geslagen|geschopt|mishandeld|bedreigd|gewurgd|geduwd)|\b(?:mij|me|ons) (?:\w+ ){0,2}(?:geslagen|geschopt|mishandeld|bedreigd|gewurgd)\b")


REPORTED = re.compile(r"\b(?:(?:mijn|onze?|de|het|haar|zijn) \w+|hij|ze|zij)\b(?: \w+){0,4} (?:zei|zegt|zeggen|zeiden|riep|roept|schreef|schrijft|appte|appt|vertelde|vertelt|belde|belt|typte|huilde|gilde|schreeuwde)\b")


@dataclass
class Signal:
    category: str
    level: str           # acuut | zorg | check
    text: str            # the words that triggered it
    at_risk: str         # kind | ouder | ander
    clause: str

    def as_dict(self) -> dict:
        return {"text": self.text, "at_risk": self.at_risk, "category": self.category, "level": self.level}


@dataclass
class SafetyResult:
    level: str = "geen"                     # acuut | zorg | geen
    needs_check: bool = False               # ask one calm check question
    check_kind: Optional[str] = None        # suicide_self | suicide_kind | danger
    signals: List[Signal] = field(default_factory=list)
    idioms: List[str] = field(default_factory=list)
    speaker: str = "ouder"

    @property
    def flagged(self) -> bool:
        return self.level != "geen" or self.needs_check

    @property
    def categories(self) -> List[str]:
        return sorted({s.category for s in self.signals})

    def as_dict(self) -> dict:
        return {"level": self.level, "needs_check": self.needs_check, "check_kind": self.check_kind,
                "signals": [s.as_dict() for s in self.signals], "idioms": self.idioms,
                "speaker": self.speaker}

    def summary(self) -> dict:
        """The `safety` object of the contract's summary JSON."""
        return {"level": self.level, "signals": [s.as_dict() for s in self.signals]}


_CLAUSE_SPLIT = re.compile(r"[.!?;:\n]+|,|\s(?=maar\b)|\s(?=want\b)|\s-\s|\s(?=terwijl\b)")


def clauses(folded: str) -> List[tuple]:
    """(start, clause) pairs; the clause keeps its offset so trigger text maps back to the message."""
    out, pos = [], 0
    for m in _CLAUSE_SPLIT.finditer(folded):
        if m.start() > pos:
            out.append((pos, folded[pos:m.start()]))
        pos = m.end()
    if pos < len(folded):
        out.append((pos, folded[pos:]))
    return [(s, c) for s, c in out if c.strip()]


def lemma_text(clause: str) -> str:
    """The clause with every token replaced by its lookup lemma ('sneed' -> 'snijden')."""
    return " ".join(t.lemma_.lower() or t.text for t in nlp()(clause))


PARENT = re.compile(r"\b(?:mijn|m'n|mn|onze?) (?:zoon\w*|dochter\w*|kind\w*|jongste|oudste|man|vrouw|ex|partner|stief\w+|pleeg\w+|peuter|kleuter|puber|tiener|baby|meisje|jongen)\b|\bals (?:moeder|vader|ouder)\b")


def detect_speaker(folded: str, hint: Optional[str] = None) -> str:
    """Who writes: 'jongere', 'ouder' or 'onbekend' (short messages often do not say)."""
    if hint in ("ouder", "jongere"):
        return hint
    if YOUTH.search(folded):
        return "jongere"
    return "ouder" if PARENT.search(folded) else "onbekend"


def _negated(clause: str, start: int, end: int, pattern: Pattern) -> bool:
    if not pattern.negates:
        return False
    before = clause[max(0, start - 45):start]
    # a negator inside the hit counts too ("zich nooit gesneden"), unless it belongs to the
    # signal itself ("nooit meer wakker", "geen eten", "laat me niet gaan")
    inside = re.sub(r"\b(?:niet|nie|nooit|geen)\s+(?:meer|eten|weg|gaan|naar|wakker|op|veilig|zin|te eten)\b", " ", clause[start:end])
    before = NEGATION_BREAKERS.sub(" ", before + " " + inside)
    words = before.split()[-6:]
    return bool(NEGATORS.search(" ".join(words)))


def _at_risk(clause: str, start: int, end: int, pattern: Pattern, speaker: str, whole: str) -> str:
    writer = "kind" if speaker == "jongere" else "ouder"
    reporter = REPORTED.search(whole[:max(0, whole.find(clause)) + start])
    if reporter and re.search(r"\b(?:ik|me|mij|mezelf|mn|m'n|mijn)\b", clause[max(0, start - 40):end]):
        writer = "ander" if OTHER.search(reporter.group(0)) else "kind"
    if pattern.person == "object":
        if WRITER_VICTIM.search(clause):
            return writer
        after = clause[end:end + 40]
        if OTHER.search(clause[max(0, start - 50):end + 40]):
            return "ander"
        if re.search(r"\b(?:mij|me|ons)\b", after) and not CHILD.search(after):
            return writer
        if speaker == "jongere" and re.search(r"\b(?:mij|me|ik)\b", clause):
            return "kind"
        return "kind"
    # subject: the nearest person word before the hit, else in the hit, else the message
    window = clause[max(0, start - 60):end]
    persons = []
    for regex, who in ((WRITER, writer), (CHILD, "kind"), (OTHER, "ander")):
        for m in regex.finditer(window):
            persons.append((m.start(), who))
    if persons:
        # reflexive words inside the hit decide first ("mezelf" vs "zichzelf")
        hit = clause[start:end]
        if re.search(r"\b(?:mezelf|mijzelf|me|mij)\b", hit):
            return writer
        if re.search(r"\b(?:zichzelf|zich|haarzelf|hemzelf)\b", hit):
            other_before = [who for _, who in persons if who == "ander"]
            return "ander" if other_before and not CHILD.search(clause[max(0, start - 30):start]) else "kind"
        return max(persons)[1]
    if WRITER.search(whole) and not CHILD.search(whole):
        return writer
    return "kind" if CHILD.search(whole) or speaker == "jongere" else writer


def _level(clause: str, start: int, end: int, pattern: Pattern, at_risk: str, speaker: str, whole: str) -> Optional[str]:
    """The level of one hit in its clause, or None when the context explains it away."""
    if _negated(clause, start, end, pattern):
        return None
    if pattern.media and MEDIA.search(clause):
        return None
    level = pattern.base
    past = bool(PAST.search(clause)) or bool(ENDED.search(clause))
    now = bool(NOW.search(clause))
    uncertain = bool(UNCERTAIN.search(clause[:end + 25]))
    cat = pattern.category
    if cat in ("suicide", "self_harm"):
        if pattern.base == "check":
            # "ik wil er niet meer zijn": acuut from a young person about themself, else ask
            # unknown writer: treat as a young person (recall first)
            if speaker in ("jongere", "onbekend") and at_risk != "ander" or at_risk == "kind" and (CHILD.search(clause[max(0, start - 40):start]) or speaker == "ouder"):
                level = "acuut"
        elif past and not now and not re.search(r"\b(?:weer|opnieuw|nog steeds|nog altijd|sinds kort)\b", clause):
            level = "zorg"
        elif UNCERTAIN_OTHER.search(clause[:end + 25]) and not re.search(r"\b(?:ik denk dat|ik weet (?:dat|zeker)|zegt|zei|zeggen|riep|schreef|appte|vertelde)\b", clause):
            level = "check"
    elif cat == "violence":
        if now and not past:
            level = "acuut"
        # a child's own aggression towards siblings or peers is behaviour, not abuse
        if at_risk != "ouder" and CHILD_AGGRESSOR.search(clause) and not ADULT_AGGRESSOR.search(clause) \
                and not re.search(r"\b(?:wordt|werd|worden|word) (?:\w+ ){0,3}(?:geslagen|geschopt|mishandeld)|blauwe plek|mishandel|huiselijk geweld|kindermishandeling|opgesloten", clause):
            return None
    elif cat in ("sexual", "threat", "neglect"):
        if now and not past and cat != "neglect" and re.search(r"\b(?:nu|op dit moment|vannacht|vanavond|voor de deur)\b", clause):
            level = "acuut"
    elif cat == "violence_now":
        if past and not now:
            level = "zorg"
        elif uncertain and not now:
            level = "zorg"
    elif cat == "unsafe_home":
        if past and not now:
            level = "zorg"
    return level


def detect(text: str, speaker_hint: Optional[str] = None) -> SafetyResult:
    """Analyse one message. Deterministic: the same text always gives the same result."""
    if not text or not text.strip():
        return SafetyResult()
    folded = fold(text)
    scan, idioms = blank_idioms(folded)
    speaker = detect_speaker(folded, speaker_hint)
    result = SafetyResult(idioms=idioms, speaker=speaker)
    seen = set()
    for offset, clause in clauses(scan):
        variants = [clause]
        lemmas = lemma_text(clause)
        if lemmas != clause:
            variants.append(lemmas)
        for pattern, regex in _PATTERN_RES:
            for variant_no, variant in enumerate(variants):
                m = regex.search(variant)
                if not m:
                    continue
                if variant_no == 0:
                    at_risk = _at_risk(variant, m.start(), m.end(), pattern, speaker, scan)
                    level = _level(variant, m.start(), m.end(), pattern, at_risk, speaker, scan)
                    trigger = text[offset + m.start():offset + m.end()].strip()
                else:  # lemma match: judge context on the surface clause
                    at_risk = _at_risk(clause, 0, len(clause), pattern, speaker, scan)
                    level = _level(clause, len(clause), len(clause), pattern, at_risk, speaker, scan)
                    trigger = m.group(0).strip()
                if level is None:
                    break  # context explained this pattern away in this clause
                key = (pattern.category, offset)
                if key in seen:
                    break
                seen.add(key)
                result.signals.append(Signal(pattern.category, level, trigger, at_risk, clause.strip()))
                break
    _settle(result)
    return result


def _settle(result: SafetyResult) -> None:
    levels = [s.level for s in result.signals]
    if "acuut" in levels:
        result.level = "acuut"
    elif "zorg" in levels:
        result.level = "zorg"
    if "check" in levels and result.level != "acuut":
        result.needs_check = True
        checks = [s for s in result.signals if s.level == "check"]
        first = checks[0]
        if first.category in ("suicide", "self_harm", "distress"):
            result.check_kind = "suicide_self" if first.at_risk in ("ouder",) or result.speaker == "jongere" else "suicide_kind"
        else:
            result.check_kind = "danger"


def with_nlu_hint(result: SafetyResult, intent: Optional[str], confidence: float, threshold: float = 0.6) -> SafetyResult:
    """The learned intent may add a check question; it can never lower what the rules found."""
    if intent == "topic_veiligheid" and confidence >= threshold and not result.flagged:
        result.needs_check = True
        result.check_kind = "danger"
        result.signals.append(Signal("nlu", "check", f"intent {intent} ({confidence:.2f})", "kind", ""))
    return result


def as_record(result: SafetyResult) -> dict:
    return asdict(result)
