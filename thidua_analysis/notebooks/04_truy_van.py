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
# # 04. Câu hỏi nhanh bằng SQL và pandas
#
# Kho dữ liệu có bốn bảng dùng được trong SQL (DuckDB): `data` (mỗi dòng một số liệu, kèm tệp,
# trang, ô nguồn), `issues` (các vấn đề), `catalog` (danh mục chỉ tiêu), `registry` (đơn vị, cụm
# theo năm, số xã phường).

# %% tags=["parameters"]
project = ".."
year = 2021

# %%
from thidua_analysis import config, query, save_table, setup_notebook, show
from thidua_analysis.analysis import unit_comparison
from thidua_analysis.storage import load_processed

config.use_project(project)
setup_notebook()

# %% [markdown]
# ## Đơn vị nào trao nhiều quà nhất tính trên mỗi xã, phường năm 2021?

# %%
gifts_sql = query(f"""
    select d.unit_name, d.cluster_id, d.value as suat_qua, r.communes as so_xa,
           round(d.value / r.communes, 1) as binh_quan_moi_xa
    from data d join registry r using (unit_id, year)
    where d.indicator = 'suat_qua' and d.period = 'FY' and d.year = {year}
    order by binh_quan_moi_xa desc
    limit 10
""")
show(gifts_sql)

# %% [markdown]
# Cùng câu hỏi bằng pandas (có cả số tính từ kỳ khác khi đơn vị không gửi báo cáo năm):

# %%
data = load_processed().data
gifts = unit_comparison(data, year=year, indicators=["suat_qua"])
show(gifts.nlargest(10, "per_commune")[["unit_name", "cluster_id", "value", "communes", "per_commune"]])

# %% [markdown]
# ## Tổng trị giá quà từng cụm qua các năm (tỷ đồng)

# %%
show(query("""
    select cluster_id, year, round(sum(value) / 1e9, 2) as ty_dong
    from data where indicator = 'gia_tri_qua' and period = 'FY'
    group by all order by cluster_id, year
""").pivot(index="year", columns="cluster_id", values="ty_dong"), decimals=2)

# %% [markdown]
# ## Số liệu này lấy từ ô nào?
# Mỗi số đều nhớ tệp, trang tính và ô gốc.

# %%
show(query(f"""
    select unit_name, period, value, source_file, source_sheet, source_cell
    from data where indicator = 'gia_tri_qua' and year = {year} and unit_id = 'dong_da'
    order by period
"""))

# %% [markdown]
# ## Tệp nào có nhiều lỗi nhất?

# %%
worst = query("""
    select source_file, count(*) as so_loi from issues
    where severity = 'error' group by all order by so_loi desc limit 10
""")
show(worst, names={"so_loi": "Số lỗi"})

# %% [markdown]
# ## Ghi kết quả ra Excel
# Bảng Excel ghi số kiểu Việt Nam (1.124; 1,25) dù máy mở tệp đặt vùng nào; cũng như lệnh
# `thidua query "…" --out tep.xlsx`.

# %%
save_table(gifts_sql, config.reports_dir() / "truy_van" / f"qua_binh_quan_moi_xa_{year}.xlsx")
