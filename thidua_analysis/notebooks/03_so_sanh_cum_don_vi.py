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
# # 03. So sánh các đơn vị trong cụm
#
# Một kỳ báo cáo: số của từng đơn vị, tỷ trọng trong cụm, thứ hạng, bình quân mỗi xã, phường.

# %% tags=["parameters"]
project = ".."
cluster = "ha_noi_cum_3"
year = 2021
period = "FY"
indicator = "suat_qua"

# %%
from thidua_analysis import charts, config, setup_notebook, show
from thidua_analysis.analysis import unit_comparison, wide_table
from thidua_analysis.storage import load_processed

config.use_project(project)
setup_notebook()
data = load_processed().data

# %%
charts.unit_bars(data, indicator=indicator, year=year, period=period, cluster=cluster)

# %%
charts.unit_bars(data, indicator="gia_tri_qua", year=year, period=period, cluster=cluster)

# %% [markdown]
# ## Tất cả chỉ tiêu: màu theo tỷ lệ so với đơn vị cao nhất

# %%
charts.heatmap(data, year=year, period=period, cluster=cluster)

# %% [markdown]
# ## Thứ hạng trong cụm qua các năm

# %%
charts.ranking(data, indicator=indicator, cluster=cluster, period=period)

# %% [markdown]
# ## Bảng so sánh
# `share_pct`: tỷ trọng trong cụm (%); `rank`: thứ hạng (1 là cao nhất); `per_commune`: bình quân
# mỗi xã, phường; `derived`: số tính từ kỳ khác.

# %%
table = unit_comparison(data, year=year, period=period, cluster=cluster)
show(table[table["indicator"] == indicator][
    ["unit_name", "value", "previous", "change_pct", "share_pct", "rank", "per_commune", "derived"]
])

# %% [markdown]
# ## Bảng ngang để dán vào Excel

# %%
show(wide_table(table))
