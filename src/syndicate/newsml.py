"""NewsML-G2 output: one newsItem per localised article, and newsMessage feeds.

Items follow the NewsML-G2 2.35 All-Power schema, whose XSD fixes the element order, and the
reference items in `shared/newsml-g2/examples/local`. Partner systems such as Superdesk keep only
the text of each direct child of the XHTML `<body>`, so the body is flat: `<p>` and `<h2>` holding
text (each line of a paragraph the agency broke into lines, a results list sent with `<br/>`, its
own `<p>`), with no other element inside them but an `<a href>` around the words an agency's text links (to
the source's address), where a block has links, and a `<span>` saying the language of sentences
a partly translated block keeps in the original's: the build leaves both out unless the workspace
publishes links (see Settings.inline_links), as such a system keeps a block's words only up to
its first element inside. An agency's preformatted text (a results table) is a `<pre>` holding its
text only, every line break and space as the agency laid it out, in every locale. An agency's
table is a `<table>` again, laid out as the agency laid it out (its caption, its rows in their
`<thead>`, `<tbody>` (each of several apart) and `<tfoot>`, each cell a `<th>` or `<td>` with its `colspan`, `rowspan`
and `scope`), each cell holding its text, a `<br/>` between its paragraphs or list items, and,
as a paragraph, its links.

Every value is checked before it goes into the tree: a ValueError names the field when a value
holds characters XML 1.0 cannot carry or does not fit the schema (a QCode with a space, an
urgency of 12, a time without a time zone), so the writer never emits an invalid item.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import io
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO, NamedTuple

from babel import Locale
from lxml import etree
from lxml.builder import ElementMaker

from syndicate.ids import is_domain_name, parse_locale, text_direction
from syndicate.safexml import hardened_parser
from syndicate.model import Assignment, BodyBlock, Direction, LocalisedArticle, OriginalRef, RelatedLink, Subject
from syndicate.words import spaced_words

NAR_NS = "http://iptc.org/std/nar/2006-10-01/"
XHTML_NS = "http://www.w3.org/1999/xhtml"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
ITEM_CONTENT_TYPE = "application/vnd.iptc.g2.newsitem+xml"

_XHTML_CONTENT_TYPE = "application/xhtml+xml"
_IPTC_CATALOG = "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml"
# IPTC has no translation code in its item-relation CV, so the link uses a provider scheme.
_RELATION_ALIAS = "exrel"
# The relation of an agency's item published under a version number of syndicate's to the
# agency's own version of it (a link to its guid at that version).
AGENCY_VERSION_RELATION = "agencyVersion"
# The relation of a withdrawn item to the item that takes its place (see `LocalisedArticle.replaced_by`).
REPLACED_BY_RELATION = "replacedBy"
# Editor notes are for the partner's desk, which reads English whatever the item language.
_NOTE_LANG = "en"

_NAR = ElementMaker(namespace=NAR_NS, nsmap={None: NAR_NS})
_XHTML = ElementMaker(namespace=XHTML_NS, nsmap={None: XHTML_NS})
# Items handed to feed_bytes as bytes are our own output, but parse them as warily as any input.
_ITEM_PARSER = hardened_parser()

# The XML 1.0 `Char` production. Anything else (most C0 controls, lone surrogates, U+FFFE, U+FFFF)
# cannot be written at all, not even as a character reference.
_NOT_XML_CHAR = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
QCODE = re.compile(r"[^\s:]+:\S+")  # the XSD's QCodeType
_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:\S+")
# The schema's IRIType is xs:anyURI, which libxml2 checks by parsing the value as RFC 3986 says:
# a scheme and no space are not enough (a bad percent escape, a second "#" or a bracket outside
# a host are refused), so a URI is taken only once a one-line schema of that type takes it.
_ANY_URI = etree.XMLSchema(etree.XML(
    '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:element name="uri" type="xs:anyURI"/></xs:schema>'
))
# A scheme alias is an xs:NCName, whose letters are XML's, not Unicode's: the schema decides.
_NCNAME = etree.XMLSchema(etree.XML(
    '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:element name="alias" type="xs:NCName"/></xs:schema>'
))
NOT_IN_LITERAL = re.compile(r"[^\S ]")  # the XSD's g2normalizedString holds no whitespace but spaces
_XS_LANGUAGE = re.compile(r"[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*")


def item_element(article: LocalisedArticle) -> etree._Element:
    """The article as a NewsML-G2 newsItem. ValueError names the field that cannot be written."""
    return _NAR.newsItem(_item_attributes(article), *_item_children(article))


def item_bytes(article: LocalisedArticle) -> bytes:
    """The newsItem as pretty-printed UTF-8 with an XML declaration; the same article gives the same bytes."""
    return _serialise(item_element(article))


def feed_bytes(
    lang: str,
    items: Iterable[etree._Element | bytes],
    sent: dt.datetime,
    limit: int | None = None,
    sender: str | None = None,
) -> bytes:
    """A newsMessage carrying `items` (the first `limit` of them) in the order given: see write_feed."""
    output = io.BytesIO()
    write_feed(output, lang, items, sent, limit, sender)
    return output.getvalue()


def write_feed(
    output: BinaryIO,
    lang: str,
    items: Iterable[etree._Element | bytes],
    sent: dt.datetime,
    limit: int | None = None,
    sender: str | None = None,
) -> None:
    """Write to `output` a newsMessage carrying `items` (the first `limit` of them) in the order given.

    The sender is `sender`, else the first item's provider, and the channel is `lang`. The schema forbids an
    empty itemSet, so a feed without items is a ValueError. Elements given are copied, not moved;
    items given as bytes keep their own layout, since re-indenting could change mixed content.
    The message is written item by item, as `items` gives them: an index of a run of
    thousands of items holds one item at a time.
    """
    if limit is not None and limit < 0:
        raise ValueError(f"limit: {limit} is negative")
    chosen = iter(itertools.islice(items, limit))
    try:
        first = _detached_item(0, next(chosen))
    except StopIteration:
        raise ValueError("items: a newsMessage needs at least one item (the schema forbids an empty itemSet)") from None
    if sender is None and (provider := first.find(f"{{{NAR_NS}}}itemMeta/{{{NAR_NS}}}provider")) is not None:
        sender = provider.get("literal") or provider.get("qcode")
    header = [("sent", _timestamp("sent", sent)), *([("sender", sender)] if sender else []), ("channel", _language("lang", lang))]
    with etree.xmlfile(output, encoding="UTF-8") as message_file:
        message_file.write_declaration()
        with message_file.element(f"{{{NAR_NS}}}newsMessage", nsmap={None: NAR_NS}):
            message_file.write("\n  ")
            with message_file.element(f"{{{NAR_NS}}}header"):
                for name, text in header:
                    message_file.write("\n    ")
                    with message_file.element(f"{{{NAR_NS}}}{name}"):
                        message_file.write(text)
                message_file.write("\n  ")
            message_file.write("\n  ")
            with message_file.element(f"{{{NAR_NS}}}itemSet"):
                message_file.write("\n")
                message_file.write(first, pretty_print=True)
                for index, item in enumerate(chosen, start=1):
                    message_file.write(_detached_item(index, item), pretty_print=True)
            message_file.write("\n")
    output.write(b"\n")


def item_file_stamp(path: Path) -> dt.datetime | None:
    """The versionCreated of an item file this module wrote, read from its head without
    parsing it (an index lists items by it); None when it has none."""
    with open(path, "rb") as item:
        written = _VERSION_CREATED.search(head := item.read(4096)) or _VERSION_CREATED.search(head + item.read())
    return dt.datetime.fromisoformat(written[1].decode()) if written else None


_VERSION_CREATED = re.compile(rb"<versionCreated>([^<]+)</versionCreated>")


def item_file_withdrawn(path: Path) -> bool:
    """Whether an item file this module wrote is a withdrawal, read without parsing it."""
    with open(path, "rb") as item:
        return _WITHDRAWAL in item.read()


_WITHDRAWAL = b'<pubStatus qcode="stat:canceled"/>'


# The notes syndicate writes in its items beside the agency's (see `_editor_notes`).
_WITHDRAWN_NOTE = "Withdrawn. Do not use; remove any copy already published."
_DESK_WITHDRAWN_NOTE = "Withdrawn by {publisher}. Do not use; remove any copy already published."
_NEW_VERSION_NOTE = "Version {version} replaces all earlier versions of this item."
_TRANSLATED_NOTE = "Translated from the {language} original, version {version}."
_PARTLY_TRANSLATED_NOTE = "Partly translated: {count} sentence(s) are still in {language}; a complete version follows."
_UPDATE_FOLLOWS_NOTE = "The translation of the {language} original's version {version} follows."
_MOVED_NOTE = ("Withdrawn from this feed: the story is now published in {language} ({tag}), in the {tag} feed, where its "
               "corrections go. Do not use; remove any copy already published.")
_REPLACED_NOTE = ("Withdrawn: replaced by {guid}, the story as the agency's original tells it. "
                  "Do not use; remove any copy already published.")
# Any of them, whatever fills it in: read back from a feed, such a note is syndicate's, never the agency's.
_OWN_NOTE = re.compile("|".join(
    re.sub(r"\\\{\w+\\\}", ".+", re.escape(note))
    for note in (_WITHDRAWN_NOTE, _DESK_WITHDRAWN_NOTE, _NEW_VERSION_NOTE, _TRANSLATED_NOTE, _PARTLY_TRANSLATED_NOTE, _UPDATE_FOLLOWS_NOTE,
                 _REPLACED_NOTE, _MOVED_NOTE)
))


def desk_withdrawal_note(publisher: str) -> str:
    """The note in each item of a story the desk of `publisher` withdrew (its source may have too)."""
    return _DESK_WITHDRAWN_NOTE.format(publisher=publisher)


def moved_note(tag: str) -> str:
    """The note of the withdrawal of a story from a feed, as its source now says it is in the
    language `tag` (BCP 47), whose feed publishes it."""
    return _MOVED_NOTE.format(language=parse_locale(tag).english_name, tag=tag)


def is_own_note(text: str) -> bool:
    """Whether a note of an item this module wrote is one it adds to the agency's (a new
    version, a translation, a withdrawal), which reading the item back must not take for the agency's."""
    return bool(_OWN_NOTE.fullmatch(text))


class PublishedStory(NamedTuple):
    """What an item file this module wrote says of its story beside its text."""

    agency_version: int | None  # the agency's version it publishes under another number (see `_agency_version_link`)
    withdrawn_by_desk: bool  # the desk withdrew it (see `desk_withdrawal_note`)


def published_story(path: Path, publisher: str) -> PublishedStory:
    """See `PublishedStory`; `publisher` is the workspace's provider. OSError or
    XMLSyntaxError for a file that cannot be read."""
    root = etree.parse(str(path), _ITEM_PARSER).getroot()
    item_meta = root.find(f"{{{NAR_NS}}}itemMeta")
    if item_meta is None:
        return PublishedStory(None, False)
    versions = [
        link.get("version", "") for link in item_meta.iterfind(f"{{{NAR_NS}}}link")
        if link.get("rel") == f"{_RELATION_ALIAS}:{AGENCY_VERSION_RELATION}" and link.get("residref") == root.get("guid")
    ]
    notes = [note.text for note in item_meta.iterfind(f"{{{NAR_NS}}}edNote")]
    agency_version = int(versions[0]) if versions and versions[0].isdigit() else None
    return PublishedStory(agency_version, desk_withdrawal_note(publisher) in notes)


def _serialise(element: etree._Element) -> bytes:
    return etree.tostring(element, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _detached_item(index: int, item: etree._Element | bytes) -> etree._Element:
    element = etree.fromstring(item, _ITEM_PARSER) if isinstance(item, bytes) else copy.deepcopy(item)
    if etree.QName(element).namespace != NAR_NS:
        raise ValueError(f"items[{index}]: <{element.tag}> is not a NewsML-G2 item")
    return element


# ---- the newsItem, in the order the XSD requires ----------------------------------------------


def _item_attributes(article: LocalisedArticle) -> dict[str, str]:
    attributes = {
        "guid": _text("guid", article.guid),
        "version": str(_positive("version", article.version)),
        "standard": "NewsML-G2",
        "standardversion": "2.35",
        "conformance": "power",  # we validate against the Power schema; the default is core
        XML_LANG: _language("lang", article.lang),
    }
    if article.direction == "rtl":
        attributes["dir"] = "rtl"
    return attributes


def _item_children(article: LocalisedArticle) -> Iterator[etree._Element]:
    yield _NAR.catalogRef(href=_IPTC_CATALOG)
    for index, href in enumerate(article.meta.catalogs):
        yield _NAR.catalogRef(href=_uri(f"meta.catalogs[{index}]", href))
    schemes = {alias: uri for alias, uri in article.meta.schemes}
    if article.original is not None or article.replaced_by is not None or _published_as_other_version(article):
        schemes[_RELATION_ALIAS] = f"https://{_publisher(article)}/cv/itemrelation/"  # ours, whatever the agency's says
    if schemes:
        yield _NAR.catalog(*(_NAR.scheme(alias=_alias(alias), uri=_uri(f"meta.schemes[{alias}]", uri)) for alias, uri in schemes.items()))
    yield from _rights_info(article)
    yield _NAR.itemMeta(*_item_meta(article))
    yield _NAR.contentMeta(*_content_meta(article))
    # A withdrawn item only tells partners to take the story down; its text is not sent again.
    if not article.meta.withdrawn:
        yield _content_set(article)


def _rights_info(article: LocalisedArticle) -> Iterator[etree._Element]:
    # The agency's blocks are in its language, which a translation's item says on each block.
    agency_language = article.original.lang if article.original is not None else article.lang
    within_block = functools.partial(_language_within, agency_language)
    for index, rights in enumerate(article.meta.rights):
        field = f"meta.rights[{index}]"
        accountable = rights.accountable
        parts = [_concept("accountable", f"{field}.accountable", accountable, {}, within=within_block)] if accountable else []
        if rights.holder or rights.holder_literal or rights.holder_qcode or rights.holder_uri:
            code = {
                **({"qcode": _qcode(f"{field}.holder_qcode", rights.holder_qcode)} if rights.holder_qcode else {}),
                **({"literal": _literal(f"{field}.holder_literal", rights.holder_literal)} if rights.holder_literal else {}),
                **({"uri": _uri(f"{field}.holder_uri", rights.holder_uri)} if rights.holder_uri else {}),
            }
            holder_language = within_block(rights.holder_lang, f"{field}.holder_lang") if rights.holder_lang else {}
            name = [_NAR.name(holder_language, _text(f"{field}.holder", rights.holder))] if rights.holder else []
            other_names = _names_in_languages(f"{field}.holder_other_names", rights.holder_other_names, within_block)
            parts.append(_NAR.copyrightHolder(code, *name, *other_names))
        for number, statement in enumerate(rights.statements):
            part = f"{field}.statements[{number}]"
            language = _language_within(agency_language, statement.lang or agency_language, f"{part}.lang")
            link = {"href": _uri(f"{part}.href", statement.href)} if statement.href else {}
            parts.append(_NAR("usageTerms" if statement.usage_terms else "copyrightNotice", language, link, _text(part, statement.text)))
        parts.extend(_related_link(f"{field}.links[{number}]", link, within_block) for number, link in enumerate(rights.links))
        if rights.data_mining:
            parts.append(_concept("dataMining", f"{field}.data_mining", rights.data_mining, {}, within=within_block))
        validity = {
            attribute: _date_opt_time(f"{field}.{name}", value)
            for attribute, name, value in (("validfrom", "valid_from", rights.valid_from), ("validto", "valid_to", rights.valid_to))
            if value
        }
        limits = {
            attribute: " ".join(check(f"{field}.{name}", code) for code in value.split(" "))
            for attribute, name, value, check in (
                ("scope", "scope", rights.scope, _qcode), ("scopeuri", "scope_uri", rights.scope_uri, _uri),
                ("aspect", "aspect", rights.aspect, _qcode), ("aspecturi", "aspect_uri", rights.aspect_uri, _uri),
            )
            if value
        }
        if parts:
            yield _NAR.rightsInfo(_source_language(article), limits, validity, *parts)


def _item_meta(article: LocalisedArticle) -> Iterator[etree._Element]:
    yield _NAR.itemClass(qcode="ninat:text")
    # An agency names itself by a QCode (nprov:REUTERS) or a literal; this workspace by its domain.
    if QCODE.fullmatch(article.provider) and not is_domain_name(article.provider):
        yield _NAR.provider(qcode=article.provider)
    else:
        yield _NAR.provider(literal=_literal("provider", article.provider))
    yield _NAR.versionCreated(_timestamp("version_created", article.version_created))
    yield _NAR.firstCreated(_timestamp("first_created", article.first_created))
    if article.meta.embargoed is not None:
        yield _NAR.embargoed(_timestamp("meta.embargoed", article.meta.embargoed))
    yield _NAR.pubStatus(qcode=f"stat:{article.meta.pub_status}")
    for index, service in enumerate(article.meta.services):
        yield _concept("service", f"meta.services[{index}]", service, _source_language(article), within=_within_item(article))
    agency_language = article.original.lang if article.original is not None else article.lang
    for index, note in enumerate(article.meta.editor_notes):
        field = f"meta.editor_notes[{index}]"
        yield _NAR.edNote(_language_switch(article, note.lang or agency_language, f"{field}.lang"), _text(field, note.text))
    note_language = _language_switch(article, _NOTE_LANG, "edNote")
    for note in _editor_notes(article):
        yield _NAR.edNote(note_language, note)
    signals = (*article.meta.signals, "sig:update") if article.version > 1 else article.meta.signals
    for index, signal in enumerate(dict.fromkeys(signals)):
        if not QCODE.fullmatch(signal):
            raise ValueError(f"meta.signals[{index}]: {signal!r} is not a QCode such as sig:correction")
        yield _NAR.signal(qcode=signal)
    if article.original is not None:
        yield _item_link(article, "translationOf", article.original, "original")
    if _published_as_other_version(article):
        yield _agency_version_link(article)
    if article.replaced_by is not None:
        yield _item_link(article, REPLACED_BY_RELATION, article.replaced_by, "replaced_by")
    for index, link in enumerate(article.meta.links):
        # The agency's links of its item to its own versions (irel:previousVersion) are none of a
        # translation's, which is no version of the original: it links the one it translates.
        if article.original is None or link.residref != article.original.guid:
            yield _related_link(f"meta.links[{index}]", link, _within_item(article))


def _related_link(field: str, link: RelatedLink, within: _LanguageSwitch) -> etree._Element:
    """The agency's link, its title in its language where `within` says the link is in another."""
    relation = (
        {"rel": _qcode(f"{field}.rel", link.rel)} if link.rel
        else {"reluri": _uri(f"{field}.reluri", link.reluri)} if link.reluri
        else {}
    )
    target = {
        name: _text(f"{field}.{name}", value)
        for name, value in (("href", link.href), ("residref", link.residref), ("contenttype", link.contenttype), ("title", link.title))
        if value
    }
    if link.version is not None:
        target["version"] = str(_positive(f"{field}.version", link.version))
    # Records written before a title kept its language publish it as before.
    language = within(link.lang, f"{field}.lang") if link.title and link.lang else {}
    return _NAR.link({**relation, **target, **language})


def _editor_notes(article: LocalisedArticle) -> Iterator[str]:
    if article.meta.withdrawn:
        if article.replaced_by is not None:
            yield _REPLACED_NOTE.format(guid=article.replaced_by.guid)
        elif article.withdrawn_by_desk:
            yield desk_withdrawal_note(_publisher(article))
        # An agency's kill carries its own withdrawal note, which a second one would only repeat.
        elif not article.meta.editor_notes:
            yield _WITHDRAWN_NOTE
    elif article.version > 1:
        yield _NEW_VERSION_NOTE.format(version=article.version)
    if article.original is not None:
        source_name = _locale("original.lang", article.original.lang).english_name
        yield _TRANSLATED_NOTE.format(language=source_name, version=article.original.version)
        if article.untranslated_units and not article.meta.withdrawn:  # no version follows a withdrawal
            yield _PARTLY_TRANSLATED_NOTE.format(count=article.untranslated_units, language=source_name)
        if article.original_update is not None and not article.meta.withdrawn:
            # The agency's notice (a correction's note, its signals) is about that version's words, not these.
            yield _UPDATE_FOLLOWS_NOTE.format(language=source_name, version=article.original_update)


def _item_link(article: LocalisedArticle, relation: str, target: OriginalRef, field: str) -> etree._Element:
    """The link to another item (`relation` in syndicate's scheme), the article's `field`: its
    guid and version, and where it is in the feeds."""
    attributes = {
        "rel": f"{_RELATION_ALIAS}:{relation}",
        "residref": _text(f"{field}.guid", target.guid),
        "version": str(_positive(f"{field}.version", target.version)),
        "contenttype": ITEM_CONTENT_TYPE,
    }
    if target.href:
        attributes["href"] = _text(f"{field}.href", target.href)
    # The language and headline of the item are hints, so partners need not fetch it.
    return _NAR.link(
        attributes,
        _NAR.language({"tag": _language(f"{field}.lang", target.lang)}),
        _NAR.headline(
            _language_switch(article, target.lang, f"{field}.lang"),
            _text(f"{field}.headline", target.headline),
        ),
    )


def _published_as_other_version(article: LocalisedArticle) -> bool:
    return article.agency_version is not None and article.agency_version != article.version


def _agency_version_link(article: LocalisedArticle) -> etree._Element:
    """The agency's version of the story an item publishes under another version number, so
    that partners (and syndicate, reading its feed back) can tell which of the agency's it is."""
    return _NAR.link({
        "rel": f"{_RELATION_ALIAS}:{AGENCY_VERSION_RELATION}",
        "residref": _text("guid", article.guid),
        "version": str(_positive("agency_version", article.agency_version or 0)),
        "contenttype": ITEM_CONTENT_TYPE,
    })


def _content_meta(article: LocalisedArticle) -> Iterator[etree._Element]:
    meta = article.meta
    source_language = _source_language(article)
    within = _within_item(article)
    if meta.urgency is not None:
        if not 1 <= meta.urgency <= 9:
            raise ValueError(f"meta.urgency: {meta.urgency} is not between 1 (most urgent) and 9")
        yield _NAR.urgency(str(meta.urgency))
    if meta.content_created is not None:
        yield _NAR.contentCreated(_timestamp("meta.content_created", meta.content_created))
    elif meta.first_created is not None:
        yield _NAR.contentCreated(_timestamp("meta.first_created", meta.first_created))
    else:
        yield _NAR.contentCreated(article.date.isoformat())
    # The agency's own moment in its own item, as it says it (else its version's): never the
    # moment this workspace published it, which the item's versionCreated tells.
    agency_modified = meta.content_modified or meta.version_created
    if article.original is None and agency_modified is not None:
        yield _NAR.contentModified(_timestamp("meta.content_modified", agency_modified))
    else:
        yield _NAR.contentModified(_timestamp("version_created", article.version_created))
    place_language = _language_switch(article, article.dateline_lang or article.lang, "dateline_lang")
    for index, place in enumerate(article.located):
        yield _located(f"located[{index}]", place, place_language, source_language, within)
    in_dateline = {(place.name or "").casefold() for place in article.located}
    for index, place in enumerate(meta.located):
        if (place.name or "").casefold() not in in_dateline:  # the translated dateline may name it too
            yield _located(f"meta.located[{index}]", place, source_language, source_language, within)
    for index, info_source in enumerate(meta.info_sources):
        yield _concept("infoSource", f"meta.info_sources[{index}]", info_source, source_language, within=within)
    # A wire article names its author by a code alone; an agency's item, its creators.
    if meta.creators:
        for index, creator in enumerate(meta.creators):
            yield _concept("creator", f"meta.creators[{index}]", creator, {}, within=within)
    elif article.author:
        name = _text("author_name", article.author_name) if article.author_name else article.author
        # The code is the agency's, written in its language (the initials of its reporter): a
        # translation says so, as of the same creator read from an agency's item (see
        # Subject.name_lang), and a right-to-left one runs the code its own way.
        yield _NAR.creator({"literal": _literal("author", article.author)}, _NAR.name(source_language, name))
    for index, contributor in enumerate(meta.contributors):
        yield _concept("contributor", f"meta.contributors[{index}]", contributor, {}, within=within)
    for index, audience in enumerate(meta.audiences):
        yield _concept("audience", f"meta.audiences[{index}]", audience, source_language, within=within)
    for index, audience in enumerate(meta.excluded_audiences):
        yield _concept("exclAudience", f"meta.excluded_audiences[{index}]", audience, source_language, within=within)
    for index, alt_id in enumerate(meta.alt_ids):
        field = f"meta.alt_ids[{index}]"
        kind = {
            **({"type": _qcode(f"{field}.type", alt_id.type)} if alt_id.type else {}),
            **({"typeuri": _uri(f"{field}.type_uri", alt_id.type_uri)} if alt_id.type_uri else {}),
        }
        yield _NAR.altId(kind, _text(field, alt_id.value))
    yield _NAR.language({"tag": article.lang})
    for index, genre in enumerate(meta.genres):
        yield _concept("genre", f"meta.genres[{index}]", genre, source_language, within=within)
    for index, subject in enumerate(meta.subjects):
        yield _concept("subject", f"meta.subjects[{index}]", subject, source_language, within=within)
    # Keywords and the slugline are never translated: each is in the language the agency wrote
    # it in, which may not be its item's (an English slugline on an Arabic item).
    agency_language = article.original.lang if article.original is not None else article.lang
    keyword_langs, keyword_assignments = dict(meta.keyword_langs), dict(meta.keyword_assignments)
    if article.section:
        yield _NAR.keyword(_language_switch(article, keyword_langs.get(article.section, agency_language), "section"),
                           _assignment("section", keyword_assignments.get(article.section)), _text("section", article.section))
    for index, keyword in enumerate(meta.keywords):
        if keyword != article.section:
            field = f"meta.keywords[{index}]"
            yield _NAR.keyword(_language_switch(article, keyword_langs.get(keyword, agency_language), field),
                               _assignment(field, keyword_assignments.get(keyword)), _text(field, keyword))
    if meta.slugline:
        yield _NAR.slugline(_language_switch(article, meta.slugline_lang or agency_language, "meta.slugline_lang"),
                            _text("meta.slugline", meta.slugline))
    yield _NAR.headline(_language_switch(article, article.headline_lang or article.lang, "headline_lang"), _text("headline", article.headline))
    if article.dateline:
        yield _NAR.dateline(place_language, _text("dateline", article.dateline))
    for index, byline in enumerate(article.bylines):
        field = f"bylines[{index}]"
        yield _NAR.by(_language_switch(article, byline.lang or article.lang, f"{field}.lang"), _text(f"{field}.text", byline.text))
    for index, credit in enumerate(meta.creditlines):
        field = f"meta.creditlines[{index}]"
        yield _NAR.creditline(_language_switch(article, credit.lang or agency_language, f"{field}.lang"), _text(f"{field}.text", credit.text))
    if meta.withdrawn:
        return  # a withdrawal sends partners no text, nor any description of it
    if article.description:
        yield _NAR.description(
            {"role": "drol:summary", **_language_switch(article, article.description_lang or article.lang, "description_lang")},
            # One line, as partners show a summary: the lede's lines (`<br/>`) run on in it.
            _text("description", " ".join(article.description.split("\n"))),
        )
    for index, description in enumerate(article.descriptions):
        field = f"descriptions[{index}]"
        role = {"role": _qcode_list(f"{field}.role", description.role)} if description.role else {}
        yield _NAR.description({**role, **_language_switch(article, description.lang or article.lang, f"{field}.lang")},
                               _text(f"{field}.text", description.text))


def _located(
    field: str, place: Subject, name_language: dict[str, str], source_language: dict[str, str], within: _LanguageSwitch,
) -> etree._Element:
    if not (place.qcode or place.uri or place.literal):
        # A place without the agency's code is known by the name printed, its only name.
        return _NAR.located(
            {"literal": _literal(f"{field}.name", place.name or ""), **_concept_qualifiers(field, place)},
            _NAR.name(_name_language(field, place, name_language, within), _text(f"{field}.name", place.name or "")),
            *_related_concepts(field, place, source_language, within),
        )
    return _concept("located", field, place, name_language, source_language, within=within)


# The attributes (xml:lang, dir) text in a language takes where an element is: (lang, field) → attributes.
_LanguageSwitch = Callable[[str, str], dict[str, str]]


def _within_item(article: LocalisedArticle) -> _LanguageSwitch:
    return functools.partial(_language_switch, article)


def _concept(
    tag: str, field: str, concept: Subject, name_language: dict[str, str], related_language: dict[str, str] | None = None,
    *, within: _LanguageSwitch,
) -> etree._Element:
    """The concept with each code the agency gave it, its type, its names and the same and
    broader concepts it gave, named in `related_language` (the agency's, which the
    concept's own name, printed in a translated dateline, may not be in). A name the agency
    says the language of is in that language, which `within` says where the concept is."""
    code = {
        **({"qcode": _qcode(f"{field}.qcode", concept.qcode)} if concept.qcode else {}),
        **({"uri": _uri(f"{field}.uri", concept.uri)} if concept.uri else {}),
        **({"literal": _literal(f"{field}.literal", concept.literal)} if concept.literal else {}),
        **_concept_qualifiers(field, concept),
    }
    language = _name_language(field, concept, name_language, within)
    name = [_NAR.name(language, _text(f"{field}.name", concept.name))] if concept.name else []
    other_names = _names_in_languages(f"{field}.other_names", concept.other_names, within)
    related = _related_concepts(field, concept, name_language if related_language is None else related_language, within)
    return _NAR(tag, code, *name, *other_names, *related)


def _name_language(field: str, concept: Subject, name_language: dict[str, str], within: _LanguageSwitch) -> dict[str, str]:
    """The attributes of the concept's name: in the language the agency gave it, else `name_language`."""
    return within(concept.name_lang, f"{field}.name_lang") if concept.name_lang else name_language


def _names_in_languages(field: str, names: tuple[tuple[str, str], ...], within: _LanguageSwitch) -> Iterator[etree._Element]:
    """A `<name xml:lang>` for each (BCP 47 tag, name): a concept's names in other languages,
    each running its own way where `within` says the concept runs the other."""
    for index, (lang, text) in enumerate(names):
        name = f"{field}[{index}]"
        # Each says its language, the one it shares with the item too: the names are told apart by it.
        yield _NAR.name({XML_LANG: _language(name, lang), **within(lang, name)}, _text(name, text))


def _concept_qualifiers(field: str, concept: Subject) -> dict[str, str]:
    return {
        **({"type": _qcode(f"{field}.type", concept.type)} if concept.type else {}),
        **({"role": _qcode_list(f"{field}.role", concept.role)} if concept.role else {}),
        **({"jobtitle": _qcode(f"{field}.jobtitle", concept.jobtitle)} if concept.jobtitle else {}),
        **({"significance": _significance(f"{field}.significance", concept.significance)} if concept.significance else {}),
        **_assignment(f"{field}.assignment", concept.assignment),
    }


def _assignment(field: str, assignment: Assignment | None) -> dict[str, str]:
    """The attributes that say how the agency gave the item a subject, genre or keyword."""
    if assignment is None:
        return {}
    return {
        **{name: _qcode(f"{field}.{name}", code) for name, code in (("why", assignment.why), ("creator", assignment.creator)) if code},
        **{
            name: _percent(f"{field}.{name}", value)
            for name, value in (("relevance", assignment.relevance), ("confidence", assignment.confidence)) if value is not None
        },
    }


def _percent(field: str, value: int) -> str:
    if not 0 <= value <= 100:
        raise ValueError(f"{field}: {value!r} is not from 0 to 100")
    return str(value)


def _significance(field: str, significance: int) -> str:
    if not 1 <= significance <= 9:
        raise ValueError(f"{field}: {significance!r} is not a significance from 1 to 9")
    return str(significance)


def _related_concepts(
    field: str, concept: Subject, name_language: dict[str, str], within: _LanguageSwitch,
) -> Iterator[etree._Element]:
    for relation, tag, relatives in (("same_as", "sameAs", concept.same_as), ("broader", "broader", concept.broader)):
        for index, relative in enumerate(relatives):
            yield _concept(tag, f"{field}.{relation}[{index}]", relative, name_language, within=within)


def is_uri(value: str) -> bool:
    """Whether `value` is an absolute URI that the schema takes wherever it asks for one."""
    return bool(_URI.fullmatch(value)) and _schema_takes(_ANY_URI, "uri", value)


# A feed repeats a handful of aliases in every item, read and written: each is checked once.
@functools.lru_cache(maxsize=256)
def is_scheme_alias(value: str) -> bool:
    """Whether `value` can name a scheme in a catalog, and so begin a QCode that resolves."""
    return _schema_takes(_NCNAME, "alias", value)


def _schema_takes(schema: etree.XMLSchema, tag: str, value: str) -> bool:
    """Whether the one-element `schema` takes `value` as the text of its element `tag`."""
    if _NOT_XML_CHAR.search(value):
        return False
    element = etree.Element(tag)
    element.text = value
    return schema.validate(element)


def _uri(field: str, uri: str) -> str:
    if not is_uri(uri):
        raise ValueError(f"{field}: {uri!r} is not a URI")
    return _text(field, uri)


def _alias(alias: str) -> str:
    """A scheme alias: the part of a QCode before its colon (the XSD's NCName)."""
    if not is_scheme_alias(alias):
        raise ValueError(f"meta.schemes: {alias!r} is no scheme alias such as medtop")
    return alias


# The schema's DateOptTimeType: a date, or a date and time, each with an optional zone.
DATE_OPT_TIME = re.compile(r"-?\d{4,}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?")


def _date_opt_time(field: str, value: str) -> str:
    if not DATE_OPT_TIME.fullmatch(value):
        raise ValueError(f"{field}: {value!r} is not a date, or a date and time, such as 2026-11-26 or 2026-11-26T12:00:00Z")
    return value


def _qcode(field: str, qcode: str) -> str:
    if not QCODE.fullmatch(qcode):
        raise ValueError(f"{field}: {qcode!r} is not a QCode such as medtop:11000000")
    return _text(field, qcode)


def _qcode_list(field: str, qcodes: str) -> str:
    """QCodes separated by spaces (a role's), each checked."""
    return " ".join(_qcode(field, qcode) for qcode in qcodes.split(" "))


def _content_set(article: LocalisedArticle) -> etree._Element:
    language = {XML_LANG: article.lang}
    if article.direction == "rtl":
        language["dir"] = "rtl"
    texts = [
        _text(f"body[{index}]", text) for index, block in enumerate(article.body)
        for text in ((cell.text for cell in block.cells) if block.kind == "table" else (block.text,))
    ]
    counts = {
        "wordcount": str(sum(map(spaced_words, texts))),
        "charcount": str(sum(len(text) for text in texts)),
    }
    html = _XHTML.html(
        {"lang": article.lang, **language},
        _XHTML.head(_XHTML.title(_block_language(article, article.headline_lang), _text("headline", article.headline))),
        _XHTML.body(*(element for index, block in enumerate(article.body) for element in _body_block(article, index, block))),
    )
    return _NAR.contentSet(_NAR.inlineXML({"contenttype": _XHTML_CONTENT_TYPE, **language, **counts}, html))


def _body_block(article: LocalisedArticle, index: int, block: BodyBlock) -> list[etree._Element]:
    """A `<p>`, `<h2>` or `<pre>`: its text, each part of it in another language in a `<span>`
    saying so, and the words it links each in an `<a>` to its address (a `<pre>` links none:
    its text is as the source writes it, its lines too). A link across a part's edge is two
    links, one on each side of it, to the same address. Or a `<table>`. A paragraph the agency
    broke into lines (a results list sent with `<br/>`) is a `<p>` for each line: a partner
    that keeps the text of each of the body's elements only (Superdesk) would keep its first."""
    if block.kind == "table":
        return [_table(article, index, block)]
    if block.kind == "pre":
        return [_XHTML.pre(_block_language(article, block.lang), block.text)]
    language = _block_language(article, block.lang)
    return [
        _XHTML(block.kind, language, *_content(article, index, block.text[start:end], _within(block.links, start, end),
                                                _within(block.foreign_parts, start, end)))
        for start, end in _line_spans(block.text)
    ]


def _line_spans(text: str) -> list[tuple[int, int]]:
    """Where each line of `text` that holds anything starts and ends."""
    spans, start = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans or [(0, len(text))]


def _within(spans: Sequence[tuple[int, int, str]], start: int, end: int) -> list[tuple[int, int, str]]:
    """The parts of `spans` (start, end, value) between `start` and `end`, counted from `start`."""
    return [(max(first, start) - start, min(last, end) - start, value) for first, last, value in spans if first < end and last > start]


def _content(
    article: LocalisedArticle, index: int, text: str, links: Sequence[tuple[int, int, str]],
    foreign_parts: Sequence[tuple[int, int, str]] = (),
) -> list[str | etree._Element]:
    """What an element holding `text` holds: the text, a `<br/>` for each of its line breaks (the
    paragraphs of a table's cell), each part of it in
    another language in a `<span>` saying so, and the words it links each in an `<a>` to its address."""
    if not links and not foreign_parts:
        return _lines(text)  # checked with the body's other texts, as they are counted (see _content_set)
    addresses = [(start, end, _uri(f"body[{index}].links", address)) for start, end, address in links]
    edges = sorted({0, len(text), *(edge for start, end, _ in (*addresses, *foreign_parts) for edge in (start, end))})
    # Each element's text and tail are set, even when empty: pretty printing would indent an element holding only elements.
    content: list[str | etree._Element] = [""]
    for language, pieces in itertools.groupby(zip(edges, edges[1:]), key=lambda piece: _covering(foreign_parts, piece[0])):
        inside: list[str | etree._Element] = [""]
        for address, linked in itertools.groupby(pieces, key=lambda piece: _covering(addresses, piece[0])):
            words = "".join(text[start:end] for start, end in linked)
            inside += [_XHTML.a({"href": address}, *_lines(words))] if address else _lines(words)
        content += [_XHTML.span(_part_language(article, index, language), *inside, ""), ""] if language else inside
    return [*content, ""]


def _lines(text: str) -> list[str | etree._Element]:
    """`text` with a `<br/>` for each of its line breaks."""
    lines = text.split("\n")
    return [piece for line in lines[:-1] for piece in (line, _XHTML.br())] + [lines[-1]]


def _covering(spans: Iterable[tuple[int, int, str]], position: int) -> str | None:
    """The value of the span (start, end, value) that `position` is in, if any."""
    return next((value for start, end, value in spans if start <= position < end), None)


def _part_language(article: LocalisedArticle, index: int, lang: str) -> dict[str, str]:
    return {"lang": lang, **_language_switch(article, lang, f"body[{index}].foreign_parts")}


def _table(article: LocalisedArticle, index: int, block: BodyBlock) -> etree._Element:
    """The table as the source lays it out: its caption, its rows in the sections the source
    groups them in, each body apart (rows right in a table with sections in a `<tbody>`), each cell a `<th>`
    or `<td>` with the source's spans and scope, holding its text, its links, and a line break
    between its paragraphs or list items."""
    table = _XHTML.table()
    sectioned = any(cell.place.part in ("thead", "tbody", "tfoot") for cell in block.cells)
    section, section_group = table, ("", 0)
    for (part, group, _), row in itertools.groupby(block.cells, key=lambda cell: (cell.place.part, cell.place.group, cell.place.row)):
        if part == "caption":
            table.extend(
                _XHTML.caption(_block_language(article, cell.lang), *_content(article, index, cell.text, cell.links))
                for cell in row
            )
            continue
        part = part or ("tbody" if sectioned else "")
        if (part, group) != section_group:
            section, section_group = (etree.SubElement(table, f"{{{XHTML_NS}}}{part}") if part else table), (part, group)
        cells = [
            _XHTML(
                "th" if cell.place.header else "td",
                {
                    **({"colspan": str(cell.place.colspan)} if cell.place.colspan != 1 else {}),
                    **({"rowspan": str(cell.place.rowspan)} if cell.place.rowspan != 1 else {}),
                    **({"scope": cell.place.scope} if cell.place.scope else {}),
                    **_block_language(article, cell.lang),
                },
                *_content(article, index, cell.text, cell.links),
            )
            for cell in row
        ]
        section.append(_XHTML.tr(*cells))
    return table


def _block_language(article: LocalisedArticle, lang: str | None) -> dict[str, str]:
    """A block (or the page's title) still in the original's language `lang` says so (and runs
    its way, in a right-to-left item) in attributes: no element of its own wraps its text,
    which some partner CMSes keep alone."""
    if lang is None:
        return {}
    return {"lang": lang, **_language_switch(article, lang, "body.lang")}


# ---- language and direction -------------------------------------------------------------------


def _source_language(article: LocalisedArticle) -> dict[str, str]:
    """Metadata carried over unchanged from the original is in the original's language: say so."""
    if article.original is None:
        return {}
    return _language_switch(article, article.original.lang, "original.lang")


def _language_switch(article: LocalisedArticle, lang: str, field: str) -> dict[str, str]:
    """xml:lang (and dir, when the script runs the other way) for text in `lang` inside the item."""
    return _language_within(article.lang, lang, field, article.direction)


def _language_within(outer: str, lang: str, field: str, outer_direction: Direction | None = None) -> dict[str, str]:
    """xml:lang (and dir) for text in `lang` inside an element that is in `outer` (running
    `outer_direction`, by default its script's)."""
    if lang == outer:
        return {}
    attributes = {XML_LANG: _language(field, lang)}
    direction = _direction(field, lang)
    if direction != (outer_direction or _direction(field, outer)):
        attributes["dir"] = direction
    return attributes


def _direction(field: str, lang: str) -> Direction:
    return text_direction(_locale(field, lang))


def _locale(field: str, lang: str) -> Locale:
    try:
        return parse_locale(lang)
    except ValueError as error:
        raise ValueError(f"{field}: {error}") from None


# ---- checked values ---------------------------------------------------------------------------


def _text(field: str, value: str) -> str:
    """`value` unchanged, or ValueError naming `field` if XML 1.0 cannot carry one of its characters."""
    bad = _NOT_XML_CHAR.search(value)
    if bad:
        raise ValueError(
            f"{field}: character U+{ord(bad.group()):04X} at position {bad.start()} is not allowed in XML"
        )
    return value


def _literal(field: str, value: str) -> str:
    """A `literal` attribute may hold spaces but no other whitespace (the XSD's g2normalizedString)."""
    if NOT_IN_LITERAL.search(value):
        raise ValueError(f"{field}: {value!r} holds a tab or line break")
    return _text(field, value)


def _language(field: str, tag: str) -> str:
    if not _XS_LANGUAGE.fullmatch(tag):
        raise ValueError(f"{field}: {tag!r} is not a BCP 47 language tag such as de or pt-BR")
    return tag


def _positive(field: str, number: int) -> int:
    if number < 1:
        raise ValueError(f"{field}: {number} is not a positive version number")
    return number


def _publisher(article: LocalisedArticle) -> str:
    """The publisher's domain doubles as the host of its own schemes, so it must be a domain."""
    publisher = article.publisher or article.provider
    if not is_domain_name(publisher):
        raise ValueError(f"provider: {publisher!r} is not a domain name such as example.com")
    return publisher


def _timestamp(field: str, moment: dt.datetime) -> str:
    """`2024-05-02T10:00:00Z` or `…+01:00`; a time without a zone would be ambiguous to partners."""
    if moment.utcoffset() is None:
        raise ValueError(f"{field}: {moment.isoformat()} has no time zone")
    text = moment.isoformat(timespec="seconds")
    return text.removesuffix("+00:00") + "Z" if text.endswith("+00:00") else text
