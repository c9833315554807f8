"""The loader recovers exactly the sample's ground truth, with the cell of every value."""

from pathlib import Path

import pandas as pd
import pytest

from thidua_analysis import load_reports
from thidua_analysis.loading.pool import start_method
from thidua_analysis.sample import generate_sample

KEY = ["source_file", "source_sheet", "source_cell", "unit_id", "year", "period", "indicator"]


@pytest.fixture(scope="module")
def sample(sample_2018_2022):
    return sample_2018_2022


def test_values_match_truth_exactly(sample):
    summary, loaded = sample
    truth = pd.read_csv(summary.truth_dir / "values.csv")
    truth = truth[truth["final"]]
    merged = truth.merge(
        loaded.data, on=KEY, how="outer", suffixes=("_truth", "_loaded"), indicator=True
    )
    assert (merged["_merge"] == "both").all(), merged[merged["_merge"] != "both"].head()
    assert (merged["value_truth"] == merged["value_loaded"]).all()
    # every container the sample writes is among the files that had to match
    suffixes = set(truth["source_file"].str.rsplit(".", n=1).str[-1])
    assert {"xlsx", "xls", "ods", "docx"} <= suffixes


def test_expected_issues_are_raised_and_no_unexpected_errors(sample):
    summary, loaded = sample
    expected = pd.read_csv(summary.truth_dir / "issues.csv").fillna("")
    found = loaded.issues
    for row in expected.itertuples(index=False):
        hits = found[(found["source_file"] == row.source_file) & (found["code"] == row.code)]
        assert len(hits), f"missing {row.code} for {row.source_file}"
        if row.source_cell:
            assert row.source_cell in set(hits["source_cell"])
    expected_errors = set(
        zip(
            expected.loc[expected.severity == "error", "source_file"],
            expected.loc[expected.severity == "error", "code"],
            strict=True,
        )
    )
    found_errors = set(
        zip(
            found.loc[found.severity == "error", "source_file"],
            found.loc[found.severity == "error", "code"],
            strict=True,
        )
    )
    assert found_errors == expected_errors


def test_seed_totals_come_back(sample):
    _, loaded = sample
    d = loaded.data
    q1 = d[(d.cluster_id == "ha_noi_cum_3") & (d.year == 2021) & (d.period == "Q1")]
    totals = q1.groupby("indicator")["value"].sum()
    assert totals["hoi_nghi_tuyen_truyen"] == 1124
    assert totals["luot_nguoi_tham_du"] == 87264
    assert totals["suat_qua"] == 3737
    assert totals["gia_tri_qua"] == 1_400_000_000


def test_contract_columns(sample):
    _, loaded = sample
    assert list(loaded.data.columns[:11]) == [
        "unit_id",
        "unit_name",
        "cluster_id",
        "year",
        "period",
        "indicator",
        "value",
        "unit_of_measure",
        "source_file",
        "source_sheet",
        "source_cell",
    ]
    assert list(loaded.issues.columns) == [
        "severity",
        "code",
        "message",
        "source_file",
        "source_sheet",
        "source_cell",
        # what each issue is about, where known (blank otherwise)
        "unit_id",
        "year",
        "period",
        "indicator",
    ]
    assert set(loaded.issues["severity"]) <= {"error", "warning", "info"}
    from thidua_analysis.quality import validate

    checked = validate(loaded.data)
    about = checked[checked["code"].str.startswith(("report.", "value."))]
    assert len(about) and (about[["unit_id", "year", "period"]] != "").all().all()
    values = about[about["code"].str.startswith("value.")]
    assert (values["indicator"] != "").all()
    # the evidence of every decision: the label mapped, the cells that gave the period and unit
    evidence = loaded.data[["label", "period_source", "unit_source", "column_role"]]
    assert (evidence != "").all().all()
    assert set(loaded.data["column_role"]) <= {"result", "prior"}


BUNDLED = Path(__file__).resolve().parents[1] / "data" / "realdata"
WORKSPACE = Path(__file__).resolve().parents[3] / "shared" / "realdata"


def real_workbooks() -> list[Path]:
    """The bundled small corpus, plus the workspace's larger one when it is there."""
    found: dict[str, Path] = {}
    for root in (BUNDLED, WORKSPACE):
        for path in sorted(root.rglob("*")) if root.is_dir() else []:
            if path.suffix.lower() in {".xls", ".xlsx", ".xlsm", ".ods"}:
                found.setdefault(path.name, path)
    return sorted(found.values())


def test_every_real_workbook_loads_without_crash():
    files = real_workbooks()
    assert len(files) >= 27, f"real workbooks not found under {BUNDLED}"
    loaded = load_reports(files, jobs=2)
    named = set(loaded.issues["source_file"]) | set(loaded.data["source_file"])
    silent = [p.name for p in files if p.name not in named]
    # a file neither yielding data nor named by an issue would be lost silently
    assert not silent, silent
    codes = dict(zip(loaded.issues["source_file"], loaded.issues["code"], strict=True))
    assert codes["pass_protected.xlsx"] == "file.encrypted"


def test_crafted_files_give_one_error_each_and_the_batch_goes_on(tmp_path):
    import zipfile

    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", " " * (250 * 1024**2))
    corner = tmp_path / "corner.xlsx"
    with zipfile.ZipFile(corner, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr(
            "xl/workbook.xml",
            '<workbook><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        z.writestr(
            "xl/_rels/workbook.xml.rels",
            '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
        )
        z.writestr(
            "xl/worksheets/sheet1.xml",
            '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row>'
            '<row r="1048576"><c r="XFD1048576"><v>2</v></c></row></sheetData></worksheet>',
        )
    good = generate_sample(tmp_path / "good", years=[2021], units=["dong_da"], bad_files=False)
    loaded = load_reports([bomb, corner, good.out], jobs=2)
    codes = loaded.issues.set_index("source_file")["code"].to_dict()
    assert codes["bomb.xlsx"] == "file.too_large"
    assert codes["corner.xlsx"] == "file.too_many_cells"
    assert (loaded.data["unit_id"] == "dong_da").sum() > 40


def _one_file_fails(tmp_path, monkeypatch, failure: BaseException, at: int = 0):
    """The sample's files of one unit, the ``at``-th of which raises ``failure`` when read."""
    from thidua_analysis.loading import batch

    good = generate_sample(tmp_path / "good", years=[2021], units=["dong_da"], bad_files=False)
    files = batch.discover(good.out)
    victim = files[at][1]
    real = batch.interpret_file

    def failing(path, rel, **options):
        if rel == victim:
            raise failure
        return real(path, rel, **options)

    monkeypatch.setattr(batch, "interpret_file", failing)
    return files, victim


def test_an_unforeseen_failure_on_one_file_is_its_issue(tmp_path, monkeypatch):
    from thidua_analysis.loading import batch
    from thidua_analysis.schema import DATA_COLUMNS

    files, victim = _one_file_fails(tmp_path, monkeypatch, ZeroDivisionError("a rule nobody wrote"))
    # what each worker runs, here in this process (a patch reaches workers only under fork)
    readings = [batch._read_one(str(path), rel) for path, rel in files]
    [problem] = [i for r in readings for i in r.issues if i["source_file"] == victim]
    assert problem["code"] == "file.unreadable" and "ZeroDivisionError" in problem["message"]
    at = DATA_COLUMNS.index("source_file")
    loaded_files = {v[at] for r in readings for v in r.data}
    assert loaded_files == {rel for _p, rel in files} - {victim}  # the others all loaded


def test_a_reader_panic_is_the_files_issue(tmp_path, monkeypatch):
    """The reader's Rust panics reach Python as a BaseException named PanicException."""
    from thidua_analysis.interpret import workbook

    class PanicException(BaseException):  # the name the reader gives its panics
        pass

    def panics(*_args, **_kwargs):
        raise PanicException("slice index starts at 4096 but ends at 3775")

    good = generate_sample(tmp_path / "good", years=[2021], units=["dong_da"], bad_files=False)
    monkeypatch.setattr(workbook, "read_workbook", panics)
    from thidua_analysis.loading import batch

    readings = [batch._read_one(str(path), rel) for path, rel in batch.discover(good.out) if path.suffix != ".docx"]
    assert readings and not any(r.data for r in readings)
    issues = [i for r in readings for i in r.issues]
    assert {i["code"] for i in issues} == {"file.corrupt"}
    assert all("PanicException" in i["message"] for i in issues)


@pytest.mark.skipif(start_method() != "fork", reason="the patch reaches the workers only when they are forked")
def test_a_worker_out_of_memory_leaves_and_only_its_file_fails(tmp_path, monkeypatch):
    from thidua_analysis.loading import batch

    # as an allocation near the worker's limit does
    files, victim = _one_file_fails(tmp_path, monkeypatch, MemoryError(), at=1)
    readings = batch.read_files(files, jobs=1)  # one worker: the victim shares its chunk with the others
    codes = readings.issues.loc[readings.issues["source_file"] == victim, "code"].tolist()
    assert codes == ["file.out_of_memory"]
    assert set(readings.data["source_file"]) == {rel for _p, rel in files} - {victim}
    # the same file alone: the same issue
    alone = batch.read_files([files[1]], jobs=1)
    assert alone.issues["code"].tolist() == ["file.out_of_memory"]


def _unpicklable(*_task):
    class Local(Exception):  # a class defined here cannot be sent back from the worker
        pass

    raise Local("no way back")


def test_a_worker_result_that_cannot_come_back_is_a_failure_not_a_crash():
    from thidua_analysis.loading.pool import run_isolated

    outcomes = list(run_isolated(_unpicklable, [("a",), ("b",)], jobs=2))
    assert sorted((task, failure) for task, _result, failure in outcomes) == [
        (("a",), "file.reader_crashed"), (("b",), "file.reader_crashed")]  # fmt: skip


def test_damaged_copies_of_real_reports_never_stop_the_batch(tmp_path):
    import random

    rng = random.Random(11)
    sample = generate_sample(tmp_path / "src", years=[2021], units=["dong_da", "hoai_duc"],
                             bad_files=False)  # fmt: skip
    sources = sorted(p for p in sample.out.rglob("*") if p.suffix in {".xlsx", ".xls", ".ods"})
    damaged = tmp_path / "damaged"
    damaged.mkdir()
    for n in range(40):
        data = bytearray(rng.choice(sources).read_bytes())
        if n % 2:
            data = data[: rng.randrange(1, len(data))]
        for _ in range(rng.randint(1, 30)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        (damaged / f"hong_{n:02d}.xlsx").write_bytes(bytes(data))
    loaded = load_reports(damaged, jobs=2)
    named = set(loaded.data["source_file"]) | set(loaded.issues["source_file"])
    assert named == {f"hong_{n:02d}.xlsx" for n in range(40)}  # data or an issue for each


def test_the_sample_across_the_2025_reform(tmp_path):
    """Old districts report Q1 and H1 2025, the new commune-level units H2 2025 and then every
    period of 2026, in the offices' layouts: the ground truth comes back cell for cell, with no
    unit error, each unit in its cluster."""
    units = ["ba_dinh", "phuong_ba_dinh", "phuong_ngoc_ha", "phuong_giang_vo", "soc_son",
             "xa_soc_son", "ninh_kieu", "phuong_ninh_kieu"]  # fmt: skip
    summary = generate_sample(tmp_path / "raw", years=[2024, 2025, 2026], units=units, bad_files=False)
    loaded = load_reports(summary.out, jobs=2)
    truth = pd.read_csv(summary.truth_dir / "values.csv")
    merged = truth[truth["final"]].merge(loaded.data, on=KEY, how="outer", indicator=True,
                                         suffixes=("_truth", "_loaded"))  # fmt: skip
    assert (merged["_merge"] == "both").all() and (merged["value_truth"] == merged["value_loaded"]).all()
    data = loaded.data
    assert set(data.loc[data["year"] == 2025, "period"]) >= {"Q1", "H1", "H2"}
    old = data[data["unit_id"].isin(["ba_dinh", "soc_son", "ninh_kieu"]) & (data["year"] == 2025)]
    assert set(old["period"]) == {"Q1", "H1"}
    new = data[data["unit_id"].str.startswith(("phuong_", "xa_"))]
    assert set(new.loc[new["year"] == 2025, "period"]) == {"H2"}
    assert (new["cluster_id"] != "").all() and not loaded.issues["code"].str.startswith("unit.").any()


def test_the_sentences_of_the_word_reports_give_their_figures_for_review(tmp_path):
    from thidua_analysis.storage import ingest, load_candidates

    summary = generate_sample(tmp_path / "raw", years=[2020, 2021], scoring=False, bad_files=False)
    ingest(summary.out, out=tmp_path / "processed", jobs=2)
    found = load_candidates(tmp_path / "processed")
    truth = pd.read_csv(summary.truth_dir / "text_figures.csv")
    key = ["source_file", "indicator", "value", "unit_id", "year", "period"]
    got = sorted(map(tuple, found[key].astype({"value": float, "year": int}).to_numpy().tolist()))
    expected = sorted(map(tuple, truth[key].astype({"value": float, "year": int}).to_numpy().tolist()))
    assert len(expected) >= 10 and got == expected  # every figure, each as its sentence says


def test_the_sample_writes_districts_communes_beside_their_whole(sample):
    """Some districts' reports give their wards' or communes' figures of before the reform beside
    their whole ("Toàn quận | Kim Mã | Liễu Giai"): the whole loads, each commune is named."""
    summary, loaded = sample
    expected = pd.read_csv(summary.truth_dir / "issues.csv").fillna("")
    files = set(expected.loc[expected["code"] == "unit.commune", "source_file"])
    assert len(files) >= 3
    data = loaded.data[loaded.data["source_file"].isin(files)]
    assert set(data["source_file"]) == files
    # one column of figures in each file, the whole's: no commune's figure loaded
    assert (data.groupby("source_file")["source_cell"].agg(lambda c: c.str.rstrip("0123456789").nunique()) == 1).all()
    named = loaded.issues[(loaded.issues["code"] == "unit.commune") & loaded.issues["source_file"].isin(files)]
    assert named.groupby("source_file").size().min() >= 2
    assert not loaded.issues[loaded.issues["source_file"].isin(files) & (loaded.issues["severity"] != "info")].size
