import os

from typer.testing import CliRunner

from thidua_analysis import load_processed, query
from thidua_analysis.cli import app
from thidua_analysis.sample import generate_sample
from thidua_analysis.storage import ingest


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


def test_cli_ingest_summary_and_strict(tmp_path):
    runner = CliRunner()
    raw = tmp_path / "raw"
    generate_sample(raw, years=[2019], units=["ba_dinh"])
    ok = runner.invoke(app, ["ingest", str(raw), "--out", str(tmp_path / "store")])
    assert ok.exit_code == 0, ok.output
    assert "Giá trị" in ok.output and (tmp_path / "store" / "van_de_theo_tep.xlsx").exists()
    strict = runner.invoke(app, ["ingest", str(raw), "--out", str(tmp_path / "store"), "--strict"])
    assert strict.exit_code == 1  # the sample's bad files are errors
