"""Locale tags as the desk writes them, and as babel reads them."""

from __future__ import annotations

import pytest

from syndicate.ids import LocaleTagError, bcp47, parse_locale


@pytest.mark.parametrize(
    ("tag", "read_as"),
    [
        ("de-AT", "de-AT"), ("pt_BR", "pt-BR"), ("zh-TW", "zh-Hant-TW"), ("es-419", "es-419"), ("sr-ME", "sr-Latn-ME"),
        # a language's own script may go, a region by its old name is its new one, an old language code the current one
        ("en-Latn", "en"), ("ja-Jpan", "ja"), ("fr-Latn-CA", "fr-CA"), ("en-UK", "en-GB"), ("de-DD", "de-DE"), ("iw", "he"),
        ("uz-Arab", "uz-Arab"), ("az-Latn-AZ", "az-Latn-AZ"), ("tl", "fil"), ("deu", "de"), ("cmn", "zh"),
        ("sh", "sr-Latn"), ("prs", "fa-AF"),
    ],
)
def test_a_locale_is_read_in_the_region_and_script_asked_for(tag, read_as):
    assert bcp47(parse_locale(tag)) == read_as


@pytest.mark.parametrize(
    ("tag", "nearest"),
    [("en-ZZ", "en-US"), ("zh-Hant-CN", "zh-Hans-CN"), ("en-Cyrl", "en"), ("en-Qaaa-ZZ", "en"), ("und", "en-US"),
     ("und-DE", "de-DE")],
)
def test_a_region_or_script_babel_has_no_data_for_is_refused_not_swapped(tag, nearest):
    with pytest.raises(LocaleTagError) as refused:
        parse_locale(tag)
    assert refused.value.problem == f"unknown locale {tag!r}: CLDR has no data for it; the nearest it has is {nearest}"
