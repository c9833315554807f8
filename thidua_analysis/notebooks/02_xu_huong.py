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
# # 02. Xu hướng qua các năm
#
# Các chỉ tiêu của từng cụm qua các năm, và của từng đơn vị trong một cụm. Số của cả năm được
# lấy từ báo cáo năm; nếu đơn vị chỉ gửi báo cáo quý thì được cộng từ các quý (điểm rỗng trên
# biểu đồ).

# %% tags=["parameters"]
project = ".."
cluster = "ha_noi_cum_3"
year = 2021
period = "FY"
indicator = "luot_nguoi_tham_du"

# %%
from thidua_analysis import charts, config, setup_notebook, show
from thidua_analysis.analysis import cluster_totals, commune_years, wide_table
from thidua_analysis.storage import load_processed

config.use_project(project)
setup_notebook()
data = load_processed().data

# %% [markdown]
# ## Một chỉ tiêu, các cụm

# %%
charts.trend(data, indicator=indicator, period=period)

# %% [markdown]
# ## Các đơn vị của một cụm

# %%
charts.trend(data, indicator=indicator, by="unit_id", cluster=cluster, period=period)

# %% [markdown]
# ## Nhiều chỉ tiêu cùng lúc

# %%
charts.small_multiples(
    data,
    indicators=[
        "hoi_nghi_tuyen_truyen",
        "luot_tuyen_truyen",
        "suat_qua",
        "gia_tri_qua",
        "thanh_vien_ttnd",
        "cuoc_giam_sat",
    ],
    period=period,
)

# %% [markdown]
# ## Bảng tổng của cụm và mức tăng, giảm so với năm trước (%)

# %%
totals = cluster_totals(data, period=period)
mine = totals[totals["cluster_id"] == cluster]
show(wide_table(mine, index="year", values="value"))

# %%
show(wide_table(mine, index="year", values="change_pct"), decimals=1)

# %% [markdown]
# ## Toàn thành phố, qua đợt sắp xếp đơn vị hành chính 01/07/2025
#
# Từ 01/07/2025 không còn cấp huyện: các phường, xã mới là đơn vị khác, không nối tiếp số liệu
# của quận, huyện cũ. Số của cả thành phố thì vẫn so sánh được; năm 2025 là 6 tháng đầu của các
# quận, huyện cộng 6 tháng cuối của các phường, xã (điểm hình thoi).

# %%
charts.trend(data, indicator=indicator, period=period, by="province")

# %% [markdown]
# ## Bản đồ theo phường, xã (từ 01/07/2025)

# %%
years = commune_years(data)
if years:
    latest = max(years)
    charts.choropleth(data, indicator=indicator, year=latest, period=period, province=years[latest][0])
else:
    print("Kho chưa có số liệu của các phường, xã mới (từ 01/07/2025): chưa có bản đồ.")
