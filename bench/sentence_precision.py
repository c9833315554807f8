"""Precision of the figures proposed from sentences, on three sets, printed and saved.

    .venv/bin/python bench/sentence_precision.py

1. the hand-written report paragraphs of tests/interpret/paragraphs.py (expected figures by hand);
2. the passage of seed article 002 (Cụm thi đua số 3, quý I năm 2021);
3. the narrative of the sample's Word reports (their ground truth, sample_truth/text_figures.csv).

A proposal is a figure with an indicator; it is wrong when its indicator or its value is not an
expected one of its paragraph. Figures left for the analyst (no indicator) are counted apart.
The held-out paragraphs were written after the rules and are never used to shape them.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.interpret.paragraphs import HELD_OUT, PARAGRAPHS  # noqa: E402
from tests.interpret.test_sentences import SEED, SEED_FIGURES  # noqa: E402
from thidua_analysis.interpret.sentences import figures_in  # noqa: E402
from thidua_analysis.reference.files import reference_of  # noqa: E402


def score(found: list[tuple], expected: set[tuple]) -> dict:
    """``found`` and ``expected``: (where, indicator, value)."""
    proposed = [f for f in found if f[1]]
    wrong = [f for f in proposed if f not in expected]
    missed = [e for e in expected if e not in set(found)]
    return {"proposed": len(proposed), "wrong": len(wrong), "left_for_analyst": len(found) - len(proposed),
            "missed": len(missed), "precision": 1 - len(wrong) / len(proposed) if proposed else 1.0}


def main() -> None:
    ref = reference_of(None)
    results = {}
    for name, written in (("paragraphs", PARAGRAPHS), ("held_out", HELD_OUT)):
        found, expected = [], set()
        for n, (paragraph, figures) in enumerate(written):
            found += [(n, c.indicator, c.value) for c in figures_in([paragraph], ref=ref)]
            expected |= {(n, i, float(v)) for _t, i, v, _q in figures if i}
        results[name] = score(found, expected)
    paragraphs = [p.strip() for p in SEED.read_text("utf-8").splitlines() if p.strip()]
    found = [(0, c.indicator, c.value) for c in figures_in(paragraphs, ref=ref)]
    results["seed_002"] = score(found, {(0, i, float(v)) for _t, i, v in SEED_FIGURES})
    from thidua_analysis.sample import generate_sample
    from thidua_analysis.storage import ingest, load_candidates

    with tempfile.TemporaryDirectory() as tmp:
        summary = generate_sample(Path(tmp) / "raw", years=range(2017, 2025), scoring=False, bad_files=False)
        ingest(summary.out, out=Path(tmp) / "processed")
        candidates = load_candidates(Path(tmp) / "processed")
        truth = pd.read_csv(summary.truth_dir / "text_figures.csv")
        found = [(f, i, float(v)) for f, i, v in zip(candidates["source_file"], candidates["indicator"],
                                                     candidates["value"], strict=True)]  # fmt: skip
        results["sample_word_reports"] = score(
            found, {(f, i, float(v)) for f, i, v in zip(truth["source_file"], truth["indicator"], truth["value"],
                                                        strict=True)})  # fmt: skip
    for name, r in results.items():
        print(f"{name:22s} proposed {r['proposed']:4d}  wrong {r['wrong']:3d}  left to the analyst "
              f"{r['left_for_analyst']:3d}  missed {r['missed']:3d}  precision {r['precision']:.1%}")
    out = ROOT / "bench" / "out"
    out.mkdir(exist_ok=True)
    (out / "sentence_precision.json").write_text(json.dumps(results, indent=2), "utf-8")


if __name__ == "__main__":
    main()
