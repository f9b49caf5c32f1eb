"""The figures of a translation compared with its source's: numbers, times, dates and
months, weekdays, counts in words, fractions, comparisons by half, shares, spans of time,
dozens, halves of a year or a match, vote tallies, currencies and minus signs. Each is read in
the source sentence and in the translation as the language of each writes it, and what the
translation changed is reported as an `Issue`.

Correct localisation is not reported: `3.5` ↔ `3,5`, `1,200` ↔ `1.200` ↔ `1 200` are the same
number (babel's CLDR symbols decide), and so are `5` ↔ `fünf` ↔ `五つ` and `20th` ↔ `XXe` (in
words, kanji, Roman numerals), `2:30 p.m.` ↔ `14.30 Uhr` the same time, `Seven in 10` ↔ `70 %`
the same share. `1,200` in a German translation of `1,200`, however, reads as 1.2 and is an
error.

check.py runs the checks, `changed_numbers` and the other `changed_*`, `reversed_tallies` and
`dropped_minus`, with its own; localise.py writes a table's figures as the target does
(`figure_in_locale`); pseudo.py leaves the times `TIME` finds as they are.

A module a kind of figure, each reading with those before it here and none after:
`readers` (what they all share: a locale's digits and separators, a number and a time as
read), `minus`, `weekdays`, `number_words` (numbers in words, kanji, hangul, Roman numerals),
`scales` (million, Mrd., 万), `measures` (units), `times`, `tallies`, `periods` (months and
dates, quarters and halves of a year), `money` (currencies and cents), `dozens`, `shares`
(percentages and points, fractions, multiples), `digits` (every number and time of a text),
`spans` (of time), `rates` (a rate's period: a year, pro Monat), `bounds` (more than, less than),
`counts` (counts in words), `magnitudes` (hundreds, thousands, tens of thousands in words, and a
thousand said as ten thousand), `rounds` (of a tournament: the quarter-finals, 八强), and
`numbers` (`changed_numbers`, which pairs what the others leave).
"""

from .bounds import reversed_bounds
from .counts import changed_counts_in_words
from .dozens import changed_dozens
from .magnitudes import changed_magnitudes, changed_round_numbers
from .measures import changed_measures
from .minus import dropped_minus
from .money import cents_made_whole, changed_currencies
from .numbers import changed_numbers
from .periods import changed_months, changed_period_halves, changed_quarters
from .rates import changed_rate_periods
from .readers import figure_in_locale
from .rounds import changed_rounds
from .shares import changed_doublings, changed_fractions, changed_multiples, changed_percentages, points_made_percentages
from .spans import changed_spans
from .tallies import reversed_tallies
from .times import TIME, told_in_two_zones
from .weekdays import changed_weekdays

__all__ = [
    "TIME", "cents_made_whole", "changed_counts_in_words", "changed_currencies", "changed_doublings", "changed_dozens",
    "changed_fractions", "changed_magnitudes", "changed_measures", "changed_months", "changed_multiples", "changed_numbers",
    "changed_percentages", "changed_period_halves", "changed_quarters", "changed_rate_periods", "changed_round_numbers",
    "changed_rounds", "changed_spans", "changed_weekdays", "dropped_minus", "figure_in_locale", "points_made_percentages",
    "reversed_bounds", "reversed_tallies", "told_in_two_zones",
]
