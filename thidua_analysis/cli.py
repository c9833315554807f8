"""The ``thidua`` command. Help and messages are in Vietnamese, with an English line for each."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

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


def main() -> None:  # pragma: no cover - console entry point
    app()
