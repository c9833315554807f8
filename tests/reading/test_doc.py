"""Old Word reports (.doc, Word 97–2003): their tables read as a .docx's are.

The fixtures in ``data/`` are Word reports written as hand-made XML and saved in the old format
by LibreOffice (``data/make_doc_fixtures.py``); the expected values are written here by hand."""

from __future__ import annotations

import random
import struct
import time
from pathlib import Path

from thidua_analysis import load_reports
from thidua_analysis.interpret import interpret_file
from thidua_analysis.loading.batch import _read_one
from thidua_analysis.reading.inspect import ole_stream

from .test_word import _values

DATA = Path(__file__).parent / "data"


def test_an_old_word_report_with_merged_headers_a_field_and_a_narrative() -> None:
    """The header merged down and across over two columns of periods, an empty figure, a
    figure that is a field's result (never its code "= 300+120"), a column of notes; the
    sentence's figures are proposed for review, not loaded."""
    reading = interpret_file(DATA / "dong_da_q3_2023.doc", "dong_da_q3_2023.doc")
    assert _values(reading) == {
        ("dong_da", 2023, "Q3", "hoi_nghi_tuyen_truyen", 28.0, "D3", "bảng 1"),
        ("dong_da", 2023, "9M", "hoi_nghi_tuyen_truyen", 70.0, "E3", "bảng 1"),
        ("dong_da", 2023, "Q3", "luot_nguoi_tham_du", 2150.0, "D4", "bảng 1"),
        ("dong_da", 2023, "9M", "luot_nguoi_tham_du", 5000.0, "E4", "bảng 1"),
        ("dong_da", 2023, "9M", "cuoc_giam_sat", 7.0, "E5", "bảng 1"),
        ("dong_da", 2023, "Q3", "suat_qua", 420.0, "D6", "bảng 1"),
        ("dong_da", 2023, "9M", "suat_qua", 1200.0, "E6", "bảng 1"),
    }
    assert not [i for i in reading.issues if i["severity"] != "info"], reading.issues
    assert [(c[6], c[14]) for c in reading.candidates] == [("28 hội nghị", "Q3"), ("2.150 lượt người", "Q3")]


def test_an_old_word_report_typed_in_a_legacy_font_with_two_tables() -> None:
    reading = interpret_file(DATA / "soc_son_6_thang_cuoi_2025.doc", "soc_son_6_thang_cuoi_2025.doc")
    assert _values(reading) == {
        ("xa_soc_son", 2025, "H2", "suat_qua", 930.0, "D2", "bảng 1"),
        ("xa_soc_son", 2025, "H2", "gia_tri_qua", 465_000_000.0, "D3", "bảng 1"),
        ("xa_soc_son", 2025, "H2", "cuoc_giam_sat", 6.0, "D2", "bảng 2"),
    }
    assert [i["code"] for i in reading.issues] == ["text.legacy_encoding"]


def _protected(content: bytes) -> bytes:
    """The document with its "protected by a password" flag set (in the header of its text
    stream, which starts a sector of the file)."""
    data = bytearray(content)
    at = next(a for a in range(512, len(data), 512) if data[a : a + 2] == b"\xec\xa5")
    data[at + 0x0B] |= 0x01
    return bytes(data)


def test_old_word_files_that_cannot_be_read_say_why_and_what_to_do(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "dong_da_q3_2023.doc").write_bytes((DATA / "dong_da_q3_2023.doc").read_bytes())
    (raw / "khoa.doc").write_bytes(_protected((DATA / "dong_da_q3_2023.doc").read_bytes()))
    (raw / "rtf.doc").write_bytes(b"{\\rtf1\\ansi BAO CAO QUY III}")
    (raw / "gia.doc").write_bytes(b"\xd0\xcf\x11\xe0 an old Word file")
    loaded = load_reports(raw, jobs=1)
    assert len(loaded.data) == 7 and set(loaded.data["source_file"]) == {"dong_da_q3_2023.doc"}
    said = {row.source_file: (row.code, row.message) for row in loaded.issues.itertuples() if row.severity == "error"}
    assert said["khoa.doc"][0] == "file.encrypted" and "mật khẩu" in said["khoa.doc"][1]
    assert said["rtf.doc"][0] == "file.not_a_workbook" and "RTF" in said["rtf.doc"][1]
    assert said["gia.doc"][0] == "file.not_a_workbook" and ".docx" in said["gia.doc"][1]
    assert "Excel" not in said["gia.doc"][1]


def test_damaged_old_word_files_each_get_an_answer_quickly(tmp_path: Path) -> None:
    """Bytes changed or cut at random: never an exception, always figures or an issue, each
    file decided in under 2 s."""
    content = (DATA / "dong_da_q3_2023.doc").read_bytes()
    rnd = random.Random(7)
    slow = []
    for n in range(150):
        data = bytearray(content)
        if n % 3 == 0:
            data = data[: rnd.randrange(600, len(data))]
        for _ in range(rnd.choice((1, 8, 64))):
            data[rnd.randrange(len(data))] = rnd.randrange(256)
        path = tmp_path / f"hong_{n}.doc"
        path.write_bytes(bytes(data))
        start = time.perf_counter()
        reading = _read_one(str(path), path.name)
        if time.perf_counter() - start > 2:
            slow.append(n)
        assert reading.data or reading.issues, n
    assert not slow, slow



def _one_byte_a_character(content: bytes) -> bytes:
    """The document with its text stored one byte a character (cp1252), as Word stores text that
    code page holds, the .VnTime font's above all; the piece table and the paragraph runs' ends
    moved with it (offsets from the Word 97 header the fixture has: the pieces' place at 0x1A2,
    the runs' at 0x102). The fixture's streams each lie whole in the file, its text in one piece."""
    data = bytearray(content)
    main_at = next(a for a in range(512, len(data), 512) if data[a : a + 2] == b"\xec\xa5")
    main = ole_stream(bytes(data), ("worddocument",))
    table = ole_stream(bytes(data), ("1table" if main[0x0B] & 0x02 else "0table",))
    table_at = bytes(data).find(table)
    chars = struct.unpack_from("<i", main, 0x4C)[0]
    clx_at, _clx_size = struct.unpack_from("<II", main, 0x1A2)
    assert table[clx_at] == 0x02 and struct.unpack_from("<ii", table, clx_at + 5) == (0, chars)  # one piece
    pcd = table_at + clx_at + 5 + 8
    start = struct.unpack_from("<I", data, pcd + 2)[0]
    text = main[start : start + 2 * chars].decode("utf-16-le")
    data[main_at + start : main_at + start + chars] = text.encode("cp1252")
    struct.pack_into("<I", data, pcd + 2, (2 * start) | 0x40000000)
    plc_at, plc_size = struct.unpack_from("<II", main, 0x102)
    count = (plc_size - 4) // 8
    for k in range(count):
        page = main_at + 512 * (struct.unpack_from("<I", table, plc_at + 4 * (count + 1) + 4 * k)[0] & 0x3FFFFF)
        crun = data[page + 511]
        for i in range(crun + 1):
            fc = struct.unpack_from("<I", data, page + 4 * i)[0]
            if start <= fc <= start + 2 * chars:
                struct.pack_into("<I", data, page + 4 * i, start + (fc - start) // 2)
    return bytes(data)


def test_an_old_word_report_stored_one_byte_a_character(tmp_path: Path) -> None:
    """Text Word keeps one byte a character (cp1252: the .VnTime font's letters) reads the same."""
    path = tmp_path / "soc_son_6_thang_cuoi_2025.doc"
    path.write_bytes(_one_byte_a_character((DATA / path.name).read_bytes()))
    reading = interpret_file(path, path.name)
    assert _values(reading) == {
        ("xa_soc_son", 2025, "H2", "suat_qua", 930.0, "D2", "bảng 1"),
        ("xa_soc_son", 2025, "H2", "gia_tri_qua", 465_000_000.0, "D3", "bảng 1"),
        ("xa_soc_son", 2025, "H2", "cuoc_giam_sat", 6.0, "D2", "bảng 2"),
    }


def test_an_old_word_report_numbered_and_bulleted_by_the_list_button() -> None:
    """The table of the .docx test of the list button, saved in the old format: the STT column's
    "I", "1", "2" and the parts' "-" come from the file's lists (they are no text), so the whole
    loads and its parts are its details (they were three rows of one indicator that disagreed)."""
    reading = interpret_file(DATA / "dong_da_q3_2023_danh_so.doc", "dong_da_q3_2023_danh_so.doc")
    assert _values(reading) == {
        ("dong_da", 2023, "Q3", "cuoc_giam_sat", 8.0, "D3", "bảng 1"),
        ("dong_da", 2023, "Q3", "suat_qua", 500.0, "D7", "bảng 1"),
        ("dong_da", 2023, "Q3", "gia_tri_qua", 250_000_000.0, "D10", "bảng 1"),
    }
    assert not [i for i in reading.issues if i["severity"] != "info"], reading.issues


def test_an_old_word_summary_of_thirty_districts_as_columns() -> None:
    """Rows of 32 cells, whose definitions Word keeps in the data stream (too long for their
    page): each district's figures under its own name."""
    reading = interpret_file(DATA / "thanh_pho_q3_2023.doc", "thanh_pho_q3_2023.doc")
    got = {(v[0], v[5]): v[6] for v in reading.data}
    assert len(got) == 60 and {(v[3], v[4]) for v in reading.data} == {(2023, "Q3")}
    assert got[("ba_dinh", "hoi_nghi_tuyen_truyen")] == 10.0 and got[("ba_dinh", "suat_qua")] == 100.0
    assert got[("ung_hoa", "hoi_nghi_tuyen_truyen")] == 33.0 and got[("soc_son", "suat_qua")] == 129.0
