"""The wire-text layout: headers, lede, dateline, subheadings, author code, bad input."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from syndicate.model import InputError
from syndicate.units import article_units
from syndicate.wire import read_wire

EXAMPLE = """\
 date 2024-05-02 Home page economy

Will the port strike spread? Union leader Maria Costa says “the workers have run out of patience” and threatens a nationwide walkout.

Rotterdam/Brussels – The dockers' strike entered its third day on Thursday. “We are not asking for the moon. We want contracts that last longer than a season,” Costa told the Dutch broadcaster NOS. Port operator Euromax Terminals declined to comment.

Talks in Brussels: “a last chance” for the ministers

EU transport ministers meet on Friday. According to Commissioner Jan de Vries, a compromise is “within reach”; Costa called that “wishful thinking”. (mk)
"""


def read(text: str | bytes, name: str = "port-strike.txt"):
    data = text.encode("utf-8") if isinstance(text, str) else text
    return read_wire(name, data)


def test_issue_example_structure():
    article = read(EXAMPLE)
    assert article.id == "port-strike"
    assert article.date == dt.date(2024, 5, 2)
    assert article.section == "Home page economy"
    assert article.source_lang == "en"
    assert [block.kind for block in article.blocks] == ["headline", "lede", "paragraph", "subheading", "paragraph"]
    assert article.blocks[0].text == "Will the port strike spread?"
    assert article.blocks[1].text.startswith("Will the port strike spread? Union leader")
    assert article.dateline == ("Rotterdam", "Brussels")
    assert article.blocks[2].text.startswith("Rotterdam/Brussels – The dockers'"), "the dateline text stays in the body"
    assert article.author == "mk"
    assert article.blocks[-1].text.endswith("“wishful thinking”.")
    assert [block.line for block in article.blocks] == [3, 3, 5, 7, 9]


def test_headers_title_id_lang_byline():
    article = read("date 2024-05-02 Politik\ntitle Die Wahl\nid Wahl 2024!\nlang de\nbyline Von Anna Roth\n\nEin Satz.\n")
    assert article.blocks[0] == article.blocks[0].__class__("headline", "Die Wahl", 2)
    assert article.id == "wahl-2024"
    assert article.source_lang == "de"
    assert article.bylines == ("Von Anna Roth",)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8"])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_bom_and_crlf(encoding, newline):
    article = read(EXAMPLE.replace("\n", newline).encode(encoding))
    assert article.author == "mk" and len(article.blocks) == 5
    assert "\r" not in "".join(block.text for block in article.blocks)


@pytest.mark.parametrize("separator", [" – ", " — ", " - "])
def test_dateline_dashes(separator):
    article = read(f"date 2024-05-02 World\n\nLede here.\n\nPARIS{separator}Something happened.\n")
    assert article.dateline == ("PARIS",)


@pytest.mark.parametrize("opening, places", [
    ("WASHINGTON (AP) — ", ("WASHINGTON",)),
    ("KYIV, Ukraine (AP) — ", ("KYIV",)),
    ("SAN JUAN, Puerto Rico (AP) — ", ("SAN JUAN",)),
    ("LONDON (dpa-AFX) - ", ("LONDON",)),
])
def test_an_agency_credit_and_a_state_or_country_in_the_dateline(opening, places):
    article = read(f"date 2024-05-02 World\n\nLede here.\n\n{opening}The House will vote next week.\n")
    assert article.dateline == places


def _dateline_examples() -> list[tuple[str, str, tuple[str, ...]]]:
    """(kind, paragraph, places) of every example in tests/data/datelines.txt."""
    examples, kind = [], ""
    for line in (Path(__file__).parent / "data/datelines.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            kind = line.strip("[]")
        elif line and not line.startswith("#"):
            paragraph, _, places = line.partition("\t")
            examples.append((kind, paragraph, tuple(places.split("/")) if places else ()))
    return examples


_DATELINE_READ = {"dateline": True, "no dateline": False, "no dateline, read as one": True, "dateline, not read": False}


@pytest.mark.parametrize(("kind", "paragraph", "places"), _dateline_examples())
def test_a_place_of_several_words_with_its_joiners_is_a_dateline_and_a_teaser_phrase_is_none(kind, paragraph, places):
    article = read(f"date 2024-05-02 World\n\n{paragraph}\n\nMore.\n")
    assert (bool(article.dateline), article.lede_in_body) == (_DATELINE_READ[kind], _DATELINE_READ[kind])
    if kind == "dateline":
        assert article.dateline == places
        assert article.blocks[1].text == paragraph, "the dateline's paragraph is the body's first"


def test_a_place_opening_a_later_paragraph_is_no_dateline():
    article = read("date 2024-05-02 World\n\nLede here.\n\nThe deal was welcomed.\n\nBrussels – Ministers meet again on Monday.\n")
    assert article.dateline == ()


def test_a_name_and_an_aside_between_dashes_are_no_dateline():
    article = read("date 2024-05-02 World\n\nTaylor Swift - the biggest star on the planet - is coming to Vienna.\n\nMore.\n")
    assert (article.dateline, article.lede_in_body) == ((), False)
    assert article.blocks[0].text == "Taylor Swift - the biggest star on the planet - is coming to Vienna."


def test_a_lede_that_opens_with_a_dateline_is_the_first_paragraph_and_gives_a_headline_without_it():
    article = read("date 2024-05-02 World\n\nVienna/Prague – Floods across central Europe have\nkilled 12 people. Rivers rise.\n\nThe army helps.\n")
    headline, lede = article.blocks[:2]
    assert (headline.text, headline.line) == ("Floods across central Europe have killed 12 people.", 3)
    assert headline.line_at(headline.text.index("killed")) == 4
    assert article.dateline == ("Vienna", "Prague") and article.lede_in_body
    assert lede.text.startswith("Vienna/Prague – Floods")
    # A dateline with periods of its own gives the headline after it, and is no sentence of its own.
    article = read("date 2024-05-02 World\n\nST. LOUIS (AP) — A jury convicted the man on Friday. He faces life.\n\nMore.\n")
    assert (article.blocks[0].text, article.dateline) == ("A jury convicted the man on Friday.", ("ST. LOUIS",))
    assert [unit.msgid for unit in article_units(article) if unit.block == 1] == [
        "ST. LOUIS (AP) — A jury convicted the man on Friday.", "He faces life."
    ]


def test_each_list_item_is_a_paragraph_of_its_own_with_its_line_and_its_marker_apart():
    article = read(
        "date 2024-05-02 World\n\nLede here.\n\nThe points:\n- jobs will be cut\n  by May\n*  the port is sold\n12) talks resume\n"
        "\nThe options:\na) Berlin – a strike\nb) wait\n"
    )
    assert [(block.kind, block.marker, block.text, block.line) for block in article.blocks[2:]] == [
        ("paragraph", "", "The points:", 5), ("paragraph", "-", "jobs will be cut by May", 6),
        ("paragraph", "*", "the port is sold", 8), ("paragraph", "12)", "talks resume", 9),
        ("paragraph", "", "The options:", 11), ("paragraph", "a)", "Berlin – a strike", 12), ("paragraph", "b)", "wait", 13),
    ]
    assert article.blocks[3].line_at(article.blocks[3].text.index("by May")) == 7
    assert [unit.msgid for unit in article_units(article)][2:] == [
        "The points:", "jobs will be cut by May", "the port is sold", "talks resume", "The options:", "Berlin – a strike", "wait"
    ]
    # A list item opening the story's body is no dateline.
    assert read("date 2024-05-02 World\n\nThe options:\n\na) Berlin – a strike\n").dateline == ()


def test_a_wrapped_line_opening_with_a_dash_or_a_number_is_no_list_item():
    article = read("date 2024-05-02 World\n\nLede here.\n\nThe dockers, who struck on Monday\n- and again on Friday -\nwant pay.\n")
    assert article.blocks[2].text == "The dockers, who struck on Monday - and again on Friday - want pay."


@pytest.mark.parametrize(("lang", "colon", "item", "marker"), [
    ("en", "The plan has one condition:", "- The union must agree", "-"),
    ("en", "One question remains:", "* Who pays for the port?", "*"),
    ("fr", "Le plan pose une condition :", "a) Le syndicat doit accepter", "a)"),
])
def test_one_marked_line_right_after_a_colon_is_a_list_of_one(lang, colon, item, marker):
    article = read(f"date 2024-05-02 World\nlang {lang}\n\nLede here.\n\n{colon}\n{item}\n\nMore.\n")
    text = item.removeprefix(marker).lstrip()
    assert [(block.marker, block.text, block.line) for block in article.blocks[2:4]] == [("", colon, 6), (marker, text, 7)]
    assert [unit.msgid for unit in article_units(article)][2:4] == [colon, text]


@pytest.mark.parametrize("lines", [
    "Il a répondu :\n\n- Oui, dit-il, nous signerons.",  # a paragraph of its own: a line of dialogue
    "La réponse fut brève :\n\n— Oui, dit-il.",
    "Il a répondu :\n— Oui, dit-il.",  # the dialogue dash is no list marker
    "The dockers, who struck on Monday:\n\n- and again on Friday - want pay.",
])
def test_a_dash_opening_a_paragraph_after_a_colon_or_a_line_of_dialogue_is_no_list_item(lines):
    article = read(f"date 2024-05-02 World\nlang fr\n\nLede ici.\n\n{lines}\n\nFin.\n")
    assert not any(block.marker for block in article.blocks)
    assert [block.text for block in article.blocks[2:-1]] == [part.replace("\n", " ") for part in lines.split("\n\n")]


def _subheading_examples() -> list[tuple[str, str, str]]:
    """(language, kind, paragraph) of every example in tests/data/subheadings.txt."""
    examples, section = [], ("", "")
    for line in (Path(__file__).parent / "data/subheadings.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            section = tuple(line.strip("[]").split(" ", 1))
        elif line and not line.startswith("#"):
            examples.append((*section, line))
    return examples


_PUBLISHED_AS = {"heading": "subheading", "sentence": "paragraph", "headline-like sentence": "subheading"}


@pytest.mark.parametrize(("lang", "kind", "text"), _subheading_examples())
def test_a_short_paragraph_without_a_full_stop_is_a_subheading_only_when_it_is_no_sentence(lang, kind, text):
    article = read(f"date 2024-05-02 World\nlang {lang}\n\nLede here.\n\n{text}\n\nMore.\n")
    assert article.blocks[2].kind == _PUBLISHED_AS[kind]


def test_hard_wrapped_paragraph_is_joined():
    article = read("date 2024-05-02 World\n\nA lede that is\nwrapped over lines.\n\nBody.\n")
    assert article.blocks[1].text == "A lede that is wrapped over lines."


@pytest.mark.parametrize(
    ("data", "line", "fragment"),
    [
        ("Ein Satz ohne Kopf.\n".encode("latin-1"), 1, "expected the date line"),
        ("date 2024-05-02 Wirtschaft\n\nGrüße aus Köln.\n".encode("latin-1"), 3, "not UTF-8"),
        (b"", None, "empty"),
        (b"date 2024-05-02 World\n", 1, "no body"),  # the file's last line: it has no second
        (b"date 2024-05-02 World\ntitle T\nid empty\nbyline By x\nslugline s\nstatus usable\n", 6, "no body"),
        (b"date 2024-05-02 World\ntitle T\nstatus usable", 3, "no body"),
        (b"date 2024-05-02 World\ntitle T\n\n\n", 3, "no body"),  # where the body belongs
        (b"date 2024-02-30 World\n\nBody.\n", 1, "not a calendar date"),
        (b"date 2024-05-02\n\nBody.\n", 1, "no section"),
        (b"date 2024-05-02 World\ntitel Typo\n\nBody.\n", 2, "unknown header"),
        (b"date 2024-05-02 World\nlang xx\n\nBody.\n", 2, "unknown locale"),
        (b"date 2024-05-02 World\nid ../../\n\nBody.\n", 2, "the id '../../' is a path"),
        (b"date 2024-05-02 World\nid ../evil\n\nBody.\n", 2, "the id '../evil' is a path"),
        (b"date 2024-05-02 World\nid /etc/evil\n\nBody.\n", 2, "is a path"),
        (b"date 2024-05-02 World\nid wire\\..\\evil\n\nBody.\n", 2, "is a path"),
        (b"date 2024-05-02 World\nid ::\n\nBody.\n", 2, "no ASCII letters or digits"),
        ("date 2024-05-02 World\nid 北京\n\nBody.\n".encode(), 2, "no ASCII letters or digits"),
        ("date 2024-05-02 World\nid Straße-café-東京\n\nBody.\n".encode(), 2,
         "the id 'Straße-café-東京' has letters with no ASCII spelling (東京) (ids are ASCII letters, digits and hyphens: "
         "spell them in Latin letters, or leave them out: `id strasse-cafe`)"),
        (b"date 2024-05-02 World\nid index\n\nBody.\n", 2, "reserved"),
        (b"date 2024-05-02 World\nid " + b"x" * 81 + b"\n\nBody.\n", 2, "longer than 80 characters"),
        (b"date 2024-05-02 World\n\n(mk)\n", 3, "besides the author code"),
        (b"date 2024-05-02 World\nid x\nembargo 2024-05-03 06:00\n\nBody.\n", 3, "not a date and time with a zone"),
        (b"date 2024-05-02 World\nembargo Friday\n\nBody.\n", 2, "not a date and time with a zone"),
    ],
)
def test_bad_input_names_file_and_line(data, line, fragment):
    with pytest.raises(InputError) as caught:
        read(data, "wire/bad.txt")
    assert caught.value.path == "wire/bad.txt"
    assert caught.value.line == line
    assert fragment in str(caught.value)


@pytest.mark.parametrize(
    ("tag", "said"),
    [
        ("xx", "unknown locale 'xx': CLDR has no data for it (e.g. de, de-AT, pt-BR, sr-Latn)"),
        ("en_GB.UTF-8", "'en_GB.UTF-8' is not a locale tag (expected BCP 47, e.g. de, de-AT, pt-BR, sr-Latn)"),
    ],
)
def test_a_lang_header_that_is_no_locale_is_said_once_with_examples(tag, said):
    with pytest.raises(InputError) as caught:
        read(f"date 2024-05-02 World\nlang {tag}\n\nBody.\n".encode(), "wire/bad.txt")
    assert str(caught.value) == f"wire/bad.txt:2: {said}"


def test_slugline_and_embargo_headers_reach_the_item_metadata():
    article = read("date 2024-05-02 World\nslugline Netherlands-Ports\nembargo 2024-05-03T08:00+02:00\n\nBody.\n")
    assert article.meta.slugline == "Netherlands-Ports"
    assert article.meta.embargoed == dt.datetime(2024, 5, 3, 6, tzinfo=dt.timezone.utc)


def test_id_from_file_name_never_escapes():
    article = read("date 2024-05-02 World\n\nBody.\n", "../../etc/Pass Wd.txt")
    assert article.id == "pass-wd"


@pytest.mark.parametrize(
    ("header", "article_id"),
    [("Straße-café", "strasse-cafe"), ("Tromsø Ærø", "tromso-aero"), ("Łódź-Œuvre", "lodz-oeuvre"), ("Þingvellir", "thingvellir")],
)
def test_an_id_is_spelt_in_ascii_as_its_readers_spell_it(header, article_id):
    assert read(f"date 2024-05-02 World\nid {header}\n\nBody.\n").id == article_id
    assert read("date 2024-05-02 World\n\nBody.\n", f"wire/{header}.txt").id == article_id


def test_a_file_name_with_letters_an_id_cannot_spell_is_said():
    with pytest.raises(InputError) as caught:
        read("date 2024-05-02 World\n\nBody.\n", "wire/東京-talks.txt")
    assert (caught.value.path, caught.value.line) == ("wire/東京-talks.txt", 1)
    assert "letters with no ASCII spelling (東京)" in str(caught.value) and "`id talks`" in str(caught.value)


def test_long_file_names_that_differ_only_at_their_end_name_two_articles():
    stem = "wire/" + "port-strike-update-" * 6
    ids = {read("date 2024-05-02 World\n\nBody.\n", stem + f"{day}.txt").id for day in (1, 2)}
    assert len(ids) == 2 and all(len(article_id) == 80 for article_id in ids)


def test_each_unit_of_hard_wrapped_copy_points_at_its_own_line():
    from syndicate.units import article_units

    article = read(
        "date 2024-05-02 World\n\nA lede that is\nwrapped. Its second sentence\nstarts on line 4.\n\n"
        "Body one.\nBody two\nends here. Body three.\n"
    )
    assert article.blocks[1].wraps == (15, 44)
    lines = [(unit.msgid, unit.line) for unit in article_units(article)]
    assert lines == [
        ("A lede that is wrapped.", 3),
        ("A lede that is wrapped.", 3),
        ("Its second sentence starts on line 4.", 4),
        ("Body one.", 7),
        ("Body two ends here.", 8),
        ("Body three.", 9),
    ]


@pytest.mark.parametrize(
    ("text", "author", "dateline", "kinds"),
    [
        ("date 2026-11-20 ニュース\nlang ja\n\n東京で会談が行われた。双方は合意に近づいた。\n\n東京 – 次回は月曜日だ。\n\n交渉は続く\n\n最後の段落だ。（共同）\n",
         "共同", ("東京",), ["headline", "lede", "paragraph", "subheading", "paragraph"]),
        ("date 2026-11-20 أخبار\nlang ar\n\nاستؤنفت المحادثات في بيروت يوم الجمعة. هل ينجح؟\n\nبيروت – قال الوسيط إن الجانبين اقتربا من اتفاق؟\n\nوقال الوسيط ذلك. (ف.ع)\n",
         "ف.ع", ("بيروت",), ["headline", "lede", "paragraph", "paragraph"]),
        ("date 2026-11-20 Новости\nlang ru\n\nПереговоры возобновились. Стороны довольны.\n\nМосква – Стороны близки к соглашению. (ав)\n",
         "ав", ("Москва",), ["headline", "lede", "paragraph"]),
    ],
)
def test_author_code_dateline_and_subheadings_in_other_scripts(text, author, dateline, kinds):
    article = read(text)
    assert (article.author, article.dateline, [block.kind for block in article.blocks]) == (author, dateline, kinds)
    headline, lede = article.blocks[0].text, article.blocks[1].text
    assert lede.startswith(headline) and lede != headline, "the headline is the lede's first sentence"


def test_a_paragraph_opening_with_an_ordinal_is_no_list_and_its_wrapped_lines_are_joined():
    article = read(
        "date 2024-05-02 Sport\nlang de\n\nLede hier.\n\n1. FC Köln hat am Samstag gegen Mainz gewonnen und steht nun auf dem\n"
        "3. Platz der Tabelle, vor dem\n1. FSV Mainz 05.\n\n2. Was jetzt kommt\n\nText.\n"
    )
    assert [(block.kind, block.text) for block in article.blocks[2:4]] == [
        ("paragraph", "1. FC Köln hat am Samstag gegen Mainz gewonnen und steht nun auf dem 3. Platz der Tabelle, vor dem 1. FSV Mainz 05."),
        ("subheading", "2. Was jetzt kommt"),
    ]


@pytest.mark.parametrize(("after_colon", "club_line"), [
    ("Die Ergebnisse vom Samstag:\n\n", "1. FC Köln gewann gegen Mainz mit 2:1."),
    ("Der Trainer sagte:\n", "1. FC Union Berlin ist der nächste Gegner."),
    ("Der Trainer sagte:\n", "1. FSV Mainz 05 ist der nächste Gegner."),
    ("Die Tabelle:\n", "1. Bayern München gewann und bleibt vorn."),
])
def test_one_line_opening_with_an_ordinal_after_a_colon_is_no_list(after_colon, club_line):
    article = read(f"date 2024-05-02 Sport\nlang de\n\nLede hier.\n\n{after_colon}{club_line}\n\nText.\n")
    texts = [block.text for block in article.blocks]
    assert club_line in texts or f"{after_colon.strip()} {club_line}" in texts, texts
    assert not any(block.marker for block in article.blocks)
    assert all(unit.msgid.startswith(("Lede", "Die", "Der", "1. ", "{name_1_", "Text")) for unit in article_units(article))


def test_a_german_club_opens_no_list_item_in_a_list():
    article = read("date 2024-05-02 Sport\nlang de\n\nLede hier.\n\nDie Spiele:\n- Mainz gegen Bochum\n"
                   "1. FC Köln gegen Bremen\n- Hertha gegen Kiel\n")
    assert [(block.marker, block.text) for block in article.blocks[3:]] == [
        ("-", "Mainz gegen Bochum 1. FC Köln gegen Bremen"), ("-", "Hertha gegen Kiel")]


@pytest.mark.parametrize(("paragraph", "subheading"), [
    ("Inside the ‘Iron Lady’", True),
    ("Strike: ‘We are tired’", True),
    ("Video by the BBC shows chaos", True),
    ("“We will fight on”", False),
    ("She added: “I will be back in 2028”", False),
    ("Reporting by Anna Berg; editing by Tom Weiss", False),
    ("Read more at https://example.com/story", False),
    ("With additional reporting by Anna Berg", False),
    # A dash-led sentence or a bullet point that is no list item is no heading either.
    ("- Wages rise by 5 percent", False),
    ("• Wages up 5 percent", False),
])
def test_a_heading_may_end_in_quoted_words_but_quoted_speech_and_credits_head_nothing(paragraph, subheading):
    article = read(f"date 2024-05-02 World\n\nLede here.\n\n{paragraph}\n\nText.\n")
    assert article.blocks[2].kind == ("subheading" if subheading else "paragraph")


@pytest.mark.parametrize(("lang", "paragraph", "credit"), [
    ("de", "Mitarbeit: Anna Berg, Jan Roth; Redaktion: Tom Weiss", True),
    ("de", "Mit Material von dpa", True),
    ("de", "Bearbeitet von Tom Weiss", True),
    ("de", "Mit Material der dpa", True),
    ("de", "Übersetzt von Anna Berg", True),
    ("de", "Redaktion: die Zeitung im Wandel", False),
    ("de", "Redaktion: Kündigungen in der Chefetage", False),
    ("fr", "Avec AFP", True),
    ("fr", "(Avec AFP et Reuters)", True),
    ("fr", "Avec AFP, Reuters et Belga", True),
    ("fr", "Rédaction : Jean Martin ; édité par Sophie Louet", True),
    ("fr", "Édité par Sophie Louet", True),
    ("fr", "(avec Marie Dupont à Paris)", True),
    ("fr", "Avec l'AFP", True),
    ("fr", "Avec l’AFP et Reuters", True),
    ("fr", "(avec agences)", True),
    ("fr", "Edité par Sophie Louet", True),
    ("fr", "Traduit par Sophie Louet", True),
    ("fr", "Propos recueillis par Sophie Louet", True),
    ("fr", "Avec les grévistes de Rotterdam", False),
    ("fr", "Avec Macron à Marseille", False),
    ("es", "Con información de Reuters y EFE", True),
    ("es", "Redacción: María López", True),
    ("es", "Editado por Juan Pérez", True),
    ("es", "Traducido por Juan Pérez", True),
    ("es", "Redacción: un oficio en crisis", False),
])
def test_a_credit_line_in_german_french_or_spanish_heads_nothing(lang, paragraph, credit):
    article = read(f"date 2024-05-02 World\nlang {lang}\n\nLede.\n\n{paragraph}\n\nText.\n")
    assert article.blocks[2].kind == ("paragraph" if credit else "subheading")



@pytest.mark.parametrize(("header", "article_id"), [("Merz/Macron talks", "merz-macron-talks"), ("Wait... what", "wait-what")])
def test_an_id_header_of_words_with_slashes_or_dots_is_made_a_name(header, article_id):
    assert read(f"date 2024-05-02 World\nid {header}\n\nBody.\n").id == article_id
