"""Simplify the ward polygons of the 2025 units for the package's maps.

    .venv/bin/python scripts/build_maps_2025.py [--shared ../shared/realdata] [--tolerance 0.0004]

Reads ``admin_2025/wards_01_ha_noi.geojson`` and ``wards_92_can_tho.geojson`` (3–4 MB each,
about 300 000 points) and writes ``thidua_analysis/reference/data/wards_2025.json``: per province,
per unit id, the outer rings of its polygons, simplified with Douglas–Peucker (tolerance in
degrees: 0.0004° is about 40 m, below a pixel of a city map on a slide) and rounded to 5
decimals (about 1 m). Each ring is simplified on its own, so two wards' shared border can differ
by up to the tolerance: invisible at the scale of a slide, and the reason the budget holds
(about 0.3 MB for both provinces). Holes are left out: no ward of these two provinces has one
that shows at that scale.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from thidua_analysis.reference import load_units  # noqa: E402

FILES = {"ha_noi": "wards_01_ha_noi.geojson", "can_tho": "wards_92_can_tho.geojson"}


def simplify(points: np.ndarray, tolerance: float) -> np.ndarray:
    """Douglas–Peucker on one ring (the first and last points kept)."""
    keep = np.zeros(len(points), dtype=bool)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        if last <= first + 1:
            continue
        a, b = points[first], points[last]
        segment = b - a
        length = np.hypot(*segment)
        inner = points[first + 1 : last]
        if length == 0:
            distance = np.hypot(*(inner - a).T)
        else:
            distance = np.abs(segment[0] * (inner[:, 1] - a[1]) - segment[1] * (inner[:, 0] - a[0])) / length
        worst = int(np.argmax(distance))
        if distance[worst] > tolerance:
            middle = first + 1 + worst
            keep[middle] = True
            stack += [(first, middle), (middle, last)]
    return points[keep]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "realdata")
    parser.add_argument("--tolerance", type=float, default=0.0004)
    args = parser.parse_args()
    units = load_units()
    by_code = {(p, c): u for u, p, c in zip(units["unit_id"], units["province"], units["gso_code"], strict=True)
               if units.loc[units["unit_id"] == u, "level"].iloc[0] == "commune"}  # fmt: skip
    out: dict[str, dict[str, list[list[float]]]] = {}
    before = after = 0
    for province, name in FILES.items():
        features = json.loads((args.shared / "admin_2025" / name).read_text(encoding="utf-8"))["features"]
        rings: dict[str, list[list[float]]] = {}
        for feature in features:
            unit = by_code[(province, feature["properties"]["code"])]
            geometry = feature["geometry"]
            polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
            for polygon in polygons:
                outer = np.asarray(polygon[0], dtype=float)
                before += len(outer)
                small = simplify(outer, args.tolerance)
                if len(small) < 4:
                    continue
                after += len(small)
                rings.setdefault(unit, []).append(np.round(small, 5).ravel().tolist())
        out[province] = rings
    path = ROOT / "thidua_analysis" / "reference" / "data" / "wards_2025.json"
    path.write_text(json.dumps(out, separators=(",", ":")), encoding="utf-8")
    print(f"{before} points → {after}; {path.stat().st_size / 1024:.0f} KB")


if __name__ == "__main__":
    main()
