# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 01. Nạp và kiểm tra báo cáo
#
# Sổ tay này nạp một thư mục báo cáo của các đơn vị vào kho dữ liệu, rồi cho biết:
# đã nhận được gì, còn thiếu gì, và sai ở đâu (tệp, trang tính, ô).
#
# Sửa các giá trị ở ô **tham số** dưới đây để chạy cho cụm, năm hoặc thư mục khác.

# %% tags=["parameters"]
project = ".."  # thư mục dự án (chứa data/raw, data/processed)
cluster = "ha_noi_cum_3"  # mã cụm, xem: thidua registry --year 2021
year = 2021
period = "FY"

# %%
import pandas as pd

from thidua_analysis import charts, config, quality, setup_notebook, show
from thidua_analysis.storage import ingest, source_paths

config.use_project(project)
setup_notebook()  # số kiểu Việt Nam (1.124; 1,25), bảng dài có tìm kiếm, sắp xếp

# %% [markdown]
# ## Nạp báo cáo
# Tệp không đổi từ lần nạp trước sẽ không phải đọc lại.

# %%
summary = ingest(config.raw_dir(), out=config.processed_dir())
summary

# %%
data, issues = summary.data, summary.issues
show(data.head())

# %% [markdown]
# ## Đã nhận được gì
# Số giá trị theo cụm và kỳ báo cáo trong năm đã chọn.

# %%
show(data[data["year"] == year].pivot_table(
    index="cluster_id", columns="period", values="value", aggfunc="count", fill_value=0
))

# %% [markdown]
# ## Còn thiếu gì
# Xanh: đơn vị đã báo cáo; cam: tính được từ kỳ khác; đỏ: chưa có.

# %%
charts.completeness(data, year=year)

# %%
charts.completeness(data, year=year, cluster=cluster, periods=None)

# %% [markdown]
# Danh sách báo cáo còn thiếu của năm đã chọn (mỗi cụm chỉ xét các kỳ mà cụm đó có báo cáo):

# %%
grid = quality.completeness_grid(data, year=year)
show(grid[grid["status"] == "missing"])

# %% [markdown]
# ## Sai ở đâu
# Mỗi vấn đề có mã, mức độ và vị trí (tệp, trang tính, ô). Bảng tóm tắt theo mã:

# %%
show(issues.groupby(["severity", "code"]).size().rename("số vấn đề").reset_index())

# %% [markdown]
# Các lỗi (error) cần đơn vị sửa và gửi lại. Tệp `van_de_theo_tep.xlsx` trong kho dữ liệu có đủ
# danh sách, nhóm theo tệp, để gửi lại cho đơn vị.

# %%
show(issues[issues["severity"] == "error"][
    ["code", "source_file", "source_sheet", "source_cell", "message"]
])

# %% [markdown]
# ## Số liệu có hợp lý không
# Khi nạp, gói đã chạy các phép kiểm tra chất lượng: số cộng dồn không giảm (quý I ≤ 6 tháng ≤
# 9 tháng ≤ năm), tổng các quý bằng số cộng dồn, số thành viên không tăng giảm đột ngột, tỷ lệ hợp
# lý (lượt người mỗi hội nghị, đồng mỗi suất quà, đồng mỗi nhà), và giá trị bất thường so với các
# năm khác của đơn vị hoặc các đơn vị cùng cụm (điểm z hiệu chỉnh). Số vấn đề theo từng phép kiểm
# tra:

# %%
checks = issues[issues["code"].isin(quality.CHECKS)]
show(pd.DataFrame(
    [
        (code, meaning, int((checks["code"] == code).sum()))
        for code, (_, meaning) in quality.CHECKS.items()
    ],
    columns=["mã", "nội dung", "số vấn đề"],
))

# %%
show(checks[checks["code"].str.startswith("value.")][["code", "source_file", "source_cell", "message"]])

# %%
charts.issue_bars(issues, data=data)

# %% [markdown]
# Ngưỡng của các phép kiểm tra nằm trong `quality_settings.csv` và `ratio_rules.csv` (đặt bản
# sửa trong `data/reference/`). Thử một ngưỡng khác ngay tại đây, không sửa tệp:

# %%
stricter = quality.validate(data, settings=quality.load_quality_settings(z_threshold=3.0))
show(stricter["code"].value_counts().rename("số vấn đề"))

# %% [markdown]
# ## Phản hồi cho đơn vị
# Mỗi đơn vị một thư mục: bản sao tệp của đơn vị với các ô có vấn đề được tô màu và ghi chú,
# cùng danh sách vấn đề (kể cả báo cáo còn thiếu). Ở đây chỉ ghi cho các đơn vị của cụm đã chọn.

# %%
in_cluster = data[data["cluster_id"] == cluster]
paths = quality.write_feedback(
    issues[
        issues["source_file"].isin(in_cluster["source_file"]) | (issues["code"] == "report.missing")
    ],
    in_cluster,
    config.reports_dir() / "phan_hoi" / cluster,
    sources=source_paths(),
)
sorted({p.parent.name for p in paths})
