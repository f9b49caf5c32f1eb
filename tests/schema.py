"""The NewsML-G2 2.35 All-Power schema for tests: compiled once, offline.

The schema lives outside the repo, in `shared/newsml-g2/` beside it (with the `xml.xsd` it imports
by relative path, and IPTC's example files under examples/). Set SYNDICATE_NEWSML_SCHEMA_DIR to use
another copy. Without it, the tests that need it are skipped, saying where it belongs.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

import pytest
from lxml import etree

SCHEMA_DIR_VARIABLE = "SYNDICATE_NEWSML_SCHEMA_DIR"
SCHEMA_FILE = "NewsML-G2_2.35-spec-All-Power.xsd"


def schema_dir() -> Path:
    configured = os.environ.get(SCHEMA_DIR_VARIABLE)
    return Path(configured) if configured else Path(__file__).resolve().parents[2] / "shared/newsml-g2"


@functools.cache
def newsml_schema() -> etree.XMLSchema:
    """Compiling the 330 KB XSD is the slow step, so every test shares one compiled schema."""
    xsd = schema_dir() / SCHEMA_FILE
    if not xsd.is_file():
        _skip_without(xsd)
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    return etree.XMLSchema(etree.parse(str(xsd), parser))


def examples(folder: str = "") -> Path:
    """IPTC's example files beside the schema (`examples/`, or its `local` folder)."""
    path = schema_dir() / "examples" / folder
    if not path.is_dir():
        _skip_without(path)
    return path


def _skip_without(path: Path) -> None:
    pytest.skip(f"{path} not found; set {SCHEMA_DIR_VARIABLE} to the folder holding {SCHEMA_FILE} and its examples/")


def assert_valid(document: bytes | etree._Element) -> None:
    """AssertionError listing the schema's complaints unless `document` is valid NewsML-G2 2.35."""
    if isinstance(document, bytes):
        document = etree.fromstring(document, etree.XMLParser(no_network=True, resolve_entities=False))
    schema = newsml_schema()
    if not schema.validate(document):
        complaints = "\n".join(f"  line {error.line}: {error.message}" for error in schema.error_log)
        raise AssertionError(f"not valid NewsML-G2 2.35:\n{complaints}")
