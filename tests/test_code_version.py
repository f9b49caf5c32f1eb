"""The code version that results kept in .syndicate/ are recorded under."""

import shutil
from pathlib import Path

import syndicate
from syndicate import __version__
from syndicate.code_version import code_version


def test_the_code_version_is_the_release_and_changes_with_any_module_of_the_package(tmp_path):
    package = tmp_path / "syndicate"
    shutil.copytree(Path(syndicate.__file__).parent, package, ignore=shutil.ignore_patterns("__pycache__"))
    before = code_version(package)
    assert before.startswith(f"{__version__}+") and before == code_version(Path(syndicate.__file__).parent)
    # a module of a subpackage too: the figures' readers are a package of their own
    numbers = package / "figures" / "numbers.py"
    numbers.write_text(numbers.read_text(encoding="utf-8") + "\n# a rule changed\n", encoding="utf-8")
    code_version.cache_clear()
    after = code_version(package)
    assert after.startswith(f"{__version__}+") and after != before
