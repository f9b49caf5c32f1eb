"""Tallies and scores: a vote's tally the translation gives the other way round, and the sets
of a match turned round (`reversed_tallies`), read from the runs of scores of a source.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

import regex
from babel import Locale

from ..issues import Issue
from ..lazy_regex import lazy_compile
from ..placeholders import prose_of
from .readers import DATE_WORD_BEFORE, DATE_WORD_REACH

# Two figures joined by a dash: a vote's tally or a score (52-48, 3–1), not a season or a date.
TALLY = lazy_compile(r"(?<![\p{N}.,/-])(\p{Nd}{1,3})\s?[-–]\s?(\p{Nd}{1,3})(?![\p{N}/-]|[.,]\p{Nd})")
# A tally in words: 312 votes to 287, by 5 to 4, by a vote of 52 to 48; not a range of an
# amount (by 2 to 5%, by 10 to 15 percent, by 20 to 25 million).
_TALLY_IN_WORDS = lazy_compile(
    r"(?:(?<=(?<!\p{L})(?:by|vote\s+of)\s)|(?=\p{Nd}{1,3}\s+votes?\s))(?<![\p{N}.,])(\p{Nd}{1,3})\s+(?:votes?\s+)?to\s+(\p{Nd}{1,3})"
    r"(?!\p{N}|[.,]\p{Nd}|\s?%|\s+(?:percent|per\s+cent|pct|percentage|Prozent|million|billion|trillion|bn)(?!\p{L}))",
    regex.IGNORECASE,
)
# What says the tally after it is of a vote passed, the votes for it first (passed 52-48,
# approved the bill 7–2, by a vote of 52-48), in the same sentence. Not a score: Spanish and
# Italian give one home side first (el Madrid ganó 1-3 en Valencia), German from the side the
# sentence is about (Chelsea verlor 1:3 gegen Arsenal).
_PASSED = lazy_compile(
    r"(?<!\p{L})(?:passed|approved|adopted|confirmed|ratified|by a vote of)(?!\p{L})[^\p{N}.;!?]{0,60}$", regex.IGNORECASE
)
# A tally as translations write it: 52-48, 52:48, 52 a 48, 52 votos a 48, 52 voix contre 48, 52
# zu 48, 52 голосами против 48, 52 صوتاً مقابل 48, 52票对48票, 7対2; a set's score also 6/4.
_TARGET_TALLY = lazy_compile(
    r"(?<![\p{N}.,/])(\p{Nd}{1,3})(?:\s?[-–:/]\s?|\s?票?[対对比]|"
    r"\s+(?:[\p{L}\p{M}]+\s+)?(?:a|à|contre|contra|contro|zu|gegen|против|do|to|against|مقابل)\s+)(\p{Nd}{1,3})(?![\p{N}/])",
    regex.IGNORECASE,
)


@functools.lru_cache(maxsize=1024)
def _passed_tallies(msgid: str) -> tuple[tuple[int, int, str], ...]:
    """The tallies of the votes an English source says passed: the votes for, against, and the tally as written."""
    matches = [*TALLY.finditer(msgid), *(_TALLY_IN_WORDS.finditer(msgid) if " to " in msgid else ())]
    return tuple(
        (int(match.group(1)), int(match.group(2)), match.group()) for match in matches
        if match.group(1) != match.group(2) and _PASSED.search(msgid, max(0, match.start() - 80), match.start())
    )


def reversed_tallies(msgid: str, msgstr: str, source: Locale) -> list[Issue]:
    """A vote's tally the translation gives the other way round (`passed 52-48` → `por 48 votos
    a 52`, `numbers`), which reads as the votes against first: the same figures, so no number
    is missing. So is a match's one score turned round between its sides named in the source's
    order (`Bayern won 3-1 against Dortmund` → `Bayern gewann 1:3 gegen Dortmund`), but in a
    sentence about the loser or one that gives the home side first (`Dortmund verlor 1:3 gegen
    Bayern`, `El Bayern ganó 1-3 en Dortmund`). So are the sets of a match turned round in
    part, or all of them in a sentence that says no loss: tennis reports give the winner's
    games first, and a desk that writes them from the side its sentence is about (Alcaraz
    verlor 4:6, 6:3, 6:7) does so only for the loser."""
    if source.language != "en" or not ("-" in msgid or "–" in msgid or "/" in msgid or " to " in msgid):
        return []  # most sentences: no tally
    tallies, sets = _passed_tallies(msgid), runs_of_scores(msgid)
    scores = _single_scores(msgid)
    if not (tallies or sets or scores):
        return []
    prose = prose_of(msgstr)
    in_target = {(int(match.group(1)), int(match.group(2))): match.start() for match in _TARGET_TALLY.finditer(prose)}
    issues = [
        Issue("numbers", f"the tally {written} is the other way round in the translation: {against} to {votes_for}")
        for votes_for, against, written in tallies if (against, votes_for) in in_target and (votes_for, against) not in in_target
    ]
    # One score only: of several (a half-time or a first leg's besides the result), a desk may
    # give one from the side its sentence follows (nach einem 0:1-Rückstand for trailing 1-0).
    for first, second, written in scores if len(scores) == 1 and not _VENUE.search(prose) else ():
        if (second, first) in in_target and (first, second) not in in_target and not _about_the_loser(prose, in_target[second, first]) \
                and not _LOSERS_SCORE.match(prose, _TARGET_TALLY.match(prose, in_target[second, first]).end()) \
                and _sides_in_the_same_order(msgid, msgstr):
            issues.append(Issue("numbers", f"the score {written} is the other way round in the translation: {second}-{first}, "
                                           "with the sides named in the same order"))
    for run in sets:
        flipped = [(first, second) for first, second in run.scores if (second, first) in in_target and (first, second) not in in_target]
        if not flipped:
            continue
        if any(score in in_target for score in run.scores):
            issues.append(Issue("numbers", f"the scores {run.written} are in part the other way round in the translation: "
                                           + ", ".join(f"{second}-{first} for {first}-{second}" for first, second in flipped)))
        elif not _about_the_loser(prose, in_target[flipped[0][::-1]]):
            issues.append(Issue("numbers", f"the scores {run.written} are the other way round in the translation: "
                                           "the winner's games come first unless the sentence is about the loser"))
    return issues


# Scores in a row, as of the sets of a match: 6-4, 3-6, 7-6, or 6/4, 6/3 (all from one side,
# which a translation may change for all of them in a sentence about the loser, but not for some).
_RUN_OF_SCORES = lazy_compile(
    r"(?<![\p{N}.,/-])\p{Nd}{1,2}\s?[-–/]\s?\p{Nd}{1,2}(?:(?:,\s*(?:and\s+)?|\s+and\s+)\p{Nd}{1,2}\s?[-–/]\s?\p{Nd}{1,2})+(?![\p{N}/-]|[.,]\p{Nd})"
)
_SCORE_OF_A_SET = lazy_compile(r"(\p{Nd}{1,2})\s?[-–/]\s?(\p{Nd}{1,2})")
# A loss said by the clause a score is in, which makes its subject the loser: lost, verlor,
# unterlag, s'est incliné, battu par, perdió, cayó ante, ha perso, sconfitto da, perdeu,
# verloor, проиграл, 敗れ, 输给, 패했. Not Spanish `persa` (Persian).
_LOSS = lazy_compile(
    r"(?<!\p{L})(?:los[te]|loses|losing|beaten|fell\s+to|falls\s+to|went\s+down|defeated\s+by"
    r"|verl(?:or|iert|oren)|unterl(?:ag|iegt|egen)|Niederlage"
    r"|perd(?:u|ue|us|ues|ait|it|irent|ent|e)?|s['’]incline|inclinée?|battue?\s+par|défaite"
    r"|perdió|pierde|perdido|cayó|derrota|derrotad[oa]\s+por|sucumbió"
    r"|perso|sconfitt[oa]|battut[oa]\s+da|cedut[oa]"
    r"|perdeu|perderam|caiu|verloor|verliest|nederlaag"
    r"|проигр\p{L}*|уступ\p{L}*|поражени\p{L}*)(?!\p{L})|敗れ|負け|敗退|不敌|输给|负于|败给|패했|패배",
    regex.IGNORECASE,
)
# A win said before a score, which makes its subject the winner, whatever loss the clause said
# before it (Nach der Niederlage im Vorjahr gewann er 4:6, 3:6).
_WIN = lazy_compile(
    r"(?<!\p{L})(?:won|wins|beat|beats|defeated|gewann|gewinnt|gewonnen|siegte|besiegte|besiegt|schlug|bezwang"
    r"|gagné|gagne|gagna|remporté|remporte|remporta|a\s+battu|bat|battit|s['’]impose|s['’]est\s+imposée?"
    r"|ganó|gana|venció|derrotó|se\s+impuso|vinto|vince|vinse|ha\s+battuto|batte|venceu|ganhou|derrotou|wint|versloeg"
    r"|выиграл\p{L}*|победил\p{L}*)(?!\p{L})|击败|战胜|勝利",
    regex.IGNORECASE,
)
# Where a clause starts before a score: punctuation not before the next set (4:6, 3:6), and the
# words that open another clause (nachdem, obwohl, qui). Where one ends after it, also a word
# joining another (und, y, et: Ganó la final 4-6, 3-6 y cayó), not before a set (4-6 y 6-7);
# before the score such a word may join parts of the clause (verlor in drei Stunden und zwölf
# Minuten 4:6).
_SUBORDINATING = (
    r"while|although|though|because|who|which|nachdem|obwohl|weil|tandis|qui|car|aunque"
    r"|mientras|porque|mentre|perché|che|embora|enquanto|nadat|terwijl|omdat|после|хотя"
)
# A word that is also a preposition (après trois heures, während des Finales, dopo tre ore)
# opens a clause only before a conjunction, an infinitive or a subject's pronoun: after he
# lost, après avoir perdu, dopo che, después de que, depois de perder, während er.
_PREPOSITION_OPENING_A_CLAUSE = (
    r"(?:after|après|dopo|während|después|depois)\s+"
    r"(?:qu['’]|(?:que|che|that|dass|de\s+que|avoir|être|aver|avere|essere|\p{L}+ing|de\s+\p{L}+[aei]r"
    r"|he|she|they|it|we|you|er|sie|es|wir|ich|du|ihr|man)(?!\p{L}))"
)
_CLAUSE_START = lazy_compile(
    rf"(?:[,;:()—]|(?<!\p{{L}})(?:(?:{_SUBORDINATING})(?!\p{{L}})|{_PREPOSITION_OPENING_A_CLAUSE}))(?!\s*\p{{Nd}})", regex.IGNORECASE
)
_CLAUSE_END = lazy_compile(
    rf"(?:[,;:()—]|(?<!\p{{L}})(?:{_PREPOSITION_OPENING_A_CLAUSE}|(?:{_SUBORDINATING}|and|but|und|aber|doch|et|mais|y|pero|e|ma|mas|maar|и|но)(?!\p{{L}})))"
    r"(?!\s*\p{Nd})",
    regex.IGNORECASE,
)
_SENTENCE_END = lazy_compile(r"[.!?。！？](?!\p{Nd})")


def _about_the_loser(text: str, position: int) -> bool:
    """Whether the clause of `text` with the score at `position` says a loss of its subject: a
    loss before the score that no win comes after (Alcaraz verlor gegen Sinner 4:6), or one
    after it where none is before (hat das Finale 4:6, 3:6 verloren). A loss in another clause
    of the sentence (gewann 4:6, 3:6, nachdem sie das Halbfinale verloren hatte) is another's."""
    sentence_start = max((match.end() for match in _SENTENCE_END.finditer(text, 0, position)), default=0)
    sentence_end = match.start() if (match := _SENTENCE_END.search(text, position)) else len(text)
    start = max((match.end() for match in _CLAUSE_START.finditer(text, sentence_start, position)), default=sentence_start)
    end = match.start() if (match := _CLAUSE_END.search(text, position, sentence_end)) else sentence_end
    before = text[start:position]
    last_loss = max((match.start() for match in _LOSS.finditer(before)), default=None)
    last_win = max((match.start() for match in _WIN.finditer(before)), default=None)
    if last_loss is not None:
        return last_win is None or last_win <= last_loss
    return last_win is None and _LOSS.search(text, position, end) is not None


@functools.lru_cache(maxsize=1024)
def _single_scores(msgid: str) -> tuple[tuple[int, int, str], ...]:
    """The scores of an English source that stand alone, no draw, no vote's tally and in no run
    of sets: the figures of each, as the source gives them, and as written."""
    runs, tallies = runs_of_scores(msgid), _passed_tallies(msgid)
    scores = tuple(
        (int(match.group(1)), int(match.group(2)), match.group()) for match in TALLY.finditer(msgid)
        if match.group(1) != match.group(2) and not any(start <= match.start() < end for _, (start, end), _ in runs)
        and not any(written == match.group() for _, _, written in tallies)
    )
    # Of a match the sentence says was won or lost; not a season, a ratio or an age group.
    return scores if scores and (_WIN.search(msgid) or _LOSS.search(msgid)) else ()


# A side of a match as a sentence names it: a placeholder or a capitalised word (Bayern, {Dortmund}).
_SIDE = lazy_compile(r"\{[^{}\s]+\}|(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]+")
# A place named as where the match was played (en Mestalla, al Maradona, im Westfalenstadion):
# the desk may give the home side's goals first, whoever it names first.
# Not Spanish al, which names the side beaten (ganó 1-3 al Dortmund).
_VENUE = lazy_compile(r"(?<!\p{L})(?:en|in|im|at|sul|nel|allo|no|na|em|à|au)\s+(?:el\s+|la\s+|il\s+|lo\s+|the\s+|o\s+)?\p{Lu}"
                      r"|(?<!\p{L})al\s+(?=\p{Lu}\p{L}+\s+(?:contro|contra|ante|vs?\.?)\s)")
# A score joined to a loss (eine 1:3-Heimniederlage, 1:3-Pleite): the loser's goals first.
_LOSERS_SCORE = lazy_compile(r"-\p{L}*(?:niederlage|pleite|schlappe)", regex.IGNORECASE)
# Where a home side is named as the place of the match, which Spanish and Italian desks write
# first (el Madrid ganó 1-3 en Valencia, en casa del Valencia, ha vinto 1-3 a Napoli, sul campo del Napoli).
_AT_THE_HOME_SIDE = lazy_compile(r"(?<!\p{L})(?:en|in|a|à|au|chez|bei|beim|em|no|na|at|sul|nel|dans)\s+(?:\p{Ll}+\s+){0,3}$")


def _sides_in_the_same_order(msgid: str, msgstr: str) -> bool:
    """Whether the translation names the source's sides of a match that it keeps, two at
    least, in the source's order, none of them as the place of the match."""
    kept: list[int] = []
    for side in dict.fromkeys(match.group() for match in _SIDE.finditer(msgid)):
        if (place := _word_at(side, msgstr)) is not None:
            if _AT_THE_HOME_SIDE.search(msgstr, max(0, place - 30), place):
                return False
            kept.append(place)
    return len(kept) >= 2 and kept == sorted(kept)


def _word_at(word: str, text: str) -> int | None:
    """Where `word` first stands in `text` as a word of its own, or None."""
    match = regex.search(rf"(?<![\p{{L}}\p{{M}}]){regex.escape(word)}(?![\p{{L}}\p{{M}}])", text)
    return None if match is None else match.start()


class _RunOfScores(NamedTuple):
    """Scores in a row of a source that are no draw, where it writes them and as written."""

    scores: tuple[tuple[int, int], ...]
    span: tuple[int, int]
    written: str


@functools.lru_cache(maxsize=1024)
def runs_of_scores(msgid: str) -> tuple[_RunOfScores, ...]:
    """The runs of scores of an English source; not slashed digits in a row after a word that
    says they are dates (on 05/11, 06/11)."""
    runs = []
    for match in _RUN_OF_SCORES.finditer(msgid):
        if "/" in match.group() and DATE_WORD_BEFORE.search(msgid, max(0, match.start() - DATE_WORD_REACH), match.start()):
            continue
        scores = tuple((int(first), int(second)) for first, second in _SCORE_OF_A_SET.findall(match.group()) if first != second)
        if len(scores) > 1:
            runs.append(_RunOfScores(scores, match.span(), match.group()))
    return tuple(runs)
