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
