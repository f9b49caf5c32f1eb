"""Properties of segmentation and quotation scanning that hold for any input."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from syndicate.quotes import (
    find_quotations,
    normalise_quotes,
    quotation_problems,
    quoted_spans,
)
from syndicate.segment import default_rules, sentence_spans, split_sentences

LANGUAGES = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "sv", "de_AT", ""]

# Fragments that exercise the rules: abbreviations, numbers, quotation marks of every style,
# apostrophes, URLs, list markers, odd whitespace and control characters.
FRAGMENTS = [
    "The", "strike", "ends", "Dr.", "U.S.", "z. B.", "M.", "Sra.", "3.5", "1.000,25", "17.",
    "a)", "1.", "•", "…", "...", ". . .", "[…]", "?", "!", "¿", "¡", ".", ",", ":", ";",
    "“", "”", "„", "‟", "‘", "’", "‚", "«", "»", "‹", "›", '"', "'", "「", "」", "'n'",
    "Ukraine’s", "l’entreprise", "dockers'", "(", ")", "[1]", "example.com", "www.x.org/a",
    "https://a.b/c?d=e.", "a@b.co", "–", "—", "-", "\u00a0", "\u202f", "\t", "\n", "\n\n",
    "\r\n", "\u2029", "\x00", "\x1c", "\x85", "\u200b", "É", "Он", "İ", "ß", "Ǆ",
]
SEPARATORS = ["", " ", " ", " ", "\u00a0", "\n"]

texts = st.one_of(
    st.text(max_size=300),
    st.lists(
        st.tuples(st.sampled_from(FRAGMENTS), st.sampled_from(SEPARATORS)), max_size=80
    ).map(lambda parts: "".join(fragment + separator for fragment, separator in parts)),
)
languages = st.sampled_from(LANGUAGES)

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check_spans(text: str, spans: list[tuple[int, int]]) -> None:
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        assert text[previous_end:start].strip() == ""
        previous_end = end
    assert text[previous_end:].strip() == ""


@SETTINGS
@given(texts, languages)
def test_spans_are_lossless_and_stripped(text: str, lang: str) -> None:
    spans = sentence_spans(text, lang)
    _check_spans(text, spans)
    assert split_sentences(text, lang) == [text[s:e] for s, e in spans]


@SETTINGS
@given(texts, languages)
def test_no_break_inside_a_quotation(text: str, lang: str) -> None:
    spans = sentence_spans(text, lang)
    for start, end in quoted_spans(text):
        inside = text[start:end].strip()
        if inside:
            first = start + text[start:end].index(inside)
            assert any(s <= first and first + len(inside) <= e for s, e in spans)


@SETTINGS
@given(texts, languages, st.lists(st.tuples(st.integers(-5, 400), st.integers(-5, 400)), max_size=4))
def test_no_break_inside_a_protected_span(text: str, lang: str, protected: list[tuple[int, int]]) -> None:
    spans = sentence_spans(text, lang, protected=protected)
    _check_spans(text, spans)
    for start, end in protected:
        start, end = max(0, start), max(0, min(len(text), end))
        inside = text[start:end].strip()
        if inside:
            first = start + text[start:end].index(inside)
            assert any(s <= first and first + len(inside) <= e for s, e in spans)


@SETTINGS
@given(texts, languages)
def test_explicit_default_rules_change_nothing(text: str, lang: str) -> None:
    assert sentence_spans(text, lang, rules=default_rules()) == sentence_spans(text, lang)


@SETTINGS
@given(texts, st.sampled_from(["en", "de", "fr", "pl", "ru", "ar", "xx"]))
def test_quotation_functions_never_fail(text: str, locale: str) -> None:
    quotations = find_quotations(text)
    for outer, inner in pairwise(quotations):
        assert outer.start < inner.start
        assert inner.end <= outer.end or inner.start >= outer.end  # nested or disjoint
    for quotation in quotations:
        assert text[quotation.start] == quotation.open_mark
        assert text[quotation.end - 1] == quotation.close_mark if quotation.close_mark else quotation.end == len(text)
    assert all(isinstance(problem, str) for problem in quotation_problems(text))
    normalised = normalise_quotes(text, locale)
    assert len(find_quotations(normalised)) >= 0
    if not quotations:
        assert normalised == text


# No word-final apostrophe (“dockers’”): next to a single closing mark it is ambiguous to any
# reader, and the examples in test_quotes.py cover it.
WORDS = st.sampled_from(["we", "want", "contracts", "Costa", "l’entreprise", "Ukraine’s", "3,5"])
STYLES = st.sampled_from(
    [("“", "”"), ("„", "“"), ("«", "»"), ("« ", " »"), ("‚", "‘"), ("‹", "›"), ('"', '"')]
)


@st.composite
def quoted_texts(draw: st.DrawFn, depth: int = 0, outer: str = "") -> str:
    """Words with well-paired quotations, nested up to two levels, never a straight mark
    directly inside its own kind (ambiguous to any reader)."""
    parts = []
    for _ in range(draw(st.integers(1, 4))):
        if depth < 2 and draw(st.booleans()):
            opening, closing = draw(STYLES.filter(lambda style: style[0] != outer))
            parts.append(f"{opening}{draw(quoted_texts(depth + 1, opening))}{closing}")
        else:
            parts.append(draw(WORDS))
    return " ".join(parts)


@SETTINGS
@given(quoted_texts(), st.sampled_from(["en", "de", "de-CH", "fr", "es", "it", "pt-PT", "nl", "pl", "ru"]))
def test_normalise_quotes_keeps_the_quotations(text: str, locale: str) -> None:
    before = [q.depth for q in find_quotations(text)]
    normalised = normalise_quotes(text, locale)
    assert [q.depth for q in find_quotations(normalised)] == before
    assert normalise_quotes(normalised, locale) == normalised
