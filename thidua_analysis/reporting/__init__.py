"""The conference pack built from the processed store: charts, Excel tables, a slide deck."""

from .pack import KEY_INDICATORS, Pack, build_pack

__all__ = ["KEY_INDICATORS", "Pack", "build_pack"]
