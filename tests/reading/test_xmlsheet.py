"""Excel 2003 XML spreadsheets under an .xls name (what many programs export): read as a workbook.
Written here by hand."""

from __future__ import annotations

from pathlib import Path

from thidua_analysis.interpret import interpret_file

XML = """<?xml version="1.0" encoding="UTF-8"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:o="urn:schemas-microsoft-com:office:office"
 xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:html="http://www.w3.org/TR/REC-html40">
 <Worksheet ss:Name="Nháp">
  <Table><Row><Cell><Data ss:Type="String">ỦY BAN MTTQ VIỆT NAM QUẬN ĐỐNG ĐA</Data></Cell></Row>
   <Row><Cell><Data ss:Type="String">BÁO CÁO QUÝ II NĂM 2023</Data></Cell></Row>
   <Row><Cell><Data ss:Type="String">STT</Data></Cell><Cell><Data ss:Type="String">Nội dung</Data></Cell>
    <Cell><Data ss:Type="String">ĐVT</Data></Cell><Cell><Data ss:Type="String">Kết quả</Data></Cell></Row>
   <Row><Cell><Data ss:Type="Number">1</Data></Cell><Cell><Data ss:Type="String">Số suất quà</Data></Cell>
    <Cell><Data ss:Type="String">Suất</Data></Cell><Cell><Data ss:Type="Number">999</Data></Cell></Row></Table>
  <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><Visible>SheetHidden</Visible></WorksheetOptions>
 </Worksheet>
 <Worksheet ss:Name="BaoCao">
  <Table>
   <Column ss:Width="30"/><Column ss:Width="200"/><Column ss:Width="60"/><Column ss:Width="60"/>
   <Column ss:Hidden="1" ss:Width="60"/>
   <Row><Cell ss:MergeAcross="5"><Data ss:Type="String">ỦY BAN MTTQ VIỆT NAM QUẬN ĐỐNG ĐA</Data></Cell></Row>
   <Row><Cell ss:MergeAcross="5"><Data ss:Type="String">BÁO CÁO KẾT QUẢ CÔNG TÁC QUÝ III NĂM 2023</Data></Cell></Row>
   <Row ss:Index="4"><Cell ss:MergeDown="1"><Data ss:Type="String">STT</Data></Cell>
    <Cell ss:MergeDown="1"><Data ss:Type="String">Nội dung</Data></Cell>
    <Cell ss:MergeDown="1"><Data ss:Type="String">ĐVT</Data></Cell>
    <Cell ss:MergeAcross="1"><Data ss:Type="String">Kết quả</Data></Cell>
    <Cell ss:Index="6" ss:MergeDown="1"><Data ss:Type="String">Ghi chú</Data></Cell></Row>
   <Row><Cell ss:Index="4"><Data ss:Type="String">Quý III</Data></Cell>
    <Cell><Data ss:Type="String">Quý II</Data></Cell></Row>
   <Row><Cell><Data ss:Type="Number">1</Data></Cell>
    <Cell><Data ss:Type="String"><html:B>Số hội nghị</html:B> tuyên truyền</Data></Cell>
    <Cell><Data ss:Type="String">Hội nghị</Data></Cell><Cell ss:Formula="=12+16"><Data ss:Type="Number">28</Data></Cell>
    <Cell><Data ss:Type="Number">25</Data></Cell></Row>
   <Row><Cell><Data ss:Type="Number">2</Data></Cell><Cell><Data ss:Type="String">Số cuộc giám sát</Data></Cell>
    <Cell><Data ss:Type="String">Cuộc</Data></Cell><Cell><Data ss:Type="Error">#REF!</Data></Cell></Row>
   <Row ss:Hidden="1"><Cell><Data ss:Type="Number">3</Data></Cell><Cell><Data ss:Type="String">Số suất quà</Data></Cell>
    <Cell><Data ss:Type="String">Suất</Data></Cell><Cell><Data ss:Type="Number">400</Data></Cell></Row>
   <Row><Cell><Data ss:Type="Number">4</Data></Cell><Cell><Data ss:Type="String">Trị giá quà</Data></Cell>
    <Cell><Data ss:Type="String">Triệu đồng</Data></Cell><Cell><Data ss:Type="Number">1250.5</Data></Cell></Row>
  </Table>
 </Worksheet>
</Workbook>"""


def test_an_xml_spreadsheet_exported_under_an_xls_name(tmp_path: Path) -> None:
    """Merged headers, a formula's cached value, the column hidden (last quarter's) and a
    hidden row and sheet never loaded but said, an error value said at its cell, formatted
    text joined."""
    path = tmp_path / "dong_da_q3_2023.xls"
    path.write_text(XML, encoding="utf-8")
    reading = interpret_file(path, path.name)
    assert {(v[0], v[3], v[4], v[5], v[6], v[10], v[9]) for v in reading.data} == {
        ("dong_da", 2023, "Q3", "hoi_nghi_tuyen_truyen", 28.0, "D6", "BaoCao"),
        ("dong_da", 2023, "Q3", "gia_tri_qua", 1_250_500_000.0, "D9", "BaoCao"),
    }
    said = {(i["code"], i["source_sheet"], i["source_cell"]) for i in reading.issues if i["severity"] != "info"}
    assert ("sheet.hidden", "Nháp", "") in said
    assert ("sheet.hidden_cells", "BaoCao", "") in said
    assert any(code == "cell.formula_error" and cell == "D7" for code, _sheet, cell in said), said


def test_an_xml_spreadsheet_whose_entities_multiply_is_refused_quickly(tmp_path: Path) -> None:
    """Entities defined ten times over nine levels (a billion "lol"s): the parser's own limit
    refuses the file at once (file.corrupt), nothing expanded."""
    import time

    levels = "".join(f'<!ENTITY lol{i + 1} "' + f"&lol{i if i else ''};" * 10 + '">' for i in range(9))
    text = (f'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">{levels}]>'
            '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet><Table><Row><Cell>'
            "<Data>&lol9;</Data></Cell></Row></Table></Worksheet></Workbook>")  # fmt: skip
    path = tmp_path / "lol.xls"
    path.write_text(text, encoding="utf-8")
    start = time.perf_counter()
    reading = interpret_file(path, path.name)
    assert time.perf_counter() - start < 5
    assert [i["code"] for i in reading.issues] == ["file.corrupt"] and not reading.data
