"""The one catalogue of issue codes: each code's severity, its Vietnamese title and how to fix it.

Every issue the package raises carries one of these codes (:func:`thidua_analysis.schema.issue`
refuses any other); the README's table of codes is generated from this catalogue
(:func:`markdown_table`) and a test keeps the two equal. The message of each issue says what is
wrong in that file, sheet and cell; the ``fix`` here is the general way to put it right.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["CODES", "SEVERITY_VI", "IssueCode", "advice", "check", "fix_of", "for_unit", "markdown_table", "title_of"]


@dataclass(frozen=True)
class IssueCode:
    code: str
    severity: str  # error | warning | info: what the code usually is
    title: str  # Vietnamese, a few words
    fix: str  # Vietnamese: how the unit or the analyst puts it right
    also: tuple[str, ...] = ()  # other severities the code takes in some cases
    for_unit: bool = True  # False: for the analyst only, never in the feedback sent to a unit


_E, _W, _I = "error", "warning", "info"

_LIST = [
    # the file
    IssueCode("file.empty", _E, "Tệp rỗng", "Gửi lại tệp báo cáo có nội dung."),
    IssueCode("file.not_a_workbook", _E, "Không phải bảng tính",
              "Lưu báo cáo bằng Excel (.xlsx) rồi gửi lại."),
    IssueCode("file.corrupt", _E, "Tệp hỏng", "Mở thử tệp trong Excel, lưu lại và gửi lại."),
    IssueCode("file.encrypted", _E, "Tệp có mật khẩu",
              "Bỏ mật khẩu (File > Info > Protect Workbook) rồi gửi lại."),
    IssueCode("file.too_large", _E, "Tệp quá lớn hoặc nén bất thường",
              "Chỉ giữ trang báo cáo, xóa hình ảnh và trang thừa, rồi gửi lại."),
    IssueCode("file.out_of_memory", _E, "Đọc tệp cần quá nhiều bộ nhớ",
              "Chỉ giữ trang báo cáo và gửi lại.", for_unit=False),
    IssueCode("file.too_many_cells", _E, "Có ô ở rất xa vùng báo cáo",
              "Xóa các hàng, cột thừa ngoài bảng rồi gửi lại."),
    IssueCode("file.not_found", _E, "Không tìm thấy đường dẫn",
              "Kiểm tra lại tên thư mục, tên tệp (tệp có bị chuyển hoặc xóa không)."),
    IssueCode("file.unreadable", _E, "Không đọc được tệp", "Mở tệp trong Excel, lưu lại dạng .xlsx và gửi lại."),
    IssueCode("file.timeout", _E, "Đọc tệp quá thời gian", "Lưu lại bằng Excel và gửi lại.", for_unit=False),
    IssueCode("file.reader_crashed", _E, "Trình đọc dừng khi đọc tệp", "Lưu lại bằng Excel và gửi lại.", for_unit=False),
    IssueCode("file.no_table", _W, "Không có bảng báo cáo",
              "Dùng mẫu báo cáo (cột 'Nội dung' hoặc 'Đơn vị'), hoặc viết công thức đọc (recipes.toml)."),
    IssueCode("file.no_figures", _W, "Bảng báo cáo không có số liệu",
              "Ghi mỗi số liệu vào một ô của cột 'Kết quả' (không viết số trong ô nội dung) rồi gửi lại."),
    IssueCode("file.not_read", _W, "Tệp không phải bảng tính nằm trong thư mục báo cáo",
              "Gửi báo cáo dạng Excel (.xlsx); tệp khác để ngoài thư mục báo cáo.", for_unit=False),
    IssueCode("text.legacy_encoding", _I, "Bảng mã cũ (TCVN3/VNI) đã được chuyển",
              "Lần sau hãy dùng phông Unicode (Times New Roman)."),
    IssueCode("file.web_page", _I, "Trang web mang đuôi bảng tính hoặc văn bản, đã đọc các bảng",
              "Lần sau hãy mở tệp bằng Excel, lưu thành .xlsx rồi gửi."),
    # sheets
    IssueCode("sheet.hidden", _W, "Trang tính ẩn không được đọc",
              "Bỏ ẩn trang nếu đó là báo cáo, hoặc nêu trang trong công thức đọc."),
    IssueCode("sheet.hidden_cells", _W, "Dòng, cột ẩn có số liệu không được nạp",
              "Bỏ ẩn dòng, cột nếu số liệu ở đó là của báo cáo, rồi gửi lại."),
    IssueCode("sheet.skipped", _I, "Trang bỏ qua theo công thức đọc", "Không cần sửa.", for_unit=False),
    IssueCode("sheet.guide", _I, "Trang hướng dẫn, danh mục không được đọc",
              "Đổi tên trang nếu đó là báo cáo.", for_unit=False),
    IssueCode("sheet.no_table", _W, "Trang có số nhưng không có bảng báo cáo",
              "Dùng mẫu báo cáo chuẩn, hoặc viết công thức đọc chỉ ra dòng tiêu đề."),
    IssueCode("sheet.unreadable", _E, "Không đọc được trang tính",
              "Báo cho người quản lý phần mềm kèm tệp; các trang khác của tệp vẫn được nạp."),
    IssueCode("review.unreadable", _E, "Không đọc được bảng duyệt số liệu từ văn bản",
              "Đóng bảng duyệt trong Excel; nếu vẫn lỗi, xóa tệp để phần mềm tạo lại.", for_unit=False),
    IssueCode("review.bad_decision", _W, "Quyết định duyệt không hợp lệ",
              "Chỉ ghi 'Nhận', 'Sửa' hoặc 'Bỏ' ở cột Quyết định.", for_unit=False),
    IssueCode("review.not_applied", _W, "Số đã duyệt nhưng chưa nạp được",
              "Ghi chỉ tiêu, giá trị, đơn vị, năm, kỳ đúng vào các cột sửa.", for_unit=False),
    IssueCode("text.candidates", _I, "Số liệu trong câu văn chờ duyệt",
              "Mở bảng duyệt số liệu từ văn bản, ghi 'Nhận', 'Sửa' hoặc 'Bỏ' cho từng số.", for_unit=False),
    IssueCode("sheet.no_result", _W, "Bảng chỉ có cột kế hoạch, ước tính hoặc so sánh, không có kết quả",
              "Ghi tiêu đề cột 'Kết quả' hoặc 'Thực hiện' cho cột số đã thực hiện, hoặc chỉ rõ trong công thức đọc."),
    IssueCode("sheet.no_header", _I, "Bảng không có dòng tiêu đề cột, đọc theo vị trí",
              "Thêm dòng tiêu đề 'STT | Nội dung | ĐVT | Kết quả' phía trên bảng."),
    IssueCode("sheet.summary_not_loaded", _I, "Trang tổng hợp của cụm, không nạp",
              "Không cần sửa: số liệu lấy từ trang của từng đơn vị.", for_unit=False),
    IssueCode("sheet.a_list", _I, "Trang là một danh sách, không phải bảng số liệu",
              "Không cần sửa nếu số liệu đã có trong bảng báo cáo; nếu chưa, hãy ghi tổng số vào bảng số liệu.",
              for_unit=False),
    # the period and the unit
    IssueCode("period.unknown", _E, "Không xác định được kỳ hoặc năm báo cáo",
              "Ghi rõ kỳ và năm trong tiêu đề, ví dụ 'BÁO CÁO KẾT QUẢ CÔNG TÁC QUÝ III NĂM 2023'."),
    IssueCode("period.conflict", _E, "Hai nguồn ghi kỳ hoặc năm khác nhau",
              "Sửa tiêu đề, tên trang, tên tệp cho thống nhất, hoặc viết công thức đọc."),
    IssueCode("unit.other_province", _W, "Tên đơn vị khớp một đơn vị của tỉnh, thành phố khác",
              "Ghi đủ tên đơn vị; nếu đó là một tổ chức của chính đơn vị báo cáo, số liệu của nó không được nạp."),
    IssueCode("unit.unknown", _E, "Không xác định được đơn vị",
              "Ghi tên đơn vị đúng danh mục (kèm 'Phường', 'Xã', 'Quận'…), hoặc thêm vào units.csv.",
              also=(_W,)),
    IssueCode("unit.conflict", _E, "Hai nguồn ghi đơn vị khác nhau",
              "Sửa tiêu đề, tên trang, tên tệp cho thống nhất."),
    IssueCode("unit.signature_differs", _W, "Đơn vị ký tên dưới bảng khác đơn vị ở đầu báo cáo",
              "Sửa cho thống nhất: báo cáo có thể chép từ mẫu của đơn vị khác."),
    IssueCode("unit.not_in_cluster", _W, "Đơn vị không thuộc cụm nào năm đó",
              "Bổ sung membership.csv cho năm đó.", for_unit=False),
    IssueCode("unit.commune", _I, "Số của phường, xã cũ, khu dân cư: không nạp",
              "Không cần sửa: số của cả đơn vị lấy ở cột hoặc dòng tổng.", for_unit=False),
    # columns and rows
    IssueCode("column.other_body", _I, "Cột số liệu của tổ chức khác, không nạp",
              "Không cần sửa, nếu đó đúng là số của tổ chức khác.", for_unit=False),
    IssueCode("column.not_result", _I, "Cột kế hoạch, so sánh: không nạp",
              "Không cần sửa, nếu tiêu đề cột đúng là kế hoạch, tỷ lệ, so sánh.", for_unit=False),
    IssueCode("column.unknown_role", _W, "Cột có số nhưng không rõ vai trò",
              "Ghi tiêu đề cột ('Kết quả', 'Kế hoạch', 'Cùng kỳ'…), hoặc chỉ rõ trong công thức đọc."),
    IssueCode("column.period_unknown", _W, "Cột không nêu kỳ khi tiêu đề nêu nhiều kỳ",
              "Ghi kỳ trong tiêu đề cột, ví dụ 'Quý III', 'Lũy kế 9 tháng'."),
    IssueCode("row.unmapped_label", _W, "Nội dung không khớp chỉ tiêu",
              "Dùng tên chỉ tiêu theo mẫu, hoặc thêm bí danh vào indicator_aliases.csv."),
    IssueCode("row.not_a_result", _W, "Dòng ghi kế hoạch, so sánh hoặc số của kỳ khác",
              "Ghi kết quả kỳ báo cáo ở dòng có tên chỉ tiêu; kế hoạch, so sánh ghi ở cột riêng có tiêu đề."),
    IssueCode("row.figure_in_label", _W, "Số liệu viết trong ô nội dung, ô kết quả trống",
              "Ghi số vào ô kết quả của dòng (mỗi số một ô) rồi gửi lại."),
    IssueCode("row.measure_mismatch", _W, "Đơn vị tính không hợp với chỉ tiêu",
              "Sửa đơn vị tính (ĐVT) cho đúng chỉ tiêu."),
    IssueCode("row.total_not_loaded", _I, "Dòng tổng không nạp", "Không cần sửa.", for_unit=False),
    IssueCode("row.other_body_not_loaded", _I, "Mục số liệu của tổ chức khác, không nạp",
              "Không cần sửa, nếu đó đúng là số của tổ chức khác.", for_unit=False),
    IssueCode("row.group_not_loaded", _I, "Dòng số gộp của nhiều đơn vị không nêu tên, không nạp",
              "Nếu cần số của từng đơn vị, hãy ghi mỗi đơn vị một dòng.", for_unit=False),
    IssueCode("row.detail_not_loaded", _I, "Dòng chi tiết ('Trong đó') không nạp", "Không cần sửa.", for_unit=False),
    IssueCode("row.parts_added", _I, "Các phần của một chỉ tiêu đã được cộng",
              "Nên ghi một dòng tổng cho chỉ tiêu."),
    IssueCode("row.parts_with_total", _I, "Các dòng của một chỉ tiêu có dòng cộng ngay dưới: đã nạp dòng cộng",
              "Nên ghi các phần dưới dạng '- …' (chi tiết) dưới dòng tổng của chỉ tiêu."),
    IssueCode("row.other_measure", _I, "Dòng đếm cùng việc bằng đơn vị tính khác: không nạp",
              "Không cần sửa, nếu dòng được nạp là dòng ghi đúng đơn vị tính của chỉ tiêu."),
    IssueCode("row.part_exceeds_whole", _E, "Phần lớn hơn tổng", "Kiểm tra lại dòng chi tiết và dòng tổng."),
    IssueCode("total.mismatch", _E, "Tổng không khớp với cộng các đơn vị",
              "Kiểm tra lại dòng hoặc cột tổng và số của từng đơn vị."),
    # cells
    IssueCode("cell.formula_without_value", _E, "Ô công thức không có giá trị lưu",
              "Mở tệp trong Excel, tính lại (F9), lưu và gửi lại; hoặc nhập số thay công thức."),
    IssueCode("cell.formula_error", _E, "Ô ghi giá trị lỗi của công thức (#REF!, #DIV/0!…)",
              "Sửa công thức hoặc nhập số trực tiếp, lưu và gửi lại."),
    IssueCode("cell.not_a_number", _E, "Ô không phải số", "Chỉ nhập số vào ô số liệu."),
    IssueCode("cell.ambiguous_number", _E, "Không rõ dấu phân cách",
              "Ghi số theo kiểu Việt Nam: 1.124 là một nghìn một trăm hai mươi tư; 1,5 là một phẩy năm."),
    IssueCode("cell.not_whole", _E, "Số đếm không nguyên", "Chỉ tiêu đếm số lượng phải là số nguyên."),
    IssueCode("cell.negative_value", _E, "Số âm", "Số liệu báo cáo không được âm."),
    IssueCode("cell.not_reported", _W, "Ô ghi chưa có số liệu ('Chưa báo cáo', 'Đang tổng hợp')",
              "Gửi bổ sung số liệu khi đã có."),
    IssueCode("cell.several_numbers", _W, "Nhiều số trong một ô", "Tách mỗi số liệu ra một dòng, một ô."),
    IssueCode("cell.merged_over_rows", _W, "Ô số liệu gộp qua dòng của chỉ tiêu hoặc đơn vị khác: không nạp",
              "Bỏ gộp ô, ghi số của từng dòng vào ô của dòng đó."),
    IssueCode("cell.figures_split", _I, "Các số trong một ô đã nạp theo đơn vị tính của từng số",
              "Nên tách mỗi số liệu ra một dòng."),
    IssueCode("cell.thousands_comma", _I, "Dấu phẩy phân cách hàng nghìn",
              "Nên ghi theo kiểu Việt Nam (1.250)."),
    IssueCode("cell.approximate", _I, "Số ước tính ('khoảng')", "Nên ghi số chính xác."),
    IssueCode("cell.money_without_unit", _E, "Số tiền không ghi đơn vị",
              "Ghi cột ĐVT (triệu đồng…) hoặc dòng 'ĐVT: triệu đồng' phía trên bảng."),
    IssueCode("cell.unexpected_scale", _W, "Đơn vị tiền ở chỉ tiêu không tính bằng tiền",
              "Kiểm tra lại ô và đơn vị tính.", also=(_E, _I)),
    # values across files
    IssueCode("value.conflict", _E, "Hai ô ghi một chỉ tiêu khác nhau",
              "Sửa cho thống nhất, chỉ giữ một ô cho mỗi chỉ tiêu."),
    IssueCode("value.duplicate", _W, "Số liệu trùng giữa các tệp", "Chỉ giữ một tệp cho mỗi đơn vị, mỗi kỳ.",
              also=(_E, _I)),
    IssueCode("value.prior_differs", _W, "Số cùng kỳ khác báo cáo kỳ đó",
              "Kiểm tra lại cột cùng kỳ năm trước."),
    IssueCode("report.superseded", _I, "Báo cáo được thay bằng bản mới hơn", "Không cần sửa.", also=(_W,), for_unit=False),
    IssueCode("report.missing", _W, "Thiếu báo cáo", "Đôn đốc đơn vị gửi báo cáo."),
    IssueCode("store.rebuilt", _I, "Kho dữ liệu hỏng đã được dựng lại", "Không cần sửa.", for_unit=False),
    # checks of plausibility and consistency
    IssueCode("value.quarters_mismatch", _E, "Các quý không cộng bằng lũy kế",
              "Kiểm tra lại số các quý và số lũy kế.", also=(_W,)),
    IssueCode("value.cumulative_decrease", _E, "Lũy kế giảm so với kỳ trước", "Kiểm tra lại số lũy kế."),
    IssueCode("value.stock_jump", _W, "Số thành viên thay đổi bất thường", "Kiểm tra lại số thành viên."),
    IssueCode("value.implausible_ratio", _W, "Tỷ lệ bất thường", "Kiểm tra lại hai số liệu liên quan."),
    IssueCode("value.outlier_history", _W, "Khác thường so với các năm trước", "Kiểm tra lại số liệu.",
              also=(_I,)),
    IssueCode("value.outlier_peers", _W, "Khác thường so với các đơn vị cùng cụm", "Kiểm tra lại số liệu.",
              also=(_I,)),
    # scoring sheets
    IssueCode("scoring.no_table", _E, "Không tìm thấy bảng chấm điểm", "Dùng mẫu bảng chấm điểm của cụm.", for_unit=False),
    IssueCode("scoring.unmapped_criterion", _W, "Tiêu chí chấm điểm không khớp",
              "Dùng tên tiêu chí theo thang điểm, hoặc sửa thang điểm.", for_unit=False),
]  # fmt: skip

CODES: dict[str, IssueCode] = {c.code: c for c in _LIST}


def check(severity: str, code: str) -> None:
    """Raise ``ValueError`` for a code not in the catalogue or raised at a severity it never has."""
    entry = CODES.get(code)
    if entry is None:
        raise ValueError(f"issue code {code!r} is not in the catalogue (thidua_analysis/issue_codes.py)")
    if severity != entry.severity and severity not in entry.also:
        raise ValueError(f"issue code {code!r} is not raised as {severity!r} (see issue_codes.py)")


def for_unit(code: str) -> bool:
    """True when an issue of ``code`` is something the reporting unit can act on (sent to it)."""
    entry = CODES.get(code)
    return entry.for_unit if entry else True


def title_of(code: str) -> str:
    """The code's Vietnamese title ("Ô không phải số"), "" for a code not in the catalogue."""
    entry = CODES.get(code)
    return entry.title if entry is not None else ""


def fix_of(code: str) -> str:
    """How to put right an issue of ``code`` ("" for an unknown code)."""
    entry = CODES.get(code)
    return entry.fix if entry else ""


def advice(code: str) -> str:
    """The fix as a sentence to end a message with: "Hãy lưu lại bằng Excel và gửi lại." """
    fix = fix_of(code)
    return f"Hãy {fix[0].lower()}{fix[1:]}" if fix else ""


SEVERITY_VI = {"error": "Lỗi", "warning": "Cảnh báo", "info": "Ghi chú"}


def markdown_table() -> str:
    """The catalogue as the README's Markdown table."""
    lines = ["| Mã | Mức độ | Nghĩa | Cách sửa | Gửi đơn vị |", "|---|---|---|---|---|"]
    for c in _LIST:
        severity = " / ".join(SEVERITY_VI[s] for s in (c.severity, *c.also))
        lines.append(f"| `{c.code}` | {severity} | {c.title} | {c.fix} | {'có' if c.for_unit else 'không'} |")
    return "\n".join(lines)
