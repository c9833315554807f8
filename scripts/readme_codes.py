"""Write the issue-code table of the README from the catalogue (thidua_analysis/issue_codes.py).

    python scripts/readme_codes.py
"""

from pathlib import Path

from thidua_analysis.issue_codes import markdown_table

README = Path(__file__).resolve().parents[1] / "README.md"
START, END = "<!-- codes:start -->\n", "\n<!-- codes:end -->"

text = README.read_text(encoding="utf-8")
head, rest = text.split(START, 1)
_old, tail = rest.split(END, 1)
README.write_text(head + START + markdown_table() + END + tail, encoding="utf-8")
print(f"{README}: bảng mã vấn đề đã cập nhật.")
