"""A protected name as the glossary and a translation write it: in full (`Acme Inc.`), in
German in its base form (`Deutsche Bank` for `der Deutschen Bank`) and the forms a German
sentence inflects it to, and a surname's particle in the case where it stands (`von der
Leyen`, `Von der Leyen`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from .ids import primary_language
from .lazy_regex import lazy_compile
from .model import Unit
from .names import in_title_case
from .names_data import HEADINGS, NAME_PARTICLES, PARTICLE_CASE_BY_POSITION
from .names_german import GERMAN_NAME_ADJECTIVE
from .names_tokens import ends_abbreviated, whole_occurrences
from .placeholders import fields_opening_sentences, marked_text


def full_name(name: str) -> str:
    """The name with the period of its abbreviated last word: `Acme Inc`, written so or before
    the period that ends a sentence, is `Acme Inc.`, one name however the text writes it."""
    return name + "." if not name.endswith(".") and ends_abbreviated(name) else name


def glossary_name(name: str, lang: str) -> str:
    """The name as its names.po entry has it: in full (full_name), and in German copy in
    the form an article gives it in the nominative where a sentence inflects it regularly
    (`der Deutschen Bank` → `Deutsche Bank`, `des Deutschen Alpenvereins` → `Deutsche
    Alpenverein`), so that one rendering serves every case."""
    name = full_name(name)
    return _german_base_form(name) if primary_language(lang) == "de" else name


def published_name(name: str, source_lang: str, target_lang: str) -> str:
    """The name as a translation publishes it where the glossary has no rendering of it: a
    German name in the base form its glossary entry has (glossary_name) in another language,
    whose sentences do not inflect it as German does (`Analysts at Deutsche Bank` for
    `Analysten der Deutschen Bank`); as the source writes it in German."""
    if primary_language(source_lang) != "de" or primary_language(target_lang) == "de":
        return name
    return _german_base_form(name)


def particle_names(
    units: Iterable[Unit], source_lang: str, known_inside: Callable[[str], bool] = lambda name: False
) -> dict[str, str]:
    """The surnames with their particle that the article's units protect and whose particle
    takes its case from where the name stands, each → as a sentence writes it inside: `von der
    Leyen` itself, and `Von der Leyen` where it only opens sentences, in a source language that
    writes the particle so, and the article writes it in lower case too (`Ursula von der
    Leyen`, `…, von der Leyen said`) or `known_inside` says another does (the names glossary's
    `de Vries` for `De Vries said`). Not one the source capitalises inside a sentence (Flemish
    `the Van Rompuy government`, Dutch `volgens Van Dijk`), nor one only ever opening a
    sentence and known nowhere else (`Van Morrison said`), whose capital may be its own."""
    units = list(units)
    inside: dict[str, str] = {}
    opening: set[str] = set()
    capitalised_inside: set[str] = set()
    for unit in units:
        with_particles = [
            placeholder for placeholder in unit.placeholders if placeholder.kind == "name" and _opens_with_any_particle(placeholder.text)
        ]
        if not with_particles:
            continue
        opening_fields = fields_opening_sentences(unit.msgid, source_lang)
        # A heading in title case capitalises the particle for its style, as a sentence's start does.
        if unit.kind in HEADINGS and in_title_case(marked_text(unit, lambda placeholder: placeholder.text), source_lang):
            opening_fields = {placeholder.name for placeholder in with_particles}
        for placeholder in with_particles:
            if placeholder.text[0].islower():
                inside[placeholder.text] = placeholder.text
            else:
                (opening if placeholder.name in opening_fields else capitalised_inside).add(placeholder.text)
    capitalised_only_opening = opening - capitalised_inside
    if capitalised_only_opening and primary_language(source_lang) in PARTICLE_CASE_BY_POSITION:
        written = "\n".join(marked_text(unit, lambda placeholder: placeholder.text) for unit in units)
        lowered = {particle_lowered(name): name for name in capitalised_only_opening}
        inside.update(
            (lowered[name], name) for name, found in whole_occurrences(written, lowered).items() if found or known_inside(name)
        )
    return inside


def particle_lowered(name: str) -> str:
    """A surname opening with a capitalised particle as a sentence writes it inside, where its
    language does so: `Von der Leyen` → `von der Leyen`; any other name as it is."""
    return name[0].lower() + name[1:] if name[:1].isupper() and _opens_with_any_particle(name) else name


def _opens_with_any_particle(name: str) -> bool:
    """Whether a name of several words opens with a particle, in either case: `de la Cruz`,
    `Von der Leyen` (and `Van Morrison`, whose first word may be a given name)."""
    first, space, _ = name.partition(" ")
    return bool(space) and first.lower() in NAME_PARTICLES


def german_inflected_forms(name: str) -> list[str]:
    """The forms of a German name in its base form (glossary_name) that a sentence inflects
    regularly: `Deutsche Bank` → `Deutschen Bank`, `Deutsche Alpenverein` →
    `Deutschen Alpenvereins`, `Deutschen Alpenvereines`."""
    *words, last = name.split(" ")
    if not any(GERMAN_NAME_ADJECTIVE.fullmatch(word) for word in words):
        return []
    oblique = [word + "n" if GERMAN_NAME_ADJECTIVE.fullmatch(word) else word for word in words]
    forms = (" ".join([*oblique, noun]) for noun in (last, last + "s", last + "es"))
    return [form for form in forms if _german_base_form(form) == name]


# The genitive ending of a noun: -es after a consonant (`Bundes`, `Kreuzes`), else -s
# (`Instituts`, `Komitees`), but no -s of a stem in -ss (`Kongress`).
_GERMAN_GENITIVE = lazy_compile(r"(?<=[^aeiouäöüy\W])es$|(?<=[^s\W])s$")


def _german_base_form(name: str) -> str:
    """The name with the -en of its adjectives made the -e an article gives them in the
    nominative, and, as that -en shows another case, without the genitive ending of its noun."""
    *words, last = name.split(" ")
    adjectives = [GERMAN_NAME_ADJECTIVE.fullmatch(word) for word in words]
    if not any(adjective and adjective.group("ending") == "en" for adjective in adjectives):
        return name
    base = [word[:-1] if adjective and adjective.group("ending") == "en" else word for word, adjective in zip(words, adjectives)]
    return " ".join([*base, _GERMAN_GENITIVE.sub("", last)])
