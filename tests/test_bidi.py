"""Latin names in right-to-left text: isolated where the bidi algorithm would show them out of place."""

from __future__ import annotations

import pytest

from syndicate.bidi import isolated_names, without_isolates

FSI, PDI, LRI = "\u2068", "\u2069", "\u2066"


def isolate(text: str, *names: str) -> str:
    """`text` with the `names` it holds (each at its first place after the one before) isolated as needed."""
    spans, cursor = [], 0
    for name in names:
        start = text.index(name, cursor)
        spans.append((start, start + len(name)))
        cursor = start + len(name)
    return isolated_names(text, spans)[0]


@pytest.mark.parametrize(("text", "names", "published"), [
    # A neutral or weak character at the name's edge takes the paragraph's direction.
    ("انضمت إلى Acme Inc. أمس", ["Acme Inc."], f"انضمت إلى {FSI}Acme Inc.{PDI} أمس"),
    ("ذكرت (AP) أن", ["(AP)"], f"ذكرت {FSI}(AP){PDI} أن"),
    ("افتتحت 7-Eleven فرعاً", ["7-Eleven"], f"افتتحت {FSI}7-Eleven{PDI} فرعاً"),
    # Between words of the translation, a name in letters shows as it is.
    ("قالت Maria Costa إن", ["Maria Costa"], "قالت Maria Costa إن"),
    ("هبطت أسهم Airbus A320 أمس", ["Airbus A320"], "هبطت أسهم Airbus A320 أمس"),
    ("قالت Maria Costa.", ["Maria Costa"], "قالت Maria Costa."),
    # Opening the text, it would make a partner laying the text out by its first letter run it left to right.
    ("Costa قالت", ["Costa"], f"{FSI}Costa{PDI} قالت"),
    ("«Costa» قالت", ["Costa"], f"«{FSI}Costa{PDI}» قالت"),
    # A European figure after it, or Latin letters beside it, would join its run.
    ("قادت Costa 3 سنوات", ["Costa"], f"قادت {FSI}Costa{PDI} 3 سنوات"),
    ("إن Costa، 52 عاماً", ["Costa"], f"إن {FSI}Costa{PDI}، 52 عاماً"),
    ("قادت Costa ٣ سنوات", ["Costa"], "قادت Costa ٣ سنوات"),
    ("אמר ל-NOS כי", ["NOS"], "אמר ל-NOS כי"),
    ("قال Maria Costa، Jan de Vries و", ["Maria Costa", "Jan de Vries"], f"قال {FSI}Maria Costa{PDI}، Jan de Vries و"),
    ("قالت BBC News: Costa غادرت", ["Costa"], f"قالت BBC News: {FSI}Costa{PDI} غادرت"),
    # A name in the letters of the text, or one isolated already, is left as it is.
    ("ماريا كوستا قالت", ["ماريا كوستا"], "ماريا كوستا قالت"),
    (f"{FSI}Acme Inc.{PDI} قالت", [f"{FSI}Acme Inc.{PDI}"], f"{FSI}Acme Inc.{PDI} قالت"),
    (f"قالت {FSI}Acme Inc.{PDI} أمس", ["Acme Inc."], f"قالت {FSI}Acme Inc.{PDI} أمس"),
    (f"قالت {LRI}Costa, Acme Inc.{PDI} أمس", ["Costa", "Acme Inc."], f"قالت {LRI}Costa, Acme Inc.{PDI} أمس"),
    # An isolate the translator wrote is neutral from outside, as one isolated before it.
    (f"قالت {FSI}BBC{PDI} إن Costa غادرت", ["Costa"], f"قالت {FSI}BBC{PDI} إن Costa غادرت"),
])
def test_a_name_is_isolated_only_where_it_would_show_out_of_place(text, names, published):
    assert isolate(text, *names) == published
    assert without_isolates(published) == without_isolates(text)


def test_a_span_that_starts_or_ends_with_a_name_takes_its_isolate_in():
    text = "اقرأ Acme Inc. الآن"
    name = (5, 14)
    published, moved = isolated_names(text, [name])
    assert published == f"اقرأ {FSI}Acme Inc.{PDI} الآن"
    assert published[moved(5) : moved(14)] == f"{FSI}Acme Inc.{PDI}", "a link around the name"
    assert published[moved(0) : moved(5)] == "اقرأ ", "a link ending where the name starts"
    assert published[moved(14) : moved(19)] == " الآن", "a link starting where the name ends"
    assert isolated_names("قالت Costa إن", [(5, 10)])[0] == "قالت Costa إن"
