"""The polygons of the commune-level units of 2025 (package data, simplified: see
``scripts/build_maps_2025.py``): the outer rings of each unit, in longitude and latitude."""

from __future__ import annotations

import json

import numpy as np

from ..config import PACKAGE_DATA
from ..errors import ReferenceDataError
from .files import Reference, reference_of

__all__ = ["MAP_FILE", "load_wards"]

MAP_FILE = "wards_2025.json"


def _all(ref: Reference) -> dict[str, dict[str, list[list[float]]]]:
    return ref.memo("wards", lambda: _read_all(ref))


def _read_all(ref: Reference) -> dict[str, dict[str, list[list[float]]]]:
    path = PACKAGE_DATA / MAP_FILE
    try:
        return json.loads((ref.file(MAP_FILE, user=False) or b"").decode("utf-8"))
    except ValueError as exc:
        raise ReferenceDataError(f"Không đọc được bản đồ {path}: {exc}") from exc


def load_wards(province: str, *, ref: Reference | None = None) -> dict[str, list[np.ndarray]]:
    """``{unit_id: [ring, …]}`` for ``province`` ("ha_noi", "can_tho"); each ring an (n, 2)
    array of longitude, latitude."""
    polygons = _all(reference_of(None, ref))
    found = polygons.get(province)
    if found is None:
        raise ReferenceDataError(
            f"Không có bản đồ của '{province}'; có: {', '.join(sorted(polygons))}."
        )
    return {unit: [np.asarray(r, dtype=float).reshape(-1, 2) for r in rings] for unit, rings in found.items()}
