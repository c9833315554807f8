"""File inspection before any reader touches the cells, for each container kind."""

import time
import zipfile
from pathlib import Path

import pytest

from thidua_analysis.reading.inspect import inspect_file
from thidua_analysis.reading.workbook import read_workbook
from thidua_analysis.sample.sheets import Sheet, write_workbook


def _ods(path, table_xml):
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr(
            "content.xml",
            '<office:document-content xmlns:office="o" xmlns:table="t" xmlns:text="x">'
            "<office:body><office:spreadsheet>"
            f'<table:table table:name="Báo cáo">{table_xml}</table:table>'
            "</office:spreadsheet></office:body></office:document-content>",
        )
    return path


def test_ods_written_by_the_sample_reads_back_with_merges(tmp_path):
    sheet = Sheet("Báo cáo")
    sheet.merge(0, 0, 0, 3, "BÁO CÁO 6 THÁNG")
    sheet.put(2, 1, "Số cuộc hội nghị")
    sheet.put(2, 3, 1124)
    sheet.formulas[(3, 3)] = ("D3*2", 2248.0)
    sheet.formulas[(4, 3)] = ("D3*3", None)
    path = tmp_path / "bao_cao.ods"
    write_workbook(path, [sheet], engine="ods")
    seen = inspect_file(path)
    assert seen.kind == "ods" and seen.problem is None
    assert seen.formula_gaps == {"Báo cáo": ["D5"]}
    [read] = read_workbook(path, merges=seen.merges)
    assert read.name == "Báo cáo"
    cells = {
        (read.top + r, read.left + c): v
        for r, row in enumerate(read.rows)
        for c, v in enumerate(row)
    }
    assert cells[(0, 0)] == "BÁO CÁO 6 THÁNG"
    assert cells[(2, 3)] == 1124
    assert cells[(3, 3)] == 2248
    assert (0, 0, 0, 3) in read.merges


def test_ods_empty_repeats_are_harmless_but_a_repeated_value_is_refused(tmp_path):
    calm = _ods(
        tmp_path / "calm.ods",
        '<table:table-row><table:table-cell office:value-type="float" office:value="5"/>'
        '<table:table-cell table:number-columns-repeated="16383"/></table:table-row>'
        '<table:table-row table:number-rows-repeated="1048575">'
        '<table:table-cell table:number-columns-repeated="16384"/></table:table-row>',
    )
    assert inspect_file(calm).problem is None
    bomb = _ods(
        tmp_path / "bomb.ods",
        '<table:table-row table:number-rows-repeated="1048576">'
        '<table:table-cell table:number-columns-repeated="16384" '
        'office:value-type="float" office:value="1"/></table:table-row>',
    )
    problem = inspect_file(bomb).problem
    assert problem is not None and problem.code == "file.too_many_cells"
    assert problem.sheet == "Báo cáo"


def _corner_sheet(cell_ref: str) -> str:
    return (
        '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row>'
        f'<row r="2"><c r="{cell_ref}"><v>2</v></c></row></sheetData></worksheet>'
    )


def _workbook(path, sheet_xml, *, compression=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w", compression) as z:
        z.writestr("xl/workbook.xml", '<workbook><sheets><sheet name="Báo &amp; cáo" '
                   'sheetId="1" r:id="rId1"/></sheets></workbook>')  # fmt: skip
        z.writestr(
            "xl/_rels/workbook.xml.rels",
            '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/styles" Target="styles.xml"/></Relationships>',
        )
        z.writestr("xl/worksheets/sheet1.xml", sheet_xml)
    return path


def test_far_corner_found_however_the_archive_stores_the_sheet(tmp_path):
    for n, compression in enumerate((zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2)):
        far = _workbook(tmp_path / f"far{n}.xlsx", _corner_sheet("XFD1048576"),
                        compression=compression)  # fmt: skip
        problem = inspect_file(far).problem
        assert problem is not None and problem.code == "file.too_many_cells"
        assert problem.sheet == "Báo & cáo"  # the name comes from workbook.xml
        near = _workbook(tmp_path / f"near{n}.xlsx", _corner_sheet("D20"), compression=compression)
        assert inspect_file(near).problem is None


def test_the_quick_look_stops_at_column_zz_and_row_999(tmp_path):
    """References within ZZ999 are taken as small without reading them all; one beyond either
    bound is read in full, so that a far corner built of two near-looking cells is still seen."""
    near = _corner_sheet("ZZ999")
    assert inspect_file(_workbook(tmp_path / "zz999.xlsx", near)).problem is None
    wide_and_tall = (  # 1 500 000 rows under column B, and column ZZ: 1 053 000 000 cells
        '<worksheet><sheetData><row r="1"><c r="ZZ1"><v>1</v></c></row>'
        '<row r="1500000"><c r="B1500000"><v>2</v></c></row></sheetData></worksheet>'
    )
    problem = inspect_file(_workbook(tmp_path / "tall.xlsx", wide_and_tall)).problem
    assert problem is not None and problem.code == "file.too_many_cells"
    row_only = near.replace('<row r="2">', '<row r="2000000">')  # a far row with a near cell
    problem = inspect_file(_workbook(tmp_path / "row.xlsx", row_only)).problem
    assert problem is not None and problem.code == "file.too_many_cells"
    spans_first = near.replace('<row r="2">', '<row spans="1:2" r="3000000">')  # the reference not first
    problem = inspect_file(_workbook(tmp_path / "spans.xlsx", spans_first)).problem
    assert problem is not None and problem.code == "file.too_many_cells"


def test_a_cell_written_with_its_reference_last_is_still_seen(tmp_path):
    sheet = _corner_sheet("A1").replace('<c r="A1">', '<c t="n" r="XFD1048576">', 1)
    problem = inspect_file(_workbook(tmp_path / "late.xlsx", sheet)).problem
    assert problem is not None and problem.code == "file.too_many_cells"


def test_a_truncated_archive_is_corrupt(tmp_path):
    path = _workbook(tmp_path / "whole.xlsx", _corner_sheet("B2"))
    assert inspect_file(path).problem is None
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    assert inspect_file(truncated).problem.code == "file.corrupt"


def _with_header_bits(path, *, flag: int = 0, method: int | None = None):
    """Rewrite every local and central header of the zip at ``path``: set ``flag`` bits, and
    replace the compression method when ``method`` is given."""
    data = bytearray(path.read_bytes())
    for signature, flag_at, method_at in ((b"PK\x03\x04", 6, 8), (b"PK\x01\x02", 8, 10)):
        start = 0
        while (at := data.find(signature, start)) >= 0:
            data[at + flag_at] |= flag
            if method is not None:
                data[at + method_at : at + method_at + 2] = method.to_bytes(2, "little")
            start = at + 4
    path.write_bytes(bytes(data))
    return path


def test_zip_encryption_and_unknown_compression_are_issues_not_crashes(tmp_path):
    locked = _with_header_bits(_workbook(tmp_path / "locked.xlsx", _corner_sheet("B2")), flag=1)
    assert inspect_file(locked).problem.code == "file.encrypted"
    odd = _with_header_bits(_workbook(tmp_path / "odd.xlsx", _corner_sheet("B2")), method=9)
    assert inspect_file(odd).problem.code == "file.corrupt"  # deflate64: not readable here


def test_an_encrypted_ods_says_it_is_protected(tmp_path):
    """LibreOffice's password: content.xml is ciphertext and the manifest says how it was made."""
    path = tmp_path / "bao_cao.ods"
    manifest = (b'<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                b'opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml" '
                b'manifest:media-type="text/xml"><manifest:encryption-data manifest:checksum-type="SHA1/1K" '
                b'manifest:checksum="x"/></manifest:file-entry></manifest:manifest>')  # fmt: skip
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", bytes(range(256)) * 8)
        z.writestr("META-INF/manifest.xml", manifest)
    assert inspect_file(path).problem.code == "file.encrypted"


def test_a_protected_xls_is_named_protected_from_the_readers_words(tmp_path, monkeypatch):
    from thidua_analysis.interpret import interpret_file, workbook

    class CalamineError(Exception):
        pass

    def protected(*_args, **_kwargs):
        raise CalamineError("Xls error: Workbook is password protected")

    path = tmp_path / "bao_cao.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1024)
    monkeypatch.setattr(workbook, "read_workbook", protected)
    reading = interpret_file(path, path.name)
    assert [i["code"] for i in reading.issues] == ["file.encrypted"]


def test_a_far_corner_is_seen_with_a_prefix_in_utf16_or_under_another_name(tmp_path):
    prefixed = ('<x:worksheet xmlns:x="s"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row>'
                '<x:row r="2"><x:c r="XFD1048576"><x:v>2</x:v></x:c></x:row></x:sheetData></x:worksheet>')
    assert inspect_file(_workbook(tmp_path / "x.xlsx", prefixed)).problem.code == "file.too_many_cells"
    far = _corner_sheet("XFD1048576")
    utf16 = _rewritten(_workbook(tmp_path / "tmp.xlsx", far), tmp_path / "u.xlsx",
                       lambda name, data: (name, far.encode("utf-16")))  # with its byte-order mark
    assert inspect_file(utf16).problem.code == "file.too_many_cells"
    renamed = _rewritten(_workbook(tmp_path / "tmp2.xlsx", far), tmp_path / "r.xlsx",
                         lambda name, data: ("XL\\Worksheets\\Sheet1.xml", data))
    assert inspect_file(renamed).problem.code == "file.too_many_cells"


def _rewritten(source, target, change):
    """A copy of the workbook ``source`` whose sheet member is ``change(name, data)``."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w") as z:
        for info in src.infolist():
            name, data = info.filename, src.read(info.filename)
            if name.endswith("sheet1.xml"):
                name, data = change(name, data)
            z.writestr(name, data)
    return target


def test_no_pattern_scans_ahead_for_every_tag(tmp_path):
    """Tags with no end, formulas with no cell: each a few hundred kB, each decided in well under
    a second (a pattern that scanned to the end per tag took minutes)."""
    import time

    crafted = {
        "open_cells": "<worksheet><sheetData><f>1</f>" + '<c r="A1" ' * 40_000 + "</sheetData></worksheet>",
        "bare_cells": "<worksheet><sheetData><f>1</f>" + "<c>" * 60_000 + "</sheetData></worksheet>",
        "open_rows": "<worksheet><sheetData>" + "<row " * 60_000 + "</sheetData></worksheet>",
        "prefixed": "<worksheet><sheetData><x:f>1</x:f>" + "<x:c " * 40_000 + "</sheetData></worksheet>",
        "error_cells": "<worksheet><sheetData>" + '<c t="e" ' * 40_000 + "</sheetData></worksheet>",
    }  # fmt: skip
    for name, xml in crafted.items():
        path = _workbook(tmp_path / f"{name}.xlsx", xml)
        started = time.perf_counter()
        inspect_file(path)
        # (well under a second alone; up to 1.2 s under a loaded machine with two test workers: the
        # bound is there to catch a scan per tag, which takes minutes)
        assert time.perf_counter() - started < 3.0, name


def test_formula_gaps_found_in_one_pass(tmp_path):
    sheet = ('<worksheet><sheetData><row r="1"><c r="A1"><f>B1+1</f><v>3</v></c><c r="B1"><f>C1</f></c>'
             '<c r="C1"><v>2</v></c><x:c r="D1"><x:f>A1</x:f><x:v></x:v></x:c></row></sheetData></worksheet>')
    assert inspect_file(_workbook(tmp_path / "f.xlsx", sheet)).formula_gaps == {"Báo & cáo": ["B1", "D1"]}


def test_cells_holding_a_formulas_error_are_found(tmp_path):
    """The reader gives "#REF!" or "#DIV/0!" as an empty cell: the inspection names them."""
    sheet = ('<worksheet><sheetData><row r="1"><c r="A1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="B1"><v>2</v></c>'
             '<x:c t="e" r="C1"><x:v>#REF!</x:v></x:c><c r="D1" t="s"><v>0</v></c></row></sheetData></worksheet>')
    errors = inspect_file(_workbook(tmp_path / "e.xlsx", sheet)).cell_errors
    assert errors == {"Báo & cáo": {"A1": "#DIV/0!", "C1": "#REF!"}}


def test_cells_holding_an_error_in_an_ods_are_found(tmp_path):
    ods = _ods(
        tmp_path / "errors.ods",
        '<table:table-row><table:table-cell office:value-type="float" office:value="1"/>'
        '<table:table-cell table:formula="of:=1/0" office:value-type="string" office:string-value="" '
        'calcext:value-type="error"><text:p>#DIV/0!</text:p></table:table-cell></table:table-row>',
    )
    assert inspect_file(ods).cell_errors == {"Báo cáo": {"B1": "#DIV/0!"}}


def test_cells_holding_an_error_in_an_xls_are_found(tmp_path):
    xlwt = pytest.importorskip("xlwt")  # the sample's writer of .xls (the dev extra)
    book = xlwt.Workbook()
    sheet = book.add_sheet("Báo cáo")
    sheet.write(0, 0, 1)
    sheet.row(4).set_cell_error(3, "#REF!")
    sheet.row(5).set_cell_error(1, "#DIV/0!")
    book.save(str(tmp_path / "errors.xls"))
    assert inspect_file(tmp_path / "errors.xls").cell_errors == {"Báo cáo": {"D5": "#REF!", "B6": "#DIV/0!"}}


def _decided_at_once(path):
    """The file's problem, found in under a second."""
    import time

    started = time.perf_counter()
    problem = inspect_file(path).problem
    assert time.perf_counter() - started < 1.0
    return problem


def test_an_ods_tag_with_no_end_is_decided_at_once(tmp_path):
    path = _ods(tmp_path / "open.ods", '<table:table-row>' + '<table:table-cell office:value-type="float" ' * 30_000)
    assert _decided_at_once(path).code == "file.corrupt"


def test_a_sheet_of_tags_never_closed_is_refused_at_once(tmp_path):
    path = _workbook(tmp_path / "open.xlsx", "<worksheet><sheetData>" + "<c t=\"n\" " * 200_000)
    assert _decided_at_once(path).code == "file.too_many_cells"


REAL = Path(__file__).resolve().parents[1] / "data" / "realdata" / "calamine"


def test_an_xls_with_a_far_corner_is_refused_before_it_is_read(tmp_path):
    xlwt = pytest.importorskip("xlwt")  # the sample's writer of .xls (the dev extra)
    for name, (row, col) in (("far.xls", (65535, 255)), ("near.xls", (40, 8))):
        book = xlwt.Workbook()
        sheet = book.add_sheet("Báo cáo")
        sheet.write(0, 0, "Nội dung")
        sheet.write(row, col, 1.0)
        book.save(str(tmp_path / name))
    problem = inspect_file(tmp_path / "far.xls").problem
    assert problem is not None and problem.code == "file.too_many_cells"
    assert "16,777,216" in problem.message  # 65 536 rows × 256 columns, what the reader would allocate
    assert inspect_file(tmp_path / "near.xls").problem is None


@pytest.mark.parametrize(
    ("name", "cells"),
    # small workbook streams live in the compound file's mini stream, larger ones in its sectors;
    # the extents are those the reader itself finds (height × width of the largest sheet)
    [("date.xls", 6), ("formula-date-format.xls", 2), ("merged_range.xls", 32), ("sst_continue.xls", 136)],
)
def test_the_extent_of_an_xls_is_read_from_its_records(name, cells):
    from thidua_analysis.reading.inspect import _biff_extent, ole_stream

    stream = ole_stream((REAL / name).read_bytes(), ("workbook", "book"))
    assert stream is not None and _biff_extent(stream) == (False, cells)


def test_a_protected_xls_is_said_to_be_protected():
    problem = inspect_file(REAL / "issue_385.xls").problem
    assert problem is not None and problem.code == "file.encrypted"


def test_a_compound_file_whose_chains_loop_is_left_to_the_reader(tmp_path):
    from thidua_analysis.reading.inspect import ole_stream

    data = bytearray((REAL / "date.xls").read_bytes())
    fat_sector = int.from_bytes(data[76:80], "little")
    size = 1 << int.from_bytes(data[30:32], "little")
    start = 512 + fat_sector * size
    data[start : start + size] = (0).to_bytes(4, "little") * (size // 4)  # every sector points at sector 0
    began = time.perf_counter()
    found = ole_stream(bytes(data), ("workbook", "book"))
    assert time.perf_counter() - began < 1.0  # the loop ends (each chain is bounded by the sectors)
    assert found is None or len(found) <= len(data)


def test_hidden_rows_and_columns_are_found_however_written(tmp_path):
    sheet = (
        '<worksheet><cols><col min="2" max="3" width="9" hidden="1"/><col min="5" max="5"/></cols>'
        '<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="4" spans="1:3" hidden="true">'
        '<c r="A4"><v>2</v></c></row><row r="5"><c r="A5"><v>3</v></c></row></sheetData></worksheet>'
    )
    found = inspect_file(_workbook(tmp_path / "hidden.xlsx", sheet))
    assert found.problem is None
    assert found.hidden == {"Báo & cáo": (frozenset({3}), frozenset({1, 2}))}
    prefixed = sheet.replace("<col ", "<x:col ").replace("<row ", "<x:row ").replace("</row>", "</x:row>")
    assert inspect_file(_workbook(tmp_path / "prefixed.xlsx", prefixed)).hidden == found.hidden
    plain = sheet.replace(' hidden="1"', "").replace(' hidden="true"', "")
    assert inspect_file(_workbook(tmp_path / "plain.xlsx", plain)).hidden == {}
    every = sheet.replace('min="2" max="3"', 'min="1" max="16384"')  # a crafted span: bounded
    assert len(inspect_file(_workbook(tmp_path / "every.xlsx", every)).hidden["Báo & cáo"][1]) == 1001


def test_hidden_rows_and_columns_of_ods_and_xls(tmp_path):
    ods = _ods(
        tmp_path / "hidden.ods",
        '<table:table-column table:number-columns-repeated="2"/>'
        '<table:table-column table:visibility="collapse"/><table:table-column/>'
        '<table:table-row><table:table-cell office:value-type="float" office:value="1"/></table:table-row>'
        '<table:table-row table:number-rows-repeated="2" table:visibility="collapse">'
        '<table:table-cell office:value-type="float" office:value="2"/></table:table-row>',
    )
    assert inspect_file(ods).hidden == {"Báo cáo": (frozenset({1, 2}), frozenset({2}))}
    xlwt = pytest.importorskip("xlwt")  # the sample's writer of .xls (the dev extra)
    book = xlwt.Workbook()
    sheet = book.add_sheet("Báo cáo")
    for r in range(4):
        for c in range(4):
            sheet.write(r, c, r * 10 + c)
    sheet.row(2).hidden = True
    sheet.col(1).hidden = True
    book.save(str(tmp_path / "hidden.xls"))
    assert inspect_file(tmp_path / "hidden.xls").hidden == {"Báo cáo": (frozenset({2}), frozenset({1}))}
