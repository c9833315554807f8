"""The ``thidua`` command. Help and messages are in Vietnamese, with an English line for each."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from .config import processed_dir, raw_dir
from .reference import expected_units, load_catalog, load_registry

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


@app.command("catalog")
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


@app.command("registry")
def registry_command(
    year: int = typer.Option(..., "--year", help="Năm. / Year."),
    cluster: str = typer.Option(
        None, "--cluster", help="Mã cụm, ví dụ ha_noi_cum_3. / Cluster id."
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
    if not clusters or (cluster and cluster not in set(registry["cluster_id"])):
        console.print(f"[red]Không có cụm {cluster!r} trong danh mục năm {year}.[/red]")
        raise typer.Exit(2)
    table = Table("Cụm / cluster", "Năm", "Đơn vị phải báo cáo / expected units")
    for cid in clusters:
        table.add_row(cid, str(year), ", ".join(expected_units(registry, cid, year)))
    console.print(table)


@app.command("sample")
def sample_command(
    out: Path = typer.Option(
        None, "--out", help="Thư mục ghi báo cáo mẫu (mặc định data/raw). / Output folder."
    ),
    years: str = typer.Option("2017-2024", "--years", help="Các năm, ví dụ 2017-2024. / Years."),
    seed: int = typer.Option(0, "--seed", help="Hạt giống ngẫu nhiên. / Random seed."),
    units: str = typer.Option(
        None, "--units", help="Chỉ các đơn vị này (mã, cách nhau dấu phẩy). / Only these units."
    ),
) -> None:
    """Tạo bộ báo cáo mẫu có đáp án. / Write the built-in sample reports and their ground truth."""
    from .sample import generate_sample

    first, _, last = years.partition("-")
    span = range(int(first), int(last or first) + 1)
    summary = generate_sample(
        out or raw_dir(), years=span, seed=seed, units=units.split(",") if units else None
    )
    console.print(
        f"Đã tạo {summary.files} tệp ({summary.bytes / 1e6:.1f} MB, {summary.values} giá trị) trong {summary.out}; "
        f"đáp án ở {summary.truth_dir}."
    )


@app.command("ingest")
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
    strict: bool = typer.Option(
        False, "--strict", help="Thoát mã khác 0 nếu có lỗi. / Exit non-zero on any error."
    ),
) -> None:
    """Nạp báo cáo vào kho dữ liệu đã xử lý. / Load report files into the processed store."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from .loading import discover
    from .storage import ingest
    from .storage.feedback import write_issues_workbook

    sources = raw or [raw_dir()]
    store = out or processed_dir()
    total = len(discover(sources))
    with Progress(TextColumn("Đang đọc"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=console,
                  transient=True) as bar:  # fmt: skip
        task = bar.add_task("files", total=total)
        summary = ingest(sources, out=store, jobs=jobs, progress=lambda _rel: bar.advance(task))
    workbook = write_issues_workbook(summary.issues, store / "van_de_theo_tep.xlsx")
    table = Table("Chỉ số / measure", "Số / count", title="Kết quả nạp báo cáo / ingest summary")
    for label, value in (("Tệp tìm thấy / files", summary.files), ("Tệp đã đọc / read", summary.read),
                         ("Tệp không đổi, dùng lại / reused", summary.reused), ("Giá trị / values", summary.values),
                         ("Lỗi / errors", summary.errors), ("Cảnh báo / warnings", summary.warnings)):  # fmt: skip
        table.add_row(label, f"{value:,}".replace(",", "."))
    console.print(table)
    console.print(f"Kho dữ liệu: {store}  ·  Bảng vấn đề theo tệp: {workbook}")
    if strict and summary.errors:
        raise typer.Exit(1)


@app.command("query")
def query_command(
    sql: str = typer.Argument(
        ..., help="Câu lệnh SQL (bảng: data, issues, catalog, registry). / SQL."
    ),
    store: Path = typer.Option(
        None, "--store", help="Thư mục kho (mặc định data/processed). / Store folder."
    ),
) -> None:
    """Truy vấn SQL trên kho dữ liệu. / Run SQL (DuckDB) over the processed store."""
    from .storage import query

    console.print(query(sql, path=store).to_string(index=False))


def main() -> None:  # pragma: no cover - console entry point
    app()
