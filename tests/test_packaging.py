"""Packaging for analysts: the conda environment installs what pip installs, from conda-forge
names, with a pinned Python and no development tools; every imported module is declared."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from pathlib import Path

import thidua_analysis

ROOT = Path(thidua_analysis.__file__).parent.parent
# pip name → conda-forge name where they differ
CONDA_NAMES = {"duckdb": "python-duckdb", "matplotlib": "matplotlib-base", "seaborn": "seaborn-base"}
# import name → distribution name where they differ
DISTRIBUTIONS = {"python_calamine": "python-calamine", "pptx": "python-pptx", "yaml": "pyyaml", "IPython": "ipython"}


def _project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~ \[]", requirement, maxsplit=1)[0].strip().lower()


def test_the_conda_environment_installs_the_same_package() -> None:
    text = (ROOT / "environment.yml").read_text("utf-8")
    listed = {_name(line.strip()[2:]) for line in text.splitlines() if line.strip().startswith("- ")}
    runtime = {_name(r) for r in _project()["project"]["dependencies"]}
    assert {CONDA_NAMES.get(n, n) for n in runtime} <= listed, runtime
    assert re.search(r"^\s*- python=3\.\d+\s*$", text, re.M)  # a pinned Python
    assert "conda-forge" in text and not ({"pytest", "ruff", "hypothesis"} & listed)
    assert re.search(r"^\s*- \.\s*$", text, re.M)  # this package itself, from this folder


def test_every_imported_module_is_declared() -> None:
    declared = {_name(r) for r in _project()["project"]["dependencies"]}
    extras = _project()["project"]["optional-dependencies"]
    optional = {_name(r) for name in ("sample", "bench") for r in extras[name]}
    used: set[str] = set()
    for path in (ROOT / "thidua_analysis").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                used |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                used.add(node.module.split(".")[0])
    third_party = {m for m in used if m not in sys.stdlib_module_names and m != "thidua_analysis"}
    missing = {m for m in third_party if DISTRIBUTIONS.get(m, m).replace("_", "-") not in declared | optional}
    assert not missing, missing
    assert "xlwt" in optional and "psutil" in optional and not ({"xlwt", "psutil"} & declared)
