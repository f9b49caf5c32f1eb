"""Quotation detection, pairing problems and locale quotation marks."""

from __future__ import annotations

import pytest

from syndicate.quotes import (
    QUOTE_MARKS,
    Quotation,
    find_quotations,
    normalise_quotes,
    quotation_problems,
    quote_marks,
    quoted_spans,
)


def _quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotations(text)]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Costa said “we want contracts” and left.", ["“we want contracts”"]),
        ("„Wir kämpfen“, sagte er.", ["„Wir kämpfen“"]),
        ("„Nie odpuścimy” – powiedział.", ["„Nie odpuścimy”"]),
        ("« Nous voulons des contrats », a-t-il dit.", ["« Nous voulons des contrats »"]),
        ("«\u202fNon\u202f», dit-il.", ["«\u202fNon\u202f»"]),
        ("«No vamos a ceder», dijo.", ["«No vamos a ceder»"]),
        ("Er sagte »Nein« und ging.", ["»Nein«"]),
        ("‹Oui›, dit-elle.", ["‹Oui›"]),
        ('He said "no" twice.', ['"no"']),
        ("She called it 'madness' and left.", ["'madness'"]),
        ("‘We vragen niet om de maan’, zei Costa.", ["‘We vragen niet om de maan’"]),
        ("Hon sa ”nej” igen.", ["”nej”"]),
        ("「東京」", ["「東京」"]),
    ],
)
def test_find_quotations_in_every_style(text: str, quoted: list[str]) -> None:
    assert _quoted(text) == quoted
    assert quotation_problems(text) == []


def test_nested_quotations_have_depth() -> None:
    text = "“My grandfather used to say, ‘You don’t inherit the earth.’ He was right,” she said."
    outer, inner = find_quotations(text)
    assert outer == Quotation(0, text.index(",”") + 2, "“", "”", 0)
    assert (inner.open_mark, inner.close_mark, inner.depth) == ("‘", "’", 1)
    assert text[inner.start : inner.end] == "‘You don’t inherit the earth.’"
    german = "„Er sagte ‚Nein‘, und dann »ging« er“, hieß es."
    assert [(q.open_mark, q.depth) for q in find_quotations(german)] == [("„", 0), ("‚", 1), ("»", 1)]
    russian = "«Нам нужны „контракты“», — сказал он."
    assert [(q.open_mark, q.close_mark, q.depth) for q in find_quotations(russian)] == [
        ("«", "»", 0),
        ("„", "“", 1),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The ’nineties were kind to Ukraine’s ports.",
        "L’entreprise a fermé jusqu’à lundi.",
        "The dockers' strike hit O'Brien's firm.",
        "Fans of rock 'n' roll and the '90s came.",
        "'s Avonds en 't is koud, zei ze.",
        "Rock 'n' roll 'til dawn, 'cause the '80s said so, 'bout time.",
        "Un po' di pazienza, aujourd'hui, geht's, Grimms' Märchen.",
        "He is 6'2\" tall.",
        "The dockers’ strike goes on.",
    ],
)
def test_apostrophes_are_not_quotation_marks(text: str) -> None:
    assert find_quotations(text) == []
    assert quotation_problems(text) == []


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("‘The dockers’ strike will go on,’ he said.", ["‘The dockers’ strike will go on,’"]),
        ("'The dockers' strike will go on,' he said.", ["'The dockers' strike will go on,'"]),
        ("‘The dockers’ “new” strike,’ he said.", ["‘The dockers’ “new” strike,’", "“new”"]),
        (
            "Er sagte: „Das ist ‚der Dockers’‘ Streik.“",
            ["„Das ist ‚der Dockers’‘ Streik.“", "‚der Dockers’‘"],
        ),
        ("“‘We want more’ he said,” she wrote.", ["“‘We want more’ he said,”", "‘We want more’"]),
        ("He said ‘yes’ and ‘no’ twice.", ["‘yes’", "‘no’"]),
        ("She called it 'madness' and 'chaos'.", ["'madness'", "'chaos'"]),
    ],
)
def test_possessive_or_closing_apostrophe(text: str, quoted: list[str]) -> None:
    assert _quoted(text) == quoted


def test_problems_are_reported() -> None:
    assert quotation_problems("“We will fight on.") == [
        "opening mark “ at offset 0 is never closed (“We will fight on.)"
    ]
    problems = quotation_problems("He said no.” Then „she left.")
    assert len(problems) == 2
    assert problems[0].startswith("closing mark ” at offset 11 has no opening mark")
    assert problems[1].startswith("opening mark „ at offset 18 is never closed")


def test_a_quotation_never_spans_a_paragraph_break() -> None:
    text = "“We will fight on.\n\nThe union met. “Yes,” he said."
    assert _quoted(text) == ["“Yes,”"]
    assert quoted_spans(text) == [(0, text.index("\n")), (text.index("“Yes"), text.index(",”") + 2)]


def test_quoted_spans_merge_nested_quotations() -> None:
    text = "He said “a ‘b’ c” and “d”."
    assert quoted_spans(text) == [(8, 17), (22, 25)]


def test_locale_table_follows_cldr() -> None:
    assert quote_marks("en") == (("“", "”"), ("‘", "’"))
    assert quote_marks("de") == (("„", "“"), ("‚", "‘"))
    assert quote_marks("de_CH") == (("«", "»"), ("‹", "›"))
    assert quote_marks("fr-FR") == (("«", "»"), ("‹", "›"))
    assert quote_marks("es") == (("«", "»"), ("“", "”"))
    assert quote_marks("it") == (("«", "»"), ("“", "”"))
    assert quote_marks("pt-BR") == (("“", "”"), ("‘", "’"))
    assert quote_marks("pt_PT") == (("«", "»"), ("“", "”"))
    assert quote_marks("nl") == (("‘", "’"), ("“", "”"))
    assert quote_marks("pl") == (("„", "”"), ("«", "»"))
    assert quote_marks("ru") == quote_marks("uk") == (("«", "»"), ("„", "“"))
    assert quote_marks("ar") == (("«", "»"), ("”", "“"))  # the Arabic press's, not CLDR's ”…“
    assert quote_marks("xx") == (("“", "”"), ("‘", "’"))
    # Traditional Chinese, by script or by a region that implies it; Simplified keeps “…”.
    assert quote_marks("zh-Hant-TW") == quote_marks("zh_TW") == quote_marks("zh-Hant") == (("「", "」"), ("『", "』"))
    assert quote_marks("zh-Hans") == quote_marks("zh-CN") == (("“", "”"), ("‘", "’"))
    assert quote_marks("fa") == (("«", "»"), ("‹", "›"))
    assert quote_marks("sr-Latn") == quote_marks("sr") == (("„", "“"), ("‘", "’"))
    assert set(QUOTE_MARKS) >= {"en", "de", "fr", "es", "it", "pt", "pt-PT", "nl", "pl", "ru", "uk", "ar"}


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("en", "“We said ‘no’,” he said. The dockers’ strike."),
        ("de", "„We said ‚no‘,“ he said. The dockers’ strike."),
        ("fr", "«\u202fWe said ‹\u202fno\u202f›,\u202f» he said. The dockers’ strike."),
        ("es", "«We said “no”,» he said. The dockers’ strike."),
        ("pl", "„We said «no»,” he said. The dockers’ strike."),
        ("ru", "«We said „no“,» he said. The dockers’ strike."),
        ("pt-PT", "«We said “no”,» he said. The dockers’ strike."),
    ],
)
def test_normalise_quotes(locale: str, expected: str) -> None:
    assert normalise_quotes("“We said ‘no’,” he said. The dockers’ strike.", locale) == expected


def test_normalise_quotes_replaces_typed_padding() -> None:
    for padding in (" ", "\u00a0", "\u202f", ""):
        source = f"«{padding}Non{padding}», dit-il."
        assert normalise_quotes(source, "fr") == "«\u202fNon\u202f», dit-il."
        assert normalise_quotes(source, "en") == "“Non”, dit-il."


def test_normalise_quotes_leaves_other_text_alone() -> None:
    for text in ("No quotations here.", "The dockers’ strike, rock 'n' roll.", "“Unclosed and stray” ”"):
        if not find_quotations(text):
            assert normalise_quotes(text, "de") is text
    assert normalise_quotes("“Paired” and stray ”.", "de") == "„Paired“ and stray ”."
    assert normalise_quotes("Three levels: “a ‘b “c” b’ a”.", "de") == "Three levels: „a ‚b „c“ b‘ a“."


def test_direction_marks_around_words_do_not_change_the_pairing():
    plain = "'Tom's kids''"
    marked = "'Tom\u200f\u202es\u202c\u200f kids\u200f''"
    assert [(q.open_mark, q.close_mark, q.depth) for q in find_quotations(marked)] == [
        (q.open_mark, q.close_mark, q.depth) for q in find_quotations(plain)
    ]
    assert quotation_problems(marked) == quotation_problems(plain)


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('ארה"ב ו{IDF} קיימו שיחות.', []),
        ('דובר צה"ל אמר: "לא נוותר."', ['"לא נוותר."']),
        ('יו"ר הוועדה ומנכ"ל החברה נפגשו.', []),
        # Plural and feminine forms go on after the mark.
        ('הדו"חות פורסמו אתמול.', []),
        ('המנכ"לים נפגשו עם ח"כים והמנכ"לית של ש"ס.', []),
    ],
)
def test_a_straight_double_quote_inside_a_hebrew_acronym_is_gershayim(text: str, quoted: list[str]) -> None:
    assert _quoted(text) == quoted
    assert quotation_problems(text) == []
    acronyms_kept = normalise_quotes(text, "he")
    assert all(acronym in acronyms_kept for acronym in ('ארה"ב', 'צה"ל', 'יו"ר', 'מנכ"ל') if acronym in text)


def test_a_quotation_left_open_for_the_next_paragraph_may_stay_open_in_its_translation() -> None:
    source = "“We will fight on. We have waited for years."
    assert quotation_problems("„Wir kämpfen weiter. Wir warten seit Jahren.", source) == []
    assert quotation_problems("„Wir kämpfen weiter. Wir warten seit Jahren.")  # alone, it is a slip
    closed = "“We will fight on,” she said."
    assert quotation_problems("„Wir kämpfen weiter, sagte sie.", closed), "a mark the source closes must close"
    assert quotation_problems("„Wir „kämpfen weiter. Wir warten.", source), "one more open than the source"


def test_a_quotation_open_at_the_end_runs_to_the_end_and_is_re_marked() -> None:
    text = "“I said ‘no’ and left. I never expected this."
    assert [(q.start, q.end, q.open_mark, q.close_mark, q.depth) for q in find_quotations(text)] == [
        (0, len(text), "“", "", 0), (8, 12, "‘", "’", 1)
    ]
    assert normalise_quotes(text, "de") == "„I said ‚no‘ and left. I never expected this."
    assert normalise_quotes("« Nous partons.", "fr") == "«\u202fNous partons."
    # Open where a mark shows it was left open, or before a paragraph break: no quotation.
    assert find_quotations("\"We left. \"They stayed.") == [Quotation(10, 23, '"', "", 0)]
    assert find_quotations("“We left.\n\nThey stayed.") == []


def test_a_quotation_after_a_hebrew_one_letter_prefix_is_a_quotation() -> None:
    text = 'ראש האיגוד אמר ש"לא נוותר" ויצא, ודובר צה"ל שתק.'
    assert _quoted(text) == ['"לא נוותר"']
    assert quotation_problems(text) == []


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("他说：“我们不会放弃。”", ["“我们不会放弃。”"]),
        ("工会领袖说“工人已经失去耐心”并威胁罢工。", ["“工人已经失去耐心”"]),
        ("彼は「諦めない」と述べた。", ["「諦めない」"]),
    ],
)
def test_quotation_marks_set_without_spaces_in_chinese_and_japanese_pair_up(text: str, quoted: list[str]) -> None:
    assert _quoted(text) == quoted
    assert quotation_problems(text) == []
