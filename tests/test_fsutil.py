"""Staged writes: renamed into place together, never over a file someone saved meanwhile."""

import pytest

from syndicate.fsutil import StagedWrites


def test_a_file_saved_after_it_was_staged_is_left_as_saved_and_named(tmp_path):
    edited, untouched, new = tmp_path / "a2.po", tmp_path / "a3.po", tmp_path / "a4.po"
    edited.write_text("msgstr \"old\"\n", encoding="utf-8")
    untouched.write_text("msgstr \"old\"\n", encoding="utf-8")
    writes = StagedWrites()
    assert writes.stage(edited, b"msgstr \"merged\"\n") and writes.stage(untouched, b"msgstr \"merged\"\n")
    assert writes.stage(new, b"msgstr \"\"\n")
    edited.write_text("msgstr \"the translator's\"\n", encoding="utf-8")  # saved while the run went on
    assert writes.commit() == [str(edited)]
    assert edited.read_text(encoding="utf-8") == "msgstr \"the translator's\"\n"
    assert untouched.read_text(encoding="utf-8") == new.read_text(encoding="utf-8").replace('""', '"merged"')
    assert sorted(path.name for path in tmp_path.iterdir()) == ["a2.po", "a3.po", "a4.po"]  # no temp file left


def test_a_file_another_run_created_after_staging_is_left_alone(tmp_path):
    target = tmp_path / "names.po"
    writes = StagedWrites()
    assert writes.stage(target, b"ours\n")
    target.write_bytes(b"theirs\n")
    assert writes.commit() == [str(target)] and target.read_bytes() == b"theirs\n"


def test_an_error_writing_a_file_names_the_file_and_one_reading_another_names_that_one(tmp_path):
    """A full disk under a temp file is the target's to report; an item a writer reads for its
    content and cannot (its rights) is that item's."""
    import errno

    from syndicate.fsutil import atomic_write_stream

    def full(handle):
        handle.write(b"x")
        raise OSError(errno.ENOSPC, "No space left on device")

    def unreadable_item(handle):
        raise PermissionError(errno.EACCES, "Permission denied", str(tmp_path / "de/item.xml"))

    for write, named in ((full, tmp_path / "index.xml"), (unreadable_item, tmp_path / "de/item.xml")):
        with pytest.raises(OSError) as raised:
            atomic_write_stream(tmp_path / "index.xml", write)
        assert raised.value.filename == str(named)
    assert not list(tmp_path.glob(".*.tmp")) and not (tmp_path / "index.xml").exists()
