"""Concept lexicons of the safety detector, as regex fragments on normalised words.

Every fragment names one concept (wanting, dying, a means, a lethal place, a farewell, ...).
The detector's patterns combine concepts ("a wish" near "death", "a means" near "hoarding",
"violence" with "now") instead of listing whole sentences, so a phrasing nobody wrote down
still matches when its parts are known. Stems (`medicij\\w*`, `\\w*batterij\\w*`) cover
inflections and compounds; the normaliser has already folded chat spelling and typos.
"""
from __future__ import annotations


def gap(n: int, stop: bool = False) -> str:
    """Up to n words in between; with stop=True the gap may not cross into another clause or
    an object ("wil weten of de hond dood gaat" is not a wish to die)."""
    if stop:
        return rf"(?: (?!(?:{STOPWORDS})\b)\S+){{0,{n}}}"
    return rf"(?: \S+){{0,{n}}}"


def near(a: str, b: str, n: int = 4, stop: bool = False) -> str:
    """a and b in either order with at most n words in between (Dutch V2 and verb-last order)."""
    g = gap(n, stop)
    return rf"(?:{a}){g} (?:{b})|(?:{b}){g} (?:{a})"


STOPWORDS = r"of|dat|die|als|wat|hoe|waarom|wanneer|omdat|weten|zien|horen|vragen|vraagt|vroeg|en|maar|hond|kat|poes|konijn|cavia|vis|hamster|vogel|plant|planten"

# ---------------- wishes, death, living --------------------------------------------------------
WANT = r"wil|wilt|willen|wou|wouden|wilde|wilden|zou willen|zouden willen|wens|verlang|verlangt"
# wishing that something happens ("ik hoop dat ik ...", "ik wou dat hij ...")
WISH_THAT = r"hoop|hoopt|hoopte|wou|wilde|wens|wenst|wenste|zou willen|zou wensen|bid|bidt|verlang|verlangt"
DIE = r"dood|doodgaan|dood gaan|dood te gaan|dood zijn|te sterven|sterven|overlijden"
NOLONGER = r"(?:niet|nooit|nie) (?:meer|langer)"
LIVE = r"leven|verder leven|door leven|doorleven|bestaan|te leven|verder te leven|te bestaan|wakker worden|wakker te worden|wakker word|wakker wordt"
# thinking or dreaming of something ("ik denk na over", "ik fantaseer over", "zit in mijn hoofd")
THINK = r"denk\w*|dacht\w*|gedacht|gedachten|pieker\w*|gepiekerd|fantaseer\w*|fantasie\w*|droom\w*|gedroomd|obsessie|bezig"
# death as a thing one thinks about or longs for
DEATH_IDEA = (r"dood(?! van| aan)|doodgaan|dood gaan|sterven|dood zijn|zelfmoord\w*|zelfdoding|suicide|de dood|"
              r"(?:een )?eind(?:e)? (?:aan|maken)\w*|er niet meer zijn|niet meer (?:leven|bestaan|wakker worden)|eeuwig slapen|eeuwige rust")
# an event that ends a life, wished for ("ik hoop dat ik onder een auto kom")
DEATH_EVENT = (r"(?:onder|voor) (?:een|de) (?:auto|trein|bus|tram|metro|vrachtwagen|truck)\w*|(?:een )?(?:dodelijk )?ongeluk (?:krijg|krijgt|kreeg)|"
               r"(?:ziek word|ziek wordt) en (?:dood|doodga)|doodga|doodgaat|dood ga|dood gaat|(?:niet|nooit) meer wakker|"
               r"er (?:\S+ )?(?:niet|nie|nooit) meer (?:was|is|ben|zou zijn|zijn)|(?:nooit|niet) geboren")
# a stance towards something: wanting, hoping, considering, having decided
STANCE = (r"wil|wilt|willen|wou|wouden|wilde|wilden|zou willen|liefst|liever|hoop|hoopt|wens|wenst|verlang\w*|overweeg\w*|"
          r"besloten|beslist|van plan|denk erover|denk eraan|neiging|drang|behoefte|zin om|fantaseer\w*|droom (?:er )?van|kies ervoor|klaar om")
# the end of one's own life
END = (r"dood(?! van| aan| moe| op| ziek| graag| gewoon| normaal| serieus| is\b| was\b| zijn\b| waren\b)|doodgaan|dood gaan|dood te gaan|dood zijn|sterven|te sterven|"
       r"zelfmoord\w*|zelfdoding|suicide|er (?:\S+ )?(?:een )?(?:eind|einde|punt) (?:aan|achter)(?!(?: \S+){0,2} met (?!alles|het leven|mijn leven))|uit het leven|van kant|"
       r"(?:niet|nooit) meer (?:leven|bestaan|wakker)|er niet meer (?:zijn|te zijn)")

# plain fun: jumping off a bridge into the lake with friends in summer
FUN = r"met (?:\S+ )?vrienden|met de klas|leuk|gaaf|vet|chill|zomer|bommetje\w*|zo lekker"

# despair, finality, hesitation: what turns a means at hand into a plan
DESPAIR = (r"(?:niet|nie) meer (?:kan|wil|trek|leven|verder|zijn)|kan (?:\S+ )?(?:niet|nie) meer|wil (?:\S+ )?(?:niet|nie) meer|trek (?:het|dit) (?:\S+ )?(?:niet|nie)|"
           r"klaar (?:mee|met)|hou (?:het|dit) (?:\S+ )?(?:niet|nie) (?:meer )?vol|zie het (?:\S+ ){0,2}(?:niet|nie) meer zitten|geen zin meer|"
           r"(?:dan )?is het (?:\S+ )?(?:klaar|voorbij|over)|hoeft (?:\S+ )?(?:niet|nie) meer|dood|sterven|zelfmoord\w*|einde?|eind|afscheid\w*|"
           r"niemand (?:\S+ ){0,2}(?:mist|missen)|beter af (?:zonder|met een)|waardeloos|een last|ophoudt|stopt|weet (?:\S+ )?(?:niet|nie) wat ik (?:moet|ga) doen|"
           r"(?:niet|nie) meer tegen (?:te )?houden|tegenhouden|twijfel\w*|aarzel\w*|zal ik|durf (?:het )?(?:nog )?(?:niet|nie)|of ik het (?:\S+ )?doe|(?:mezelf|me) (?:\S+ )?(?:nog )?(?:tegenhoud|tegen kan houden|in bedwang)|wanhopig|uitzichtloos|hopeloos|kms|pijn doen|verdwijnen")
# a means laid ready beside oneself: "ze liggen nu naast me op bed", "ik heb het mes in mijn hand"
AT_HAND = (r"(?:ligt|liggen|lag|lagen|heb|hou|houd) (?:\S+ ){0,2}(?:naast (?:me|mij)|voor (?:me|mij) op|bij (?:me|mij) op (?:bed|tafel|mijn kamer)|in (?:mijn|mn) (?:hand|handen))"
           r"|in (?:mijn|mn) (?:zak|broekzak|la|tas|hand)\b|onder (?:mijn|mn) (?:bed|kussen|matras)|zit (?:\S+ ){0,2}met (?:\S+ ){0,3}(?:aan tafel|op (?:mijn|mn) kamer|hier)|(?:zit|ben) (?:hier |nu )?met (?:de|een|al) ")
# a means taken on the sly, from somebody else, or in bulk
SLY = r"van (?:mijn|haar|zijn|mn) (?:moeder|vader|ouders|oma|opa|mama|papa|broer|zus)|uit de kast|stiekem|gestolen|gejat|verstopt|alle|heel veel|een heleboel|\d{2,}"

# ---------------- persons -----------------------------------------------------------------------
SELF_TRUE = r"mezelf|mijzelf|zichzelf|haarzelf|hemzelf|jezelf"
SELF = rf"{SELF_TRUE}|zich|me|mij"
VICTIM = r"me|mij|ons|haar|hem|jullie|jou|hen|de kinderen|onze kinderen|mijn kinderen|mijn (?:moeder|mama|zus|zusje|broer|broertje|zoon|dochter|kind)|zijn vrouw|zijn vriendin|iedereen"
ADULT = (r"oom|tante|opa|baas|werkgever|chef|manager|stiefvader|stiefpa|stiefmoeder|vader|papa|buurman|buurvrouw|\w*trainer|\w*coach|\w*leraar|meester|\w*docent|\w*leider|"
         r"neef|oppas|man|mannen|volwassene|volwassen|schoonvader|pleegvader|opa's|ex|vriend van (?:mama|mijn moeder|haar moeder|zijn moeder)|\w+vader|\w+oom")
PARENT_WORD = r"moeder|vader|mama|papa|ma|pa|ouders|stief\w+|pleeg(?:vader|moeder|ouders)"
# a young child (where being alone or outside at night is itself dangerous)
YOUNG_CHILD = (r"baby|peuter|kleuter|dreumes|jongetje|meisje|kindje|kleintje|buurjongen|buurmeisje|(?:kind|jongetje|meisje) van (?:een jaar of|ongeveer|zo'?n|rond de) (?:[1-9]|tien)\b|"
               r"(?:kind|jongen|meisje|jongetje|zoon|dochter|broertje|zusje|buurjongen|buurmeisje) van (?:[1-9]|tien|elf|twaalf|twee|drie|vier|vijf|zes|zeven|acht|negen)\b|"
               r"(?:kind|zoon|dochter|kleinzoon|kleindochter|pleegkind|zoontje|dochtertje|broertje|zusje) (?:\. )?(?:[1-6]) (?:jaar\b|\.)")

# ---------------- means -------------------------------------------------------------------------
MEDS = (r"pillen|pilletjes|pil|\w*tabletten|tabletjes|medicijn\w*|medicatie|paracetamol\w*|ibuprofen|aspirine|"
        r"\w*azepam|alprazolam|xanax|valium|zolpidem|slaappil\w*|slaaptablet\w*|slaapmiddel\w*|slaapmedicatie|"
        r"kalmeringsmiddel\w*|antidepressiva|sertraline|fluoxetine|citalopram|paroxetine|quetiapine|lithium|ritalin|"
        r"methylfenidaat|concerta|dexamfetamine|melatonine|insuline|codeine|tramadol|oxycodon\w*|morfine|fentanyl|methadon|"
        r"pijnstiller\w*|drugs|xtc|mdma|ghb|ketamine|paddo\w*|cocaine|coke|pillenstrip\w*")
QTY = (r"al|alle|al mijn|al haar|al zijn|heel veel|veel|zoveel|zo veel|te veel|teveel|een hele|de hele|hele|een handvol|"
       r"een heleboel|een hoop|een stuk of \d+|\d{2,}|tien|twaalf|vijftien|twintig|dertig|veertig|vijftig|honderd|"
       r"(?:een |de )?(?:hele )?(?:strip|strips|doos|doosje|pot|potje|fles|pak|pakje) (?:met |vol )?")
# a container's worth, taken at once ("een hele strip doorgeslikt")
CONTAINER = r"(?:een |de )?(?:hele |halve |volle )?(?:strip|strips|strippen|doos|doosje|doosjes|pot|potje|potjes|fles|flesje|handvol|zak|zakje|pakje)"
TAKEN = r"ingenomen|genomen|geslikt|doorgeslikt|opgegeten|op|gebruikt|gespoten|ingespoten|opgedronken|naar binnen gewerkt|leeggegeten|leeg gegeten|leeggedronken|opgeslikt|ingeslikt"
TAKE_PLAN = r"slikken|innemen|in te nemen|nemen|te nemen|te slikken|opeten|op te eten|door te slikken|doorslikken|inspuiten"
# hoarding or making ready: strong signs that a means is being prepared
HOARD = (r"spaar|spaart|sparen|gespaard|opgespaard|op te sparen|verzamel\w*|hamster\w*|gehamsterd|verstop\w*|achtergehouden|"
         r"klaargelegd|klaar ?liggen|liggen (?:al )?klaar|ligt (?:al )?klaar|klaar gelegd|apart gelegd|apart gehouden|bij elkaar (?:gelegd|gezet|gespaard|gezocht|geraapt|verzameld)")
# getting hold of it: a sign when it comes with despair or is for oneself
ACQUIRE = r"gekocht|koop|kopen|gehaald|gepakt|pak|gestolen|gejat|meegenomen|besteld|bij elkaar gezocht|uit de kast"
ROPE = r"touw|touwen|strop|stroppen|strop\w*"
BLADE = r"mes|mesje|mesjes|\w*mesje|\w*mesjes|scheermes\w*|stanleymes\w*|breekmes\w*|slijpermes\w*|glasscherf|glasscherven|scherf|scherven|stuk glas|passer"
WEAPON = (r"mes|messen|keukenmes|vleesmes|pistool|pistolen|vuurwapen|wapen|geweer|bijl|hamer|knuppel|honkbalknuppel|schaar|stanleymes|breekmes|boksbeugel|"
          r"vuurwerkbom\w*|bom|bommen|explosie\w*|explosief|explosieven|cobra\w*|nitraat\w*")
# places to fall from or be hit at; STRONG ones are dangerous to go to without a stated reason
HIGH = (r"brug|bruggen|brugleuning|flat|flatgebouw|flats|balkon|dak|dakrand|raam|vensterbank|verdieping|hoogte|hoog|"
        r"hoge|toren|parkeergarage|klif|rand|spoor|trein|metro|snelweg|viaduct|dakterras|gebouw")
LETHAL_PLACE = (r"spoor|spoorlijn|spoorbrug|spoorbaan|spoorwegovergang|rails|perron|brug|brugleuning|viaduct|flat|flatgebouw|dak|dakrand|"
                r"balkon|balkonrand|parkeergarage|toren|klif|snelweg|kanaal|rivier|havenhoofd|pier|hoogste verdieping|bovenste verdieping")
STRONG_PLACE = r"spoor|spoorlijn|spoorbrug|spoorbaan|spoorwegovergang|rails|dakrand|brugleuning|balkonrand|snelweg"
# staying somewhere for a long time or without a purpose
LINGER = r"lang|urenlang|uren|een tijd|tijdje|al (?:een |twee |\d+ )?(?:half )?(?:uur|kwartier|uren)|alleen|zonder fiets|te staren|staren"
VEHICLE = r"trein|metro|tram|bus|auto|vrachtwagen|truck|vrachtauto"
MOVE = (r"ga|gaat|gaan|ging|spring|springt|springen|sprong|loop|loopt|lopen|liep|stap|stapt|stappen|lig|ligt|liggen|gaan liggen|"
        r"gooi|gooit|gooien|werp|werpt|kom|komt|komen|fiets|fietst|rij|rijdt|rijden|sta|staat|staan|zit|zitten|onderweg|op weg")
JUMP = (r"spring|springt|springen|sprong|sprongen|te springen|gesprongen|af springen|af te springen|afspringen|"
        r"(?:me|mij|zich|mezelf|zichzelf) (?:\S+ ){0,2}(?:laten vallen|laat vallen|gooien|gooi|gooit|gooide|werpen|werpt|storten|stort)")
# a poison or object a small child must not swallow
TOXIC = (r"bleek\w*|wasmiddel\w*|gif\w*|rattengif|chloor|schoonmaakmiddel\w*|lampolie|\w*batterij\w*|knoopcel\w*|magneet\w*|magneetjes|"
         r"wasbolletje\w*|wascapsule\w*|gootsteenkast|ontstopper|afwasmiddel|vaatwas\w*|terpentine|aanstekervloeistof|wasverzachter|"
         r"spiritus|medicijnkast\w*|ontkalker|antivries|e-liquid|nicotine\w*|allesreiniger|lampenolie|\w*olie(?<!zonnebloemolie)(?<!olijfolie)|navulvloeistof|vape\w*|poetskast\w*|vaatwastablet\w*|oogdruppels|besjes|bessen|paddenstoel\w*|ijzertablet\w*")
INGEST = r"leeggedronken|leeggemaakt|(?:een )?slok (?:\S+ )?(?:genomen|van)|drink|drinkt|gekauwd|kauwt|kauwde|gezogen|zuigt|gelikt|likt|gedronken|ingeslikt|opgedronken|gegeten|doorgeslikt|opgegeten|geslikt|ingenomen|in (?:zijn|haar) mond (?:gehad|gestopt|genomen)|in (?:zijn|haar) mond|aan gelikt|op gesabbeld"

# ---------------- self-harm ---------------------------------------------------------------------
BODY = (r"arm|armen|onderarm|onderarmen|bovenarm|bovenarmen|pols|polsen|been|benen|bovenbeen|bovenbenen|dij|dijen|"
        r"buik|huid|heup|heupen|lijf|borst|enkels|schouders|handen|hand")
# cutting verbs without the nouns "brand" (a fire) and "prik" (an injection)
CUT_BODY = (r"snijd|snijdt|snij|snijden|sneed|sneden|gesneden|te snijden|kras|krast|krassen|kraste|krasten|gekrast|te krassen|"
            r"brandt|branden|brandde|gebrand|verbrand|verbrandt|verbrandde|te branden|beschadigt|beschadigen|beschadigde|beschadigd|"
            r"opengehaald|open gehaald|openhalen|open te halen|haalt (?:\S+ )?open|opengesneden|opengekrast|kapotgekrast|kapot gekrast|bewerkt|verbranden|te verbranden|opensnijden|open te snijden")
CUT = (r"snijd|snijdt|snij|snijden|sneed|sneden|gesneden|te snijden|kras|krast|krassen|kraste|krasten|gekrast|te krassen|"
       r"brand|brandt|branden|brandde|gebrand|verbrand|verbrandt|verbrandde|te branden|verwond|verwondt|verwonden|verwondde|"
       r"beschadig|beschadigt|beschadigen|beschadigde|beschadigd|te beschadigen|prik|prikt|prikken|geprikt")
# cutting without an object: in chat speech "ik heb weer gesneden" is self-harm
CUT_BARE = r"snij|snijd|snijdt|snijden|sneed|sneden|gesneden|kras|krast|krassen|kraste|gekrast"
# things one cuts or scratches innocently (an object of the cutting verb)
CUT_OBJECT = (r"groente\w*|brood|taart|ui|uien|vlees|kaas|fruit|appel\w*|papier|hout|(?:het|mijn|zijn|je) haar|haren|pony|nagels|pizza|koken|tomaat|tomaten|"
              r"komkommer|paprika|sla|worst|stof|karton|knutsel\w*|stoffen|stukjes|plakjes|lint|draad|touw|tape|krasloten|kraslot|lot|loten|"
              r"muis|kikker|hart|organen|dieren|ontleden|bij de kapper|kapper|kras(?:sen)? op (?:de|het|mijn|zijn|haar) (?:auto|fiets|telefoon|scherm|tafel|deur)")

# ---------------- medical -----------------------------------------------------------------------
# not responding: "doet niks meer", "reageert nergens op", "is helemaal slap"
UNRESPONSIVE = (r"(?:beweegt|reageert|ademt) (?:\S+ ){0,2}(?:niks|niets|niet|nergens|nauwelijks|amper)(?: meer| op)?|(?:doet|zegt|praat|huilt) (?:\S+ ){0,2}(?:niks|niets|niet) meer|(?:zegt|praat) (?:niks|niets)$|"
                r"(?:helemaal |heel )?slap(?: en|$)|is (?:helemaal |heel )?slap|bewusteloos|buiten (?:bewustzijn|westen)|(?:niet|nie) (?:goed |meer |echt )?(?:wakker|aanspreekbaar)|"
                r"onaanspreekbaar|ogen (?:\S+ )?weg ?(?:draaien|gedraaid|draait)|blauw aangelopen|lijkbleek|grauw")
# lying down, fallen, collapsed
COLLAPSE = (r"ligt|lag|liggen|gevallen|flauwgevallen|flauw gevallen|in elkaar gezakt|ingestort|neergevallen|onderuit|van de trap|van de commode|"
            r"van het aanrecht|van de glijbaan|van het klimrek|van de trap gevallen|gestikt|verslikt")
# a serious symptom after taking something
SYMPTOM = (r"hart (?:\S+ ){0,3}(?:snel|raar|tekeer|bonkt|racet|overslaat|als een gek)|hartkloppingen|duizelig|misselijk|overgeven|geeft over|braakt|"
           r"spugen|spuugt|kotsen|kotst|trill\w*|trilt|krampen|benauwd|ademnood|kan (?:\S+ )?(?:niet|nauwelijks) ademen|wazig|slap|suf|verward|"
           r"hallucin\w*|schuim|flauw\w*|stuip\w*|schokt|schokken|bewusteloos|reageert (?:\S+ )?(?:niet|nauwelijks)|wordt (?:\S+ )?niet wakker|"
           r"pijn op (?:de|mijn|zijn|haar) borst|zweet (?:\S+ )?(?:heel|erg)|gloeiend heet|ijskoud")
BLEED = r"bloed\w*|bloeden"

# ---------------- violence ----------------------------------------------------------------------
KILL = (r"vermoorden|vermoordt|doodmaken|doodmaakt|dood maken|dood maakt|dood te maken|afmaken|afmaakt|af te maken|"
        r"doodslaan|doodslaat|dood slaan|dood slaat|dood te slaan|doodsteken|doodsteekt|dood te steken|doodschieten|"
        r"doodschiet|dood te schieten|in elkaar slaan|in elkaar slaat|in elkaar te slaan|in elkaar trappen|in elkaar trapt|"
        r"kapot slaan|kapot slaat|kapot te slaan|kapot maken|kapotmaken|kapot maakt|kapot te maken|te vermoorden|om te brengen|ombrengen|ombrengt|"
        r"iets aan te doen|iets aandoet|iets aandoen|wat aandoen|wat aan te doen|te grazen nemen|te grazen neemt|te grazen nam|pijn doen|pijn te doen|"
        r"te pakken (?:krijgen|krijgt|krijg|kregen|nemen|neemt)|"
        r"neerschieten|neerschiet|neer te schieten|neersteken|neersteekt|neer te steken|afknallen|overhoop schieten|doodrijden")
# fighting or beating as an activity going on ("zijn aan het vechten", "staat te slaan")
FIGHT = r"vechten|slaan|schoppen|trappen|knokken|matten|meppen|worstelen|duwen|smijten|gooien|beuken|bonken|rammen|slopen|mishandelen|wurgen"
# sounds of distress heard now
SCREAM = r"gil\w*|gegil|schreeuw\w*|geschreeuw|krijs\w*|huil\w*|roept om hulp|roepen om hulp|om hulp"
# somebody trying to get in or banging on a door
DOOR_CUE = (r"dreig\w*|schreeuw\w*|bonk\w*|beuk\w*|ram\w*|trap\w*|ex|dronken|agressief|boos|woedend|bang|politie|mes|sla\w*|niet open|binnen|"
            r"rechter|contactverbod|straatverbod|huisverbod|mag (?:\S+ )?(?:hier )?niet (?:komen|in de buurt)")

# ---------------- sexual abuse ------------------------------------------------------------------
PRIVATE = (r"piemel|plasser|plassertje|poes|poesje|vagina|penis|borsten|borst|tieten|billen|kont|kruis|onderkant|"
           r"geslachtsdeel|geslachtsdelen|intieme delen|private delen|plekken waar (?:dat )?(?:niet|nie) mag|plek waar (?:dat )?(?:niet|nie) mag|"
           r"onder (?:haar|zijn|mijn|je) (?:kleren|rok|rokje|broek|shirt|jurk|jurkje|trui|onderbroek|pyjama|dekbed)|tussen (?:haar|zijn|mijn|je) benen|"
           r"in (?:haar|zijn|mijn|je) (?:broek|onderbroek|slip)|lichaam|onderbroek|ondergoed|lijf")
TOUCH = (r"aanraken|aangeraakt|aanraakt|aanraakte|aanraakten|raakt|raakte|betast\w*|bevoel\w*|friemel\w*|zit|zat|zaten|zitten|"
         r"gezeten|frunnik\w*|streelt|strelen|streelde|gestreeld|aait|aaide|vingert|gevingerd|pakt|pakte|grijpt|greep|knijpt|kneep|komt|kwam|aankomen|aankomt|aankwam")
IMAGES = r"foto|foto's|fotos|fotootjes|filmpje|filmpjes|video|video's|videos|pics|pic|plaatjes|beelden|selfies|selfie"
NUDE = r"naakt\w*|bloot|blote|nudes?|sexy|pikante?|in (?:mijn|haar|zijn|je) (?:ondergoed|onderbroek|boxer|slip)|ondergoed|onderbroek|in bikini|zonder kleren|van (?:je|haar|mijn|zijn) lichaam|topless"
SPY = r"bespied\w*|begluur\w*|gluurt|gluren|gegluurd|loert|loerde|staart|gluurde|bekijkt|bekeek|sleutelgat|door de kier|kijkt naar (?:me|mij|haar|hem)|keek naar (?:me|mij|haar|hem)"

# ---------------- farewells, leaving, being missing --------------------------------------------
# said once, these take leave of life ("dit is mijn laatste dag", "je hoort nooit meer van me")
FAREWELL_STRONG = (r"afscheidsbrie\w*|dit is (?:mijn|ons) afscheid|neem (?:\S+ )?(?:hierbij )?afscheid|afscheidsbericht\w*|afscheidsvideo\w*|afscheidsfilmpje\w*|(?:niet|nie) lang meer (?:\S+ ){0,3}(?:hoeven|hoeft|zullen) (?:\S+ ){0,2}(?:verdragen|last hebben|zien)|vaarwel|(?:sorry|excuses) (?:\S+ )?voor alles|het spijt me (?:van|voor) alles|(?:mijn|zijn|haar) laatste (?:bericht|berichtje|appje)\b|"
                   r"(?:dit is|is dit) (?:mijn|haar|zijn|de) laatste (?:dag|nacht|avond)|(?:dit|vandaag) (?:\S+ )?(?:mijn|haar|zijn) laatste (?:dag|nacht|avond) (?:is|was)|"
                   r"laatste keer dat (?:je|jullie|u) (?:\S+ ){0,2}(?:van me|van mij|me|mij) (?:hoort|horen|ziet|zien)|(?:je|jullie) (?:zien|ziet|horen|hoort) (?:me|mij|niks|niets) (?:\S+ )?nooit meer|tot ooit|"
                   r"(?:ga|gaat) (?:\S+ ){0,2}weg uit deze wereld|(?:log|ga) (?:\S+ ){0,2}voorgoed (?:uit|weg)|(?:doei|bye|dag) voor altijd|als (?:je|jullie|u) dit leest ben ik|mijn laatste wens|(?:dit is|is dit) de laatste keer(?! dat)")
FAREWELL = (r"vaarwel|(?:sorry|excuses) (?:\S+ )?voor alles|(?:niet|nie) (?:moeten|moet|hoeven|hoeft|moeten gaan) (?:te )?zoeken|zoek (?:me|mij|ons) (?:\S+ )?(?:niet|nie)\b|het spijt me (?:van|voor) alles|(?:mijn|een|zijn|haar) laatste (?:bericht|berichtje|appje|brief)|"
            r"dit is (?:mijn|het) laatste|laatste keer dat (?:je|jullie|u) (?:\S+ ){0,2}(?:van me|van mij|me|mij) (?:hoort|horen|ziet|zien)|"
            r"(?:je|jullie) (?:zien|ziet|horen|hoort) (?:me|mij|niks|niets) (?:\S+ )?(?:nooit )?meer|"
            r"(?:het is|is het) (?:niet|nie) (?:jullie|jouw|je|uw) schuld|(?:ik )?hou (?:van jullie|zoveel van jullie|van je)|zorg (?:\S+ )?goed voor|"
            r"(?:moet|moeten|wil dat|willen dat) (?:\S+ ){0,3}voor (?:mijn|haar|zijn) (?:kinderen|kind|hond|kat|dieren) (?:\S+ )?(?:zorgen|zorgt)|"
            r"voor (?:mijn|haar|zijn) (?:kinderen|kind|hond|kat|dieren) (?:\S+ )?(?:moet|moeten|wil|gaat) zorgen|"
            r"vergeet me niet|jullie zijn (?:\S+ )?beter af|tot ooit|dag allemaal voor altijd|het (?:\S+ )?spijt me zo|"
            r"(?:bedankt|dankjewel|dank je wel|dank u wel|dank) voor alles|(?:het is|is het|het) (?:niet|nie) (?:haar|zijn|jouw|je|jullie|uw) (?:schuld|fout)|het is beter zo|"
            r"(?:doei|dag|bye|doeg|later) (?:\S+ )?(?:voor altijd|iedereen|allemaal)|leuk (?:\S+ )?(?:jullie|je|u) (?:\S+ )?gekend te hebben|voor de laatste keer|"
            r"(?:het )?spijt me(?: \S+)? (?:pap|mam|mama|papa|pa|ma)\b|sorry (?:mama|papa|mam|pap)\b|(?:iedereen|allemaal) (?:\S+ )?gedag gezegd")
# taking leave by message ("heeft via de groepsapp afscheid genomen van haar vriendinnen")
FAREWELL_BY_MESSAGE = (r"(?:via|in|op) (?:de |een |haar |zijn |mijn )?(?:groepsapp|groepschat|klassenapp|app|whatsapp|snapchat|snap|instagram|insta|story|status) (?:\S+ ){0,2}afscheid (?:genomen|nemen|neemt|nam)|"
                       r"afscheid (?:genomen|nemen|neemt|nam) (?:\S+ ){0,4}(?:via|in|op) (?:de |een )?(?:groepsapp|groepschat|klassenapp|app|whatsapp|snapchat|instagram|story|status)\b")
MISSING = (r"spoorloos|vermist|onvindbaar|verdwenen|weggelopen|weg gelopen|is (?:\S+ ){0,3}weg (?=sinds|al\b)|weg sinds|"
           r"(?:niet|nie) (?:meer )?(?:thuisgekomen|thuis gekomen|teruggekomen|terug gekomen|naar huis gekomen)|"
           r"(?:niemand|we) (?:\S+ )?weet (?:\S+ )?waar (?:hij|ze|zij) is|(?:sinds|al) (?:\S+ ){0,2}weg\b|komt (?:\S+ ){0,2}(?:niet|nie) (?:meer )?(?:naar )?(?:huis|thuis|terug)|(?:niet|nie) (?:meer )?(?:naar huis|thuis|terug) (?:komt|komen|kom)|(?:niet|nie) (?:meer )?thuis geweest")
UNREACHABLE = (r"(?:niet|nie) (?:meer )?bereikbaar|onbereikbaar|neemt (?:\S+ ){0,3}(?:niet|nie) (?:meer )?op|telefoon (?:\S+ ){0,2}uit|voicemail|"
               r"reageert (?:\S+ ){0,3}(?:niet|nie) (?:meer )?op (?:\S+ )?(?:berichten|appjes|telefoon|bellen)|geen (?:\S+ )?(?:contact|reactie)|"
               r"leest (?:\S+ ){0,3}(?:niet|nie) meer|(?:berichten|appjes) (?:\S+ )?(?:niet|nie) (?:meer )?(?:gelezen|leest|aan)")

# ---------------- psychiatric crisis ------------------------------------------------------------
PSYCHOSIS = (r"psychot\w*|psychose\w*|stemmen (?:\S+ ){0,4}(?:hoort|hoor|horen|hoorde|zeggen|zegt|die)|(?:hoort|hoor|horen|hoorde) (?:\S+ ){0,2}stemmen|"
             r"een stem (?:\S+ ){0,4}(?:zegt|zei|die)|hallucin\w*|waan|wanen|waanbeeld\w*|waanidee\w*|paranoide|achtervolgingswaan|bezeten door|door (?:de )?(?:duivel|demonen) bezeten|duivel|demonen|chip in (?:zijn|haar|mijn) hoofd|"
             r"(?:tv|televisie|radio|telefoon) (?:\S+ )?tegen (?:haar|hem|mij|me) praat|(?:praat|praten|ziet|zien|hoort|horen) (?:\S+ ){0,3}(?:mensen|stemmen|dingen|iemand) die er (?:niet|nie) (?:zijn|is)|manisch|manie|(?:denkt dat (?:hij|ze|zij) )?kan vliegen|herkent (?:ons|me|mij|niemand) (?:\S+ )?(?:niet|nie)|(?:erg|heel|helemaal|zo) verward|nachten (?:\S+ )?(?:niet|nie) (?:meer )?geslapen|"
             r"ziet (?:\S+ ){0,3}dingen die er (?:niet|nie) zijn|denkt dat (?:we|wij|iedereen|de buren|de politie|ik|jullie) (?:\S+ ){0,3}(?:vergiftigen|vermoorden|pakken|doden|achtervolgen|afluisteren|bespioneren)")

# ---------------- families added from the youth, parent, bystander and implicit corpora ---------
# a medical emergency told by its symptoms, not by a diagnosis
# a blow to the head, or a fall where the head or neck may have been hit
HEAD_BLOW = (r"(?:op|met|tegen) (?:zijn|haar|mijn|mn|zn|het|de) (?:\S+ )?(?:hoofd|achterhoofd|nek|kop|hoofdje)|hersenschudding|"
             r"(?:bal|klap|schop|trap|steen) (?:\S+ ){0,2}(?:tegen|op) (?:zijn|haar|mijn|mn) (?:hoofd|kop)|(?:hoofd|achterhoofd) (?:\S+ ){0,2}(?:gestoten|geklapt|geraakt)")
FALL = r"gevallen|valt|viel|geklapt|gestoten|gebotst|gekregen|kreeg|gestruikeld"
# signs of a brain or spinal injury after it
BRAIN_SIGN = (r"overgegeven|overgeven|geeft over|spugen|gespuugd|spuugt|braakt|dubbel|(?:heel |erg )?(?:suf|slaperig)|"
              r"weet (?:\S+ ){0,2}(?:niet|nie) (?:meer )?(?:welke dag|waar (?:hij|ze|zij|ik) is|wat er)|(?:zegt|vraagt) steeds (?:hetzelfde|hetzelfde)|"
              r"(?:wordt|worden) (?:\S+ )?(?:steeds )?erger|(?:benen|armen) (?:\S+ )?(?:niet|nie) (?:goed |meer )?(?:voel|voelt)|ligt (?:\S+ )?stil|reageert (?:\S+ )?(?:alleen|niet|nie)")
# a baby in its first months (fever or limpness is an emergency at that age)
YOUNG_BABY = r"baby\w*|pasgeboren\w*|(?:van |is )?(?:\d+|een paar) (?:weken|weekjes|maanden|mnd)\b"
# a baby or small child severely ill
BABY_SIGN = (r"(?:heel |erg |helemaal )?(?:slap|sloom|suf|slaperig|grauw|grijs)|(?:drinkt|drink) (?:\S+ ){0,2}(?:niet|nie|slecht)|wil (?:\S+ )?(?:niet|nie) (?:meer )?drinken|"
             r"geen natte luier\w*|zonder tranen|kreunt|(?:niet|nie) (?:meer )?geademd|valt (?:\S+ )?weg|spuugt groen|gloeiend")
FEVER = r"(?<!geen )koorts|(?:3[89]|4[01])(?:[,.]\d)? ?(?:graden)?\b|gloeiend|heel heet"
# a rash that does not fade, a stiff neck: signs of meningitis or sepsis
MENINGITIS = r"(?:paarse|rode|donkere) (?:vlekjes|vlekken|puntjes|stipjes)|(?:vlekjes|vlekken|puntjes) (?:\S+ ){0,3}(?:niet|nie) (?:weg ?gaan|weggaan|wegdrukken|weg te drukken|verdwijnen)|stijve nek|nekstijf\w*"
# the airway blocked or failing
AIRWAY_SIGN = (r"(?:hoest|huilt|ademt|praat) (?:\S+ ){0,2}(?:niet|nie) (?:meer|goed)|(?:wordt|werd|worden) (?:\S+ )?blauw|blauw (?:aangelopen|rond)|"
               r"(?:lippen|lipjes|mond|gezicht) (?:\S+ ){0,3}(?:blauw|grauw|grijs|wit)\b|piep\w*|"
               r"(?:kan|kon) (?:\S+ ){0,2}(?:niet|nie|bijna niet|nauwelijks|amper) (?:meer )?(?:praten|ademen|huilen|slikken|zeggen)|geen hele zinnen|"
               r"benauwd|(?:houdt|hield) (?:zijn|haar) keel vast|kwijlt|naar adem|(?:lange )?pauzes|ademt (?:\S+ )?(?:heel |erg )?(?:langzaam|raar|zwaar)")
AIRWAY_CAUSE = (r"keel|luchtpijp|astma\w*|puffer|ingeademd|ingeslikt|verslikt|stikt|gestikt|allergi\w*|gestoken|pinda\w*|noot|noten|druif|muntje|kraal|knikker|"
                r"ballon|snoepje|dopje|stukje|stuk|(?:\S+ )?aanval|lachgas|wodka|drank|gedronken|feest\w*|genomen|geslikt|gegeten|koortsstuip|stuip|epilep\w*|schokt|slap|baby\w*")
# a fit that goes on or comes back
SEIZURE = r"(?:epileptische |epilepsie ?)?aanval\w*|(?:koorts)?stuip\w*|schokt|schokken|te schokken|epilep\w*"
SEIZURE_ON = (r"(?:niet|nie) (?:op ?houdt|ophoudt|stopt|over ?gaat|overgaat)|(?:al|ruim|nu al) (?:\S+ )?(?:\d+|twee|drie|vier|vijf|zes|zeven|tien|vijftien) minuten|"
              r"meteen weer|nog een|weer een|(?:komt|kwam) (?:\S+ ){0,2}(?:niet|nie) bij|blauw|houdt (?:\S+ )?(?:niet|nie) op")
# something that was taken: drugs, drink, medicine, a poison
SUBSTANCE = (r"pillen|pil|pilletje|\w*tabletten|medicatie|medicijn\w*|paracetamol|ibuprofen|oxazepam|lachgas|spacecake\w*|joint|wiet|hasj|paddo\w*|paddenstoel\w*|"
             r"hoestdrank|alcohol|wodka|drank|sterke drank|cilinders|ballonnen|afvalpil\w*|xtc|mdma|ghb|coke|cocaine|ketamine|drugs|iets")
TAKE_ANY = (r"gedaan|gebruikt|genomen|geslikt|ingenomen|gegeten|gedronken|gesnoven|gerookt|leeggedronken|leeggemaakt|opgedronken|doorgeslikt|"
            r"op heeft|op had|(?:\S+ )?binnen gekregen")
# signs that what was taken is dangerous now
SEVERE_SIGN = (r"hart (?:\S+ ){0,3}(?:snel|raar|tekeer|bonkt|bonst|racet|overslaat|onregelmatig|slaat over)|hartslag (?:\S+ ){0,2}(?:hoog|snel)|trill\w*|trilt|schokt|schokken|"
               r"(?:niet|nie) (?:meer )?wakker|ademt (?:\S+ )?(?:heel |erg )?(?:langzaam|raar|zwaar|nauwelijks)|(?:lange )?pauzes|ogen (?:\S+ )?weg ?(?:draaien|gedraaid|draait)|"
               r"reageert (?:\S+ ){0,2}(?:niet|nie|nergens|traag)|flauw\w*|neergevallen|in elkaar gezakt|bewusteloos|(?:voel|voelt) (?:\S+ ){0,2}(?:benen|armen|lijf) (?:\S+ )?(?:niet|nie)|gevoelloos|verdoofd|"
               r"(?:zie|ziet) (?:\S+ )?alles (?:raar|dubbel)|hallucin\w*|verward|(?:4[01]|3[9])(?:[,.]\d)? graden|kaken|zweet (?:\S+ )?(?:enorm|heel|erg)|gekke kleur|blauw|grauw|"
               r"(?:bloed|bloedt) (?:\S+ )?(?:overgeven|overgegeven|spugen|gespuugd)|benauwd|pijn op de borst|heel (?:slaperig|suf|bleek|wit|koud)|(?:slaperig|suf) en|valt (?:\S+ )?in slaap|praat (?:\S+ )?(?:heel )?traag")
# heavy bleeding
HEAVY_BLEED = (r"bloed (?:\S+ ){0,2}spuit|spuit (?:\S+ ){0,2}bloed|(?:het )?bloed spuit|bloedt (?:\S+ ){0,4}door (?:de|het) (?:handdoek|verband|doek|theedoek)|doorweekt|"
               r"(?:bloed|bloedt|bloeden|bloedverlies) (?:\S+ ){0,2}(?:heel|erg|zo|super|enorm|ontzettend) (?:veel|erg|hard)|(?:heel|erg|super|zoveel|zo veel) (?:veel )?bloedverlies|"
               r"(?:braakt|spuugt|kotst|hoest|geeft) (?:\S+ ){0,2}bloed\b|bloed (?:\S+ )?(?:overgeven|overgegeven|opgegeven|spugen)|blijft (?:maar )?(?:lopen|bloeden)|stopt (?:\S+ )?(?:niet|nie) met bloeden")
# a scald or burn with blisters
BURN = r"(?:grote|dikke|veel) blar\w*|blaren|blaar|kokend (?:\S+ )?(?:water|heet)|(?:hele|halve) (?:borst|arm|rug|been|buik) (?:\S+ ){0,3}(?:rood|verbrand)"
BURN_CAUSE = r"kokend\w*|heet|hete|verbrand\w*|waterkoker|thee|soep|frituur\w*|vet|strijk\w*|vuur|aansteker|oven|fornuis|pan"

# a child alone or out without anybody who looks after them
ALONE = (r"alleen (?:thuis|zijn|in huis|gelaten|achtergelaten)|(?:laat|liet|laten) (?:\S+ ){0,3}alleen(?: thuis)?|niemand (?:\S+ ){0,2}(?:die )?(?:op (?:ze|hen|hem|haar|de kinderen) )?(?:kan |kon )?(?:passen|oppassen)|"
         r"(?:papa|mama|vader|moeder|ouders|pa|ma) (?:is|zijn) (?:\S+ ){0,2}(?:niet|nie) thuis|(?:papa|mama|vader|moeder|ouders|pa|ma) (?:is|zijn) (?:\S+ )?weg\b")
YOUNG_AGE = (r"(?:kinderen|kids|kindjes|kinders) van (?:[1-9]|1[0-2])\b|(?:jongste|kleinste) (?:\S+ )?is (?:[1-9]|twee|drie|vier|vijf|zes)\b|ik ben (?:[4-9]|1[0-2]|elf|tien|negen|acht)\b|"
             r"(?:kind|zoon|dochter|broertje|zusje|jongen|meisje) van (?:[1-9]|1[0-2])\b|\b(?:[1-9]|1[0-2]) jaar\b|baby|peuter|kleuter|dreumes|kindje\w*")
# why nobody is with them: a parent in hospital, in the pub, abroad, in jail, gone, or the night
NOBODY_THERE = (r"ziekenhuis|opgenomen|kroeg|cafe|uitgaan|stappen|feest|buitenland|duitsland|vakantie|vast|gevangenis|cel|politie|weg|vertrokken|"
                r"vannacht|nacht|nachts|donker|avond|avonds|al uren|uren|sinds (?:vanochtend|vanmiddag|gisteren)|honger|bang")
# a child missing now
MISSING_NOW = (r"(?:niet|nie|nooit) (?:\S+ ){0,2}(?:thuisgekomen|thuis gekomen|aangekomen|teruggekomen|terug gekomen)|nergens (?:meer )?te vinden|nergens (?:\S+ )?(?:gevonden|te bekennen)|"
               r"(?:zoek|zoeken|zoekt|zochten|gezocht) (?:\S+ ){0,3}(?:al|sinds) (?:een |twee |drie |\d+ )?(?:half )?(?:uur|uren|kwartier)|"
               r"(?:is|zijn) (?:\S+ ){0,3}(?:zoek|kwijt) (?:sinds|al)|(?:sinds|al) (?:een |twee |\d+ )?(?:half )?(?:uur|uren|kwartier) (?:\S+ ){0,2}(?:zoek|kwijt|weg)|"
               r"(?:is|zijn) (?:er )?(?:\S+ )?nog (?:steeds )?(?:niet|nie) (?:thuis|terug)|had (?:\S+ ){0,4}thuis moeten zijn")
MISSING_RISK = (r"donker|avond|avonds|nacht|nachts|vannacht|negen uur|tien uur|elf uur|\d+ uur|telefoon (?:\S+ ){0,2}uit|(?:niet|nie) (?:meer )?bereikbaar|neemt (?:\S+ ){0,3}(?:niet|nie) op|"
                r"(?:niet|nie) bij (?:vrienden|een vriend\w*)|paniek|kanaal|water|rivier|man|gast|auto|drugs|ouders denken|gisteravond|sinds gisteren|(?:is|ze is|hij is) (?:[5-9]|1[0-5])\b|van (?:[5-9]|1[0-5])\b|\((?:[5-9]|1[0-5])\)")
# an adult met online, tonight, in secret
ONLINE_CONTACT = (r"(?:van|via|op) (?:insta\w*|instagram|snap\w*|snapchat|tiktok|discord|internet|whatsapp|een app|een chat|een forum|een game|fortnite|roblox)\b|online|"
                  r"die ik (?:\S+ )?(?:niet|nie) ken|onbekend nummer|vreemde man|onbekende man|gamevriend\w*|vriend van internet")
MEET = (r"ophalen|ophaalt|op te halen|opgehaald|komt (?:\S+ ){0,3}halen|afspreken|afgesproken|afspreekt|opwacht\w*|naar (?:hem|zijn huis) (?:toe )?(?:gaan|ga|gaat)|hotel\w*|"
        r"in (?:zijn|zn|z'n|de) auto|blijf slapen|blijven slapen|instappen|stappen|logeren|naar een man|bij een gast|komt (?:\S+ )?naar")
GROOM_RISK = (r"(?:niks|niets|niet|nie) (?:\S+ ){0,2}(?:tegen|aan) (?:mijn|mn|je|haar|zijn|de) ouders|(?:niet|nie) (?:\S+ )?(?:vertellen|zeggen)|geheim|niemand (?:\S+ )?(?:mag|weet)|weten het (?:\S+ )?(?:niet|nie)|"
              r"verwijder\w*|telefoon thuis|(?:is|van|hij is) (?:[2-6]\d)\b|[2-6]\d jaar|volwassen|veel ouder|oudere|man\b|kleren|geld gestuurd|kloppen (?:niet|nie)")
# a drunk or drugged adult about to drive a child or take it along
INTOXICATED = (r"dronken|onder invloed|ruikt (?:\S+ ){0,2}naar (?:drank|alcohol)|(?:kan|kon) (?:\S+ ){0,2}(?:nauwelijks|niet|nie|bijna niet) (?:meer )?(?:staan|lopen)|"
               r"staat (?:niet|nie) op (?:haar|zijn|d'r|z'n|d) ?benen|(?:viel|valt) (?:\S+ )?bijna (?:om|van)|waggelt|blikje bier|gedronken")
DRIVE_CHILD = r"in de auto|met de auto|wegrijden|weg ?rijden|wil rijden|gaat rijden|naar (?:zijn|haar) auto|kinderzitje|auto (?:\S+ )?zetten|meeneemt|mee ?nemen"

# ---------------- suicide in other words ---------------------------------------------------------
# "er niet meer zijn" tied to a moment: "morgen ben ik er niet meer", "na vanavond ben ik er niet meer"
WHEN = (r"morgen|overmorgen|vanavond|vannacht|straks|binnenkort|dan|daarna|na (?:vanavond|vandaag|vannacht|dit weekend|de kerst|kerst|school|de vakantie)|"
        r"maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|volgende week|als (?:je|jullie|u) dit leest|niet lang meer|lang meer")
# a question about heights, depths or ways that is about one's own death
LETHAL_QUESTION = (r"hoe hoog|hoogste|hoe diep|diepst\w*|van (?:heel |zo )?hoog (?:valt|springt|vallen|springen|val|spring)|"
                   r"(?:niet|nie) (?:te )?overleven|om het (?:niet|nie) te overleven")
LETHAL_QUESTION_SELF = r"overleven|mezelf|mijzelf|voor mij|vanavond|vannacht|(?:niet|nie) (?:kan )?zwemmen|in (?:1|een|één) ?(?:x|keer)|goed gaat|niks voel\w*|pijn doet|\bik wil\b"
