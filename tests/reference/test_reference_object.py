"""One Reference per project folder, handed explicitly: switching project switches every label
and lookup, and a batch builds its reference once."""

from __future__ import annotations

import pickle
from pathlib import Path

import matplotlib.pyplot as plt

from thidua_analysis import charts, load_reports
from thidua_analysis.charts.style import indicator_label
from thidua_analysis.config import use_project
from thidua_analysis.reference import Reference, cluster_names, load_catalog, match_indicator
from thidua_analysis.reference import files as files_module

from ..interpret.corpus import Case, Sheet
from ..interpret.test_corpus import write_case


def _project_b(root: Path) -> Path:
    folder = root / "data" / "reference"
    folder.mkdir(parents=True)
    (folder / "indicators.csv").write_text(
        "code,name_vi,base_unit,kind,group,order\n"
        "suat_qua,Số phần quà được trao,suất,flow,an_sinh,4\n", encoding="utf-8")
    (folder / "indicator_aliases.csv").write_text(
        "code,alias,measure,match\nsuat_qua,Túi an sinh được trao,count,\n", encoding="utf-8")
    (folder / "clusters.csv").write_text(
        "cluster_id,name,province,kind,note\nha_noi_cum_1,Cụm Một (nội thành),ha_noi,cụm,\n",
        encoding="utf-8")
    return folder


REPORT = Case("b", "dong_da_q1_2024.xlsx", [Sheet("Sheet1", [
    ["ỦY BAN MTTQ VIỆT NAM QUẬN ĐỐNG ĐA"],
    ["BÁO CÁO KẾT QUẢ CÔNG TÁC QUÝ I NĂM 2024"],
    ["STT", "Nội dung", "ĐVT", "Kết quả"],
    [1, "Túi an sinh được trao", "Suất", 120],
])], [])


def test_another_reference_another_set_of_names_and_lookups(tmp_path: Path) -> None:
    a, b = Reference(), Reference(_project_b(tmp_path / "b"))
    assert indicator_label("suat_qua", ref=a) == "Số suất quà trao tặng"
    assert indicator_label("suat_qua", ref=b) == "Số phần quà được trao"
    assert match_indicator("Túi an sinh được trao", unit_text="Suất", ref=a).code is None
    assert match_indicator("Túi an sinh được trao", unit_text="Suất", ref=b).code == "suat_qua"
    assert cluster_names(ref=b)["ha_noi_cum_1"] == "Cụm Một (nội thành)"
    assert cluster_names(ref=a)["ha_noi_cum_1"] == "Cụm thi đua số 1"
    raw = tmp_path / "raw"
    raw.mkdir()
    write_case(REPORT, raw)
    assert load_reports(raw, jobs=1, ref=a).data.empty  # the wording is not one of a's
    loaded = load_reports(raw, jobs=1, ref=b)
    assert list(loaded.data["indicator"]) == ["suat_qua"] and list(loaded.data["value"]) == [120]
    assert set(loaded.data["cluster_id"]) == {"ha_noi_cum_1"}


def test_switching_project_in_one_process_switches_labels(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("THIDUA_HOME", raising=False)
    _project_b(tmp_path / "b")
    (tmp_path / "a").mkdir()
    use_project(tmp_path / "a")
    ax = charts.unit_bars(_frame(), indicator="suat_qua", year=2024, period="Q1")
    assert ax.get_title(loc="left").startswith("Số suất quà trao tặng")
    plt.close(ax.figure)
    use_project(tmp_path / "b")
    ax = charts.unit_bars(_frame(), indicator="suat_qua", year=2024, period="Q1")
    assert ax.get_title(loc="left").startswith("Số phần quà được trao")
    assert load_catalog().set_index("code").at["suat_qua", "name_vi"] == "Số phần quà được trao"
    plt.close(ax.figure)


def _frame():
    import pandas as pd

    return pd.DataFrame({"unit_id": ["dong_da", "ba_dinh"], "unit_name": ["Đống Đa", "Ba Đình"],
                         "cluster_id": ["ha_noi_cum_1"] * 2, "year": [2024, 2024], "period": ["Q1", "Q1"],
                         "indicator": ["suat_qua"] * 2, "value": [120.0, 90.0]})  # fmt: skip


def test_a_batch_builds_its_reference_once(tmp_path: Path, monkeypatch) -> None:
    made = []
    real = files_module.Reference.__init__

    def counting(self, user_dir=None):
        made.append(user_dir)
        real(self, user_dir)

    monkeypatch.setattr(files_module.Reference, "__init__", counting)
    raw = tmp_path / "raw"
    raw.mkdir()
    from ..interpret.corpus import CASES

    for case in CASES[:20]:
        write_case(case, raw)
    load_reports(raw, jobs=1)
    assert len([m for m in made if m is None]) == 1  # the project's, once (not per file or lookup)


def test_a_reference_travels_to_a_worker_whole(tmp_path: Path) -> None:
    ref = Reference(_project_b(tmp_path / "b"))
    match_indicator("Túi an sinh được trao", unit_text="Suất", ref=ref)
    again = pickle.loads(pickle.dumps(ref))
    assert (again.folder, again.stamp) == (ref.folder, ref.stamp)
    assert match_indicator("Túi an sinh được trao", unit_text="Suất", ref=again).code == "suat_qua"


def test_no_module_keeps_reference_data() -> None:
    """The only caches left in modules are of text (keys, names, periods, fonts): a grep."""
    import re

    import thidua_analysis

    package = Path(thidua_analysis.__file__).parent
    cached = []
    for path in package.rglob("*.py"):
        text = path.read_text("utf-8")
        for m in re.finditer(r"@(?:functools\.)?(?:lru_cache|cache)\b[^\n]*\n\s*def (\w+)\(([^)]*)", text):
            cached.append((path.name, m.group(1), m.group(2)))
        assert "_READINGS" not in text and "_FROZEN" not in text and "resolve_user_dir" not in text, path
    text_only = {"match_key", "clean_text", "name_key", "admin_type", "names_a_place", "names_an_area", "name_periods", "sort_key_vi",
                 "legacy_votes", "clean_label", "money_scale", "counted_in", "_font_charmap", "column", "_dated", "_name_words",
                 "scale_from_text"}  # fmt: skip
    assert {name for _w, name, _p in cached} <= text_only, cached
    for where, name, params in cached:
        assert not re.search(r"\b(user_dir|stamp|ref|registry|catalog)\b", params), (where, name)


def test_a_reference_is_frozen_when_made(tmp_path: Path) -> None:
    folder = _project_b(tmp_path / "b")
    ref = Reference(folder)
    (folder / "indicators.csv").unlink()  # gone from disk: the object still holds what it read
    (folder / "clusters.csv").write_text("garbage", encoding="utf-8")
    assert indicator_label("suat_qua", ref=ref) == "Số phần quà được trao"
    assert cluster_names(ref=ref)["ha_noi_cum_1"] == "Cụm Một (nội thành)"
    assert indicator_label("suat_qua", ref=Reference(folder)) == "Số suất quà trao tặng"  # a new one sees the change
