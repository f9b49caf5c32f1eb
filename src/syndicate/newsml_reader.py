"""NewsML-G2 ingest: a newsItem file, or a newsMessage feed, becomes source Articles.

Items come from outside, so the parser never loads a DTD, never substitutes entities and never
touches the network, and a document with a DOCTYPE is refused, before parsing when it is UTF-8
or ASCII: a newsItem has no use for one, and DOCTYPEs are how entity bombs and external
entities get in.

How an item maps to an Article (ingest is lossy; these are the choices):

* headline: `contentMeta/headline` (the main one, of several), else the body's own title
  (XHTML `<title>` or leading `<h1>`, NITF `<hl1>`). A subheadline (`role="hld:sub"`) is a
  deck, as NITF's `<hl2>`: a subheading before the text.
* lede: the `description` with role `drol:summary`, else one without a role. Without either,
  the first body paragraph is the lede, as wire style puts it first. A first body paragraph
  that repeats the description is dropped. Every other description (a teaser, another role's)
  is translated as the lede is and published with its role (see `BlockKind`).
* body: XHTML `<p>` → paragraph and `<h1>`–`<h6>` → subheading, except a leading `<h1>` that
  repeats the headline or the page's `<title>`: that is the page's title, not read twice
  (without either, it is the headline). Other text a reader sees is kept as paragraphs: list
  items, captions, and text loose in a `<div>`, `<section>`, `<blockquote>` or the `<body>`
  itself. A block inside a block (a list or paragraphs in a list item) is a paragraph of its
  own. An inlineXML holding an XHTML `<body>` or `<div>` instead of a whole `<html>`
  page is read as its body. NITF `body.content` `<p>` and `<hl2>` alike; NITF allows no text
  outside its blocks, and what stands there (media data, credits) is not read. NITF's
  `<byline>`s and `<dateline>` in its `body.head` are the item's when contentMeta has no `by`
  or `dateline`: a byline as contentMeta's, a dateline printed as written, its places the
  `<location>`s it names. `inlineData`
  text/plain is read as wire text's paragraphs are (docs/wire-layout.md): blank lines part
  them, the lines of one are joined, and a list (`- `, `1. ` after a line ending in `:`) has
  an item a paragraph, with its marker. Text with no blank line between its lines (Reuters'
  indented lines) has a paragraph a line, but for a line running on in lower case: a sentence
  wrapped over two.
* Of the contentSet's alternatives that can be read, the body is the first in the item's
  language (one saying no language, `xml:lang` on the inlineXML or inlineData, is in it),
  and of those the first in XHTML or NITF before plain text, which has lost the structure
  (subheadings, lists, tables, links) the others keep. Without one in the item's language,
  the same order among the others.
* tables: an XHTML or NITF `<table>` keeps its structure. Its caption and each of its cells
  (`<th>`, `<td>`) is a block of kind "cell" that says where it stands (see `Cell`): the part
  of the table (`<caption>`, `<thead>`, `<tbody>`, `<tfoot>`, or a row right in the table),
  the row group it is in (a table may have several bodies), its row, its column as a browser
  lays the table out (after the cells of rows above that span into its row), whether it is a
  header, its `colspan`, `rowspan` (0: to the end of its row group) and `scope`. An empty
  cell is a block without text, so the table is laid out again as the source lays it out.
  Blocks in a cell (paragraphs, list items) and its lines (`<br/>`, but in a `<pre>`) are
  set apart by a line break, which ends a
  sentence and a name, and a table inside a cell runs on, a row to a line, its cells set apart
  by " | "; the cell keeps the words it links, as a paragraph does. A table whose
  markup is broken reads as a browser shows it: cells outside any row make a row of their
  own, a row without cells is none, and what stands in a table outside its cells (text, a
  paragraph, another table) comes before it; a row or a table's section outside any table is
  a table, and a cell outside any table a paragraph.
* preformatted text: an XHTML or NITF `<pre>` (sports results, a table of figures, election
  tallies lined up in columns by their spacing) is a block of its own kind, its text exactly as
  written, every line break and space kept (a `<br/>` in it is a line break), but for the blank
  lines that open or close it (the line break after `<pre>`, which browsers drop, and the
  indentation before `</pre>`). Its content is data, never translated: see `BlockKind`. Inside
  a table cell or a headline it runs on with the text around it, on one line.
* A list item (XHTML or NITF `<li>`) keeps the marker a browser sets before it, apart from its
  text (see `Block.marker`), on the item's first block: a bullet, `•` (`◦` in a list inside
  another list, `▪` deeper down), or in an `<ol>` the item's number as the list counts (`start`,
  `reversed`, `<li value>`) in the style its `type` asks for, `1.`, `a)`, `A)`, `i.`, `I.`
  (letters and Roman numerals only where they can count: else the number). A list inside a
  list is not indented: its items are paragraphs with their own markers, and one opening an
  item has the item's marker before its own (`2. a) …`); an item's later blocks have none.
  A `<pre>` opening an item is published without its marker, as written.
  Items in a table cell stand on lines of their own without markers, as the cell's other
  blocks do. Terms and
  definitions (`<dl>`) have no markers.
* A `<br/>` in a body block (results, a list sent as lines) breaks its line: the block's text
  has a line break there (see `Block.text`), without the spaces around it or a line opening or
  closing the block, and a link or a phrase kept as written across it is one on each line. In
  a headline, a summary or a byline, which print on one line, it is a space.
* Inline markup is flattened to its text and, outside a `<pre>`, XML whitespace runs become
  one space, but for links: the words an `<a>` in a body paragraph, subheading, list item,
  table cell or caption links to a web (http, https) or e-mail (`mailto:`) address are the
  block's `links`, each with its address; an `<a>` to anything else (`javascript:`, a relative
  page) is its words only, and so is one in a headline, a summary, a byline or a `<pre>`,
  which partners get as text. The text of
  a `<q>` is set in the quotation marks of the item's language; deleted text (`<del>`),
  scripts and styles are not text.
* A block's language: a block the source says is in another language than the item's
  (`xml:lang`, or XHTML's `lang`, on it or an element around it inside the text: a quotation
  in French in an English item) keeps that language (see `Block.lang`) and is **not
  translated**: the item's translators work from its language, not the block's, and an
  agency quoting in another language means its words to be read as said. Every locale
  publishes it as written, saying its language, but the locale it is in. The inlineXML's or
  inlineData's `xml:lang` is the body's language, which its blocks are in unless they say
  another (a French body with an English `<div>` in an English item: only the `<div>` is
  translated). A language said on the page itself (`<html>`, `<body>`), which CMS templates
  set whatever the text, is not read, and one in the item's own language (`en-GB` in an
  English item) sets no block apart.
* A file of no text (a newsItem whose itemClass is not `ninat:text`, a picture; a packageItem
  or another item than a newsItem; a newsMessage of those) is passed over, said as what it
  is (see `NotTextItem`): a desk's drop folder holds pictures beside its text. A newsItem
  that says no itemClass at all is refused, as it may be text.
* A headline-only item (a flash, a metadata-only correction) is read. A body in a form that
  cannot be read (remoteContent, other media types) is an error: translating the item would
  silently drop its text. A withdrawn item (`stat:canceled`) is read even without any text,
  and so is a held one (`stat:withheld`: a notice that holds the story partners have); a
  withdrawn one also without a language (none stated, or `und`): a kill notice withdraws a story in whatever
  language the story is, and reads as in "" (see `Article.source_lang`). Any other item that
  says no language is refused: its text could not be translated.
* id: the slug of the guid's last `:`- or `/`-separated part, after dropping trailing parts
  that are only the item's language or version (`urn:newsml:example.com:20240502:strike:de`
  → `strike`), or a number of one or two digits after an identifier of letters and digits
  (`tag:reuters.com,2024:newsml_L8N3AB123:1` → `newsml-l8n3ab123`); the slug of the whole guid if that part has no ASCII letters or digits or is a
  reserved name (`index`), else `item-` and a hash of the guid.
* Times without a zone are taken as UTC; `Article.date` is the day as written in the item.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import NamedTuple, cast, get_args

from lxml import etree

from syndicate.ids import LocaleTagError, bcp47, distinct_id, is_article_id, parse_locale, primary_language, slugify, text_digest
from syndicate.model import (
    AltId, Article, Assignment, Block, BlockKind, Cell, InputError, ItemMeta, Note, PubStatus, RelatedLink, Rights, RightsStatement, Subject, TablePart,
)
from syndicate.newsml import (
    AGENCY_VERSION_RELATION, DATE_OPT_TIME, NAR_NS, NOT_IN_LITERAL, QCODE, REPLACED_BY_RELATION, XHTML_NS, XML_LANG, is_scheme_alias, is_uri,
)
from syndicate.quotes import quote_marks
from syndicate.safexml import parse_untrusted
from syndicate.wire import text_paragraphs

_G2 = {"g2": NAR_NS}
_NEWS_ITEM = f"{{{NAR_NS}}}newsItem"
_NEWS_MESSAGE = f"{{{NAR_NS}}}newsMessage"
_NATURE_URI = "http://cv.iptc.org/newscodes/ninature/"
# What a NewsML-G2 item holding no text is: other items than newsItems, by their element, and
# newsItems by their itemClass (IPTC's ninature code).
_OTHER_ITEMS = {
    "packageItem": "a package", "conceptItem": "a concept", "knowledgeItem": "a knowledge item",
    "planningItem": "a planning item", "catalog": "a catalog",
}
_NATURES = {
    "picture": "a picture", "graphic": "a graphic", "video": "a video", "audio": "an audio item",
    "animated": "an animation", "interactive": "an interactive item", "composite": "a composite item",
}
# Where a dateline's places end: a comma (also Arabic ، and Chinese ， 、), a bracket, a digit or a
# dash (also the horizontal bar, which Japanese text often has for its dash: `東京――`).
_DATELINE_TAIL = re.compile(r"[,،，、(（\[\d–—―]| - ")
_IPTC_SCHEMES = {
    "http://cv.iptc.org/newscodes/mediatopic/": "medtop",
    "http://cv.iptc.org/newscodes/subjectcode/": "subj",
    "http://cv.iptc.org/newscodes/genre/": "genre",
}
_SIGNAL_URI = "http://cv.iptc.org/newscodes/signal/"
_SIGNAL = re.compile(r"sig:\S+")
_WEB_ADDRESS = re.compile(r"https?://", re.IGNORECASE)
_MAIL_ADDRESS = re.compile(r"mailto:[^@\s]+@", re.IGNORECASE)

_XML_SPACE = re.compile(r"[ \t\n\r]+")  # not \s: a no-break space is text, not layout
_DATE_TIME = re.compile(r"(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}:\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})?)?", re.ASCII)
# Block-level elements, by the kind of block their own text makes; any other element is inline,
# its text running on with the text around it. Text outside paragraphs is kept as paragraphs:
# items of a list, a caption, and text loose in a division, a section or a quotation. A
# preformatted block is a block of its own kind, and a table's cells are blocks of their own
# (see `_table_blocks`): a cell outside any table is a paragraph.
_BLOCK_LEVEL: dict[str, BlockKind | None] = {
    "p": "paragraph",
    **{f"h{level}": "subheading" for level in range(1, 7)},
    "hl2": "subheading",  # NITF
    "media-caption": "paragraph",  # NITF: a photo's caption within the text
    "pre": "preformatted",
    **dict.fromkeys(("li", "dt", "dd", "caption", "figcaption", "summary", "td", "th"), "paragraph"),
    **dict.fromkeys(
        ("body", "div", "section", "article", "aside", "header", "footer", "main", "nav", "address",
         "blockquote", "figure", "details", "hgroup", "ul", "ol", "dl", "menu"),
        "paragraph",
    ),
    # None: no text of their own (what a table holds outside its cells is read apart), or a rule.
    **dict.fromkeys(("table", "thead", "tbody", "tfoot", "tr", "colgroup", "hr", "media"), None),
}
_TABLE_CELLS = frozenset({"td", "th"})
_TABLE_SECTIONS = frozenset({"thead", "tbody", "tfoot"})
# Read as a table: a table, or a row or a table's section outside any table.
_TABLES = frozenset({"table", "tr", *_TABLE_SECTIONS})
_SCOPES = frozenset({"row", "col", "rowgroup", "colgroup"})
# The largest spans browsers lay a cell out over.
_MOST_COLUMNS, _MOST_ROWS = 1000, 65534
# How many times a table's rows may pass cells spanning down into them (see `_table_blocks`).
_MOST_SPAN_STEPS = 1_000_000
_LISTS = frozenset({"ul", "ol", "menu"})
# The bullets of a list, of a list inside another, and of one deeper down, as browsers set them.
_BULLETS = ("•", "◦", "▪")
# An integer attribute as HTML reads it (`start`, `value`): what follows the digits is ignored.
_HTML_INTEGER = re.compile(r"[\t\n\f\r ]*([+-]?[0-9]{1,9})(?![0-9])")
_ROMAN_NUMERALS = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)
# Never text to translate: what a browser does not show (a <script> in a paragraph is not news),
# deleted text, which a browser strikes through because it is no longer the article's, and a
# ruby's reading (漢<rt>kan</rt>), set above the text it spells out, never run on with it.
_NOT_TEXT = frozenset({"script", "style", "noscript", "template", "del", "rt", "rp"})
# Figures raised or lowered (10<sup>6</sup>, m<sup>2</sup>, CO<sub>2</sub>) stay raised or lowered,
# as Unicode's superscript and subscript characters: run on as plain digits, 10⁶ would read 106.
_SCRIPTS = {
    "sup": str.maketrans("0123456789+-−=()n", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ⁿ"),
    "sub": str.maketrans("0123456789+-−=()", "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎"),
}
# An inlineXML may hold an XHTML <body> or <div> instead of a whole page: in XHTML's namespace,
# or, when the sender forgot xmlns, in none or NewsML-G2's (NITF's <body> is another thing).
_XHTML_FRAGMENTS = frozenset({"body", "div"})
_XHTML_FRAGMENT_NAMESPACES = frozenset({XHTML_NS, NAR_NS, None})
_PUB_STATUSES: tuple[str, ...] = get_args(PubStatus)


class NotTextItem(InputError):
    """A NewsML-G2 file of no text to translate (a picture, a package): a desk's drop folder
    holds them beside its text items, so it is passed over, not refused."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(path, None, message)

    def __reduce__(self) -> tuple[type[NotTextItem], tuple[str, str]]:
        return NotTextItem, (self.path, self.message)


def read_newsml(path: Path, data: bytes | None = None, unreadable: list[InputError] | None = None) -> list[Article]:
    """A newsItem file → [Article]; a newsMessage → one Article per text newsItem in its itemSet.

    `data` is the file's content when the caller has already read it. A NewsML-G2 file of no
    text item (a picture, a package, a newsMessage of those) raises NotTextItem; anything else
    that is not a readable NewsML-G2 text item raises InputError. With `unreadable`, each of a
    newsMessage's items that cannot be read is left out and its error added there instead.
    """
    source = str(path)
    if data is None:
        try:
            data = Path(path).read_bytes()
        except OSError as error:
            raise InputError(source, None, f"cannot read the file: {error.strerror}", "check the path") from None
    root = parse_untrusted(source, data)
    if root.tag == _NEWS_ITEM:
        if not _is_text_item(root):
            _refuse_unclassed(source, root)
            raise NotTextItem(source, f"{_not_text(root)}, no text to translate: skipped")
        return [_article(source, root)]
    if etree.QName(root).namespace == NAR_NS and etree.QName(root).localname in _OTHER_ITEMS:
        raise NotTextItem(source, f"{_not_text(root)}, which is not read: skipped")
    if root.tag == _NEWS_MESSAGE:
        held = [item for item in root.iterfind("g2:itemSet/*", _G2) if isinstance(item.tag, str)]
        items = [item for item in held if item.tag == _NEWS_ITEM and (_is_text_item(item) or not _item_class(item))]
        if not items:
            kinds = ", ".join(dict.fromkeys(_not_text(item) for item in held)) or "none"
            raise NotTextItem(source, f"a newsMessage of no text item: {kinds}; skipped")
        articles, errors = [], []
        for item in items:
            try:
                _refuse_unclassed(source, item)
                articles.append(_article(source, item))
            except InputError as error:
                errors.append(error)
        if errors and unreadable is None:
            raise errors[0]
        if unreadable is not None:
            unreadable.extend(errors)
        return articles
    raise InputError(
        source,
        root.sourceline,
        f"not NewsML-G2: the root element is <{etree.QName(root).localname}>",
        f"expected newsItem or newsMessage in the namespace {NAR_NS}",
    )

def _is_text_item(item: etree._Element) -> bool:
    return _item_class(item) in ("ninat:text", f"{_NATURE_URI}text")


def _item_class(item: etree._Element) -> str:
    """A newsItem's itemClass as its QCode, else its URI; "" for none."""
    item_class = item.find("g2:itemMeta/g2:itemClass", _G2)
    return "" if item_class is None else (item_class.get("qcode") or item_class.get("uri") or "").strip()


def _refuse_unclassed(source: str, news_item: etree._Element) -> None:
    """Refuse a newsItem that says no itemClass: it may be text, which is not to be passed over unsaid."""
    if not _item_class(news_item):
        raise InputError(source, news_item.sourceline, "the newsItem says no itemClass",
                         'a text item has itemMeta/itemClass qcode="ninat:text"')


def _not_text(item: etree._Element) -> str:
    """What an item that is no text item is: "a picture (itemClass ninat:picture)", "a package
    (packageItem)", "a newsItem of itemClass agcls:photo"."""
    name = etree.QName(item).localname
    if item.tag != _NEWS_ITEM:
        return f"{_OTHER_ITEMS.get(name, 'an item')} ({name})"
    item_class = _item_class(item)
    nature = _NATURES.get(item_class.removeprefix("ninat:").removeprefix(_NATURE_URI))
    return f"{nature} (itemClass {item_class})" if nature else f"a newsItem of itemClass {item_class}"


def _article(source: str, item: etree._Element) -> Article:
    guid = (item.get("guid") or "").strip()
    if not guid:
        raise InputError(source, item.sourceline, "the newsItem has no guid", "every NewsML-G2 item needs one")
    item_meta = item.find("g2:itemMeta", _G2)  # present: _is_text_item found itemClass in it
    content_meta = item.find("g2:contentMeta", _G2)
    if content_meta is None:
        content_meta = etree.Element(f"{{{NAR_NS}}}contentMeta")  # an empty one reads as "nothing given"
    version = _version(source, item)
    pub_status = _pub_status(source, item_meta)
    lang = _language(source, item, content_meta, withdrawal=pub_status == "canceled")
    first_created = _moment(source, item_meta.find("g2:firstCreated", _G2))
    version_created = _moment(source, item_meta.find("g2:versionCreated", _G2))
    content_created = _moment(source, content_meta.find("g2:contentCreated", _G2))
    created = content_created or first_created or version_created
    if created is None:
        raise InputError(source, item.sourceline, "the newsItem has no date", "add itemMeta/versionCreated")

    # A creator's literal is the author code ("mk"), which the pipeline prefers to the full
    # name; the first creator's name is kept beside its code.
    named_creators = [
        (name, creator) for creator in content_meta.iterfind("g2:creator", _G2)
        if (name := creator.get("literal") or _concept_name(creator, lang))
    ]
    author, first_creator = named_creators[0] if named_creators else (None, None)
    author_name = _concept_name(first_creator, lang) if first_creator is not None else None
    keywords = tuple(text for keyword in content_meta.iterfind("g2:keyword", _G2) if (text := _flat_text(keyword)))
    keyword_langs = tuple(
        (text, own) for keyword in content_meta.iterfind("g2:keyword", _G2)
        if (text := _flat_text(keyword)) and (own := _own_language(keyword, lang))
    )
    slugline = content_meta.find("g2:slugline", _G2)
    credits = tuple(
        Note(text, _own_language(element, lang)) for element in content_meta.iterfind("g2:creditline", _G2) if (text := _flat_text(element))
    )
    keyword_assignments = tuple(
        (text, assignment) for keyword in content_meta.iterfind("g2:keyword", _G2)
        if (text := _flat_text(keyword)) and (assignment := _assignment(keyword))
    )
    meta = ItemMeta(
        guid=guid,
        version=version,
        pub_status=pub_status,
        pub_status_stated=True,
        first_created=first_created,
        version_created=version_created,
        content_created=content_created,
        content_modified=_moment(source, content_meta.find("g2:contentModified", _G2)),
        urgency=_urgency(source, content_meta.find("g2:urgency", _G2)),
        genres=_assigned_concepts(content_meta, "genre", lang),
        subjects=_assigned_concepts(content_meta, "subject", lang),
        keywords=keywords,
        keyword_langs=keyword_langs,
        keyword_assignments=keyword_assignments,
        rights=tuple(rights for element in item.iterfind("g2:rightsInfo", _G2) if (rights := _rights(element, lang))),
        creators=_parties(content_meta, "creator", lang),
        contributors=_parties(content_meta, "contributor", lang),
        info_sources=_parties(content_meta, "infoSource", lang),
        audiences=_audiences(content_meta, "audience", lang),
        excluded_audiences=_audiences(content_meta, "exclAudience", lang),
        alt_ids=tuple(
            AltId(value, _code(element, "type"), typeuri if is_uri(typeuri := (element.get("typeuri") or "").strip()) else None)
            for element in content_meta.iterfind("g2:altId", _G2) if (value := _flat_text(element))
        ),
        slugline=_optional_text(slugline),
        slugline_lang=_own_language(slugline, lang) if slugline is not None else None,
        creditline=credits[0].text if credits else None,
        creditline_lang=credits[0].lang if credits else None,
        more_creditlines=credits[1:],
        provider=_provider(item_meta.find("g2:provider", _G2), lang),
        embargoed=_moment(source, item_meta.find("g2:embargoed", _G2)),
        signals=_signals(item_meta),
        editor_notes=tuple(
            Note(text, _own_language(note, lang)) for note in item_meta.iterfind("g2:edNote", _G2) if (text := _flat_text(note))
        ),
        located=tuple(place for element in content_meta.iterfind("g2:located", _G2) if (place := _place(element, lang))),
        translation_of=_translation_of(item_meta),
        services=tuple(
            service for element in item_meta.iterfind("g2:service", _G2) if (service := _subject(element, lang, qualified=False))
        ),
        links=_links(item_meta, lang),
        catalogs=tuple(dict.fromkeys(
            href for reference in item.iterfind("g2:catalogRef", _G2)
            if is_uri(href := reference.get("href", "").strip()) and not _IPTC_STANDARDS_CATALOG.search(href)
        )),
        schemes=tuple(dict.fromkeys(
            (alias, uri) for scheme in item.iterfind("g2:catalog/g2:scheme", _G2)
            if is_scheme_alias(alias := scheme.get("alias", "").strip()) and is_uri(uri := scheme.get("uri", "").strip())
        )),
    )
    section = keywords[0] if keywords else ""  # none invented: partners file items by what the agency sent
    blocks, lede_in_body, body_dateline = _blocks(source, item, content_meta, lang, pub_status)
    dateline = content_meta.find("g2:dateline", _G2)
    printed_dateline, places = _dateline(dateline if dateline is not None else body_dateline)
    blocks = _in_other_languages(blocks, lang)
    return Article(
        id=_article_id(guid, lang, version),
        source_lang=lang,
        date=created.date(),
        section=section,
        blocks=blocks,
        lede_in_body=lede_in_body,
        source_path=source,
        author=author,
        author_name=author_name if author_name != author else None,
        dateline=places,
        printed_dateline=printed_dateline or None,
        meta=meta,
    )


# ---- text blocks ------------------------------------------------------------------------------

_ITS_TRANSLATE = "{http://www.w3.org/2005/11/its}translate"


def _translate(element: etree._Element) -> str | None:
    """"yes" or "no" as the element says with ITS (`its:translate`) or HTML's own `translate`."""
    value = (element.get(_ITS_TRANSLATE) or element.get("translate") or "").strip().lower()
    return value if value in ("yes", "no") else None


def _says_no(element: etree._Element, up_to: etree._Element | None = None) -> bool:
    """Whether the element is not to be translated: the nearest of it and its ancestors (below
    `up_to`, if given) that says either way says no."""
    for node in (element, *element.iterancestors()):
        if node is up_to:
            return False
        if decision := _translate(node):
            return decision == "no"
    return False


def _marked(block: Block, element: etree._Element) -> Block:
    """`block`, read from `element`: not translatable when the element is marked so, as a
    whole or by an ancestor; in the language the element or one around it inside the text
    says (see `_in_other_languages`)."""
    block = replace(block, lang=_block_language(element))
    return replace(block, translatable=False) if _says_no(element) else block


# Where a page's markup begins: a language said there is a CMS template's, not read (the
# body alternative around it says the body's).
_PAGE_ROOTS = frozenset({"html", "body", "nitf", "body.content"})
_BODY_ALTERNATIVES = frozenset({"inlineXML", "inlineData"})


def _block_language(element: etree._Element) -> str | None:
    """The language the element, or the nearest element around it inside the text, says
    (`xml:lang`, else XHTML's `lang`), else the one its body alternative says, as BCP 47;
    None where none says a language, or the nearest says none (`xml:lang=""`, which undoes
    the one around it). The item's own (contentMeta/language) is not read here."""
    for node in (element, *element.iterancestors()):
        name = etree.QName(node).localname
        if name in _BODY_ALTERNATIVES:
            return _alternative_language(node)
        if name == "contentMeta":
            return None
        if name in _PAGE_ROOTS:
            continue
        if (tag := node.get(XML_LANG, node.get("lang"))) is not None:
            return _stated_language(tag.strip()) if tag.strip() else None
    return None


def _alternative_language(content: etree._Element) -> str | None:
    """The language a body alternative of the contentSet (inlineXML, inlineData) says it is in."""
    return _stated_language(content.get(XML_LANG) or "")


def _in_other_languages(blocks: tuple[Block, ...], item_lang: str) -> tuple[Block, ...]:
    """The blocks the source says are in another language than its item (a quotation in
    French in an English item): not translated, each with its language. One said to be in
    the item's own (in another region's variant too) is just the item's."""
    return tuple(
        replace(block, lang=None) if not block.lang or primary_language(block.lang) == primary_language(item_lang)
        else replace(block, translatable=False)
        for block in blocks
    )


# Around marked text, and around a link's words, while a run's text is laid out; never left in it.
_KEPT_START, _KEPT_END, _LINK_START, _LINK_END = "\ufdd0", "\ufdd1", "\ufdd2", "\ufdd3"
# Where a `<br/>` breaks a run's line, until the run is laid out: a line break there, where
# one in the document's text is only XML whitespace.
_LINE = "\ufdd4"
_UNMARKED = dict.fromkeys(map(ord, _KEPT_START + _KEPT_END + _LINK_START + _LINK_END + _LINE))
_SPACED_LINE = re.compile(f" ?{_LINE} ?")
_LINE_OF_TEXT = re.compile(r"[^\n]+")



_Marks = tuple[tuple[str, str], tuple[str, str]]  # (primary, nested) quotation marks, as quote_marks gives


class _Body(NamedTuple):
    title: Block | None  # the body's own headline (XHTML <title> or leading <h1>, NITF <hl1>), a fallback
    blocks: list[Block]
    summary: Block | None = None  # the body's own summary (NITF <abstract>), a fallback for the lede
    # The body's own bylines and dateline (NITF's, in its <body.head>), fallbacks for contentMeta's.
    bylines: tuple[Block, ...] = ()
    dateline: etree._Element | None = None


def _blocks(
    source: str, item: etree._Element, content_meta: etree._Element, lang: str, pub_status: PubStatus
) -> tuple[tuple[Block, ...], bool, etree._Element | None]:
    """Headline, lede, body and byline blocks of an item in `lang`; whether the lede is also the
    body's first paragraph (the summary repeats it, or there is no summary): then it stays in the
    body as well; and the body's own dateline (NITF's), for an item whose metadata has none. A
    notice (`pub_status` canceled or withheld) may have no headline: it withdraws or holds the
    story partners have."""
    marks = quote_marks(lang)
    main, decks = _headlines(content_meta)
    headline = _block("headline", main) if main is not None else None
    body = _body(source, item, lang, marks, headline, canceled=pub_status == "canceled")
    headline = headline or body.title
    body = body._replace(blocks=[block for element in decks if (block := _block("subheading", element, marks))] + body.blocks)
    if headline is None and pub_status == "usable":
        raise InputError(
            source, item.sourceline, "the newsItem has no headline", "add contentMeta/headline or an XHTML <title>"
        )
    paragraphs = body.blocks
    summary, descriptions = _descriptions(content_meta)
    lede = summary or body.summary
    # Without a summary the body's first block is the lede, whatever it is (a subheading, a list
    # item too): it stays in the body, so nothing of the text is published as the description
    # only. A list item saying what the summary says is the list's: the summary has no marker.
    opens_body = bool(paragraphs) and (
        lede is None or (paragraphs[0].kind == "paragraph" and not paragraphs[0].marker and _one_line(paragraphs[0].text) == lede.text)
    )
    if opens_body:
        first = paragraphs[0]
        lede, paragraphs = replace(first, kind="lede") if first.kind == "paragraph" else first, paragraphs[1:]
    bylines = [_block("byline", element) for element in content_meta.iterfind("g2:by", _G2)] or [*body.bylines]
    blocks = (headline, lede, *paragraphs, *bylines, *descriptions)
    return tuple(block for block in blocks if block), opens_body, body.dateline


def _headlines(content_meta: etree._Element) -> tuple[etree._Element | None, list[etree._Element]]:
    """The main headline, and the subheadlines (role `hld:sub`, `hld:subHeadline`), which are read
    as decks, as NITF's. The main one has no role or the role `…:main`; other headlines (a short
    or an SEO one) say the same again and are not read, unless no headline is the main one."""
    headlines = content_meta.findall("g2:headline", _G2)
    roles = [(element, _role_code(element)) for element in headlines]
    decks = [element for element, role in roles if role.startswith("sub")]
    others = [element for element, role in roles if not role.startswith("sub")]
    main = next((element for element, role in roles if role in ("", "main")), others[0] if others else None)
    return main, decks


def _role_code(element: etree._Element) -> str:
    """A role's code without its scheme, in lower case: `hld:subHeadline` → `subheadline`."""
    role = element.get("role", "").strip()
    return role.rsplit(":", 1)[-1].rsplit("/", 1)[-1].lower()


def _descriptions(content_meta: etree._Element) -> tuple[Block | None, list[Block]]:
    """The lede (the description with the role `drol:summary`, else one without a role) and the
    other descriptions (a teaser), each with its role."""
    descriptions = content_meta.findall("g2:description", _G2)
    summary = next((d for d in descriptions if d.get("role") == "drol:summary"), None)
    unqualified = next((d for d in descriptions if d.get("role") is None), None)
    chosen = summary if summary is not None else unqualified
    others = [
        replace(block, role=_qcodes(element, "role"))
        for element in descriptions if element is not chosen and (block := _block("description", element))
    ]
    return (_block("lede", chosen) if chosen is not None else None), others


def _body(source: str, item: etree._Element, lang: str, marks: _Marks, headline: Block | None, *, canceled: bool) -> _Body:
    """The body alternative of the contentSet that says most of the item's text in its language
    `lang` (see the module's notes); `headline` is the one in contentMeta, which an XHTML page
    may open with again."""
    readable: list[tuple[etree._Element, etree._Element | None]] = []  # (alternative, its markup; None: plain text)
    unreadable = []
    for content in item.iterfind("g2:contentSet/*", _G2):
        if not isinstance(content.tag, str):
            continue
        name = etree.QName(content).localname
        content_type = content.get("contenttype", "")
        root = next((child for child in content if isinstance(child.tag, str)), None)
        if name == "inlineXML" and root is None:
            continue  # an empty placeholder, as in headline-only items
        if name == "inlineXML" and (etree.QName(root).localname in ("html", "nitf") or _is_xhtml_fragment(root)):
            readable.append((content, root))
        elif name == "inlineData" and content_type.startswith("text/plain") and not content.get("encoding"):
            readable.append((content, None))
        else:
            unreadable.append(content)
    if readable:
        # min() keeps the first of equals: the agency's order among alternatives alike.
        content, root = min(readable, key=lambda alternative: (
            not _in_language(alternative[0], lang), alternative[1] is None))
        if root is None:
            return _Body(None, [replace(block, lang=_block_language(content)) for block in _plain_text_blocks(content)])
        if etree.QName(root).localname == "html":
            return _xhtml_body(root, marks, headline)
        if etree.QName(root).localname == "nitf":
            return _nitf_body(root, marks)
        return _xhtml_page(root, marks, _texts(headline))
    if unreadable and not canceled:
        first = unreadable[0]
        raise InputError(
            source,
            first.sourceline,
            f"the body is {etree.QName(first).localname} {first.get('contenttype', '')!r}, which cannot be read",
            "send XHTML or NITF in inlineXML, or text/plain in inlineData",
        )
    return _Body(None, [])


def _in_language(content: etree._Element, lang: str) -> bool:
    """Whether a body alternative is in the item's language `lang`: it says none, or one of the
    same primary language (an en-US text is an en-GB item's)."""
    own = _alternative_language(content)
    return own is None or primary_language(own) == primary_language(lang)


def _is_xhtml_fragment(root: etree._Element) -> bool:
    name = etree.QName(root)
    return name.localname in _XHTML_FRAGMENTS and name.namespace in _XHTML_FRAGMENT_NAMESPACES


def _xhtml_body(html: etree._Element, marks: _Marks, headline: Block | None) -> _Body:
    head, body = _child(html, "head"), _child(html, "body")
    title_element = _child(head, "title") if head is not None else None
    title = _block("headline", title_element, marks) if title_element is not None else None
    page = _xhtml_page(body, marks, _texts(headline, title)) if body is not None else _Body(None, [])
    return _Body(title or page.title, page.blocks)


def _xhtml_page(body: etree._Element, marks: _Marks, titles: set[str]) -> _Body:
    """The blocks of an XHTML <body> (or <div>). A web page opens with its title in an <h1>: one
    that repeats one of the `titles` (the headline, the page's <title>) is not read twice, and
    without any it is the headline; any other leading <h1> is a heading of the text."""
    placed = list(_blocks_in(body, "paragraph", marks))
    blocks = [block for _, block in placed]
    leading_h1 = bool(placed) and etree.QName(placed[0][0]).localname == "h1"
    if leading_h1 and not titles:
        # A title, even in a list item.
        return _Body(replace(blocks[0], kind="headline", text=_one_line(blocks[0].text), marker="", links=()), blocks[1:])
    if leading_h1 and _one_line(blocks[0].text) in titles:
        return _Body(None, blocks[1:])
    return _Body(None, blocks)


def _texts(*blocks: Block | None) -> set[str]:
    return {block.text for block in blocks if block is not None}


def _nitf_body(nitf: etree._Element, marks: _Marks) -> _Body:
    """The headline (<hl1>), the decks (<hl2>) as subheadings before the text, the abstract as
    the summary, the text, and the tagline that ends it (a credit: `AP writer … contributed`);
    the bylines and dateline of its head."""
    body = _child(nitf, "body")
    head, content, end = (_child(body, name) if body is not None else None for name in ("body.head", "body.content", "body.end"))
    hedline = _child(head, "hedline") if head is not None else None
    title = _child(hedline, "hl1") if hedline is not None else None
    decks = [element for element in hedline if _local_name(element) == "hl2"] if hedline is not None else []
    abstract = _child(head, "abstract") if head is not None else None
    bylines = [element for element in head if _local_name(element) == "byline"] if head is not None else []
    taglines = [element for element in end if _local_name(element) == "tagline"] if end is not None else []
    blocks = [block for element in decks if (block := _linked_block("subheading", element, marks))]
    blocks += [block for _, block in _blocks_in(content, None, marks)] if content is not None else []
    blocks += [block for element in taglines if (block := _linked_block("paragraph", element, marks))]
    return _Body(
        _block("headline", title, marks) if title is not None else None,
        blocks,
        _block("lede", abstract, marks) if abstract is not None else None,
        tuple(block for element in bylines if (block := _block("byline", element))),
        _child(head, "dateline") if head is not None else None,
    )


def _linked_block(kind: BlockKind, element: etree._Element, marks: _Marks) -> Block | None:
    """`_block`, keeping the words the element links when its text is one run (a deck, a
    tagline), as a paragraph of the text keeps them."""
    placed = [block for _, block in _blocks_in(element, kind, marks)]
    return replace(placed[0], kind=kind) if len(placed) == 1 else _block(kind, element, marks)


def _local_name(element: etree._Element) -> str | None:
    """The element's name without its namespace; None for a comment or processing instruction."""
    return etree.QName(element).localname if isinstance(element.tag, str) else None


def _plain_text_blocks(content: etree._Element) -> Iterator[Block]:
    """Plain text read as wire text's paragraphs and lists are (see docs/wire-layout.md), but
    that text without blank lines has a paragraph a line (see `_a_paragraph_a_line`)."""
    lines = (content.text or "").split("\n")
    written = [number for number, line in enumerate(lines) if line.strip()]
    spaced = len(written) > 1 and written[-1] - written[0] + 1 == len(written)
    lines, numbers = _a_paragraph_a_line(lines) if spaced else (lines, list(range(len(lines))))
    paragraphs, markers = text_paragraphs(lines, 0)
    for text, number, wraps in paragraphs:
        # The text starts on the line of the start tag, so line offsets within it map to file lines.
        yield Block("paragraph", text, content.sourceline + numbers[number - 1], wraps, marker=markers.get(number, ""))


def _a_paragraph_a_line(lines: list[str]) -> tuple[list[str], list[int]]:
    """Text an agency writes a paragraph to a line (Reuters' indented lines), with a blank line
    before each line but one running on in lower case, a sentence wrapped over two lines; and
    the line of the text each line of it is."""
    spaced: list[str] = []
    numbers: list[int] = []
    for number, line in enumerate(lines):
        if spaced and not line.strip()[:1].islower():
            spaced.append("")
            numbers.append(number)
        spaced.append(line)
        numbers.append(number)
    return spaced, numbers


def _block(kind: BlockKind, element: etree._Element, marks: _Marks | None = None) -> Block | None:
    block = _flat_block(element, marks)
    return _marked(replace(block, kind=kind), element) if block else None


class _Text(NamedTuple):
    """A piece of text as the document holds it: the text that opens `element`, or (`is_tail`)
    the text that follows it."""

    text: str
    element: etree._Element
    is_tail: bool = False

    def line(self) -> int:
        """The line the piece's first visible character is on."""
        start = self.element.sourceline
        if self.is_tail:  # lxml knows the line an element starts on; its tail starts where it ends
            start += etree.tostring(self.element, with_tail=False).count(b"\n")
        blank = len(self.text) - len(self.text.lstrip(" \t\r\n"))
        return start + self.text.count("\n", 0, blank)


def _blocks_in(
    container: etree._Element, kind: BlockKind | None, marks: _Marks | None
) -> Iterator[tuple[etree._Element, Block]]:
    """The container's blocks in document order, each with the element its text stands in: each
    run of the container's own text (a block of `kind`; None: not read) up to the next
    block-level element inside it, then that element's blocks."""
    run: list[_Text] = []
    line: int | None = container.sourceline  # a block starts on its element's line, as it always has
    markers = _item_markers(container)
    for piece in _pieces(container, marks):
        if isinstance(piece, _Text):
            run.append(piece)
            continue
        if (block := _run_block(kind, run, line, container)) is not None:
            yield container, _marked(block, container)
        run, line = [], None  # text after a block inside the container starts on a line of its own
        yield from _element_blocks(piece, marks, next(markers) if _local_name(piece) == "li" else "")
    if (block := _run_block(kind, run, line, container)) is not None:
        yield container, _marked(block, container)


def _run_block(kind: BlockKind | None, run: list[_Text], line: int | None, container: etree._Element) -> Block | None:
    """A run of `container`'s text as a block; at `line`, or (None) where its first visible
    text is. The phrases an element inside the container marks as not to be translated (a
    brand, a motto, a name) are the block's `kept` spans, and the words an `<a>` inside it
    links to a web or mail address its `links`."""
    if kind is None:
        return None
    owners = [piece.element.getparent() if piece.is_tail else piece.element for piece in run]
    marked = [owner is not container and _says_no(owner, up_to=container) for owner in owners]
    anchors = [_anchor(owner, container) for owner in owners]
    if not any(marked) and not any(anchor is not None for anchor in anchors):
        text, kept, links = _lines_laid_out(_normalised("".join(map(_run_text, run)))), (), ()
    else:
        text, kept, spans = _laid_out(_with_marks(run, marked, anchors))
        addresses = [_link_address(anchor.get("href")) for anchor in dict.fromkeys(anchor for anchor in anchors if anchor is not None)]
        # A link is around its words, not the spaces at its edges (a no-break space a sentence
        # ends before); one around no words would not show, nor could a translation keep it.
        # A link over a line break is one on each line: a unit ends at a line, with its own words' link.
        links = tuple(
            (start + len(linked) - len(linked.lstrip()), end - len(linked) + len(linked.rstrip()), address)
            for (whole_start, whole_end), address in zip(spans, addresses) if whole_start >= 0 and address
            for start, end in _by_line(text, whole_start, whole_end)
            if (linked := text[start:end]).strip()
        )
        kept = tuple(line for start, end in kept for line in _by_line(text, start, end))
    if not text:
        return None
    if line is None:
        line = next(piece for piece in run if _normalised(_unmarked(piece.text))).line()
    return Block(kind, text, line, kept=kept, links=links)


def _run_text(piece: _Text) -> str:
    """The piece's text without the marks used in laying text out; a `<br/>`'s is its line mark."""
    return piece.text if piece.text == _LINE and _local_name(piece.element) == "br" else _unmarked(piece.text)


def _lines_laid_out(normalised: str) -> str:
    """Text `_normalised` lays out with a line break at each line mark, without the spaces
    around it or a line break opening or closing the text (a `<br/>` a paragraph opens with)."""
    return _SPACED_LINE.sub("\n", normalised).strip("\n") if _LINE in normalised else normalised


def _by_line(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The (start, end) of each line of `text[start:end]`."""
    return (line.span() for line in _LINE_OF_TEXT.finditer(text, start, end))


def _anchor(owner: etree._Element, container: etree._Element) -> etree._Element | None:
    """The outermost `<a>` inside `container` that holds text of `owner`, if any."""
    anchor = None
    for node in (owner, *owner.iterancestors()):
        if node is container:
            return anchor
        if _local_name(node) == "a":
            anchor = node
    return anchor


def _with_marks(run: list[_Text], marked: list[bool], anchors: list[etree._Element | None]) -> str:
    """The run's text with marks around what is `marked` and around the pieces of each anchor."""
    pieces = []
    for piece, is_marked, anchor, previous in zip(run, marked, anchors, [None, *anchors]):
        if anchor is not previous:
            pieces.append((_LINK_END if previous is not None else "") + (_LINK_START if anchor is not None else ""))
        pieces.append(_KEPT_START + _run_text(piece) + _KEPT_END if is_marked else _run_text(piece))
    return "".join(pieces) + (_LINK_END if anchors[-1] is not None else "")


def _unmarked(text: str) -> str:
    return text.translate(_UNMARKED)


def _laid_out(marked: str) -> tuple[str, tuple[tuple[int, int], ...], list[tuple[int, int]]]:
    """The text of `marked` laid out as `_normalised` and `_lines_laid_out` do; the spans of
    what it held between kept marks, marked pieces with only space between them one span; and
    the span of each link's words, (-1, -1) for a link with none."""
    text: list[str] = []
    spans: list[list[int]] = []
    links: list[list[int]] = []
    inside = in_link = False
    for character in marked:
        if character == _KEPT_START:
            inside = True
            visible_end = len(text) - (text[-1:] == [" "])
            if not spans or spans[-1][1] < visible_end:
                spans.append([-1, -1])  # placed at its first visible character
        elif character == _KEPT_END:
            inside = False
        elif character == _LINK_START:
            in_link = True
            links.append([-1, -1])
        elif character == _LINK_END:
            in_link = False
        elif character in " \t\n\r":
            if text and text[-1] not in " \n":
                text.append(" ")
        elif character == _LINE:
            if text and text[-1] == " ":
                text.pop()
            if text:
                text.append("\n")
        else:
            for found, within in ((spans, inside), (links, in_link)):
                if within:
                    if found[-1][0] < 0:
                        found[-1][0] = len(text)
                    found[-1][1] = len(text) + 1
            text.append(character)
    while text and text[-1] in " \n":
        text.pop()
    return "".join(text), tuple((start, end) for start, end in spans if start >= 0), [(start, end) for start, end in links]


def _element_blocks(
    element: etree._Element, marks: _Marks | None, marker: str = ""
) -> Iterator[tuple[etree._Element, Block]]:
    """The element's blocks; a list item's `marker` is its first block's, before the marker of
    a list the item opens with, as a browser sets both on the item's first line."""
    name = etree.QName(element).localname
    if name in _TABLES:
        yield from _table_blocks(element, marks)
        return
    if name == "pre":
        if (preformatted := _preformatted(element)) is not None:
            yield element, replace(preformatted, marker=marker, lang=_block_language(element))
        return
    blocks = _blocks_in(element, _BLOCK_LEVEL[name], marks)
    if marker and (first := next(blocks, None)):
        placed, block = first
        # A table opening an item is laid out as a table, without the item's marker.
        yield placed, block if block.cell else replace(block, marker=f"{marker} {block.marker}" if block.marker else marker)
    yield from blocks


def _item_markers(container: etree._Element) -> Iterator[str]:
    """The markers of the list items in `container`, in order: an ordered list's numbers, else
    the bullet of the list they are in (a list item outside any list has one too)."""
    if _local_name(container) == "ol":
        yield from _numbers(container)
        return
    lists = sum(1 for node in (container, *container.iterancestors()) if _local_name(node) in _LISTS)
    yield from itertools.repeat(_BULLETS[min(max(lists - 1, 0), len(_BULLETS) - 1)])


def _numbers(ol: etree._Element) -> Iterator[str]:
    """The markers of an ordered list's items as a browser numbers them: from `start` (else 1,
    or the number of items when the list is `reversed` and counts down), an item with a `value`
    taking that number and the next counting on from it, in the style of the list's `type`."""
    items = [piece for piece in _pieces(ol, None) if not isinstance(piece, _Text) and _local_name(piece) == "li"]
    step = -1 if ol.get("reversed") is not None else 1
    number = _html_integer(ol.get("start"))
    if number is None:
        number = len(items) if step < 0 else 1
    for item in items:
        value = _html_integer(item.get("value"))
        number = number if value is None else value
        yield _ordinal(number, ol.get("type", "1"))
        number += step


def _html_integer(text: str | None) -> int | None:
    found = _HTML_INTEGER.match(text or "")
    return int(found[1]) if found else None


def _ordinal(number: int, style: str) -> str:
    """`number` as a list item's marker in the `type` style of an <ol>: letters (`a)`, `A)`),
    from 1 on, and Roman numerals (`iv.`, `IV.`), from 1 to 3999, as browsers count with
    them; any other number, and any other style, in digits (`4.`)."""
    if style in ("a", "A") and number > 0:
        letters = ""
        while number:
            number, letter = divmod(number - 1, 26)
            letters = chr(ord("a") + letter) + letters
        return (letters.upper() if style == "A" else letters) + ")"
    if style in ("i", "I") and 0 < number < 4000:
        numeral = ""
        for value, digits in _ROMAN_NUMERALS:
            count, number = divmod(number, value)
            numeral += digits * count
        return (numeral.upper() if style == "I" else numeral) + "."
    return f"{number}."


# The blank lines that open or close a <pre>: the line break after its start tag, which browsers
# drop, and the indentation before its end tag, which shows nothing.
_BLANK_LINES_BEFORE = re.compile(r"(?:[ \t\r]*\n)+")
_BLANK_LINES_AFTER = re.compile(r"(?:\n[ \t\r]*)+\Z")


def _preformatted(pre: etree._Element) -> Block | None:
    """A <pre> as the reader sees it: its text with every line break and space where the source
    puts them (columns of names and figures line up by them), but for blank lines around it."""
    written = _preformatted_text(pre)
    opening = _BLANK_LINES_BEFORE.match(written)
    skipped = opening.end() if opening else 0
    text = _BLANK_LINES_AFTER.sub("", written[skipped:])
    if not text.strip():
        return None
    return Block("preformatted", text, pre.sourceline + written.count("\n", 0, skipped))


def _preformatted_text(element: etree._Element) -> str:
    """The element's text as written: markup inside it is flattened to its text, a line break
    (<br/>) is one, raised and lowered figures are set as such; nothing else is changed."""
    pieces = [element.text or ""]
    for child in element:
        name = _local_name(child)
        if name == "br":
            pieces.append("\n")
        elif name in _SCRIPTS and (figures := _raised_or_lowered(child, _SCRIPTS[name])):
            pieces.append(figures)
        elif name is not None and name not in _NOT_TEXT:
            pieces.append(_preformatted_text(child))
        pieces.append(child.tail or "")
    return "".join(pieces)


def _table_blocks(table: etree._Element, marks: _Marks | None) -> Iterator[tuple[etree._Element, Block]]:
    """A table's caption and cells, each a block of kind "cell" saying where it stands (see
    `Cell`), an empty cell one without text. Cells outside any row make a row of their own, a
    row without cells is none; what the table holds outside its caption and cells (text, a
    paragraph), which a browser shows before the table, comes first, as paragraphs."""
    number = int(table.xpath("count(preceding::*) + count(ancestor::*)"))  # its place in the document
    captions: list[etree._Element] = []
    rows: list[tuple[TablePart, etree._Element, list[etree._Element]]] = []  # with the section (or table) holding the row
    before: list[tuple[etree._Element, Block]] = []

    def read(container: etree._Element, part: TablePart, section: etree._Element) -> None:
        run: list[_Text] = []
        cells: list[etree._Element] = []
        for piece in _pieces(container, marks):
            if isinstance(piece, _Text):
                run.append(piece)
                continue
            name = _local_name(piece)
            if name in _TABLE_CELLS:
                cells.append(piece)
                continue
            if cells:
                rows.append((part, section, cells))
                cells = []
            if name == "tr":
                read(piece, part, section)
            elif name in _TABLE_SECTIONS:
                read(piece, cast(TablePart, name), piece)
            elif name == "caption" and container is table and not captions:
                captions.append(piece)
            elif name != "colgroup":
                before.extend(_element_blocks(piece, marks))
        if cells:
            rows.append((part, section, cells))
        if (block := _run_block("paragraph", run, None, container)) is not None:
            before.append((container, _marked(block, container)))

    name = _local_name(table)
    read(table, cast(TablePart, name) if name in _TABLE_SECTIONS else "", table)
    # A cell spans no further down than its section goes (a <tbody>'s into no <tfoot>), as a
    # browser lays it out: the rows left in each row's section, counted from the last.
    rows_left = [1] * len(rows)
    for row in range(len(rows) - 2, -1, -1):
        if rows[row + 1][1] is rows[row][1]:
            rows_left[row] = rows_left[row + 1] + 1
    # The row group of each row (a section, or a run of rows right in the table), numbered in order.
    groups = [0] * len(rows)
    for row in range(1, len(rows)):
        groups[row] = groups[row - 1] + (rows[row][1] is not rows[row - 1][1])
    yield from before
    for caption in captions:
        if (block := _flat_block(caption, marks, cell=True)) is not None:
            yield caption, _marked(replace(block, kind="cell", cell=Cell(number, "caption", 0, 0)), caption)
    # The cells of rows above that span down into later rows: (first column, end column, the
    # row below their last), by first column. Each row's cells leave their columns free.
    spanning: list[tuple[int, int, int]] = []
    steps = _MOST_SPAN_STEPS
    for row, (part, _, cells) in enumerate(rows):
        spanning = [span for span in spanning if span[2] > row]
        steps -= len(spanning)
        if steps < 0:
            # A hostile table (thousands of rows each spanning to the end) would take time and
            # memory growing with the square of its rows: the rest is laid out without spans.
            spanning = []
        column, next_taken = 0, 0
        for element in cells:
            # The columns of a row only go up: each span taken from the row is passed once.
            while next_taken < len(spanning) and spanning[next_taken][0] <= column:
                column = max(column, spanning[next_taken][1])
                next_taken += 1
            colspan = _span(element.get("colspan"), _MOST_COLUMNS)
            # A rowspan of 0 reaches the end of the row's group.
            reach = min(_MOST_ROWS, rows_left[row])
            rowspan = _span(element.get("rowspan"), reach, zero=reach) if steps >= 0 else 1
            if rowspan > 1:
                # After the spans passed: their columns are before it, where later rows look first.
                next_taken += 1
                bisect.insort(spanning, (column, column + colspan, row + rowspan))
            scope = (element.get("scope") or "").strip().lower()
            place = Cell(
                number, part, row, column, _local_name(element) == "th", colspan, rowspan, scope if scope in _SCOPES else None, groups[row]
            )
            block = _flat_block(element, marks, cell=True) or Block("cell", "", element.sourceline, translatable=False)
            yield element, _marked(replace(block, kind="cell", cell=place), element)
            column += colspan


def _span(value: str | None, most: int, zero: int = 1) -> int:
    """A cell's colspan or rowspan as browsers take it: 1 unless a positive number (or 0, taken
    as `zero`), at most `most`."""
    number = _html_integer(value)
    return min(number, most) if number is not None and number > 0 else zero if number == 0 else 1


def _pieces(element: etree._Element, marks: _Marks | None, depth: int = 0) -> Iterator[_Text | etree._Element]:
    """The element's content as a reader sees it, in document order: pieces of text, and each
    block-level element inside it, whole, for the caller to place. With `marks`, the text of a
    <q> is set in quotation marks (the nested ones inside another <q>), as a browser shows it."""
    if element.text:
        yield _Text(element.text, element)
    for child in element:
        name = _local_name(child)  # None: a comment or PI
        if name in _BLOCK_LEVEL:
            yield child
        elif name == "br":
            yield _Text(_LINE, child)  # `Ajax 2<br/>PSV 1`: two lines, as a reader sees them
        elif name in _SCRIPTS and (figures := _raised_or_lowered(child, _SCRIPTS[name])):
            yield _Text(figures, child)
        elif name == "q" and marks is not None:
            opening, closing = marks[depth % 2]
            yield _Text(opening, child)
            yield from _pieces(child, marks, depth + 1)
            yield _Text(closing, child)
        elif name is not None and name not in _NOT_TEXT:
            yield from _pieces(child, marks, depth)
        if child.tail:
            yield _Text(child.tail, child, is_tail=True)


def _raised_or_lowered(element: etree._Element, script: dict[int, str]) -> str | None:
    """The figures of a <sup> or <sub> in their superscript or subscript characters; None when
    it holds anything else (1<sup>st</sup> reads as 1st)."""
    text = "".join(element.itertext()).strip()
    return text.translate(script) if text and all(ord(character) in script for character in text) else None


# ---- metadata ---------------------------------------------------------------------------------


def _language(source: str, item: etree._Element, content_meta: etree._Element, withdrawal: bool) -> str:
    """contentMeta/language names the content language; xml:lang (possibly inherited) is the
    fallback. `und` (undetermined) says none. A `withdrawal` that says none is in "": it
    withdraws a story in whatever language the story is."""
    language = content_meta.find("g2:language", _G2)
    stated = (language.get("tag", "") if language is not None else "", item.xpath("string(ancestor-or-self::*[@xml:lang][1]/@xml:lang)"))
    tag = next((tag.strip() for tag in stated if tag.strip() and tag.strip().lower() != "und"), "")
    if not tag:
        if withdrawal:
            return ""
        raise InputError(source, item.sourceline, "the newsItem does not say its language", "add xml:lang")
    try:
        return bcp47(parse_locale(tag))
    except LocaleTagError as error:
        raise InputError(source, item.sourceline, error.problem, error.hint) from None


def _own_language(element: etree._Element, item_lang: str) -> str | None:
    """The language the element says it is in (its xml:lang, its own or one around it in the
    item), when that is not the item's and is a language at all."""
    lang = _stated_language(_inherited_language(element))
    return lang if lang != item_lang else None


def _inherited_language(element: etree._Element) -> str:
    """The xml:lang of the element or, without one, of the nearest element around it inside its
    item (a concept, a rights block); "" where none says one. The item's own is not read: its
    contentMeta/language says the item's language (see `_language`)."""
    for node in (element, *element.iterancestors()):
        if node.tag == _NEWS_ITEM:
            break
        if tag := (node.get(XML_LANG) or "").strip():
            return tag
    return ""


def _stated_language(tag: str) -> str | None:
    """The language `tag` names, as BCP 47; None for no tag or one that names no language."""
    tag = tag.strip()
    try:
        return bcp47(parse_locale(tag)) if tag else None
    except ValueError:
        return None


def _linked_version(text: str | None) -> int | None:
    """A linked item's version as the schema takes it (1, 2, …); None for none, one it would
    refuse, or one of more digits than any version has (which Python would not read)."""
    return int(text) if text and _LINKED_VERSION.fullmatch(text) else None


_LINKED_VERSION = re.compile("0*[1-9][0-9]{0,17}")


def _version(source: str, item: etree._Element) -> int:
    text = item.get("version", "1").strip()
    if not text.isascii() or not text.isdigit() or int(text) < 1:
        raise InputError(source, item.sourceline, f"version {text!r} is not a positive integer", "NewsML-G2 numbers versions 1, 2, 3, …")
    return int(text)


def _pub_status(source: str, item_meta: etree._Element) -> PubStatus:
    element = item_meta.find("g2:pubStatus", _G2)
    if element is None:
        return "usable"  # the schema's default
    status = element.get("qcode", "").partition(":")[2]
    if status in _PUB_STATUSES:
        return cast(PubStatus, status)
    raise InputError(
        source,
        element.sourceline,
        f"unknown pubStatus {element.get('qcode')!r}",
        "expected stat:usable, stat:withheld or stat:canceled",
    )


def _signals(item_meta: etree._Element) -> tuple[str, ...]:
    """The item's IPTC signals as `sig:` QCodes (the alias every localised item declares);
    a provider's own signal schemes mean nothing to our partners and stay behind."""
    signals = []
    for signal in item_meta.iterfind("g2:signal", _G2):
        qcode, uri = signal.get("qcode", ""), signal.get("uri", "")
        if qcode.startswith("sig:"):
            signals.append(qcode)
        elif uri.startswith(_SIGNAL_URI):
            signals.append("sig:" + uri.removeprefix(_SIGNAL_URI))
    return tuple(dict.fromkeys(signal for signal in signals if _SIGNAL.fullmatch(signal)))


def _urgency(source: str, element: etree._Element | None) -> int | None:
    if element is None:
        return None
    text = _flat_text(element)
    if not (len(text) == 1 and text in "123456789"):
        raise InputError(source, element.sourceline, f"urgency {text!r} is not a number from 1 to 9")
    return int(text)


def _moment(source: str, element: etree._Element | None) -> dt.datetime | None:
    """An xs:dateTime or xs:date as an aware datetime; no zone means UTC, a bare date is midnight."""
    if element is None:
        return None
    text = _flat_text(element)
    match = _DATE_TIME.fullmatch(text)
    try:
        if match is None:
            raise ValueError
        day, clock, fraction, zone = match.groups()
        # fromisoformat takes at most six fractional digits; IPTC's own examples carry more.
        microseconds = (fraction or "")[:6].ljust(6, "0")
        offset = "+00:00" if zone in (None, "Z") else zone
        return dt.datetime.fromisoformat(f"{day}T{clock or '00:00:00'}.{microseconds}{offset}")
    except ValueError:
        raise InputError(
            source,
            element.sourceline,
            f"{etree.QName(element).localname} {text!r} is not a date or time",
            "use ISO 8601, e.g. 2024-05-02T10:00:00Z",
        ) from None


def _subject(element: etree._Element, lang: str, *, qualified: bool = True) -> Subject | None:
    """A subject or genre by QCode; given by URI, as the QCode of IPTC's scheme (the alias
    every item declares through IPTC's catalog), else by that URI. `qualified`: with the type
    and the broader and same concepts the agency gives, which a service cannot hold."""
    concept = _concept(element, lang, related=qualified)
    qcode, uri = concept.qcode, concept.uri
    if not qcode and uri:
        scheme, _, code = uri.rpartition("/")
        alias = _IPTC_SCHEMES.get(scheme + "/")
        qcode = f"{alias}:{code}" if alias and code else ""
    if not (qcode or uri):
        return None
    return replace(concept, qcode=qcode, name=concept.name or concept.literal, uri=None if qcode else uri, literal=None,
                   type=concept.type if qualified else None)


def _assigned_concepts(content_meta: etree._Element, tag: str, lang: str) -> tuple[Subject, ...]:
    """The subjects or genres (`tag`), each by QCode (see `_subject`) and with how the agency
    says it gave it (see `_assignment`)."""
    return tuple(
        replace(concept, assignment=_assignment(element))
        for element in content_meta.iterfind(f"g2:{tag}", _G2) if (concept := _subject(element, lang))
    )


def _assignment(element: etree._Element) -> Assignment | None:
    """Why and by whom the agency gave its item the subject, genre or keyword `element`, how
    relevant and how sure it is, as far as it says it as the schema has it; None for nothing."""
    relevance, confidence = (_percent(element.get(name)) for name in ("relevance", "confidence"))
    assignment = Assignment(_code(element, "why"), _code(element, "creator"), relevance, confidence)
    return assignment if assignment != Assignment() else None


def _percent(text: str | None) -> int | None:
    """An integer from 0 to 100 as the schema writes one (`+50`, `050`); None for anything else."""
    match = _PERCENT.fullmatch((text or "").strip())
    return int(match[1]) if match and int(match[1]) <= 100 else None


_PERCENT = re.compile(r"\+?0*([0-9]{1,3})")


def _place(element: etree._Element, lang: str) -> Subject | None:
    """A place by its code, else by its literal, with its names, type and broader places;
    None without a name, which is how a dateline's places are found."""
    if not _concept_name(element, lang):
        return None
    if coded := _subject(element, lang):
        return coded
    concept = _concept(element, lang)
    return replace(concept, name=concept.name or concept.literal)


def _concept(element: etree._Element, lang: str, *, related: bool = True) -> Subject:
    """The concept with each code the agency gives it that is well-formed, its type, its names
    (the one in `lang` first) and, when `related`, its broader and same concepts as given."""
    names = _names(element)
    chosen = _chosen_name(names, lang)

    def relatives(tag: str) -> tuple[Subject, ...]:
        found = (_concept(relative, lang, related=False) for relative in element.iterfind(f"g2:{tag}", _G2))
        return tuple(concept for concept in found if _identified(concept)) if related else ()

    return Subject(
        _code(element, "qcode") or "", chosen[1] if chosen else None, _code(element, "uri"),
        tuple(dict.fromkeys(name for name in names if name != chosen and all(name))),
        literal=_code(element, "literal"), type=_code(element, "type"),
        # A name in no language the item states is in the item's.
        name_lang=_stated_language(chosen[0] or lang) if chosen else None,
        broader=relatives("broader"), same_as=relatives("sameAs"),
    )


def _parties(content_meta: etree._Element, tag: str, lang: str) -> tuple[Subject, ...]:
    """The persons or organisations of `tag` (creator, …), each with its codes, names and roles."""
    parties = []
    for element in content_meta.iterfind(f"g2:{tag}", _G2):
        # The schema gives a job title to creators and contributors only, not to sources.
        jobtitle = _code(element, "jobtitle") if tag in ("creator", "contributor") else None
        if _identified(party := _concept(element, lang)):
            parties.append(replace(party, role=_qcodes(element, "role"), jobtitle=jobtitle))
    return tuple(parties)


def _audiences(content_meta: etree._Element, tag: str, lang: str) -> tuple[Subject, ...]:
    """The audiences of `tag` (audience, exclAudience) that the agency names or codes, each
    with how much the item matters to it."""
    audiences = []
    for element in content_meta.iterfind(f"g2:{tag}", _G2):
        significance = (element.get("significance") or "").strip()
        audience = replace(_concept(element, lang), significance=int(significance) if _SIGNIFICANCE.fullmatch(significance) else None)
        if _identified(audience):
            audiences.append(audience)
    return tuple(audiences)


_SIGNIFICANCE = re.compile("[1-9]")


def _identified(concept: Subject) -> bool:
    return bool(concept.qcode or concept.uri or concept.literal or concept.name)


def _rights(rights_info: etree._Element, lang: str) -> Rights | None:
    holder = rights_info.find("g2:copyrightHolder", _G2)
    statements = []
    for element in rights_info:
        kind = _local_name(element)
        if kind in ("copyrightNotice", "usageTerms"):
            text, href = _flat_text(element), _web_address(element.get("href"))
            if text or href:
                # One in no language of its own is in its block's.
                language = _own_language(element, lang)
                statements.append(RightsStatement(text, kind == "usageTerms", language, href))
    # A name in no language of its own (the holder's, the accountable person's) is in its
    # block's, as its statements are.
    holder_concept = _concept(holder, lang) if holder is not None else Subject("")
    rights = Rights(
        holder=_concept_name(holder, lang) if holder is not None else None,
        holder_lang=holder_concept.name_lang,
        holder_literal=holder_concept.literal,
        holder_qcode=holder_concept.qcode or None,
        holder_uri=holder_concept.uri,
        holder_other_names=holder_concept.other_names,
        statements=tuple(statements),
        scope=_qcodes(rights_info, "scope"),
        scope_uri=_uris(rights_info, "scopeuri"),
        aspect=_qcodes(rights_info, "aspect"),
        aspect_uri=_uris(rights_info, "aspecturi"),
        links=tuple(link for element in rights_info.iterfind("g2:link", _G2) if (link := _link(element, lang)) and link.href),
        accountable=_identified_concept(rights_info.find("g2:accountable", _G2), lang),
        data_mining=_identified_concept(rights_info.find("g2:dataMining", _G2), lang),
        valid_from=_date_opt_time(rights_info.get("validfrom")),
        valid_to=_date_opt_time(rights_info.get("validto")),
    )
    # A scope or aspect limits the rights stated beside it: alone, it says nothing.
    limits_only = replace(rights, scope=None, scope_uri=None, aspect=None, aspect_uri=None, valid_from=None, valid_to=None) == Rights()
    return None if limits_only else rights


def _identified_concept(element: etree._Element | None, lang: str) -> Subject | None:
    concept = _concept(element, lang) if element is not None else None
    return concept if concept is not None and _identified(concept) else None


def _date_opt_time(value: str | None) -> str | None:
    """A validity moment as the agency wrote it, when the schema takes it (else left out)."""
    value = (value or "").strip()
    return value if DATE_OPT_TIME.fullmatch(value) else None


# IPTC's catalog of its standard schemes, in any of its versions: every item declares it.
_IPTC_STANDARDS_CATALOG = re.compile(r"iptc\.org/std/catalog/catalog\.IPTC-G2-Standards_\d+\.xml$")


def _translation_of(item_meta: etree._Element) -> str | None:
    """The guid of the original an item says it translates: a link whose relation, in any
    provider's scheme, is translationOf (exrel:translationOf, as syndicate's items say)."""
    for link in item_meta.iterfind("g2:link", _G2):
        if _links_original(link) and link.get("residref"):
            return link.get("residref")
    return None


def _links_original(link: etree._Element) -> bool:
    return link.get("rel", "").rpartition(":")[2] == "translationOf"


def _links_syndicates_own(link: etree._Element) -> bool:
    return link.get("rel", "").rpartition(":")[2] in (AGENCY_VERSION_RELATION, REPLACED_BY_RELATION)


def _links(item_meta: etree._Element, lang: str) -> tuple[RelatedLink, ...]:
    """The agency's links to other content, which partners get as it sent them; not the one to
    an original it translates (a translation of ours links to its own), nor syndicate's links
    of an item to the agency's version of it or to the item that replaced it (an item of ours
    links its own)."""
    links = (
        _link(link, lang) for link in item_meta.iterfind("g2:link", _G2) if not _links_original(link) and not _links_syndicates_own(link)
    )
    return tuple(link for link in links if (link.rel or link.reluri) and (link.href or link.residref))


def _link(link: etree._Element, lang: str) -> RelatedLink:
    """A link with what a partner can follow of it: a target that is no web address (a
    javascript: href) never reaches a partner, nor a relation the schema would refuse. Its
    title is in the language the link says, else the item's `lang`."""
    rel, reluri, residref, contenttype, title, version = (
        (link.get(name) or "").strip() or None for name in ("rel", "reluri", "residref", "contenttype", "title", "version")
    )
    rel = rel if rel and _is_qcode(rel) else None
    reluri = reluri if reluri and is_uri(reluri) and not rel else None
    title_lang = _stated_language(_inherited_language(link) or lang) if title else None
    return RelatedLink(rel, reluri, _web_address(link.get("href")), residref, contenttype, title, title_lang,
                       _linked_version(version))


def _link_address(href: str | None) -> str | None:
    """The address of a link in the text: a web address, or an e-mail address to write to."""
    href = (href or "").strip()
    return href if _MAIL_ADDRESS.match(href) and is_uri(href) else _web_address(href)


def _web_address(href: str | None) -> str | None:
    href = (href or "").strip()
    return href if _WEB_ADDRESS.match(href) and is_uri(href) else None


def _provider(provider: etree._Element | None, lang: str) -> str | None:
    if provider is None:
        return None
    return provider.get("literal") or provider.get("qcode") or _concept_name(provider, lang)


def _dateline(element: etree._Element | None) -> tuple[str, tuple[str, ...]]:
    """A dateline as printed, and its places: those it opens with, or those NITF's names
    (`<location>GENEVA</location>, <story.date>Nov 27</story.date>`)."""
    if element is None:
        return "", ()
    locations = [_flat_text(location) for location in element if _local_name(location) == "location"]
    return _flat_text(element), tuple(place for text in locations or [_flat_text(element)] for place in _dateline_places(text))


def _dateline_places(printed: str) -> tuple[str, ...]:
    """The places a dateline opens with: "Rotterdam/Brussels", "ROTTERDAM, May 2 (Agency) -"
    names Rotterdam; what follows the places (a date, a credit) is left out."""
    head = _DATELINE_TAIL.split(printed, maxsplit=1)[0]
    return tuple(place.strip() for place in head.split("/") if place.strip())


def _names(concept: etree._Element) -> list[tuple[str, str]]:
    """The concept's names, each with its language tag: its own, else the concept's or another
    element's around it in the item ("" when none states one: a name is then in its item's
    language)."""
    return [(_inherited_language(name), _flat_text(name)) for name in concept.iterfind("g2:name", _G2)]


def _concept_name(concept: etree._Element, lang: str) -> str | None:
    """The concept's name in `lang` (or its primary language), else its first name, else its literal."""
    chosen = _chosen_name(_names(concept), lang)
    return chosen[1] if chosen else concept.get("literal") or None


def _chosen_name(names: list[tuple[str, str]], lang: str) -> tuple[str, str] | None:
    """(tag, name): the first name in `lang` (or its primary language), else the first name."""
    primary = primary_language(lang)
    named = [(tag, text) for tag, text in names if text]
    return next((name for name in named if primary_language(name[0]) == primary), named[0] if named else None)


# A revision number an agency ends its guids with after the story's identifier (Reuters'
# `newsml_L8N3AB123:1`), which every story has: taken for the id, it would name them all alike.
_REVISION = re.compile(r"[0-9]{1,2}")
_IDENTIFIER = re.compile(r"(?=.*[A-Za-z])(?=.*[0-9])")


def former_article_ids(guid: str, lang: str, version: int) -> tuple[str, ...]:
    """The ids releases before this one gave the item `guid` where its id is another now: its
    revision number (see `_REVISION`) taken for it, also made distinct by a digest of the guid
    where another story had it. A workspace's stories keep them."""
    former = _article_id(guid, lang, version, revisions=False)
    return (former, distinct_id(former, guid)) if former != _article_id(guid, lang, version) else ()


def _article_id(guid: str, lang: str, version: int, *, revisions: bool = True) -> str:
    parts = [part for part in re.split(r"[:/]", guid) if part]
    meaningless_endings = {lang.lower(), str(version)}
    while len(parts) > 1 and (
        parts[-1].lower() in meaningless_endings or revisions and _REVISION.fullmatch(parts[-1]) and _IDENTIFIER.match(parts[-2])
    ):
        parts.pop()
    for candidate in (parts[-1] if parts else "", guid):
        if is_article_id(slug := slugify(candidate)):
            return slug
    return "item-" + text_digest(guid)


# ---- small helpers ----------------------------------------------------------------------------


def _code(element: etree._Element, attribute: str) -> str | None:
    """The element's `literal`, `uri` or a QCode (`qcode`, `type`) as the schema allows it;
    None when it is missing or not well-formed (a QCode with a space, a literal with a line
    break): an agency's typo must not keep its item from being written."""
    value = (element.get(attribute) or "").strip()
    if attribute == "literal":
        return value if value and not NOT_IN_LITERAL.search(value) else None
    return value if (is_uri(value) if attribute == "uri" else _is_qcode(value)) else None


def _qcodes(element: etree._Element, attribute: str) -> str | None:
    """The well-formed QCodes of a space-separated list (role, scope), the others left out."""
    return " ".join(code for code in (element.get(attribute) or "").split() if _is_qcode(code)) or None


def _uris(element: etree._Element, attribute: str) -> str | None:
    """The URIs of a space-separated list (scopeuri) that the schema takes."""
    return " ".join(uri for uri in (element.get(attribute) or "").split() if is_uri(uri)) or None


def _is_qcode(value: str) -> bool:
    """A QCode the schema takes whose alias a catalog can declare: one whose alias no scheme
    could have (the agency's catalog misspelt it) resolves to nothing for a partner."""
    return bool(QCODE.fullmatch(value)) and is_scheme_alias(value.partition(":")[0])


def _child(parent: etree._Element, localname: str) -> etree._Element | None:
    """First child named `localname` in any namespace: XHTML and NITF bodies arrive with, without
    or (when a sender forgot xmlns) with the NewsML-G2 namespace."""
    return next(
        (child for child in parent if _local_name(child) == localname),
        None,
    )


def _flat_text(element: etree._Element | None, marks: _Marks | None = None) -> str:
    """The element's text on one line; blocks inside it (paragraphs in a table cell) are set
    apart by a space."""
    block = _flat_block(element, marks) if element is not None else None
    return block.text if block else ""


def _flat_block(element: etree._Element, marks: _Marks | None, *, cell: bool = False) -> Block | None:
    """The element's text on one line as a paragraph, with the spans it keeps as written, its
    lines (`<br/>`) run on. A table's cell or caption also keeps the words it links (a
    headline's are text only), and sets its blocks (paragraphs, list items) and lines apart by
    line breaks, which end a sentence and a name: `Injured: Jan de Vries` and `Suspended:
    none` are two units, not one name across."""
    if cell:
        with _lines_as_blocks(element):
            return _joined((block for _, block in _blocks_in(element, "paragraph", marks)), "\n", "paragraph", element.sourceline, linked=True)
    block = _joined((block for _, block in _blocks_in(element, "paragraph", marks)), " ", "paragraph", element.sourceline)
    return replace(block, text=_one_line(block.text)) if block else None


@contextlib.contextmanager
def _lines_as_blocks(element: etree._Element) -> Iterator[None]:
    """While held, each `<br/>` in `element` (but in a `<pre>`, whose lines are its text) is an
    empty block that ends the text before it, as a paragraph's end does. The element itself
    is changed and put back, not a copy: a copy loses the source's line numbers past 65,535."""
    breaks = [(br, br.tag) for br in element.iter() if _local_name(br) == "br" and not any(_local_name(up) == "pre" for up in br.iterancestors())]
    for br, tag in breaks:
        br.tag = etree.QName(etree.QName(tag).namespace, "div").text
    try:
        yield
    finally:
        for br, tag in breaks:
            br.tag = tag


def _joined(blocks: Iterable[Block], separator: str, kind: BlockKind, line: int, *, linked: bool = False) -> Block | None:
    """`blocks` as one block, their texts set apart by `separator`; what each keeps as written
    (all of a block not to be translated) is kept in the whole, and if `linked` what each links."""
    texts: list[str] = []
    kept: list[tuple[int, int]] = []
    links: list[tuple[int, int, str]] = []
    offset = 0
    previous: Cell | None = None
    for block in blocks:
        if not block.text:
            continue  # an empty table cell
        if texts:
            # A table in a one-line text (a table cell, a headline) runs on row by row, a row's
            # cells set apart by " | ".
            gap = " | " if _in_one_row(previous, block.cell) else separator
            texts.append(gap)
            offset += len(gap)
        # A <pre> in a one-line text runs on with it, as the rest does.
        text = _normalised(block.text) if block.kind == "preformatted" else block.text
        spans = block.kept if block.translatable else ((0, len(text)),)
        kept.extend((start + offset, end + offset) for start, end in spans)
        if linked and block.kind != "preformatted":
            links.extend((start + offset, end + offset, address) for start, end, address in block.links)
        texts.append(text)
        offset += len(text)
        previous = block.cell
    return Block(kind, "".join(texts), line, kept=tuple(kept), links=tuple(links)) if texts else None


def _in_one_row(cell: Cell | None, other: Cell | None) -> bool:
    return (
        cell is not None and other is not None and "caption" not in (cell.part, other.part)
        and (cell.table, cell.row) == (other.table, other.row)
    )


def _one_line(text: str) -> str:
    """A block's text with its lines run on, as a headline or a summary prints it."""
    return text.replace("\n", " ")


def _optional_text(element: etree._Element | None) -> str | None:
    return _flat_text(element) or None


def _normalised(text: str) -> str:
    return _XML_SPACE.sub(" ", text).strip(" ")
