"""The ``thidua`` command. Help and messages are in Vietnamese, with an English line for each."""

from __future__ import annotations

import functools
import gc
import os
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from typer.exceptions import TyperException

from .config import VERSION, home, processed_dir, raw_dir, reports_dir
from .errors import StoreError, ThiduaError, UsageError
from .issue_codes import CODES, SEVERITY_VI, markdown_table
from .reference import cluster_names, expected_units, load_catalog, load_registry
from .text.numbers import format_vn
from .text.vietnamese import sort_vi

F = TypeVar("F", bound=Callable[..., None])

app = typer.Typer(
    name="thidua",
    help=(
        "Phân tích báo cáo thi đua của các cụm, khối thi đua MTTQ: nạp báo cáo Excel, kiểm tra, "
        "tổng hợp, vẽ biểu đồ.\n\n"
        "Analyse MTTQ emulation-cluster reports: load Excel reports, check, aggregate, chart."
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)
console = Console()
notice = Console(stderr=True)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"thidua_analysis {VERSION}")
        raise typer.Exit()


@app.callback()
def _project(
    ctx: typer.Context,
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="In phiên bản rồi thoát. / Print the version."
    ),
) -> None:
    """Say which project folder every command works in (on stderr: output stays clean)."""
    if ctx.invoked_subcommand not in (None, "init", "codes"):
        notice.print(f"[dim]Dự án: {home().resolve()}[/dim]", highlight=False)


def _named(resolver: str):
    """An option callback that turns what a person types into an id ("Cụm 3" → ha_noi_cum_3),
    with ``resolver``, a function of :mod:`thidua_analysis.reference.names`."""

    def callback(value: str | None) -> str | None:
        if value is None:
            return None
        from .reference import names

        try:
            return getattr(names, resolver)(value)
        except ThiduaError as exc:
            raise typer.BadParameter(str(exc)) from None

    return callback


_cluster, _unit, _period = _named("resolve_cluster"), _named("resolve_unit"), _named("resolve_period")


# options several commands share (typer reads them as plain default values)
STORE_OPTION = typer.Option(
    None, "--store", help="Thư mục kho (mặc định data/processed). / Store folder."
)
STRICT_OPTION = typer.Option(
    False, "--strict", help="Thoát mã khác 0 nếu có lỗi. / Exit non-zero on any error."
)


def _friendly(command: F) -> F:
    """Show the package's own errors as one red line saying what to fix, not a traceback."""

    @functools.wraps(command)
    def wrapper(*args: object, **kwargs: object) -> None:
        try:
            command(*args, **kwargs)
        except (typer.Exit, typer.Abort, TyperException):
            raise  # the command's own exit code, and click's usage errors
        except ThiduaError as exc:
            console.print(f"[red]Lỗi:[/red] {escape(str(exc))}")
            raise typer.Exit(2) from None
        except OSError as exc:  # a file or folder that cannot be read or written
            where = f" {exc.filename}" if exc.filename else ""
            console.print(f"[red]Lỗi:[/red] không đọc hoặc ghi được{escape(where)}: {escape(str(exc.strerror or exc))}. Hãy kiểm "
                          "tra đường dẫn, quyền ghi và chỗ trống trên ổ đĩa (tệp có đang mở trong Excel?).")  # fmt: skip
            raise typer.Exit(2) from None
        except Exception as exc:  # a fault of ours: one line, the details on request
            if os.environ.get("THIDUA_DEBUG"):
                raise
            console.print(f"[red]Lỗi không mong đợi[/red] ({type(exc).__name__}: {escape(str(exc))}). Chạy lại với "
                          "THIDUA_DEBUG=1 để xem chi tiết và gửi cho người quản lý phần mềm.")  # fmt: skip
            raise typer.Exit(2) from None

    return wrapper  # type: ignore[return-value]


@app.command("catalog")
@_friendly
def catalog_command(
    reference: Path = typer.Option(
        None,
        "--reference",
        help="Thư mục danh mục riêng (ghi đè mặc định). / Own reference folder.",
    ),
) -> None:
    """Liệt kê danh mục chỉ tiêu. / List the indicator catalogue."""
    frame = load_catalog(user_dir=reference)
    table = Table("Mã / code", "Tên chỉ tiêu", "ĐVT", "Loại / kind", "Số bí danh")
    for row in frame.itertuples(index=False):
        table.add_row(row.code, row.name_vi, row.base_unit, row.kind, str(len(row.aliases)))
    console.print(table)


@app.command("init")
@_friendly
def init_command(
    folder: Path = typer.Argument(Path("."), help="Thư mục làm việc mới (mặc định: thư mục hiện tại). / Folder."),
    kernel: bool = typer.Option(
        True, "--kernel/--no-kernel",
        help="Cài nhân Jupyter 'thidua' vào môi trường này. / Install the 'thidua' Jupyter kernel.",
    ),
) -> None:
    """Tạo thư mục làm việc: data/, sổ tay, hướng dẫn. / Set up a working folder."""
    from .reporting.workspace import init_project

    made = init_project(folder, kernel=kernel)
    for line in made:
        console.print(f"  {line}")
    console.print(f"Đã tạo thư mục làm việc {folder.resolve()}. Chép báo cáo vào {folder / 'data' / 'raw'} "
                  "rồi chạy: thidua ingest")  # fmt: skip


@app.command("codes")
@_friendly
def codes_command(
    markdown: bool = typer.Option(False, "--markdown", help="In dạng bảng Markdown. / Print as Markdown."),
) -> None:
    """Liệt kê các mã vấn đề và cách sửa. / List the issue codes and their fixes."""
    if markdown:
        typer.echo(markdown_table())
        return
    table = Table("Mã / code", "Mức độ", "Nghĩa", "Cách sửa")
    for entry in CODES.values():
        table.add_row(entry.code, SEVERITY_VI[entry.severity], entry.title, entry.fix)
    console.print(table)


@app.command("clusters")
@_friendly
def clusters_command(
    year: int = typer.Option(None, "--year", help="Năm (mặc định: năm nay). / Year (default: this year)."),
) -> None:
    """Liệt kê các cụm, khối với tên và đơn vị thành viên. / List clusters with names and members."""
    import datetime

    registry = load_registry()
    year = year or datetime.date.today().year
    this = registry[registry["year"] == year]
    if this.empty:
        years = sorted(registry["year"].unique())
        raise UsageError(f"Danh mục không có cụm nào năm {year}; danh mục có các năm {years[0]}–{years[-1]}.")
    names = cluster_names()
    table = Table("Mã / id", "Tên cụm, khối", "Số đơn vị", "Đơn vị thành viên", title=f"Các cụm, khối năm {year}")
    for cid, group in sorted(this.groupby("cluster_id"), key=lambda item: sort_vi([names.get(item[0], item[0])])):
        members = sort_vi(group["unit_name"].dropna().unique())
        table.add_row(cid, names.get(cid, cid), str(len(members)), ", ".join(members))
    console.print(table)


@app.command("registry")
@_friendly
def registry_command(
    year: int = typer.Option(..., "--year", help="Năm. / Year."),
    cluster: str = typer.Option(
        None, "--cluster", callback=_cluster,
        help="Cụm: mã hoặc tên, ví dụ ha_noi_cum_3, 'Cụm 3'. / Cluster id or name.",
    ),
    reference: Path = typer.Option(
        None,
        "--reference",
        help="Thư mục danh mục riêng (ghi đè mặc định). / Own reference folder.",
    ),
) -> None:
    """Các đơn vị phải báo cáo theo cụm trong một năm. / Units expected to report, by cluster."""
    registry = load_registry(user_dir=reference)
    clusters = (
        [cluster]
        if cluster
        else sorted(registry.loc[registry["year"] == year, "cluster_id"].unique())
    )
    years = sorted(registry["year"].unique())
    if year not in years:
        raise UsageError(f"Danh mục không có cụm nào năm {year}; danh mục có các năm {years[0]}–{years[-1]}.")
    if cluster and cluster not in set(registry.loc[registry["year"] == year, "cluster_id"]):
        raise UsageError(f"Cụm {cluster} không có đơn vị nào năm {year}.")
    names = cluster_names(user_dir=reference)
    units = dict(zip(registry["unit_id"], registry["unit_name"], strict=False))
    table = Table("Cụm / cluster", "Tên cụm", "Năm", "Đơn vị phải báo cáo / expected units")
    for cid in clusters:
        members = sort_vi([units.get(u, u) for u in expected_units(registry, cid, year)])
        table.add_row(cid, names.get(cid, cid), str(year), ", ".join(members))
    console.print(table)


@app.command("sample")
@_friendly
def sample_command(
    out: Path = typer.Option(
        None, "--out", help="Thư mục ghi báo cáo mẫu (mặc định data/raw). / Output folder."
    ),
    years: str = typer.Option("2017-2024", "--years", help="Các năm, ví dụ 2017-2024. / Years."),
    seed: int = typer.Option(0, "--seed", help="Hạt giống ngẫu nhiên. / Random seed."),
    units: str = typer.Option(
        None, "--units", help="Chỉ các đơn vị này (mã, cách nhau dấu phẩy). / Only these units."
    ),
    scale: int = typer.Option(
        1,
        "--scale",
        min=1,
        help="Nhân bản tỉnh giả lập N lần để đo tốc độ (danh mục ghi vào data/reference). "
        "/ Imaginary copies of the province, for benchmarks.",
    ),
) -> None:
    """Tạo bộ báo cáo mẫu có đáp án. / Write the built-in sample reports and their ground truth."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from .sample import generate_sample

    first, _, last = years.partition("-")
    span = range(int(first), int(last or first) + 1)
    with Progress(TextColumn("Đang tạo mẫu"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.description}"),
                  TimeElapsedColumn(), console=console, transient=True) as bar:  # fmt: skip
        task = bar.add_task("", total=None)

        def step(done: int, total: int, what: str) -> None:
            bar.update(task, completed=done, total=total, description=what)

        summary = generate_sample(
            out or raw_dir(),
            years=span,
            seed=seed,
            units=units.split(",") if units else None,
            scale=scale,
            progress=step,
        )
    console.print(
        f"Đã tạo {format_vn(summary.files)} tệp ({format_vn(round(summary.bytes / 1e6, 1))} MB, "
        f"{format_vn(summary.values)} giá trị) trong {summary.out}; "
        f"đáp án ở {summary.truth_dir}."
    )
    root = Path(out or raw_dir()).parent
    console.print(
        f"Chỉ tiêu đăng ký: {root / 'targets'}; bảng chấm điểm của các cụm: {root / 'scoring'}."
    )


@app.command("template")
@_friendly
def template_command(
    period: str = typer.Option(..., "--period", help="Kỳ báo cáo, ví dụ 2022-H1. / Period."),
    unit: str = typer.Option(None, "--unit", callback=_unit,
                             help="Đơn vị: mã hoặc tên, ví dụ dong_da, 'Đống Đa'. / Unit id or name."),
    cluster: str = typer.Option(
        None, "--cluster", callback=_cluster,
        help="Cụm (mã hoặc tên): một mẫu cho mỗi đơn vị của cụm. / Cluster id or name.",
    ),
    out: Path = typer.Option(
        None, "--out", help="Tệp hoặc thư mục ghi mẫu (mặc định reports/mau_bao_cao). / Output."
    ),
    targets: bool = typer.Option(
        False, "--chi-tieu", help="Mẫu đăng ký chỉ tiêu thi đua cả năm. / Annual targets form."
    ),
) -> None:
    """Tạo mẫu báo cáo trống cho đơn vị điền. / Write the blank report template units fill in."""
    from .forms import write_cluster_templates, write_report_template

    if bool(unit) == bool(cluster):
        console.print("[red]Lỗi:[/red] cần đúng một trong hai tùy chọn --unit hoặc --cluster.")
        raise typer.Exit(2)
    target = out or reports_dir() / ("mau_chi_tieu" if targets else "mau_bao_cao")
    if unit:
        paths = [write_report_template(target, unit_id=unit, period=period, targets=targets)]
    else:
        paths = write_cluster_templates(target, cluster_id=cluster, period=period,
                                        targets=targets)  # fmt: skip
    for path in paths:
        console.print(f"Đã tạo mẫu: {path}")


@app.command("ingest")
@_friendly
def ingest_command(
    raw: list[Path] = typer.Argument(
        None, help="Tệp hoặc thư mục báo cáo (mặc định data/raw). / Report files or folders."
    ),
    out: Path = typer.Option(
        None, "--out", help="Thư mục kho đã xử lý (mặc định data/processed). / Store folder."
    ),
    jobs: int = typer.Option(
        None, "--jobs", "-j", help="Số tiến trình song song (mặc định: số lõi). / Parallel workers."
    ),
    strict: bool = STRICT_OPTION,
) -> None:
    """Nạp báo cáo vào kho dữ liệu đã xử lý. / Load report files into the processed store."""
    import pyarrow
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from .background import Background
    from .loading.discovery import scan
    from .loading.pool import give_back_memory
    from .quality.feedback import issues_digest, workbook_digest, write_issues_workbook
    from .storage import ingest, update_review

    # A batch allocates and frees many large Arrow buffers. Arrow's default allocator hands freed
    # memory back at once and zeroes fresh huge pages on every reuse; the C library's keeps it
    # (measured at 10 480 files: 0.3 s less system time, 0.2–0.3 s less in all).
    pyarrow.set_memory_pool(pyarrow.system_memory_pool())
    sources = raw or [raw_dir()]
    missing = [str(path) for path in sources if not Path(path).exists()]
    if missing:
        raise UsageError(
            f"Không tìm thấy {', '.join(missing)}; hãy kiểm tra đường dẫn tới thư mục hoặc tệp báo cáo."
        )
    store = out or processed_dir()
    found = scan(sources)
    files = found.files
    with Progress(TextColumn("Đang đọc"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=console,
                  transient=True) as bar:  # fmt: skip
        task = bar.add_task("files", total=len(files))
        # the issues workbook is written by a second process from the moment the issues are known,
        # while this one finishes the store and reports
        workbook = store / "van_de_theo_tep.xlsx"
        started: list[Background] = []

        def write_workbook(issues) -> None:  # unless the workbook there was written from these issues
            digest = issues_digest(issues)
            if workbook_digest(workbook) != digest:
                started.append(Background(lambda: write_issues_workbook(issues, workbook, digest=digest)))

        def when_known(issues) -> None:
            bar.stop()  # the bar's thread is not copied into the second process
            write_workbook(issues)

        summary = ingest(sources, out=out, jobs=jobs, scanned=found, on_issues=when_known,
                         progress=lambda _rel: bar.advance(task))  # fmt: skip
    issues = summary.issues
    if not summary.changed:  # the store as it was: its workbook may be missing, older, or edited
        give_back_memory()  # what the ingest freed goes back before the second process starts
        write_workbook(issues)
    writing = started[0] if started else None
    table = Table("Chỉ số / measure", "Số / count", title="Kết quả nạp báo cáo / ingest summary")
    for label, value in (("Tệp tìm thấy / files", summary.files), ("Tệp đã đọc / read", summary.read),
                         ("Tệp không đổi, dùng lại / reused", summary.reused), ("Giá trị / values", summary.values),
                         ("Lỗi / errors", summary.errors), ("Cảnh báo / warnings", summary.warnings),
                         ("Ghi chú / notes", summary.notes)):  # fmt: skip
        table.add_row(label, f"{value:,}".replace(",", "."))
    console.print(table)
    _files_with_problems(issues)
    console.print(f"Kho dữ liệu: {store}  ·  Bảng vấn đề theo tệp: {workbook}")
    if summary.candidates or (summary.review is not None and summary.review.exists()):
        try:
            path = update_review(store, summary.review)
        except OSError as exc:  # open in Excel on Windows: the old one stays
            console.print(f"[yellow]Chưa ghi được bảng duyệt {summary.review}[/yellow] ({escape(str(exc.strerror or exc))}); "
                          "hãy đóng tệp trong Excel rồi chạy lại.")  # fmt: skip
        except StoreError as exc:  # the analyst's decisions could not be read: never written over
            console.print(f"[yellow]{escape(str(exc))}[/yellow]")
        else:
            if path is not None:
                console.print(f"Số liệu trong câu văn của báo cáo Word: {format_vn(summary.candidates)} đề xuất, "
                              f"{format_vn(summary.accepted)} đã nhận vào dữ liệu. Duyệt (Nhận / Sửa / Bỏ) trong: {path}")  # fmt: skip
    if writing is not None:
        writing.result()
    if strict and summary.errors:
        raise typer.Exit(1)


def _files_with_problems(issues, shown: int = 10) -> None:
    """The files with errors, errors first, then those with warnings: what to open first."""
    if issues is None or not len(issues):
        return
    own = issues[issues["source_file"].astype(bool) & issues["severity"].isin(["error", "warning"])]
    if own.empty:
        return
    counts = (own.assign(e=own["severity"].eq("error"), w=own["severity"].eq("warning"))
              .groupby("source_file", sort=False).agg(e=("e", "sum"), w=("w", "sum"), first=("message", "first")))  # fmt: skip
    counts = counts.sort_values(["e", "w"], ascending=False)
    table = Table("Tệp cần xem trước / files to look at", "Lỗi", "Cảnh báo", "Vấn đề đầu tiên",
                  title=f"{format_vn(len(counts))} tệp có vấn đề")  # fmt: skip
    for name, row in counts.head(shown).iterrows():
        first = row["first"] if len(row["first"]) <= 90 else row["first"][:89] + "…"
        table.add_row(str(name), format_vn(int(row["e"])), format_vn(int(row["w"])), first)
    console.print(table)
    if len(counts) > shown:
        console.print(f"… và {format_vn(len(counts) - shown)} tệp khác: xem bảng vấn đề theo tệp.")


def _plain(value: object) -> str:
    """A value shown as it is (brackets in a label are not markup)."""
    return escape("" if value is None else str(value))


@app.command("explain")
@_friendly
def explain_command(
    file: Path = typer.Argument(..., help="Tệp báo cáo cần giải thích. / The report file."),
    xlsx: Path = typer.Option(
        None, "--xlsx",
        help="Ghi bản sao tệp có tô màu vai trò các ô (mặc định: <tên tệp>_giai_thich.xlsx cạnh "
        "thư mục hiện tại). / Coloured copy of the workbook.",
    ),
    rel: str = typer.Option(
        None, "--ten", help="Tên tệp như trong lô nạp (để khớp công thức đọc). / Name in the batch."
    ),
) -> None:
    """Giải thích cách đọc một tệp: bảng, vai trò cột, kỳ, đơn vị, từng dòng. / Explain how a
    file is read."""
    from .interpret.explain import explain
    from .quality.feedback import write_explanation

    if not file.is_file():
        raise UsageError(f"Không tìm thấy tệp {file}; hãy kiểm tra đường dẫn.")
    result = explain(file, rel=rel)
    for trace in result.sheets:
        console.rule(f"Trang '{trace.sheet}'")
        if not trace.table:
            for _where, why in trace.skipped:
                console.print(f"  {escape(why)}")
            if not trace.skipped:
                console.print("  Không tìm thấy bảng báo cáo (cần cột 'Nội dung' hoặc 'Đơn vị').")
            continue
        kind = {"rows": "chỉ tiêu theo dòng", "one_unit": "một đơn vị, chỉ tiêu theo cột"}.get(trace.kind, "đơn vị theo dòng")
        console.print(f"Bảng {trace.table} ({kind}); tiêu đề {trace.header}; cột nội dung {trace.label_letter}")
        decided = Table("Quyết định", "Giá trị", "Căn cứ (ô / nguồn)")
        for what, value, where in trace.decisions:
            decided.add_row(*map(_plain, (what, value, where)))
        console.print(decided)
        columns = Table("Cột", "Tiêu đề", "Vai trò", "Ghi chú")
        for letter, header, role, note, _where in trace.columns:
            columns.add_row(*map(_plain, (letter, header, role, note)))
        console.print(columns)
        rows = Table("Dòng", "Nội dung", "Chỉ tiêu", "Bí danh khớp", "Xử lý")
        for row, label, code, alias, status in trace.rows:
            rows.add_row(*map(_plain, (str(row), label, code, alias, status)))
        console.print(rows)
        if trace.skipped:
            skipped = Table("Ô", "Bỏ qua vì")
            for where, why in trace.skipped:
                skipped.add_row(*map(_plain, (where, why)))
            console.print(skipped)
    console.print(f"Nạp {format_vn(len(result.data))} giá trị.")
    if len(result.issues):
        problems = Table("Mức độ", "Mã", "Ô", "Nội dung")
        for i in result.issues.itertuples(index=False):
            problems.add_row(SEVERITY_VI.get(i.severity, i.severity), i.code,
                             escape(f"{i.source_sheet}!{i.source_cell}".strip("!")), escape(i.message))  # fmt: skip
        console.print(problems)
    target = xlsx or Path.cwd() / f"{file.stem}_giai_thich.xlsx"
    written = write_explanation(result.notes(), file, target)
    console.print(f"Bản sao tô màu: {written}")


@app.command("check")
@_friendly
def check_command(
    store: Path = STORE_OPTION,
    feedback: Path = typer.Option(
        None,
        "--phan-hoi",
        help="Ghi bản phản hồi cho từng đơn vị vào thư mục này. / Per-unit feedback folder.",
    ),
    z: float = typer.Option(
        None, "--z", help="Ngưỡng điểm z hiệu chỉnh (mặc định 3,5). / Outlier threshold."
    ),
    strict: bool = STRICT_OPTION,
) -> None:
    """Kiểm tra chất lượng số liệu trong kho. / Run the quality checks on the processed store."""
    from .quality import (
        CHECKS,
        load_quality_settings,
        revalidate,
        write_feedback,
        write_issues_workbook,
    )
    from .storage import load_processed, source_paths

    folder = store or processed_dir()
    loaded = load_processed(folder)
    settings = load_quality_settings(**({"z_threshold": z} if z is not None else {}))
    with console.status("Đang kiểm tra số liệu..."):
        issues = revalidate(loaded.data, loaded.issues, settings=settings)
    checks = issues[issues["code"].isin(CHECKS)]
    table = Table("Mã / code", "Nội dung / meaning", "Số / count",
                  title="Kết quả kiểm tra số liệu / quality checks")  # fmt: skip
    for code, (_severity, meaning) in CHECKS.items():
        table.add_row(code, meaning, f"{int((checks['code'] == code).sum()):,}".replace(",", "."))
    console.print(table)
    errors = int((issues["severity"] == "error").sum())
    notes = int((issues["severity"] == "info").sum())
    console.print(
        f"Tổng cộng (kể cả vấn đề khi nạp): {format_vn(errors)} lỗi, {format_vn(len(issues) - errors - notes)} "
        f"cảnh báo, {format_vn(notes)} ghi chú."
    )
    report = reports_dir() / "kiem_tra" / "van_de_kiem_tra.xlsx"
    write_issues_workbook(issues, report)
    console.print(f"Bảng vấn đề theo tệp: {report}")
    if feedback is not None:
        with console.status("Đang ghi bản phản hồi cho từng đơn vị..."):
            paths = write_feedback(issues, loaded.data, feedback, sources=source_paths(folder))
        units = len({p.parent for p in paths})
        console.print(f"Bản phản hồi: {len(paths)} tệp cho {units} đơn vị trong {feedback}")
    if strict and errors:
        raise typer.Exit(1)


@app.command("report")
@_friendly
def report_command(
    year: int = typer.Option(..., "--year", help="Năm báo cáo. / Year."),
    period: str = typer.Option("FY", "--period", callback=_period,
                               help="Kỳ: Q1..Q4, H1, 9M, FY, hoặc '6 tháng', 'quý 3', 'cả năm'. / Period."),
    cluster: str = typer.Option(
        None, "--cluster", callback=_cluster,
        help="Chỉ một cụm: mã hoặc tên, ví dụ ha_noi_cum_3, 'Cụm 3'. / One cluster (id or name).",
    ),
    store: Path = STORE_OPTION,
    out: Path = typer.Option(
        None, "--out", help="Thư mục ghi bộ tài liệu (mặc định reports/...). / Output folder."
    ),
    template: Path = typer.Option(
        None, "--mau", help="Mẫu trình chiếu .pptx của cơ quan (mặc định data/reference/mau_trinh_chieu.pptx "
        "nếu có). / The organisation's PowerPoint template.",
    ),
) -> None:
    """Tạo bộ tài liệu hội nghị: biểu đồ, bảng Excel, trình chiếu. / Build the conference pack."""
    from .reporting import build_pack
    from .scoring import load_review
    from .storage import load_processed

    data = load_processed(store).data
    target = out or reports_dir() / f"hoi_nghi_{year}_{period}_{cluster or 'tat_ca'}"
    review = None
    if period == "FY":
        with console.status("Đang đọc chỉ tiêu đăng ký và bảng chấm điểm..."):
            review, problems = load_review(data, year=year)
        if len(problems):
            console.print(
                f"[yellow]Chỉ tiêu, bảng chấm điểm:[/yellow] {len(problems)} vấn đề khi đọc."
            )
        if review is None:
            console.print(
                f"Không có chỉ tiêu đăng ký năm {year} trong data/targets: bỏ qua phần chấm điểm."
            )
    with console.status("Đang vẽ biểu đồ và soạn tài liệu..."):
        pack = build_pack(data, year=year, period=period, cluster=cluster, out=target,
                          review=review, template=template)  # fmt: skip
    console.print(f"Biểu đồ (PNG, SVG): {len(pack.charts)} tệp trong {pack.folder / 'bieu_do'}")
    console.print(f"Bảng số liệu: {pack.workbook}")
    console.print(f"Trình chiếu: {pack.deck} ({len(pack.slides) + 1} trang)")


@app.command("score")
@_friendly
def score_command(
    year: int = typer.Option(..., "--year", help="Năm chấm điểm. / Year."),
    cluster: str = typer.Option(None, "--cluster", callback=_cluster,
                                help="Chỉ một cụm: mã hoặc tên. / One cluster (id or name)."),
    store: Path = STORE_OPTION,
) -> None:
    """Chấm điểm thi đua, xếp hạng trong cụm và đối chiếu bảng chấm điểm. / Score and rank units."""
    from .scoring import load_review
    from .storage import load_processed

    data = load_processed(store).data
    with console.status("Đang chấm điểm..."):
        review, problems = load_review(data, year=year)
    if review is None:
        console.print(f"[red]Lỗi:[/red] không có chỉ tiêu đăng ký năm {year} trong data/targets. "
                      "Tạo mẫu bằng: thidua template --chi-tieu --cluster CỤM --period NĂM-FY")  # fmt: skip
        raise typer.Exit(2)
    table = review.table if cluster is None else review.table[review.table["cluster_id"] == cluster]
    out = Table("Cụm", "Hạng", "Đơn vị", "Tổng điểm", "Xếp loại", "Chưa chấm",
                title=f"Điểm thi đua năm {year} / emulation scores")  # fmt: skip
    for row in table.itertuples(index=False):
        out.add_row(row.cluster_id, str(row.rank), row.unit_name,
                    format_vn(round(row.total, 2)), row.grade, str(row.unscored))  # fmt: skip
    console.print(out)
    compared = review.comparison
    if len(compared):
        differs = compared[compared["differs"] & (compared["criterion"] != "tong")]
        if cluster is not None:
            differs = differs[differs["cluster_id"] == cluster]
        for row in differs.itertuples(index=False):
            console.print(f"[yellow]Khác điểm tính:[/yellow] {row.unit_name} — {row.label_vi}: cụm chấm "
                          f"{format_vn(row.cluster_score)}, tính được {format_vn(round(row.computed, 2))} ({row.source_file}, ô "
                          f"{row.source_cell}).")  # fmt: skip
    if len(problems):
        console.print(f"{len(problems)} vấn đề khi đọc chỉ tiêu và bảng chấm điểm.")


@app.command("notebook")
@_friendly
def notebook_command(
    names: list[str] = typer.Argument(
        None, help="Sổ tay cần chạy, ví dụ 02 (mặc định: tất cả). / Notebooks to run."
    ),
    param: list[str] = typer.Option(
        None, "--param", "-p", help="Tham số ten=giá_trị, ví dụ year=2022. / Parameter."
    ),
    html: Path = typer.Option(
        None, "--html", help="Thư mục ghi bản HTML (mặc định reports/so_tay). / HTML folder."
    ),
) -> None:
    """Chạy sổ tay từ đầu đến cuối và lưu bản HTML. / Run notebooks and save HTML copies."""
    import ast

    from .errors import NotebookError
    from .reference.names import resolve_cluster, resolve_period
    from .reporting.notebooks import (
        find_notebook,
        notebook_folder,
        notebook_parameters,
        run_notebook,
    )

    parameters: dict[str, object] = {"project": str(home().resolve())}
    for item in param or []:
        key, sep, text = item.partition("=")
        if not sep or not key.isidentifier():
            console.print(f"[red]Lỗi:[/red] tham số {item!r} phải có dạng ten=giá_trị.")
            raise typer.Exit(2)
        try:
            parameters[key] = ast.literal_eval(text)
        except (ValueError, SyntaxError):
            parameters[key] = text
        if key == "cluster":  # "Cụm 3" as well as ha_noi_cum_3
            parameters[key] = resolve_cluster(str(parameters[key]))
        elif key == "period":
            parameters[key] = resolve_period(str(parameters[key]))
    paths = [find_notebook(n) for n in names] if names else sorted(notebook_folder().glob("0*.ipynb"))
    known = {path: notebook_parameters(path) for path in paths}
    unknown = [key for key in parameters if not any(key in names for names in known.values())]
    if unknown:  # a misspelt name is never ignored
        every = sorted({name for names in known.values() for name in names})
        raise UsageError(f"Không sổ tay nào có tham số {', '.join(map(repr, unknown))}; các tham số: "
                         f"{', '.join(every)}.")  # fmt: skip
    folder = html or reports_dir() / "so_tay"
    failed = 0
    for path in paths:
        own = {key: value for key, value in parameters.items() if key in known[path]}
        try:
            with console.status(f"Đang chạy {path.name}..."):
                run_notebook(path, parameters=own, html=folder / f"{path.stem}.html")
        except NotebookError as exc:  # the others still run
            failed += 1
            console.print(f"[red]Lỗi:[/red] {escape(str(exc))}")
            continue
        console.print(f"Đã chạy {path.name} → {folder / (path.stem + '.html')}")
    if failed:
        raise typer.Exit(1)


@app.command("query")
@_friendly
def query_command(
    sql: str = typer.Argument(
        ..., help="Câu lệnh SQL (bảng: data, issues, catalog, registry). / SQL."
    ),
    store: Path = STORE_OPTION,
    out: Path = typer.Option(None, "--out", help="Ghi kết quả ra tệp .xlsx hoặc .csv. / Save as .xlsx or .csv."),
    limit: int = typer.Option(50, "--limit", help="Số dòng hiện trên màn hình. / Rows shown."),
) -> None:
    """Truy vấn SQL trên kho dữ liệu. / Run SQL (DuckDB) over the processed store."""
    from .storage import query

    frame = query(sql, path=store)
    if out is not None:
        _save_frame(frame, out)
        console.print(f"Đã ghi {format_vn(len(frame))} dòng vào {out}.")
    if frame.empty:
        console.print("Không có dòng nào.")
        return
    shown = frame.head(limit)
    table = Table(*[str(c) for c in shown.columns])
    for row in shown.itertuples(index=False):
        table.add_row(*[_cell_text(v) for v in row])
    console.print(table)
    if len(frame) > limit:
        console.print(f"… và {format_vn(len(frame) - limit)} dòng nữa (ghi tất cả bằng --out tep.xlsx).")


def _cell_text(value: object) -> str:
    """A value as an analyst reads it: 1.124 and 1,25; blank for a missing one."""
    import pandas as pd

    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    if isinstance(value, bool):
        return "có" if value else "không"
    if isinstance(value, int | float):
        return format_vn(value) if not (isinstance(value, int) and 1900 <= value <= 2100) else str(value)
    return str(value)


def _save_frame(frame, out: Path) -> None:
    """A query's answer as .xlsx or .csv (UTF-8 with BOM, which Excel opens in Vietnamese)."""
    suffix = out.suffix.lower()
    out.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".xlsx":
        from .reporting.excel import save_table

        save_table(frame, out)
    elif suffix == ".csv":
        frame.to_csv(out, index=False, encoding="utf-8-sig")
    else:
        raise UsageError(f"Chỉ ghi được .xlsx hoặc .csv, không phải '{out.suffix}'.")


def main() -> None:  # pragma: no cover - console entry point
    """``thidua``. Once the command is done the process only exits: what is left is frozen so that
    the collections run while the interpreter shuts down skip it (0.1 s after a large ingest)."""
    try:
        app()
    finally:
        gc.freeze()
