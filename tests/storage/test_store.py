import os

from typer.testing import CliRunner

from thidua_analysis import load_processed, query
from thidua_analysis.cli import app
from thidua_analysis.sample import generate_sample
from thidua_analysis.storage import ingest
from thidua_analysis.storage.store import current_generation


def test_ingest_reuses_unchanged_files_and_rereads_changed(tmp_path):
    sample = generate_sample(
        tmp_path / "raw", years=[2021], units=["dong_da", "ba_dinh"], bad_files=False
    )
    first = ingest(sample.out, out=tmp_path / "store", jobs=1)
    assert first.read == first.files > 0 and first.reused == 0
    second = ingest(sample.out, out=tmp_path / "store", jobs=1)
    assert second.read == 0 and second.reused == first.files and second.values == first.values
    changed = next(sample.out.rglob("*.xlsx"))
    changed.write_bytes(changed.read_bytes())  # same bytes, new mtime: hash says unchanged
    os.utime(changed, (1, 1))
    third = ingest(sample.out, out=tmp_path / "store", jobs=1)
    assert third.read == 0
    back = load_processed(tmp_path / "store")
    assert len(back.data) == first.values
    sql = query(
        "select count(*) as n from data join registry using (unit_id, year)",
        path=tmp_path / "store",
    )
    assert int(sql["n"].iloc[0]) == first.values
    # the quality checks ran on the combined data: Cụm 1's other units are missing
    missing = back.issues[back.issues["code"] == "report.missing"]
    assert missing["message"].str.contains("Hoàn Kiếm").any()
    unchecked = ingest(sample.out, out=tmp_path / "store2", jobs=1, check=False)
    assert "report.missing" not in set(unchecked.issues["code"])


def test_cli_ingest_summary_and_strict(tmp_path):
    runner = CliRunner()
    raw = tmp_path / "raw"
    generate_sample(raw, years=[2019], units=["ba_dinh"])
    ok = runner.invoke(app, ["ingest", str(raw), "--out", str(tmp_path / "store")])
    assert ok.exit_code == 0, ok.output
    assert "Giá trị" in ok.output and (tmp_path / "store" / "van_de_theo_tep.xlsx").exists()
    strict = runner.invoke(app, ["ingest", str(raw), "--out", str(tmp_path / "store"), "--strict"])
    assert strict.exit_code == 1  # the sample's bad files are errors
    wrong = runner.invoke(app, ["ingest", str(tmp_path / "khong_co"), "--out", str(tmp_path / "s")])
    assert wrong.exit_code == 2 and "Không tìm thấy" in wrong.output
    assert not (tmp_path / "s").exists()  # nothing written for a mistyped folder


def test_the_issues_workbook_is_written_again_only_when_its_issues_change(tmp_path):
    import openpyxl

    from thidua_analysis.quality.feedback import issues_digest, workbook_digest

    runner = CliRunner()
    raw, store = tmp_path / "raw", tmp_path / "store"
    generate_sample(raw, years=[2019], units=["ba_dinh", "dong_da"], bad_files=False, scoring=False)
    workbook = store / "van_de_theo_tep.xlsx"

    def run() -> int:
        result = runner.invoke(app, ["ingest", str(raw), "--out", str(store)])
        assert result.exit_code == 0, result.output
        return workbook.stat().st_mtime_ns

    first = run()
    issues = load_processed(store).issues
    assert workbook_digest(workbook) == issues_digest(issues)
    reread = sorted(raw.rglob("ba_dinh*.xlsx"))[0]
    openpyxl.load_workbook(reread).save(reread)  # read again, the same figures: the same issues
    assert run() == first
    broken = sorted(raw.rglob("dong_da*.xlsx"))[0]
    book = openpyxl.load_workbook(broken)
    cell = next(c for row in book.active.iter_rows() for c in row
                if isinstance(c.value, int | float) and not isinstance(c.value, bool) and c.value > 10)  # fmt: skip
    cell.value = "mười"  # a figure in words: a new issue
    book.save(broken)
    assert run() != first
    assert workbook_digest(workbook) == issues_digest(load_processed(store).issues) != issues_digest(issues)
    workbook.unlink()  # gone, with the store unchanged: written again
    run()
    assert workbook_digest(workbook) == issues_digest(load_processed(store).issues)


def test_cli_check_counts_writes_the_list_and_feedback_and_is_strict(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    raw = tmp_path / "raw"
    generate_sample(raw, years=[2022], units=["hoang_mai", "dong_da"], bad_files=False)
    assert runner.invoke(app, ["ingest", str(raw), "--out", "store"]).exit_code == 0
    result = runner.invoke(app, ["check", "--store", "store", "--phan-hoi", "phan_hoi"])
    assert result.exit_code == 0, result.output
    assert "value.implausible_ratio" in result.output and "report.missing" in result.output
    issues = load_processed(tmp_path / "store").issues
    counts = issues["severity"].value_counts()
    assert (f"{counts.get('error', 0)} lỗi, {counts.get('warning', 0)} cảnh báo, {counts.get('info', 0)} ghi chú"
            in " ".join(result.output.split()))  # notes apart from warnings  # fmt: skip
    assert (tmp_path / "reports" / "kiem_tra" / "van_de_kiem_tra.xlsx").exists()
    assert (tmp_path / "phan_hoi" / "hoang_mai" / "hoang_mai_2022_9M_phan_hoi.xlsx").exists()
    strict = runner.invoke(app, ["check", "--store", "store", "--strict"])
    assert strict.exit_code == 1  # the planted 9M mistakes are errors
    nothing = runner.invoke(app, ["check", "--store", "khong_co"])
    assert nothing.exit_code == 2 and "thidua ingest" in nothing.output


def test_changed_file_is_reread_and_the_store_equals_a_cold_one(tmp_path):
    import hashlib
    import json

    import openpyxl
    import pandas as pd

    sample = generate_sample(
        tmp_path / "raw", years=[2021], units=["dong_da", "ba_dinh"], bad_files=False
    )
    (sample.out / "hong.xlsx").write_bytes(b"PK\x03\x04 not really a zip")
    ingest(sample.out, out=tmp_path / "store", jobs=2)
    manifest = json.loads((current_generation(tmp_path / "store") / "manifest.json").read_text("utf-8"))
    for rel, entry in manifest["files"].items():  # hashed by the worker that read the file
        assert entry["sha256"] == hashlib.sha256((sample.out / rel).read_bytes()).hexdigest()
        stat = (sample.out / rel).stat()
        assert (entry["size"], entry["mtime_ns"]) == (stat.st_size, stat.st_mtime_ns)

    changed = sorted(sample.out.rglob("dong_da*.xlsx"))[-1]
    book = openpyxl.load_workbook(changed)
    sheet = book.active
    cell = next(c for row in sheet.iter_rows() for c in row if isinstance(c.value, int | float)
                and c.value > 10)  # fmt: skip
    cell.value = cell.value + 1
    book.save(changed)
    again = ingest(sample.out, out=tmp_path / "store", jobs=2)
    assert again.read == 1 and again.reused == again.files - 1
    ingest(sample.out, out=tmp_path / "cold", jobs=2)
    for name in ("data", "all_issues", "dropped", "issues"):
        warm_frame = pd.read_parquet(current_generation(tmp_path / "store") / f"{name}.parquet")
        cold_frame = pd.read_parquet(current_generation(tmp_path / "cold") / f"{name}.parquet")
        pd.testing.assert_frame_equal(warm_frame, cold_frame, check_dtype=False)
    data = load_processed(tmp_path / "store").data
    rel = changed.relative_to(sample.out).as_posix()
    hit = data[(data["source_file"] == rel) & (data["source_cell"] == cell.coordinate)]
    assert hit["value"].tolist() == [float(cell.value)]


def test_checks_of_a_few_changed_files_equal_a_cold_runs(tmp_path, monkeypatch):
    """The quality checks are run again only on what the changed files can alter; the issues
    are exactly a cold run's: an outlier made (against the unit's years and its cluster's
    peers), a report removed (a unit goes missing), a cumulative figure broken."""
    import sys

    import openpyxl
    import pandas as pd

    from thidua_analysis.quality import CHECKS

    units = ["ba_dinh", "dong_da", "hai_ba_trung", "hoan_kiem", "hoang_mai", "long_bien", "gia_lam", "dong_anh"]
    sample = generate_sample(tmp_path / "raw", years=range(2019, 2024), seed=3, units=units, bad_files=False,
                             scoring=False)  # fmt: skip
    store = tmp_path / "store"
    ingest(sample.out, out=store, jobs=2)
    files = {f.stem: f for f in sample.out.rglob("*.xls*")}

    def bump(path, factor):
        book = openpyxl.load_workbook(path)
        for sheet in book.worksheets:
            for row in sheet.iter_rows():
                for c in row:
                    if isinstance(c.value, int | float) and not isinstance(c.value, bool) and c.value > 20:
                        c.value = c.value * factor
        book.save(path)

    bump(files["long_bien_2021_H1"], 40)  # outliers: against Long Biên's years, and its peers
    bump(files["dong_da_2022_9M"], 0.1)  # 9 months below 6
    files["ba_dinh_2023_Q1"].unlink()  # Ba Đình's first quarter missing
    checked = sys.modules["thidua_analysis.quality.validate"]
    sizes = []
    whole = checked.validate
    monkeypatch.setattr(checked, "validate", lambda data, **kw: sizes.append(len(data)) or whole(data, **kw))
    again = ingest(sample.out, out=store, jobs=2)
    assert again.read == 2 and again.reused > 80
    assert len(sizes) == 1 and sizes[0] < 0.8 * again.values  # noqa: PD011
    ingest(sample.out, out=tmp_path / "cold", jobs=2)
    warm = pd.read_parquet(current_generation(store) / "all_issues.parquet")
    cold = pd.read_parquet(current_generation(tmp_path / "cold") / "all_issues.parquet")
    pd.testing.assert_frame_equal(warm, cold, check_dtype=False)
    checks = cold[cold["code"].isin(CHECKS)]
    assert {"value.outlier_history", "value.outlier_peers", "report.missing", "value.cumulative_decrease"} <= set(
        checks["code"])  # fmt: skip
    assert checks["unit_id"].isin(["long_bien"]).any() and checks["unit_id"].isin(["ba_dinh"]).any()


def test_a_corrected_figure_is_checked_again_with_its_unit_and_peers_alone(tmp_path, monkeypatch):
    """One figure corrected: the checks run again on its unit and on its peers for that
    indicator and period, not on everything the file holds; a file saved again unchanged and a
    clash that turns the other way (the newest file wins) give a cold run's issues too."""
    import shutil
    import sys

    import openpyxl
    import pandas as pd

    units = ["ba_dinh", "dong_da", "hai_ba_trung", "hoan_kiem", "hoang_mai", "long_bien", "gia_lam", "dong_anh"]
    sample = generate_sample(tmp_path / "raw", years=range(2019, 2024), seed=5, units=units, bad_files=False,
                             scoring=False)  # fmt: skip
    files = {f.stem: f for f in sample.out.rglob("*.xlsx")}
    twin = files["dong_da_2022_H1"].with_name("dong_da_2022_H1_ban_sua.xlsx")  # a second copy, one figure apart
    shutil.copy(files["dong_da_2022_H1"], twin)
    book = openpyxl.load_workbook(twin)
    cell = next(c for row in book.active.iter_rows() for c in row
                if isinstance(c.value, int | float) and not isinstance(c.value, bool) and c.value > 20)  # fmt: skip
    cell.value += 3
    book.save(twin)
    os.utime(twin, (1_000_000_000, 1_000_000_000))  # older: the first copy wins the clash
    store = tmp_path / "store"
    ingest(sample.out, out=store, jobs=1)
    checked = sys.modules["thidua_analysis.quality.validate"]
    sizes = []
    whole = checked.validate
    monkeypatch.setattr(checked, "validate", lambda data, **kw: sizes.append(len(data)) or whole(data, **kw))

    def same_as_cold(name: str) -> None:
        shutil.rmtree(tmp_path / "cold", ignore_errors=True)
        ingest(sample.out, out=tmp_path / "cold", jobs=1)
        warm = pd.read_parquet(current_generation(store) / "all_issues.parquet")
        cold = pd.read_parquet(current_generation(tmp_path / "cold") / "all_issues.parquet")
        pd.testing.assert_frame_equal(warm, cold, check_dtype=False, obj=name)

    book = openpyxl.load_workbook(files["long_bien_2021_9M"])  # one figure corrected
    cell = next(c for row in book.active.iter_rows() for c in row
                if isinstance(c.value, int | float) and not isinstance(c.value, bool) and c.value > 20)  # fmt: skip
    cell.value += 1
    book.save(files["long_bien_2021_9M"])
    again = ingest(sample.out, out=store, jobs=1)
    assert again.read == 1
    long_bien = int((load_processed(store).data["unit_id"] == "long_bien").sum())
    assert len(sizes) == 1 and long_bien <= sizes[0] < long_bien + 0.2 * again.values  # noqa: PD011
    sizes.clear()
    same_as_cold("one figure corrected")

    openpyxl.load_workbook(files["hoan_kiem_2020_Q1"]).save(files["hoan_kiem_2020_Q1"])  # saved again as it was
    again = ingest(sample.out, out=store, jobs=1)
    assert again.read == 1 and sizes == []  # no figure changed: the checks' issues stand
    same_as_cold("saved again unchanged")

    book = openpyxl.load_workbook(twin)  # the second copy corrected again: now the newer, it wins
    cell = next(c for row in book.active.iter_rows() for c in reversed(row)
                if isinstance(c.value, int | float) and not isinstance(c.value, bool) and c.value > 20)  # fmt: skip
    cell.value += 1
    book.save(twin)
    before = load_processed(store).data
    again = ingest(sample.out, out=store, jobs=1)
    after = load_processed(store).data
    assert again.read == 1 and len(sizes) == 1
    assert set(after["source_file"]) - set(before["source_file"]) == {twin.relative_to(sample.out).as_posix()}
    same_as_cold("a clash turned")


def test_a_checked_run_after_an_unchecked_one_checks_everything(tmp_path):
    import pandas as pd

    sample = generate_sample(tmp_path / "raw", years=[2021], units=["dong_da", "ba_dinh", "gia_lam", "dong_anh"],
                             bad_files=False, scoring=False)  # fmt: skip
    ingest(sample.out, out=tmp_path / "store", jobs=1, check=False)
    sorted(sample.out.rglob("ba_dinh*.xlsx"))[0].unlink()  # Cụm 1 changes, Cụm 3 does not
    ingest(sample.out, out=tmp_path / "store", jobs=1)  # the previous run kept no checks to stand
    ingest(sample.out, out=tmp_path / "cold", jobs=1)
    warm = pd.read_parquet(current_generation(tmp_path / "store") / "all_issues.parquet")
    cold = pd.read_parquet(current_generation(tmp_path / "cold") / "all_issues.parquet")
    missing = cold[cold["code"] == "report.missing"]
    assert missing["message"].str.contains("Cụm thi đua số 3").any()  # the unchanged cluster's checks
    pd.testing.assert_frame_equal(warm, cold, check_dtype=False)


def _report(path, value):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["ỦY BAN MTTQ VIỆT NAM QUẬN ĐỐNG ĐA"], ["BÁO CÁO KẾT QUẢ CÔNG TÁC QUÝ I NĂM 2021"],
                ["STT", "Nội dung", "ĐVT", "Kết quả"], [1, "Số hội nghị tuyên truyền", "Hội nghị", value]):  # fmt: skip
        sheet.append(row)
    book.save(path)


def test_a_report_saved_again_unchanged_is_the_newer_of_two_that_clash(tmp_path):
    """The same bytes with a later time: the clash is decided again, as a cold ingest would."""
    raw = tmp_path / "raw"
    raw.mkdir()
    _report(raw / "dong_da_q1_2021.xlsx", 10)
    _report(raw / "dong_da_q1_2021_bo_sung.xlsx", 12)
    os.utime(raw / "dong_da_q1_2021.xlsx", (1_000, 1_000))
    os.utime(raw / "dong_da_q1_2021_bo_sung.xlsx", (2_000, 2_000))
    ingest(raw, out=tmp_path / "store", jobs=1)
    assert load_processed(tmp_path / "store").data["value"].tolist() == [12.0]
    os.utime(raw / "dong_da_q1_2021.xlsx", (3_000, 3_000))  # saved again as it was, now the newer
    again = ingest(raw, out=tmp_path / "store", jobs=1)
    assert again.read == 0 and again.changed
    assert load_processed(tmp_path / "store").data["value"].tolist() == [10.0]
    ingest(raw, out=tmp_path / "cold", jobs=1)
    assert load_processed(tmp_path / "cold").data["value"].tolist() == [10.0]
