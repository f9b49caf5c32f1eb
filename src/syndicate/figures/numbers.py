"""The numbers check (`changed_numbers`): every number and time of the source paired with the
translation's, once each of the other readers has taken out what it explains (a date, a
span, a share, a unit's conversion, an amount in words), and what is left reported as lost,
changed or added.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from decimal import Decimal
from fractions import Fraction

import regex
from babel import Locale

from ..ids import bcp47
from ..issues import Issue
from ..lazy_regex import lazy_compile
from ..placeholders import prose_of
from .readers import DIGIT_RUN, KANJI_LANGUAGES, Number, decimal_value, formatted, in_any_case, plain
from .number_words import (
    COUNTING_ONE, COUNTS_CHANGED_IN_WORDS, COUNTS_IN_WORDS, NUMBER_WORDS, SCALES, centuries_said, halves_in_words,
    numbers_in_words, ones_in_words, tenths_in_words, written_out_numbers,
)
from .scales import amounts_in_parts, amounts_said_in_words, in_scale_words, on_its_scale, scale_after
from .measures import converted_figures, measures_converted
from .times import (
    DOTTED_CLOCK, a_morning_hour_on_a_12_hour_clock, bare_morning_hours_in, hour_alone, hours_in_words_in_digits, match_times,
    names_noon_or_midnight, source_hours_in_words, times_in_another_zone, without_paired_race_times, written_on_a_12_hour_clock,
)
from .tallies import TALLY
from .periods import (
    FIRST_OF_MONTH, FISCAL_YEAR, month_names, months_in_digits, months_named, period_halves, quarters_in, source_period_halves,
    source_quarters, spans_of_months, without_paired_dates,
)
from .money import cents_in_the_currency
from .dozens import WORD_BEFORE, source_dozens, source_dozens_counted
from .shares import basis_points_said_as_a_fraction, factors_in_digits, halves_as_in_digits, percentages_as_multiples, shares_said
from .digits import (
    ARABIC_SINGULARS, DUAL, all_among, dual_amounts, duals_in, numbers_and_times, reported_value, source_numbers_and_times,
    text_of, without_values,
)
from .spans import NO_SPANS, spans_changed, spans_compared


def changed_numbers(msgid: str, msgstr: str, source: Locale, target: Locale) -> list[Issue]:
    """The numbers and times of the source the translation lost or changed (`numbers`), those
    it writes the source language's way (`number-format`, or `numbers` where the target reads
    them as another number) or in another notation (`time-format`), and those it adds
    (`number-added`, or with what is missing in `numbers`). Each is found again in the
    translation however it writes it: in its locale's digits and separators, in words, kanji or
    Roman numerals, on another scale, or said another way (a share, a span of time)."""
    if not (DIGIT_RUN.search(msgid) or DIGIT_RUN.search(msgstr) or source_hours_in_words(msgid, source.language)
            or names_noon_or_midnight(msgid)):
        return []  # most sentences: nothing to compare, decided without parsing
    msgid, msgstr, date_issues = without_paired_dates(msgid, msgstr, source, target)
    msgid, msgstr = without_paired_race_times(msgid, msgstr)
    in_source = source_numbers_and_times(msgid, source)
    source_spans = spans_of_months(prose_of(msgid)) if target.language in KANJI_LANGUAGES and "月" in msgstr else frozenset()
    in_target = numbers_and_times(prose_of(msgstr), target, source_spans=source_spans)
    if in_source.times == in_target.times and _keys(in_source.numbers) == _keys(in_target.numbers):
        return date_issues  # the same times and amounts in the same order: every one pairs with its twin
    source_months, target_months = months_named(msgid, source), months_named(msgstr, target)
    if source_months or target_months:
        in_source = source_numbers_and_times(msgid, source, target_months)
        # Where the source names a month, one the translation writes in digits (4月3日, 7～9月)
        # is the month check's to compare with it, whichever month it is: no number besides.
        written = frozenset(month.number for month in months_in_digits(msgstr)) if source_months else frozenset()
        in_target = numbers_and_times(prose_of(msgstr), target, source_months | written)
    source_numbers, target_numbers = list(in_source.numbers), list(in_target.numbers)
    # Times first: what they match is taken out of the numbers that are left to compare.
    # Read only for a source's hour on the 12-hour clock, which it may have made the morning's
    # (8 p.m. → alle 8) or made so as it is (9 a.m. → alle 9).
    bare_morning_hours = (
        bare_morning_hours_in(prose_of(msgstr), target)
        if any(written_on_a_12_hour_clock(time) or a_morning_hour_on_a_12_hour_clock(time) for time in in_source.times)
        else frozenset()
    )
    # A time converted into another zone first, which says another hour: not the same hour as a
    # bare number (the 10 of `am 10. März` for `10 a.m. ET on March 10`), nor one of the other clock.
    source_times, target_times = list(in_source.times), list(in_target.times)
    converted = times_in_another_zone(source_times, target_times, msgid, msgstr) if source_times and target_times else []
    for was, said, _ in converted:
        source_times.remove(was)
        target_times.remove(said)
    time_issues, missing, added, range_hours = match_times(
        source_times, target_times, source_numbers, target_numbers, bare_morning_hours, target.language in DOTTED_CLOCK
    )
    time_issues = date_issues + [wrong_hour for _, _, wrong_hour in converted if wrong_hour] + time_issues
    # `Half as many` → `2 fois moins`, `в 2 раза меньше`: the 2 of a comparison by half is the
    # source's half, no number to pair with the source's.
    for _ in range(halves_as_in_digits(msgid, msgstr, source, target)):
        if (two := next((number for number in target_numbers if number.value == 2), None)) is not None:
            target_numbers.remove(two)
    # `tripled` → `3倍`, `multipliés par 3`, `3 fois plus`: the digits of a multiple by the
    # source verb's factor are the verb's, no number besides.
    for written in factors_in_digits(msgid, msgstr, source, target):
        if (factor := next((number for number in target_numbers if number.value == written), None)) is not None:
            target_numbers.remove(factor)
    # `$80 a barrel` → `1バレル80ドル`, `per share` → `1株当たり`: the one unit of a rate, which
    # the source says with its article or `per`.
    for _ in range(_units_of_a_rate_as_one(msgid, msgstr, source, target)):
        if (one := next((number for number in target_numbers if number.value == 1), None)) is not None:
            target_numbers.remove(one)
    if len(target_numbers) > 1 and any(number.scaled is not None for number in source_numbers):
        target_numbers = amounts_in_parts(target_numbers, source_numbers)
    number_issues, missing_numbers, added_numbers = _match_numbers(source_numbers, target_numbers, source, target)
    # `Q2` → `第2四半期`, `4～6月期`: the number of a quarter both name is the quarter's.
    if added_numbers and (quarters := source_quarters(msgid, source.language)):
        for quarter in quarters.keys() & quarters_in(prose_of(msgstr), target.language).keys():
            if (twin := text_of(quarter, added_numbers, target)) is not None:
                added_numbers.remove(twin)
    target_prose = prose_of(msgstr)
    if missing_numbers and any(number.scaled is not None for number in in_source.numbers):
        missing_numbers, said_on_a_scale, target_prose = amounts_said_in_words(missing_numbers, in_source.numbers, target_prose, target)
        number_issues += said_on_a_scale
    # An hour said in words is the time's, no number besides (a las siete de la tarde).
    in_words = numbers_in_words(hours_in_words_in_digits(msgid, source.language), source.language)
    # `three hours away` → `à 3 heures de route`: an hour the source says in words is a count.
    added = _not_in_words(added, in_words, target, hour_alone) if added and in_words else added
    decades = frozenset(int(number.value) for number in in_source.numbers if number.decade and number.value is not None)
    # What the translation writes without digits, read only when something is left unpaired.
    written_out = (written_out_numbers(hours_in_words_in_digits(target_prose, target.language), target, decades,
                                centuries_said(msgid, decades))
                   if missing_numbers or range_hours or (added_numbers and in_words) else Counter())
    # `from 9 to 5` → `von neun bis fünf`: the hours of the range in words, without the clock's word.
    missing += _not_in_words(range_hours, written_out, source)
    if missing_numbers:
        # `5 plants` → `fünf Werke`, `the 20th century` → `le XXe siècle`; a word that writes one
        # the source writes in words stands for that one (`Three and 3` → `Drei und`).
        words_left = written_out - in_words
        missing_numbers = _not_in_words(missing_numbers, words_left, source)
        # `1 1/2 metres` → `eineinhalb Meter`, `metro y medio`, `полтора метра`: a number and a half said in words.
        if missing_numbers and (halves := halves_in_words(prose_of(msgstr), target.language)):
            missing_numbers = [text for text in missing_numbers if reported_value(text, source) not in halves]
        # `0.3 percentage points` → `tres décimas`, `tre decimi di punto`: tenths of a point in words.
        if missing_numbers and (tenths := tenths_in_words(prose_of(msgstr), target.language)):
            missing_numbers = [text for text in missing_numbers if reported_value(text, source) not in tenths]
        # `1 in 4 households` → `jeder vierte Haushalt`, `uno de cada cuatro`: the one of a
        # proportion goes without saying; its other number does not.
        for _ in range(len(_ONE_IN.findall(msgid))):
            if "1" in missing_numbers:
                missing_numbers.remove("1")
        # `Flight BA 2490` → `BA2490便`, `737 MAX 9` → `737MAX9`: a code the translation writes
        # as one word, whose digits are no number there.
        for letters, digits in _SPACED_CODE.findall(msgid):
            if digits in missing_numbers and regex.search(rf"(?<!\p{{Latin}}){letters}{digits}(?!\p{{N}})", msgstr):
                missing_numbers.remove(digits)
        # `the 27 EU countries` → `EU27カ国`, `欧盟27国`: a count of countries joined to the name
        # of their union, as Japanese and Chinese write it (no number after a letter otherwise).
        for digits in _COUNT_AFTER_A_NAME.findall(msgstr) if target.language in KANJI_LANGUAGES else ():
            if digits in missing_numbers:
                missing_numbers.remove(digits)
        # `50 basis points` → `einen halben Prozentpunkt`, `un quart de point`: basis points said
        # as the fraction of a point they are.
        for points in basis_points_said_as_a_fraction(msgid, msgstr, source, target):
            missing_numbers = without_values(missing_numbers, [points], source)
        # `In 2024-25` → `2024年度`: a Japanese fiscal year, named by the year it starts in, runs into the next.
        for year in FISCAL_YEAR.findall(msgstr) if "年度" in msgstr else ():
            following = str(int(year) + 1)
            if following in missing_numbers and regex.search(rf"{year}\s?[-–/]\s?(?:{following}|{following[2:]})(?!\p{{N}})", msgid):
                missing_numbers.remove(following)
        # `a 0-0 draw` → `empate a cero`, `igualaron a uno`: a draw said by its one number.
        for said in _DRAW_AT.findall(msgstr) if any(hint in msgstr for hint in _DRAW_HINTS) else ():
            tied = str(NUMBER_WORDS.get(target.language, {}).get(said.lower(), said))
            if (tied, tied) in TALLY.findall(msgid):
                for _ in range(2):
                    if tied in missing_numbers:
                        missing_numbers.remove(tied)
        # `in the 2nd half` → `下半场`, `後半`: the half the translation names says its number.
        for half, written in source_period_halves(msgid, source.language).items():
            if str(half) in missing_numbers and DIGIT_RUN.search(written) and half in period_halves(prose_of(msgstr), target.language):
                missing_numbers.remove(str(half))
        # `the 89th minute` → `後半44分`: a match minute counted from the start of the second half.
        if "後半" in msgstr or "下半" in msgstr:
            for minute in _SECOND_HALF_MINUTE.findall(msgstr):
                if str(45 + int(minute)) in missing_numbers and (twin := text_of(int(minute), added_numbers, target)):
                    missing_numbers.remove(str(45 + int(minute)))
                    added_numbers.remove(twin)
        # `4x100m` → `400メートルリレー`: a relay by the distance its legs add up to.
        if "x" in msgid or "×" in msgid:
            for legs, leg in _RELAY.findall(msgid):
                if legs in missing_numbers and (twin := text_of(int(legs) * int(leg), added_numbers, target)):
                    missing_numbers.remove(legs)
                    added_numbers.remove(twin)
        # `Jan. 1` → `الأول من يناير`, `1 April` → `il primo aprile`: the first of a month said in words.
        if "1" in missing_numbers and target_months and (first_of_month := FIRST_OF_MONTH.get(target.language)) is not None:
            if any(month_names(target).get(month.casefold()) for month in first_of_month.findall(msgstr)):
                missing_numbers.remove("1")
        # `1 minute` → `دقيقة`: an Arabic noun in the singular says one by itself.
        if "1" in missing_numbers and target.language == "ar":
            for counted in _ONE_OF_A_UNIT.findall(msgid):
                if regex.search(rf"(?<!\p{{L}})[وب]?(?:{ARABIC_SINGULARS[counted.lower()]})[اً]*(?!\p{{L}})", msgstr):
                    missing_numbers.remove("1")
                    break
        # `1 person` → `Eine Person`, `один человек`, `一人`; `1 million` → `eine Million`: a one the
        # number words leave out, as it is also an article. Not where the translation has a count
        # of its own, in digits or in words (`Zwei Personen starben bei einem Brand`; the thousand
        # of `mil millones` is a billion's).
        # `3-1` → `drei zu eins`: a score's one in words, whatever other numbers it says in words.
        for _ in range(min(missing_numbers.count("1"), _scores_ones_in_words(msgid, msgstr, target, missing_numbers))):
            missing_numbers.remove("1")
        if "1" in missing_numbers and not added_numbers and not words_left.keys() - SCALES:
            missing_numbers, said_by_an_article = _ones_said_in_words(missing_numbers, in_source.numbers, msgid, msgstr, source, target)
            number_issues += said_by_an_article
        # `2 ships` → `سفينتان`, `2 days` → `יומיים`: a noun in the dual says two by itself.
        # A million or a billion in the dual (ملياري دولار) says the source's 2 of as many.
        if "2" in missing_numbers and target.language in DUAL:
            twos = duals_in(prose_of(msgstr), target.language)
            amounts = dual_amounts(prose_of(msgstr)) if target.language == "ar" else Counter()
            for number in in_source.numbers:
                if number.value == 2 and number.scaled is not None and amounts[number.scaled] > 0:
                    amounts[number.scaled] -= 1
                    twos += 1
            for _ in range(twos):
                if "2" in missing_numbers:
                    missing_numbers.remove("2")
        # `100F (38C)` → `38 Grad`: a metric newsroom keeps the metric figure the source gives beside.
        if converted := converted_figures(msgid):
            missing_numbers = [text for text in missing_numbers if reported_value(text, source) not in converted]
    # `Seven in 10` → `70 Prozent`, `七成`, `十分之七`; `1 in 4` → `ein Viertel`; `up a fifth` →
    # `2割`: a share of the source said another way is the same figure. `18 months` →
    # `anderthalb Jahre`, `1年半`; `6 months` → `半年`; `2 years` → `24 Monate`: so is a span of time.
    # (Read only when a figure is left unpaired: those it pairs cannot change what is reported.)
    unpaired = bool(missing_numbers or added_numbers)
    spans = spans_compared(msgid, msgstr, source, target) if unpaired else NO_SPANS
    said_another_way = [*shares_said(msgid, msgstr, source, target), *spans.said, *measures_converted(msgid, msgstr, source, target)
                        ] if unpaired else []
    for was, said in said_another_way:
        if all_among(said.digits, added_numbers, target):  # figures of its own, not paired with the source's
            added_numbers = without_values(added_numbers, said.digits, target)
            missing_numbers = without_values(missing_numbers, was.digits, source)
    # `85 cents` → `0,85 Dollar`, `jumped 150%` → `2.5倍`: an amount in the currency for its
    # hundredths, a percentage as the multiple it makes.
    converted = [*cents_in_the_currency(msgid, msgstr, source, target), *percentages_as_multiples(msgid, msgstr, source, target)]
    for was_value, said_value in converted if unpaired else ():
        if all_among([said_value], added_numbers, target):
            added_numbers = without_values(added_numbers, [said_value], target)
            missing_numbers = without_values(missing_numbers, [was_value], source)
    missing += missing_numbers
    of_dozens: set[int] = set()  # the counts of dozens reported missing (the two of two dozen)
    if added_numbers and (dozens := source_dozens_counted(msgid, source.language)):
        # `Two dozen protesters` → `24 manifestantes`: the count the dozens make, in digits.
        unmatched = Counter(dozens)
        added_numbers = _not_in_words(added_numbers, unmatched, target)
        # `Half a dozen ministers` → `8 ministres`, `Two dozen` → `20`: another count in their place.
        if unmatched.total() and any(reported_value(text, target) in COUNTS_CHANGED_IN_WORDS for text in added_numbers):
            said = {int(12 * count): (count, words) for count, words in source_dozens(msgid, source.language).items()}
            for count in sorted(unmatched.elements()):
                dozens_of, words = said.get(count, (Fraction(0), str(count)))
                missing.append(words)
                of_dozens.add(int(dozens_of))
    added_figures = _not_in_words(added_numbers, in_words, target)
    added += added_figures
    # `Three people died` → `7 Menschen starben`: a count the source writes in words became
    # another count. Not one the translation writes in words too (閣僚の一人), nor one and
    # first, which a translation rephrases freely (`one of the worst in a decade` → `seit 10
    # Jahren`), nor for a figure that is no count (`one in five` → `20 %`): those only warn.
    changed = Counter({
        value: count for value, count in (in_words - written_out).items() if value in COUNTS_IN_WORDS and value not in of_dozens
    })
    counts = sorted(changed) if changed and any(reported_value(text, target) in COUNTS_IN_WORDS for text in added) else []
    missing += [f"the number {value} the source writes in words" for value in counts]
    # `a year and a half` → `12 Monate`, `half an hour` → `40 Minuten`: a span of time the
    # source says in words became another (one whose count is reported above, once).
    if added_figures and spans.unsaid:
        changed_spans = spans_changed(spans, added_figures, msgid, msgstr, source, target)
        missing += [span.words for span in changed_spans if not span.numbers or not set(span.numbers) <= set(counts)]
    if not missing:
        # Only added: a date, a count the source writes in words (`each day` → 1日あたり).
        return time_issues + number_issues + ([Issue("number-added", f"not in the source: {', '.join(added)}")] if added else [])
    parts = [f"missing {', '.join(missing)}"] + ([f"not in the source: {', '.join(added)}"] if added else [])
    return time_issues + number_issues + [Issue("numbers", "; ".join(parts))]


# A code of capitals and digits with a space between (BA 2490, MAX 9, ICE 123).
_COUNT_AFTER_A_NAME = lazy_compile(r"(?<=\p{Lu})(\p{Nd}+)(?=\s?(?:[カかヶケ]国|个?国|國))")
_SPACED_CODE = lazy_compile(r"(?<![\p{L}\p{N}])(\p{Lu}[\p{Lu}\p{Nd}]{1,2})[ \u00a0](\p{Nd}+)(?![\p{N}\p{L}]|[.,]\p{Nd})")
# A minute of a match's second half, as Japanese and Chinese count it: 後半44分, 下半场第44分钟.
_SECOND_HALF_MINUTE = lazy_compile(r"(?:後半|下半场|下半場)第?(\p{Nd}{1,2})分")
# A relay by its legs: 4x100m, 4 × 400 m.
_RELAY = lazy_compile(r"(?<![\p{N}.,])(\p{Nd}) ?[x×] ?(\p{Nd}{2,3})(?!\p{N})")
_ONE_OF_A_UNIT = lazy_compile(rf"(?<![\p{{N}}.,])1[ -]({'|'.join(ARABIC_SINGULARS)})(?!\p{{L}})", regex.IGNORECASE)


# A draw by its score's one number, as Spanish and Portuguese say it: empate a cero, empataron a
# dos, igualaron a uno, empate a zero.
_DRAW_AT = lazy_compile(r"(?<!\p{L})(?:empat|iguala)\p{L}*\s+(?:a|em)\s+(\p{L}+|\p{Nd}+)(?![\p{L}\p{N}])", regex.IGNORECASE)
_DRAW_HINTS = (*in_any_case("mpat"), *in_any_case("guala"))  # Empate, EMPATE
# The one of a proportion: 1 in 4, 1 out of 10 (not No. 1 in 12 countries, nor 1 in 2023).
_ONE_IN = lazy_compile(r"(?<![\p{N}.,#])(?<!No\.\s?)(?<!number\s)1 (?:in|out of) \p{N}{1,3}(?![\p{N},.])", regex.IGNORECASE)
# A billion said as a thousand millions without a number: mil millones, mil milhões.
_A_THOUSAND_MILLIONS = lazy_compile(r"(?<!\p{N}[ \u00a0]?)(?<![\p{L}\p{N}])mil[ \u00a0](?:millones|milhões)(?!\p{L})", regex.IGNORECASE)


# The unit of a rate in an English source: `$80 a barrel`, `5 cents a share`, `2.5 million
# barrels a day`, `3% a year`, `500 cars each day` (after an amount), `per share`.
_ENGLISH_RATE = lazy_compile(r"(?<!\p{L})per\s+\p{L}|\p{Nd}(?:\s?%|(?:\s+\p{L}+){0,2})\s+(?:an?|each|every)\s+\p{L}", regex.IGNORECASE)
# A one in digits right before its unit or counter, as Japanese, Chinese and Korean write the one
# of a rate (1バレル, 1株当たり, 1배럴당); not before a scale (1億, 1만) or a month (1月), nor
# the first day of a month (4月1日, 4월 1일).
_ONE_BEFORE_ITS_UNIT = lazy_compile(
    r"(?<![\p{N}.,])(?<![月월]\s?)1(?=[\p{Katakana}\p{Han}\p{Hangul}])(?![万萬億亿兆千百十월억조천백만月])"
)
_ONE_BEFORE_A_UNIT_LANGUAGES = frozenset({"ja", "zh", "ko"})


def _units_of_a_rate_as_one(msgid: str, msgstr: str, source: Locale, target: Locale) -> int:
    """How many of the ones the translation writes in digits before their unit (`1バレル`) may
    be the unit of a rate the source says without a one (`$80 a barrel`)."""
    if source.language != "en" or target.language not in _ONE_BEFORE_A_UNIT_LANGUAGES or "1" not in msgstr:
        return 0
    return min(len(_ONE_BEFORE_ITS_UNIT.findall(prose_of(msgstr))), len(_ENGLISH_RATE.findall(prose_of(msgid))))


# A goal, point or set alone after `against` or `to` in an Arabic score: one (بثلاثة أهداف مقابل هدف, لهدف).
_ARABIC_ONE_SCORED = lazy_compile(r"(?:مقابل\s+|(?<![\p{L}\p{M}])ل)(?:هدف|نقطة|شوط)(?![\p{L}\p{M}])")


def _scores_ones_in_words(msgid: str, msgstr: str, target: Locale, missing: Sequence[str]) -> int:
    """How many of the ones of the source's scores (`3-1`) the translation says in words, where
    it says the score's other side (not in `missing`): by a word that says nothing but one
    (`drei zu eins`, `tres goles a uno`, `3 к одному`), or in Arabic by the noun alone
    (`بثلاثة أهداف مقابل هدف`). A one alone is no score (`3-1` → `empató a uno`, a draw)."""
    scored = sum(1 for tally in TALLY.findall(prose_of(msgid)) for index, side in enumerate(tally)
                 if side == "1" and (tally[1 - index] == "1" or tally[1 - index] not in missing))
    if not scored:
        return 0
    prose = prose_of(msgstr)
    ones, articles = ones_in_words(prose, target.language)
    said = len(ones) - articles + (len(_ARABIC_ONE_SCORED.findall(prose)) if target.language == "ar" else 0)
    return min(scored, said)


def _ones_said_in_words(
    missing: list[str], source_numbers: Sequence[Number], msgid: str, msgstr: str, source: Locale, target: Locale
) -> tuple[list[str], list[Issue]]:
    """`missing` without each 1 of the source the translation says in words: one of a million
    or a billion by the word for one or the article before the scale (eine Million, un
    milliard, mil millones), a 1 that counts (`COUNTING_ONE`) by a word for one. Where that
    word may be the article of another noun (Eine Person starb bei einem Brand), a warning
    says so: a translation may drop the 1 and keep an article."""
    missing, prose = list(missing), prose_of(msgstr)
    ones, articles = ones_in_words(prose, target.language)
    scales = [number.scaled for number in source_numbers if number.value == 1 and number.scaled is not None]
    for one in list(ones) if scales else ():
        scale = scale_after(prose, one.end(), target.language)
        if scale is not None and scale[0] in scales and "1" in missing:
            scales.remove(scale[0])
            missing.remove("1")
            ones.remove(one)
    if 10**9 in scales and "1" in missing and "mil" in prose.casefold():
        for match in _A_THOUSAND_MILLIONS.finditer(prose):
            before = WORD_BEFORE.search(prose, max(0, match.start() - 30), match.start())
            if before is None or before.group().strip().casefold() not in NUMBER_WORDS.get(target.language, {}):
                missing.remove("1")  # not dos mil millones, two billion
                break
    source_prose = prose_of(msgid)
    counting = sum(1 for one in COUNTING_ONE.finditer(source_prose) if scale_after(source_prose, one.end(), source.language) is None)
    counting = min(counting, missing.count("1"), len(ones))
    if not counting:
        return missing, []
    for _ in range(counting):
        missing.remove("1")
    said = [one.group() for one in ones]
    unambiguous = len(ones) - articles
    if counting <= unambiguous:
        return missing, []
    return missing, [Issue("count-dropped", f"the source's 1 is said only by “{'”, “'.join(dict.fromkeys(said))}”, "
                                            "which may be an article: check that the translation counts one")]


def _not_in_words(
    numbers: list[str], in_words: Counter[int], locale: Locale, value_of: Callable[[str, Locale], Decimal | None] = reported_value
) -> list[str]:
    """The numbers (written as in `locale`, perhaps with a reading after them) the other side
    does not write in words; each word taken is taken out of `in_words`."""
    left = []
    for text in numbers:
        value = value_of(text, locale)
        if value is not None and value == int(value) and in_words[int(value)] > 0:
            in_words[int(value)] -= 1
        else:
            left.append(text)
    return left


def _keys(numbers: Sequence[Number]) -> list[tuple[Decimal | str, Decimal | None]]:
    return [(number.key, number.scaled) for number in numbers]


def _match_numbers(
    source_numbers: list[Number], target_numbers: list[Number], source: Locale, target: Locale
) -> tuple[list[Issue], list[str], list[str]]:
    """Pair the numbers up by value; (issues, missing, added)."""
    remaining = Counter(number.key for number in source_numbers)
    # What each value of the source amounts to with its scale, and how the source writes that.
    amounts: dict[Decimal | str, dict[Decimal | str, str]] = {}
    for number in source_numbers:
        amounts.setdefault(number.key, {})[number.scaled if number.scaled is not None else number.key] = number.amount
    unmatched: list[Number] = []
    issues: list[Issue] = []
    # An amount on another scale than the source's pairs with it first (50억 for 5 billion): its
    # digits alone may be another number of the source (50 of a 50% beside it).
    on_a_scale = {number.scaled: number for number in source_numbers if number.scaled is not None}
    left_to_pair = []
    for number in target_numbers:
        twin = on_a_scale.get(number.scaled) if number.scaled is not None else None
        if twin is not None and twin.key != number.key and remaining[twin.key] > 0:
            remaining[twin.key] -= 1
        else:
            left_to_pair.append(number)
    for number in left_to_pair:
        # The same text also counts when the source's is no number in its locale (24.11.2026).
        same = next((key for key in (number.key, number.text) if remaining[key] > 0), None)
        if same is None:
            unmatched.append(number)
            continue
        remaining[same] -= 1
        understood = {
            amount: written for amount, written in amounts.get(same, {}).items() if isinstance(amount, Decimal) and amount != same
        }
        if number.scaled is not None and understood and number.scaled not in amounts[same]:
            # `$370 billion` → `370 Billionen Dollar`: the digits agree, the amount is 1,000 times it.
            in_source = " or ".join(f"{written} ({plain(amount, grouped=True)})" for amount, written in sorted(understood.items()))
            issues.append(Issue("numbers", f"{number.amount} is {in_scale_words(number.scaled)} "
                                           f"({plain(number.scaled, grouped=True)}); the source says {in_source}"))
    if any(number.scaled is not None for number in (*source_numbers, *unmatched)):
        unmatched = [number for number in unmatched if not _paired_on_another_scale(number, source_numbers, remaining)]
        for number in list(unmatched):
            # `$2.5bn` → `2 und eine halbe Million`: the source's number on another scale.
            if number.scaled is not None and (twin := _scaled_twin(number.scaled, source_numbers, remaining)) is not None:
                unmatched.remove(number)
                written, amount = twin
                issues.append(Issue("numbers", f"{number.amount} is {in_scale_words(number.scaled)} ({plain(number.scaled, grouped=True)}); "
                                               f"the source says {written} ({plain(amount, grouped=True)})"))
    unmatched = [number for number in unmatched if not (number.decade and _paired_as_decade(number, source_numbers, remaining))]
    if any(number.decade for number in source_numbers):
        unmatched = [number for number in unmatched if not _paired_as_end_of_decades(number, source_numbers, remaining)]
    unmatched = [number for number in unmatched if not _paired_as_grouped_digits(number, source_numbers, remaining)]
    added: list[str] = []
    for number in unmatched:
        as_in_source = decimal_value(number.text, source)
        if as_in_source is None or remaining[as_in_source] <= 0:
            added.append(number.text + _reading(number, source, target))
            continue
        # Written the source language's way: harmless when the target cannot read it
        # otherwise (3.5 in German), wrong when it reads as another number (1,200 is 1.2).
        remaining[as_in_source] -= 1
        local = formatted(as_in_source, target, quantized=False)
        if number.value is None:
            issues.append(Issue("number-format", f"{number.text} is written the {source.get_language_name('en')} way: {bcp47(target)} writes {local}"))
        else:
            issues.append(Issue("numbers", f"{number.text} reads as {plain(number.value)} in {bcp47(target)}: write {local}"))
    missing = []
    for number in source_numbers:
        if remaining[number.key] > 0:
            remaining[number.key] -= 1
            missing.append(number.text)
    return issues, missing, added


def _paired_on_another_scale(number: Number, source_numbers: list[Number], remaining: Counter[Decimal | str]) -> bool:
    """Whether `number` is one of the source's written on another scale (350万 for 3.5
    million); if so, that source number is taken."""
    values = {number.value, number.scaled} - {None}
    return _take_twin(source_numbers, remaining, lambda other: bool(values & {other.value, other.scaled})) is not None


def _scaled_twin(scaled: Decimal, source_numbers: list[Number], remaining: Counter[Decimal | str]) -> tuple[str, Decimal] | None:
    """The source's amount (as written, and its value) whose number on its scale is that of
    the amount `scaled` on its own: `$2.5bn` for `2 und eine halbe Million` (2.5 million). If
    there is one, it is taken."""
    said = on_its_scale(scaled)
    twin = _take_twin(source_numbers, remaining, lambda other: other.scaled is not None and on_its_scale(other.scaled) == said)
    return (twin.amount, twin.scaled) if twin is not None and twin.scaled is not None else None


def _paired_as_decade(number: Number, source_numbers: list[Number], remaining: Counter[Decimal | str]) -> bool:
    """Whether the decade `number` (90er) is a year of the source with its two last digits
    (1990s); if so, that source number is taken."""
    return _take_twin(
        source_numbers, remaining,
        lambda other: other.decade and other.value is not None and 1000 <= other.value < 10000 and other.value % 100 == number.value,
    ) is not None


def _paired_as_end_of_decades(number: Number, source_numbers: list[Number], remaining: Counter[Decimal | str]) -> bool:
    """Whether `number` ends the range that decades in a row of the source span, where the
    next one begins (`in their 30s and 40s` → `zwischen 30 und 50`); if so, the last decade
    is taken. Not a decade itself: the 50s are another decade."""
    if number.decade or number.value is None:
        return False
    decades = {other.value for other in source_numbers if other.decade}
    return _take_twin(
        source_numbers, remaining,
        lambda other: other.decade and other.value is not None and other.value + 10 == number.value and other.value - 10 in decades,
    ) is not None


def _paired_as_grouped_digits(number: Number, source_numbers: list[Number], remaining: Counter[Decimal | str]) -> bool:
    """Whether `number` is a run of the source's numbers in a row, grouped as the target
    groups digits: a telephone number or a code (0800 123 456), which a language that groups
    thousands with a space reads as one number and English as three. If so, they are taken."""
    digits = "".join(char for char in number.text if char.isdigit())
    # Not a number (1 200 is 1,200, never 1 and 200), nor longer than a telephone number
    # (which also bounds the runs tried).
    if not 7 <= len(digits) <= 20:
        return False
    for first in range(len(source_numbers)):
        run: Counter[Decimal | str] = Counter()
        position = 0
        for other in source_numbers[first:]:
            piece = "".join(char for char in other.text if char.isdigit())
            if remaining[other.key] - run[other.key] <= 0 or not digits.startswith(piece, position):
                break
            run[other.key] += 1
            position += len(piece)
            if position == len(digits):
                if run.total() > 1:
                    remaining.subtract(run)
                    return True
                break
    return False


def _take_twin(
    source_numbers: list[Number], remaining: Counter[Decimal | str], is_twin: Callable[[Number], bool]
) -> Number | None:
    """The first source number not paired yet that is a twin, taken; None when there is none."""
    twin = next((other for other in source_numbers if remaining[other.key] > 0 and is_twin(other)), None)
    if twin is not None:
        remaining[twin.key] -= 1
    return twin


def _reading(number: Number, source: Locale, target: Locale) -> str:
    """` (= 1.2 in de)` when a reader of the source language would read the number otherwise."""
    if number.value is None or decimal_value(number.text, source) == number.value:
        return ""
    return f" (= {plain(number.value)} in {bcp47(target)})"
