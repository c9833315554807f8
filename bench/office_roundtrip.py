"""The hand-built corpus re-saved by a real office suite: every case must give the same values
from the .ods and the .xls that LibreOffice writes as from the .xlsx, and every case of one sheet
written as a Word report the same figures from the old Word format (.doc) LibreOffice writes as
from the .docx (needs ``soffice``).

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
from tests.interpret.test_corpus_as_word import as_word  # noqa: E402
from thidua_analysis.interpret import interpret_file  # noqa: E402
from thidua_analysis.sample.word import write_docx  # noqa: E402

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
    for kind, target in FILTERS.items() if "--doc-only" not in sys.argv else ():
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
    differ, unconverted, tried = [], [], 0
    for n, case in enumerate(CASES):
        parts = as_word(case)
        if parts is None:
            continue
        tried += 1
        path = write_docx(root / f"w{n:03d}" / Path(case.file).with_suffix(".docx").name, parts)
        for _attempt in range(3):  # (the office suite now and then writes nothing: it is asked again)
            subprocess.run(["soffice", "--headless", "--convert-to", "doc:MS Word 97", "--outdir",
                            str(path.parent / "doc"), str(path)], capture_output=True, check=False)  # fmt: skip
            files = sorted((path.parent / "doc").glob("*.doc"))
            if files:
                break
        if not files:
            unconverted.append(case.name)
            continue
        expected = {(u, y, p, i, round(float(v), 6)) for u, y, p, i, v, _cell in case.expected}
        got = {(v[0], v[3], v[4], v[5], round(v[6], 6)) for v in interpret_file(files[0], files[0].name).data} \
            if files else set()  # fmt: skip
        if got != expected:
            differ.append(f"{case.name}: missing {sorted(expected - got)[:2]} extra {sorted(got - expected)[:2]}")
    print(f"doc: {tried - len(differ) - len(unconverted)} of {tried - len(unconverted)} one-sheet cases converted "
          f"give the same figures ({len(unconverted)} not converted)", *differ, sep="\n  ")


if __name__ == "__main__":
    main()
