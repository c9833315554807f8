"""The project folder: found from below like git's root, set up by `thidua init`, named by every command."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from thidua_analysis.cli import app
from thidua_analysis.config import MARKER, find_project, home
from thidua_analysis.reporting.notebooks import NOTEBOOK_DIR
from thidua_analysis.reporting.workspace import init_project

runner = CliRunner()


def test_init_makes_a_working_folder_and_keeps_what_is_there(tmp_path: Path) -> None:
    root = tmp_path / "thi_dua"
    made = init_project(root, kernel=False)
    for sub in ("data/raw", "data/reference", "data/processed", "reports", "notebooks"):
        assert (root / sub).is_dir(), sub
    packaged = sorted(p.name for p in NOTEBOOK_DIR.glob("0*.ipynb"))
    assert len(packaged) == 5
    assert sorted(p.name for p in (root / "notebooks").glob("*.ipynb")) == packaged
    assert (root / MARKER).is_file() and (root / "HUONG_DAN.txt").is_file()
    assert any("01_nap_va_kiem_tra" in line for line in made)
    (root / "notebooks" / packaged[0]).write_text("của tôi", encoding="utf-8")
    assert init_project(root, kernel=False) == []  # nothing made twice, nothing overwritten
    assert (root / "notebooks" / packaged[0]).read_text(encoding="utf-8") == "của tôi"


def test_the_project_is_found_from_a_subfolder(tmp_path: Path, monkeypatch) -> None:
    root = tmp_path / "du_an"
    init_project(root, kernel=False)
    deep = root / "data" / "raw" / "cum_1"
    deep.mkdir(parents=True)
    monkeypatch.delenv("THIDUA_HOME", raising=False)
    monkeypatch.chdir(deep)
    assert find_project() == root.resolve() and home() == root.resolve()
    monkeypatch.setenv("THIDUA_HOME", str(tmp_path))  # the variable still wins
    assert home() == tmp_path


def test_every_command_says_which_project(tmp_path: Path, monkeypatch) -> None:
    init_project(tmp_path, kernel=False)
    monkeypatch.delenv("THIDUA_HOME", raising=False)
    monkeypatch.chdir(tmp_path / "notebooks")
    result = runner.invoke(app, ["catalog"])
    assert result.exit_code == 0
    assert f"Dự án: {tmp_path.resolve()}" in result.output.replace("\n", "")


def test_the_first_ingest_marks_the_project(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "data" / "raw").mkdir(parents=True)
    monkeypatch.delenv("THIDUA_HOME", raising=False)
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(app, ["ingest"]).exit_code == 0
    assert (tmp_path / MARKER).is_file()
    monkeypatch.chdir(tmp_path / "data")  # from below, the same store, never data/data/processed
    assert runner.invoke(app, ["ingest"]).exit_code == 0
    assert not (tmp_path / "data" / "data").exists()


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.startswith("thidua_analysis ")
