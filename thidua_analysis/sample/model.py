"""The numbers behind the built-in sample: what each unit did, quarter by quarter.

Anchored on seed 002: Cụm 3's five huyện together in Q1 2021 held 1.124 conferences for 87.264
person-times, 2.467 propaganda sessions, 3.737 gift packages worth 1,4 tỷ đồng, 261 supervisions,
952 Ban TTND members handling 271 cases, 1.143 Ban GSĐTCCĐ members doing 164 supervisions.
Those totals come out exactly; other units scale by their number of communes.

The story: steady growth (+5 %/year); gatherings dip in 2020–2021 (COVID-19); propaganda peaks
in the first half of 2021 (national elections); gifts peak in Q1 (Tết) and in 2020–2021 (relief);
the Fund for the Poor peaks in Q4 (the "month for the poor"); board memberships stay stable.
Each cluster has its own character (see ``CLUSTER_CHARACTER``).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..text.periods import QUARTERS

__all__ = ["SEED_CUM_3_Q1_2021", "quarterly_values"]

SEED_CUM_3_Q1_2021 = {
    "hoi_nghi_tuyen_truyen": 1124,
    "luot_nguoi_tham_du": 87264,
    "luot_tuyen_truyen": 2467,
    "suat_qua": 3737,
    "gia_tri_qua": 1_400_000_000,
    "cuoc_giam_sat": 261,
    "thanh_vien_ttnd": 952,
    "vu_viec_ttnd": 271,
    "thanh_vien_gsdtccd": 1143,
    "cuoc_gsdtccd": 164,
}
# Per commune per quarter, for indicators the seed does not give (Q1 2021 level).
OTHER_RATES = {
    "nha_dai_doan_ket": 0.35,
    "kinh_phi_nha_dai_doan_ket": 0.35 * 50_000_000,
    "quy_vi_nguoi_ngheo": 60_000_000,
    "hoi_nghi_phan_bien": 0.12,
}
STOCKS = ("thanh_vien_ttnd", "thanh_vien_gsdtccd")
MONEY = ("gia_tri_qua", "kinh_phi_nha_dai_doan_ket", "quy_vi_nguoi_ngheo")
GATHERINGS = ("hoi_nghi_tuyen_truyen", "luot_nguoi_tham_du", "hoi_nghi_phan_bien", "cuoc_giam_sat")
SEASON = {
    "suat_qua": (0.45, 0.15, 0.15, 0.25),
    "gia_tri_qua": (0.45, 0.15, 0.15, 0.25),
    "quy_vi_nguoi_ngheo": (0.15, 0.15, 0.2, 0.5),
    "nha_dai_doan_ket": (0.15, 0.25, 0.3, 0.3),
    "kinh_phi_nha_dai_doan_ket": (0.15, 0.25, 0.3, 0.3),
}
CLUSTER_CHARACTER = {
    # urban districts: many meetings, richer gifts, little house building
    "ha_noi_cum_1": {"hoi_nghi_tuyen_truyen": 1.3, "luot_nguoi_tham_du": 1.4, "gia_tri_qua": 1.6,
                     "nha_dai_doan_ket": 0.3, "kinh_phi_nha_dai_doan_ket": 0.3, "quy_vi_nguoi_ngheo": 1.8},
    # western rural districts: houses for the poor
    "ha_noi_cum_2": {"nha_dai_doan_ket": 2.2, "kinh_phi_nha_dai_doan_ket": 2.0, "suat_qua": 1.2},
    # seed cluster: strong supervision
    "ha_noi_cum_3": {},
    # newer urban districts: propaganda on loudspeakers and social media
    "ha_noi_cum_4": {"luot_tuyen_truyen": 1.8, "hoi_nghi_phan_bien": 1.5, "quy_vi_nguoi_ngheo": 1.4},
    # southern rural districts: fewer resources, many gifts of small value
    "ha_noi_cum_5": {"suat_qua": 1.3, "gia_tri_qua": 0.8, "cuoc_giam_sat": 0.8},
    # Cần Thơ's city organisations
    "can_tho_khoi_mttq": {"thanh_vien_ttnd": 0.0, "thanh_vien_gsdtccd": 0.0, "vu_viec_ttnd": 0.0,
                          "cuoc_gsdtccd": 0.0, "nha_dai_doan_ket": 0.5, "kinh_phi_nha_dai_doan_ket": 0.5},
}  # fmt: skip


def _year_factor(indicator: str, year: int, quarter: int) -> float:
    factor = 1.05 ** (year - 2021)
    if indicator in GATHERINGS:
        factor *= {2020: 0.72, 2021: 0.8}.get(year, 1.0)
        if year == 2021 and quarter in (3,):
            factor *= 0.6  # the 2021 summer lockdown
    if indicator == "luot_tuyen_truyen" and year == 2021 and quarter <= 2:
        factor *= 1.9  # elections of 23 May 2021
    if indicator in ("suat_qua", "gia_tri_qua") and year in (2020, 2021):
        factor *= 1.35  # COVID-19 relief
    return factor


def quarterly_values(registry: pd.DataFrame, years: list[int], seed: int) -> pd.DataFrame:
    """Quarter-alone values per unit, year and indicator (stocks: level at the quarter's end).

    ``registry`` is :func:`load_registry` restricted to the units to simulate.
    """
    rng = np.random.default_rng(seed)
    anchor = registry[(registry["cluster_id"] == "ha_noi_cum_3") & (registry["year"] == 2021)]
    anchor_communes = float(anchor["communes"].sum()) or 106.0
    base = {k: v / anchor_communes for k, v in SEED_CUM_3_Q1_2021.items()}
    base.update(OTHER_RATES)
    rows = []
    for unit in registry.drop_duplicates("unit_id").itertuples(index=False):
        communes = float(unit.communes) if pd.notna(unit.communes) else 9.0
        unit_scale = rng.lognormal(0.0, 0.12)
        levels = {k: base[k] * communes * rng.uniform(0.92, 1.08) for k in STOCKS}
        for year in years:
            membership = registry[
                (registry["unit_id"] == unit.unit_id) & (registry["year"] == year)
            ]
            if membership.empty:
                continue
            cluster = membership["cluster_id"].iloc[0]
            character = CLUSTER_CHARACTER.get(cluster, {})
            for q, quarter in enumerate(QUARTERS, start=1):
                for indicator, rate in base.items():
                    weight = character.get(indicator, 1.0)
                    if indicator in STOCKS:
                        if q == 1 and rng.random() < 0.3:
                            levels[indicator] *= rng.uniform(0.97, 1.04)
                        value = levels[indicator] * weight
                    else:
                        season = SEASON.get(indicator, (0.25,) * 4)
                        seasonal = season[q - 1] / season[0] if indicator in SEASON else 1.0
                        value = (rate * communes * unit_scale * weight * seasonal
                                 * _year_factor(indicator, year, q) * rng.lognormal(0.0, 0.15))  # fmt: skip
                    rows.append((unit.unit_id, cluster, year, quarter, indicator, value))
    frame = pd.DataFrame(
        rows, columns=["unit_id", "cluster_id", "year", "quarter", "indicator", "value"]
    )
    frame = _match_seed(frame)
    money = frame["indicator"].isin(MONEY)
    frame.loc[money, "value"] = (frame.loc[money, "value"] / 100_000).round() * 100_000
    frame.loc[~money, "value"] = frame.loc[~money, "value"].round()
    frame["value"] = frame["value"].astype(float)
    return frame[frame["value"] > 0].reset_index(drop=True)


def _match_seed(frame: pd.DataFrame) -> pd.DataFrame:
    """Rescale Cụm 3's Q1 2021 so that its totals are exactly the seed's figures."""
    mask = (
        (frame["cluster_id"] == "ha_noi_cum_3")
        & (frame["year"] == 2021)
        & (frame["quarter"] == "Q1")
    )
    for indicator, total in SEED_CUM_3_Q1_2021.items():
        rows = mask & (frame["indicator"] == indicator)
        if not rows.any():
            continue
        step = 100_000_000 if indicator in MONEY else 1  # 1,4 tỷ split in whole 0,1 tỷ amounts
        values = frame.loc[rows, "value"].to_numpy()
        units = total / step
        shares = values / values.sum() * units
        whole = np.floor(shares)
        remainder = round(units - whole.sum())
        order = np.argsort(-(shares - whole))
        whole[order[:remainder]] += 1
        frame.loc[rows, "value"] = whole * step
    return frame
