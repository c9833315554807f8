"""The narrative of a Word report: its figures as candidates for the analyst to review, with the
unit and period its header and title state (the same rules and evidence as a sheet's).

A candidate is a tuple in ``CANDIDATE_COLUMNS`` order; ``key`` names it across ingests (the
file, the paragraph, the figure's place and a fingerprint of its sentence), so that the
analyst's decision on it is applied again as long as the sentence is unchanged.
"""

from __future__ import annotations

import hashlib

from ..text.periods import TO_DATE, end_month, name_periods
from ..text.vietnamese import match_key
from .context import Context, SheetResult
from .evidence import resolve_period, resolve_unit
from .sentences import figures_in
from .title import lines_before_narrative, read_title

__all__ = ["CANDIDATE_COLUMNS", "TEXT_SHEET", "text_candidates"]

CANDIDATE_COLUMNS = [
    "key", "source_file", "paragraph", "start", "end", "sentence", "figure", "indicator", "value",
    "qualifier", "context", "note", "unit_id", "year", "period", "period_source", "unit_source",
]  # fmt: skip
TEXT_SHEET = "văn bản"  # where a figure of the narrative is: "văn bản", "đoạn 6, ký tự 180–194"


def text_candidates(paragraphs: list[str], ctx: Context) -> list[tuple]:
    """The figures of ``paragraphs`` as candidates, each with the document's unit and period
    where its header and title state them (blank otherwise: the analyst fills them)."""
    found = figures_in(paragraphs, ref=ctx.ref)
    if not found:
        return []
    lines = lines_before_narrative((f"đoạn {number}", text) for number, text in enumerate(paragraphs, start=1))
    ctx = ctx.but(sheet=TEXT_SHEET)
    title = read_title(lines, ctx.vocab)
    scratch = SheetResult()  # what a sheet would be told; the tables of the file say it already
    period = resolve_period(title, ctx, scratch)
    periods, period_where, year, year_where = period if period is not None else ((), "", None, "")
    unit, unit_where = "", ""
    if year is not None and periods:
        decision, _problem = resolve_unit(title, ctx.but(when=(year, max(end_month(p) for p in periods))))
        if decision is not None:
            unit, unit_where = str(decision.value), decision.where
    source = f"{period_where}; {year_where}" if year_where not in ("", period_where) else period_where
    document = periods[0] if len(periods) == 1 else ""
    out = []
    for c in found:
        period, where = _own_period(c.sentence, c.text, document), source
        stamp = hashlib.sha1(c.sentence.encode("utf-8")).hexdigest()[:10]
        key = f"{ctx.source_file}|{c.paragraph}|{c.start}|{stamp}"
        out.append((
            key, ctx.source_file, c.paragraph, c.start, c.end, c.sentence, c.text, c.indicator, c.value,
            c.qualifier, c.context, c.note, unit, year if year is not None else 0,
            period or document, f"đoạn {c.paragraph}" if period else where, unit_where,
        ))  # fmt: skip
    return out


def _own_period(sentence: str, figure: str, document: str) -> str:
    """The period the words before a figure give it in its sentence ("lũy kế 9 tháng đạt 52 hội
    nghị" in a quarter's report: 9M), when it ends with the document's; "" otherwise."""
    if not document:
        return ""
    before = sentence[: max(0, sentence.find(figure))]
    named, _years, weak = name_periods(before)
    if named and not weak and end_month(named[-1]) == end_month(document):
        return named[-1]
    key = f" {match_key(before)} "
    if " luy ke " in key or " cong don " in key or " tu dau nam " in key:
        return TO_DATE.get(document, "")
    return ""

