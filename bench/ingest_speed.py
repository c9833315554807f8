"""Ingest speed, measured against a naive pandas loop and the raw reader, in one run.

    .venv/bin/python bench/ingest_speed.py --files 1000 --repeat 3
    .venv/bin/python bench/ingest_speed.py --files 10000 --naive-limit 2000 --repeat 3

Generates about N report files with the sample generator (imaginary copies of the province when N
is above one sample's 808 files), then measures on the same files:

1. naive:  ``pandas.read_excel(path, sheet_name=None, engine="openpyxl")`` per .xlsx file, one
           process (openpyxl cannot open .xls or .ods, so those are left out of this line);
2. raw:    python-calamine opening each file and reading every sheet to Python, one process:
           the floor for anything that reads all cells;
3. cold:   ``thidua ingest`` into an empty store (inspection, reading, interpretation,
           de-duplication, Parquet, the issues workbook), all cores;
4. warm:   ``thidua ingest`` again on the unchanged folder;
5. changed: ``thidua ingest`` after 1 % of the files (.xlsx, spread over the folder) were
           corrected (a figure one more) and saved again by a spreadsheet program (openpyxl here):
           they are read again, and the checks and the issues workbook are redone (the originals
           are put back afterwards);
6. query:  ``thidua query`` of a typical question (values per cluster and year) on the store;
7. report: with ``--report``, ``thidua report`` (the conference pack) for the last year.

Peak memory is the largest sum of resident memory over the ``thidua`` process and its workers,
sampled every 20 ms in separate cold and warm runs (sampling takes CPU from the run it watches, so
the timed runs are not sampled). Results are printed and written to bench/out/ingest_speed.json.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
FILES_PER_COPY_YEAR = 101  # one year of the default sample, all clusters


def generate(home: Path, n_files: int, seed: int) -> Path:
    from thidua_analysis.sample import generate_sample

    raw = home / "data" / "raw"
    marker = home / f".generated-{n_files}-{seed}"
    if marker.exists():
        return raw
    shutil.rmtree(home, ignore_errors=True)
    scale = max(1, math.ceil(n_files / (8 * FILES_PER_COPY_YEAR)))
    years = min(8, max(1, math.ceil(n_files / (FILES_PER_COPY_YEAR * scale))))
    os.environ["THIDUA_HOME"] = str(home)
    generate_sample(raw, years=range(2017, 2017 + years), seed=seed, scale=scale, scoring=False)
    marker.touch()
    return raw


def files_of(raw: Path) -> list[Path]:
    return sorted(
        p for p in raw.rglob("*") if p.is_file() and p.suffix in {".xlsx", ".xlsm", ".xls", ".ods"}
    )


def naive(files: list[Path], limit: int | None) -> tuple[float, int]:
    import warnings

    import pandas as pd

    chosen = [p for p in files if p.suffix == ".xlsx"]
    chosen = chosen[:limit] if limit else chosen
    start = time.perf_counter()
    for path in chosen:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                pd.read_excel(path, sheet_name=None, engine="openpyxl", header=None)
        except Exception:  # the naive loop skips the files it cannot open
            pass
    return time.perf_counter() - start, len(chosen)


def raw_read(files: list[Path]) -> tuple[float, int]:
    import python_calamine

    start = time.perf_counter()
    for path in files:
        try:
            book = python_calamine.CalamineWorkbook.from_path(str(path))
            for name in book.sheet_names:
                book.get_sheet_by_name(name).to_python(skip_empty_area=True)
            book.close()
        except Exception:  # the floor ignores unreadable files
            continue
    return time.perf_counter() - start, len(files)


def resave(files: list[Path], fraction: float = 0.01) -> dict[Path, tuple[bytes, int]]:
    """Correct one figure in ``fraction`` of the .xlsx files and save them with openpyxl (as an
    office re-sends a corrected report); returns each one's original bytes and mtime."""
    import warnings

    import openpyxl

    chosen = [p for p in files if p.suffix == ".xlsx"]
    wanted = max(1, round(len(files) * fraction))
    chosen = chosen[:: max(1, len(chosen) // wanted)][:wanted]
    originals = {}
    for path in chosen:
        originals[path] = (path.read_bytes(), path.stat().st_mtime_ns)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(path)
        # a corrected figure: the first number above 10 on the first sheet, one more
        sheet = book.worksheets[0]
        cell = next((c for row in sheet.iter_rows() for c in row
                     if isinstance(c.value, int | float) and not isinstance(c.value, bool) and c.value > 10), None)  # fmt: skip
        if cell is not None:
            cell.value += 1
        book.save(path)
    return originals


def restore(originals: dict[Path, tuple[bytes, int]]) -> None:
    for path, (content, mtime_ns) in originals.items():
        path.write_bytes(content)
        os.utime(path, ns=(mtime_ns, mtime_ns))


def _env(home: Path) -> dict[str, str]:
    """The commands' environment: as on an analyst's PC, Python keeps the package's compiled
    modules between runs (a machine that sets PYTHONDONTWRITEBYTECODE compiles every module of
    the package again at each command: 0.1–0.15 s more here)."""
    env = {**os.environ, "THIDUA_HOME": str(home), "COLUMNS": "120"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_cli(home: Path, *args: str) -> float:
    """Wall seconds of one ``thidua`` command."""
    exe = Path(sys.executable).with_name("thidua")
    env = _env(home)
    start = time.perf_counter()
    proc = subprocess.run([str(exe), *args], env=env, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"thidua {' '.join(args)} failed ({proc.returncode}):\n{proc.stdout}{proc.stderr}")
    return wall


QUERY = ("select cluster_id, year, indicator, sum(value) as total, count(*) as n from data "
         "where period = 'FY' group by all order by all")  # fmt: skip


def run_ingest(
    home: Path, raw: Path, store: Path, jobs: int | None, *, sample_memory: bool = False
) -> tuple[float, float, str]:
    """Wall seconds, peak resident MB of the process tree (0 unless ``sample_memory``), and the
    summary printed. Sampling the tree every 20 ms takes CPU from the run it measures, so timed
    runs do not sample; the memory figure comes from a run of its own."""
    exe = Path(sys.executable).with_name("thidua")
    cmd = [str(exe), "ingest", str(raw), "--out", str(store)]
    if jobs:
        cmd += ["--jobs", str(jobs)]
    env = _env(home)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    peak = 0
    if sample_memory:
        root = psutil.Process(proc.pid)
        while proc.poll() is None:
            try:
                tree = [root, *root.children(recursive=True)]
                peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
            except psutil.Error:
                pass
            time.sleep(0.02)
    output = proc.communicate()[0].decode()
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"ingest failed ({proc.returncode}):\n{output}")
    return wall, peak / 1024**2, output


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000, help="about how many report files")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=None, help="ingest workers (default: cores)")
    parser.add_argument("--naive-limit", type=int, default=None,
                        help="time the naive loop on only this many .xlsx files (it is slow)")  # fmt: skip
    parser.add_argument("--repeat", type=int, default=1,
                        help="repeat every measurement and report the medians")  # fmt: skip
    parser.add_argument("--work", type=Path, default=HERE / "out")
    parser.add_argument("--report", action="store_true", help="also time `thidua report` on the store")
    args = parser.parse_args()

    home = args.work / f"n{args.files}"
    t0 = time.perf_counter()
    raw = generate(home, args.files, args.seed)
    files = files_of(raw)
    size = sum(p.stat().st_size for p in files)
    print(
        f"{len(files)} files, {size / 1e6:.1f} MB (generated in {time.perf_counter() - t0:.0f} s)"
    )

    # Each measurement is repeated ``--repeat`` times, interleaved (naive, raw, cold, warm, then
    # again), and the median is reported, so that a slow moment of the machine weighs on all four.
    runs: dict[str, list[float]] = {"naive": [], "raw": [], "cold": [], "warm": [], "changed": []}
    store = home / "store"
    for _ in range(args.repeat):
        naive_s, naive_n = naive(files, args.naive_limit)
        runs["naive"].append(naive_s)
        raw_s, raw_n = raw_read(files)
        runs["raw"].append(raw_s)
        shutil.rmtree(store, ignore_errors=True)
        cold_s, _, summary = run_ingest(home, raw, store, args.jobs)
        runs["cold"].append(cold_s)
        warm_s, _, _ = run_ingest(home, raw, store, args.jobs)
        runs["warm"].append(warm_s)
        originals = resave(files)
        try:
            changed_s, _, _ = run_ingest(home, raw, store, args.jobs)
        finally:
            restore(originals)
        runs["changed"].append(changed_s)
        print(f"naive {naive_s:.2f} s ({naive_n} .xlsx), raw {raw_s:.2f} s, cold {cold_s:.2f} s, "
              f"warm {warm_s:.2f} s, {len(originals)} files changed {changed_s:.2f} s")  # fmt: skip
    naive_s, raw_s, cold_s, warm_s, changed_s = (statistics.median(runs[k]) for k in runs)
    run_ingest(home, raw, store, args.jobs)  # the originals again
    query_s = run_cli(home, "query", QUERY, "--store", str(store), "--limit", "5")
    report_s = None
    if args.report:
        year = max(int(p.name) for p in raw.iterdir() if p.name.isdigit())
        report_s = run_cli(home, "report", "--year", str(year), "--store", str(store),
                           "--out", str(home / "report"))  # fmt: skip
    print(f"query {query_s:.2f} s" + (f", report {report_s:.1f} s" if report_s is not None else ""))
    _, warm_mb, _ = run_ingest(home, raw, store, args.jobs, sample_memory=True)
    shutil.rmtree(store, ignore_errors=True)
    sampled_s, cold_mb, _ = run_ingest(home, raw, store, args.jobs, sample_memory=True)
    print(f"peak memory    : cold {cold_mb:.0f} MB (that run took {sampled_s:.2f} s while sampled), "
          f"warm {warm_mb:.0f} MB")  # fmt: skip
    print(summary)

    rate = {
        "naive": naive_n / naive_s,
        "raw": raw_n / raw_s,
        "cold": len(files) / cold_s,
        "warm": len(files) / warm_s,
    }
    result = {
        "files": len(files),
        "megabytes": round(size / 1e6, 1),
        "cores": os.cpu_count(),
        "seconds": {"naive": naive_s, "raw": raw_s, "cold": cold_s, "warm": warm_s,
                    "changed_1_percent": changed_s, "query": query_s, "report": report_s},
        "runs": runs,
        "naive_files": naive_n,
        "files_per_second": rate,
        "cold_vs_naive": rate["cold"] / rate["naive"],
        "cold_vs_raw": rate["raw"] / rate["cold"],
        "peak_mb": {"cold": cold_mb, "warm": warm_mb},
    }
    print()
    print(f"{'':16}{'files/s':>10}")
    for name, value in rate.items():
        print(f"{name:16}{value:10.0f}")
    print(f"cold ingest is {result['cold_vs_naive']:.1f}x the naive loop (target >= 10x)")
    print(f"cold ingest is {result['cold_vs_raw']:.2f}x the raw read (hostile-input issue: target <= 2x)")
    print(f"warm re-run {warm_s:.2f} s; after changing 1 % of the files {changed_s:.2f} s (target <= 2 s "
          "at 10 000)")  # fmt: skip
    print(f"peak memory {max(cold_mb, warm_mb):.0f} MB (targets: < 1 GB at 10 000, < 2 GB at 100 000)")
    args.work.mkdir(parents=True, exist_ok=True)
    (args.work / f"ingest_speed_{len(files)}.json").write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
