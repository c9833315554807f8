"""The hand-built corpus re-saved by a real office suite: every case must give the same values
from the .ods and the .xls that LibreOffice writes as from the .xlsx (needs ``soffice``).

    .venv/bin/python bench/office_roundtrip.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.interpret.corpus import CASES  # noqa: E402
from tests.interpret.test_corpus import loaded_values, write_case  # noqa: E402
from thidua_analysis.interpret import interpret_file  # noqa: E402

FILTERS = {"ods": "ods", "xls": "xls:MS Excel 97"}


def main() -> None:
    if shutil.which("soffice") is None:
        sys.exit("soffice (LibreOffice) is needed to re-save the corpus.")
    root = Path(tempfile.mkdtemp())
    written = []
    for n, case in enumerate(CASES):
        folder = root / f"c{n:03d}"
        folder.mkdir()
        written.append(write_case(case, folder))
    for kind, target in FILTERS.items():
        differ = []
        for case, path in zip(CASES, written, strict=True):
            out = path.parent / kind
            subprocess.run(["soffice", "--headless", "--convert-to", target, "--outdir", str(out), str(path)],
                           capture_output=True, check=False)  # fmt: skip
            files = sorted(out.glob("*"))
            expected = {(u, y, p, i, float(v), cell) for u, y, p, i, v, cell in case.expected}
            if not files or loaded_values(interpret_file(files[0], case.file)) != expected:
                differ.append(case.name)
        print(f"{kind}: {len(CASES) - len(differ)} of {len(CASES)} cases give the same values", *differ, sep="\n  ")


if __name__ == "__main__":
    main()
