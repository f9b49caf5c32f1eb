"""Translation memory: exact and fuzzy prefill, placeholder renaming, indexed lookup, workspace memory."""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import difflib
import hashlib
import json
import random
import re
import sqlite3
import string
from collections.abc import Iterator
from pathlib import Path

import polib
import pytest
from babel import Locale
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from conftest import msgfmt_check
from schema import assert_valid
from syndicate import code_version as code_version_module
from syndicate import memory_store
from syndicate.build import build
from syndicate.catalog import Catalog, Message
from syndicate.cli import main
from syndicate.extract import extract
from syndicate.fsutil import file_identity
from syndicate.link_markers import marker_problems, strip_marker_like
from syndicate.memory import (
    LONGEST_FUZZY_SOURCE,
    Match,
    MemoryEntry,
    TranslationMemory,
    adapt,
    catalog_entries,
    prefill,
    still_offered,
    unplaced_links,
)
from syndicate.memory_store import workspace_entries, workspace_memory
from syndicate.pofile import read_catalog, write_catalog
from syndicate.tmx import export_tmx, import_into_workspace
from syndicate.workspace import Workspace
from test_syndication import agency_item, item, translate

DE = Locale("de")
BRACE = ("python-brace-format",)
COSTA = MemoryEntry(
    "{Maria_Costa} said the strike would go on until Friday.",
    "{Maria_Costa} sagte, der Streik gehe bis Freitag weiter.",
    "port-strike",
)
QUOTE = MemoryEntry(
    "“We want contracts,” {Costa} told the broadcaster {NOS}.",
    "„Wir wollen Verträge“, sagte {Costa} dem Sender {NOS}.",
    "port-strike",
)
PLAIN = MemoryEntry(
    "About 1,200 containers are stuck on the quays.", "Rund 1200 Container stecken an den Kais fest.", "port-strike"
)


def lcs_ratio(first: str, second: str) -> float:
    """2·LCS/(len + len) by the textbook dynamic programme: the measure `best()` scores by."""
    previous = [0] * (len(second) + 1)
    for char in first:
        row = [0]
        for position, other in enumerate(second):
            row.append(previous[position] + 1 if char == other else max(previous[position + 1], row[position]))
        previous = row
    return 2 * previous[-1] / (len(first) + len(second))


def shape_of(text: str) -> str:
    """The test's own reading of a message: any placeholder is one and the same mark, a doubled brace one brace."""
    return re.sub(
        r"\{\{|\}\}|\{[A-Za-z_][A-Za-z0-9_]*\}",
        lambda field: field.group()[0] if field.group() in ("{{", "}}") else "\ue000",
        text,
    )


def made_from(target: str) -> str:
    """How a suggestion's note ends: the code of the translation it was made from."""
    return f"; offered {hashlib.blake2b(target.encode('utf-8'), digest_size=4).hexdigest()}"


def catalog(*messages: Message) -> Catalog:
    header = {
        "Language": "de", "Content-Type": "text/plain; charset=UTF-8", "Plural-Forms": "nplurals=2; plural=(n != 1);"
    }
    return Catalog(domain="dock-strike", header=header, messages=messages, locale="de")


def memory(*entries: MemoryEntry) -> TranslationMemory:
    return TranslationMemory(entries or (COSTA, QUOTE, PLAIN))


# --- prefill ------------------------------------------------------------------------------------


def test_exact_match_is_filled_as_translated_with_its_origin():
    [message] = prefill(catalog(Message(PLAIN.source, extracted_comments=("paragraph (block 3)",))), memory()).messages
    assert message.msgstr == PLAIN.target
    assert message.translated and not message.fuzzy
    assert message.extracted_comments == ("paragraph (block 3)", "Translation memory: exact match from port-strike" + made_from(PLAIN.target))


def test_near_match_is_filled_fuzzy_with_percent_and_the_matched_source():
    source = "{Maria_Costa} said the strike would go on until Monday."
    [message] = prefill(catalog(Message(source, flags=BRACE)), memory()).messages
    assert message.msgstr == COSTA.target
    assert message.flags == ("fuzzy", "python-brace-format")
    assert message.previous_msgid == COSTA.source  # editors show the difference from `#| msgid`
    percent = int(lcs_ratio(shape_of(COSTA.source), shape_of(source)) * 100)
    assert message.extracted_comments == (
        f"Translation memory: {percent}% match from port-strike: {COSTA.source}{made_from(COSTA.target)}",
    )


def test_the_comment_keeps_a_long_source_short():
    long_source = "The ministers " + "met again and " * 10 + "talked."
    entry = MemoryEntry(long_source, "Die Minister sprachen.", "summit")
    [message] = prefill(catalog(Message(long_source.replace("talked", "spoke"))), memory(entry)).messages
    note = message.extracted_comments[-1]
    assert note.startswith("Translation memory: ") and note.endswith("…" + made_from(entry.target))
    assert len(note.split(": ", 2)[2].removesuffix(made_from(entry.target))) == 60


def test_placeholders_are_renamed_to_the_new_message_and_msgfmt_accepts_the_result(tmp_path):
    new = Message("“We want contracts,” {Lena_Vogt} told the broadcaster {ARD}.", flags=BRACE)
    names_only = Message("{Jan_de_Vries} said the strike would go on until Friday.", flags=BRACE)
    filled = prefill(catalog(new, names_only), memory())
    quote, same_shape = filled.messages
    assert quote.msgstr == "„Wir wollen Verträge“, sagte {Lena_Vogt} dem Sender {ARD}."
    # Only the names differ: a perfect score, but still fuzzy, as the grammar may hang on the person.
    assert same_shape.msgstr == "{Jan_de_Vries} sagte, der Streik gehe bis Freitag weiter."
    assert same_shape.fuzzy and "100% match" in same_shape.extracted_comments[-1]

    path = tmp_path / "dock-strike.po"
    write_catalog(path, filled)
    msgfmt_check(path)
    # msgfmt -c skips fuzzy entries: check them as a translator who accepts the suggestions leaves them.
    accepted = dataclasses.replace(
        filled,
        messages=tuple(dataclasses.replace(message, flags=BRACE, previous_msgid=None) for message in filled.messages),
    )
    write_catalog(path, accepted)
    msgfmt_check(path)


def test_threshold_is_respected():
    source = "{Maria_Costa} said talks would go on until June."
    score = memory().best(source, threshold=0.01).score
    assert 0.6 < score < 0.75
    assert prefill(catalog(Message(source, flags=BRACE)), memory()).messages[0].msgstr == ""
    assert prefill(catalog(Message(source, flags=BRACE)), memory(), threshold=0.6).messages[0].fuzzy


def test_translated_fuzzy_and_obsolete_messages_are_untouched():
    messages = (
        Message(PLAIN.source, "Meine eigene Übersetzung."),
        Message(COSTA.source, "Ein Vorschlag.", flags=("fuzzy", "python-brace-format")),
        Message(QUOTE.source, obsolete=True),
    )
    assert prefill(catalog(*messages), memory()).messages == messages


def test_an_exact_match_whose_placeholders_do_not_fit_is_only_a_suggestion():
    """An imported memory may hold a target that lost a placeholder: never filled as done."""
    lost = MemoryEntry("{Costa} spoke.", "Costa sprach.", "tmx:client.tmx")
    [message] = prefill(catalog(Message("{Costa} spoke.", flags=BRACE)), memory(lost)).messages
    assert message.msgstr == "Costa sprach." and message.fuzzy
    assert message.previous_msgid is None
    assert message.extracted_comments[-1] == (
        "Translation memory: exact match from tmx:client.tmx; its placeholders differ" + made_from(lost.target)
    )


@pytest.mark.parametrize(("target", "why"), [
    ("Costa sprach <script>x</script>.", "it holds markup its source has not (<script>, </script>)"),
    ("Costa sprach.\x07", "it holds a control character U+0007"),
])
def test_an_exact_match_the_build_would_refuse_is_only_a_suggestion(target, why):
    imported = MemoryEntry("Costa spoke.", target, "tmx:client.tmx")
    [message] = prefill(catalog(Message("Costa spoke.")), memory(imported)).messages
    assert message.msgstr == target and message.fuzzy
    assert message.extracted_comments[-1] == f"Translation memory: exact match from tmx:client.tmx; {why}{made_from(target)}"


def test_a_suggestion_stays_fuzzy_when_the_source_becomes_the_sentence_it_was_matched_to():
    """The memory's sentence is the suggestion's previous msgid; a source edited into it (at
    once, or after another edit) makes the suggestion no translation the translator has seen."""
    import datetime as dt

    from syndicate.catalog import merge, template_header

    remembered = MemoryEntry("The port strike entered its third day.", "Der Hafenstreik ging in den dritten Tag.", "port-strike")
    suggested = prefill(catalog(Message("The dock strike entered its third day.")), memory(remembered))
    assert suggested.messages[0].fuzzy and suggested.messages[0].previous_msgid == remembered.source
    now = dt.datetime(2026, 11, 27, tzinfo=dt.timezone.utc)
    for edits in ([remembered.source], ["The dock strike entered its fourth day.", remembered.source]):
        existing = suggested
        for msgid in edits:
            existing = merge(Catalog("dock-strike", template_header("dock-strike", "en", now), (Message(msgid),)), existing, DE, now)
        [message] = existing.messages
        assert message.msgstr == remembered.target and message.fuzzy, edits
        assert message.memory_notes == (
            "Translation memory: 92% match from port-strike: " + remembered.source + made_from(remembered.target),), edits


def test_only_a_better_match_replaces_the_memorys_suggestion_and_never_a_draft():
    edited = "The port strike entered its third day."
    offered = MemoryEntry("The port strike entered its fourth week.", "Der Hafenstreik ging in die vierte Woche.", "a")
    first = prefill(catalog(Message("The port strike entered its fourth day.")), memory(offered))
    [suggestion] = [dataclasses.replace(message, msgid=edited) for message in first.messages]
    draft = dataclasses.replace(suggestion, msgid="The port strike entered its fifth day.", extracted_comments=())
    nearer = memory(MemoryEntry("The port strike entered its third week.", "Der Hafenstreik ging in die dritte Woche.", "b"), offered)
    [better] = prefill(catalog(suggestion), nearer).messages
    assert better.fuzzy and better.msgstr == "Der Hafenstreik ging in die dritte Woche."
    assert better.previous_msgid == "The port strike entered its third week."
    assert better.extracted_comments == (
        "Translation memory: 90% match from b: The port strike entered its third week." + made_from(better.msgstr),)
    exact = memory(MemoryEntry(edited, "Der Hafenstreik ging in den dritten Tag.", "d"),
                   MemoryEntry(draft.msgid, "Der Hafenstreik ging in den fünften Tag.", "c"), offered)
    finished, kept = prefill(catalog(suggestion, draft), exact).messages
    assert finished.translated and finished.previous_msgid is None
    assert finished.extracted_comments == ("Translation memory: exact match from d" + made_from(finished.msgstr),)
    assert kept == draft
    # A memory lent by the variant's language fills only what the variant's own left empty.
    assert prefill(catalog(suggestion), exact, variant_of="de").messages == (suggestion,)
    assert prefill(catalog(suggestion), memory(PLAIN, offered)).messages == (suggestion,)


def test_nothing_similar_leaves_the_message_empty():
    empty = Message("Completely different words here.")
    assert prefill(catalog(empty), memory()).messages == (empty,)
    assert prefill(catalog(empty), TranslationMemory([])).messages == (empty,)


# --- adapt --------------------------------------------------------------------------------------


def test_adapt_renames_by_order_of_first_appearance_wherever_the_target_puts_them():
    match = Match(MemoryEntry("{A} met {B}, then {A} left.", "{B} traf {A}; {A} ging.", "x"), 0.9)
    assert adapt(match, "{Costa} met {Bakker}, then {Costa} went.") == "{Bakker} traf {Costa}; {Costa} ging."
    swapped = Match(MemoryEntry("{A} met {B}.", "{A} traf {B}.", "x"), 0.9)
    assert adapt(swapped, "{B} met {A}.") == "{B} traf {A}."  # renamed at once, not one after the other


def test_adapt_keeps_the_target_when_renaming_is_impossible():
    match = Match(MemoryEntry("{A} met {B}.", "{A} traf {B} {{heute}}.", "x"), 0.8)
    assert adapt(match, "{Costa} met the press.") == "{A} traf {B} {{heute}}."
    stray = Match(MemoryEntry("{A} met {B}.", "{A} traf {C}.", "x"), 0.8)
    assert adapt(stray, "{X} met {Y}.") == "{A} traf {C}."


def test_adapt_renumbers_each_link_to_the_new_sources_link_around_the_same_words():
    remembered = Match(MemoryEntry(
        "The <a1>union</a1> and the <a2>port</a2> met {Costa}.",
        "Die <a1>Gewerkschaft</a1> und der <a2>Hafen</a2> trafen {Costa}.", "x"), 0.8)
    assert adapt(remembered, "The <a1>Port</a1> and the <a2>union</a2> met {Vogt}.") == (
        "Die <a2>Gewerkschaft</a2> und der <a1>Hafen</a1> trafen {Vogt}."
    )
    # A link the new source does not have loses its markers; its words stay.
    assert adapt(remembered, "The port and the <a1>union</a1> met {Vogt}.") == "Die <a1>Gewerkschaft</a1> und der Hafen trafen {Vogt}."
    assert adapt(remembered, "The union and the port met {Vogt}.") == "Die Gewerkschaft und der Hafen trafen {Vogt}."
    named = Match(MemoryEntry("<a1>{A}</a1> met <a2>{B}</a2>.", "<a2>{B}</a2> traf <a1>{A}</a1>.", "x"), 0.8)
    assert adapt(named, "{D} met <a1>{C}</a1> today.") == "<a1>{C}</a1> traf {D}."  # the words, placeholders renamed


def test_a_link_marker_counts_in_a_match_as_one_mark_whatever_its_number():
    # A link added before the others renumbers them: the sentence is as close as its words are.
    memory = TranslationMemory([MemoryEntry("Read the summary, <a1>the report</a1> or ask <a2>the press office</a2>.", "…", "x")])
    assert memory.best("Read <a1>the summary</a1>, <a2>the report</a2> or ask <a3>the press office</a3>.").score > 0.95
    reordered = TranslationMemory([MemoryEntry("The <a1>union</a1> and the <a2>port</a2> met on Monday.", "…", "x")])
    assert reordered.best("The port and the <a1>union</a1> met on Monday.") is not None, "close enough to suggest"


def test_adapt_leaves_out_the_markers_no_words_tell_where_to_put():
    twice = Match(MemoryEntry("<a1>Here</a1> and <a2>here</a2>.", "<a1>Hier</a1> und <a2>hier</a2>.", "x"), 0.8)
    assert adapt(twice, "<a1>Here</a1> and <a2>here</a2> again.") == "Hier und hier."
    broken = Match(MemoryEntry("Read <a1>the report</a1>.", "Lesen Sie <a1>den Bericht</a1 title=\"x\">.", "x"), 0.8)
    suggestion = adapt(broken, "Read <a1>the report</a1> now.")
    assert suggestion == "Lesen Sie den Bericht."
    assert unplaced_links(suggestion, "Read <a1>the report</a1> now.") == ["<a1>the report</a1>"]
    # A source whose own words read like a marker has no links: its translation is as it was.
    literal = Match(MemoryEntry("Type <a1> to link.", "Tippen Sie <a1>.", "x"), 0.8)
    assert adapt(literal, "Type <a1> to link it.") == "Tippen Sie <a1>."


def linked_sentence(links: list[tuple[int, str]], joiner: str = " and ", end: str = " met.") -> str:
    return joiner.join(f"<a{number}>{words}</a{number}>" for number, words in links) + end


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(["union", "Union", "port", "the  press office", "the press office", "Costa"]), max_size=4),
    st.lists(st.sampled_from(["union", "port", "the press office", "dockers"]), max_size=4),
    st.randoms(use_true_random=False),
)
def test_adapt_marks_only_the_new_sources_links_each_around_the_translation_of_its_words(old, new, random_order):
    translated = list(enumerate(old, 1))
    random_order.shuffle(translated)  # the translation puts the links in its own order
    target = linked_sentence([(number, words.upper()) for number, words in translated], " und ", " trafen sich.")
    new_source = linked_sentence(list(enumerate(new, 1)), end=" met again.")
    adapted = adapt(Match(MemoryEntry(linked_sentence(list(enumerate(old, 1))), target, "x"), 0.8), new_source)

    unplaced = unplaced_links(adapted, new_source)
    problems = marker_problems(adapted, len(new))
    assert len(problems) == len(unplaced) and all("is missing" in problem for problem in problems)
    for pair in re.finditer(r"<a(\d+)>(.*?)</a\1>", adapted):
        assert " ".join(pair[2].split()).casefold() == " ".join(new[int(pair[1]) - 1].split()).casefold()
    assert strip_marker_like(adapted) == strip_marker_like(target)  # the words are the translation's

def brace_fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


_name = st.from_regex(r"[A-Za-z_][A-Za-z0-9_]{0,6}", fullmatch=True)
_words = st.sampled_from(["said", " ", "the", "{{", "}}", "„", ",", "strike"])


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_adapt_gives_exactly_the_new_placeholders_when_the_counts_agree(data):
    old = data.draw(st.lists(_name, min_size=1, max_size=4, unique=True))
    new = data.draw(st.lists(_name, min_size=len(old), max_size=len(old), unique=True))

    def text(names: list[str]) -> str:
        pieces = data.draw(st.lists(st.one_of(_words, st.sampled_from(names).map(lambda n: "{" + n + "}")), max_size=8))
        return "".join(pieces) + "".join("{" + name + "}" for name in names)

    entry = MemoryEntry(text(old), text(data.draw(st.permutations(old))), "x")
    new_source = text(new)
    adapted = adapt(Match(entry, 0.9), new_source)
    assert brace_fields(adapted) == brace_fields(new_source)


# --- the index ----------------------------------------------------------------------------------


def test_exact_lookup_and_first_entry_wins():
    first, second = MemoryEntry("Hello.", "Hallo.", "a"), MemoryEntry("Hello.", "Servus.", "b")
    tm = TranslationMemory([first, second, MemoryEntry("Empty.", "", "c")])
    assert len(tm) == 1
    assert tm.exact("Hello.") is first and tm.exact("Empty.") is None
    assert tm.best("Hello.") == Match(first, 1.0)


def test_a_page_long_unit_is_matched_exactly_but_not_scored_for_near_matches():
    page = " ".join(f"word{number} of the results table" for number in range(LONGEST_FUZZY_SOURCE // 10))
    changed = page.replace("word7 ", "word8 ", 1)
    tm = TranslationMemory([MemoryEntry(page, "Seite", "a")])
    assert tm.best(page) == Match(tm.exact(page), 1.0)
    assert tm.best(changed) is None  # scoring it would be quadratic in its length
    short = TranslationMemory([MemoryEntry(page[:200], "kurz", "a")])
    assert short.best(changed[:200]) is not None


def test_best_rejects_a_meaningless_threshold():
    with pytest.raises(ValueError):
        memory().best("x", threshold=0)


def sentence(rng: random.Random, vocabulary: list[str]) -> str:
    words = rng.choices(vocabulary, k=rng.randint(6, 18))
    if rng.random() < 0.5:
        words.insert(rng.randrange(len(words)), "{" + rng.choice(["Costa", "NOS", "Maria_Costa", "EU"]) + "}")
    return " ".join(words) + "."


def difflib_scan(shapes: list[str], query: str) -> float:
    """The best difflib ratio of at least 0.75 over every shape (0.0 if none)."""
    matcher = difflib.SequenceMatcher(None, autojunk=False)
    matcher.set_seq2(query)
    best = 0.0
    for shape in shapes:
        matcher.set_seq1(shape)
        floor = max(best, 0.75)
        if matcher.real_quick_ratio() >= floor and matcher.quick_ratio() >= floor:
            best = max(best, matcher.ratio())
    return best


def test_indexed_lookup_finds_what_a_full_scan_finds():
    """On a memory of near-duplicates, the few candidates the index scores hold a match at least as
    good as the best of a difflib scan over every entry (difflib's ratio never exceeds the LCS score)."""
    rng = random.Random(7)
    vocabulary = [f"w{number}" for number in range(300)] + ["the", "a", "of", "said", "on"] * 40
    entries = [MemoryEntry(sentence(rng, vocabulary), f"t{index}", "x") for index in range(2000)]
    tm = TranslationMemory(entries)
    shapes = [shape_of(entry.source) for entry in entries]
    checked = 0
    for _ in range(40):
        words = rng.choice(entries).source.split()
        words[rng.randrange(len(words))] = rng.choice(vocabulary)  # one word changed
        words.insert(rng.randrange(len(words)), rng.choice(vocabulary))  # one word added
        query = " ".join(words)
        scan = difflib_scan(shapes, shape_of(query))
        found = tm.best(query)
        if scan >= 0.75:
            checked += 1
            assert found is not None and found.score >= scan - 1e-9, query
        if found is not None:
            assert found.score == pytest.approx(lcs_ratio(shape_of(found.entry.source), shape_of(query)))
    assert checked > 25


_texts = st.text(st.sampled_from("ab c{}_X."), max_size=30)


@settings(max_examples=300, deadline=None)
@given(_texts, _texts)
def test_the_score_is_the_lcs_ratio_of_the_normalised_texts(stored, asked):
    match = TranslationMemory([MemoryEntry(stored, "t", "x")]).best(asked, threshold=0.01)
    if match is not None:
        assert match.score == pytest.approx(lcs_ratio(shape_of(stored), shape_of(asked)))


# --- the workspace's memory ---------------------------------------------------------------------


DOCK_STRIKE = """date 2026-11-21 Home page economy
id dock-strike
byline By Marta Kowalski

Will the dock strike spread?

Hamburg – The dockers' strike entered its fourth day on Friday. “We are not asking for the moon. We want contracts that last longer than a season,” union leader Lena Vogt told the German broadcaster ARD. Port operator Eurogate declined to comment.

About 1,200 containers are stuck on the quays, according to the port authority.
"""
GERMAN = {
    "Will the port strike spread?": "Weitet sich der Hafenstreik aus?",
    "“We are not asking for the moon. We want contracts that last longer than a season,” {Costa} told the Dutch "
    "broadcaster {NOS}.": "„Wir verlangen nicht den Mond. Wir wollen Verträge, die länger als eine Saison halten“, "
    "sagte {Costa} dem niederländischen Sender {NOS}.",
    "Port operator {Euromax_Terminals} declined to comment.":
        "Der Hafenbetreiber {Euromax_Terminals} wollte sich nicht äußern.",
    "About 1,200 containers are stuck on the quays, according to the port authority.": "Laut Hafenbehörde stecken rund "
    "1200 Container an den Kais fest.",
}


def translate_po(path: Path, translations: dict[str, str], *, fuzzy: bool = False) -> None:
    po = polib.pofile(str(path))
    for entry in po:
        if entry.msgid in translations and not entry.msgctxt:
            entry.msgstr = translations[entry.msgid]
            if fuzzy:
                entry.flags.append("fuzzy")
    po.save()


def test_a_new_article_is_prefilled_from_a_translated_one(newsroom, wire_files):
    """End to end with real segmentation: the names became other placeholders in the new article."""
    workspace = Workspace(newsroom)
    dock = newsroom / "dock-strike.txt"
    dock.write_text(DOCK_STRIKE, encoding="utf-8")
    port = next(path for path in wire_files if path.name == "port-strike.txt")
    extract(workspace, [port, dock], [DE])
    translate_po(workspace.po_file(DE, "port-strike"), GERMAN)

    tm = workspace_memory(workspace, DE, "en")
    assert len(tm) == len(GERMAN)
    path = workspace.po_file(DE, "dock-strike")
    filled = {message.msgid: message for message in prefill(read_catalog(path, "dock-strike"), tm).messages}

    containers = filled["About 1,200 containers are stuck on the quays, according to the port authority."]
    assert containers.translated
    assert containers.extracted_comments[-1] == "Translation memory: exact match from port-strike" + made_from(containers.msgstr)
    operator = filled["Port operator {Eurogate} declined to comment."]
    assert operator.fuzzy and operator.msgstr == "Der Hafenbetreiber {Eurogate} wollte sich nicht äußern."
    quote = next(message for msgid, message in filled.items() if "{Lena_Vogt}" in msgid)
    assert quote.fuzzy and quote.msgstr.endswith("sagte {Lena_Vogt} dem niederländischen Sender {ARD}.")
    headline = filled["Will the dock strike spread?"]
    assert headline.fuzzy and headline.msgstr == "Weitet sich der Hafenstreik aus?"

    write_catalog(path, dataclasses.replace(read_catalog(path, "dock-strike"), messages=tuple(filled.values())))
    msgfmt_check(path)


def test_an_extract_looks_at_the_memorys_files_once_and_fills_from_it(newsroom, wire_files, monkeypatch):
    """The refill at the start of a run brings each locale's memory up to date with its files;
    the articles the run extracts are filled from it as it is, its files not looked at again."""
    workspace = Workspace(newsroom)
    port = next(path for path in wire_files if path.name == "port-strike.txt")
    extract(workspace, [port], [DE])
    translate_po(workspace.po_file(DE, "port-strike"), GERMAN)
    po = polib.pofile(str(workspace.po_file(DE, "port-strike")))
    for entry in po.untranslated_entries():  # none waits for the memory: the run fills no story again
        entry.msgstr = entry.msgid
    po.save()
    dock = newsroom / "dock-strike.txt"
    dock.write_text(DOCK_STRIKE, encoding="utf-8")
    looked_at = []
    memory_files = memory_store._memory_files
    monkeypatch.setattr(memory_store, "_memory_files", lambda *args: looked_at.append(args[1]) or memory_files(*args))
    extract(workspace, [dock], [DE])
    assert looked_at == [DE]
    filled = {message.msgid: message for message in read_catalog(workspace.po_file(DE, "dock-strike"), "dock-strike").messages}
    assert filled["About 1,200 containers are stuck on the quays, according to the port authority."].translated
    assert filled["Port operator {Eurogate} declined to comment."].msgstr == "Der Hafenbetreiber {Eurogate} wollte sich nicht äußern."


def test_a_translation_deleted_by_hand_comes_back_on_the_next_extract(newsroom, wire_files):
    """An entry or a whole file a translator deleted is merged back with the translation the
    memory last read from the file, not empty; an entry the translator emptied stays empty."""
    workspace = Workspace(newsroom)
    port = next(path for path in wire_files if path.name == "port-strike.txt")
    extract(workspace, [port], [DE, Locale("fr")])
    po_path = workspace.po_file(DE, "port-strike")
    translate_po(po_path, GERMAN)
    workspace_memory(workspace, DE, "en")  # as a run that prefills another article reads it
    po = polib.pofile(str(po_path))
    po.remove(po.find("Port operator {Euromax_Terminals} declined to comment."))
    po.find("Will the port strike spread?").msgstr = ""  # to be translated again
    po.save()
    extract(workspace, [port], [DE])
    back = polib.pofile(str(po_path))
    operator = back.find("Port operator {Euromax_Terminals} declined to comment.")
    assert operator.msgstr == GERMAN[operator.msgid] and not operator.fuzzy
    assert "Translation memory: as this article's file had it" in operator.comment
    assert back.find("Will the port strike spread?").msgstr == ""
    msgfmt_check(po_path)

    po_path.unlink()
    extract(workspace, [port], [DE])
    # Every translation the file has had comes back, the one emptied later too: the most it can.
    assert {entry.msgid: entry.msgstr for entry in polib.pofile(str(po_path)) if entry.msgstr} == GERMAN


def _write_po(workspace: Workspace, article_id: str, *messages: Message) -> None:
    """The story's German PO file, holding `messages`."""
    write_catalog(workspace.po_file(DE, article_id), dataclasses.replace(catalog(*messages), domain=article_id))


def test_workspace_memory_skips_fuzzy_obsolete_and_the_glossary(newsroom, tmp_path):
    workspace = Workspace(newsroom)
    po = functools.partial(_write_po, workspace)
    po("port-strike", Message("Done.", "Fertig."), Message("Guess.", "Vermutung.", flags=("fuzzy",)),
       Message("Gone.", "Weg.", obsolete=True), Message("Open."))
    po("dock-strike", Message("Mine.", "Meins."))
    write_catalog(workspace.locales_dir / "de/LC_MESSAGES/names.po",
                  Catalog("names", {"Language": "de"}, (Message("Maria Costa", "Maria Kosta"),), "de"))
    client = tmp_path / "client.tmx"
    client.write_bytes(export_tmx([MemoryEntry("Imported.", "Importiert.", "x")], "en", "de"))
    import_into_workspace(workspace, client, DE)

    tm = workspace_memory(workspace, DE, "en")
    assert tm.exact("Done.") == MemoryEntry("Done.", "Fertig.", "port-strike")
    assert tm.exact("Imported.") == MemoryEntry("Imported.", "Importiert.", "tmx:client.tmx")
    assert tm.exact("Mine.") == MemoryEntry("Mine.", "Meins.", "dock-strike")
    for absent in ("Guess.", "Gone.", "Open.", "Maria Costa"):
        assert tm.exact(absent) is None, absent
    assert len(workspace_memory(workspace, Locale("fr"), "en")) == 0


def test_catalog_entries_are_the_finished_translations():
    messages = catalog(
        Message("a", "A"), Message("b", "B", flags=("fuzzy",)), Message("c"), Message("d", "D", obsolete=True)
    )
    assert catalog_entries(messages, "x") == [MemoryEntry("a", "A", "x")]


def test_a_translation_the_build_refuses_is_offered_to_no_other_article_but_kept_for_its_own(newsroom, wire_files):
    """Markup, a control character or a lost placeholder would be copied into every article
    with the sentence, as finished; the article's own file gets it back if it is deleted."""
    workspace = Workspace(newsroom)
    dock = newsroom / "dock-strike.txt"
    dock.write_text(DOCK_STRIKE, encoding="utf-8")
    port = next(path for path in wire_files if path.name == "port-strike.txt")
    extract(workspace, [port], [DE])
    containers = "About 1,200 containers are stuck on the quays, according to the port authority."
    operator = "Port operator {Euromax_Terminals} declined to comment."
    refused = {containers: "Etwa 1.200 <script>x</script> Container.", operator: "Euromax Terminals schwieg."}
    translate_po(workspace.po_file(DE, "port-strike"), {**GERMAN, **refused})
    memory = workspace_memory(workspace, DE, "en")
    assert memory.exact(containers) is None and memory.exact(operator) is None
    assert [entry.source for entry in workspace_entries(workspace, DE) if entry.source in refused] == []
    extract(workspace, [dock], [DE])
    entry = polib.pofile(str(workspace.po_file(DE, "dock-strike"))).find(containers)
    assert entry.msgstr == "" and "Translation memory" not in entry.comment
    msgfmt_check(workspace.po_file(DE, "dock-strike"))

    workspace.po_file(DE, "port-strike").unlink()
    extract(workspace, [port], [DE])
    back = {entry.msgid: entry.msgstr for entry in polib.pofile(str(workspace.po_file(DE, "port-strike")))}
    assert {msgid: back[msgid] for msgid in refused} == refused


# The database as the release before wrote it: its entries and postings of every language as one.
LAYOUT_4 = """
CREATE TABLE files (file TEXT PRIMARY KEY, identity TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE entries (number INTEGER PRIMARY KEY, file TEXT NOT NULL, origin TEXT NOT NULL,
                      source TEXT NOT NULL, target TEXT NOT NULL, shape TEXT NOT NULL,
                      first INTEGER NOT NULL DEFAULT 0);
CREATE TABLE postings (stem TEXT PRIMARY KEY, count INTEGER NOT NULL, numbers BLOB NOT NULL) WITHOUT ROWID;
CREATE TABLE history (file TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL, PRIMARY KEY (file, source)) WITHOUT ROWID;
PRAGMA user_version = 4
"""


@pytest.mark.parametrize("layout", [3, 4])
def test_a_memory_of_a_layout_before_is_read_again_keeping_its_history(newsroom, wire_files, layout):
    """The entries a release before offered whatever their language (or a translation the
    build refuses, before layout 4) are read again from the files, in their language; the
    history of translations since deleted stays."""
    workspace = Workspace(newsroom)
    port = next(path for path in wire_files if path.name == "port-strike.txt")
    extract(workspace, [port], [DE])
    containers = "About 1,200 containers are stuck on the quays, according to the port authority."
    translate_po(workspace.po_file(DE, "port-strike"), GERMAN)
    database = newsroom / ".syndicate/memory-de.sqlite3"
    database.unlink(missing_ok=True)
    with sqlite3.connect(database) as connection:
        connection.executescript(LAYOUT_4.replace("user_version = 4", f"user_version = {layout}"))
        connection.execute("INSERT INTO files VALUES ('port-strike', ?)", (file_identity(workspace.po_file(DE, "port-strike")),))
        connection.execute("INSERT INTO entries VALUES (0, 'port-strike', 'port-strike', ?, 'Etwa 1.200 <b>Container</b>.', ?, 1)",
                           (containers, containers))
        connection.execute("INSERT INTO history VALUES ('gone-story', 'Old.', 'Alt.')")
    connection.close()
    assert workspace_memory(workspace, DE, "en").exact(containers).target == GERMAN[containers]
    assert workspace_memory(workspace, DE, "nl").exact(containers) is None
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT target FROM history WHERE file = 'gone-story'").fetchall() == [("Alt.",)]
        assert connection.execute("PRAGMA user_version").fetchone()[0] == 9
    connection.close()


def test_a_translation_that_inflects_a_name_is_not_remembered(newsroom):
    """Its placeholder reads right only in the form the comment gives: elsewhere the memory
    would publish the name in another case, unseen."""
    workspace = Workspace(newsroom)
    inflected = Message(
        "The plan of {Maria_Costa} failed.", "План {Maria_Costa} провалился.", flags=BRACE,
        translator_comments=("{Maria_Costa} = Марии Косты",),
    )
    plain = Message("{Maria_Costa} spoke.", "{Maria_Costa} выступила.", flags=BRACE, translator_comments=("Checked.",))
    assert catalog_entries(catalog(inflected, plain), "x") == [MemoryEntry(plain.msgid, plain.msgstr, "x")]
    russian = Locale("ru")
    write_catalog(workspace.po_file(russian, "port-strike"), dataclasses.replace(catalog(inflected, plain), domain="port-strike"))
    memory = workspace_memory(workspace, russian, "en")
    assert memory.exact(inflected.msgid) is None and memory.exact(plain.msgid) is not None


def test_workspace_memory_follows_every_change_to_the_article_files(newsroom):
    """The memory of a workspace is read from its POs once, then only from those that changed."""
    workspace = Workspace(newsroom)
    po = functools.partial(_write_po, workspace)
    po("port-strike", Message("Done.", "Fertig."))
    po("dock-strike", Message("Mine.", "Meins."))
    assert workspace_memory(workspace, DE, "en").exact("Done.").target == "Fertig."
    po("port-strike", Message("Done.", "Erledigt."), Message("New.", "Neu."))
    memory = workspace_memory(workspace, DE, "en")
    assert memory.exact("Done.").target == "Erledigt." and memory.exact("New.") is not None
    assert memory.exact("Mine.") is not None  # an unchanged file's translations, from the record
    workspace.po_file(DE, "dock-strike").unlink()
    assert workspace_memory(workspace, DE, "en").exact("Mine.") is None
    (newsroom / ".syndicate/memory-de.sqlite3").write_bytes(b"not a database")
    assert workspace_memory(workspace, DE, "en").exact("Done.").target == "Erledigt."


def test_the_stored_memory_reads_only_changed_files_and_matches_as_in_memory(newsroom, monkeypatch):
    import syndicate.memory_store

    workspace = Workspace(newsroom)
    entries = [MemoryEntry(f"The union met the minister {n} times on Monday.", f"Die Gewerkschaft traf {n}.", f"story-{n % 7}")
               for n in range(40)]
    for article in range(7):
        mine = [entry for entry in entries if entry.origin == f"story-{article}"]
        write_catalog(workspace.po_file(DE, f"story-{article}"), dataclasses.replace(
            catalog(*(Message(entry.source, entry.target) for entry in mine)), domain=f"story-{article}"))
    stored = workspace_memory(workspace, DE, "en")
    in_process = TranslationMemory(entry for article in range(7) for entry in entries if entry.origin == f"story-{article}")
    for query in ("The union met the minister 12 times on Tuesday.", "The union met the minister 3 times.", "Nothing alike."):
        assert stored.best(query) == in_process.best(query), query
    assert len(stored) == len(in_process) == 40

    monkeypatch.setattr(syndicate.memory_store, "read_catalog", lambda *args: pytest.fail("an unchanged file was read again"))
    assert workspace_memory(workspace, DE, "en").exact(entries[0].source) == entries[0]
    monkeypatch.undo()
    write_catalog(workspace.po_file(DE, "story-3"), dataclasses.replace(catalog(Message("Late.", "Spät.")), domain="story-3"))
    changed = workspace_memory(workspace, DE, "en")
    assert changed.exact("Late.") == MemoryEntry("Late.", "Spät.", "story-3")
    assert changed.exact(entries[3].source) is None and len(changed) == 40 - 6 + 1


def test_a_memory_filled_at_once_is_the_one_filled_file_by_file(tmp_path):
    """A first update, which builds the entries' indexes once it has filled them, leaves the
    database an update of one file at a time leaves: the same entries, postings and indexes;
    but of the entries with the same source, one file at a time offers the latest read."""
    sources = ["The port is shut.", "The port is open again.", "{Costa} said the port is shut.", "Talks resume on Monday."]

    def write(workspace: Workspace, number: int) -> None:
        messages = [Message(source, f"{source} ({number})") for source in sources[number % 2 :: 1 + number % 3]]
        write_catalog(workspace.po_file(DE, f"story-{number}"), dataclasses.replace(catalog(*messages), domain=f"story-{number}"))

    def dump(workspace: Workspace) -> list:
        connection = sqlite3.connect(workspace.root / ".syndicate/memory-de.sqlite3")
        tables = [connection.execute(f"SELECT {columns} FROM {table} ORDER BY 1, 2").fetchall()
                  for table, columns in (("postings", "*"), ("history", "file, source, target"))]  # read at other updates: other ages
        tables.append(connection.execute("SELECT number, file, origin, language, source, target, shape, copy FROM entries ORDER BY 1").fetchall())
        indexes = connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name").fetchall()
        connection.close()
        return [*tables, indexes]

    at_once, by_file = Workspace(tmp_path / "at-once"), Workspace(tmp_path / "by-file")
    for number in range(6):
        write(at_once, number)
        write(by_file, number)
        workspace_memory(by_file, DE, "en")
    memory = workspace_memory(at_once, DE, "en")
    assert dump(at_once) == dump(by_file)
    assert len(dump(at_once)[-1]) == 6
    assert memory.best("The port is shut!") == memory.best("The port is shut!")
    assert memory.best("The port is shut!").entry == MemoryEntry("The port is shut.", "The port is shut. (0)", "story-0")
    assert workspace_memory(by_file, DE, "en").best("The port is shut!").entry == MemoryEntry("The port is shut.", "The port is shut. (4)", "story-4")


def test_the_same_sentence_in_two_articles_is_remembered_from_the_first(newsroom):
    workspace = Workspace(newsroom)

    def po(article_id: str, target: str) -> None:
        write_catalog(workspace.po_file(DE, article_id), dataclasses.replace(catalog(Message("Same.", target)), domain=article_id))

    po("a-story", "Gleich.")
    po("b-story", "Dasselbe.")
    assert workspace_memory(workspace, DE, "en").exact("Same.") == MemoryEntry("Same.", "Gleich.", "a-story")
    workspace.po_file(DE, "a-story").unlink()
    assert workspace_memory(workspace, DE, "en").exact("Same.") == MemoryEntry("Same.", "Dasselbe.", "b-story")


def test_an_articles_translation_stays_ahead_of_the_imported_memory_after_edits(newsroom, tmp_path):
    workspace = Workspace(newsroom)
    client = tmp_path / "client.tmx"
    client.write_bytes(export_tmx([MemoryEntry("Same.", "Importiert.", "x")], "en", "de"))
    import_into_workspace(workspace, client, DE)
    assert workspace_memory(workspace, DE, "en").exact("Same.").target == "Importiert."
    write_catalog(workspace.po_file(DE, "z-story"), dataclasses.replace(catalog(Message("Same.", "Gleich.")), domain="z-story"))
    assert workspace_memory(workspace, DE, "en").exact("Same.") == MemoryEntry("Same.", "Gleich.", "z-story")
    assert workspace_memory(workspace, DE, "en").best("Same!").entry.target == "Gleich."
    workspace.po_file(DE, "z-story").unlink()
    assert workspace_memory(workspace, DE, "en").exact("Same.").target == "Importiert."


UNION, PORT, DOCKERS = "https://agency.example/union", "https://agency.example/port", "https://agency.example/dockers"
MEET = " will meet again in Hamburg on Monday to talk about the new contracts."


def linked(address: str, words: str) -> str:
    return f'<a href="{address}">{words}</a>'


@pytest.fixture
def remembered_links(newsroom: Path) -> Workspace:
    """A newsroom publishing links whose German memory holds an agency item's linked sentence."""
    (newsroom / "syndicate.toml").write_text('[feed]\nlinks = "inline"\n', encoding="utf-8")
    workspace = Workspace(newsroom)
    last = f"The {linked(UNION, 'union')} and the {linked(PORT, 'port operators')}{MEET}"
    extract(workspace, [agency_item(newsroom.parent, last=last)], [DE])
    translate(workspace, DE, "harbour-talks")
    translate_po(workspace.po_file(DE, "harbour-talks"), {
        f"The <a1>union</a1> and the <a2>port operators</a2>{MEET}":
            "Die <a1>Gewerkschaft</a1> und die <a2>Hafenbetreiber</a2> treffen sich am Montag in Hamburg wieder, "
            "um über die neuen Verträge zu sprechen.",
    })
    return workspace


def another_item(workspace: Workspace, last: str) -> polib.POFile:
    """The German PO of a second agency item, extracted with `last` as its last paragraph."""
    source = agency_item(workspace.root.parent, last=last, guid="urn:newsml:agency.example:20261121:dock-talks", name="dock-talks")
    extract(workspace, [source], [DE])
    path = workspace.po_file(DE, "dock-talks")
    msgfmt_check(path)
    return polib.pofile(str(path))


def accept_suggestions(workspace: Workspace, po: polib.POFile) -> list[dict]:
    """What `syndicate check` finds once the translator has accepted every suggestion as it is."""
    for entry in po.fuzzy_entries():
        entry.flags.remove("fuzzy")
        entry.previous_msgid = None
    po.save()
    msgfmt_check(Path(po.fpath))
    result = CliRunner().invoke(main, ["--root", str(workspace.root), "check", "-l", "de", "--format", "json", "dock-talks"])
    return json.loads(result.output)


def test_a_suggestion_from_memory_moves_each_link_to_the_new_sentences_link_around_the_same_words(remembered_links):
    """The new sentence links the same words in another order, and in another the port
    operators not at all: each remembered link takes the number of the new one around the same
    words, so the suggestion passes the review and publishes each address around its words."""
    workspace = remembered_links
    reordered = f"The <a1>port operators</a1> and the <a2>union</a2>{MEET}"
    one_link = f"The port operators and the <a1>union</a1>{MEET}"
    po = another_item(workspace, " ".join((
        f"The {linked(PORT, 'port operators')} and the {linked(UNION, 'union')}{MEET}",
        f"The port operators and the {linked(UNION, 'union')}{MEET}",
    )))
    german = " treffen sich am Montag in Hamburg wieder, um über die neuen Verträge zu sprechen."
    assert po.find(reordered).msgstr == f"Die <a2>Gewerkschaft</a2> und die <a1>Hafenbetreiber</a1>{german}"
    assert po.find(one_link).msgstr == f"Die <a1>Gewerkschaft</a1> und die Hafenbetreiber{german}"
    for msgid in (reordered, one_link):
        entry = po.find(msgid)
        assert entry.fuzzy and entry.previous_msgid == f"The <a1>union</a1> and the <a2>port operators</a2>{MEET}"
        [note] = [line for line in entry.comment.splitlines() if line.startswith("Translation memory: ")]
        assert "% match from harbour-talks: " in note
        assert "left out" not in note  # every link of the new sentence is in the suggestion

    assert not [finding for finding in accept_suggestions(workspace, po) if finding["severity"] == "error"]
    assert not build(workspace, [DE]).refused
    german_item = item(workspace, "de", "dock-talks")
    assert_valid(etree.tostring(german_item))
    assert [(link.text, link.get("href")) for link in german_item.iter("{http://www.w3.org/1999/xhtml}a")] == [
        ("Gewerkschaft", UNION), ("Hafenbetreiber", PORT), ("Gewerkschaft", UNION),
    ]


def test_a_link_no_remembered_link_shares_words_with_is_left_for_the_translator_to_place(remembered_links):
    workspace = remembered_links
    msgid = f"The <a1>union</a1> and the <a2>dock workers</a2>{MEET}"
    po = another_item(workspace, f"The {linked(UNION, 'union')} and the {linked(DOCKERS, 'dock workers')}{MEET}")
    entry = po.find(msgid)
    assert entry.fuzzy and entry.msgstr.startswith("Die <a1>Gewerkschaft</a1> und die Hafenbetreiber treffen")
    [note] = [line for line in entry.comment.splitlines() if line.startswith("Translation memory: ")]
    assert "; link markers left out, place them: <a2>dock workers</a2>; offered " in note

    findings = accept_suggestions(workspace, po)
    assert [(finding["msgid"], finding["check"]) for finding in findings if finding["severity"] == "error"] == [(msgid, "link-markers")]
    po.find(msgid).msgstr = entry.msgstr.replace("Hafenbetreiber", "<a2>Hafenarbeiter</a2>")  # as the note asks
    assert not [finding for finding in accept_suggestions(workspace, po) if finding["severity"] == "error"]


# --- languages and suggestions ------------------------------------------------------------------


DUTCH_QUAYS = """date 2026-11-21 Home page economy
id quays-nl
lang nl

Containers blijven in de haven. De staking duurt voort.

About 1,200 containers are stuck on the quays, according to the port authority. Port operator Eurogate declined to comment.
"""


def test_an_article_is_prefilled_only_from_translations_of_its_own_language(newsroom, wire_files):
    """A Dutch story quoting the English one's sentences gets none of their translations, which
    translate English; an English story does, and an NewsML item gets those of its xml:lang."""
    workspace = Workspace(newsroom)
    port = next(path for path in wire_files if path.name == "port-strike.txt")
    extract(workspace, [port], [DE])
    translate_po(workspace.po_file(DE, "port-strike"), GERMAN)
    dutch = newsroom / "quays-nl.txt"
    dutch.write_text(DUTCH_QUAYS, encoding="utf-8")
    english = newsroom / "quays-en.txt"
    english.write_text(DUTCH_QUAYS.replace("id quays-nl\nlang nl", "id quays-en"), encoding="utf-8")
    extract(workspace, [dutch, english], [DE])

    containers = "About 1,200 containers are stuck on the quays, according to the port authority."
    operator = "Port operator {Eurogate} declined to comment."
    in_dutch = polib.pofile(str(workspace.po_file(DE, "quays-nl")))
    assert in_dutch.metadata["X-Source-Language"] == "nl"
    for msgid in (containers, operator):
        entry = in_dutch.find(msgid)
        assert entry.msgstr == "" and "fuzzy" not in entry.flags and "Translation memory" not in entry.comment
    in_english = polib.pofile(str(workspace.po_file(DE, "quays-en")))
    assert in_english.find(containers).msgstr == GERMAN[containers] and not in_english.find(containers).fuzzy
    assert in_english.find(operator).fuzzy

    # The Dutch story's own translations are offered to the next Dutch item, not to English ones.
    translate_po(workspace.po_file(DE, "quays-nl"), {containers: "Rund 1200 Container (aus dem Niederländischen)."})
    item_source = agency_item(newsroom.parent, last=containers, guid="urn:newsml:agency.example:20261121:quays", name="quays")
    dutch_item = item_source.read_text(encoding="utf-8").replace('xml:lang="en"', 'xml:lang="nl"').replace('tag="en"', 'tag="nl"')
    item_source.write_text(dutch_item, encoding="utf-8")
    extract(workspace, [item_source], [DE])
    assert polib.pofile(str(workspace.po_file(DE, "quays"))).find(containers).msgstr == "Rund 1200 Container (aus dem Niederländischen)."
    assert workspace_memory(workspace, DE, "en").exact(containers).target == GERMAN[containers]
    assert workspace_memory(workspace, DE, "en-GB").exact(containers).target == GERMAN[containers]
    for article_id in ("quays-nl", "quays-en", "quays"):
        msgfmt_check(workspace.po_file(DE, article_id))


def test_a_suggestion_gives_way_to_the_exact_match_its_edited_sentence_has_but_a_draft_stays(newsroom, wire_files):
    """The memory's suggestion, not reviewed yet, is replaced by the finished translation the
    memory has of the sentence as edited; a translator's own draft (fuzzy, no memory note) is theirs."""
    workspace = Workspace(newsroom)
    port = next(path for path in wire_files if path.name == "port-strike.txt")
    extract(workspace, [port], [DE])
    translate_po(workspace.po_file(DE, "port-strike"), GERMAN)
    containers = "About 1,200 containers are stuck on the quays, according to the port authority."
    headline = "Will the port strike spread?"
    story = newsroom / "quays.txt"
    first = DUTCH_QUAYS.replace("id quays-nl\nlang nl", "id quays").replace("Containers blijven in de haven.", "Will the port strike spread now?")
    story.write_text(first.replace("1,200", "1,300"), encoding="utf-8")
    extract(workspace, [story], [DE])
    po_path = workspace.po_file(DE, "quays")
    po = polib.pofile(str(po_path))
    suggested = po.find(containers.replace("1,200", "1,300"))
    assert suggested.fuzzy and suggested.previous_msgid == containers and "Translation memory: 9" in suggested.comment
    # Only a better match replaces it: the story extracted again, it stays as it was.
    story.write_text(first.replace("1,200", "1,300") + "\nTalks resume on Monday.\n", encoding="utf-8")
    extract(workspace, [story], [DE])
    po = polib.pofile(str(po_path))
    again = po.find(suggested.msgid)
    assert (again.msgstr, again.flags, again.comment, again.previous_msgid) == (
        suggested.msgstr, suggested.flags, suggested.comment, suggested.previous_msgid)
    draft = po.find("Will the port strike spread now?")
    draft.msgstr, draft.previous_msgid = "Breitet sich der Hafenstreik jetzt aus?", None
    draft.comment = "\n".join(line for line in draft.comment.splitlines() if not line.startswith("Translation memory"))
    po.save()

    story.write_text(first.replace("spread now?", "spread?"), encoding="utf-8")
    extract(workspace, [story], [DE])
    po = polib.pofile(str(po_path))
    exact = po.find(containers)
    assert exact.msgstr == GERMAN[containers] and not exact.fuzzy and exact.previous_msgid is None
    assert "Translation memory: exact match from port-strike" in exact.comment and "% match" not in exact.comment
    kept = po.find(headline)
    assert kept.fuzzy and kept.msgstr == "Breitet sich der Hafenstreik jetzt aus?"
    assert not [entry for entry in po if entry.obsolete]
    msgfmt_check(po_path)


VOTE = "The bill passed by 31 votes to 12."
VOTE_STORY = "date 2026-11-20 Home page politics\nid {id}\nlang en\n\nSenators met on Friday. {vote}\n\n{last}\n"


def cli(root: Path, *args: str):
    return CliRunner().invoke(main, ["--root", str(root), *args], catch_exceptions=False)


# What `extract` without files says when the memory changed nothing a story waits for.
NOTHING_FILLED = "nothing to fill again: no article waits for a sentence whose translation the memory changed\n"


def test_an_exact_match_the_build_refuses_for_its_numbers_is_only_a_suggestion(newsroom):
    """a1's French translation changes a figure, so the build refuses it; a2, which has the
    same sentence, gets it to review, saying why, where it got it as finished and was refused too."""
    (newsroom / "a1.txt").write_text(VOTE_STORY.format(id="a1", vote=VOTE, last="Talks resume on Monday."), encoding="utf-8")
    assert cli(newsroom, "extract", str(newsroom / "a1.txt"), "-l", "fr").exit_code == 0
    french = {"Senators met on Friday.": "Les sénateurs se sont réunis vendredi.",
              VOTE: "Le projet de loi a été adopté par 13 voix contre 12.", "Talks resume on Monday.": "Les négociations reprennent lundi."}
    translate_po(newsroom / "locales/fr/LC_MESSAGES/a1.po", french)
    built = cli(newsroom, "build")
    assert built.exit_code != 0 and "numbers" in built.output

    (newsroom / "a2.txt").write_text(VOTE_STORY.format(id="a2", vote=VOTE, last="Talks resume on Monday."), encoding="utf-8")
    assert cli(newsroom, "extract", str(newsroom / "a2.txt"), "-l", "fr").exit_code == 0
    po_path = newsroom / "locales/fr/LC_MESSAGES/a2.po"
    po = polib.pofile(str(po_path))
    vote = po.find(VOTE)
    assert vote.msgstr == french[VOTE] and vote.fuzzy and vote.previous_msgid is None
    assert vote.comment.splitlines()[-1] == (
        "Translation memory: exact match from a1; the build would refuse it (numbers: missing 31; not in the source: 13)"
        + made_from(french[VOTE]))
    sound = po.find("Talks resume on Monday.")
    assert sound.msgstr == french[sound.msgid] and not sound.fuzzy
    assert sound.comment.splitlines()[-1] == "Translation memory: exact match from a1" + made_from(sound.msgstr)
    msgfmt_check(po_path)


def test_the_review_runs_only_on_the_matches_about_to_be_offered():
    reviewed = []

    def review(message: Message) -> list[str]:
        reviewed.append(message.msgid)
        return ["numbers: missing 1,200"] if message.msgid == PLAIN.source else []

    refused, near, sound = prefill(catalog(
        Message(PLAIN.source), Message("{Maria_Costa} said the strike would go on until Monday.", flags=BRACE),
        Message(COSTA.source, flags=BRACE),
    ), memory(), review=review).messages
    # The exact matches, and the near one's own translation (see below).
    assert reviewed == [PLAIN.source, COSTA.source, COSTA.source]
    assert refused.fuzzy and refused.msgstr == PLAIN.target and refused.previous_msgid is None
    assert refused.extracted_comments == (
        "Translation memory: exact match from port-strike; the build would refuse it (numbers: missing 1,200)"
        + made_from(PLAIN.target),)
    assert near.fuzzy and sound.translated
    # Not reviewed yet, it is the memory's suggestion: it gives way once the build would take it.
    [finished] = prefill(catalog(refused), memory(), review=lambda message: []).messages
    assert finished.translated and finished.msgstr == PLAIN.target


def test_a_suggestion_looked_up_again_has_its_matched_translation_reviewed_only_when_it_changes():
    reviewed = []

    def review(message: Message) -> list[str]:
        reviewed.append(message.msgid)
        return ["numbers: missing 1"]

    monday = Message("{Maria_Costa} said the strike would go on until Monday.", flags=BRACE)
    [suggestion] = prefill(catalog(monday), memory(COSTA), review=review).messages
    refused = "; the build refuses the matched translation (numbers: missing 1)" + made_from(suggestion.msgstr)
    assert reviewed == [COSTA.source] and suggestion.extracted_comments[-1].endswith(refused)
    # The memory offers the same: the suggestion stays as it is, its match not reviewed again.
    assert prefill(catalog(suggestion), memory(COSTA), review=review).messages == (suggestion,)
    assert reviewed == [COSTA.source]
    # A nearer match replaces it, reviewed as the translation of its own sentence in turn.
    nearer = MemoryEntry("{Maria_Costa} said the strike would go on until Sunday.", "{Maria_Costa} sagte, der Streik gehe bis Sonntag weiter.", "b")
    [renewed] = prefill(catalog(suggestion), memory(COSTA, nearer), review=review).messages
    assert renewed.previous_msgid == nearer.source and reviewed == [COSTA.source, nearer.source]
    assert renewed.extracted_comments[-1].endswith("; the build refuses the matched translation (numbers: missing 1)" + made_from(renewed.msgstr))


def test_a_suggestion_the_translator_edited_is_their_draft_and_stays():
    first = prefill(catalog(Message("The port strike entered its fourth day.")), memory(
        MemoryEntry("The port strike entered its fourth week.", "Der Hafenstreik ging in die vierte Woche.", "a")))
    [suggestion] = first.messages
    edited = dataclasses.replace(suggestion, msgstr="Der Hafenstreik ging in den vierten Tag")
    exact = memory(MemoryEntry(suggestion.msgid, "Der Hafenstreik ging in den vierten Tag.", "b"),
                   MemoryEntry("The port strike entered its fourth week.", "Der Hafenstreik ging in die vierte Woche.", "a"))
    assert prefill(catalog(edited), exact).messages == (edited,)
    [replaced] = prefill(catalog(suggestion), exact).messages
    assert replaced.translated and replaced.msgstr == "Der Hafenstreik ging in den vierten Tag."


def test_a_suggestion_lent_by_the_variants_language_gives_way_to_the_variants_own_match_unless_edited():
    source = "The port strike entered its fourth day."
    german = memory(MemoryEntry(source, "Der Hafenstreik ging in den vierten Tag.", "a"))
    [lent] = prefill(catalog(Message(source)), german, variant_of="de").messages
    assert lent.fuzzy and lent.extracted_comments == (
        "Translation memory: exact match from a in de; check it reads right here" + made_from(lent.msgstr),)
    austrian = memory(MemoryEntry(source, "Der Hafenstreik ist in den vierten Tag gegangen.", "b"))
    [own] = prefill(catalog(lent), austrian, lent=german).messages
    assert own.translated and own.msgstr == "Der Hafenstreik ist in den vierten Tag gegangen."
    edited = dataclasses.replace(lent, msgstr="Der Hafenstreik ging in den vierten Tag über.")
    assert prefill(catalog(edited), austrian, lent=german).messages == (edited,)


def test_an_exact_suggestion_whose_sentence_is_edited_shows_its_sentence_and_gives_way_to_the_edited_ones_match():
    """A lent or refused exact match has no previous text: its own sentence is the one it was
    made from, shown once the desk edits the sentence, and an exact match of the edited one
    replaces it while it is untouched."""
    import datetime as dt

    from syndicate.catalog import merge, template_header

    old, edited = "The port strike entered its fourth day.", "The port strike entered its fifth day."
    german = memory(MemoryEntry(old, "Der Hafenstreik ging in den vierten Tag.", "a"))
    lent = prefill(catalog(Message(old)), german, variant_of="de")
    now = dt.datetime(2026, 11, 27, tzinfo=dt.timezone.utc)
    [moved] = merge(Catalog("strike", template_header("strike", "en", now), (Message(edited),)), lent, DE, now).messages
    assert moved.fuzzy and moved.msgstr == "Der Hafenstreik ging in den vierten Tag." and moved.previous_msgid == old
    austrian = memory(MemoryEntry(edited, "Der Hafenstreik ist in den fünften Tag gegangen.", "b"))
    [own] = prefill(catalog(moved), austrian, lent=german).messages
    assert own.translated and own.msgstr == "Der Hafenstreik ist in den fünften Tag gegangen."


def test_an_edited_suggestion_survives_a_better_match_but_an_untouched_one_gives_way(newsroom):
    """End to end: a2's two suggestions from a1, one edited by its translator and left fuzzy
    (work in progress); a3 then translates both sentences of a2 exactly."""
    strike, talks = "The port strike entered its fourth day.", "Talks between the union and the port resume on Monday."
    (newsroom / "a1.txt").write_text(VOTE_STORY.format(
        id="a1", vote="The port strike entered its fourth week.", last="Talks between the union and the port resume on Tuesday."),
        encoding="utf-8")
    assert cli(newsroom, "extract", str(newsroom / "a1.txt"), "-l", "de").exit_code == 0
    translate_po(newsroom / "locales/de/LC_MESSAGES/a1.po", {
        "The port strike entered its fourth week.": "Der Hafenstreik ging in die vierte Woche.",
        "Talks between the union and the port resume on Tuesday.":
            "Die Gespräche zwischen Gewerkschaft und Hafen gehen am Dienstag weiter.",
    })
    (newsroom / "a2.txt").write_text(VOTE_STORY.format(id="a2", vote=strike, last=talks), encoding="utf-8")
    assert cli(newsroom, "extract", str(newsroom / "a2.txt"), "-l", "de").exit_code == 0
    po_path = newsroom / "locales/de/LC_MESSAGES/a2.po"
    po = polib.pofile(str(po_path))
    draft, untouched = po.find(strike), po.find(talks)
    assert draft.fuzzy and untouched.fuzzy and "% match from a1" in draft.comment and "% match from a1" in untouched.comment
    draft.msgstr = "Der Hafenstreik ging in den vierten Tag, so"  # work in progress
    po.save()

    (newsroom / "a3.txt").write_text(VOTE_STORY.format(id="a3", vote=strike, last=talks), encoding="utf-8")
    assert cli(newsroom, "extract", str(newsroom / "a3.txt"), "-l", "de").exit_code == 0
    finished = {strike: "Der Hafenstreik ging in den vierten Tag.",
                talks: "Die Gespräche zwischen Gewerkschaft und Hafen gehen am Montag weiter."}
    translate_po(newsroom / "locales/de/LC_MESSAGES/a3.po", {msgid: msgstr for msgid, msgstr in finished.items()})
    po3 = polib.pofile(str(newsroom / "locales/de/LC_MESSAGES/a3.po"))
    for entry in po3:
        if entry.msgid in finished and entry.fuzzy:
            entry.flags.remove("fuzzy")
            entry.previous_msgid = None
    po3.save()
    # The story edited (an unchanged one is not merged again): a paragraph added.
    (newsroom / "a2.txt").write_text(VOTE_STORY.format(id="a2", vote=strike, last=f"{talks}\n\nShips wait."), encoding="utf-8")
    assert cli(newsroom, "extract", str(newsroom / "a2.txt"), "-l", "de").exit_code == 0
    po = polib.pofile(str(po_path))
    kept, replaced = po.find(strike), po.find(talks)
    assert kept.fuzzy and kept.msgstr == "Der Hafenstreik ging in den vierten Tag, so"
    assert kept.comment.split() == draft.comment.split(), (kept.comment, draft.comment)
    assert kept.previous_msgid == draft.previous_msgid
    assert not replaced.fuzzy and replaced.msgstr == finished[talks] and replaced.previous_msgid is None
    assert replaced.comment.splitlines()[-1] == "Translation memory: exact match from a3" + made_from(replaced.msgstr)
    msgfmt_check(po_path)


def test_a_memory_note_polib_wrapped_is_read_whole_also_where_it_broke_a_word_at_its_hyphen(tmp_path):
    note = "Translation memory: 90% match from dock-strike: The strike is in its third-quarter week."
    po = polib.POFile(wrapwidth=78)
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "de"}
    po.append(polib.POEntry(msgid="The port strike entered its third-quarter week.", msgstr="Entwurf", flags=["fuzzy"],
                            comment=f"paragraph\n{note}"))
    path = tmp_path / "story.po"
    po.save(str(path))
    assert "third-\n#. quarter" in path.read_text(encoding="utf-8")  # as polib wraps it
    [message] = read_catalog(path).messages
    assert message.memory_notes == (note,)


def test_a_draft_begun_from_a_suggestion_is_told_when_the_translation_it_was_made_from_changes(newsroom):
    """End to end: a2's suggestion from a1, edited by its translator and left fuzzy; a1 then
    retranslates the sentence (a correction). The draft stays, and its note gives a1's new
    translation, as long as it is new."""
    week, day = "The port strike entered its fourth week.", "The port strike entered its fourth day."
    first, corrected = "Der Hafenstreik ging in die vierte Woche.", "Der Hafenstreik dauert nun schon vier Wochen."
    (newsroom / "a1.txt").write_text(VOTE_STORY.format(id="a1", vote=week, last="Ships wait."), encoding="utf-8")
    assert cli(newsroom, "extract", str(newsroom / "a1.txt"), "-l", "de").exit_code == 0
    a1_po = newsroom / "locales/de/LC_MESSAGES/a1.po"
    translate_po(a1_po, {week: first})
    (newsroom / "a2.txt").write_text(VOTE_STORY.format(id="a2", vote=day, last="Ships wait."), encoding="utf-8")
    assert cli(newsroom, "extract", str(newsroom / "a2.txt"), "-l", "de").exit_code == 0
    po_path = newsroom / "locales/de/LC_MESSAGES/a2.po"
    po = polib.pofile(str(po_path))
    po.find(day).msgstr = draft = "Der Hafenstreik ging in den vierten Tag"  # work in progress
    po.save()
    translate_po(a1_po, {week: corrected})

    changed = f"Translation memory: a1 has changed the translation this was made from; it now reads: {corrected}"
    for paragraphs in ("Ships wait.\n\nTalks resume.", "Ships wait.\n\nTalks resume on Monday."):  # the story edited twice
        (newsroom / "a2.txt").write_text(VOTE_STORY.format(id="a2", vote=day, last=paragraphs), encoding="utf-8")
        assert cli(newsroom, "extract", str(newsroom / "a2.txt"), "-l", "de").exit_code == 0
        msgfmt_check(po_path)
        [message] = [message for message in read_catalog(po_path).messages if message.msgid == day]
        assert message.fuzzy and message.msgstr == draft and message.previous_msgid == week
        assert message.memory_notes[0].startswith("Translation memory: 91% match from a1: ")
        assert message.memory_notes[1:] == (changed,)
    entry = polib.pofile(str(po_path)).find(day)
    assert entry.comment.count("has changed the translation") == 1 and entry.previous_msgid == week

    translate_po(a1_po, {week: first})  # the correction taken back: nothing new to tell
    (newsroom / "a2.txt").write_text(VOTE_STORY.format(id="a2", vote=day, last="Ships wait."), encoding="utf-8")
    assert cli(newsroom, "extract", str(newsroom / "a2.txt"), "-l", "de").exit_code == 0
    [message] = [message for message in read_catalog(po_path).messages if message.msgid == day]
    assert message.msgstr == draft and len(message.memory_notes) == 1


def test_a_story_saved_while_extract_fills_it_again_is_filled_by_the_next_run(newsroom, monkeypatch):
    """a2 has a suggestion from a1's sentence; a1's translator corrects it; a2's translator saves
    a2.po (another sentence) while `extract` fills a2 again: the file stays as saved, and the
    next `extract` renews the suggestion, where the change was taken as filled for good."""
    from syndicate.fsutil import StagedWrites

    week, day = "The port strike entered its fourth week.", "The port strike entered its fourth day."
    first, corrected = "Der Hafenstreik ging in die vierte Woche.", "Der Hafenstreik dauert nun schon vier Wochen."
    (newsroom / "a1.txt").write_text(VOTE_STORY.format(id="a1", vote=week, last="Ships wait."), encoding="utf-8")
    assert cli(newsroom, "extract", str(newsroom / "a1.txt"), "-l", "de").exit_code == 0
    a1_po, a2_po = newsroom / "locales/de/LC_MESSAGES/a1.po", newsroom / "locales/de/LC_MESSAGES/a2.po"
    translate_po(a1_po, {week: first})
    (newsroom / "a2.txt").write_text(VOTE_STORY.format(id="a2", vote=day, last="Ships wait."), encoding="utf-8")
    assert cli(newsroom, "extract", str(newsroom / "a2.txt"), "-l", "de").exit_code == 0
    assert _message(a2_po, day).msgstr == first
    translate_po(a1_po, {week: corrected})
    saved = polib.pofile(str(a2_po))
    saved.find("Senators met on Friday.").msgstr = "Die Senatoren trafen sich am Freitag."
    commit = StagedWrites.commit

    def saved_meanwhile(writes: StagedWrites) -> list[str]:
        if any(target == str(a2_po) for _, target, _ in writes.staged):
            saved.save()
        return commit(writes)

    with monkeypatch.context() as patched:
        patched.setattr(StagedWrites, "commit", saved_meanwhile)
        result = cli(newsroom, "extract", "-l", "de")
    assert f"warning: {a2_po} was saved while extract ran" in result.output
    assert _message(a2_po, day).msgstr == first
    assert cli(newsroom, "extract", "-l", "de").exit_code == 0
    assert _message(a2_po, day).msgstr == corrected and "Die Senatoren trafen sich am Freitag." in a2_po.read_text(encoding="utf-8")
    msgfmt_check(a2_po)


def test_the_note_of_a_changed_translation_goes_once_the_draft_is_reviewed():
    import datetime as dt

    from syndicate.catalog import merge, template_header

    week, day = "The port strike entered its fourth week.", "The port strike entered its fourth day."
    [suggestion] = prefill(catalog(Message(day)), memory(MemoryEntry(week, "Der Hafenstreik ging in die vierte Woche.", "a1"))).messages
    draft = dataclasses.replace(suggestion, msgstr="Der Hafenstreik ging in den vierten Tag")
    corrected = memory(MemoryEntry(week, "Der Hafenstreik dauert vier Wochen.", "a1"))
    [told] = prefill(catalog(draft), corrected).messages
    assert told.extracted_comments[-1] == (
        "Translation memory: a1 has changed the translation this was made from; it now reads: Der Hafenstreik dauert vier Wochen.")
    assert prefill(catalog(told), corrected).messages == (told,)
    reviewed = dataclasses.replace(told, flags=(), previous_msgid=None)
    now = dt.datetime(2026, 11, 27, tzinfo=dt.timezone.utc)
    [merged] = merge(Catalog("a2", template_header("a2", "en", now), (Message(day),)), catalog(reviewed), DE, now).messages
    assert merged.translated and merged.memory_notes == ()


def test_a_suggestion_left_as_offered_follows_a_retranslation_of_the_sentence_it_was_matched_to():
    week, day = "The port strike entered its fourth week.", "The port strike entered its fourth day."
    [suggestion] = prefill(catalog(Message(day)), memory(MemoryEntry(week, "Der Hafenstreik ging in die vierte Woche.", "a1"))).messages
    corrected = memory(MemoryEntry(week, "Der Hafenstreik dauert vier Wochen.", "a1"))
    [offered] = prefill(catalog(suggestion), corrected).messages
    assert offered.fuzzy and offered.msgstr == "Der Hafenstreik dauert vier Wochen." and offered.previous_msgid == week
    assert not any("has changed the translation" in note for note in offered.memory_notes)
    # Still the memory's own: an update may take it back without losing a translator's words.
    assert still_offered(offered, (corrected,)) and still_offered(suggestion, (corrected,))
    assert not still_offered(dataclasses.replace(suggestion, msgstr="Der Hafenstreik ging in den vierten Tag"), (corrected,))


def test_a_suggestion_says_when_the_build_refuses_the_translation_it_was_matched_to(newsroom):
    """a1's French translation changes a figure; a2's sentence, much like a1's, is offered it
    as a suggestion, whose note says the build refuses it in a1."""
    (newsroom / "a1.txt").write_text(VOTE_STORY.format(id="a1", vote=VOTE, last="Talks resume on Monday."), encoding="utf-8")
    assert cli(newsroom, "extract", str(newsroom / "a1.txt"), "-l", "fr").exit_code == 0
    translate_po(newsroom / "locales/fr/LC_MESSAGES/a1.po", {
        VOTE: "Le projet de loi a été adopté par 13 voix contre 12.", "Talks resume on Monday.": "Les négociations reprennent lundi."})
    near_vote, near_talks = "The bill passed by 31 votes to 12 on Friday.", "Talks resume on Tuesday."
    (newsroom / "a2.txt").write_text(VOTE_STORY.format(id="a2", vote=near_vote, last=near_talks), encoding="utf-8")
    assert cli(newsroom, "extract", str(newsroom / "a2.txt"), "-l", "fr").exit_code == 0
    po_path = newsroom / "locales/fr/LC_MESSAGES/a2.po"
    msgfmt_check(po_path)
    notes = {message.msgid: message.memory_notes for message in read_catalog(po_path).messages}
    [vote] = notes[near_vote]
    assert vote.startswith("Translation memory: ") and "% match from a1: " in vote
    assert "; the build refuses the matched translation (numbers: missing 31; not in the source: 13); offered " in vote
    [talks] = notes[near_talks]
    assert "% match from a1: " in talks and "refuses" not in talks


def test_a_suggestion_from_a_translation_that_keeps_its_names_says_nothing_is_refused(newsroom):
    said, near = "Maria Costa said the talks would resume on Monday.", "Maria Costa said the talks would resume on Tuesday."
    (newsroom / "a1.txt").write_text(VOTE_STORY.format(id="a1", vote=VOTE, last=said), encoding="utf-8")
    assert cli(newsroom, "extract", str(newsroom / "a1.txt"), "-l", "fr").exit_code == 0
    a1_po = newsroom / "locales/fr/LC_MESSAGES/a1.po"
    [msgid] = [message.msgid for message in read_catalog(a1_po).messages if "{Maria_Costa}" in message.msgid]
    translate_po(a1_po, {msgid: "{Maria_Costa} a déclaré que les négociations reprendraient lundi."})
    (newsroom / "a2.txt").write_text(VOTE_STORY.format(id="a2", vote=VOTE, last=near), encoding="utf-8")
    assert cli(newsroom, "extract", str(newsroom / "a2.txt"), "-l", "fr").exit_code == 0
    [notes] = [message.memory_notes for message in read_catalog(newsroom / "locales/fr/LC_MESSAGES/a2.po").messages
               if "{Maria_Costa}" in message.msgid]
    assert len(notes) == 1 and "% match from a1: " in notes[0] and "refuses" not in notes[0], notes


def test_only_what_the_memory_offered_and_may_take_back_is_excused_from_the_never_less_guard(tmp_path):
    from syndicate.extract import _never_less
    from syndicate.model import InputError

    week, day = "The port strike entered its fourth week.", "The port strike entered its fourth day."
    remembered = memory(MemoryEntry(week, "Der Hafenstreik ging in die vierte Woche.", "a1"))
    suggested = prefill(catalog(Message(day)), remembered)
    [suggestion] = suggested.messages
    edited = catalog(dataclasses.replace(suggestion, msgstr="Der Hafenstreik ging in den vierten Tag"))
    lost = catalog(Message(day))

    def memorys_own(message: Message) -> bool:
        from syndicate.memory import still_offered

        return still_offered(message, (remembered,))

    _never_less(tmp_path / "a2.po", suggested, lost, memorys_own)  # the memory's own, to take back
    with pytest.raises(InputError, match="would lose 1 translation"):
        _never_less(tmp_path / "a2.po", edited, lost, memorys_own)  # the translator's own fuzzy draft


WEEK, DAY = "The port strike entered its fourth week.", "The port strike entered its fourth day."
TALKS = "Talks resume on Monday."


def _message(po_path: Path, msgid: str) -> Message:
    [message] = [message for message in read_catalog(po_path).messages if message.msgid == msgid and not message.obsolete]
    return message


@pytest.mark.parametrize("given", [("a1", "a2", "a3"), ()], ids=["unchanged sources", "no sources"])
def test_a_change_in_the_memory_reaches_the_stories_it_filled_that_are_not_extracted_again(newsroom, given):
    """a1 is translated; a2 and a3, extracted after it, get a suggestion from it (a3's translator
    edits it into a draft), and a sentence left empty. a1's translator then corrects the sentence
    a2 and a3 were offered and translates the one they left empty. `extract` of the unchanged
    stories (or with none) brings a2's suggestion up to date, tells a3's draft, and fills both
    empty units, finished; run again, it changes nothing."""
    first, corrected, talks = "Der Hafenstreik ging in die vierte Woche.", "Der Hafenstreik dauert nun vier Wochen.", "Gespräche am Montag."
    for story in ("a1", "a2", "a3"):
        vote = WEEK if story == "a1" else DAY
        (newsroom / f"{story}.txt").write_text(VOTE_STORY.format(id=story, vote=vote, last=TALKS), encoding="utf-8")
    assert cli(newsroom, "extract", str(newsroom / "a1.txt"), "-l", "de").exit_code == 0
    a1_po = newsroom / "locales/de/LC_MESSAGES/a1.po"
    translate_po(a1_po, {"Senators met on Friday.": "Die Senatoren trafen sich am Freitag.", WEEK: first})
    assert cli(newsroom, "extract", str(newsroom / "a2.txt"), str(newsroom / "a3.txt"), "-l", "de").exit_code == 0
    a2_po, a3_po = newsroom / "locales/de/LC_MESSAGES/a2.po", newsroom / "locales/de/LC_MESSAGES/a3.po"
    assert _message(a2_po, DAY).msgstr == first and _message(a2_po, TALKS).msgstr == ""
    po = polib.pofile(str(a3_po))
    po.find(DAY).msgstr = draft = "Der Hafenstreik ging in den vierten Tag"
    po.save()
    translate_po(a1_po, {WEEK: corrected, TALKS: talks})

    extracted = cli(newsroom, "extract", *(str(newsroom / f"{story}.txt") for story in given), "-l", "de")
    assert extracted.exit_code == 0, extracted.output
    assert "a2: 4 units, 1 file(s) written" in extracted.output and "a3: 4 units, 1 file(s) written" in extracted.output
    for po_path in (a2_po, a3_po):
        msgfmt_check(po_path)
        filled = _message(po_path, TALKS)
        assert filled.translated and filled.msgstr == talks and filled.memory_notes == (f"Translation memory: exact match from a1{made_from(talks)}",)
    renewed = _message(a2_po, DAY)
    assert renewed.fuzzy and renewed.msgstr == corrected and renewed.previous_msgid == WEEK
    assert renewed.memory_notes == (f"Translation memory: 91% match from a1: {WEEK}{made_from(corrected)}",)
    told = _message(a3_po, DAY)
    assert told.fuzzy and told.msgstr == draft and told.previous_msgid == WEEK
    assert told.memory_notes[1:] == (f"Translation memory: a1 has changed the translation this was made from; it now reads: {corrected}",)
    assert polib.pofile(str(a2_po)).find(DAY).msgstr == corrected  # as another tool reads it

    identities = [file_identity(path) for path in (a1_po, a2_po, a3_po)]
    again = cli(newsroom, "extract", *(str(newsroom / f"{story}.txt") for story in given), "-l", "de")
    assert again.exit_code == 0 and "written" not in again.output, again.output
    assert [file_identity(path) for path in (a1_po, a2_po, a3_po)] == identities


def test_an_exact_match_offered_as_refused_is_finished_once_its_story_corrects_it(newsroom):
    """a1's French translation changes a figure: a2, with the same sentence, gets it as a
    suggestion the build would refuse. a1's translator corrects it: a2, unchanged, is filled
    with the correction, finished."""
    for story in ("a1", "a2"):
        (newsroom / f"{story}.txt").write_text(VOTE_STORY.format(id=story, vote=VOTE, last=TALKS), encoding="utf-8")
    assert cli(newsroom, "extract", str(newsroom / "a1.txt"), "-l", "fr").exit_code == 0
    a1_po = newsroom / "locales/fr/LC_MESSAGES/a1.po"
    translate_po(a1_po, {VOTE: "Le projet de loi a été adopté par 13 voix contre 12."})
    assert cli(newsroom, "extract", str(newsroom / "a2.txt"), "-l", "fr").exit_code == 0
    a2_po = newsroom / "locales/fr/LC_MESSAGES/a2.po"
    assert _message(a2_po, VOTE).fuzzy
    translate_po(a1_po, {VOTE: "Le projet de loi a été adopté par 31 voix contre 12."})

    assert cli(newsroom, "extract", str(newsroom / "a1.txt"), str(newsroom / "a2.txt"), "-l", "fr").exit_code == 0
    msgfmt_check(a2_po)
    corrected = _message(a2_po, VOTE)
    assert corrected.translated and corrected.msgstr == "Le projet de loi a été adopté par 31 voix contre 12."
    assert corrected.memory_notes == ("Translation memory: exact match from a1" + made_from(corrected.msgstr),)
    assert cli(newsroom, "build").exit_code == 0


def test_only_a_change_of_what_the_memory_offers_brings_stories_up_to_date(newsroom):
    """a2 and a3 take a1's translations as finished, and a3 a suggestion from it: read into the
    memory, they change nothing it offers. a2's translator then finishes a sentence no other
    story has: no story is filled again, no file written."""
    stories = {"a1": (WEEK, "Ships wait."), "a2": (WEEK, TALKS), "a3": (DAY, "Ships wait.")}
    for story, (vote, last) in stories.items():
        (newsroom / f"{story}.txt").write_text(VOTE_STORY.format(id=story, vote=vote, last=last), encoding="utf-8")
    assert cli(newsroom, "extract", str(newsroom / "a1.txt"), "-l", "de").exit_code == 0
    translate_po(newsroom / "locales/de/LC_MESSAGES/a1.po", {
        "Senators met on Friday.": "Die Senatoren trafen sich am Freitag.", WEEK: "Der Hafenstreik ging in die vierte Woche.",
        "Ships wait.": "Schiffe warten."})
    assert cli(newsroom, "extract", str(newsroom / "a2.txt"), str(newsroom / "a3.txt"), "-l", "de").exit_code == 0
    assert _message(newsroom / "locales/de/LC_MESSAGES/a3.po", DAY).fuzzy
    paths = [newsroom / f"locales/de/LC_MESSAGES/{story}.po" for story in stories]
    for finished in ({}, {TALKS: "Gespräche am Montag."}):
        translate_po(paths[1], finished)
        identities = [file_identity(path) for path in paths]
        extracted = cli(newsroom, "extract", "-l", "de")
        assert extracted.exit_code == 0 and extracted.output == NOTHING_FILLED, extracted.output
        assert [file_identity(path) for path in paths] == identities


def test_stories_extracted_before_the_memory_had_anything_are_filled_once_it_has(newsroom):
    """a1 and a2 are extracted together, before any translation; a1's translator translates a
    sentence both have. `extract` of nothing fills a2's, where its database is built afresh
    (and again once deleted), as where it was there before."""
    for story in ("a1", "a2"):
        (newsroom / f"{story}.txt").write_text(VOTE_STORY.format(id=story, vote=WEEK, last=TALKS), encoding="utf-8")
    assert cli(newsroom, "extract", str(newsroom / "a1.txt"), str(newsroom / "a2.txt"), "-l", "de").exit_code == 0
    assert not (newsroom / ".syndicate/memory-de.sqlite3").exists()
    a1_po, a2_po = newsroom / "locales/de/LC_MESSAGES/a1.po", newsroom / "locales/de/LC_MESSAGES/a2.po"
    for translation in ("Der Hafenstreik ging in die vierte Woche.", "Der Hafenstreik dauert vier Wochen."):
        translate_po(a1_po, {WEEK: translation})
        po = polib.pofile(str(a2_po))
        po.find(WEEK).msgstr = ""
        po.save()
        (newsroom / ".syndicate/memory-de.sqlite3").unlink(missing_ok=True)
        extracted = cli(newsroom, "extract", "-l", "de")
        assert extracted.exit_code == 0 and extracted.output == "a2: 4 units, 1 file(s) written\n", extracted.output
        msgfmt_check(a2_po)
        filled = _message(a2_po, WEEK)
        assert filled.translated and filled.msgstr == translation
        assert cli(newsroom, "extract", "-l", "de").output == NOTHING_FILLED


def test_stories_extracted_before_the_memory_had_anything_get_its_near_matches_once_it_has(newsroom):
    """a1 and a2 are extracted together, before any translation; a1's translator translates a
    sentence much like one of a2's. `extract` of nothing offers it to a2 as a suggestion, where
    the memory's database is built afresh (first, once deleted, and under other code), as it
    offers an exact match."""
    (newsroom / "a1.txt").write_text(VOTE_STORY.format(id="a1", vote=WEEK, last=TALKS), encoding="utf-8")
    (newsroom / "a2.txt").write_text(VOTE_STORY.format(id="a2", vote=DAY, last="Nothing else was said."), encoding="utf-8")
    assert cli(newsroom, "extract", str(newsroom / "a1.txt"), str(newsroom / "a2.txt"), "-l", "de").exit_code == 0
    assert not (newsroom / ".syndicate/memory-de.sqlite3").exists()
    a1_po, a2_po = newsroom / "locales/de/LC_MESSAGES/a1.po", newsroom / "locales/de/LC_MESSAGES/a2.po"
    translation = "Der Hafenstreik ging in die vierte Woche."
    translate_po(a1_po, {WEEK: translation})
    for afresh in ("first", "deleted", "other code"):
        if afresh != "first":  # a2's unit empty again
            po = polib.pofile(str(a2_po))
            entry = po.find(DAY)
            entry.msgstr, entry.flags, entry.previous_msgid, entry.comment = "", [], None, ""
            po.save()
        if afresh == "deleted":
            (newsroom / ".syndicate/memory-de.sqlite3").unlink()
        with release_before() if afresh == "other code" else contextlib.nullcontext():
            extracted = cli(newsroom, "extract", "-l", "de")
            assert extracted.exit_code == 0 and extracted.output == "a2: 4 units, 1 file(s) written\n", extracted.output
            msgfmt_check(a2_po)
            suggested = _message(a2_po, DAY)
            assert suggested.fuzzy and suggested.msgstr == translation and suggested.previous_msgid == WEEK
            assert suggested.memory_notes == ("Translation memory: 91% match from a1: " + WEEK + made_from(translation),)
            assert cli(newsroom, "extract", "-l", "de").output == NOTHING_FILLED


def translate_all(path: Path, translations: dict[str, str]) -> None:
    """Translate every entry of those sources, a lede's too, as finished."""
    po = polib.pofile(str(path))
    for entry in po:
        if entry.msgid in translations:
            entry.msgstr = translations[entry.msgid]
            if entry.fuzzy:
                entry.flags.remove("fuzzy")
            entry.previous_msgid = None
    po.save()


def test_the_latest_translation_of_a_sentence_is_the_one_the_memory_offers(newsroom):
    """a-story's and b-story's translators translate the same sentence otherwise; a-story's then
    corrects it: the memory offers the correction, also once b-story's file is saved again with
    its translation of the sentence as it was."""
    workspace = Workspace(newsroom)
    po = functools.partial(_write_po, workspace)
    po("a-story", Message("Same.", "Gleich."))
    po("b-story", Message("Same.", "Dasselbe."))
    assert workspace_memory(workspace, DE, "en").exact("Same.") == MemoryEntry("Same.", "Gleich.", "a-story")
    po("a-story", Message("Same.", "Genauso."))
    assert workspace_memory(workspace, DE, "en").exact("Same.") == MemoryEntry("Same.", "Genauso.", "a-story")
    po("b-story", Message("Same.", "Dasselbe."), Message("Other.", "Anders."))
    assert workspace_memory(workspace, DE, "en").exact("Same.") == MemoryEntry("Same.", "Genauso.", "a-story")
    assert workspace_memory(workspace, DE, "en").best("Same!").entry.target == "Genauso."


def test_the_latest_translation_of_a_sentence_stays_the_one_offered_when_the_memory_is_built_again(newsroom):
    """b-story retranslates the sentence after a-story translated it: once other code builds the
    memory's database again from the files, it still offers b-story's, where it offered the
    translation of the file read first."""
    workspace = Workspace(newsroom)
    po = functools.partial(_write_po, workspace)
    po("a-story", Message("Same.", "Dasselbe."))
    po("b-story", Message("Same.", "Gleich."))
    assert workspace_memory(workspace, DE, "en").exact("Same.") == MemoryEntry("Same.", "Dasselbe.", "a-story")
    po("b-story", Message("Same.", "Genauso."), Message("Other.", "Anders."))
    assert workspace_memory(workspace, DE, "en").exact("Same.") == MemoryEntry("Same.", "Genauso.", "b-story")
    with release_before():  # other code: the database is built again, its history kept
        assert workspace_memory(workspace, DE, "en").exact("Same.") == MemoryEntry("Same.", "Genauso.", "b-story")
    po("a-story", Message("Same.", "Dasselbe."), Message("More.", "Mehr."))  # saved again, its translation as it was
    assert workspace_memory(workspace, DE, "en").exact("Same.") == MemoryEntry("Same.", "Genauso.", "b-story")


def _feed_item(root: Path, article_id: str) -> tuple[str, list[str]]:
    """The version of a story's German item, and its paragraphs' texts."""
    item = etree.parse(str(root / f"feeds/de/{article_id}.xml")).getroot()
    return item.get("version"), ["".join(p.itertext()) for p in item.iter("{http://www.w3.org/1999/xhtml}p")]


def test_a_corrected_translation_outranks_the_copies_made_of_it_and_they_follow_it(newsroom):
    """zeta is translated; alpha and beta, with the same sentence, are filled with it, finished,
    and published. beta's translator rewords theirs: alpha's copy, untouched, follows the latest
    translation. zeta's translator then corrects the sentence: `extract` with no files brings
    alpha's copy up to date again (where the memory went on offering the copy, as read before
    zeta's file, to the stories after), never beta's; a story extracted after gets the
    correction, credited to zeta; the build republishes alpha with it."""
    others = {"Senators met on Friday.": "Die Senatoren trafen sich am Freitag.", WEEK: "Der Hafenstreik ging in die vierte Woche."}
    talks, reworded, corrected = "Gespräche am Montag.", "Am Montag wird wieder verhandelt.", "Die Gespräche gehen am Montag weiter."
    for story in ("zeta", "alpha", "beta", "new"):
        (newsroom / f"{story}.txt").write_text(VOTE_STORY.format(id=story, vote=WEEK, last=TALKS), encoding="utf-8")
    po_of = {story: newsroom / f"locales/de/LC_MESSAGES/{story}.po" for story in ("zeta", "alpha", "beta", "new")}
    assert cli(newsroom, "extract", str(newsroom / "zeta.txt"), "-l", "de").exit_code == 0
    translate_all(po_of["zeta"], {**others, TALKS: talks})
    assert cli(newsroom, "extract", str(newsroom / "alpha.txt"), str(newsroom / "beta.txt"), "-l", "de").exit_code == 0
    copy = _message(po_of["alpha"], TALKS)
    assert copy.translated and copy.msgstr == talks and copy.memory_notes == (f"Translation memory: exact match from zeta{made_from(talks)}",)
    assert cli(newsroom, "extract", "-l", "de").output == NOTHING_FILLED  # alpha's and beta's copies change nothing the memory offers
    assert cli(newsroom, "build").exit_code == 0
    assert _feed_item(newsroom, "alpha") == ("1", [talks])
    po = polib.pofile(str(po_of["beta"]))
    po.find(TALKS).msgstr = reworded
    po.save()
    assert cli(newsroom, "extract", "-l", "de").output == "alpha: 4 units, 1 file(s) written\n"
    assert _message(po_of["alpha"], TALKS).memory_notes == (f"Translation memory: exact match from beta{made_from(reworded)}",)

    translate_all(po_of["zeta"], {TALKS: corrected})
    beta = po_of["beta"].read_bytes()
    extracted = cli(newsroom, "extract", "-l", "de")
    assert extracted.exit_code == 0 and extracted.output == "alpha: 4 units, 1 file(s) written\n", extracted.output
    msgfmt_check(po_of["alpha"])
    followed = _message(po_of["alpha"], TALKS)
    assert followed.translated and followed.msgstr == corrected
    assert followed.memory_notes == (f"Translation memory: exact match from zeta{made_from(corrected)}",)
    assert po_of["beta"].read_bytes() == beta
    assert cli(newsroom, "extract", "-l", "de").output == NOTHING_FILLED

    assert cli(newsroom, "extract", str(newsroom / "new.txt"), "-l", "de").exit_code == 0
    msgfmt_check(po_of["new"])
    new = _message(po_of["new"], TALKS)
    assert new.translated and new.msgstr == corrected
    assert new.memory_notes == (f"Translation memory: exact match from zeta{made_from(corrected)}",)

    built = cli(newsroom, "build")
    assert built.exit_code == 0, built.output
    assert _feed_item(newsroom, "alpha") == ("2", [corrected])
    assert_valid((newsroom / "feeds/de/alpha.xml").read_bytes())


def test_a_correction_in_a_language_reaches_the_suggestions_it_lent_its_regional_variant(newsroom):
    """a1 is translated into de; a1 and a2 are extracted into de-AT, which has nothing of its own:
    de lends them an exact match and a near one of a1's sentence, and a sentence both have (a2's
    translator edits that one into a draft). de's translator corrects both of a1's sentences:
    `extract` with no files renews the suggestions still as lent, and tells the draft."""
    first, corrected = "Der Hafenstreik ging in die vierte Woche.", "Der Hafenstreik dauert nun vier Wochen."
    talks, talks_corrected, draft = "Gespräche am Montag.", "Die Gespräche gehen am Montag weiter.", "Gespräche gibt es am Montag"
    for story, vote in (("a1", WEEK), ("a2", DAY)):
        (newsroom / f"{story}.txt").write_text(VOTE_STORY.format(id=story, vote=vote, last=TALKS), encoding="utf-8")
    assert cli(newsroom, "extract", str(newsroom / "a1.txt"), "-l", "de").exit_code == 0
    translate_all(newsroom / "locales/de/LC_MESSAGES/a1.po", {"Senators met on Friday.": "Die Senatoren trafen sich am Freitag.",
                                                              WEEK: first, TALKS: talks})
    assert cli(newsroom, "extract", str(newsroom / "a1.txt"), str(newsroom / "a2.txt"), "-l", "de-AT").exit_code == 0
    a1_po, a2_po = newsroom / "locales/de_AT/LC_MESSAGES/a1.po", newsroom / "locales/de_AT/LC_MESSAGES/a2.po"
    lent = "Translation memory: exact match from a1 in de; check it reads right here"
    assert _message(a1_po, WEEK).memory_notes == (f"{lent}{made_from(first)}",)
    assert _message(a2_po, DAY).msgstr == first
    po = polib.pofile(str(a2_po))
    po.find(TALKS).msgstr = draft
    po.save()

    translate_all(newsroom / "locales/de/LC_MESSAGES/a1.po", {WEEK: corrected, TALKS: talks_corrected})
    extracted = cli(newsroom, "extract", "-l", "de-AT")
    assert extracted.exit_code == 0, extracted.output
    assert "a1: 4 units, 1 file(s) written" in extracted.output and "a2: 4 units, 1 file(s) written" in extracted.output
    for po_path in (a1_po, a2_po):
        msgfmt_check(po_path)
    exact = _message(a1_po, WEEK)
    assert exact.fuzzy and exact.msgstr == corrected and exact.memory_notes == (f"{lent}{made_from(corrected)}",)
    assert _message(a1_po, TALKS).msgstr == talks_corrected
    near = _message(a2_po, DAY)
    assert near.fuzzy and near.msgstr == corrected and near.previous_msgid == WEEK
    assert near.memory_notes == (f"Translation memory: 91% match from a1 in de: {WEEK}{made_from(corrected)}",)
    told = _message(a2_po, TALKS)
    assert told.fuzzy and told.msgstr == draft
    assert told.memory_notes[1:] == (
        f"Translation memory: a1 in de has changed the translation this was made from; it now reads: {talks_corrected}",)
    assert cli(newsroom, "extract", "-l", "de-AT").output == NOTHING_FILLED


@contextlib.contextmanager
def release_before() -> Iterator[None]:
    """Run as a release before this one: what it keeps in .syndicate/ is under its own code version."""
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(code_version_module, "__version__", "0.1.0")
        code_version_module.code_version.cache_clear()
        try:
            yield
        finally:
            code_version_module.code_version.cache_clear()


def _without_codes(po_path: Path) -> None:
    """The notes of the memory's suggestions and copies as a release before wrote them: without
    the code of the text they offered."""
    po_path.write_text(re.sub(r"; offered [0-9a-f]{8}$", "", po_path.read_text(encoding="utf-8"), flags=re.M), encoding="utf-8")


@pytest.mark.parametrize("given", [("a1", "a2"), ()], ids=["unchanged sources", "no sources"])
def test_a_suggestion_and_a_copy_a_release_before_filled_follow_a_correction_once_upgraded(newsroom, given):
    """a1 is translated; a release before this one filled a2 with a suggestion from one of a1's
    sentences and a copy of another's translation, their notes without the code of the text
    they offered. The first `extract` of this release (of the unchanged stories, or of none)
    gives them the code; run again, it writes nothing. a1's translator then corrects both
    sentences: a2's suggestion and copy follow, where they stayed as they were, unflagged."""
    first, corrected, talks, talks_corrected = (
        "Der Hafenstreik ging in die vierte Woche.", "Der Hafenstreik dauert nun vier Wochen.",
        "Gespräche am Montag.", "Die Gespräche gehen am Montag weiter.")
    for story, vote in (("a1", WEEK), ("a2", DAY)):
        (newsroom / f"{story}.txt").write_text(VOTE_STORY.format(id=story, vote=vote, last=TALKS), encoding="utf-8")
    a1_po, a2_po = newsroom / "locales/de/LC_MESSAGES/a1.po", newsroom / "locales/de/LC_MESSAGES/a2.po"
    sources = [str(newsroom / f"{story}.txt") for story in given]
    with release_before():
        assert cli(newsroom, "extract", str(newsroom / "a1.txt"), "-l", "de").exit_code == 0
        translate_all(a1_po, {"Senators met on Friday.": "Die Senatoren trafen sich am Freitag.", WEEK: first, TALKS: talks})
        assert cli(newsroom, "extract", str(newsroom / "a2.txt"), "-l", "de").exit_code == 0
        _without_codes(a2_po)
        assert cli(newsroom, "extract", *sources, "-l", "de").exit_code == 0
    assert _message(a2_po, DAY).memory_notes == (f"Translation memory: 91% match from a1: {WEEK}",)
    assert _message(a2_po, TALKS).memory_notes == ("Translation memory: exact match from a1",)

    upgraded = cli(newsroom, "extract", *sources, "-l", "de")
    assert upgraded.exit_code == 0 and "a2: 4 units, 1 file(s) written" in upgraded.output, upgraded.output
    msgfmt_check(a2_po)
    suggestion, copy = _message(a2_po, DAY), _message(a2_po, TALKS)
    assert suggestion.fuzzy and suggestion.msgstr == first and suggestion.previous_msgid == WEEK
    assert suggestion.memory_notes == (f"Translation memory: 91% match from a1: {WEEK}{made_from(first)}",)
    assert copy.translated and copy.msgstr == talks
    assert copy.memory_notes == (f"Translation memory: exact match from a1{made_from(talks)}",)
    identities = [file_identity(path) for path in (a1_po, a2_po)]
    again = cli(newsroom, "extract", *sources, "-l", "de")
    assert again.exit_code == 0 and "written" not in again.output, again.output
    assert [file_identity(path) for path in (a1_po, a2_po)] == identities

    translate_all(a1_po, {WEEK: corrected, TALKS: talks_corrected})
    extracted = cli(newsroom, "extract", *sources, "-l", "de")
    assert extracted.exit_code == 0 and "a2: 4 units, 1 file(s) written" in extracted.output, extracted.output
    msgfmt_check(a2_po)
    renewed, followed = _message(a2_po, DAY), _message(a2_po, TALKS)
    assert renewed.fuzzy and renewed.msgstr == corrected
    assert renewed.memory_notes == (f"Translation memory: 91% match from a1: {WEEK}{made_from(corrected)}",)
    assert followed.translated and followed.msgstr == talks_corrected
    assert followed.memory_notes == (f"Translation memory: exact match from a1{made_from(talks_corrected)}",)
    assert "written" not in cli(newsroom, "extract", *sources, "-l", "de").output


def test_the_memory_is_read_again_under_the_rules_of_a_new_release_and_keeps_its_history(newsroom, monkeypatch):
    """A release before offered a1's translation of a sentence to other stories; this one's rules
    (here: a memory that offers no translation saying Woche) would not. a2, extracted by this
    release, is not filled with it, where the entry the release before stored was copied as
    finished; a1's file, deleted by hand, is given back its translations all the same."""
    week, talks = "Der Hafenstreik ging in die vierte Woche.", "Gespräche am Montag."
    for story in ("a1", "a2"):
        (newsroom / f"{story}.txt").write_text(VOTE_STORY.format(id=story, vote=WEEK, last=TALKS), encoding="utf-8")
    a1_po, a2_po = newsroom / "locales/de/LC_MESSAGES/a1.po", newsroom / "locales/de/LC_MESSAGES/a2.po"
    with release_before():
        assert cli(newsroom, "extract", str(newsroom / "a1.txt"), "-l", "de").exit_code == 0
        translate_all(a1_po, {WEEK: week, TALKS: talks})
        assert cli(newsroom, "extract", "-l", "de").exit_code == 0
        assert workspace_memory(Workspace(newsroom), DE, "en").exact(WEEK).target == week

    refused = memory_store.unpublishable
    monkeypatch.setattr(memory_store, "unpublishable", lambda source, target: "Woche" if "Woche" in target else refused(source, target))
    assert cli(newsroom, "extract", str(newsroom / "a2.txt"), "-l", "de").exit_code == 0
    msgfmt_check(a2_po)
    assert _message(a2_po, WEEK).msgstr == "" and _message(a2_po, TALKS).msgstr == talks
    a1_po.unlink()
    assert cli(newsroom, "extract", str(newsroom / "a1.txt"), "-l", "de").exit_code == 0
    msgfmt_check(a1_po)
    assert (_message(a1_po, WEEK).msgstr, _message(a1_po, TALKS).msgstr) == (week, talks)


def test_a_new_translation_near_a_sentence_a_story_waits_for_reaches_it_unextracted(newsroom):
    """a1, then a2, are extracted untranslated. a1's translator translates a sentence much like
    one of a2's, which a2 has no match for yet: `extract` without files fills a2's sentence
    with the new translation as a suggestion; run again, it writes nothing."""
    for story, vote in (("a1", WEEK), ("a2", DAY)):
        (newsroom / f"{story}.txt").write_text(VOTE_STORY.format(id=story, vote=vote, last=TALKS), encoding="utf-8")
        assert cli(newsroom, "extract", str(newsroom / f"{story}.txt"), "-l", "de").exit_code == 0
    a1_po, a2_po = newsroom / "locales/de/LC_MESSAGES/a1.po", newsroom / "locales/de/LC_MESSAGES/a2.po"
    assert _message(a2_po, DAY).msgstr == ""
    week = "Der Hafenstreik ging in die vierte Woche."
    translate_po(a1_po, {WEEK: week})

    extracted = cli(newsroom, "extract", "-l", "de")
    assert extracted.exit_code == 0 and "a2: 4 units, 1 file(s) written" in extracted.output, extracted.output
    msgfmt_check(a2_po)
    suggested = _message(a2_po, DAY)
    assert suggested.fuzzy and suggested.msgstr == week and suggested.previous_msgid == WEEK
    assert suggested.memory_notes == (f"Translation memory: 91% match from a1: {WEEK}{made_from(week)}",)
    assert polib.pofile(str(a2_po)).find(DAY).msgstr == week  # as another tool reads it

    identities = [file_identity(path) for path in (a1_po, a2_po)]
    again = cli(newsroom, "extract", "-l", "de")
    assert again.exit_code == 0 and "written" not in again.output, again.output
    assert [file_identity(path) for path in (a1_po, a2_po)] == identities
