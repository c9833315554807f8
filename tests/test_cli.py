from typer.testing import CliRunner

from thidua_analysis.cli import app

runner = CliRunner()


def test_help_is_vietnamese_and_english():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    assert "báo cáo" in result.output and "reports" in result.output


def test_registry_command_lists_expected_units(monkeypatch):
    from thidua_analysis import cli

    monkeypatch.setattr(cli.console, "_width", 200)  # a wide terminal, however the tests are run
    result = runner.invoke(app, ["registry", "--year", "2021", "--cluster", "ha_noi_cum_3"])
    assert result.exit_code == 0, result.output
    # names, not ids, in Vietnamese alphabetical order (Đ after D, before G)
    assert "Đông Anh, Gia Lâm, Mê Linh, Sóc Sơn, Thanh Trì" in result.output


def test_registry_command_unknown_cluster_exits_2():
    result = runner.invoke(app, ["registry", "--year", "2021", "--cluster", "khong_co"])
    assert result.exit_code == 2


def test_template_command_writes_a_cluster_and_refuses_a_bad_period(tmp_path):
    result = runner.invoke(app, ["template", "--cluster", "ha_noi_cum_3", "--period", "2021-FY",
                                 "--out", str(tmp_path)])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert len(list((tmp_path / "ha_noi_cum_3").glob("*_2021_FY.xlsx"))) == 5
    bad = runner.invoke(app, ["template", "--unit", "dong_da", "--period", "2021-S1"])
    assert bad.exit_code == 2
    assert "2022-H1" in bad.output and "Traceback" not in bad.output
    both = runner.invoke(app, ["template", "--period", "2021-FY"])
    assert both.exit_code == 2


def test_registry_and_template_for_the_new_units(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from thidua_analysis import cli
    from thidua_analysis.cli import app

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(cli.console, "_width", 200)
    runner = CliRunner()
    listed = runner.invoke(app, ["registry", "--year", "2026", "--cluster", "ha_noi_kv_quan_ba_dinh"])
    assert listed.exit_code == 0, listed.output
    assert "Ba Đình" in listed.output and "Ngọc Hà" in listed.output
    made = runner.invoke(app, ["template", "--unit", "xa_soc_son", "--period", "2025-H2"])
    assert made.exit_code == 0, made.output
    import openpyxl

    from thidua_analysis import load_reports

    [path] = (tmp_path / "reports" / "mau_bao_cao").glob("xa_soc_son_2025_H2.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book.active
    row = next(r for r in range(1, 40) if sheet.cell(r, 2).value == "Số hội nghị tuyên truyền, phổ biến")
    sheet.cell(row, 4).value = 12
    book.save(path)
    loaded = load_reports(path, jobs=1)  # the filled form reads back as the right unit and period
    assert list(zip(loaded.data["unit_id"], loaded.data["period"], loaded.data["value"], strict=True)) == [
        ("xa_soc_son", "H2", 12.0)]
    assert not loaded.issues["code"].str.startswith(("unit.", "period.")).any()


def test_codes_prints_the_catalogue() -> None:
    from thidua_analysis.issue_codes import markdown_table

    result = CliRunner().invoke(app, ["codes", "--markdown"])
    assert result.exit_code == 0 and result.output.strip() == markdown_table()
    table = CliRunner().invoke(app, ["codes"])
    assert table.exit_code == 0 and "file.not_read" in table.output


def test_query_reads_like_a_table_and_says_what_is_wrong(tmp_path, monkeypatch):
    import pandas as pd

    from thidua_analysis.errors import ArgumentError
    from thidua_analysis.storage import query

    from .interpret.corpus import CASES
    from .interpret.test_corpus import write_case

    raw = tmp_path / "raw"
    raw.mkdir()
    for case in CASES[:5]:
        write_case(case, raw)
    store = tmp_path / "store"
    assert runner.invoke(app, ["ingest", str(raw), "--out", str(store)]).exit_code == 0
    bad = runner.invoke(app, ["query", "selec 1", "--store", str(store)])
    assert bad.exit_code == 2 and "SQL" in bad.output and "Traceback" not in bad.output
    try:
        query("selec 1", path=store)
    except ValueError as exc:  # one error contract: a ValueError of the package's hierarchy
        assert isinstance(exc, ArgumentError)
    empty = runner.invoke(app, ["query", "select * from data where 1 = 0", "--store", str(store)])
    assert empty.exit_code == 0 and "Không có dòng nào" in empty.output
    out = tmp_path / "ket_qua.xlsx"
    sql = "select unit_id, sum(value) as tong from data group by all order by tong desc"
    saved = runner.invoke(app, ["query", sql, "--store", str(store), "--out", str(out)])
    assert saved.exit_code == 0, saved.output
    frame = pd.read_excel(out, engine="calamine")
    assert list(frame.columns) == ["unit_id", "tong"] and len(frame) >= 3
    big = frame["tong"].max()
    assert f"{int(big):,}".replace(",", ".") in saved.output  # 1.750.000.000, never 1750000000.0


def test_an_unforeseen_failure_is_one_line_not_a_traceback(monkeypatch):
    from thidua_analysis import cli

    def broken(*_args, **_kwargs):
        raise ZeroDivisionError("a rule nobody wrote")

    monkeypatch.setattr(cli, "load_catalog", broken)
    result = runner.invoke(app, ["catalog"])
    assert result.exit_code == 2
    assert "Lỗi không mong đợi" in result.output and "THIDUA_DEBUG" in result.output
    assert "Traceback" not in result.output


def test_an_error_message_with_brackets_is_printed_whole(monkeypatch):
    from thidua_analysis import cli
    from thidua_analysis.errors import UsageError

    def refuses(*_args, **_kwargs):
        raise UsageError("hãy cài 'pip install \"thidua_analysis[sample]\"' rồi chạy lại.")

    monkeypatch.setattr(cli, "load_catalog", refuses)
    result = runner.invoke(app, ["catalog"])
    assert result.exit_code == 2 and "thidua_analysis[sample]" in result.output
