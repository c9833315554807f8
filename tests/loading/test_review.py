"""Figures in the sentences of a Word report reach the data only through the analyst's review,
and the decisions hold on every later ingest."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from thidua_analysis.loading.review import REVIEW_SHEET, read_decisions
from thidua_analysis.storage import ingest, load_processed, update_review

from ..reading.docx_fixture import paragraph, table, write_docx

NARRATIVE = ("Trong quý, Ban Thường trực đã tập trung tuyên truyền với 124 hội nghị cho 8.264 lượt người "
             "tham dự. Nhân dịp Tết, đã trao 737 suất quà trị giá 350 triệu đồng cho hộ nghèo.")  # fmt: skip


def _report(folder: Path, narrative: str = NARRATIVE) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return write_docx(folder / "gia_lam_q1_2021.docx", [
        paragraph("ỦY BAN MTTQ VIỆT NAM HUYỆN GIA LÂM"),
        paragraph("Gia Lâm, ngày 20 tháng 3 năm 2021"),
        paragraph("BÁO CÁO KẾT QUẢ CÔNG TÁC MẶT TRẬN QUÝ I NĂM 2021"),
        paragraph(narrative),
        table([["STT", "Nội dung", "ĐVT", "Kết quả"], ["1", "Số cuộc giám sát", "Cuộc", "6"]]),
    ])  # fmt: skip


def _decide(path: Path, decisions: dict[str, tuple]) -> None:
    """Write the analyst's decisions: proposed indicator code → (decision, corrected value)."""
    book = load_workbook(path)
    ws = book[REVIEW_SHEET]
    header = [c.value for c in ws[1]]
    col = {name: header.index(name) + 1 for name in header}
    for r in range(2, ws.max_row + 1):
        proposed = str(ws.cell(r, col["Chỉ tiêu đề xuất"]).value)
        for code, (decision, value) in decisions.items():
            if proposed.endswith(f"({code})"):
                ws.cell(r, col["Quyết định: Nhận / Sửa / Bỏ"]).value = decision
                if value is not None:
                    ws.cell(r, col["Giá trị sửa"]).value = value
    book.save(path)


def test_figures_in_sentences_wait_for_review_then_load_marked_as_text(tmp_path: Path) -> None:
    raw, store = tmp_path / "data" / "raw", tmp_path / "data" / "processed"
    _report(raw)
    first = ingest(raw, out=store, jobs=1)
    assert (first.candidates, first.accepted) == (4, 0)
    data = load_processed(store).data
    assert set(data["indicator"]) == {"cuoc_giam_sat"}  # the table's figure only: nothing unseen
    review = update_review(store)
    assert review == tmp_path / "data" / "review" / "duyet_so_lieu_van_ban.xlsx"
    _decide(review, {"hoi_nghi_tuyen_truyen": ("Nhận", None), "suat_qua": ("Sửa", 740),
                     "gia_tri_qua": ("Bỏ", None)})  # fmt: skip
    second = ingest(raw, out=store, jobs=1)
    assert second.accepted == 2 and second.read == 0  # the file itself was not read again
    data = load_processed(store).data.set_index("indicator")
    assert data.loc["hoi_nghi_tuyen_truyen", "value"] == 124 and data.loc["suat_qua", "value"] == 740
    assert "gia_tri_qua" not in data.index and "luot_nguoi_tham_du" not in data.index  # rejected, undecided
    gifts = data.loc["suat_qua"]
    assert (gifts["column_role"], gifts["source_sheet"], gifts["unit_id"], gifts["period"]) == (
        "text", "văn bản", "gia_lam", "Q1")
    assert gifts["source_cell"].startswith("đoạn 4, ký tự ") and "737 suất quà" in gifts["label"]
    # the decisions hold on a later ingest, and the workbook keeps them
    assert update_review(store) == review
    third = ingest(raw, out=store, jobs=1)
    assert third.accepted == 2
    decisions, problems = read_decisions(review)
    assert not problems and sorted(decisions["decision"]) == ["", "accept", "change", "reject"]


def _ingested(tmp_path: Path) -> tuple[Path, Path, Path]:
    """(raw folder, store, review workbook) after a first ingest of the report."""
    raw, store = tmp_path / "data" / "raw", tmp_path / "data" / "processed"
    _report(raw)
    ingest(raw, out=store, jobs=1)
    return raw, store, update_review(store)


def test_a_changed_sentence_is_asked_again(tmp_path: Path) -> None:
    raw, store, review = _ingested(tmp_path)
    _decide(review, {"suat_qua": ("Nhận", None)})
    assert ingest(raw, out=store, jobs=1).accepted == 1
    _report(raw, NARRATIVE.replace("737 suất quà", "773 suất quà"))  # the unit corrected its report
    summary = ingest(raw, out=store, jobs=1)
    assert summary.accepted == 0  # the old decision was about another sentence
    update_review(store)
    decisions, _ = read_decisions(review)
    assert set(decisions["decision"]) == {""}


def test_a_bad_decision_is_named_and_an_unreadable_review_is_never_written_over(tmp_path: Path) -> None:
    from thidua_analysis.errors import StoreError

    raw, store, review = _ingested(tmp_path)
    _decide(review, {"suat_qua": ("được", None)})
    ingest(raw, out=store, jobs=1)
    issues = load_processed(store).issues
    bad = issues[issues["code"] == "review.bad_decision"]
    assert len(bad) == 1 and "'được'" in bad["message"].iloc[0] and bad["source_cell"].iloc[0]
    review.write_bytes(b"not a workbook")
    with pytest.raises(StoreError, match="không được ghi đè"):
        update_review(store)
    assert review.read_bytes() == b"not a workbook"
