"""Figures written in the sentences of a report ("1.124 hội nghị cho 87.264 lượt người", "trao 3.737
suất quà trị giá 1,4 tỷ đồng"): proposed to the analyst, never loaded unseen.

The grammar, read left to right, each rule a person would accept:

1. A figure is a number in the Vietnamese way (1.124; 1,4; 05), with a scale word after it if any
   (nghìn, triệu, tỷ), then a *measure word* (hội nghị, lượt người, suất quà, cuộc, thành viên,
   vụ, nhà, đồng…). A number with no measure word after it is no figure ("lần 3", "khóa XV").
2. Never a figure: a date (26/03/2021, ngày 5 tháng 3), a period or a term ("6 tháng", "quý I",
   "nhiệm kỳ 2021 - 2026"), a year, a name ("Cụm thi đua số 3"), a percentage ("100% xã"), a
   ratio ("111/152 xã": its parts are counts of something else).
3. The indicator: among the rules of ``sentence_rules.csv`` whose measures include the figure's,
   the one whose context words stand nearest the figure in its sentence; a rule is out when one
   of its ``exclude`` words stands nearer than its own context ("164 cuộc giám sát" after "Ban
   GSĐTCCĐ" is the community-investment supervision, not any supervision). A rule marked
   ``alone`` needs no context word ("87.264 lượt người"). Two rules equally near: no proposal,
   the analyst chooses.
4. Qualifiers before the number ("hơn", "gần", "trên", "khoảng", "ước") are kept as a flag.

Each candidate says where it is: the paragraph's number, the character span of the figure and
of the words that decided its indicator.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import pandas as pd

from ..reference.files import Reference, per_reference, read_reference
from ..text.numbers import parse_number

__all__ = ["Candidate", "figures_in", "load_sentence_rules"]

_NUMBER = re.compile(r"(?<![\d/.,:])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?![\d/%]|[.,]\d|\s*%)")
_SCALES = ("nghìn", "ngàn", "triệu", "tỷ", "tỉ")
_QUALIFIERS = ("ước tính", "xấp xỉ", "hơn", "gần", "trên", "khoảng", "ước", "chừng")
# what a number is never a figure after: a name or a document's number, a date, a term, an order
_NOT_AFTER = ("thi đua số", "cụm số", "khối số", "quyết định số", "kế hoạch số", "công văn số",
              "văn bản số", "thông báo số", "báo cáo số", "chỉ thị số", "nghị quyết số", "số hiệu",
              "ngày", "tháng", "năm", "quý", "lần thứ", "khóa", "khoá", "nhiệm kỳ", "giai đoạn", "đợt",
              "mục", "điều", "chương", "tiết", "phường", "xã", "tổ dân phố", "thôn", "tổ")
# what a number is never a figure before: a period or a part of a date ("6 tháng", "3 năm")
_PERIOD_WORDS = ("tháng", "năm", "quý", "ngày", "tuần", "giờ", "phút", "nhiệm kỳ")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[^\sa-zà-ỹđ0-9])|;\s*|\n+")
_WORD = re.compile(r"\w+")
_BEFORE_WORDS = 25
_AFTER_WORDS = 12
_AFTER_PENALTY = 3  # the topic comes before the figure ("vận động được 2,5 tỷ đồng"): words after count less


@dataclass(frozen=True)
class Candidate:
    """A figure found in a paragraph, with what it is proposed to be."""

    paragraph: int  # 1-based, among the document's paragraphs with text
    sentence: str
    start: int  # character span of the figure (number to measure) in the paragraph
    end: int
    text: str  # the figure as written: "1,4 tỷ đồng"
    measure: str
    indicator: str  # "" when no rule, or two, fit
    value: float  # in the indicator's base unit
    qualifier: str  # "hơn", "khoảng"… or ""
    context: str  # the words that decided the indicator
    context_start: int
    context_end: int
    note: str


@dataclass(frozen=True)
class _Rule:
    indicator: str
    measures: tuple[str, ...]  # folded
    context: tuple[str, ...]
    exclude: tuple[str, ...]
    alone: bool
    needs_context: tuple[str, ...] = ()  # measures written "người?": never alone


def _fold(text: str) -> str:
    """Lower case, one character for one (positions stay those of ``text``); tones are kept:
    "cán bộ" is not "căn", "mới" is not "mỗi"."""
    return "".join(low if len(low := ch.lower()) == 1 else ch for ch in unicodedata.normalize("NFC", text))


def _phrase(text: str) -> str:
    return " ".join(_WORD.findall(_fold(text)))


@per_reference
def load_sentence_rules(ref: Reference) -> tuple[_Rule, ...]:
    """The rules of ``sentence_rules.csv`` (the packaged file, the analyst's merged over it)."""
    frame = read_reference("sentence_rules.csv", ["indicator", "measures", "context", "exclude", "alone"],
                           key=["indicator"], ref=ref)  # fmt: skip

    def split(value) -> tuple[str, ...]:
        return tuple(p for p in (_phrase(x) for x in str(value if pd.notna(value) else "").split("|")) if p)

    def guarded(value) -> tuple[str, ...]:
        return tuple(_phrase(x) for x in str(value if pd.notna(value) else "").split("|") if x.strip().endswith("?"))

    rules = []
    for row in frame.itertuples(index=False):
        alone = str(row.alone).strip().lower() in ("yes", "có", "co", "true", "1")
        rules.append(_Rule(row.indicator, split(row.measures), split(row.context), split(row.exclude), alone,
                           guarded(row.measures)))  # fmt: skip
    return tuple(rules)


def _sentences(paragraph: str) -> list[tuple[int, str]]:
    """``(offset, sentence)`` of each sentence of ``paragraph``."""
    out, at = [], 0
    for m in _SENTENCE_END.finditer(paragraph):
        out.append((at, paragraph[at : m.start()]))
        at = m.end()
    out.append((at, paragraph[at:]))
    return [(o, s) for o, s in out if s.strip()]


def figures_in(paragraphs: list[str], *, ref: Reference) -> list[Candidate]:
    """Every figure of ``paragraphs`` (numbered from 1) with its proposed indicator."""
    rules = load_sentence_rules(ref)
    measures = sorted({m for r in rules for m in r.measures}, key=lambda m: -len(m))
    out: list[Candidate] = []
    for number, paragraph in enumerate(paragraphs, start=1):
        for offset, sentence in _sentences(paragraph):
            out.extend(_figures(number, paragraph, offset, sentence, rules, measures))
    return out


def _figures(number, paragraph, offset, sentence, rules, measures) -> list[Candidate]:
    folded = _fold(sentence)
    words = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(folded)]
    found = []
    for m in _NUMBER.finditer(folded):
        before = [w for s, _e, w in words if s < m.start()][-4:]
        if any(before[-len(w.split()) :] == w.split() for w in _NOT_AFTER):
            continue
        if (m.end() < len(folded) and folded[m.end()] in "/%") or (m.start() and folded[m.start() - 1] in "/-"):
            continue
        rest = folded[m.end() :]
        tail = " ".join(_WORD.findall(rest)[:6])
        scale = next((s for s in _SCALES if tail == s or tail.startswith(s + " ")), "")
        after = tail[len(scale) :].strip()
        if any(after == w or after.startswith(w + " ") for w in _PERIOD_WORDS):
            continue
        measure = next((ms for ms in measures if after == ms or after.startswith(ms + " ")), "")
        if not measure:
            continue
        # the span of the figure in the sentence: number, scale word, measure
        span_words = len((scale + " " + measure).split())
        tail_spans = [(s, e) for s, e, _w in words if s >= m.end()][:span_words]
        end = tail_spans[-1][1] if tail_spans else m.end()
        text = sentence[m.start() : end]
        parsed = parse_number(text)
        if parsed.value is None:
            continue
        qualifier = next((q for q in _QUALIFIERS if before[-len(q.split()) :] == q.split()), "")
        word_at = sum(1 for s, _e, _w in words if s < m.start())
        word_end = word_at + sum(1 for s, e, _w in words if s >= m.start() and e <= m.end()) + span_words
        clause = re.split(r"[,:;(]", folded[: m.start()])[-1].split()
        if "mỗi" in clause:  # "mỗi suất trị giá 2 triệu đồng": one item's, not the total
            indicator, context, note = "", None, "số của mỗi suất, mỗi nhà… không phải tổng số"
        else:
            indicator, context, note = _choose(measure, folded, words, word_at, word_end, rules)
        ctx_start = ctx_end = 0
        if context:
            ctx_start, ctx_end = context[1] + offset, context[2] + offset
        found.append(Candidate(
            number, sentence.strip(), m.start() + offset, end + offset, text, measure, indicator,
            float(parsed.value), qualifier,
            paragraph[ctx_start:ctx_end] if context else "", ctx_start, ctx_end, note))  # fmt: skip
    return found


def _occurrences(folded: str, words, phrase: str) -> list[tuple[int, int, int, int]]:
    """``(first word, last word, start, end)`` of each occurrence of ``phrase`` in the sentence."""
    out = []
    for m in re.finditer(r"(?<!\w)" + re.escape(phrase).replace(r"\ ", r"[\s\W]+") + r"(?!\w)", folded):
        first = sum(1 for s, _e, _w in words if s < m.start())
        last = sum(1 for s, _e, _w in words if s < m.end()) - 1
        out.append((first, last, m.start(), m.end()))
    return out


def _distance(occurrence, word_at: int, word_end: int) -> int | None:
    first, last, _s, _e = occurrence
    if last < word_at:
        gap = word_at - last - 1
        return gap if gap <= _BEFORE_WORDS else None
    if first >= word_end:
        gap = first - word_end
        return gap + _AFTER_PENALTY if gap <= _AFTER_WORDS else None
    return None  # the figure's own words are no context


def _nearest(folded, words, phrases, word_at, word_end):
    best = None
    for phrase in phrases:
        for occ in _occurrences(folded, words, phrase):
            d = _distance(occ, word_at, word_end)
            if d is not None and (best is None or d < best[0]):
                best = (d, occ[2], occ[3])
    return best


def _choose(measure, folded, words, word_at, word_end, rules) -> tuple[str, tuple | None, str]:
    """``(indicator, (distance, start, end) of its context, note)`` for a figure."""
    fits = []
    for rule in rules:
        if measure not in rule.measures:
            continue
        context = _nearest(folded, words, rule.context, word_at, word_end)
        against = _nearest(folded, words, rule.exclude, word_at, word_end)
        if against is not None and (context is None or against[0] < context[0]):
            continue
        if context is None and (not rule.alone or measure in rule.needs_context):
            continue
        fits.append((context[0] if context else 99, rule.indicator, context))
    if not fits:
        return "", None, "không khớp chỉ tiêu nào"
    fits.sort(key=lambda f: f[0])
    if len(fits) > 1 and fits[0][0] == fits[1][0]:
        return "", None, "khớp nhiều chỉ tiêu: " + ", ".join(f[1] for f in fits if f[0] == fits[0][0])
    return fits[0][1], fits[0][2], ""
