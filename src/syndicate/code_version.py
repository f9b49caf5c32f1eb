"""What worked out a result kept in .syndicate/: the release and the code it runs.

The review's rules, segmentation and item writing change between commits of one release (a
development install, a fix applied in place); a record one build of the code made must not be
taken as another's. The digest of the package's own files tells them apart, read once a run.
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

from . import __version__

_PACKAGE = Path(__file__).parent


@functools.cache
def code_version(package: Path = _PACKAGE) -> str:
    """The release and a digest of the package's modules, its subpackages' too (`0.2.0+1a2b3c4d5e6f`)."""
    digest = hashlib.sha256()
    for module in sorted(package.rglob("*.py")):
        digest.update(module.relative_to(package).as_posix().encode() + b"\0" + module.read_bytes() + b"\0")
    return f"{__version__}+{digest.hexdigest()[:12]}"
