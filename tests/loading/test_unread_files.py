"""Files in the reports folder that are not workbooks are named, never dropped silently."""

from __future__ import annotations

from pathlib import Path

from thidua_analysis import load_reports
from thidua_analysis.storage import ingest

from ..interpret.corpus import CASES
from ..interpret.test_corpus import write_case


def _folder(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    (raw / "cum_1").mkdir(parents=True)
    write_case(CASES[0], raw / "cum_1")
    (raw / "cum_1" / "bao_cao_quy_3.zip").write_bytes(b"PK\x05\x06" + bytes(18))
    (raw / "scan.pdf").write_bytes(b"%PDF-1.4")
    (raw / "Thumbs.db").write_bytes(b"\0")  # the system's own, not a person's
    (raw / "cum_1" / "~$bao_cao.xlsx").write_bytes(b"lock")  # Excel's lock file
    return raw


def test_an_archive_and_a_pdf_are_named(tmp_path: Path) -> None:
    loaded = load_reports(_folder(tmp_path), jobs=1)
    named = loaded.issues[loaded.issues["code"] == "file.not_read"]
    assert sorted(named["source_file"]) == ["cum_1/bao_cao_quy_3.zip", "scan.pdf"]
    assert set(named["severity"]) == {"warning"}
    archive = named[named["source_file"].str.endswith(".zip")]["message"].iloc[0]
    assert "giải nén" in archive  # what to do
    assert len(loaded.data) == len(CASES[0].expected)


def test_the_store_notices_a_file_that_is_not_read(tmp_path: Path) -> None:
    raw = _folder(tmp_path)
    first = ingest(raw, out=tmp_path / "store", jobs=1, check=False)
    again = ingest(raw, out=tmp_path / "store", jobs=1, check=False)
    assert not again.changed and again.warnings == first.warnings
    (raw / "so_lieu.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    third = ingest(raw, out=tmp_path / "store", jobs=1, check=False)
    assert third.changed and third.warnings == first.warnings + 1
