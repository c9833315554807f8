"""One house style for every chart: readable on a projector, Vietnamese labels and numbers.

The font is DejaVu Sans, which ships with matplotlib (so it is there on every machine) and has
every Vietnamese letter with its marks; :func:`missing_glyphs` checks a text against it.
"""

from __future__ import annotations

import itertools
import warnings
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

import matplotlib as mpl
import matplotlib.pyplot as plt
from matplotlib import font_manager
from matplotlib.text import Text
from matplotlib.ticker import FuncFormatter

from ..reference.catalog import indicator_maps, load_catalog
from ..reference.files import Reference, per_reference, reference_of
from ..text.numbers import amount_text, format_vn, money_scale

__all__ = [
    "FONT",
    "PALETTE",
    "PROVINCE_NAMES",
    "cluster_colors",
    "house_style",
    "indicator_label",
    "indicator_unit",
    "missing_glyphs",
    "money_scale",
    "new_axes",
    "save_figure",
    "value_formatter",
    "value_text",
]

PROVINCE_NAMES = {"ha_noi": "Hà Nội", "can_tho": "Cần Thơ"}  # how a province's slug is said
FONT = "DejaVu Sans"
PALETTE = ["#C8102E", "#1F4E79", "#2E8B57", "#E08E0B", "#6A3D9A", "#00838F", "#8C564B", "#5F6B7A"]
STYLE = {
    "font.family": FONT,
    "font.size": 13,
    "axes.titlesize": 17,
    "axes.titleweight": "bold",
    "axes.labelsize": 14,
    "xtick.labelsize": 12,
    "ytick.labelsize": 12,
    "legend.fontsize": 12,
    "legend.frameon": False,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "axes.grid.axis": "y",
    "grid.color": "#DDDDDD",
    "axes.prop_cycle": mpl.cycler(color=PALETTE),
    "figure.figsize": (12, 6.75),
    "figure.dpi": 100,
    "savefig.dpi": 200,
    "savefig.bbox": "tight",
    "svg.fonttype": "none",
}


# colours for clusters: one per cluster, the same in every chart (the palette first, then more)
CLUSTER_PALETTE = [*PALETTE, "#BCBD22", "#17BECF", "#E377C2", "#7F7F7F", "#AEC7E8", "#FF9896",
                   "#98DF8A", "#C5B0D5", "#C49C94", "#F7B6D2", "#DBDB8D", "#9EDAE5"]  # fmt: skip


@per_reference
def cluster_colors(ref: Reference) -> dict[str, str]:
    """Each cluster's colour, by its place in clusters.csv: a cluster keeps its colour in every
    chart, whichever clusters a chart shows (a copy "…_b2" gets its original's); provinces are
    coloured by their slug too."""
    from ..reference import load_clusters

    ids = list(load_clusters(ref=ref)["cluster_id"])
    colors = {cid: CLUSTER_PALETTE[i % len(CLUSTER_PALETTE)] for i, cid in enumerate(ids)}
    for i, province in enumerate(PROVINCE_NAMES):
        colors.setdefault(province, PALETTE[i % len(PALETTE)])
    return colors


def color_of(key: str, ref: Reference, fallback: int = 0) -> str:
    """The colour of a cluster or province (see :func:`cluster_colors`), else the palette's."""
    colors = cluster_colors(ref)
    if key in colors:
        return colors[key]
    base = key.rsplit("_b", 1)[0] if "_b" in key else key  # the sample's imaginary copies
    return colors.get(base, PALETTE[fallback % len(PALETTE)])


def wrap_label(text: str, width: int = 16) -> str:
    """``text`` broken into lines of at most ``width`` characters at spaces (a long word stays)."""
    words, lines, line = text.split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return "\n".join(lines)


@contextmanager
def house_style():
    """``with house_style(): ...`` draws in the house style and restores the caller's after."""
    # Only the style's own settings are put back afterwards: restoring every setting (as
    # rc_context does) would also undo what a notebook's plotting backend set up in between.
    saved = {key: mpl.rcParams[key] for key in STYLE}
    mpl.rcParams.update(STYLE)
    try:
        yield
    finally:
        mpl.rcParams.update(saved)


def new_axes(ax=None, *, figsize: tuple[float, float] | None = None):
    """The given Axes, or a new one on a new figure in the house style."""
    if ax is not None:
        return ax
    with house_style():
        _fig, ax = plt.subplots(figsize=figsize or STYLE["figure.figsize"])
    return ax


@lru_cache(maxsize=1)
def _font_charmap() -> frozenset[int]:
    from matplotlib.ft2font import FT2Font

    path = font_manager.findfont(
        font_manager.FontProperties(family=FONT), fallback_to_default=False
    )
    return frozenset(FT2Font(path).get_charmap())


def missing_glyphs(text: str) -> set[str]:
    """The characters of ``text`` the house font cannot draw (empty when all is well)."""
    charmap = _font_charmap()
    return {ch for ch in text if not ch.isspace() and ord(ch) not in charmap}


@per_reference
def _catalog_maps(ref: Reference) -> tuple[dict[str, str], dict[str, str]]:
    """The project's names and units of the indicators (on the reference: another project,
    another object, other names)."""
    return indicator_maps(load_catalog(ref=ref))


def indicator_label(code: str, *, ref: Reference | None = None) -> str:
    """The catalogue's Vietnamese name of ``code`` (the code itself if unknown)."""
    return _catalog_maps(reference_of(None, ref))[0].get(code, code)


def indicator_unit(code: str, *, ref: Reference | None = None) -> str:
    return _catalog_maps(reference_of(None, ref))[1].get(code, "")


def value_text(
    value: float, code: str, *, scale: tuple[float, str] | None = None, ref: Reference | None = None
) -> str:
    """A value as the analyst says it: ``"1.124"``, ``"1,4 tỷ đồng"``."""
    return amount_text(value, indicator_unit(code, ref=ref), scale=scale)


def value_formatter(factor: float = 1.0) -> FuncFormatter:
    """Axis tick labels in Vietnamese style, values divided by ``factor`` (money axes)."""

    def fmt(x: float, _pos: int) -> str:
        scaled = x / factor
        decimals = 0 if float(round(scaled, 6)).is_integer() else 1
        return format_vn(round(scaled, decimals), decimals=decimals)

    return FuncFormatter(fmt)


def axis_unit(code: str, largest: float, *, ref: Reference | None = None) -> tuple[float, str]:
    """(factor, unit label) for an axis showing ``code``: money in triệu/tỷ đồng."""
    unit = indicator_unit(code, ref=ref)
    if unit == "đồng":
        return money_scale(largest)
    return 1.0, unit


def save_figure(
    fig_or_ax, path: str | Path, *, formats: tuple[str, ...] = ("png", "svg")
) -> list[Path]:
    """Save a figure (or an Axes' figure) as ``path`` with each suffix in ``formats``."""
    fig = getattr(fig_or_ax, "figure", fig_or_ax)
    fig = getattr(fig, "figure", fig)  # a subfigure's parent
    base = Path(path)
    base.parent.mkdir(parents=True, exist_ok=True)
    out = []
    for suffix in formats:
        target = base.with_suffix("." + suffix)
        with house_style():
            fig.savefig(target)
        out.append(target)
    return out


SLIDE_SIZE = (12.3, 4.9)  # inches: the chart's place on a 16:9 slide under its title
SLIDE_MIN_PT = 18  # no text under this on a slide seen from the back of the hall


def save_slide_image(fig_or_ax, path: str | Path, *, size: tuple[float, float] = SLIDE_SIZE,
                     min_pt: float = SLIDE_MIN_PT) -> tuple[Path, float]:  # fmt: skip
    """The figure as a slide shows it: drawn at the slide's size, with no title of its own (the
    slide's title says it), every text large enough that, once the picture is fitted into
    ``size`` inches, none is under ``min_pt`` points. Returns the PNG and the smallest text size
    on the slide, in points. Call it last: it changes the figure."""
    fig = getattr(fig_or_ax, "figure", fig_or_ax)
    fig = getattr(fig, "figure", fig)
    for ax in fig.axes:
        ax.set_title("", loc="left")
        ax.set_title("")
    if fig._suptitle is not None:
        fig._suptitle.set_text("")
    fig.set_size_inches(*size)
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    texts = [t for t in fig.findobj(Text) if t.get_text().strip() and t.get_visible()]
    pad = 2 * mpl.rcParams["savefig.pad_inches"]
    scale, wanted = 1.0, min_pt
    for _attempt in range(6):  # larger text takes room: fit, measure, and enlarge again if shrunk
        for text in texts:
            if text.get_fontsize() < wanted:
                text.set_fontsize(wanted)
        _make_room(fig)
        box = fig.get_tightbbox(fig.canvas.get_renderer())  # what a tight save keeps, in inches
        scale = min(1.0, size[0] / (box.width + pad), size[1] / (box.height + pad))
        if min((t.get_fontsize() for t in texts), default=min_pt) * scale >= min_pt - 0.01:
            break
        wanted = min_pt / scale
    with house_style():
        fig.savefig(target, dpi=150, bbox_inches="tight")
    smallest = min((t.get_fontsize() for t in texts), default=min_pt) * scale
    return target, round(smallest, 1)


def _make_room(fig) -> None:
    """After text was enlarged: the axes are laid out again around their labels, and column
    labels that would then run into each other are slanted (and the layout done again)."""
    for _pass in range(2):
        with warnings.catch_warnings():  # a figure it cannot fit is saved as it is
            warnings.simplefilter("ignore")
            fig.tight_layout()
        renderer = fig.canvas.get_renderer()
        slanted = False
        for ax in fig.axes:
            labels = [t for t in ax.get_xticklabels() if t.get_text() and t.get_rotation() == 0]
            boxes = [t.get_window_extent(renderer) for t in labels]
            if any(a.x1 > b.x0 for a, b in itertools.pairwise(boxes)):
                slanted = True
                on_top = ax.xaxis.get_ticks_position() == "top"
                for t in labels:  # the end of the label at its column (above: its start)
                    t.set_rotation(30)
                    t.set_rotation_mode("anchor")
                    t.set_horizontalalignment("left" if on_top else "right")
                    t.set_verticalalignment("bottom" if on_top else "top")
        if not slanted:
            return
