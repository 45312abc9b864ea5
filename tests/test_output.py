"""Writing the site: all or nothing, never outside the output folder, never over a stranger."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.write.staging import MARKER, OutputError, write_site


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_writes_exactly_the_files_given(tmp_path: Path) -> None:
    out = tmp_path / "site"
    write_site({"index.html": b"<p>hi</p>", "briefs/a/index.html": b"a"}, out)
    # the marker: the build's id (none here), then what is at the top of the site
    assert tree(out) == {MARKER: b"\nbriefs\nindex.html\n", "index.html": b"<p>hi</p>",
                         "briefs/a/index.html": b"a"}
    write_site({"index.html": b"new"}, out)
    assert tree(out) == {MARKER: b"\nindex.html\n", "index.html": b"new"}  # stale pages gone
    # no staging left behind; the retired site is kept as the next build's back buffer
    assert sorted(p.name for p in tmp_path.iterdir()) == [".site.prev", "site"]


class Boom(bytes):
    """Bytes that fail when written, as a full disk would."""


def test_a_failure_midway_leaves_the_previous_site_whole(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "site"
    write_site({"index.html": b"old", "briefs/a/index.html": b"a"}, out)
    before = tree(out)
    real_write = Path.write_bytes
    written: list[str] = []

    def failing_write(self: Path, data: bytes) -> int:
        if len(written) == 2:
            raise OSError(28, "No space left on device")
        written.append(self.name)
        return real_write(self, data)

    monkeypatch.setattr(Path, "write_bytes", failing_write)
    with pytest.raises(OSError):
        write_site({f"page{i}.html": b"x" for i in range(5)}, out)
    monkeypatch.undo()
    assert tree(out) == before
    assert [p.name for p in tmp_path.iterdir()] == ["site"]


def test_refuses_to_replace_a_folder_it_did_not_write(tmp_path: Path) -> None:
    precious = tmp_path / "notes"
    precious.mkdir()
    (precious / "thesis.txt").write_text("years of work")
    with pytest.raises(OutputError, match="did not write"):
        write_site({"index.html": b"x"}, precious)
    assert (precious / "thesis.txt").read_text() == "years of work"


def test_an_empty_folder_is_fine(tmp_path: Path) -> None:
    (tmp_path / "site").mkdir()
    write_site({"index.html": b"x"}, tmp_path / "site")
    assert (tmp_path / "site" / "index.html").read_bytes() == b"x"


@pytest.mark.parametrize("name", ["../escape.html", "/etc/evil", "a/../../b"])
def test_never_writes_outside_the_site(tmp_path: Path, name: str) -> None:
    with pytest.raises(OutputError, match="outside the site"):
        write_site({name: b"x"}, tmp_path / "site")
    assert not (tmp_path / "escape.html").exists()
    assert not (tmp_path / "site").exists()
