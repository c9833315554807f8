"""Run a numbered notebook top to bottom with other parameters, and keep an HTML copy.

The cell tagged ``parameters`` holds plain assignments (``year = 2021``); :func:`run_notebook`
puts the given values in their place (as papermill does) before running, so the same notebook
serves another cluster, year or data folder, from the command line as well.
"""

from __future__ import annotations

from pathlib import Path

from ..config import home
from ..errors import UsageError

__all__ = ["NOTEBOOK_DIR", "find_notebook", "notebook_folder", "run_notebook"]

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


def run_notebook(
    path: str | Path,
    *,
    parameters: dict[str, object] | None = None,
    html: str | Path | None = None,
    timeout: int = 600,
):
    """Execute the notebook at ``path`` (in its own folder) and return the executed notebook.

    A cell that fails raises :class:`nbclient.exceptions.CellExecutionError` naming the cell.
    """
    import nbformat
    from nbclient import NotebookClient

    path = Path(path)
    notebook = nbformat.read(path, as_version=4)
    if parameters:
        cell = next((c for c in notebook.cells if "parameters" in c.metadata.get("tags", [])), None)
        if cell is None:
            raise UsageError(f"Sổ tay {path.name} không có ô tham số (thẻ 'parameters').")
        lines = [f"{key} = {value!r}" for key, value in parameters.items()]
        injected = nbformat.v4.new_code_cell("# Tham số truyền vào khi chạy\n" + "\n".join(lines))
        injected.metadata["tags"] = ["injected-parameters"]
        notebook.cells.insert(notebook.cells.index(cell) + 1, injected)
    # the kernel's own start-up notices (a warning about local TCP) are not for the analyst
    client = NotebookClient(notebook, timeout=timeout, kernel_name="python3",
                            extra_arguments=["--IPKernelApp.log_level=ERROR"],
                            resources={"metadata": {"path": str(path.parent)}})  # fmt: skip
    client.execute()
    if html is not None:
        from nbconvert import HTMLExporter

        body, _ = HTMLExporter().from_notebook_node(notebook)
        Path(html).parent.mkdir(parents=True, exist_ok=True)
        Path(html).write_text(body, encoding="utf-8")
    return notebook
