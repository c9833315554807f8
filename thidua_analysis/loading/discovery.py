"""What is in the folders (or the list of paths) given to a batch: report workbooks to read, other
files a person put there (named by ``file.not_read``), and paths that cannot be used (named by an
issue each). Never raises for what it finds: a missing path, a folder that cannot be listed, a
link to itself or to nothing, a FIFO, a name that is not valid text, a folder 1 500 levels deep.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..issue_codes import advice
from ..schema import issue

__all__ = ["REPORT_SUFFIXES", "Scan", "discover", "scan", "unread_issues"]

REPORT_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods", ".docx", ".doc"}  # .docx, .doc: a Word report's tables
_SYSTEM_FILES = {"thumbs.db", "desktop.ini", ".ds_store"}
_NOT_READ = {
    ".rtf": "là văn bản RTF, không đọc được; hãy mở bằng Word, chọn Lưu thành (Save As) dạng .docx rồi gửi lại",
    ".pdf": "là tệp PDF; không đọc được số liệu từ PDF",
    ".csv": "là tệp CSV; chỉ đọc báo cáo dạng bảng tính Excel",
    ".jpg": "là ảnh chụp; không đọc được số liệu từ ảnh",
    ".jpeg": "là ảnh chụp; không đọc được số liệu từ ảnh",
    ".png": "là ảnh chụp; không đọc được số liệu từ ảnh",
    ".zip": "là tệp nén; hãy giải nén vào thư mục báo cáo",
    ".rar": "là tệp nén; hãy giải nén vào thư mục báo cáo",
}


@dataclass
class Scan:
    """``files``: ``(path, name used in provenance)`` of the workbooks, in order; ``unread``: the
    names of the other files; ``problems``: one issue per path that cannot be used."""

    files: list[tuple[Path, str]] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)
    problems: list[dict[str, str]] = field(default_factory=list)

    def issues(self) -> list[dict[str, str]]:
        """The problems and a ``file.not_read`` warning per other file."""
        return self.problems + unread_issues(self.unread)


def _shown(text: str) -> str:
    """A name as text, whatever bytes it was made of (an undecodable byte becomes "�")."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _valid(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _problem(code: str, why: str, rel: str) -> dict[str, str]:
    return issue("error" if code != "file.not_read" else "warning", code, f"{why} {advice(code)}".strip(), rel)


def _is_report(name: str) -> bool:
    return os.path.splitext(name)[1].lower() in REPORT_SUFFIXES


def _skipped(name: str) -> bool:
    """Hidden files, Excel's lock files and the system's own: never a person's."""
    return name.startswith(("~$", ".")) or name.lower() in _SYSTEM_FILES


def _walk(root: str, out: Scan) -> list[tuple[str, str]]:
    """``(path, rel)`` of the workbooks under ``root``; other files and problems go into ``out``.
    A stack, not recursion (any depth); links to folders are not entered (no loops)."""
    found: list[tuple[str, str]] = []
    stack = [(root, "")]
    while stack:
        folder, prefix = stack.pop()
        try:
            with os.scandir(folder) as listing:
                entries = list(listing)
        except OSError as exc:
            out.problems.append(_problem("file.unreadable", f"Không mở được thư mục ({exc.strerror or exc}).",
                                         _shown(prefix.rstrip("/")) or _shown(root)))  # fmt: skip
            continue
        for entry in entries:
            name = entry.name
            rel = prefix + name
            if _skipped(name):
                continue
            if not _valid(rel):
                out.problems.append(_problem(
                    "file.unreadable", "Tên tệp hoặc thư mục có ký tự không hợp lệ (không phải Unicode); hãy đổi "
                    "tên rồi chép lại.", _shown(rel)))  # fmt: skip
                continue
            try:  # the kind of entry as the folder listing gives it: no stat for a plain file
                if entry.is_symlink():
                    mode = os.stat(entry.path).st_mode  # a link: what it points to
                    if stat.S_ISDIR(mode):
                        continue  # a linked folder is not entered (no loops); the folder itself is
                elif entry.is_dir(follow_symlinks=False):
                    mode = stat.S_IFDIR
                elif entry.is_file(follow_symlinks=False):
                    mode = stat.S_IFREG
                else:
                    mode = entry.stat(follow_symlinks=False).st_mode
            except OSError as exc:  # a link to itself or to nothing, a file gone meanwhile
                out.problems.append(_problem("file.unreadable", f"Không đọc được ({exc.strerror or exc}); có "
                                             "thể là lối tắt hỏng.", rel))  # fmt: skip
                continue
            if stat.S_ISDIR(mode):
                stack.append((entry.path, rel + "/"))
            elif not stat.S_ISREG(mode):
                out.problems.append(_problem("file.not_read", "Đây không phải tệp thông thường (thiết bị, "
                                             "ống dẫn); không đọc.", rel))  # fmt: skip
            elif _is_report(name):
                found.append((entry.path, rel))
            else:
                out.unread.append(rel)
    return found


def scan(source: str | Path | Iterable[str | Path]) -> Scan:
    """Look at ``source`` (a folder, a file or a list of them) once; see :class:`Scan`. Files in a
    folder are named by their path relative to it ("cum_1/dong_da.xlsx"); files given one by one
    by their name, or by their path when two of them share a name, and read whatever their
    extension."""
    items = [source] if isinstance(source, str | Path) else list(source)
    out = Scan()
    singles: list[Path] = []
    for item in items:
        path = Path(item)
        try:
            mode = path.stat().st_mode
        except OSError as exc:
            code = "file.not_found" if isinstance(exc, FileNotFoundError) else "file.unreadable"
            out.problems.append(_problem(code, f"Không tìm thấy hoặc không mở được '{_shown(str(item))}' "
                                         f"({exc.strerror or exc}).", _shown(str(item))))  # fmt: skip
            continue
        if stat.S_ISDIR(mode):
            walked = _walk(str(path), out)
            # in the order of their path parts, as pathlib sorts ("a/b" before "a-b/c")
            out.files.extend((Path(p), rel) for p, rel in sorted(walked, key=lambda f: f[1].split("/")))
        elif stat.S_ISREG(mode):
            singles.append(path)
        else:
            out.problems.append(_problem("file.not_read", "Đây không phải tệp thông thường (thiết bị, ống "
                                         "dẫn); không đọc.", _shown(str(item))))  # fmt: skip
    names = [p.name for p in singles]
    for path in singles:  # a file given by name is read whatever its extension: it was asked for
        rel = path.name if names.count(path.name) == 1 else str(path)
        out.files.append((path, _shown(rel)))
    out.unread.sort()
    return out


def discover(source: str | Path | Iterable[str | Path]) -> list[tuple[Path, str]]:
    """The report workbooks under ``source`` as ``(path, name used in provenance)``, in order."""
    return scan(source).files


def unread_issues(names: list[str]) -> list[dict[str, str]]:
    """One warning per file that is not read, saying why and what to do."""
    out = []
    for rel in names:
        why = _NOT_READ.get(os.path.splitext(rel)[1].lower(),
                            "không phải bảng tính (.xlsx, .xls, .ods) hay văn bản Word (.docx, .doc)")  # fmt: skip
        out.append(issue("warning", "file.not_read", f"Tệp này {why}. {advice('file.not_read')}", rel))
    return out
