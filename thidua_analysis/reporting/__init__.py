"""What people read: the conference pack (charts, Excel tables, a slide deck), tables in Excel
and in notebooks written the Vietnamese way, the notebooks themselves.

The pack's names are loaded on first use, so that the light modules here (``excel``,
``display``) do not bring the charting libraries with them."""

from __future__ import annotations

__all__ = ["KEY_INDICATORS", "Pack", "build_pack"]


def __getattr__(name: str):
    if name in __all__:
        from . import pack

        return getattr(pack, name)
    raise AttributeError(name)
