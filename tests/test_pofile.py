"""The PO reader and writer, held to polib's reading and msgfmt's verdict on the same files."""

from __future__ import annotations

import subprocess

import polib
import pytest
from babel import Locale
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import REPO, msgfmt_check
from syndicate.catalog import Catalog, Message
from syndicate.model import InputError
from syndicate.pofile import catalog_text, header_field, header_of, parse_catalog, read_catalog, read_catalog_with_lines, wrong_language


def polib_reading(text: str, domain: str) -> Catalog:
    """What polib reads in `text`, in syndicate's model."""
    po = polib.pofile(text)

    def message(entry: polib.POEntry) -> Message:
        return Message(
            msgid=entry.msgid, msgstr=entry.msgstr, msgctxt=entry.msgctxt, flags=tuple(entry.flags),
            extracted_comments=tuple(entry.comment.split("\n")) if entry.comment else (),
            translator_comments=tuple(entry.tcomment.split("\n")) if entry.tcomment else (),
            references=tuple((path, int(line) if str(line).isdigit() else 0) for path, line in entry.occurrences),
            previous_msgid=entry.previous_msgid, previous_msgctxt=entry.previous_msgctxt, obsolete=bool(entry.obsolete),
        )

    return Catalog(
        domain=domain, header=dict(po.metadata), messages=tuple(message(entry) for entry in po),
        locale=po.metadata.get("Language") or None, header_comment=po.header,
    )


DEMO_CATALOGS = sorted((REPO / "locales").rglob("*.po")) + sorted((REPO / "locales").rglob("*.pot"))


@pytest.mark.parametrize("path", DEMO_CATALOGS, ids=lambda path: str(path.relative_to(REPO)))
def test_demo_catalogs_read_as_polib_reads_them(path):
    assert read_catalog(path) == polib_reading(path.read_text(encoding="utf-8"), path.stem)


def test_files_laid_out_by_gettext_and_polib_read_the_same(tmp_path):
    source = REPO / "locales/de/LC_MESSAGES/port-strike.po"
    rewrapped = tmp_path / "msgcat.po"
    subprocess.run(["msgcat", "--width=40", "-o", str(rewrapped), str(source)], check=True)
    saved = tmp_path / "polib.po"
    po = polib.pofile(str(source))
    po[2].obsolete = True
    po[3].previous_msgid = "An earlier sentence"
    po[3].flags.append("fuzzy")
    po.save(str(saved))
    for path in (rewrapped, saved):
        assert read_catalog(path) == polib_reading(path.read_text(encoding="utf-8"), path.stem)
    assert read_catalog(rewrapped).messages == read_catalog(source).messages


TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=120)
LINE = TEXT.map(lambda text: " ".join(text.split()))
MESSAGES = st.builds(
    Message,
    msgid=TEXT.filter(bool),
    msgstr=TEXT,
    msgctxt=st.none() | st.sampled_from(["headline", "lede", "a context"]),
    flags=st.sampled_from([(), ("fuzzy",), ("python-brace-format",), ("fuzzy", "python-brace-format")]),
    extracted_comments=st.lists(LINE.filter(bool), max_size=3).map(tuple),
    translator_comments=st.lists(LINE, max_size=2).map(tuple),
    references=st.lists(st.tuples(st.sampled_from(["wire/a.txt", "wire/b c.txt"]), st.integers(1, 999)), max_size=3).map(tuple),
    previous_msgid=st.none() | TEXT.filter(bool),
    previous_msgctxt=st.none() | st.sampled_from(["headline", "lede"]),
    obsolete=st.booleans(),
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(MESSAGES, max_size=8, unique_by=lambda message: message.key))
def test_what_is_written_reads_back_whole_as_polib_reads_it(messages):
    catalog = Catalog(
        domain="fuzz", header={"Content-Type": "text/plain; charset=UTF-8", "Language": "de"},
        messages=tuple(messages), locale="de", header_comment="A header comment.\nOn two lines.",
    )
    text = catalog_text(catalog)
    assert parse_catalog(text, "fuzz.po", "fuzz") == catalog
    # polib splits lines where str.splitlines does (form feed, U+2028, …), keeps \a escaped,
    # drops an empty translator comment line, splits a file name set between U+2068 and U+2069
    # and ignores an obsolete entry's previous msgid (#~|)
    polib_reads_it = "\\a" not in text and "\n#\n" not in text and "\u2068" not in text and "#~|" not in text
    if len(text.splitlines()) == text.count("\n") and polib_reads_it:
        assert polib_reading(text, "fuzz") == catalog


def test_escapes_and_continuation_lines():
    text = (
        'msgid ""\nmsgstr "Language: de\\n"\n\n'
        '#. a note\n#: wire/a.txt:3 wire/b.txt\n#, fuzzy,python-brace-format\n'
        'msgid "Tab\\there, quote \\" and backslash \\\\ "\n"and a second line\\n"\n'
        'msgstr ""\n"Übersetzt"\n\n#~ msgid "gone"\n#~ msgstr "weg"\n'
    )
    catalog = parse_catalog(text, "x.po", "x")
    active, obsolete = catalog.messages
    assert active.msgid == 'Tab\there, quote " and backslash \\ and a second line\n'
    assert active.msgstr == "Übersetzt"
    assert active.flags == ("fuzzy", "python-brace-format")
    assert active.references == (("wire/a.txt", 3), ("wire/b.txt", 0))
    assert obsolete.obsolete and obsolete.msgstr == "weg"


def test_octal_and_hex_escapes_are_bytes_of_the_file_as_msgfmt_reads_them(tmp_path):
    # \303\244 is UTF-8 for ä, split here over two lines of one string.
    text = HEADER + 'msgid "A\\x41\\101 \\303"\n"\\244 \\xc3\\xa4"\nmsgstr "\\1234"\n'
    [message] = parse_catalog(text, "x.po", "x").messages
    assert (message.msgid, message.msgstr) == ("AAA ä ä", "S4")
    path = tmp_path / "escapes.po"
    path.write_text(text, encoding="utf-8")
    subprocess.run(["msgfmt", "-o", str(tmp_path / "escapes.mo"), str(path)], check=True)
    unfmt = subprocess.run(["msgunfmt", str(tmp_path / "escapes.mo")], check=True, capture_output=True, text=True).stdout
    assert 'msgid "AAA ä ä"' in unfmt and 'msgstr "S4"' in unfmt
    # msgfmt copies such bytes as they are; text that is not UTF-8 cannot be published.
    with pytest.raises(InputError, match="not UTF-8") as caught:
        parse_catalog(HEADER + 'msgid "a"\nmsgstr "\\303"\n', "x.po", "x")
    assert caught.value.line == 4


def test_a_string_and_a_header_field_of_many_lines_are_read_whole():
    pieces = [f"line {number} " for number in range(50_000)]
    text = (
        'msgid ""\nmsgstr ""\n"Language: de\\n"\n"X-Note: first\\n"\n'
        + "".join(f'"{piece}\\n"\n' for piece in pieces[:3])
        + '\n#| msgid "old"\n#| "er"\nmsgid "a"\nmsgstr ""\n'
        + "".join(f'"{piece}"\n' for piece in pieces)
    )
    catalog = parse_catalog(text, "x.po", "x")
    [message] = catalog.messages
    assert message.msgstr == "".join(pieces) and message.previous_msgid == "older"
    assert catalog.header["X-Note"] == "first\n" + "\n".join(piece.strip() for piece in pieces[:3])


HEADER = 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
MALFORMED = {
    "unclosed string": ('msgid "a"\nmsgstr "b\n', 5, "not closed"),
    "unknown escape": ('msgid "a\\q"\nmsgstr "b"\n', 4, "escape"),
    "msgid without msgstr": ('msgid "a"\n\nmsgid "b"\nmsgstr "c"\n', 6, "no msgstr"),
    "msgid without msgstr at the end": ('msgid "a"\nmsgstr "b"\n\n#. note\nmsgid "c"\n', 7, "no msgstr"),
    "message defined twice": ('msgid "a"\nmsgstr "b"\n\nmsgid "a"\nmsgstr "c"\n', 7, "defined twice"),
    "message defined twice, once obsolete": ('msgid "a"\nmsgstr ""\n\n#~ msgid "a"\n#~ msgstr "c"\n', 7, "defined twice"),
    "string with no keyword": ('#. note\n"stray"\nmsgid "a"\nmsgstr "b"\n', 5, "follows no"),
    "text after the string": ('msgid "a" and more\nmsgstr "b"\n', 4, "after the closing"),
    "unknown keyword": ('msgid "a"\nmsgtxt "b"\n', 5, "unknown keyword"),
    "two msgstr": ('msgstr "b"\nmsgid "a"\n', 4, "second msgstr"),
}


@pytest.mark.parametrize("name", MALFORMED)
def test_malformed_files_are_refused_with_their_line_as_msgfmt_refuses_them(name, tmp_path):
    body, line, words = MALFORMED[name]
    with pytest.raises(InputError) as caught:
        parse_catalog(HEADER + body, "bad.po", "bad")
    assert (caught.value.path, caught.value.line) == ("bad.po", line)
    assert words in caught.value.message and caught.value.hint
    path = tmp_path / "bad.po"
    path.write_text(HEADER + body, encoding="utf-8")
    assert subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(path)], capture_output=True).returncode != 0


def test_plural_forms_are_refused_with_a_reason():
    with pytest.raises(InputError, match="plural forms") as caught:
        parse_catalog(HEADER + 'msgid "a"\nmsgid_plural "as"\nmsgstr[0] "b"\n', "plural.po", "plural")
    assert caught.value.line == 5


def test_lines_point_at_each_entry_of_the_catalog_read(tmp_path):
    path = tmp_path / "x.po"
    path.write_text(HEADER + '#. first\nmsgid "a"\nmsgstr ""\n\nmsgctxt "lede"\nmsgid "a"\nmsgstr ""\n', encoding="utf-8")
    msgfmt_check(path)
    catalog, lines = read_catalog_with_lines(path)
    assert lines == {(None, "a"): 4, ("lede", "a"): 8}
    assert catalog == read_catalog(path)



def test_a_reference_whose_line_is_no_ascii_number_is_a_bare_path():
    """msgfmt -c reads `#: story.xml:²` as a reference without a line; so is it read, not a crash."""
    text = ('msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
            '#: story.xml:² wire/a.txt:12 \u2068my story.txt\u2069:3 \u2068other.txt:³\u2069\nmsgid "A"\nmsgstr "B"\n')
    [message] = parse_catalog(text, "story.po", "story").messages
    assert message.references == (("story.xml:²", 0), ("wire/a.txt", 12), ("my story.txt", 3), ("other.txt:³", 0))


@pytest.mark.parametrize(("header", "line"), [
    ('# A translator\'s note\nmsgid ""\nmsgstr ""\n"Project-Id-Version: x\\n"\n\n"Language: fr\\n"\n', 6),
    ('msgid ""\nmsgstr "Project-Id-Version: x\\nLanguage: fr\\n"\n', 2),  # one string, as some tools write it
    ('msgid ""\nmsgstr "Language: fr\\n"\n', 2),
])
def test_a_file_of_another_language_is_named_at_its_header_s_language_line(tmp_path, header, line):
    path = tmp_path / "story.po"
    path.write_text(header + '\nmsgid "Language: de"\nmsgstr "Sprache: de"\n', encoding="utf-8")
    catalog = read_catalog(path)
    assert wrong_language(path, catalog, Locale("fr")) is None
    wrong = wrong_language(path, catalog, Locale("de"))
    assert wrong is not None and str(wrong).startswith(f"{path}:{line}: the PO header says Language: fr, but it sits in the folder for de")


def test_the_header_is_read_whole_however_long_the_translators_credits_above_it(tmp_path):
    credits = "".join(f"# Translator {number}: Jana Vogel <jana{number}@example.com>, 2026.\n" for number in range(120))
    header = {"Language": "de", "MIME-Version": "1.0", "Content-Type": "text/plain; charset=UTF-8",
              "Content-Transfer-Encoding": "8bit", "Plural-Forms": "nplurals=2; plural=(n != 1);"}
    path = tmp_path / "names.po"
    path.write_text(credits + catalog_text(Catalog("names", header, (Message("Maria Costa", "Maria Costa"),), locale="de")), encoding="utf-8")
    assert len(credits) > 4096
    assert header_field(path, "Plural-Forms") == "nplurals=2; plural=(n != 1);"
    assert header_of(path) == read_catalog(path).header
