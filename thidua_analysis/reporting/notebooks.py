"""Run a numbered notebook top to bottom with other parameters, and keep an HTML copy.

The cell tagged ``parameters`` holds plain assignments (``year = 2021``); :func:`run_notebook`
puts the given values in their place (as papermill does) before running, so the same notebook
serves another cluster, year or data folder, from the command line as well.
"""

from __future__ import annotations

from pathlib import Path

from ..config import home
from ..errors import NotebookError, UsageError

__all__ = ["NOTEBOOK_DIR", "find_notebook", "notebook_folder", "notebook_parameters", "run_notebook"]

# the packaged notebooks; ``thidua init`` copies them into a project's notebooks/ folder
NOTEBOOK_DIR = Path(__file__).resolve().parents[1] / "notebooks"


def notebook_folder() -> Path:
    """The project's own notebooks/ when it has numbered notebooks, else the packaged ones."""
    own = home() / "notebooks"
    return own if any(own.glob("0*.ipynb")) else NOTEBOOK_DIR


def find_notebook(name: str, folder: str | Path | None = None) -> Path:
    """``"02"`` or ``"02_xu_huong"`` or a path → the notebook file."""
    direct = Path(name)
    if direct.suffix == ".ipynb" and direct.exists():
        return direct
    folder = Path(folder) if folder is not None else notebook_folder()
    hits = sorted(folder.glob(f"{name}*.ipynb"))
    if not hits:
        known = ", ".join(p.stem for p in sorted(folder.glob("*.ipynb")))
        raise UsageError(f"Không thấy sổ tay {name!r} trong {folder}. Có: {known}.")
    return hits[0]


def notebook_parameters(path: str | Path) -> list[str]:
    """The names the notebook's parameters cell (tag 'parameters') sets."""
    import ast

    import nbformat

    notebook = nbformat.read(Path(path), as_version=4)
    cell = next((c for c in notebook.cells if "parameters" in c.metadata.get("tags", [])), None)
    if cell is None:
        return []
    names = []
    for node in ast.parse(cell.source).body:
        if isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
    return names


def run_notebook(
    path: str | Path,
    *,
    parameters: dict[str, object] | None = None,
    html: str | Path | None = None,
    timeout: int = 600,
):
    """Execute the notebook at ``path`` (in its own folder) and return the executed notebook.

    A parameter the notebook does not have is an error that lists those it has. A cell that
    fails raises :class:`~thidua_analysis.errors.NotebookError` with a short message naming the
    cell and the cause; the HTML copy is written all the same, the error shown in it.
    """
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    path = Path(path)
    notebook = nbformat.read(path, as_version=4)
    if parameters:
        cell = next((c for c in notebook.cells if "parameters" in c.metadata.get("tags", [])), None)
        if cell is None:
            raise UsageError(f"Sổ tay {path.name} không có ô tham số (thẻ 'parameters').")
        known = notebook_parameters(path)
        unknown = [key for key in parameters if key not in known]
        if unknown:
            raise UsageError(f"Sổ tay {path.name} không có tham số {', '.join(map(repr, unknown))}; các tham "
                             f"số của sổ tay: {', '.join(known)}.")  # fmt: skip
        lines = [f"{key} = {value!r}" for key, value in parameters.items()]
        injected = nbformat.v4.new_code_cell("# Tham số truyền vào khi chạy\n" + "\n".join(lines))
        injected.metadata["tags"] = ["injected-parameters"]
        notebook.cells.insert(notebook.cells.index(cell) + 1, injected)
    # the kernel's own start-up notices (a warning about local TCP) are not for the analyst
    client = NotebookClient(notebook, timeout=timeout, kernel_name="python3",
                            extra_arguments=["--IPKernelApp.log_level=ERROR"],
                            resources={"metadata": {"path": str(path.parent)}})  # fmt: skip
    failure: str | None = None
    try:
        client.execute()
    except CellExecutionError:
        failure = _failure(path, notebook)
    if html is not None:
        from nbconvert import HTMLExporter

        body, _ = HTMLExporter().from_notebook_node(notebook)
        Path(html).parent.mkdir(parents=True, exist_ok=True)
        Path(html).write_text(body, encoding="utf-8")
    if failure is not None:
        where = f" Bản HTML ghi cả lỗi: {html}." if html is not None else ""
        raise NotebookError(failure + where)
    return notebook


def _failure(path: Path, notebook) -> str:
    """Which cell failed and why, in a sentence: "02_xu_huong.ipynb dừng ở ô 7
    (charts.trend(...)): Không có số liệu …"."""
    code_cells = [c for c in notebook.cells if c.cell_type == "code"]
    for number, cell in enumerate(code_cells, start=1):
        error = next((o for o in cell.get("outputs", []) if o.get("output_type") == "error"), None)
        if error is None:
            continue
        first = next((line.strip() for line in cell.source.splitlines()
                      if line.strip() and not line.lstrip().startswith("#")), "")  # fmt: skip
        first = first if len(first) <= 60 else first[:57] + "…"
        cause = str(error.get("evalue", "")).strip() or error.get("ename", "lỗi")
        kind = error.get("ename", "")
        own = kind in ("UsageError", "ArgumentError", "StoreError", "ReferenceDataError")
        return (f"{path.name} dừng ở ô mã số {number} ({first}): {cause}" + ("" if own else f" ({kind})")
                + ("." if not cause.endswith(".") else ""))  # fmt: skip
    return f"{path.name} dừng vì một lỗi không rõ ô."
