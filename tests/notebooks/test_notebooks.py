"""Every numbered notebook runs top to bottom against a sample project, with its parameters."""

import json
import re

import pytest

from thidua_analysis.reporting.notebooks import NOTEBOOK_DIR, run_notebook
from thidua_analysis.sample import generate_sample

NOTEBOOKS = sorted(NOTEBOOK_DIR.glob("0*.ipynb"))


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    root = tmp_path_factory.mktemp("project")
    units = ["gia_lam", "me_linh", "dong_anh", "thanh_tri", "soc_son", "dong_da", "ba_dinh"]
    generate_sample(root / "data" / "raw", years=[2020, 2021], units=units)
    # notebook 01 builds the store the others read
    run_notebook(NOTEBOOK_DIR / "01_nap_va_kiem_tra.ipynb", parameters={"project": str(root)})
    return root


def test_there_are_numbered_notebooks_paired_with_text():
    assert [p.stem[:2] for p in NOTEBOOKS] == ["01", "02", "03", "04", "05"]
    for path in NOTEBOOKS:
        assert path.with_suffix(".py").exists(), f"{path.name} has no paired .py"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_committed_without_outputs_and_thin(path):
    notebook = json.loads(path.read_text("utf-8"))
    code = [c for c in notebook["cells"] if c["cell_type"] == "code"]
    assert all(not c.get("outputs") and c.get("execution_count") is None for c in code)
    assert not any("def " in "".join(c["source"]) or "class " in "".join(c["source"]) for c in code)
    tagged = [c for c in code if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(tagged) == 1 and "project" in "".join(tagged[0]["source"])


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_runs_for_another_year_and_cluster(path, project, tmp_path):
    params = {"project": str(project), "year": 2021}
    if path.stem != "04_truy_van":
        params["cluster"] = "ha_noi_cum_1"
    html = tmp_path / f"{path.stem}.html"
    notebook = run_notebook(path, parameters=params, html=html)
    errors = [
        o for c in notebook.cells for o in c.get("outputs", []) if o["output_type"] == "error"
    ]
    assert not errors
    images = [o for c in notebook.cells for o in c.get("outputs", [])
              if "image/png" in o.get("data", {})]  # fmt: skip
    charts_in_source = sum("charts." in c.source for c in notebook.cells if c.cell_type == "code")
    # a map cell says so in words when the store has no figures of the 2025 units yet
    no_map = sum("chưa có bản đồ" in o.get("text", "") for c in notebook.cells for o in c.get("outputs", []))
    assert len(images) == charts_in_source - no_map
    injected = [c for c in notebook.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert len(injected) == 1 and "year = 2021" in injected[0].source
    text = html.read_text("utf-8")
    assert len(text) > 10_000
    # what the reader sees: no "<Axes: …>" lines, no 8.648000e+08, no NaN or False in a table
    shown = [o for c in notebook.cells for o in c.get("outputs", []) if o["output_type"] in
             ("execute_result", "display_data", "stream")]  # fmt: skip
    plain = " ".join(o.get("text", "") or o.get("data", {}).get("text/plain", "") for o in shown
                     if set(o.get("data", {})) <= {"text/plain"})  # what shows as text
    tables = " ".join(o.get("data", {}).get("text/html", "") for o in shown)
    assert "<Axes" not in plain and "<Figure" not in plain
    assert not re.search(r"\d\.\d+e[+-]\d\d", plain + tables)
    assert not re.search(r">\s*(NaN|nan|None|False|True|<NA>)\s*<", tables)
    if path.stem.startswith("01"):  # long lists are interactive, drawn offline
        assert "dt-right" in tables and "cdn.datatables" not in tables
    if path.stem.startswith("03"):  # the table lists the units of the chosen cluster, not Cụm 3
        assert "Đống Đa" in text and "Gia Lâm" not in text
    if path.stem.startswith("05"):  # scores of the chosen cluster, with their basis
        assert "Đống Đa" in text and "đạt" in text and "Gia Lâm" not in text


@pytest.mark.slow
def test_a_failing_cell_is_named_and_the_html_still_written(project, tmp_path):
    from thidua_analysis.errors import NotebookError

    html = tmp_path / "03.html"
    with pytest.raises(NotebookError) as caught:
        run_notebook(NOTEBOOK_DIR / "03_so_sanh_cum_don_vi.ipynb",
                     parameters={"project": str(project), "year": 2030}, html=html)  # fmt: skip
    message = str(caught.value)
    assert message.startswith("03_so_sanh_cum_don_vi.ipynb dừng ở ô mã số ")
    assert "charts.unit_bars" in message and "năm 2030" in message and str(html) in message
    assert "Traceback" not in message
    assert html.exists() and "năm 2030" in html.read_text("utf-8")


def test_a_misspelt_parameter_is_an_error_that_lists_the_real_ones(tmp_path):
    from thidua_analysis.errors import UsageError

    with pytest.raises(UsageError, match=r"không có tham số 'yeer'.*cluster, year, period"):
        run_notebook(NOTEBOOK_DIR / "03_so_sanh_cum_don_vi.ipynb", parameters={"yeer": 2022})
