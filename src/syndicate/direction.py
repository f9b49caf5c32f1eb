"""The direction of a change: a translation that says a figure fell where its source says it
rose, or rose where it fell (`Inflation rose to 3.2% in May.` → `Die Inflation sank im Mai auf
3,2 %.`), publishes the opposite of the news with every number right.

Each side is read with word lists of its language, English, German, French, Spanish, Italian,
Dutch, Portuguese, Russian, Polish, Czech and Indonesian: the verbs, nouns and phrases of rising and falling, in
their inflected forms (Russian and Polish verbs in both aspects, each past by gender and
number: вырос, выросла, выросли; wzrósł, wzrosła, wzrosły). There are more ways to say a change
than any list holds, so only a clear case is reported, as a warning: the source says one
direction and nothing of the other, the translation the other one and nothing of the first.
Reading a side:

* a word is a change only in the sense of a quantity. `rose`, `fell`, `Anstieg` are when the
  sentence is about one (an amount such as 3.2% or €4 million, or a noun such as prices, shares,
  Inflation); `grew`, `gained`, `lost` only with an amount after them (`grew 2%`, not `grew
  tired`), `cut` and `raised` with one after what they act on (`cut its key rate by 0.25
  points`), `up` and `down` only right before it (`up 4%`, not `up to 4%`). A level (`the
  lowest since 2008`, `el nivel más bajo`, `Höchststand`) says no change. Idioms are no change
  (`fell ill`, `rose to power`, `declined to comment`, `Rise of the robots`), and neither is a
  capitalised word inside a sentence outside German (a name: Rose, Fall River);
* every word of either direction counts against the other, whatever its sense, together with
  words that only lean one way (higher, growth, slowed, Erholung): a side with both says both;
* a change negated in its clause (`did not rise`, `stieg nicht`) or held back, reversed or set
  against another (`halted the rise`, `rather than`, `au lieu de`) leaves the side unread;
* a short quotation (a title, a word quoted) is not read: the translation may keep it as the
  source writes it, or render a title as it is known;
* German and Dutch verbs are read with their separable particle at the end of their clause:
  `stieg … an` rises, `stieg … aus` leaves, `nahm … zu` rises and `nahm … ab` falls;
* a Russian or Polish reflexive verb changes by itself (`снизился`, `obniżył się` fall), the
  same verb without it acts on a figure, as `cut` does (`снизил ставку на 0,25 п.п.`).

check.py runs `reversed_direction` with the warnings of `syndicate check`; build does not, as a
list of words cannot be sure enough to keep a story from partners.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

import regex
from babel import Locale

from .issues import Issue
from .lazy_regex import lazy_compile
from .placeholders import prose_of
from .quotes import find_quotations
from .words import CLAUSE_BREAK, NEGATIONS

Direction = Literal["rise", "fall"]
_OPPOSITE: dict[Direction, Direction] = {"rise": "fall", "fall": "rise"}

# How a word says a change of a quantity:
#   quantity: when its sentence is about a quantity (an amount in it, or a noun of one)
#   amount:   only with an amount after it in its clause, past fillers (by, to, sharply, about);
#             without one it still leans that way: `grew tired` says no change, but a side
#             that has it may mean a rise
#   object:   only with an amount after it in its clause, past whatever it acts on, after a filler
#             (cut its key rate by 0.25 points, erhöhte den Leitzins um 0,25 Punkte, not raised
#             $50 million), and only then does it lean: cut prices says no change
#   next:     only with an amount after it past approximations (about, nearly, an article), and
#             only then does it lean either way: up 4% but not up to 4%, lost 3% but not lost a vote
#   lean:     never says a change alone, but a side that has one may mean its direction
Tier = Literal["quantity", "amount", "object", "next", "lean"]
_Entry = tuple[Direction, Tier]  # a word's
_Phrase = tuple[tuple[str, ...], Direction, Tier]  # its words in lower case
_Ending = tuple[str, Direction, Tier]  # of a compound

_WORD = lazy_compile(r"\p{L}+(?:\p{M}+\p{L}*)*|\p{N}+(?:[.,'’\u00a0\u202f]\p{N}{3})*(?:[.,]\p{N}+)?|[%‰°$€£¥]")
# Between two words: what ends a clause, and what starts a sentence (after which a word may be capitalised).
_SENTENCE_BREAK = lazy_compile(r"[.!?:;…“„«‹\"‘(\[–—\u2029\n]|\s[-‐]\s")
_CURRENCIES = frozenset("$ € £ ¥ usd eur gbp chf jpy".split())
# What stands after a number to make it an amount, in every language read (none is a word of another;
# п and б are of the abbreviations п.п. and б.п., percentage and basis points).
_UNITS = frozenset(
    "% ‰ ° percent pct per_cent percentage basis point points bp bps cent cents pence euro euros dollar dollars pound pounds "
    "yen yuan franc francs million millions billion billions trillion bn degrees usd eur gbp chf "
    "prozent prozentpunkt prozentpunkte prozentpunkten punkt punkte punkten zähler basispunkte mio mrd millionen milliarde "
    "milliarden grad pour_cent centimes milliard milliards degrés por_ciento puntos punto millones millón céntimos centavos "
    "dólares grados per_cento punti milioni milione miliardi miliardo centesimi dollari gradi procent procentpunt "
    "procentpunten punt miljoen miljard graden por_cento pontos ponto milhões milhão bilhões bilhão reais graus "
    "процент процента процентов процентного процентных пункт пункта пунктов п б млн млрд трлн тыс миллион миллиона "
    "миллионов миллиард миллиарда миллиардов рубль рубля рублей руб долларов долл евро юаней градуса градусов "
    "proc procenta procentu punkty punktów punktu pkt pp mln mld bln tys milion miliona milionów miliard miliarda "
    "miliardów złotych zł dolarów franków stopni stopnie procenta procentního procentních procentní bod bodu body bodů "
    "korun koruny kč eur dolarů persen poin juta miliar triliun rupiah rp dolar"
    .replace("_", " ").split(" ")
)
_TWO_WORD_UNITS = frozenset({("per", "cent"), ("pour", "cent"), ("por", "ciento"), ("per", "cento"), ("por", "cento")})
_SHORT_QUOTATION = 4  # words: a title or a word quoted, not what someone said
# Tokens searched for the amount after a word of the `amount` or `object` tier: room for an
# object with its complement before a filler (su tipo de interés de referencia en 0,25 puntos).
_AFTER_A_WORD = 8


@dataclass(frozen=True)
class _Family:
    """The forms of a separable verb (German, Dutch) and what each particle that may end its
    clause makes of it; with no particle there it means `default`, with another it is
    another verb (None: no change)."""

    forms: str
    default: Direction | None
    particles: Mapping[str, Direction | None] = field(default_factory=dict)
    tier: Tier = "quantity"


@dataclass(frozen=True)
class _Language:
    words: Mapping[str, _Entry]  # German nouns capitalised, all else in lower case
    phrases: Mapping[str, tuple[_Phrase, ...]]  # by first word, longest first
    endings: tuple[_Ending, ...]  # of compound nouns (Preisanstieg, koersdaling)
    families: Mapping[str, _Family]  # by finite form
    particles: frozenset[str]  # every separable particle: one ending a clause changes a verb it is not listed for
    particle_before: frozenset[str]  # Dutch: a particle also stands before these (liep op tot 3 procent)
    no_change: regex.Pattern[str]  # idioms, over the lower-case words joined by spaces, `|` between clauses
    unreadable: regex.Pattern[str]  # a change held back, reversed or set against another
    negations: frozenset[str]
    conjunctions: frozenset[str]  # which start a clause
    fillers: frozenset[str]  # between a word of the `amount` tier and its amount
    approximations: frozenset[str]  # between a word of the `next` tier and its amount
    quantities: frozenset[str]
    quantity_endings: tuple[str, ...]  # German and Dutch compounds: Verbraucherpreise, olieprijs
    nouns_capitalised: bool
    # A word, in lower case, that a text stating a change has (of a phrase, its longest), and
    # the endings of such words: a text with neither is not read.
    cues: frozenset[str]
    cue_endings: tuple[str, ...]


def _table(entries: Iterable[tuple[Direction, Tier, str]]) -> tuple[dict[str, _Entry], dict[str, list[_Phrase]], list[_Ending]]:
    """Words, phrases (written with `_` between their words) and endings (written `-anstieg`)."""
    words: dict[str, _Entry] = {}
    phrases: dict[str, list[_Phrase]] = {}
    endings: list[_Ending] = []
    for direction, tier, forms in entries:
        for form in forms.split():
            if form.startswith("-"):
                endings.append((form[1:], direction, tier))
            elif "_" in form:
                parts = tuple(form.lower().split("_"))
                phrases.setdefault(parts[0], []).append((parts, direction, tier))
            elif words.setdefault(form, (direction, tier)) != (direction, tier):
                raise ValueError(f"{form} listed twice, as {words[form]} and as {(direction, tier)}")
    return words, phrases, endings


def _language(
    entries: Iterable[tuple[Direction, Tier, str]],
    *,
    no_change: str,
    unreadable: str,
    negations: str,
    conjunctions: str,
    fillers: str,
    approximations: str,
    quantities: str,
    families: Iterable[_Family] = (),
    particles: str = "",
    particle_before: str = "",
    nouns_capitalised: bool = False,
) -> _Language:
    words, phrases, endings = _table(entries)
    by_form = {form: family for family in families for form in family.forms.split()}
    stating = [(form, tier) for form, (_, tier) in words.items()] + [
        (max(parts, key=len), tier) for found in phrases.values() for parts, _, tier in found
    ]
    return _Language(
        words=words,
        phrases={first: tuple(sorted(found, key=lambda phrase: -len(phrase[0]))) for first, found in phrases.items()},
        endings=tuple(endings),
        families=by_form,
        particles=frozenset(particles.split()),
        particle_before=frozenset(particle_before.split()),
        no_change=regex.compile(no_change),
        unreadable=regex.compile(rf"(?<!\S)(?:{'|'.join(unreadable.lower().split())})(?!\S)".replace("_", " ")),
        negations=frozenset(negations.split()),
        conjunctions=frozenset(conjunctions.split()),
        fillers=frozenset(fillers.split()) | frozenset(approximations.split()),
        approximations=frozenset(approximations.split()),
        quantities=frozenset(word for word in quantities.split() if not word.startswith("-")),
        quantity_endings=tuple(word[1:] for word in quantities.split() if word.startswith("-")),
        nouns_capitalised=nouns_capitalised,
        cues=frozenset(form.lower() for form, tier in stating if tier != "lean") | frozenset(by_form),
        cue_endings=tuple(ending for ending, _, tier in endings if tier != "lean"),
    )


def _english() -> _Language:
    return _language(
        [
            ("rise", "quantity", "rise rises rose risen rising increase increases increased increasing climb climbs climbed "
                                 "climbing soar soars soared soaring surge surges surged surging skyrocket skyrockets "
                                 "skyrocketed skyrocketing doubled doubling tripled tripling quadrupled rebounded rebounding "
                                 "jump_in jumps_in leap_in spike_in gain_in gains_in edged_up edged_higher inched_up "
                                 "inched_higher ticked_up crept_up crept_higher moved_higher on_the_rise widen widens widened "
                                 "widening"),
            ("rise", "amount", "grow grows grew grown growing jump jumps jumped jumping leap leaps leaped leapt leaping "
                               "spike spikes spiked spiking expand expands expanded expanding rebound rebounds firmed double doubles"),
            ("rise", "next", "up gain gains gained gaining add adds added adding advance advances advanced advancing rally "
                             "rallies rallied rallying rocket rockets rocketed rocketing"),
            ("rise", "object", "raise raises raised raising hike hikes hiked hiking"),
            ("rise", "lean", "higher growth recover recovers recovered recovering recovery boost boosts boosted "
                             "boosting lift lifts lifted lifting "
                             "upturn upswing upward upwards expansion increasingly"),
            ("fall", "quantity", "fall falls fell fallen falling decline declines declined declining decrease decreases "
                                 "decreased decreasing plunge plunges plunged plunging plummet plummets plummeted "
                                 "plummeting tumble tumbles tumbled tumbling slump slumps slumped slumping sink sinks sank "
                                 "sunk sinking shrink shrinks shrank shrunk shrinking halve halves halved halving nosedived "
                                 "drop_in drops_in dip_in dips_in slide_in edged_down edged_lower inched_down inched_lower "
                                 "ticked_down moved_lower on_the_decline narrow narrows narrowed narrowing"),
            ("fall", "amount", "drop drops dropped dropping dip dips dipped dipping slid slip slips slipped slipping "
                               "weakened"),
            ("fall", "next", "down lose loses lost losing slide slides sliding retreat retreats retreated retreating ease "
                             "eases eased easing shed sheds shedding contract contracts contracted contracting crash "
                             "crashes crashed dive dives dived"),
            ("fall", "object", "cut cuts cutting slash slashes slashed slashing lowered lowers reduced reduces"),
            ("fall", "lean", "lower slowed slowing slower slowdown downturn downswing downward downwards "
                             "reduce reducing reduction weaker weaken weakening contraction collapse "
                             "collapsed losses"),
        ],
        no_change=(
            r"\b(?:fall|falls|fell|fallen|falling) (?:ill|sick|asleep|silent|quiet|short|apart|victim|prey|in love|in line|"
            r"foul|flat|through|for|into|out|under|within|outside|on hard times|on deaf ears|from power|from grace|over|"
            r"to pieces|dead|behind|back on)\b"
            r"|\b(?:rise|rises|rose|risen|rising) (?:to power|to prominence|to fame|to the challenge|to the occasion|"
            r"to (?:his|her|their|its) feet|up|from the dead|from the ashes|against|above)\b"
            r"|\b(?:give|gives|gave|given|giving) rise\b|\brising stars?\b|\bhigh rise\b"
            r"|\b(?:a|the|red|white|pink|yellow|wild|single) rose\b"
            r"|\b(?:sun|moon|curtain|smoke|flames?|night|darkness|silence|dusk|snow|rain) "
            r"(?:rose|rises|rise|risen|rising|fell|falls|fall|fallen|falling)\b"
            r"|\bthe fallen\b|\bfallen (?:soldiers|heroes|comrades|leaves|trees?|angels?)\b"
            r"|\b(?:this|last|next|early|late|in the|the) fall\b(?! (?:in|of|by|to|from|\d))"
            r"|\b(?:rise|rises|fall|falls|increase|increases|decline|declines|drop|drops) of "
            r"(?!(?:about |around |nearly |almost |some |more than |over |roughly |just |up to )?(?:[$€£¥] )?\d)"
            r"|\bdeclin(?:e|es|ed|ing) to (?!(?:a|an|the|its|their|his|her|about|around|nearly|almost|some|just|below|under|"
            r"[$€£¥]|\d)\b)\S+"
            r"|\bdeclin(?:e|es|ed|ing) (?:the|an?|his|her|their|our|my|your|this|that|these|those|any|all|invitations?|"
            r"offers?|requests?)\b"
            r"|\b(?:two|both|the|first|second|its|their|in) halves\b|\bdouble (?:digits?|figures)\b"
            r"|\bpower cuts?\b|\bcut(?:s|ting)? (?:ties|off|short|out|corners|the ribbon)\b"
            r"|\bsunk costs?\b|\bdrop(?:s|ped|ping)? (?:out|off|in on|by)\b|\bstorm surge\b|\bgrow(?:s|n|ing)? up\b|\bgrew up\b"
        ),
        unreadable="rather_than instead_of as_opposed_to unlike contrary opposite halt halts halted halting stop stops "
                   "stopped stopping reverse reverses reversed reversing reversal offset offsets offsetting prevent prevents "
                   "prevented avoid avoids avoided curb curbs curbed stem stemmed counter countered fail fails failed "
                   "failing "
                   "pared trimmed erased erase wiped",
        negations=NEGATIONS["en"],
        conjunctions="and but or while whereas although though because which who when where yet",
        fillers="by to from at sharply slightly steeply modestly marginally strongly significantly substantially "
                "considerably fractionally an",
        approximations="about around nearly almost some roughly just more than over less under only as much a further "
                       "another",
        quantities="price prices cost costs inflation deflation unemployment jobless joblessness employment rate rates "
                   "share shares stock stocks index indices indexes market markets sales revenue revenues turnover profit "
                   "profits earnings income incomes wage wages pay salaries exports imports output production productivity "
                   "demand orders yield yields bond bonds currency dollar euro pound sterling yen yuan franc oil gold gdp "
                   "debt deficit spending investment investments value values valuation number numbers level levels "
                   "temperature temperatures population turnout rent rents fares tariffs consumption emissions borrowing "
                   "lending mortgage mortgages",
    )


def _german() -> _Language:
    return _language(
        [
            ("rise", "quantity", "Anstieg Anstiegs Anstiege Anstiegen -anstieg -anstiegs -anstiege -anstiegen Zuwachs "
                                 "Zuwachses Zuwächse -zuwachs -zuwachses -zuwächse Steigerung Steigerungen -steigerung "
                                 "-steigerungen Zunahme Zunahmen -zunahme Verteuerung -verteuerung Kursgewinn Kursgewinne "
                                 "Kursgewinnen Preissprung Preissprünge gestiegen angestiegen anstieg anstiegen ansteigen "
                                 "ansteigt anzusteigen steigende steigenden steigender steigendes steigendem zugenommen "
                                 "zunahm zunahmen zunimmt zunehmen zugelegt zulegte zulegten zulegen zulegt klettert "
                                 "kletterte kletterten klettern geklettert verdoppelt verdoppelte verdoppelten "
                                 "verdoppeln verdreifacht Verdopplung Verdoppelung -verdopplung -verdoppelung emporgeschossen hochgeschnellt "
                                 "im_Plus ins_Plus erhöhte_sich erhöhten_sich erhöht_sich verteuerte_sich verteuerten_sich "
                                 "verteuert_sich"),
            ("rise", "amount", "Plus"),
            ("rise", "next", "Sprung gewann gewannen gewinnt sprang sprangen springt"),
            ("rise", "object", "erhöht erhöhte erhöhten erhöhen"),
            ("rise", "lean", "Erhöhung Erhöhungen -erhöhung -erhöhungen Wachstum -wachstum Aufschwung Erholung "
                             "Höhenflug Teuerung zunehmend zunehmende "
                             "zunehmenden gewachsen wachsende wachsenden höher höhere höheren fester "
                             "aufwärts angezogen anziehen anzog anzogen in_die_Höhe nach_oben"),
            ("fall", "quantity", "Rückgang Rückgangs Rückgänge Rückgängen -rückgang -rückgangs -rückgänge -rückgängen "
                                 "Verringerung Verringerungen -verringerung Schrumpfung Einbuße Einbußen -einbuße -einbußen "
                                 "Einbusse "
                                 "Einbussen -einbusse -einbussen "
                                 "Kursverlust Kursverluste Kursverlusten Wertverlust Wertverluste Kurssturz Preissturz "
                                 "Kurseinbruch Umsatzeinbruch Gewinneinbruch Absatzeinbruch Preisverfall Kursverfall "
                                 "Verbilligung -verbilligung Talfahrt gesunken abgesunken sinkende sinkenden sinkender "
                                 "sinkendes sinkendem gefallen zurückgefallen fallende fallenden fallender fallendes "
                                 "abgenommen abnahm abnahmen abnimmt nachgegeben nachgab nachgaben nachgeben nachgibt "
                                 "zurückgegangen zurückging zurückgingen zurückgehen zurückgeht eingebrochen einbrach "
                                 "einbrachen schrumpft schrumpfte schrumpften schrumpfen geschrumpft abgerutscht abrutschte "
                                 "abgesackt eingebüßt einbüßte eingebüsst einbüsste halbiert halbierte halbierten halbieren Halbierung -halbierung "
                                 "im_Minus ins_Minus verringerte_sich verringerten_sich verringert_sich verbilligte_sich "
                                 "verbilligten_sich verbilligt_sich"),
            ("fall", "amount", "Minus stürzte stürzten stürzt"),
            ("fall", "next", "Abnahme verlor verloren verliert"),
            ("fall", "object", "gesenkt senkte senkten senkt senken kürzen kürzt kürzte kürzten gekürzt"),
            ("fall", "lean", "Senkung Senkungen -senkung -senkungen Minderung Einbruch Sturz Absturz Verfall Abschwung "
                             "Abschwächung Flaute Delle Dämpfer "
                             "Kürzung Kürzungen -kürzung -kürzungen verringert "
                             "verringerte verringerten niedriger niedrigere niedrigeren "
                             "tiefer schwächer leichter abwärts verlangsamt verlangsamte abgeschwächt nach_unten "
                             "in_den_Keller"),
        ],
        families=[
            _Family("steigt steigen stieg stiegen stiege", "rise", {"an": "rise", "hoch": "rise"}),
            _Family("fällt fallen fiel fielen fiele", "fall", {
                "ab": "fall", "zurück": "fall", "leicht": None, "schwer": None, "opfer": None, "gewicht": None, "ohnmacht": None,
            }),
            _Family("sinkt sinken sank sanken", "fall", {"ab": "fall"}),
            _Family("nimmt nehmen nahm nahmen", None, {"zu": "rise", "ab": "fall"}),
            _Family("legt legen legte legten", None, {"zu": "rise"}),
            _Family("gibt geben gab gaben", None, {"nach": "fall"}),
            _Family("geht gehen ging gingen", None, {
                "zurück": "fall", "höhe": "rise", "oben": "rise", "unten": "fall", "keller": "fall",
            }),
            _Family("bricht brechen brach brachen", None, {"ein": "fall"}),
            _Family("zieht ziehen zog zogen", None, {"an": "rise", "höhe": "rise"}),
            _Family("schießt schießen schiesst schiessen schoss schossen", None,
                    {"höhe": "rise", "oben": "rise", "hoch": "rise"}),
            _Family("schnellt schnellen schnellte schnellten", "rise", {"höhe": "rise", "oben": "rise", "hoch": "rise"}),
            _Family("rutscht rutschen rutschte rutschten", "fall", {"ab": "fall", "keller": "fall", "unten": "fall"}),
            _Family("sackt sacken sackte sackten", "fall", {"ab": "fall"}),
            _Family("büßt büßen büßte büßten büsst büssen büsste büssten", None, {"ein": "fall"}),
            _Family("wächst wachsen wuchs wuchsen", "rise"),
        ],
        particles="an auf aus ab ein um zu nach zurück vor weg bei durch hoch herab hinab herunter hinunter herauf hinauf "
                  "empor zusammen heraus hinaus herein hinein los fest",
        no_change=(
            r"\b(?:entscheidung|entscheidungen|würfel|schüsse|schuss|schüssen|tor|tore|treffer|wahl|startschuss|vorhang|"
            r"groschen|worte|schnee|regen|hammer|nacht|dunkelheit) (?:fiel|fielen|fällt|fallen|gefallen|ist gefallen)\b"
            r"|\b(?:fiel|fielen|fällt) (?:die|der|das|den) (?:entscheidung|würfel|schüsse|tore|treffer|wahl|startschuss|"
            r"vorhang|groschen|schnee|regen|nacht)\b"
            r"|\b(?:fällt|fiel|fielen|fallen) unter\b|\bauf fruchtbaren boden\b|\b(?:wuchs|wuchsen|wächst|wachsen) (?:\S+ )?auf\b"
            r"|\b(?:schwer|leicht) (?:fiel|fielen|fällt|fallen|gefallen)\b|\bgewachsen (?:sein|ist|war|sind|waren)\b"
            r"|\b(?:über sich hinaus|ins auge|in die augen)\b|\S*versteigerung\S*"
        ),
        unreadable="statt anstatt stoppen stoppte stoppten gestoppt bremsen bremste bremsten gebremst umkehren umgekehrt "
                   "kehrte kehrten Trendwende trendwende verhindern verhinderte verhindert aufhalten aufgehalten "
                   "ausgleichen ausgeglichen glich wettmachen wettgemacht zunichte entgegen gegensatz",
        negations=NEGATIONS["de"],
        conjunctions="und oder aber sondern denn doch sowie während weil nachdem bevor obwohl wenn dass",
        fillers="um auf von bis zu gut kräftig deutlich leicht stark weitere weiteres erneut noch satte satten",
        approximations="rund etwa fast knapp mehr als über unter weniger nur gerade ca zirka circa annähernd beinahe",
        quantities="-preis -preise -preisen -kosten -inflation -teuerung -arbeitslosigkeit -quote -rate -zins -zinsen -kurs "
                   "-kurse -kurses -aktie -aktien -index -dax -umsatz -umsätze -gewinn -gewinne -ertrag -erträge -einnahmen "
                   "-erlös -erlöse -lohn -löhne -gehälter -export -exporte -ausfuhr -ausfuhren -import -importe -einfuhren "
                   "-produktion -nachfrage -auftragseingang -aufträge -rendite -renditen -wert -werte -zahl -zahlen "
                   "-temperatur -temperaturen -bevölkerung -beteiligung -schulden -verschuldung -defizit -ausgaben "
                   "-investitionen -wachstum -niveau -bip -wirtschaftsleistung -mieten -miete -euro -dollar -gold -öl",
        nouns_capitalised=True,
    )


def _french() -> _Language:
    return _language(
        [
            ("rise", "quantity", "hausse hausses augmentation augmentations augmente augmentent augmenté augmentée augmentés "
                                 "augmentées augmentait augmentaient augmentera augmenteront augmenter augmentant "
                                 "augmenterait "
                                 "progresse progressent progressé progressait progressaient progressera progresser "
                                 "progressant "
                                 "progression grimpe grimpent grimpé grimpait grimpaient grimpera grimper bondi bondit "
                                 "bondissent envolé envolée envolés envolées envole envolent flambé flambée flambe flambent "
                                 "accru accrue accrus accrues accroît accroissement renchéri renchérit renchérissement "
                                 "rebondi rebondit rebond en_hausse à_la_hausse fait_un_bond"),
            ("rise", "amount", "monté monte montent montée bond"),
            ("rise", "next", "gagné gagne gagnent gagnait gagnera avancé avance avancent avançait"),
            ("rise", "object", "haussé relevé relève relever"),
            ("rise", "lean", "croissance croît croissent hausser relèvement reprise "
                             "redressement "
                             "embellie essor majoration doublé plus_haut plus_élevé plus_élevée plus_élevés plus_élevées"),
            ("fall", "quantity", "baisse baisses baissé baissée baissés baissées baissent baissait baissaient baissera "
                                 "baisser baissant diminution diminutions diminue diminuent diminué diminuée diminués "
                                 "diminuées diminuait diminuera diminuer recul reculs reculé recule reculent reculait "
                                 "reculera reculer chute chutes chuté chutent chutait chutera chuter plongé plonge plongent "
                                 "plongeon dégringolé dégringole dégringolent dégringolade repli en_baisse à_la_baisse "
                                 "en_recul en_repli divisé_par_deux divisée_par_deux divisés_par_deux divisées_par_deux divise_par_deux "
                                 "divisent_par_deux diviser_par_deux réduit_de_moitié réduite_de_moitié réduits_de_moitié "
                                 "réduites_de_moitié réduire_de_moitié réduisent_de_moitié réduira_de_moitié"),
            ("fall", "amount", "tombé tombée tombés tombées tombe tombent tombait tombera effondré effondrée effondre cédé "
                               "cède cèdent cédait fléchi fléchit"),
            ("fall", "next", "replié contracté contractée perdu perdue perd perdent perdait lâché lâche abandonné abandonne "
                             "glissé glisse"),
            ("fall", "object", "réduit réduite réduire réduisent réduisait abaissé abaisse abaissent abaisser"),
            ("fall", "lean", "contraction effondrement fléchissement ralenti ralentissement ralentit réduction "
                             "plus_bas plus_basse creux"),
        ],
        no_change=(
            r"\b(?:hausse|haussé|hausser|haussent) (?:le ton|les épaules|les sourcils)\b"
            r"|\b(?:baisse|baissé|baisser|baissent|baissait) (?:les bras|la garde|le rideau|les yeux|la tête|pavillon)\b"
            r"|\bchute (?:du gouvernement|du régime|du mur|de neige|de neiges|de pierres|du président|de cheval)\b"
            r"|\bchutes (?:de neige|du niagara)\b|\bplong\w* dans\b|\bprendre du recul\b|\bpris du recul\b"
            r"|\btomb\w* (?:malade|amoureux|amoureuse|d accord|dans|sous|au combat|en panne|à l eau|de haut|des nues)\b"
            r"|\b(?:la nuit|le rideau|la neige|la pluie) tombe\b|\bmont\w* (?:sur|dans|à bord|au créneau|en puissance)\b"
            r"|\bgagn\w* (?:les élections|la guerre|le match|la partie)\b|\bperd\w* (?:les élections|la vie|la guerre|le match)\b"
            r"|\bcontract\w* (?:un|une|des)\b|\bcéd\w* (?:à|la place|le pas)\b|\breprise (?:en main|des cours|du travail)\b"
            r"|\b(?:le|la|les|au|aux|du|des|son|sa|ses|leur|leurs) plus (?:haut|haute|hauts|hautes|bas|basse|basses|"
            r"élevé|élevée|élevés|élevées)\b"  # a level: au plus bas, le niveau le plus élevé
        ),
        unreadable="au_lieu_de au_lieu_d plutôt_que plutôt_qu contrairement enrayer enrayé enrayée freiner freiné freinée "
                   "stopper stoppé stoppée inverser inversé inversée inversion empêcher empêché éviter évité compenser "
                   "compensé compensée effacé effacer endiguer endigué mettre_fin mis_fin",
        negations=NEGATIONS["fr"],
        conjunctions="et mais ou car tandis puisque lorsque quand qui alors",
        fillers="de d à jusqu environ près légèrement fortement nettement encore seulement quasiment autour un une",
        approximations="presque quelque quelques plus moins que",
        quantities="prix coût coûts inflation chômage taux action actions titre titres bourse indice indices cac marché "
                   "marchés ventes chiffre bénéfice bénéfices profits revenus recettes salaire salaires exportations "
                   "importations production demande commandes rendement rendements valeur valeurs nombre température "
                   "températures population participation dette déficit dépenses investissements croissance cours pétrole "
                   "pib niveau loyers euro dollar yen consommation emploi inscrits",
    )


def _spanish() -> _Language:
    return _language(
        [
            ("rise", "quantity", "sube suben subió subieron subido subida subidas subía subían subirá subirán subiría subir "
                                 "subiendo aumenta aumentan aumentó aumentaron aumentado aumentaba aumentará aumentar "
                                 "aumentando aumento aumentos incrementa incrementan incrementó incrementaron incrementado "
                                 "incremento incrementos alza alzas repunta repuntó repuntaron repunte encareció "
                                 "encarecieron encarecimiento revalorizó revalorizaron revalorización duplicó duplicaron duplica duplican "
                                 "duplicado duplicar duplicará "
                                 "al_alza en_alza se_disparó se_dispararon se_dispara se_disparan ha_disparado "
                                 "han_disparado"),
            ("rise", "amount", "crece crecen creció crecieron crecido crecía crecerá crecer creciendo"),
            ("rise", "next", "escala escaló avanza avanzó avanzaron avanzado gana ganó ganaron ganado"),
            ("rise", "object", "elevó elevaron eleva elevan elevar elevará ha_elevado han_elevado"),
            ("rise", "lean", "crecimiento recuperación recuperó recupera más_alto más_alta más_altos "
                             "más_altas elevación"),
            ("fall", "quantity", "bajó bajaron bajado bajada bajadas bajaba bajará bajan bajando cayó cayeron caído caída "
                                 "caídas caía descendió descendieron desciende descienden descendido descenso disminuye "
                                 "disminuyen disminuyó disminuyeron disminuido disminución disminuir retrocede retroceden "
                                 "retrocedió retrocedieron retrocedido retroceso desplome desplomado desplomó desplomaron "
                                 "abarató abarataron abaratamiento a_la_baja en_baja se_contrajo se_redujo se_redujeron "
                                 "redujo_a_la_mitad redujeron_a_la_mitad reducido_a_la_mitad reducida_a_la_mitad "
                                 "reducir_a_la_mitad reduce_a_la_mitad reducen_a_la_mitad reducirá_a_la_mitad"),
            ("fall", "amount", "cae caen caerá caer cayendo se_hundió se_hundieron"),
            ("fall", "next", "cedió cedieron cede pierde pierden perdió perdieron perdido"),
            ("fall", "object", "recortó recortaron recorta recortan recortar recortará ha_recortado han_recortado redujo "
                               "redujeron reduce reducen reducir reducirá ha_reducido han_reducido rebajó rebajaron"),
            ("fall", "lean", "baja bajas bajar hundimiento recorte recortes reducción "
                             "desaceleración desaceleró moderó contracción más_bajo más_baja más_bajos más_bajas"),
        ],
        no_change=(
            r"\bsub\w* (?:a|al) (?:bordo|escenario|podio|poder|trono|tren|avión|coche|autobús|estrado)\b"
            r"|\b(?:cayó|cayeron|caído|cae|caen|caer|caía) (?:enfermo|enferma|en la cuenta|en manos|en desgracia|en el olvido|"
            r"en la trampa|la noche|el gobierno|del caballo)\b|\bcaída (?:del gobierno|del muro|del régimen|de cabello|libre)\b"
            r"|\bde baja\b|\bdescenso a (?:segunda|primera)\b|\bgan\w* (?:las elecciones|el partido|la guerra)\b"
            r"|\bperd\w* (?:la vida|las elecciones|el partido)\b|\bced\w* (?:a la|el paso|ante)\b"
            r"|\b(?:el|la|los|las|lo|al|del|su|sus)(?: [^\s|]+)? más (?:alt|baj)[oa]s?\b"  # a level: el nivel más bajo
        ),
        unreadable="en_lugar_de en_vez_de a_diferencia frenar frenó frenado frenaron detener detuvo detenido revertir "
                   "revirtió evitar evitó evitado compensar compensó compensado contener contuvo borró borrar",
        negations=NEGATIONS["es"],
        conjunctions="y e pero o u mientras aunque cuando porque",
        fillers="un una el la del al a en hasta de ligeramente fuertemente",
        approximations="casi cerca alrededor unos unas más menos que solo sólo apenas un una el",
        quantities="precio precios coste costes costo costos inflación ipc desempleo paro tasa tasas tipo tipos acción "
                   "acciones títulos bolsa índice ibex mercado mercados ventas facturación beneficio beneficios ganancias "
                   "ingresos salario salarios sueldos exportaciones importaciones producción demanda pedidos rentabilidad "
                   "rendimiento valor número cifra cifras temperatura temperaturas población participación deuda déficit "
                   "gasto gastos inversión inversiones crecimiento cotización petróleo pib nivel alquileres euro dólar "
                   "consumo empleo",
    )


def _italian() -> _Language:
    return _language(
        [
            ("rise", "quantity", "aumenta aumentano aumentato aumentata aumentati aumentate aumentava aumentavano aumenterà "
                                 "aumentare aumentando aumentò aumento cresce crescono cresciuto cresciuta cresciuti "
                                 "cresciute cresceva crescerà crescere crebbe sale salgono salito salita saliti salite "
                                 "saliva "
                                 "salirà salire salendo salì rialzo rialzi balzo balzato balzata balzati balzate balza balzano "
                                 "impennata impennate "
                                 # the subjunctive, after si prevede che, si stima che
                                 "aumentino cresca crescano salga salgano "
                                 "rincaro rincari rincara rincarano rincarato rincarata rincarati rincarate incremento "
                                 "incrementi raddoppiato raddoppiata raddoppiati raddoppiate raddoppia raddoppiano raddoppiare raddoppierà "
                                 "raddoppiò lievitato lievitati "
                                 "lievitano in_aumento in_crescita al_rialzo in_rialzo"),
            ("rise", "amount", "aumenti"),
            ("rise", "next", "guadagna guadagnano guadagnato guadagnava avanza avanzato schizzato volato"),
            ("rise", "object", "alzato alzata alzati alzate alza alzano alzò alzare alzerà"),
            ("rise", "lean", "crescita ripresa rimbalzo più_alto più_alta più_alti più_alte"),
            ("fall", "quantity", "cala calano calato calata calati calate calava calerà calare calò calo cali scende "
                                 "scendono "
                                 "sceso scesa scesi scese scendeva scenderà scendere scendendo diminuisce diminuiscono "
                                 "diminuito diminuita diminuiti diminuite diminuiva diminuirà diminuire diminuzione "
                                 "diminuzioni ribasso ribassi crolla crollano crollato crollata crollati crollate crollo crolli flessione "
                                 "calino scenda scendano diminuisca diminuiscano crollino "
                                 "contrazione dimezzato dimezzata dimezzati dimezzate dimezza dimezzano dimezzava dimezzerà dimezzare "
                                 "dimezzò dimezzamento in_calo in_discesa in_ribasso al_ribasso in_flessione"),
            ("fall", "amount", "cade cadono caduto caduta caduti"),
            ("fall", "next", "perde perdono perso persa cede cedono ceduto arretra arretrato precipita precipitato"),
            ("fall", "object", "ridotto ridotta ridotti ridotte riduce riducono ridusse ridurre ridurrà tagliato tagliata "
                               "tagliati tagliate taglia tagliano tagliò tagliare taglierà abbassato abbassata abbassa "
                               "abbassano abbassò abbassare"),
            ("fall", "lean", "discesa rallentamento rallenta rallentato frenata più_basso più_bassa più_bassi "
                             "più_basse riduzione taglio tagli"),
        ],
        no_change=(
            r"\b(?:sal\w*) (?:sul|sulla|sugli|a bordo|in cattedra|al potere|al trono|in macchina|in auto)\b"
            r"|\b(?:scend\w*|sces\w*) (?:in campo|in piazza|in strada|in politica|a patti|dal|dalla|dall)\b"
            r"|\bcadut\w* (?:del governo|del muro|del regime|in battaglia)\b|\bcad\w* (?:in battaglia|in disgrazia|nel vuoto)\b"
            r"|\bcresc\w* (?:a|in) (?=[a-z])(?!\d)\S+ (?:città|paese|famiglia)\b"
            r"|\bcroll\w* (?:del ponte|dell edificio|della casa)\b"
            r"|\bperd\w* (?:la vita|le elezioni|la partita)\b|\bguadagn\w* (?:tempo|terreno)\b|\bced\w* (?:il passo|a)\b"
            r"|\b(?:del|di|il|al|col|nel|sul) sale\b"
            r"|\b(?:il|lo|la|i|gli|le|al|allo|alla|ai|agli|alle|del|dello|della|dei|degli|delle|suo|sua|suoi|sue)(?: [^\s|]+)? "
            r"più (?:alt|bass)[oaie]\b"  # a level: il livello più basso
        ),
        unreadable="invece_di invece_che anziché piuttosto_che a_differenza frenare frenato frenò fermare fermato fermò "
                   "arrestare invertire invertito inversione evitare evitato compensare compensato cancellato bloccare",
        negations=NEGATIONS["it"],
        conjunctions="e ed ma o mentre perché quando sebbene",
        fillers="dello della di dell allo alla a fino leggermente",
        approximations="circa quasi oltre più meno un una appena solo il lo l del al",
        quantities="prezzo prezzi costo costi inflazione disoccupazione tasso tassi azione azioni titolo titoli borsa "
                   "indice indici ftse mercato mercati vendite fatturato utile utili profitti ricavi entrate salario salari "
                   "stipendi esportazioni export importazioni produzione domanda ordini rendimento rendimenti spread valore "
                   "numero cifra temperatura temperature popolazione affluenza debito deficit spesa investimenti crescita "
                   "quotazione quotazioni petrolio pil livello affitti euro dollaro consumi occupazione",
    )


def _dutch() -> _Language:
    return _language(
        [
            ("rise", "quantity", "gestegen stijgende stijging stijgingen -stijging -stijgingen toegenomen toenam toenamen "
                                 "toeneemt toename toenames -toename opgelopen opliep opliepen klom klommen klimt geklommen "
                                 "verdubbeld verdubbelde verdubbelden verdubbelt verdubbelen verdubbeling koerswinst koerswinsten"),
            ("rise", "next", "sprong sprongen springt won wonnen wint"),
            ("rise", "lean", "groei -groei herstel herstelde verhoging -verhoging verhoogd verhoogde hoger hogere "
                             "omhoog"),
            ("fall", "quantity", "daalde daalden daalt dalen gedaald dalende daling dalingen -daling -dalingen afgenomen "
                                 "afnam afnamen afneemt afname afnames -afname kromp krompen krimpt gekrompen krimp "
                                 "teruggelopen terugliep terugliepen teruggang halveerde halveerden halveert halveren halvering gehalveerd kelderde kelderden "
                                 "gekelderd koersverlies koersverliezen gezakt"),
            ("fall", "amount", "tuimelde"),
            ("fall", "next", "verloor verloren verliest"),
            ("fall", "lean", "verlaging -verlaging vermindering verminderde lager lagere omlaag vertraging "
                             "afdaling verlagen verlaagd verlaagde bezuinigen bezuinigd bezuiniging bezuinigingen"),
        ],
        families=[
            _Family("steeg stegen stijgt stijgen", "rise", {"uit": None, "in": None, "over": None, "af": None, "op": None}),
            _Family("nam namen neemt nemen", None, {"toe": "rise", "af": "fall"}),
            _Family("groeide groeiden groeit groeien", "rise", {"op": None, "uit": None}),
            _Family("liep liepen loopt lopen", None, {"op": "rise", "terug": "fall"}),
            _Family("ging gingen gaat gaan", None, {"omhoog": "rise", "omlaag": "fall"}),
            _Family("schoot schoten schiet schieten", None, {"omhoog": "rise"}),
            _Family("viel vielen valt vallen", "fall", {"terug": "fall"}),
            _Family("zakte zakten zakt zakken", "fall", {"in": "fall", "terug": "fall", "weg": "fall"}),
        ],
        particles="op uit in af over toe terug mee tegen weg om aan door neer samen vast los omhoog omlaag",
        particle_before="tot met naar van",
        no_change=(
            r"\S*bestijging\S*|\bhoger beroep\b|\bzak\w* voor (?:het|zijn|haar|de) \S*examen\b"
            r"|\b(?:viel|vielen|valt|vallen) (?:onder|ten prooi|in slaap)\b"
            r"|\b(?:de nacht|het doek|de beslissing|de regen|sneeuw|de sneeuw) (?:viel|valt)\b"
            r"|\bwon (?:de|het) (?:verkiezingen|wedstrijd|oorlog|finale)\b|\bverloor (?:de|het|zijn|haar) (?:verkiezingen|"
            r"wedstrijd|oorlog|finale|leven)\b"
        ),
        unreadable="in_plaats_van in_tegenstelling afremmen afgeremd remde remden stoppen stopte stopten gestopt keren "
                   "keerde gekeerd omkeren voorkomen voorkwam compenseren gecompenseerd tegengaan tegengegaan tenietgedaan",
        negations=NEGATIONS["nl"],
        conjunctions="en maar of want terwijl omdat nadat toen hoewel dat",
        fillers="met tot naar van nog sterk licht fors",
        approximations="bijna ruim circa zo n ongeveer meer minder dan slechts een",
        quantities="-prijs -prijzen -kosten -inflatie -werkloosheid -rente -koers -koersen -aandeel -aandelen -beurs -index "
                   "-aex -omzet -winst -winsten -opbrengst -inkomsten -loon -lonen -salaris -salarissen -export -uitvoer "
                   "-import -invoer -productie -vraag -orders -rendement -waarde -aantal -cijfer -cijfers -temperatuur "
                   "-bevolking -opkomst -schuld -schulden -tekort -uitgaven -investeringen -groei -niveau -bbp -huren "
                   "-euro -dollar -consumptie -werkgelegenheid",
    )


def _portuguese() -> _Language:
    return _language(
        [
            ("rise", "quantity", "sobe sobem subiu subiram subido subia subiam subirá subir subindo subida subidas aumenta "
                                 "aumentam aumentou aumentaram aumentado aumentava aumentará aumentar aumentando aumento "
                                 "aumentos cresce crescem cresceu cresceram crescido crescia crescerá crescer valorizou "
                                 "valorizaram valorização duplicou duplicaram em_alta"),
            ("rise", "amount", "alta"),
            ("rise", "next", "avança avançou avançaram disparou dispararam saltou saltaram ganhou ganharam ganha dobrou "
                             "dobraram"),
            ("rise", "object", "elevou elevaram eleva elevam elevar elevará"),
            ("rise", "lean", "crescimento recuperação recuperou elevação expansão "
                             "mais_alto mais_alta mais_altos mais_altas"),
            ("fall", "quantity", "cai caem caiu caíram caído caía caíam cairá cair caindo queda quedas desce descem desceu "
                                 "desceram descido baixou baixaram diminui diminuem diminuiu diminuíram diminuído diminuição "
                                 "diminuir recua recuam recuou recuaram recuo despenca despencou despencaram desvalorizou "
                                 "desvalorizaram desvalorização retraiu retração retracção encolheu encolheram em_baixa "
                                 "em_queda reduziu_para_metade reduziram_para_metade reduzido_para_metade reduzida_para_metade "
                                 "reduzidos_para_metade reduzidas_para_metade reduzido_à_metade reduzida_à_metade "
                                 "reduzidos_à_metade reduzidas_à_metade reduziu_pela_metade reduzido_pela_metade"),
            ("fall", "next", "perdeu perderam perde tombou"),
            ("fall", "object", "cortou cortaram corta cortam cortar cortará reduziu reduziram reduz reduzem reduzir "
                               "reduzirá"),
            ("fall", "lean", "baixa baixar corte cortes redução "
                             "desaceleração mais_baixo mais_baixa "
                             "mais_baixos mais_baixas"),
        ],
        no_change=(
            r"\bsub\w* (?:ao|a|à) (?:palco|poder|trono|bordo|pódio)\b"
            r"|\b(?:cai|caem|caiu|caíram|caído|cair) (?:doente|em si|na real|na armadilha|no esquecimento|em desgraça|"
            r"nas mãos)\b|\bqueda (?:do governo|do muro|do regime|de cabelo|livre|de avião)\b"
            r"|\bdobr\w* (?:a esquina|o cabo)\b|\bdispar\w* (?:contra|sobre|tiros)\b|\bganh\w* (?:as eleições|a guerra|o jogo)\b"
            r"|\bperd\w* (?:a vida|as eleições|o jogo)\b"
            r"|\b(?:o|a|os|as|ao|à|aos|às|do|da|dos|das|no|na|seu|sua|seus|suas)(?: [^\s|]+)? mais (?:alt|baix)[oa]s?\b"  # a level
        ),
        unreadable="em_vez_de ao_invés_de ao_contrário travar travou travado frear freou conter conteve contido inverter "
                   "inverteu reverter reverteu evitar evitou evitado compensar compensou apagou apagar interromper",
        negations=NEGATIONS["pt"],
        conjunctions="e mas ou enquanto embora quando porque",
        fillers="de em para a até ligeiramente",
        approximations="cerca quase mais menos que um uma apenas só o os",
        quantities="preço preços custo custos inflação desemprego taxa taxas juros ação ações títulos bolsa índice ibovespa "
                   "psi mercado mercados vendas faturamento faturação lucro lucros receita receitas salário salários "
                   "exportações importações produção procura demanda encomendas pedidos rendimento valor número cifra "
                   "temperatura temperaturas população participação dívida déficit défice despesa despesas gastos "
                   "investimento investimentos crescimento cotação petróleo pib nível rendas aluguéis euro dólar consumo "
                   "emprego",
    )


def _russian() -> _Language:
    # Each verb in both aspects (вырос, растёт), its past by gender and number, its reflexive apart
    # from its transitive (снизился, снизил); each noun in its cases.
    return _language(
        [
            ("rise", "quantity", "вырос выросла выросло выросли вырастет вырастут вырасти растёт растет растут рос росла "
                                 "росло росли расти возрос возросла возросло возросли возрастает возрастают возрастёт "
                                 "возрастет увеличился увеличилась увеличилось увеличились увеличивается увеличиваются "
                                 "увеличится увеличатся увеличивался увеличивалась увеличивались повысился повысилась "
                                 "повысилось повысились повышается повышаются повысится повысятся повышался повышалась "
                                 "повышались подорожал подорожала подорожало подорожали подорожает подорожают дорожает "
                                 "дорожают дорожал дорожала дорожали подскочил подскочила подскочило подскочили подскочит "
                                 "подскочат взлетел взлетела взлетело взлетели поднялся поднялась поднялось поднялись "
                                 "поднимается поднимаются поднимется поднимутся подрос подросла подросло подросли удвоился "
                                 "удвоилась удвоилось удвоились рост роста росту ростом росте прирост прироста приросту "
                                 "приростом увеличение увеличения увеличению увеличением увеличении повышение повышения "
                                 "повышению повышением повышении подорожание подорожания подорожанию подорожанием "
                                 "в_плюсе"),
            ("rise", "amount", "скачок скачка скачком"),
            ("rise", "next", "прибавил прибавила прибавило прибавили прибавит прибавят прибавляет прибавляют"),
            ("rise", "object", "повысил повысила повысило повысили повысит повысят повышает повышают увеличил увеличила "
                               "увеличило увеличили увеличит увеличат увеличивает увеличивают поднял подняла подняло "
                               "подняли поднимет поднимает поднимают"),
            ("rise", "lean", "выше вверх растущий растущая растущее растущие растущих восстановление восстановился "
                             "восстановилась восстановились ускорился ускорилась ускорилось ускорились ускорение "
                             "укрепился укрепилась укрепились подъём подъем"),
            ("fall", "quantity", "упал упала упало упали упадёт упадет упадут падает падают падал падала падало падали "
                                 "снизился снизилась снизилось снизились снижается снижаются снизится снизятся снижался "
                                 "снижалась снижалось снижались сократился сократилась сократилось сократились "
                                 "сокращается сокращаются сократится сократятся сокращался сокращалась сокращались "
                                 "уменьшился уменьшилась уменьшилось уменьшились уменьшается уменьшаются уменьшится "
                                 "уменьшатся понизился понизилась понизилось понизились подешевел подешевела подешевело "
                                 "подешевели подешевеет подешевеют дешевеет дешевеют дешевел дешевела дешевели опустился "
                                 "опустилась опустилось опустились опустится опустятся обесценился обесценилась "
                                 "обесценились падение падения падению падением падении снижение снижения снижению "
                                 "снижением снижении сокращение сокращения сокращению сокращением сокращении уменьшение "
                                 "уменьшения уменьшению уменьшением уменьшении понижение понижения удешевление удешевления "
                                 "спад спада спаду спадом в_минусе"),
            ("fall", "amount", "рухнул рухнула рухнуло рухнули обвалился обвалилась обвалилось обвалились"),
            ("fall", "next", "потерял потеряла потеряло потеряли потеряет потеряют теряет теряют"),
            ("fall", "object", "снизил снизила снизило снизили снизит снизят снижает снижают сократил сократила сократило "
                               "сократили сократит сократят сокращает сокращают уменьшил уменьшила уменьшило уменьшили "
                               "уменьшит уменьшат понизил понизила понизило понизили понизит урезал урезала урезали"),
            ("fall", "lean", "ниже вниз замедлился замедлилась замедлилось замедлились замедление обвал обвала рецессия "
                             "ослаб ослабла ослабло ослабли ослабел ослабела ослабели ослабление"),
        ],
        no_change=(
            r"\bупал\w* (?:духом|в обморок|на колени|с (?:лестницы|крыши|велосипеда|лошади|балкона|высоты|моста))\b"
            r"|\bпадени\w* (?:режима|правительства|берлинской стены|стены|империи|самол[её]та|вертол[её]та|с высоты)\b"
            r"|\bподн\w* на (?:борт|сцену|трибуну|ноги|вершину|поверхность)\b|\bповышени\w* (?:по службе|квалификации)\b"
            r"|\bвыр(?:ос|осла|осло|осли) в (?:семье|деревне|селе)\b"
            r"|\b(?:самол[её]т|вертол[её]т|ракета|лайнер) взлетел\w*|\bвзлетел\w* (?:самол[её]т|вертол[её]т|ракета|лайнер)\b"
        ),
        unreadable="вместо а_не в_отличие вопреки остановил остановила остановили остановить сдержал сдержала сдержали "
                   "сдержать сдерживает предотвратил предотвратила предотвратить компенсировал компенсировала "
                   "компенсировать развернул развернула развернуть переломил переломила переломить затормозил "
                   "затормозила затормозить прекратил прекратила прекратить",
        negations=NEGATIONS["ru"],
        conjunctions="и а но или либо однако зато хотя пока когда потому поскольку что чтобы который которая которое "
                     "которые которых где",
        fillers="на до с со резко слегка незначительно значительно существенно заметно сильно ещё еще вдвое",
        approximations="почти около примерно приблизительно более менее свыше чем всего лишь порядка",
        quantities="цена цены цен ценам ценами ценах цену стоимость стоимости инфляция инфляции инфляцию инфляцией "
                   "безработица безработицы безработицу безработицей занятость занятости ставка ставки ставку ставкой "
                   "ставок акция акции акций акциям акциями бумаги бумаг котировки котировок индекс индекса индексу "
                   "индексом индексы рынок рынка рынке рынки продажи продаж выручка выручки выручку оборот оборота "
                   "прибыль прибыли доход доходы доходов доходность доходности зарплата зарплаты зарплат зарплату "
                   "пенсии пенсий экспорт экспорта импорт импорта производство производства спрос спроса заказы заказов "
                   "облигации облигаций курс курса курсу рубль рубля рублю доллар доллара евро юань юаня нефть нефти "
                   "золото золота ввп долг долга дефицит дефицита расходы расходов инвестиции инвестиций число числа "
                   "количество количества уровень уровня показатель показателя температура температуры население "
                   "населения численность численности явка явки аренда аренды потребление потребления выбросы выбросов "
                   "ипотека ипотеки бюджет бюджета тарифы тарифов",
    )


def _polish() -> _Language:
    # Each verb in both aspects (wzrósł, rośnie), its past by gender and number, its reflexive with
    # się apart from its transitive (obniżył się, obniżył); each noun in its cases.
    return _language(
        [
            ("rise", "quantity", "wzrósł wzrosła wzrosło wzrosły wzrośli wzrasta wzrastają wzrośnie wzrosną wzrosnąć "
                                 "wzrastał wzrastała wzrastały rósł rosła rosło rosły rośli rośnie rosną zwiększył_się "
                                 "zwiększyła_się zwiększyło_się zwiększyły_się zwiększyli_się zwiększa_się zwiększają_się "
                                 "zwiększy_się zwiększą_się podniósł_się podniosła_się podniosło_się podniosły_się "
                                 "podnieśli_się podrożał podrożała podrożało podrożały podrożeje podrożeją drożeje drożeją "
                                 "drożał drożała drożały zdrożał zdrożała zdrożało zdrożały podskoczył podskoczyła "
                                 "podskoczyło podskoczyły zwyżkował zwyżkowała zwyżkowało zwyżkowały zwyżkuje zwyżkują "
                                 "podwoił_się podwoiła_się podwoiło_się podwoiły_się wzrost wzrostu wzrostem wzroście "
                                 "wzrosty wzrostów przyrost przyrostu przyrostem podwyżka podwyżki podwyżkę podwyżką "
                                 "podwyżce podwyżek zwyżka zwyżki zwyżkę zwyżką zwyżek zwiększenie zwiększenia "
                                 "zwiększeniem na_plusie nad_kreską"),
            ("rise", "amount", "skoczył skoczyła skoczyło skoczyły"),
            ("rise", "next", "zyskał zyskała zyskało zyskały zyskali zyskuje zyskują zyska zyskają"),
            ("rise", "object", "podniósł podniosła podniosło podniosły podnieśli podnosi podnoszą podniesie podniosą "
                               "zwiększył zwiększyła zwiększyło zwiększyły zwiększyli zwiększa zwiększają zwiększy zwiększą "
                               "podwyższył podwyższyła podwyższyło podwyższyły podwyższa podwyższy"),
            ("rise", "lean", "wyższy wyższa wyższe wyższego wyżej w_górę ożywienie odbicie przyspieszył przyspieszyła "
                             "przyspieszyło przyspieszyły umocnił umocniła umocniło umocniły"),
            ("fall", "quantity", "spadł spadła spadło spadły spadli spada spadają spadnie spadną spaść spadać spadał "
                                 "spadała spadały zmniejszył_się zmniejszyła_się zmniejszyło_się zmniejszyły_się "
                                 "zmniejszyli_się zmniejsza_się zmniejszają_się zmniejszy_się zmniejszą_się obniżył_się "
                                 "obniżyła_się obniżyło_się obniżyły_się obniża_się obniżają_się obniży_się obniżą_się "
                                 "skurczył_się skurczyła_się skurczyło_się skurczyły_się potaniał potaniała potaniało "
                                 "potaniały tanieje tanieją taniał taniała taniały stanieje stanieją staniał staniała "
                                 "staniało staniały zniżkował zniżkowała zniżkowało zniżkowały zniżkuje zniżkują spadek "
                                 "spadku spadkiem spadki spadków obniżka obniżki obniżkę obniżką obniżce obniżek "
                                 "zmniejszenie zmniejszenia zmniejszeniem obniżenie obniżenia obniżeniem na_minusie "
                                 "pod_kreską"),
            ("fall", "amount", "runął runęła runęło runęły"),
            ("fall", "next", "stracił straciła straciło straciły stracili traci tracą"),
            ("fall", "object", "obniżył obniżyła obniżyło obniżyły obniżyli obniża obniżają obniży obniżą zmniejszył "
                               "zmniejszyła zmniejszyło zmniejszyły zmniejszyli zmniejsza zmniejszają zmniejszy zmniejszą "
                               "obciął obcięła obcięło obcięły obcięli ściął ścięła ścięli"),
            ("fall", "lean", "niższy niższa niższe niższego niżej w_dół spowolnienie spowolnił spowolniła spowolniło "
                             "spowolniły załamanie recesja osłabł osłabła osłabło osłabły osłabienie"),
        ],
        no_change=(
            r"\b(?:spadł|spadła|spadło|spadły|spada|spadają|spadnie|spadną)(?: [^\s|]+){0,3} (?:śnieg|śniegu|deszcz|deszczu|"
            r"grad|gradu)\b|\b(?:śnieg|deszcz|grad) (?:spadł|spada|spadnie)\b"
            r"|\bspad\w* (?:z|ze) (?:roweru|konia|schodów|dachu|nieba|drabiny|balkonu|mostu)\b"
            r"|\bspad\w* na (?:barki|głowę|ramiona)\b|\bw spadku\b|\bspad(?:ek|ku) po\b"  # an inheritance
            r"|\b(?:wysokiego|niskiego|średniego) wzrostu\b|\bpodni\w* się z (?:kolan|łóżka|ziemi|miejsca|krzesła)\b"
        ),
        unreadable="zamiast a_nie w_przeciwieństwie wbrew zahamował zahamowała zahamowało zahamować zatrzymał zatrzymała "
                   "zatrzymać powstrzymał powstrzymała powstrzymać odwrócił odwróciła odwrócić zapobiegł zapobiegła "
                   "zapobiec zrekompensował zrekompensowała zrekompensować zniwelował zniwelowała zniwelować",
        negations=NEGATIONS["pl"],
        conjunctions="i oraz a ale lecz lub albo czy gdy kiedy choć chociaż ponieważ bo który która które którzy których "
                     "że jednak",
        fillers="o do z ze od gwałtownie lekko nieznacznie znacznie wyraźnie mocno silnie jeszcze już",
        approximations="prawie około ok blisko niemal ponad mniej więcej niż tylko zaledwie aż",
        quantities="cena ceny cen cenę cenami cenach koszt koszty kosztów inflacja inflacji inflację bezrobocie bezrobocia "
                   "zatrudnienie zatrudnienia stopa stopy stopę stóp akcja akcje akcji kurs kursu kursy notowania notowań "
                   "indeks indeksu indeksy wig giełda giełdy rynek rynku sprzedaż sprzedaży przychody przychodów przychód "
                   "obroty obrotów zysk zysku zyski zysków dochody dochodów płace płac pensje wynagrodzenia wynagrodzeń "
                   "eksport eksportu import importu produkcja produkcji popyt popytu zamówienia zamówień rentowność "
                   "rentowności obligacje obligacji złoty złotego złotówka dolar dolara euro frank franka ropa ropy złoto "
                   "złota paliwa paliw pkb dług długu zadłużenie zadłużenia deficyt deficytu wydatki wydatków inwestycje "
                   "inwestycji wartość wartości liczba liczby poziom poziomu wskaźnik wskaźnika temperatura temperatury "
                   "ludność ludności frekwencja frekwencji czynsze czynszów konsumpcja konsumpcji emisje emisji kredyty "
                   "kredytów budżet budżetu taryfy",
    )


def _czech() -> _Language:
    # Each verb's past by gender and number; one negated by its prefix (nevzrostl) is another word,
    # not read. The reflexive se stands apart, anywhere in its clause (inflace se zvýšila, se v květnu
    # zvýšila): zvýšil and snížil are read as they act on a figure, with the amount after them.
    return _language(
        [
            ("rise", "quantity", "vzrostl vzrostla vzrostlo vzrostly vzrostli roste rostou vzroste vzrostou stoupl stoupla "
                                 "stouplo stoupaly stouply stoupli stoupá stoupají stoupne stoupnou zdražil zdražila zdražilo "
                                 "zdražily zdražuje zdražují podražil podražila podražilo podražily posílil posílila posílilo "
                                 "posílily posiluje posilují růst růstu růstem nárůst nárůstu nárůstem vzestup vzestupu "
                                 "zvýšení zvýšením zdražení zdražením"),
            ("rise", "amount", "vyskočil vyskočila vyskočilo vyskočily vyskočili"),
            ("rise", "next", "získal získala získalo získaly získali získává získávají"),
            ("rise", "object", "zvýšil zvýšila zvýšilo zvýšily zvýšili zvyšuje zvyšují zvýší zvýšit"),
            ("rise", "lean", "vyšší vyššího vyšší vyšších oživení zrychlil zrychlila zrychlilo zrychlily"),
            ("fall", "quantity", "klesl klesla kleslo klesly klesli klesá klesají klesne klesnou poklesl poklesla pokleslo "
                                 "poklesly propadl propadla propadlo propadly propadli propadá propadají zlevnil zlevnila "
                                 "zlevnilo zlevnily zlevňuje zlevňují oslabil oslabila oslabilo oslabily oslabuje oslabují "
                                 "pokles poklesu poklesem propad propadu propadem snížení snížením zlevnění"),
            ("fall", "amount", "spadl spadla spadlo spadly spadli"),
            ("fall", "next", "ztratil ztratila ztratilo ztratily ztratili ztrácí ztrácejí"),
            ("fall", "object", "snížil snížila snížilo snížily snížili snižuje snižují sníží snížit seškrtal seškrtala "
                               "seškrtali"),
            ("fall", "lean", "nižší nižšího nižších zpomalení zpomalil zpomalila zpomalilo zpomalily recese"),
        ],
        no_change=(
            r"\bklesl\w* na duchu\b|\bspadl\w* (?:ze|z|do|na) (?:kola|koně|schodů|střechy|vody|zem|podlahu)\b"
            r"|\bvzrostl\w* (?:na|v) (?:rodině|vesnici|městě)\b"
        ),
        unreadable="místo namísto zastavil zastavila zastavit zabránil zabránila zabránit zvrátil zvrátila zvrátit "
                   "vyrovnal vyrovnala vyrovnat kompenzoval kompenzovala",
        negations=NEGATIONS["cs"],
        conjunctions="a i ale však nebo když protože který která které kteří že zatímco",
        fillers="o na z ze od až prudce mírně výrazně silně ještě už",
        approximations="téměř skoro asi zhruba přibližně kolem více méně než jen pouze",
        quantities="cena ceny cen cenu inflace inflaci nezaměstnanost nezaměstnanosti sazba sazby sazbu akcie akcií kurz "
                   "kurzu index indexu burza burzy trh trhu tržby tržeb prodej prodeje zisk zisku zisky mzdy mezd platy "
                   "export exportu vývoz vývozu dovoz dovozu výroba výroby poptávka poptávky hdp dluh dluhu deficit "
                   "deficitu schodek schodku výdaje výdajů investice hodnota hodnoty počet počtu úroveň teplota teploty "
                   "koruna koruny dolar eura ropa ropy zlato nájmy nájemné spotřeba",
    )


def _indonesian() -> _Language:
    return _language(
        [
            ("rise", "quantity", "naik menaik kenaikan meningkat peningkatan melonjak lonjakan menguat penguatan melambung "
                                 "meroket bertambah pertambahan"),
            ("rise", "amount", "tumbuh"),
            ("rise", "object", "menaikkan meningkatkan"),
            ("rise", "lean", "lebih_tinggi pemulihan pertumbuhan"),
            ("fall", "quantity", "turun menurun penurunan anjlok merosot kemerosotan melemah pelemahan berkurang pengurangan "
                                 "ambruk"),
            ("fall", "amount", "jatuh"),
            ("fall", "object", "menurunkan memangkas mengurangi"),
            ("fall", "lean", "lebih_rendah perlambatan melambat resesi"),
        ],
        no_change=(
            r"\bjatuh (?:sakit|cinta|dari|tempo)\b|\bnaik (?:pesawat|kereta|bus|mobil|kapal|panggung|takhta|daun)\b"
            r"|\bturun (?:dari|hujan|tangan|ke jalan|takhta)\b"
        ),
        unreadable="alih-alih bukannya menghentikan menghambat mencegah membalikkan mengimbangi",
        negations=NEGATIONS["id"],
        conjunctions="dan tetapi namun atau ketika saat karena yang bahwa sementara",
        fillers="sebesar menjadi ke hingga dari pada tajam sedikit",
        approximations="hampir sekitar kurang lebih hanya",
        quantities="harga inflasi pengangguran suku bunga saham indeks ihsg bursa pasar penjualan pendapatan laba keuntungan "
                   "upah gaji ekspor impor produksi permintaan nilai jumlah tingkat suhu rupiah dolar minyak emas utang "
                   "defisit belanja investasi pdb konsumsi",
    )


_LANGUAGES = {
    "en": _english, "de": _german, "fr": _french, "es": _spanish, "it": _italian, "nl": _dutch, "pt": _portuguese,
    "ru": _russian, "pl": _polish, "cs": _czech, "id": _indonesian,
}


@functools.cache
def _lexicon(language: str) -> _Language:
    """The language's lists, compiled at their first use: most runs of check read one or two."""
    return _LANGUAGES[language]()


def reversed_direction(msgid: str, msgstr: str, source: Locale, target: Locale) -> list[Issue]:
    """A change the translation says goes the other way: the source says a figure rose (fell)
    and nothing of its falling (rising), the translation that it fell (rose) and nothing of
    its rising (falling). Between two of the languages with word lists, and two different ones."""
    if source.language == target.language or source.language not in _LANGUAGES or target.language not in _LANGUAGES:
        return []
    if (said := _one_direction(msgid, source.language)) is None:
        return []
    direction, words = said
    if (translated := _one_direction(msgstr, target.language)) is None or translated[0] != _OPPOSITE[direction]:
        return []
    return [Issue("direction", f"the source says a {direction} (“{words}”), the translation only a {translated[0]} "
                               f"(“{translated[1]}”): check which way the figure moved")]


@functools.lru_cache(maxsize=1024)
def _one_direction(text: str, language: str) -> tuple[Direction, str] | None:
    """The one direction `text` says a quantity changed in and the words that say it, when it
    says one and leans to no other. Kept: check reads a msgid once per locale, one locale after
    the other."""
    if not _may_state_a_change(text, language):
        return None  # most sentences: decided without reading them
    reading = _reading(text, language)
    if reading is None or len(reading.leaning) != 1 or not reading.stated:
        return None
    [direction] = reading.leaning
    return direction, reading.stated[direction]


def _may_state_a_change(text: str, language: str) -> bool:
    """Whether `text` has a word that may state a change: one that has none is not read."""
    lexicon = _lexicon(language)
    words = set(_WORD.findall(text.lower()))
    return not lexicon.cues.isdisjoint(words) or any(word.endswith(lexicon.cue_endings) for word in words)


@dataclass(frozen=True)
class _Reading:
    stated: Mapping[Direction, str]  # each direction said of a quantity, with the first words that say it
    leaning: frozenset[Direction]  # every direction any word says or leans to, in whatever sense


@dataclass(frozen=True)
class _Token:
    text: str
    key: str  # in lower case
    clause: int
    sentence_start: bool


def _reading(text: str, language: str) -> _Reading | None:
    """What `text` says of the direction of a change; None when a change in it is negated,
    held back or set against another, which the lists cannot read."""
    lexicon = _lexicon(language)
    tokens = _tokens(_without_short_quotations(prose_of(text)), lexicon)
    if not tokens:
        return _Reading({}, frozenset())
    joined, offsets = _joined(tokens)
    if lexicon.unreadable.search(joined):
        return None
    masked = {index for match in lexicon.no_change.finditer(joined) for index in _covered(offsets, match.start(), match.end())}
    about_a_quantity = any(
        token.key in lexicon.quantities or token.key.endswith(lexicon.quantity_endings) or _amount_at(tokens, index)
        for index, token in enumerate(tokens)
    )
    stated: dict[Direction, str] = {}
    leaning: set[Direction] = set()
    index = 0
    while index < len(tokens):
        found = _change_at(tokens, index, lexicon) if index not in masked else None
        if found is None:
            index += 1
            continue
        direction, tier, length, as_written, particle = found
        said = direction is not None and _stated(tokens, index + length - 1, tier, lexicon, about_a_quantity)
        if direction is not None and (said or tier not in ("next", "object")):
            if any(token.key in lexicon.negations for token in tokens if token.clause == tokens[index].clause):
                return None
            leaning.add(direction)
            if said and as_written:
                words = " ".join(token.text for token in tokens[index : index + length])
                stated.setdefault(direction, f"{words} … {particle}" if particle else words)
        index += length
    return _Reading(stated, frozenset(leaning))


def _stated(tokens: list[_Token], last: int, tier: Tier, lexicon: _Language, about_a_quantity: bool) -> bool:
    """Whether a word of `tier` ending at `last` says a change of a quantity."""
    if tier == "quantity":
        return about_a_quantity
    if tier == "lean":
        return False
    allowed = lexicon.fillers if tier == "amount" else lexicon.approximations
    for index in range(last + 1, min(len(tokens), last + 1 + _AFTER_A_WORD)):
        if tokens[index].clause != tokens[last].clause:
            return False
        if _amount_at(tokens, index):
            # A figure acted on is changed by or to its amount: raised $50 million is money got.
            return tier != "object" or tokens[index - 1].key in lexicon.fillers
        if tier != "object" and tokens[index].key not in allowed:
            return False
    return False


class _Found(NamedTuple):
    direction: Direction | None  # None: a separable verb its particle makes another verb
    tier: Tier
    length: int  # in tokens
    as_written: bool  # as the lists write it: a capitalised word in a sentence is a name or a title outside German
    particle: str  # the separable particle that makes the verb's meaning, if any


def _change_at(tokens: list[_Token], index: int, lexicon: _Language) -> _Found | None:
    """The change a phrase or word starting at `index` says."""
    token = tokens[index]
    for words, direction, tier in lexicon.phrases.get(token.key, ()):
        if tuple(other.key for other in tokens[index : index + len(words)]) == words:
            return _Found(direction, tier, len(words), _as_written(token, lexicon, noun=False), "")
    if (entry := lexicon.words.get(token.text)) is not None:  # a German noun, or any word as the lists write it
        return _Found(*entry, 1, True, "")
    if (entry := lexicon.words.get(token.key)) is not None:
        return _Found(*entry, 1, _as_written(token, lexicon, noun=False), "")
    if lexicon.nouns_capitalised and (entry := lexicon.words.get(token.key.capitalize())) is not None:
        return _Found(*entry, 1, token.text.isupper(), "")  # a German noun in lower case is another word
    if (family := lexicon.families.get(token.key)) is not None:
        direction, particle = _separated(tokens, index, family, lexicon)
        return _Found(direction, family.tier, 1, _as_written(token, lexicon, noun=False), particle)
    for ending, direction, tier in lexicon.endings:
        if token.key.endswith(ending) and len(token.key) > len(ending):
            return _Found(direction, tier, 1, _as_written(token, lexicon, noun=True), "")
    return None


def _as_written(token: _Token, lexicon: _Language, *, noun: bool) -> bool:
    if lexicon.nouns_capitalised and noun:
        return token.text[:1].isupper()
    return token.text.islower() or token.sentence_start or token.text.isupper()


def _separated(tokens: list[_Token], index: int, family: _Family, lexicon: _Language) -> tuple[Direction | None, str]:
    """What a separable verb at `index` means with the particle its clause ends with (or, in
    Dutch, that stands before the preposition of its amount), and that particle."""
    clause = [token for token in tokens[index + 1 :] if token.clause == tokens[index].clause]
    candidates = [token for token, after in zip(clause, clause[1:]) if after.key in lexicon.particle_before]
    candidates += clause[-1:]
    for particle in candidates:
        if particle.key in family.particles:
            return family.particles[particle.key], particle.text
    if candidates and candidates[-1].key in lexicon.particles:
        return None, ""
    return family.default, ""


def _amount_at(tokens: list[_Token], index: int) -> bool:
    """Whether an amount starts at `index`: a number with its unit after it (3.2 %, 4 Prozent,
    2 million, 5 points), or a currency before it (€3.5)."""
    token = tokens[index]
    following = tokens[index + 1].key if index + 1 < len(tokens) else ""
    if token.key in _CURRENCIES:
        return following[:1].isdigit()
    if not token.key[:1].isdigit():
        return False
    if following in _UNITS:
        return True
    return index + 2 < len(tokens) and (following, tokens[index + 2].key) in _TWO_WORD_UNITS


def _without_short_quotations(text: str) -> str:
    """The text with each short quotation (a title, a word quoted) as a mark that reads as nothing."""
    if not any(mark in text for mark in "\"“”„«»‘’‹›「"):
        return text
    pieces, cursor = [], 0
    for quotation in find_quotations(text):
        short = len(_WORD.findall(text, quotation.start, quotation.end)) <= _SHORT_QUOTATION
        if quotation.depth == 0 and quotation.start >= cursor and short:
            pieces += [text[cursor : quotation.start], " \ufffc "]
            cursor = quotation.end
    return "".join(pieces) + text[cursor:]


def _tokens(text: str, lexicon: _Language) -> list[_Token]:
    tokens: list[_Token] = []
    clause, end = 0, 0
    for match in _WORD.finditer(text):
        gap = text[end : match.start()]
        key = match.group().lower()
        if tokens and (CLAUSE_BREAK.search(gap) or key in lexicon.conjunctions):
            clause += 1
        tokens.append(_Token(match.group(), key, clause, not tokens or _SENTENCE_BREAK.search(gap) is not None))
        end = match.end()
    return tokens


def _joined(tokens: list[_Token]) -> tuple[str, list[int]]:
    """The tokens' keys joined by spaces, with `|` between clauses, for the idioms' patterns;
    and where each token starts in it."""
    pieces: list[str] = []
    offsets: list[int] = []
    length = 0
    for position, token in enumerate(tokens):
        if position:
            separator = " | " if token.clause != tokens[position - 1].clause else " "
            pieces.append(separator)
            length += len(separator)
        offsets.append(length)
        pieces.append(token.key)
        length += len(token.key)
    return "".join(pieces), offsets


def _covered(offsets: list[int], start: int, end: int) -> range:
    """The indexes of the tokens that start within [start, end) of the joined text."""
    first = next((index for index, offset in enumerate(offsets) if offset >= start), len(offsets))
    last = next((index for index, offset in enumerate(offsets) if offset >= end), len(offsets))
    return range(first, last)
