"""One catalogue of issue codes: every code raised is in it, every entry is raised somewhere, and
the README's table is the catalogue's."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import thidua_analysis
from thidua_analysis.issue_codes import CODES, check, markdown_table
from thidua_analysis.schema import issue

PACKAGE = Path(thidua_analysis.__file__).parent
ROOT = PACKAGE.parent
PREFIXES = sorted({code.split(".")[0] for code in CODES})
LITERAL = re.compile(r"\"((?:" + "|".join(PREFIXES) + r")\.[a-z_]+)\"")
FILE_NAMES = {"scoring.csv"}  # a reference file, not a code


def _source_codes() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        if path.name == "issue_codes.py":
            continue
        for code in set(LITERAL.findall(path.read_text("utf-8"))) - FILE_NAMES:
            found.setdefault(code, set()).add(str(path.relative_to(PACKAGE)))
    return found


def test_every_code_in_the_source_is_in_the_catalogue() -> None:
    unknown = {code: where for code, where in _source_codes().items() if code not in CODES}
    assert not unknown, unknown


def test_every_catalogue_entry_is_raised_somewhere() -> None:
    assert set(CODES) - set(_source_codes()) == set()


def test_an_unknown_code_or_a_wrong_severity_is_refused() -> None:
    with pytest.raises(ValueError, match="catalogue"):
        issue("error", "cell.no_such_code", "…")
    with pytest.raises(ValueError, match="info"):
        check("info", "file.corrupt")
    check("warning", "unit.unknown")  # one of its other severities


def test_every_entry_has_a_vietnamese_title_and_fix() -> None:
    for entry in CODES.values():
        assert entry.title and entry.fix and entry.severity in ("error", "warning", "info"), entry


def test_the_readme_table_is_the_catalogue() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    table = readme.split("<!-- codes:start -->\n", 1)[1].split("\n<!-- codes:end -->", 1)[0]
    assert table == markdown_table()
