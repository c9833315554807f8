"""``data/processed``, the processed store, changed as a whole.

Each ingest writes a new *generation*, a folder ``gNNNNNN/`` holding ``data.parquet`` and
``all_issues.parquet`` (the combined frame and every issue), ``dropped.parquet`` (the values that
lost a clash: with the combined frame, every file's own values), ``issues.parquet`` (per-file
issues), ``candidates.parquet`` (figures in sentences) and ``manifest.json`` (each ingested
file's size, mtime and sha256); then the one-line file ``CURRENT`` is switched to it in one atomic
rename. A reader follows ``CURRENT`` and never sees a mix; a kill at any point leaves the previous
generation in use, and the next run removes what was left half-written. One ingest at a time
holds the store's lock (``.lock``); a store found damaged (garbage manifest or Parquet) is rebuilt
from the reports, with a note. Re-ingesting skips files whose size and mtime (or, failing that,
sha256) are unchanged.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..config import VERSION, find_project, home, mark_project, processed_dir
from ..errors import ArgumentError, StoreError
from ..interpret import warm_up
from ..interpret.narrative import CANDIDATE_COLUMNS
from ..loading.batch import VALUE_SCHEMA, deduplicate, read_files, taken, with_found
from ..loading.discovery import Scan, scan
from ..loading.pool import give_back_memory
from ..loading.review import apply_decisions, read_decisions, review_path, write_review
from ..quality import (
    CHECKED_COLUMNS,
    CHECKS,
    FIGURE_KEY,
    changed_figures,
    validate,
    validate_changes,
)
from ..reading import file_sha256
from ..reference import load_catalog, load_registry
from ..reference.files import Reference, reference_of
from ..schema import DATA_COLUMNS, ISSUE_COLUMNS, issue

__all__ = ["IngestSummary", "current_generation", "ingest", "load_candidates", "load_issues", "load_processed", "query",
           "source_paths", "update_review"]

FORMAT = 6  # 3: values carry the evidence of their decisions (label, period and unit sources);
#            4: issues carry the unit, year, period and indicator they are about;
#            5: the figures found in Word reports' sentences (candidates.parquet);
#            6: a file's values are the combined frame's and dropped.parquet's (no second copy)


@dataclass(frozen=True)
class IngestSummary:
    files: int
    read: int
    reused: int
    values: int
    errors: int
    warnings: int
    store: Path
    changed: bool  # False when nothing was read and the store was left as it was
    notes: int = 0  # issues of severity "info"
    candidates: int = 0  # figures found in the sentences of Word reports
    accepted: int = 0  # of which the analyst's review took into the data
    review: Path | None = None  # the review workbook those decisions are read from

    @property
    def data(self) -> pd.DataFrame:
        return load_processed(self.store).data

    @property
    def issues(self) -> pd.DataFrame:
        return load_issues(self.store)


def _reference_stamp(ref: Reference) -> str:
    """What the interpretation of a file depends on besides the file: the store format, the
    package version and the analyst's reference files. A change re-reads every file."""
    return f"{FORMAT}|{VERSION}|{ref.stamp}"


def _atomic(path: Path, write) -> None:
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    write(tmp)
    os.replace(tmp, path)


CURRENT = "CURRENT"


def current_generation(store: str | Path) -> Path | None:
    """The folder of the store's current generation (a store of the older one-folder layout is its
    own), or None when there is none."""
    store = Path(store)
    try:
        name = (store / CURRENT).read_text("utf-8").strip()
    except OSError:
        name = ""
    if name and re.fullmatch(r"g\d{6}", name) and (store / name).is_dir():
        return store / name
    if (store / "data.parquet").exists():  # written before generations
        return store
    return None


def _generations(store: Path) -> list[Path]:
    return sorted(p for p in store.glob("g[0-9]*") if p.is_dir() and re.fullmatch(r"g\d{6}", p.name))


def _clean(store: Path, keep: Path) -> None:
    """Remove every generation but ``keep``, half-written ones and leftovers of older layouts
    (best effort: a file another program holds open goes at the next run)."""
    for folder in _generations(store):
        if folder != keep:
            shutil.rmtree(folder, ignore_errors=True)
    for name in (*_STORE_FILES, "values.parquet", "manifest.json"):
        with contextlib.suppress(OSError):
            (store / name).unlink()
    for stray in store.glob(".*.tmp-*"):
        with contextlib.suppress(OSError):
            stray.unlink()


@contextlib.contextmanager
def _locked(store: Path):
    """Hold the store's lock for one ingest; a second one is refused with a clear message. The
    lock goes with the process, however it ends, and is let go explicitly when the ingest ends:
    a worker forked meanwhile shares the lock's file and would otherwise hold it while it lives."""
    handle = open(store / ".lock", "a+b")  # noqa: SIM115 - held for the whole block
    held = False
    try:
        try:
            if os.name == "nt":  # pragma: no cover - Windows
                import msvcrt

                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            held = True
        except OSError:
            raise StoreError(
                f"Một lần nạp khác đang ghi vào kho {store}; hãy đợi lần đó xong rồi chạy lại."
            ) from None
        yield
    finally:
        if held:
            with contextlib.suppress(OSError):
                if os.name == "nt":  # pragma: no cover - Windows
                    import msvcrt

                    msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
                else:
                    import fcntl

                    fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
        handle.close()


def _old_state(generation: Path | None) -> tuple[dict, str]:
    """The previous manifest and "" or, when the store is damaged, ``({}, why)``."""
    if generation is None:
        return {}, ""
    try:
        old = json.loads((generation / "manifest.json").read_text("utf-8"))
        if not isinstance(old, dict):
            raise ValueError("not an object")
        return old, ""
    except (OSError, ValueError) as exc:
        return {}, f"manifest.json hỏng ({type(exc).__name__})"


def ingest(
    raw: str | Path | list,
    *,
    out: str | Path | None = None,
    jobs: int | None = None,
    progress=None,
    files: list[tuple[Path, str]] | None = None,
    check: bool = True,
    ref: Reference | None = None,
    scanned: Scan | None = None,
    review: str | Path | None = None,
    on_issues=None,
) -> IngestSummary:
    """Load the report files under ``raw`` into the store at ``out`` (default data/processed).

    ``files`` is ``discover(raw)``, or ``scanned`` is ``scan(raw)``, when the caller has it already
    (to size a progress bar): the folders are then not walked again.
    With ``check`` (the default) the quality checks of :func:`~thidua_analysis.quality.validate`
    run on the combined data and their issues are stored with the loading issues.
    ``review``: the workbook of the analyst's decisions on figures found in sentences (default
    ``data/review/duyet_so_lieu_van_ban.xlsx`` beside the store); accepted ones become values.
    ``on_issues(issues)`` is called with every issue as soon as they are known, before the store
    is switched (the command line starts writing the issues workbook there); only when the store
    changes.
    """
    if out is None and not os.environ.get("THIDUA_HOME") and find_project() is None:
        mark_project(home())  # the first ingest makes this folder the project (found from below)
    out = Path(out) if out is not None else processed_dir()
    try:
        out.mkdir(parents=True, exist_ok=True)
        with _locked(out):
            return _ingest(raw, out, jobs=jobs, progress=progress, files=files, check=check,
                           ref=reference_of(None, ref), scanned=scanned,
                           review=Path(review) if review is not None else review_path(out),
                           on_issues=on_issues)  # fmt: skip
    except OSError as exc:  # a read-only folder, a full disk: the previous generation stays
        raise StoreError(
            f"Không ghi được vào kho {out}: {exc.strerror or exc}. Kho cũ vẫn nguyên; hãy kiểm tra "
            "quyền ghi và chỗ trống trên ổ đĩa rồi chạy lại."
        ) from exc


def _ingest(raw, out: Path, *, jobs, progress, files, check, ref: Reference, scanned, review: Path,
            on_issues=None) -> IngestSummary:
    scanned = scanned if scanned is not None else scan(raw)
    files = scanned.files if files is None else files
    found_issues = scanned.issues()
    generation = current_generation(out)
    old, damage = _old_state(generation)
    stamp = _reference_stamp(ref)
    old_files = old.get("files", {}) if old.get("reference") == stamp else {}
    manifest, to_read, reused = _compare(files, old_files)
    unread = [[i["code"], i["source_file"]] for i in found_issues]
    decided = _file_stamp(review)
    if (
        not to_read
        and generation is not None
        and set(manifest) == set(old_files)
        # a file saved again unchanged is as new as its time says: which of two clashing reports
        # is the newer may have changed
        and all(entry.get("mtime_ns") == old_files[rel].get("mtime_ns") for rel, entry in manifest.items())
        and unread == old.get("unread", [])
        and decided == old.get("review")
        and "summary" in old
        and all((generation / name).exists() for name in _STORE_FILES)
    ):
        counts = old["summary"]
        return IngestSummary(len(files), 0, len(reused), counts["values"], counts["errors"],
                             counts["warnings"], out, changed=False, notes=counts.get("notes", 0),
                             candidates=counts.get("candidates", 0), accepted=counts.get("accepted", 0),
                             review=review)  # fmt: skip
    kept = (None, None, None, None, None)
    if reused:  # Arrow reads the kept files' rows outside the interpreter lock, while the
        # reference lookups the workers will inherit are built here
        with ThreadPoolExecutor(max_workers=1) as reader:
            pending = reader.submit(_kept, generation, reused, set(old_files))
            warm_up(ref)
            kept = pending.result()
    if reused and kept[0] is None:  # the old generation cannot be read: read everything again
        damage = damage or "tệp Parquet của kho hỏng"
        to_read, reused = list(files), set()
    readings = read_files(to_read, jobs=jobs, progress=progress, ref=ref)
    values, file_issues, candidates = readings.data, readings.issues, readings.candidates
    fingerprints = readings.fingerprints
    del readings  # its values are let go as the combined frame is made
    if reused:
        candidates = _in_file_order(kept[2], candidates)
    decisions, review_issues = read_decisions(review)
    accepted, not_applied = apply_decisions(candidates, decisions, ref=ref)
    for rel, (digest, size, mtime_ns) in fingerprints.items():
        entry = manifest[rel]
        if not digest:  # not read at all (the worker failed): look at the file from here
            path = Path(entry["path"])
            try:
                stat = path.stat()
                digest, size, mtime_ns = file_sha256(path), stat.st_size, stat.st_mtime_ns
            except OSError:  # gone or unreadable: its issue says so; the next run looks again
                digest, size, mtime_ns = "", -1, 0
        entry.update(sha256=digest, size=size, mtime_ns=mtime_ns)
    if reused:
        file_issues = _in_file_order(kept[1], file_issues)
    mtimes = {rel: e["mtime_ns"] / 1e9 for rel, e in manifest.items()}
    # the unchanged files' values, the new ones and the figures accepted from sentences: one
    # frame, the order of which does not matter (a clash is decided by file, sheet and cell)
    parts = [frame for frame in (kept[0] if reused else None, values, accepted[values.columns] if len(accepted) else None)
             if frame is not None and len(frame)]  # fmt: skip
    touched = previous_checks = None
    if check and reused and old.get("checked") and decided == old.get("review"):
        # (else the previous run's checks are not there to keep, or figures accepted from sentences
        # may differ anywhere)
        where, before = kept[3].around(kept[0], [values, accepted])
        previous_checks = kept[4]
    del values, kept
    every = pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0].reset_index(drop=True) if parts else \
        pd.DataFrame(columns=DATA_COLUMNS)  # fmt: skip
    del parts
    positions, lost, found = deduplicate(every, mtimes)
    dropped = every.take(lost).sort_values(  # in an order that does not depend on the run
        ["source_file", "source_sheet", "source_cell", "indicator", "year", "period"], kind="stable"
    ).reset_index(drop=True)
    data = taken(every, positions, consume=True)  # column by column: the values are never held twice
    del every
    if previous_checks is not None:  # what the checks read that the change altered
        touched = changed_figures(before, _at(data, where)[CHECKED_COLUMNS])
        del before, where
    give_back_memory()
    issues = with_found(file_issues, found)
    extra = [*found_issues, *review_issues, *not_applied]
    if damage:
        extra = [*extra, issue("info", "store.rebuilt",
                               f"Kho dữ liệu cũ bị hỏng hoặc ghi dở ({damage}); đã đọc lại các báo cáo cần thiết "
                               "và dựng kho mới.")]  # fmt: skip
    if extra:
        issues = pd.concat([issues, pd.DataFrame(extra, columns=ISSUE_COLUMNS)], ignore_index=True)
    last = _generations(out)
    new = out / f"g{(int(last[-1].name[1:]) + 1 if last else 1):06d}"
    shutil.rmtree(new, ignore_errors=True)
    new.mkdir()
    def write_frames() -> None:  # done while the checks run
        for name, frame in (("data.parquet", data), ("dropped.parquet", dropped),
                            ("issues.parquet", file_issues), ("candidates.parquet", candidates)):  # fmt: skip
            frame.to_parquet(new / name, index=False)

    if check:
        if touched is not None:  # files changed: what they can alter is checked again, the rest stands
            checked = validate_changes(data, previous_checks, touched, ref=ref, jobs=jobs or os.cpu_count() or 1,
                                       meanwhile=write_frames)  # fmt: skip
        else:
            checked = validate(data, ref=ref, jobs=jobs or os.cpu_count() or 1, meanwhile=write_frames)
        issues = pd.concat([issues, checked], ignore_index=True)
    else:
        write_frames()
    values = len(data)
    data = dropped = None  # written: what they held goes back before anything else starts
    give_back_memory()
    if on_issues is not None:
        on_issues(issues)
    issues.to_parquet(new / "all_issues.parquet", index=False)
    errors = int((issues["severity"] == "error").sum())
    notes = int((issues["severity"] == "info").sum())
    counts = {"values": values, "errors": errors, "warnings": len(issues) - errors - notes,
              "notes": notes, "candidates": len(candidates), "accepted": len(accepted)}  # fmt: skip
    document = {"format": FORMAT, "reference": stamp, "summary": counts, "files": manifest, "unread": unread,
                "review": decided, "checked": bool(check)}  # fmt: skip
    (new / "manifest.json").write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    _atomic(out / CURRENT, lambda p: p.write_text(new.name, "utf-8"))  # the switch, in one step
    _clean(out, keep=new)
    return IngestSummary(len(files), len(to_read), len(reused), values, errors,
                         counts["warnings"], out, changed=True, notes=notes, candidates=len(candidates),
                         accepted=len(accepted), review=review)  # fmt: skip


def _kept(generation: Path, reused: set[str], before: set[str]) -> tuple:
    """The previous readings of the unchanged files ``reused`` (values, issues, candidates from
    sentences), what the change can alter of the previous figures (:class:`_Before`), and the
    previous quality checks' issues; ``None`` for each when they cannot be read. ``before``: the
    files of the previous generation. A file's values are its rows of the combined frame and
    those that lost a clash; the figures accepted from sentences are not (the review decides them
    each time)."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    # Every row of these files names a file of the previous generation: "not one of the files that
    # changed or went" (usually a few) says the same as "one of those kept", and is faster to test.
    gone = before - reused
    few, keep = (gone, False) if len(gone) < len(reused) else (reused, True)

    gone: list[pa.Table] = []  # the rows not kept (what the change removes)

    def own(table: pa.Table, removed: list[str]) -> pa.Table:
        mask = pc.is_in(table["source_file"], value_set=pa.array(sorted(few), pa.large_string()))
        mask = pc.fill_null(mask if keep else pc.invert(mask), False)
        mask = pc.and_(mask, pc.fill_null(pc.not_equal(table["column_role"], "text"), True))
        gone.append(table.filter(pc.invert(mask)).select(removed))
        return table.filter(mask)

    def rows_of(frame: pd.DataFrame) -> pd.Series:
        hit = frame["source_file"].isin(few)
        return hit if keep else ~hit & frame["source_file"].notna()

    try:
        # (of the combined frame's rows removed, what the checks read; of those that lost a clash, where)
        tables = [own(pq.read_table(generation / name).cast(VALUE_SCHEMA), removed)
                  for name, removed in (("data.parquet", CHECKED_COLUMNS), ("dropped.parquet", FIGURE_KEY))]  # fmt: skip
        old_issues = pd.read_parquet(generation / "issues.parquet")
        old_candidates = pd.read_parquet(generation / "candidates.parquet")
        checks = pq.read_table(generation / "all_issues.parquet",
                               filters=[("code", "in", sorted(CHECKS))]).to_pandas()  # fmt: skip
    except Exception:  # garbage, truncated or missing: Arrow raises several kinds
        return None, None, None, None, None
    kept_v = pa.concat_tables(tables).to_pandas()
    kept_i = old_issues[rows_of(old_issues) & ~old_issues["code"].isin(_BATCH_CODES)]
    kept_c = old_candidates[rows_of(old_candidates)]
    before_change = _Before(won=gone[0].to_pandas(), lost=gone[1].to_pandas(), kept_won=tables[0].num_rows)
    return kept_v, kept_i, kept_c, before_change, checks[ISSUE_COLUMNS]


@dataclass
class _Before:
    """What a change can alter of the previous figures: the previous combined frame's rows of the
    files changed or gone (``won``), their rows that lost a clash (``lost``), and how many rows
    of the kept values came from the previous combined frame (they come first)."""

    won: pd.DataFrame
    lost: pd.DataFrame
    kept_won: int

    def around(self, kept: pd.DataFrame, added: list[pd.DataFrame]) -> tuple[pd.DataFrame, pd.DataFrame]:
        """Where a change can be, and the previous figures there: the keys of the rows removed
        (``won``, ``lost``) and ``added``, and the previous combined frame's rows at them. A clash
        between a changed file and a kept one can turn either way (the newest file wins), so the
        kept rows at those keys are among them."""
        keys = [self.won[FIGURE_KEY], self.lost[FIGURE_KEY], *(f[FIGURE_KEY] for f in added if len(f))]
        where = pd.concat(keys, ignore_index=True).drop_duplicates()
        old = pd.concat([self.won, _at(kept.iloc[: self.kept_won], where)[CHECKED_COLUMNS]], ignore_index=True)
        return where, old


def _at(frame: pd.DataFrame, keys: pd.DataFrame) -> pd.DataFrame:
    """The rows of ``frame`` at one of the figure ``keys`` (unit, year, period, indicator)."""
    if not len(keys) or not len(frame):
        return frame.iloc[:0]
    near = frame[frame["unit_id"].isin(set(keys["unit_id"]))]  # a quick first cut
    wanted = pd.MultiIndex.from_frame(keys[FIGURE_KEY])
    return near[pd.MultiIndex.from_frame(near[FIGURE_KEY]).isin(wanted)]


def _file_stamp(path: Path) -> list | None:
    """``[size, mtime_ns]`` of a file, None when there is none: a change to it redoes the work."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return [stat.st_size, stat.st_mtime_ns]


def load_issues(path: str | Path | None = None) -> pd.DataFrame:
    """The store's issues alone (the values are not read: a warm run at scale only lists them)."""
    folder = Path(path) if path is not None else processed_dir()
    generation = current_generation(folder)
    if generation is None:
        raise StoreError(f"Chưa có kho dữ liệu đã xử lý ở {folder}; hãy chạy 'thidua ingest' trước.")
    try:
        return pd.read_parquet(generation / "all_issues.parquet")
    except Exception as exc:  # missing, garbage or truncated Parquet
        raise StoreError(
            f"Kho dữ liệu ở {folder} bị hỏng ({type(exc).__name__}); hãy chạy lại 'thidua ingest' để dựng lại."
        ) from exc


def load_candidates(path: str | Path | None = None) -> pd.DataFrame:
    """The figures found in the sentences of Word reports at the store's last ingest."""
    folder = Path(path) if path is not None else processed_dir()
    generation = current_generation(folder)
    if generation is None or not (generation / "candidates.parquet").exists():
        return pd.DataFrame(columns=CANDIDATE_COLUMNS)
    return pd.read_parquet(generation / "candidates.parquet")


def update_review(store: str | Path | None = None, review: str | Path | None = None) -> Path | None:
    """Write the review workbook of the store's candidates, keeping the analyst's decisions;
    None when there is nothing to review."""
    folder = Path(store) if store is not None else processed_dir()
    candidates = load_candidates(folder)
    path = Path(review) if review is not None else review_path(folder)
    if not len(candidates) and not path.exists():
        return None
    decisions, problems = read_decisions(path)
    if any(p["code"] == "review.unreadable" for p in problems):  # never write over decisions unread
        raise StoreError(f"Không đọc được bảng duyệt {path}: {problems[0]['message']} Bảng không được ghi đè.")
    if path.exists() and set(decisions["key"]) == set(candidates["key"]):
        return path  # the same figures: the analyst's file is left as it is
    return write_review(candidates, decisions, path)


def _in_file_order(kept: pd.DataFrame, new: pd.DataFrame) -> pd.DataFrame:
    """Kept rows of unchanged files and the rows just read (issues, figures in sentences),
    ordered by file as a cold run is."""
    if not len(new):
        return kept.reset_index(drop=True)
    if not len(kept):
        return new
    both = pd.concat([kept, new], ignore_index=True)
    return both.sort_values("source_file", kind="stable").reset_index(drop=True)


_STORE_FILES = ("data.parquet", "dropped.parquet", "issues.parquet", "all_issues.parquet", "candidates.parquet")


def _compare(
    files: list[tuple[Path, str]], old_files: dict
) -> tuple[dict, list[tuple[Path, str]], set[str]]:
    """(new manifest, files to read, files whose previous reading still holds)."""
    manifest, to_read, reused = {}, [], set()
    cwd = os.getcwd()  # once: os.path.abspath would ask for every file
    for path, rel in files:
        entry = {"path": os.path.normpath(os.path.join(cwd, path))}
        previous = old_files.get(rel)
        if previous is None:  # new: the worker that reads it gives its size, time and hash
            manifest[rel] = entry
            to_read.append((path, rel))
            continue
        stat = os.stat(path)  # a plain call: this runs for each of many thousand files
        entry.update(size=stat.st_size, mtime_ns=stat.st_mtime_ns)
        if previous and previous["size"] == entry["size"] and previous["path"] == entry["path"]:
            if previous["mtime_ns"] == entry["mtime_ns"]:
                entry["sha256"] = previous["sha256"]
            else:
                entry["sha256"] = file_sha256(path)
            if entry["sha256"] == previous["sha256"]:
                reused.add(rel)
                manifest[rel] = entry
                continue
        manifest[rel] = entry
        to_read.append((path, rel))
    return manifest, to_read, reused


_BATCH_CODES = ("report.superseded", "value.duplicate")


def load_processed(path: str | Path | None = None):
    """The store's tidy frame and issues, as :class:`~thidua_analysis.LoadResult`."""
    from ..loading.batch import LoadResult

    folder = Path(path) if path is not None else processed_dir()
    generation = current_generation(folder)
    if generation is None:
        raise StoreError(f"Chưa có kho dữ liệu đã xử lý ở {folder}; hãy chạy 'thidua ingest' trước.")
    try:
        return LoadResult(
            pd.read_parquet(generation / "data.parquet"), pd.read_parquet(generation / "all_issues.parquet")
        )
    except Exception as exc:  # missing, garbage or truncated Parquet
        raise StoreError(
            f"Kho dữ liệu ở {folder} bị hỏng ({type(exc).__name__}); hãy chạy lại 'thidua ingest' để dựng lại."
        ) from exc


def source_paths(path: str | Path | None = None) -> dict[str, Path]:
    """``source_file`` → the path it was read from, as the store's manifest recorded it."""
    folder = Path(path) if path is not None else processed_dir()
    generation = current_generation(folder) or folder
    try:
        manifest = json.loads((generation / "manifest.json").read_text("utf-8"))
    except (FileNotFoundError, OSError, ValueError) as exc:
        raise StoreError(
            f"Không đọc được manifest.json trong {folder}; hãy chạy 'thidua ingest' trước."
        ) from exc
    return {rel: Path(entry["path"]) for rel, entry in manifest.get("files", {}).items()}


def query(sql: str, *, path: str | Path | None = None, ref: Reference | None = None) -> pd.DataFrame:
    """Run DuckDB SQL over the store: tables ``data``, ``issues``, ``catalog``, ``registry``."""
    import duckdb

    ref = reference_of(None, ref)
    loaded = load_processed(path)
    catalog = load_catalog(ref=ref).drop(columns="aliases")
    registry = load_registry(ref=ref)
    con = duckdb.connect()
    try:
        for name, frame in (
            ("data", loaded.data),
            ("issues", loaded.issues),
            ("catalog", catalog),
            ("registry", registry),
        ):
            con.register(name, frame)
        try:
            return con.execute(sql).df()
        except duckdb.Error as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise ArgumentError(
                f"Câu SQL không chạy được: {first}. Các bảng có: data, issues, catalog, registry "
                "(ví dụ: select * from data limit 5)."
            ) from None
    finally:
        con.close()
