"""A working folder for an analyst: ``thidua init DIR``.

It makes ``data/raw`` (the reports, never written by the package), ``data/reference`` (the
analyst's own reference files), ``reports``, a copy of the numbered notebooks, a short README in
Vietnamese and the project marker (``thidua.toml``) by which every command run in the folder or
below finds it. Nothing that is there already is overwritten. With ``kernel``, a Jupyter kernel
named ``thidua`` is installed into the running environment, so JupyterLab started elsewhere can
still run the notebooks with this package.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from ..config import MARKER, mark_project
from .notebooks import NOTEBOOK_DIR

__all__ = ["KERNEL_NAME", "init_project"]

KERNEL_NAME = "thidua"

README = """THƯ MỤC LÀM VIỆC THI ĐUA
=========================

data/raw/         Chép báo cáo của các đơn vị vào đây (mỗi cụm một thư mục con cũng được):
                  bảng tính Excel (.xlsx, .xls, .ods) hoặc văn bản Word (.docx, .doc).
                  Phần mềm không bao giờ sửa các tệp ở đây.
data/reference/   Danh mục riêng của văn phòng (bí danh chỉ tiêu, đơn vị, công thức đọc…),
                  ghi đè lên danh mục có sẵn.
data/processed/   Kho dữ liệu đã nạp (tạo bởi lệnh thidua ingest).
notebooks/        Sổ tay phân tích, đánh số theo thứ tự làm việc.
reports/          Bộ tài liệu hội nghị, bảng vấn đề, phản hồi cho đơn vị.

Các bước:
  thidua ingest              nạp và kiểm tra báo cáo
  thidua check --phan-hoi reports/phan_hoi
                             bảng vấn đề và phản hồi cho từng đơn vị
  thidua report --year 2025 --period FY
                             bộ tài liệu hội nghị
  jupyter lab notebooks/     mở sổ tay

Chạy các lệnh ở thư mục này hoặc bất kỳ thư mục con nào: phần mềm tìm tệp thidua.toml.
"""


def init_project(folder: str | Path, *, kernel: bool = True) -> list[str]:
    """Set up ``folder`` and return what was made, one line each (in Vietnamese)."""
    root = Path(folder)
    made = []
    for sub in ("data/raw", "data/reference", "data/processed", "reports", "notebooks"):
        path = root / sub
        if not path.exists():
            path.mkdir(parents=True)
            made.append(f"thư mục {sub}/")
    for source in sorted(NOTEBOOK_DIR.glob("0*.ipynb")):
        target = root / "notebooks" / source.name
        if not target.exists():
            shutil.copyfile(source, target)
            made.append(f"sổ tay notebooks/{source.name}")
    guide = root / "HUONG_DAN.txt"
    if not guide.exists():
        guide.write_text(README, encoding="utf-8")
        made.append("hướng dẫn HUONG_DAN.txt")
    if not (root / MARKER).exists():
        mark_project(root)
        made.append(f"tệp đánh dấu dự án {MARKER}")
    if kernel:
        made.append(install_kernel())
    return made


def install_kernel() -> str:
    """Install the ``thidua`` kernel into this environment (``--sys-prefix``); say what happened."""
    command = [sys.executable, "-m", "ipykernel", "install", "--sys-prefix", "--name", KERNEL_NAME,
               "--display-name", "Python (thidua_analysis)"]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode:
        return f"không cài được nhân Jupyter '{KERNEL_NAME}': {done.stderr.strip().splitlines()[-1:]}"
    return f"nhân Jupyter '{KERNEL_NAME}' (Python (thidua_analysis))"
