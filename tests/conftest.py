"""Shared fixtures. Every test runs in its own project folder so nothing leaks between tests."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pytest


@pytest.fixture(autouse=True)
def _project_home(tmp_path, monkeypatch):
    """Point the package's project folder at a fresh temporary directory."""
    monkeypatch.setenv("THIDUA_HOME", str(tmp_path))
    yield tmp_path


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


@pytest.fixture(scope="session")
def sample_2018_2022(tmp_path_factory):
    """The built-in sample for five years (enough history for the outlier checks), loaded."""
    from thidua_analysis import load_reports
    from thidua_analysis.sample import generate_sample

    root = tmp_path_factory.mktemp("sample")
    summary = generate_sample(root / "raw", years=range(2018, 2023), seed=3)
    return summary, load_reports(summary.out, jobs=2)
