"""Plain data types that flow through the pipeline.

source file → :class:`Article` → segmentation → :class:`Unit` → catalog ⇄ PO files;
PO + article structure → :class:`LocalisedArticle` → NewsML-G2 writer → feeds.

Nothing here does I/O; every type is immutable so stages cannot change each other's data.
"""

from __future__ import annotations

import bisect
import datetime as dt
import shlex
from dataclasses import dataclass, field
from typing import Literal

# A preformatted block is text laid out in lines and columns by its spacing (a results table,
# election tallies in an XHTML or NITF `<pre>`): its content is data, names and figures aligned,
# so it is never split into sentences nor offered to translators, and every locale publishes it
# exactly as written, saying it is in the source's language.
#
# A table's cells (and its caption) are blocks of kind "cell", each saying where it stands
# (see `Cell`): each is translated on its own, and every locale publishes the table again.
#
# A description is one of the agency's descriptions of the item other than its summary (the
# lede): a teaser, say. It is translated as the lede is and published apart from the text.
BlockKind = Literal["headline", "lede", "subheading", "paragraph", "preformatted", "byline", "cell", "description"]
PubStatus = Literal["usable", "withheld", "canceled"]
Direction = Literal["ltr", "rtl"]


class InputError(Exception):
    """Bad input: says which file, which line or unit, what is wrong and what to do."""

    def __init__(self, path: str, line: int | None, message: str, hint: str = "") -> None:
        self.path = path
        self.line = line
        self.message = message
        self.hint = hint
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {message}" + (f" ({hint})" if hint else ""))

    def __reduce__(self) -> tuple[type[InputError], tuple[str, int | None, str, str]]:
        # Raised in a worker process, it reaches the command through pickle whole.
        return InputError, (self.path, self.line, self.message, self.hint)


# Where a table's row stands: in its head, body or foot, or right in the table (""); the caption
# is a part of its own.
TablePart = Literal["caption", "thead", "tbody", "tfoot", ""]


@dataclass(frozen=True)
class Cell:
    """Where a block stands in a table of the source: a cell, or the table's caption."""

    table: int  # tells the article's tables apart: the blocks of one table follow each other
    part: TablePart
    row: int  # counted from 0 in the whole table, head and foot too (a caption's is 0)
    column: int  # from 0, as a browser lays the table out: after the cells spanning into the row
    header: bool = False  # a header cell (<th>)
    colspan: int = 1
    rowspan: int = 1
    scope: str | None = None  # what a header cell is the header of: row, col, rowgroup, colgroup
    # Which of the table's row groups the row is in, counted from 0 (its sections, each
    # `<tbody>` one, and each run of rows right in the table): a table may have several bodies.
    group: int = 0


@dataclass(frozen=True)
class Block:
    """One structural block of an article, in source order."""

    kind: BlockKind
    # A line break where the source breaks a line (a `<br/>` in an XHTML paragraph, a table
    # cell's blocks and lines): every locale publishes the line, and no unit runs over it.
    text: str
    line: int  # 1-based line in the source file where the block starts
    # Offsets in `text` where the block's second, third, … source line begins (hard-wrapped
    # copy is joined with spaces), so each unit can point at its own line.
    wraps: tuple[int, ...] = ()
    # Spans (start, end in `text`) of the phrases its source marks as not to be translated (ITS
    # translate="no"): each is kept as written, a placeholder like a name, but never rendered
    # by the names glossary.
    kept: tuple[tuple[int, int], ...] = ()
    # False when the source marks the whole block not to be translated: it has no units, and
    # every locale publishes it as written.
    translatable: bool = True
    # A list item's marker as the source numbers it (`-`, `•`, `1.`, `a)`): no part of `text`
    # nor of any unit, so translators neither copy nor change it; every locale publishes it,
    # and a space, before the item's text (not before a preformatted block's, which is
    # published as written).
    marker: str = ""
    # The words the source links to another page (an XHTML or NITF `<a href>` in a paragraph, a
    # subheading, a list item or a table's cell): (start, end in `text`, the address, http(s) or mailto). Every
    # locale links the words that translate them to the same address.
    links: tuple[tuple[int, int, str], ...] = ()
    # The language the source says the block is in (BCP 47), when it is not the article's (a
    # French quotation in an English item): the block is not translated, and every locale
    # publishes it as written, saying its language where it is not the item's own.
    lang: str | None = None
    # Set on a block of kind "cell": where in its table it stands. An empty cell is a block
    # too, without text, so that every locale lays the table out as the source does.
    cell: Cell | None = None
    # Set on a block of kind "description": the role the agency gives it (`drol:teaser`), as
    # QCodes separated by spaces; None for a description without one.
    role: str | None = None

    def line_at(self, offset: int) -> int:
        return self.line + bisect.bisect_right(self.wraps, offset)


@dataclass(frozen=True)
class Assignment:
    """How the agency says it gave its item a subject, a genre or a keyword: every locale's item
    says it the same."""

    why: str | None = None  # why, as a QCode (why:direct, why:ancestor)
    creator: str | None = None  # who gave it (a person, an organisation, a system), as a QCode
    relevance: int | None = None  # how relevant it is to the content, 0 to 100
    confidence: int | None = None  # how sure whoever gave it is, 0 to 100


@dataclass(frozen=True)
class Subject:
    """A concept as the agency gives it: a subject, a genre, a place, a person or organisation."""

    qcode: str  # "" when only `uri` or `literal` names the concept
    name: str | None = None
    uri: str | None = None
    # The agency's names of the concept in other languages: (BCP 47 tag, name).
    other_names: tuple[tuple[str, str], ...] = ()
    literal: str | None = None  # the agency's own code, free text, for a concept in no scheme
    type: str | None = None  # the kind of concept, as a QCode (cptype:city, cpnat:abstract)
    # The language of `name` (BCP 47) as the agency's item gives it: the one it says (an English
    # creator's name in an Arabic item), else the item's own. Every item the name is published in
    # states it where it is not the item's. None in records written before it was kept, and for
    # a name in the language of the text around it (a place a translated dateline prints).
    name_lang: str | None = None
    role: str | None = None  # what a person or organisation did, as QCodes separated by spaces
    jobtitle: str | None = None  # a creator's or contributor's job at the agency, as a QCode
    significance: int | None = None  # how much the item matters to an audience, 1 (most) to 9
    # The wider concepts the agency names (a city's region and country) and the same concept
    # in other schemes: each with its codes, type and names, none with relations of its own.
    broader: tuple[Subject, ...] = ()
    same_as: tuple[Subject, ...] = ()
    assignment: Assignment | None = None  # a subject's or genre's, where the agency says it


@dataclass(frozen=True)
class Note:
    """Text the agency wrote that every item publishes as written (a note to editors, a credit line)."""

    text: str
    lang: str | None = None  # BCP 47, when the agency says it is in another language than its item


@dataclass(frozen=True)
class Kill:
    """An agency's withdrawal of one of its items: its version, and its notes to editors."""

    version: int
    notes: tuple[Note, ...] = ()


@dataclass(frozen=True)
class RelatedLink:
    """The agency's link from its item to other content (irel:seeAlso a video, a fact box)."""

    rel: str | None = None  # the relation as a QCode (irel:seeAlso) …
    reluri: str | None = None  # … or a URI
    href: str | None = None  # http(s) only
    residref: str | None = None  # the guid of a linked item
    contenttype: str | None = None
    title: str | None = None
    # The language of `title` (BCP 47) as the agency's item gives it, as Subject.name_lang.
    lang: str | None = None
    version: int | None = None  # the version of the linked item (`residref`), as the agency numbers it


@dataclass(frozen=True)
class RightsStatement:
    """A copyright notice or usage terms (an embargo, a region the item may not be used in)."""

    text: str  # empty when the statement is only a link to the terms
    usage_terms: bool  # else a copyright notice
    lang: str | None = None  # BCP 47, when the agency wrote it in another language than its item
    href: str | None = None  # where the agency publishes the statement in full


@dataclass(frozen=True)
class Rights:
    """One of the agency's rightsInfo blocks."""

    holder: str | None = None
    holder_lang: str | None = None  # BCP 47: the language of the holder's name, as Subject.name_lang
    holder_literal: str | None = None  # the holder's code, as the agency gives it (literal, qcode)
    holder_qcode: str | None = None
    holder_uri: str | None = None
    holder_other_names: tuple[tuple[str, str], ...] = ()  # (BCP 47 tag, name): the holder in other languages
    # Notices and usage terms in the agency's order: partners honour every one of them.
    statements: tuple[RightsStatement, ...] = ()
    # The parts (riscope:text) and rights aspects (riaspect:use) the block is limited to, as
    # space-separated QCodes or URIs; none means the whole item and every aspect.
    scope: str | None = None
    scope_uri: str | None = None
    aspect: str | None = None
    aspect_uri: str | None = None
    links: tuple[RelatedLink, ...] = ()  # to the agency's web pages on these rights
    accountable: Subject | None = None  # the person legally accountable for the content
    data_mining: Subject | None = None  # whether text and data mining is allowed (a QCode or URI of dataminingrights)
    # When the rights hold, as the agency writes it (a date, or a date and time).
    valid_from: str | None = None
    valid_to: str | None = None


@dataclass(frozen=True)
class AltId:
    """Another id the agency gives its content (its own story number, a ticker)."""

    value: str
    type: str | None = None  # the kind of id, as a QCode …
    type_uri: str | None = None  # … or a URI


@dataclass(frozen=True)
class ItemMeta:
    """Agency metadata that flows unchanged from the source item to every localised item."""

    guid: str | None = None  # the source item's guid when ingested from NewsML-G2
    version: int = 1
    pub_status: PubStatus = "usable"
    pub_status_stated: bool = False  # whether the source says its status (NewsML-G2 always; a wire file's status line)
    first_created: dt.datetime | None = None
    version_created: dt.datetime | None = None
    content_created: dt.datetime | None = None  # when the content itself was made, if the source says
    content_modified: dt.datetime | None = None  # when the agency last changed the content, if it says
    urgency: int | None = None
    genres: tuple[Subject, ...] = ()  # the agency's genres, in its order (an interview, an analysis)
    subjects: tuple[Subject, ...] = ()
    keywords: tuple[str, ...] = ()
    # (keyword, BCP 47) for each keyword the agency says is in another language than its item.
    keyword_langs: tuple[tuple[str, str], ...] = ()
    keyword_assignments: tuple[tuple[str, Assignment], ...] = ()  # (keyword, how the agency gave it), where it says
    rights: tuple[Rights, ...] = ()
    # Who made the content and who added to it, each with the code the agency gave (a literal
    # such as "mk", a URI, a QCode) and its role.
    creators: tuple[Subject, ...] = ()
    contributors: tuple[Subject, ...] = ()
    info_sources: tuple[Subject, ...] = ()  # the parties the agency credits as its sources, with their roles
    # Who the agency meant the content for, and who may not use it.
    audiences: tuple[Subject, ...] = ()
    excluded_audiences: tuple[Subject, ...] = ()
    alt_ids: tuple[AltId, ...] = ()
    slugline: str | None = None
    slugline_lang: str | None = None  # BCP 47, when the agency says it is in another language than its item
    # Whom the agency credits for the content ("Wire Example/AFP"), as written: never translated.
    # The first of its credit lines; the others follow it in `more_creditlines`.
    creditline: str | None = None
    creditline_lang: str | None = None  # BCP 47, when the agency says it is in another language than its item
    more_creditlines: tuple[Note, ...] = ()  # NewsML-G2 allows several, each its own credit
    provider: str | None = None
    embargoed: dt.datetime | None = None  # partners may not publish before this moment
    signals: tuple[str, ...] = ()  # the agency's IPTC signals, e.g. "sig:correction"
    editor_notes: tuple[Note, ...] = ()  # the agency's notes to editors
    # Places the agency locates the item in: the name in the source language, with its QCode
    # or URI (a geonames id) when it gives one.
    located: tuple[Subject, ...] = ()
    translation_of: str | None = None  # the guid of the original, for an item that says it is a translation
    # The guid of an agency's translation of this item that a run before it extracted as a
    # story of its own: this item took its place, and the items partners have of it go on.
    continues: str | None = None
    # The agency's kill of that translation, sent once this item had taken its place: what
    # partners still have of the translation's text is withdrawn.
    continues_killed: Kill | None = None
    # The provider's own catalogs (by reference) and schemes (alias, URI), which its QCodes
    # (geo:345678) are resolved by: beside IPTC's, every localised item declares them too.
    catalogs: tuple[str, ...] = ()
    schemes: tuple[tuple[str, str], ...] = ()
    services: tuple[Subject, ...] = ()  # the agency's services the item is sent on (svc:uknews)
    links: tuple[RelatedLink, ...] = ()

    @property
    def withdrawn(self) -> bool:
        """A withdrawn (killed) story: partners take it down."""
        return self.pub_status == "canceled"

    @property
    def creditlines(self) -> tuple[Note, ...]:
        """Every credit line of the agency, in its order."""
        return ((Note(self.creditline, self.creditline_lang),) if self.creditline else ()) + self.more_creditlines


@dataclass(frozen=True)
class Article:
    """A source article as ingested, before segmentation."""

    id: str
    # BCP 47; "" for an agency's kill notice that says no language, which withdraws the story
    # its guid names in the story's language.
    source_lang: str
    date: dt.date
    section: str
    # Headline first, then lede, then body blocks; the bylines and then the other descriptions,
    # when there are any, last: they are translated like the rest and published apart from the text.
    blocks: tuple[Block, ...]
    source_path: str  # for `#:` references: relative to the workspace when inside it, else absolute
    author: str | None = None  # trailing author code such as "mk"
    author_name: str | None = None  # the author's name, when the source gives it beside the code
    dateline: tuple[str, ...] = ()  # places of the dateline, e.g. ("Rotterdam", "Brussels")
    # The dateline as the agency's metadata prints it, date and credit included
    # ("ROTTERDAM, May 2 (Agency) -"); None for wire text, whose dateline opens the body.
    printed_dateline: str | None = None
    meta: ItemMeta = field(default_factory=ItemMeta)
    # The lede is also the body's first paragraph (an agency item's summary repeats it, or it
    # has none): published in both places, translated once.
    lede_in_body: bool = False
    # The desk withdrew the story (`syndicate withdraw`, or its kill notice of an agency's
    # story): every locale publishes it withdrawn, whatever version its source sends next,
    # until `syndicate republish`. `meta` stays the source's, for partners to get back then.
    withdrawn_by_desk: bool = False

    @property
    def bylines(self) -> tuple[str, ...]:
        return tuple(block.text for block in self.blocks if block.kind == "byline")

    @property
    def withdrawn(self) -> bool:
        """Withdrawn by its source (a kill) or by the desk: partners take it down."""
        return self.meta.withdrawn or self.withdrawn_by_desk

    def extract_command(self, locale: str) -> str:
        """The command, run in the workspace, that writes the article's translation file for `locale`."""
        return f"syndicate extract {shlex.quote(self.source_path)} -l {locale}"


PlaceholderKind = Literal["name", "url", "email", "literal"]


@dataclass(frozen=True)
class Placeholder:
    """A protected span, written `{name}` in the msgid and put back at build."""

    name: str  # a valid Python identifier
    text: str  # the source text it stands for
    kind: PlaceholderKind = "name"


@dataclass(frozen=True)
class Unit:
    """One translatable unit (a sentence, or a whole headline or subheading)."""

    msgid: str  # python-brace-format: placeholders as {name}, literal braces doubled
    kind: BlockKind
    block: int  # index into Article.blocks
    line: int  # 1-based source line of the unit
    placeholders: tuple[Placeholder, ...] = ()
    quotations: tuple[str, ...] = ()  # the direct quotations the unit holds, source text
    speakers: tuple[str, ...] = ()  # who is quoted, when the attribution is in the unit
    msgctxt: str | None = None
    separator: str = ""  # source whitespace between this unit and the next in its block
    # The address of each link in the unit: the msgid marks the words of the first `<a1>…</a1>`,
    # of the second `<a2>…</a2>`; the translation moves the markers, never the addresses.
    links: tuple[str, ...] = ()

    @property
    def key(self) -> tuple[str | None, str]:
        return (self.msgctxt, self.msgid)


@dataclass(frozen=True)
class BodyCell:
    """A table's cell (or caption) as published: its text, where it stands in the table."""

    text: str
    place: Cell
    lang: str | None = None  # set when the cell is still in the original's language, as BodyBlock.lang
    links: tuple[tuple[int, int, str], ...] = ()  # the words of `text` linked to another page, as BodyBlock.links


@dataclass(frozen=True)
class BodyBlock:
    kind: Literal["p", "h2", "pre", "table"]
    # A "pre" block's holds its line breaks and spaces as the source lays them out; a "p" or
    # "h2" block's its source's lines (see Block.text) and none a translator adds; a table's
    # is its text read row by row, a row's cells set apart by " | " (its cells are in `cells`).
    text: str
    # Set when the whole block is still in the original's language (published below
    # --threshold 100): the item says so on the block, with no element around its text.
    lang: str | None = None
    # The words of `text` linked to another page: (start, end, address), as Block.links.
    links: tuple[tuple[int, int, str], ...] = ()
    # The parts of `text` in another language than the item's: (start, end, BCP 47). In a
    # block partly translated (published below --threshold 100), its sentences still in the
    # original's language.
    foreign_parts: tuple[tuple[int, int, str], ...] = ()
    cells: tuple[BodyCell, ...] = ()  # a table's, in the source's order: the caption first, row by row


@dataclass(frozen=True)
class Byline:
    text: str
    lang: str | None = None  # set when the byline is the original's, not in the item's language


@dataclass(frozen=True)
class Description:
    """One of the item's descriptions other than its summary (a teaser), as published."""

    text: str
    role: str | None = None  # as the source gives it (see Block.role)
    lang: str | None = None  # set when the description is still the original's, not in the item's language


@dataclass(frozen=True)
class OriginalRef:
    """A link to another item: from a translation back to its original, or from a withdrawn
    item to the one that takes its place."""

    guid: str
    version: int
    lang: str
    headline: str
    href: str


@dataclass(frozen=True)
class LocalisedArticle:
    """Everything the NewsML-G2 writer needs for one item in one language."""

    article_id: str
    guid: str
    version: int
    lang: str  # BCP 47
    direction: Direction
    headline: str
    description: str | None
    body: tuple[BodyBlock, ...]
    section: str
    date: dt.date
    version_created: dt.datetime
    first_created: dt.datetime
    provider: str
    # The workspace publishing the item, whose own schemes (a relation of syndicate's) it
    # declares: set where the item is another's, an agency's item in its own language.
    publisher: str | None = None
    # The agency's version of the story, in the agency's item in its own language: a `version`
    # of another number (partners' versions only go up, the agency's may not) links it.
    agency_version: int | None = None
    # The desk withdrew the story (its source may have too): a withdrawal says so, which is how
    # the feed keeps the desk's decision should the article record be lost.
    withdrawn_by_desk: bool = False
    headline_lang: str | None = None  # set when the headline is still the original's, not in `lang`
    description_lang: str | None = None  # likewise for the description
    dateline: str | None = None  # the dateline text as printed, e.g. "Rotterdam/Brussels"
    located: tuple[Subject, ...] = ()  # the dateline's places, by name, with the agency's code for each it coded
    dateline_lang: str | None = None  # set when the dateline is the original's, not in `lang`
    author: str | None = None
    author_name: str | None = None
    bylines: tuple[Byline, ...] = ()
    descriptions: tuple[Description, ...] = ()  # beside the summary (`description`), in the source's order
    original: OriginalRef | None = None
    # The item that takes the place of this one, withdrawn: the story's own, from its original
    # come after the agency's translation of it was published as a story of its own.
    replaced_by: OriginalRef | None = None
    meta: ItemMeta = field(default_factory=ItemMeta)
    untranslated_units: int = 0  # published in the source language (only below --threshold 100)
    # The original's later version whose translation is still to come, when the item tells
    # partners the agency's notice ahead of it with the words they have.
    original_update: int | None = None
