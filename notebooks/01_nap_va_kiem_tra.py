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

from thidua_analysis import charts, config
from thidua_analysis.storage import ingest

config.use_project(project)
pd.set_option("display.max_colwidth", 120)

# %% [markdown]
# ## Nạp báo cáo
# Tệp không đổi từ lần nạp trước sẽ không phải đọc lại.

# %%
summary = ingest(config.raw_dir(), out=config.processed_dir())
summary

# %%
data, issues = summary.data, summary.issues
data.head()

# %% [markdown]
# ## Đã nhận được gì
# Số giá trị theo cụm và kỳ báo cáo trong năm đã chọn.

# %%
data[data["year"] == year].pivot_table(
    index="cluster_id", columns="period", values="value", aggfunc="count", fill_value=0
)

# %% [markdown]
# ## Còn thiếu gì
# Xanh: đơn vị đã báo cáo; cam: tính được từ kỳ khác; đỏ: chưa có.

# %%
charts.completeness(data, year=year)

# %%
charts.completeness(data, year=year, cluster=cluster)

# %% [markdown]
# ## Sai ở đâu
# Mỗi vấn đề có mã, mức độ và vị trí (tệp, trang tính, ô). Bảng tóm tắt theo mã:

# %%
issues.groupby(["severity", "code"]).size().rename("số vấn đề").reset_index()

# %% [markdown]
# Các lỗi (error) cần đơn vị sửa và gửi lại. Tệp `van_de_theo_tep.xlsx` trong kho dữ liệu có đủ
# danh sách, nhóm theo tệp, để gửi lại cho đơn vị.

# %%
issues[issues["severity"] == "error"][
    ["code", "source_file", "source_sheet", "source_cell", "message"]
]
