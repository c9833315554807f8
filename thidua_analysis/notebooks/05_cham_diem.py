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
# # 05. Chấm điểm thi đua
#
# Chấm điểm khách quan, làm lại được: mỗi điểm đều ghi rõ căn cứ (đạt bao nhiêu % chỉ tiêu
# đăng ký, xếp hạng mấy trong cụm, thiếu mấy báo cáo, hay điểm cụm chấm). Chỉ tiêu đăng ký nằm
# trong `data/targets/`, bảng chấm điểm của các cụm trong `data/scoring/`, bảng tiêu chí trong
# `scoring_scheme.csv` (sửa được, đặt bản sửa vào `data/reference/`).

# %% tags=["parameters"]
project = ".."
cluster = "ha_noi_cum_3"
year = 2021

# %%
from thidua_analysis import charts, config, setup_notebook, show
from thidua_analysis.scoring import load_review, load_scheme
from thidua_analysis.storage import load_processed

config.use_project(project)
setup_notebook()
data = load_processed().data
review, problems = load_review(data, year=year)
show(problems)

# %% [markdown]
# ## Bảng tiêu chí đang dùng

# %%
show(load_scheme()[["group_name", "label_vi", "method", "max_points", "param", "kind"]],
     names={"group_name": "Nhóm", "label_vi": "Tiêu chí", "method": "Cách chấm", "max_points": "Điểm tối đa",
            "param": "Tham số"})

# %% [markdown]
# ## Xếp hạng trong cụm
# Tổng điểm = điểm các tiêu chí + điểm thưởng − điểm trừ; đơn vị bằng điểm cùng hạng.

# %%
show(review.table[review.table["cluster_id"] == cluster])

# %%
charts.score_breakdown(review.points, cluster=cluster)

# %% [markdown]
# ## Mức thực hiện chỉ tiêu đăng ký

# %%
charts.attainment_heatmap(review.attainment, cluster=cluster)

# %% [markdown]
# ## Điểm từng tiêu chí và căn cứ

# %%
points = review.points[review.points["cluster_id"] == cluster]
show(points.pivot_table(index="label_vi", columns="unit_name", values="points", sort=False),
     names={"label_vi": "Tiêu chí"})

# %%
show(points[["unit_name", "label_vi", "points", "max_points", "basis"]],
     names={"label_vi": "Tiêu chí", "max_points": "Điểm tối đa", "basis": "Căn cứ"})

# %% [markdown]
# ## Đối chiếu với bảng chấm điểm của cụm
# Những điểm cụm chấm khác điểm tính theo tiêu chí (các tiêu chí chấm tay không so):

# %%
compared = review.comparison
show(compared[(compared["cluster_id"] == cluster) & compared["differs"]])
