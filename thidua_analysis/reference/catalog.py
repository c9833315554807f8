"""The indicator catalogue (docs/design.md §3) and the rule that maps a report's label to a code.

Mapping rule (explicit, never fuzzy; the aliases and measures are editable reference files):

1. Clean the label: drop the row numbering ("1.", "a)", "II -"), bullets, "Trong đó:", a unit in
   brackets ("(triệu đồng)") and trailing punctuation; compare diacritic-free keys.
2. Candidates: every alias the label holds, each by its ``match`` mode: ``exact`` (the label is the
   alias), ``prefix`` (the label begins with it, at a word boundary) or ``contains`` (its words
   stand together anywhere in the label). Without a mode: one word is exact, two words a prefix,
   three or more contained ("Chủ trì, phối hợp giám sát" holds "phối hợp giám sát").
3. The measure filters the candidates: a money ĐVT or bracketed unit ("triệu đồng") keeps the
   money indicators; a count ĐVT keeps the indicators ``indicator_measures.csv`` gives it ("vụ" →
   vu_viec_ttnd; "-" for a ĐVT that counts what no indicator counts: "văn bản", "tờ", "sổ"); no
   unit at all drops aliases marked ``money`` (money always states its unit).
   Candidates that the measure rules out all together are a mismatch, not a guess.
4. The most specific alias wins (most words): "Cuộc giám sát đầu tư của cộng đồng" is
   cuoc_gsdtccd, never cuoc_giam_sat. Two indicators equally specific → no code (ambiguous).
5. Under a heading ("III. Ban Thanh tra nhân dân", "Trao quà cho hộ nghèo"), the heading's topic
   (``indicator_topics.csv``: the phrases that name a subject, most words first) narrows the
   short labels written under it: "- Số thành viên" is thanh_vien_ttnd there and
   thanh_vien_gsdtccd under "Ban Giám sát đầu tư của cộng đồng"; "- Số cuộc giám sát" under the
   latter is cuoc_gsdtccd. A label is taken into the topic only when the measure allows exactly
   one of the topic's indicators and every word of the label (but "số", "tiền", "lượng"…) is a
   word of that indicator's name or aliases; otherwise the label's own match stands.
6. A body's name in the label (the topic phrases marked ``exclusive``: "Ban GSĐTCCĐ", "thanh
   tra nhân dân", "phản biện") rules out every indicator but that body's: "Cuộc giám sát của Ban
   GSĐTCCĐ" is cuoc_gsdtccd, never cuoc_giam_sat, whatever alias matched first; two of its
   indicators left by the measure → no code.
7. A label no alias holds that names a body ("Số thành viên BTTND", "Hội nghị PBXH") is that
   body's one indicator its stated measure allows, when every other word of the label is a word
   of that indicator's; "Tập huấn nghiệp vụ cho Ban TTND" | Người is no member: no code. With no
   ĐVT (a column's header) the measure the label begins with stands for it ("Vụ việc TTND").
8. A label holding a phrase of ``indicator_exclusions.csv`` for the indicator found is not that
   indicator: "Quỹ Vì người nghèo đã chi" is spent, not raised (no code; the row says why).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from ..errors import ReferenceDataError
from ..text.numbers import count_scale, scale_from_text
from ..text.vietnamese import clean_text, match_key
from .files import Reference, per_reference, read_reference, reference_of

__all__ = [
    "MONEY_WORDS",
    "IndicatorMatch",
    "clean_label",
    "counted_in",
    "excluded_by",
    "indicator_maps",
    "indicator_name",
    "indicator_parts",
    "label_unit",
    "load_aliases",
    "load_catalog",
    "match_indicator",
    "measure_fits",
    "measure_indicator",
    "says_money",
    "says_which",
    "topic_by_measure",
]

KINDS = ("flow", "stock", "score")
_NUMBERING = re.compile(
    r"^\s*(?:[-+•*·–]+\s*)?(?:(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])\s*[.):/-]\s*)?(?:[-+•*·–]+\s*)?",
    re.IGNORECASE,
)
_IN_WHICH = re.compile(r"^\s*(?:trong\s+đó|trong\s+do|td)\s*[:,-]?\s*", re.IGNORECASE)
_BRACKETS = re.compile(r"\s*[(\[][^)\]]*[)\]]\s*")


@dataclass(frozen=True, slots=True)
class IndicatorMatch:
    code: str | None
    candidates: tuple[str, ...] = ()
    alias: str = ""  # the alias that decided (its diacritic-free key)
    mismatch: bool = False  # the wording names indicators the measure (ĐVT) rules out
    excluded: bool = False  # the label holds words that rule its indicator out (indicator_exclusions.csv)

    @property
    def ambiguous(self) -> bool:
        return self.code is None and len(self.candidates) > 1


def load_catalog(*, user_dir: str | Path | None = None, ref: Reference | None = None) -> pd.DataFrame:
    """The indicator catalogue: code, name_vi, base_unit, kind, group, order, aliases (a list)."""
    return _catalog(reference_of(user_dir, ref)).copy()


@per_reference
def _catalog(ref: Reference) -> pd.DataFrame:
    frame = read_reference(
        "indicators.csv",
        ["code", "name_vi", "base_unit", "kind", "group", "order"],
        key=["code"],
        ref=ref,
    )
    bad = frame.loc[~frame["kind"].isin(KINDS), "code"].tolist()
    if bad:
        raise ReferenceDataError(
            f"Chỉ tiêu {', '.join(bad)} có cột kind không hợp lệ; chỉ dùng: {', '.join(KINDS)}."
        )
    frame["order"] = pd.to_numeric(frame["order"], errors="coerce").fillna(999).astype(int)
    aliases = load_aliases(ref=ref)
    grouped = aliases.groupby("code")["alias"].agg(list)
    frame["aliases"] = frame["code"].map(grouped).apply(lambda v: v if isinstance(v, list) else [])
    return frame.sort_values("order", kind="stable").reset_index(drop=True)


def load_aliases(*, user_dir: str | Path | None = None, ref: Reference | None = None) -> pd.DataFrame:
    """Alias table: code, alias, measure (``money``, ``count`` or empty for either), match
    (``exact``, ``prefix``, ``contains`` or empty for the default by length)."""
    ref = reference_of(user_dir, ref)
    frame = read_reference("indicator_aliases.csv", ["code", "alias", "measure"], key=None, ref=ref)
    frame["match"] = frame["match"].fillna("") if "match" in frame else ""
    bad = frame[~frame["measure"].isin(["", "money", "count"])]
    if len(bad):
        first = bad.iloc[0]
        raise ReferenceDataError(
            f"indicator_aliases.csv: bí danh '{first['alias']}' có cột measure '{first['measure']}' không "
            "hợp lệ; chỉ dùng money (tiền), count (số lượng) hoặc để trống."
        )
    codes = set(read_reference("indicators.csv", ["code"], key=["code"], ref=ref)["code"])
    unknown = sorted(set(frame["code"]) - codes)
    if unknown:
        raise ReferenceDataError(
            f"Tệp bí danh chỉ tiêu dùng mã không có trong danh mục: {', '.join(unknown)}."
        )
    return frame.drop_duplicates().reset_index(drop=True)


def indicator_maps(
    catalog: pd.DataFrame | None = None, *, ref: Reference | None = None
) -> tuple[dict[str, str], dict[str, str]]:
    """``({code: Vietnamese name}, {code: base unit})`` of the catalogue."""
    catalog = load_catalog(ref=ref) if catalog is None else catalog
    return (
        dict(zip(catalog["code"], catalog["name_vi"], strict=True)),
        dict(zip(catalog["code"], catalog["base_unit"], strict=True)),
    )


def indicator_name(code: str, *, ref: Reference | None = None) -> str:
    """How a message names an indicator: its Vietnamese name in quotes ("'Số suất quà trao
    tặng'"), or the code itself when the catalogue has none."""
    name = _names_vi(reference_of(None, ref)).get(code)
    return f"'{name}'" if name else code


@per_reference
def _names_vi(ref: Reference) -> dict[str, str]:
    return indicator_maps(_catalog(ref))[0]


def same_group(code: str, other: str, *, ref: Reference | None = None) -> bool:
    """Whether two indicators are of one group of the catalogue ("Tuyên truyền": the conferences
    and the people who came to them; not a social-criticism conference's people)."""
    groups = _groups(reference_of(None, ref))
    return code in groups and groups.get(code) == groups.get(other)


@per_reference
def _groups(ref: Reference) -> dict[str, str]:
    catalog = _catalog(ref)
    return dict(zip(catalog["code"], catalog["group"], strict=True))


@lru_cache(maxsize=65536)
def clean_label(label: str) -> str:
    """A row label without numbering, bullets, "Trong đó:" or a bracketed unit."""
    text = clean_text(label)
    text = _NUMBERING.sub("", text, count=1)
    text = _IN_WHICH.sub("", text, count=1)
    text = _BRACKETS.sub(" ", text)
    return text.strip(" :;,.-–")


MATCH_MODES = ("exact", "prefix", "contains")


@per_reference
def _alias_index(ref: Reference) -> tuple[tuple[str, str, str, str], ...]:
    """``(key, code, measure, mode)`` for every alias, most words first."""
    aliases = load_aliases(ref=ref)
    index = set()
    for alias, code, measure, mode in zip(
        aliases["alias"], aliases["code"], aliases["measure"], aliases["match"], strict=True
    ):
        key = match_key(clean_label(alias))
        if not key:
            continue
        words = key.count(" ") + 1
        mode = mode or ("exact" if words == 1 else "prefix" if words == 2 else "contains")
        if mode not in MATCH_MODES:
            raise ReferenceDataError(
                f"indicator_aliases.csv: bí danh '{alias}' có cột match '{mode}' không hợp lệ; "
                f"chỉ dùng: {', '.join(MATCH_MODES)} hoặc để trống."
            )
        index.add((key, code, measure, mode))
    return tuple(sorted(index, key=lambda t: (-(t[0].count(" ") + 1), -len(t[0]), t[0], t[1])))


@per_reference
def _alias_lookup(ref: Reference) -> dict[tuple[str, str], tuple[tuple[int, str, str, str, str], ...]]:
    """The aliases by what a label must hold for each to be tried: ``("exact", key)``, and
    ``(mode, first word)`` for the others; each entry ``(rank, key, code, measure, mode)``,
    rank its place in :func:`_alias_index` (most words first)."""
    lookup: dict[tuple[str, str], list] = {}
    for rank, (key, code, measure, mode) in enumerate(_alias_index(ref)):
        where = ("exact", key) if mode == "exact" else (mode, key.split(" ", 1)[0])
        lookup.setdefault(where, []).append((rank, key, code, measure, mode))
    return {k: tuple(v) for k, v in lookup.items()}


def _alias_hits(ref: Reference, key: str) -> list[tuple[str, str, str]]:
    """``(alias key, code, measure)`` of every alias ``key`` holds, in :func:`_alias_index`
    order: the same as trying each alias in turn, without trying those that cannot match."""
    lookup = _alias_lookup(ref)
    words = key.split()
    tried = [*lookup.get(("exact", key), ()), *lookup.get(("prefix", words[0]), ())]
    for word in dict.fromkeys(words):
        tried.extend(lookup.get(("contains", word), ()))
    hits = sorted(entry for entry in tried if _holds(key, entry[1], entry[4]))
    return [(alias, code, measure) for _rank, alias, code, measure, _mode in hits]


# the code of a measure that counts what no indicator of the catalogue counts ("Số văn bản góp ý"
# in "Văn bản" is no conference): a row in it maps to nothing, said as a measure mismatch
NO_INDICATOR = "-"


@per_reference
def _measures(ref: Reference) -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """``({measure key: codes counted in it}, money codes)``."""
    frame = read_reference(
        "indicator_measures.csv", ["code", "measure"], key=None, ref=ref
    )
    catalog = _catalog(ref)
    unknown = sorted(set(frame["code"]) - set(catalog["code"]) - {NO_INDICATOR})
    if unknown:
        raise ReferenceDataError(
            f"indicator_measures.csv dùng mã không có trong danh mục: {', '.join(unknown)}."
        )
    counted: dict[str, set[str]] = {}
    for code, measure in zip(frame["code"], frame["measure"], strict=True):
        codes = counted.setdefault(match_key(measure), set())
        if code != NO_INDICATOR:  # "văn bản", "tờ", "sổ": counts what no indicator counts
            codes.add(code)
    money = frozenset(catalog.loc[catalog["base_unit"] == "đồng", "code"])
    return {k: frozenset(v) for k, v in counted.items() if k}, money


def label_unit(label: str) -> str:
    """The unit a label names in brackets: "Trị giá (triệu đồng)" → "triệu đồng"."""
    found = _BRACKETS.findall(label or "")
    return " ".join(f.strip(" ()[]") for f in found)


def _holds(key: str, alias: str, mode: str) -> bool:
    if mode == "exact":
        return key == alias
    if mode == "prefix":
        return key == alias or key.startswith(alias + " ")
    return f" {alias} " in f" {key} "


# a label that begins with a word of money ("Kinh phí hỗ trợ nhà Đại đoàn kết") is money even
# when the row states no unit
MONEY_WORDS = re.compile(r"^(?:tong )?(?:so tien|tri gia|gia tri|kinh phi|thanh tien|tien)\b")
_TIEN = re.compile(r"\b(?:tiền|tien)\b")


def says_money(text: str) -> bool:
    """Whether ``text`` opens with a word of money ("Kinh phí", "Trị giá", "Số tiền", "Tiền quà");
    "Tiến Thắng", "Tiên Phương", "Tiến hành" share the letters of "tiền" without being it."""
    found = MONEY_WORDS.match(match_key(text))
    if not found:
        return False
    return not found.group(0).endswith("tien") or bool(_TIEN.search(unicodedata.normalize("NFC", text).lower()))


# a measure per something: "đồng/suất", "đồng / 1 suất", "người/cuộc" (a count and its scale, as
# "triệu đồng", has no slash)
PER_UNIT = re.compile(r"[^\W\d]\s*/\s*(?:1\s+)?[^\W\d]")


@lru_cache(maxsize=65536)
def counted_in(label: str, unit_text: str | None) -> tuple[int, str] | None:
    """``(scale, measure key)`` of a count its ĐVT or the label's brackets state in thousands
    ("Nghìn lượt người", "Số người tham dự (nghìn người)"), or None."""
    return next((found for text in (unit_text or "", label_unit(label)) if text and (found := count_scale(text))), None)


def _allowed(label: str, unit_text: str | None, counted, money) -> frozenset[str] | None:
    """The codes the measure allows: the money codes for a money ĐVT or bracketed unit (or, with
    no ĐVT, a label that begins with a word of money), the codes a known count ĐVT names; None
    when the row states no unit or one not in the list."""
    if PER_UNIT.search(unit_text or ""):
        return frozenset()  # "đồng/suất", "người/hội nghị": an average, no total fits it
    if thousands := counted_in(label, unit_text):  # "Nghìn lượt người": a count, in thousands
        return counted.get(thousands[1])
    for text in (unit_text or "", label_unit(label)):
        if text and scale_from_text(text) is not None:
            return money
    if not (unit_text or "").strip() and says_money(clean_label(label)):
        return money
    return counted.get(match_key(unit_text or ""))


# words a label may hold beyond its indicator's own ("Số tiền vận động được" under the fund)
_FILLER_WORDS = frozenset({"so", "tien", "luong", "tong", "da", "duoc", "cac", "nhung", "thuc", "hien"})


@per_reference
def _code_phrases(ref: Reference, name: str, column: str, flag: str = "") -> tuple[tuple[str, str, str], ...]:
    """``(code, phrase key, flag)`` of each row of a reference file of indicator codes and phrases
    (``column``; ``flag`` an optional column, "" where absent); a code not in the catalogue is
    an error naming the file."""
    frame = read_reference(name, ["code", column], key=None, ref=ref)
    unknown = sorted(set(frame["code"]) - set(_catalog(ref)["code"]))
    if unknown:
        raise ReferenceDataError(f"{name} dùng mã không có trong danh mục: {', '.join(unknown)}.")
    flags = frame[flag].fillna("").astype(str) if flag in frame else [""] * len(frame)
    return tuple((code, match_key(text), mark) for code, text, mark in zip(frame["code"], frame[column], flags, strict=True)
                 if match_key(text))  # fmt: skip


@per_reference
def _topics(ref: Reference) -> tuple[tuple[str, frozenset[str]], ...]:
    """``(phrase key, codes)`` of the topic phrases, most words first."""
    codes: dict[str, set[str]] = {}
    for code, key, _flag in _code_phrases(ref, "indicator_topics.csv", "phrase"):
        codes.setdefault(key, set()).add(code)
    return tuple(sorted(((k, frozenset(v)) for k, v in codes.items()), key=lambda t: (-t[0].count(" "), t[0])))


@per_reference
def _code_words(ref: Reference) -> dict[str, frozenset[str]]:
    """Every word of each indicator's name and aliases."""
    catalog = _catalog(ref)
    words: dict[str, set[str]] = {}
    for code, name, aliases in zip(catalog["code"], catalog["name_vi"], catalog["aliases"], strict=True):
        for text in (name, *aliases):
            words.setdefault(code, set()).update(match_key(clean_label(text)).split())
    return {k: frozenset(v) for k, v in words.items()}


@per_reference
def _name_words(ref: Reference) -> dict[str, frozenset[str]]:
    """Every word of each indicator's own name (not its aliases)."""
    catalog = _catalog(ref)
    return {code: frozenset(match_key(clean_label(name)).split())
            for code, name in zip(catalog["code"], catalog["name_vi"], strict=True)}  # fmt: skip


def says_which(label: str, code: str, heading: str = "", *, ref: Reference | None = None) -> bool:
    """Whether ``label`` says which of indicator ``code``'s figures it holds, in words beyond its
    name and its ``heading``'s ("Quà Tết cho hộ nghèo", "Giám sát chuyên đề" under "Công tác giám
    sát"), rather than naming the whole ("Tặng quà", "Số cuộc giám sát")."""
    ref = reference_of(None, ref)
    words = set(match_key(clean_label(label)).split()) - _FILLER_WORDS
    return bool(words - _name_words(ref).get(code, frozenset()) - set(match_key(clean_label(heading)).split()))


@per_reference
def _topic_of(ref: Reference, heading: str) -> frozenset[str]:
    """The indicators a heading's topic covers: those of its most specific phrases."""
    key = f" {match_key(clean_label(heading))} "
    found: set[str] = set()
    words = None
    for phrase, codes in _topics(ref):
        if f" {phrase} " in key and (words is None or phrase.count(" ") == words):
            words = phrase.count(" ")
            found |= codes
    return frozenset(found)


@per_reference
def indicator_parts(ref: Reference) -> dict[str, tuple[tuple[str, bool], ...]]:
    """The words that name a part of an indicator (``indicator_parts.csv``), each with whether it
    must open the label (``match`` = ``prefix``: "Phối hợp giám sát" is a part, "Giám sát, phối hợp
    giám sát" the whole): rows that each name one part ("Xây mới nhà Đại đoàn kết", "Sửa chữa nhà
    Đại đoàn kết") load as their sum."""
    out: dict[str, list[tuple[str, bool]]] = {}
    for code, key, mode in _code_phrases(ref, "indicator_parts.csv", "part", "match"):
        out.setdefault(code, []).append((key, mode.strip().lower() == "prefix"))
    return {code: tuple(parts) for code, parts in out.items()}


@per_reference
def _exclusive(ref: Reference) -> tuple[tuple[str, frozenset[str]], ...]:
    """``(phrase key, codes)`` of the topic phrases marked ``exclusive``: a body's name ("Ban
    GSĐTCCĐ", "thanh tra nhân dân") that, in a label, rules out every indicator but its own."""
    codes: dict[str, set[str]] = {}
    for code, key, flag in _code_phrases(ref, "indicator_topics.csv", "phrase", "exclusive"):
        if flag.strip().lower() in ("yes", "có", "co", "x"):
            codes.setdefault(key, set()).add(code)
    return tuple((k, frozenset(v)) for k, v in codes.items())


@per_reference
def _exclusions(ref: Reference) -> dict[str, tuple[tuple[str, str], ...]]:
    """``{code: (phrase key, phrase)}`` of ``indicator_exclusions.csv``: a label holding one of
    the phrases is never that indicator ("Quỹ Vì người nghèo đã chi": spent, not raised)."""
    out: dict[str, list[tuple[str, str]]] = {}
    for code, key, phrase in _code_phrases(ref, "indicator_exclusions.csv", "phrase", "phrase"):
        out.setdefault(code, []).append((key, phrase.strip()))
    return {code: tuple(phrases) for code, phrases in out.items()}


def excluded_by(label: str, code: str, *, ref: Reference | None = None) -> str:
    """The phrase of ``indicator_exclusions.csv`` that rules ``code`` out for ``label`` (as the
    file writes it: "đã chi"), or ""."""
    key = f" {match_key(clean_label(label))} "
    return next((p for k, p in _exclusions(reference_of(None, ref)).get(code, ()) if f" {k} " in key), "")


@per_reference
def _match(
    ref: Reference, label: str, unit_text: str | None, extra: tuple = (), topic: str = ""
) -> IndicatorMatch:
    found = _match_any(ref, label, unit_text, extra, topic)
    if found.code is None or any(match_key(clean_label(a)) == match_key(clean_label(label)) for a, _ in extra):
        return found
    if excluded_by(label, found.code, ref=ref):
        return IndicatorMatch(None, (found.code,), found.alias, excluded=True)
    if other := _work_beside_a_body(ref, label, unit_text, found.code):
        return IndicatorMatch(None, tuple(sorted({found.code, *other})))
    return found


def _work_beside_a_body(ref: Reference, label: str, unit_text: str | None, code: str) -> frozenset[str]:
    """The indicators of another work a label names beside the body its indicator belongs to,
    that its measure allows too ("Giám sát, phản biện xã hội" | Cuộc: supervisions and social
    criticism counted together, neither alone); empty when there are none. The body's own words
    ("Số vụ việc Ban TTND giám sát, kiến nghị", "giám sát đầu tư") never name another work."""
    key = f" {match_key(clean_label(label))} "
    bodies = [phrase for phrase, codes in _exclusive(ref) if code in codes and f" {phrase} " in key]
    if not bodies:
        return frozenset()
    for phrase in bodies:
        key = key.replace(f" {phrase} ", " | ")
    counted, money = _measures(ref)
    allowed = _allowed(label, unit_text, counted, money)
    own_words = _code_words(ref).get(code, frozenset())
    return frozenset(
        c for phrase, codes in _topics(ref) if f" {phrase} " in key and not set(phrase.split()) <= own_words
        for c in codes if c != code and (c in allowed if allowed is not None else c not in money)
    )  # fmt: skip


def _match_any(
    ref: Reference, label: str, unit_text: str | None, extra: tuple = (), topic: str = ""
) -> IndicatorMatch:
    alone = _match_label(ref, label, unit_text, extra)
    if alone.code is not None or alone.mismatch:  # rule 6: a body's name rules out the others
        key = f" {match_key(clean_label(label))} "
        bodies = [codes for phrase, codes in _exclusive(ref) if f" {phrase} " in key]
        if bodies and not any(alone.code in codes for codes in bodies):
            counted, money = _measures(ref)
            allowed = _allowed(label, unit_text, counted, money)
            own = sorted({c for codes in bodies for c in codes
                          if (c in allowed if allowed is not None else c not in money)})  # fmt: skip
            if len(own) == 1:
                return IndicatorMatch(own[0], (), match_key(clean_label(label)))
            # (none: the body's indicators are those its measure does not fit, "Giám sát của Ban TTND" | Cuộc)
            named = own or sorted({c for codes in bodies for c in codes})
            return IndicatorMatch(None, tuple(named), mismatch=not own)
    else:  # rule 7: no alias, but a body's name and a measure ("Số thành viên BTTND" | Người)
        named = _by_body(ref, label, unit_text) or _led_by_topic(ref, label, unit_text)
        if named is not None:
            return named
    codes = _topic_of(ref, topic) if topic else frozenset()
    if not codes or alone.code in codes:
        return alone
    counted, money = _measures(ref)
    allowed = _allowed(label, unit_text, counted, money)
    if allowed is None and (unit_text or "").strip():
        return alone  # a measure this list does not know
    key_words = set(match_key(clean_label(label)).split())
    words = key_words - _FILLER_WORDS
    code_words = _code_words(ref)
    inside = [
        c for c in sorted(codes)
        if (c in allowed if allowed is not None else c not in money) and words <= code_words.get(c, frozenset())
    ]  # fmt: skip
    if not words and key_words and (allowed is not money or (unit_text or "").strip() or label_unit(label)):
        # "Số lượng" under its topic: the topic's one count; "Số tiền" | Triệu đồng: its money
        # (money with no unit stated is never guessed)
        inside = [c for c in sorted(codes) if (allowed is None or c in allowed) and (c in money) == (allowed is money)]
    elif not words:
        inside = []
    if len(inside) == 1:
        return IndicatorMatch(inside[0], (), f"{match_key(clean_label(topic))} › {match_key(clean_label(label))}")
    return alone


def _by_body(ref: Reference, label: str, unit_text: str | None) -> IndicatorMatch | None:
    """The one indicator of the body a label names that its stated measure allows and whose
    words hold all the label's other words ("Số vụ việc BTTND giám sát" | Vụ: vu_viec_ttnd;
    "Tập huấn cho Ban TTND" | Người: none, training is no member), or None. With no ĐVT (a
    column's header), a measure the label begins with stands for it ("Vụ việc TTND")."""
    key = match_key(clean_label(label))
    bodies = [(phrase, codes) for phrase, codes in _exclusive(ref) if f" {phrase} " in f" {key} "]
    if not bodies:
        return None
    counted, money = _measures(ref)
    body_words = {w for phrase, _ in bodies for w in phrase.split()}
    said = ""  # with no ĐVT, the measure the label begins with ("Vụ việc TTND", "TV Ban GSĐTCĐ", "HN PBXH")
    if not (unit_text or "").strip():
        rest = [w for w in key.split() if w not in body_words]
        rest = rest[1:] if rest[:1] == ["so"] else rest
        said = next((m for n in (2, 1) if len(rest) >= n and (m := " ".join(rest[:n])) in counted), "")
        if not said:
            return None
    allowed = _allowed(label, unit_text or said, counted, money)
    if not allowed:
        return None
    words = set(key.split()) - _FILLER_WORDS - body_words - set(said.split())
    code_words = _code_words(ref)
    inside = sorted({c for _, codes in bodies for c in codes if c in allowed and words <= code_words.get(c, frozenset())})
    if len(inside) == 1 and (words or said):
        return IndicatorMatch(inside[0], (), f"{bodies[0][0]} › {key}")
    return None


# words that may open a label before the work it names ("Phối hợp tổ chức tuyên truyền, …")
_LEAD_WORDS = re.compile(r"^(?:(?:phoi hop|to chuc|chu tri|thuc hien|tham gia|cong tac|cac|viec|doan|van dong)\s+)*")


def _led_by_topic(ref: Reference, label: str, unit_text: str | None) -> IndicatorMatch | None:
    """The one indicator of the work a label opens with that its stated measure allows
    ("Phối hợp tổ chức tuyên truyền, phổ biến, giáo dục pháp luật" | Hội nghị: the propaganda
    conferences; "… | Buổi" fits two, so none; "Phối hợp với HĐND giám sát" | Cuộc: the work after
    the partner), or None. Never without a stated measure, nor when
    the label names a body whose indicators the measure does not pick ("Giám sát của Ban TTND")."""
    said = (unit_text or "").strip() or label_unit(label)  # its ĐVT, or its brackets: "(hội nghị)"
    if not said:
        return None
    key = match_key(clean_label(label))
    rest = _LEAD_WORDS.sub("", key)
    counted, money = _measures(ref)
    allowed = _allowed(label, said, counted, money)
    if not allowed or not rest:
        return None
    opening = [rest]
    if rest.startswith(("voi ", "cung ")):  # "Phối hợp với HĐND huyện giám sát": the partner, then the work
        words = rest.split()
        opening = [_LEAD_WORDS.sub("", " ".join(words[i:])) for i in range(2, min(len(words), 9))]
    phrase, codes, rest = next(((p, c, r) for r in opening for p, c in _topics(ref) if r == p or r.startswith(p + " ")),
                               ("", None, rest))  # fmt: skip
    if codes is None or rest[len(phrase):].startswith(" vien"):  # "Tuyên truyền viên": people, not the work
        return None
    fits = codes & allowed
    if len(fits) != 1 or any(f" {p} " in f" {key} " and not c & fits for p, c in _exclusive(ref)):
        return None
    return IndicatorMatch(next(iter(fits)), (), f"{phrase} › {key}")


def _match_label(ref: Reference, label: str, unit_text: str | None, extra: tuple = ()) -> IndicatorMatch:
    key = match_key(clean_label(label))
    if not key:
        return IndicatorMatch(None)
    for alias, code in extra:  # a recipe's own aliases come first, matched exactly
        if match_key(clean_label(alias)) == key:
            return IndicatorMatch(code, (), key)
    hits = _alias_hits(ref, key)
    if not hits and key.startswith("tong so "):  # "Tổng số hội nghị": the number of conferences
        return _match_label(ref, "Số " + key[len("tong so ") :], unit_text, extra)
    if not hits:
        return IndicatorMatch(None)
    counted, money = _measures(ref)
    allowed = _allowed(label, unit_text, counted, money)
    if allowed is not None:
        kept = [h for h in hits if h[1] in allowed]
        if allowed is money:
            kept = [h for h in kept if h[2] in ("money", "")]
        if not kept:
            return IndicatorMatch(None, tuple(sorted({c for _, c, _ in hits})), mismatch=True)
        hits = kept
    elif not (unit_text or "").strip():  # no unit: money always states its unit
        hits = [h for h in hits if h[1] not in money and h[2] != "money"] or hits
    else:  # a count this list does not know: not money
        hits = [h for h in hits if h[1] not in money and h[2] != "money"]
        if not hits:
            return IndicatorMatch(None, (), mismatch=True)
    best = hits[0][0].count(" ")
    top = [h for h in hits if h[0].count(" ") == best]
    codes = sorted({c for _, c, _ in top})
    if len(codes) == 1:
        return IndicatorMatch(codes[0], (), top[0][0])
    return IndicatorMatch(None, tuple(codes))


def match_indicator(
    label: str,
    *,
    unit_text: str | None = None,
    user_dir: str | Path | None = None,
    extra: tuple[tuple[str, str], ...] = (),
    topic: str = "",
    ref: Reference | None = None,
) -> IndicatorMatch:
    """Map a row or column label (and its ĐVT, if any) to an indicator code; ``extra`` holds
    ``(alias, code)`` pairs of a recipe, tried first; ``topic`` is the heading the label is
    written under (rule 5)."""
    return _match(reference_of(user_dir, ref), label, unit_text, extra, topic)


def topic_by_measure(label: str, unit_text: str, *, ref: Reference | None = None) -> str | None:
    """The one indicator of the label's topic its measure allows ("Tổ chức hội nghị tuyên truyền"
    measured in "Lượt người": the people who came), or None. For a label merged over rows of
    several measures, each row one of the topic's figures."""
    ref = reference_of(None, ref)
    counted, money = _measures(ref)
    allowed = _allowed(label, unit_text, counted, money)
    if not allowed:
        return None
    codes = sorted(_topic_of(ref, label) & allowed)
    return codes[0] if len(codes) == 1 else None


_SCALE_WORD = re.compile(r"^(?:nghin|ngan|trieu|ty)\b\s*")  # match keys: "triệu lượt" counts in millions
_MONEY_UNITS = frozenset({"d", "dong", "vnd"})


def measure_fits(code: str, words: str, *, ref: Reference | None = None) -> bool | None:
    """Whether the measure written after a figure ("5 kiến nghị", "15.000.000đ", "1.200 người")
    is one indicator ``code`` is counted in ("đồng" only money); None when the words name no
    count of the list, or a scale ("25 triệu", "2 tỷ đồng": the money scale's own checks)."""
    counted, money = _measures(reference_of(None, ref))
    full, key = _measure_keys(words)
    if full in _MONEY_UNITS:
        return code in money
    codes = counted.get(key) if key and key not in _MONEY_UNITS else None
    return None if codes is None else code in codes


def is_measure(words: str, *, ref: Reference | None = None) -> bool:
    """Whether ``words`` name a measure: one the catalogue counts in ("hội nghị", "suất",
    "nghìn lượt người") or money ("đồng", "triệu đồng", "tỷ")."""
    counted, _money = _measures(reference_of(None, ref))
    full, key = _measure_keys(words)
    return bool(full) and (not key or key in _MONEY_UNITS or key in counted or full in counted)


def header_measure(header: str, *, ref: Reference | None = None) -> str:
    """The count a value column's header names as its measure ("Số cuộc", "Số người tham dự",
    "Lượt người", "Số suất quà"), in the header's own words, or ""; only a measure some indicator
    is counted in ("Số lượng", "Số hộ" name none)."""
    named = _measure_words(reference_of(None, ref))
    words = clean_label(header).split()
    lower = [w.lower() for w in words]
    start = 2 if lower[:2] == ["tổng", "số"] else 1 if lower[:1] == ["số"] else 0
    for n in (2, 1):  # with its marks: "Phấn đấu" is no "phần"
        if len(lower) >= start + n and " ".join(lower[start:start + n]) in named:
            return " ".join(words[start:start + n])
    return ""


@per_reference
def _measure_words(ref: Reference) -> frozenset[str]:
    """The measures some indicator is counted in, lower case with their marks ("lượt người")."""
    frame = read_reference("indicator_measures.csv", ["code", "measure"], key=None, ref=ref)
    return frozenset(clean_text(m).lower() for code, m in zip(frame["code"], frame["measure"], strict=True)
                     if code != NO_INDICATOR and clean_text(m))  # fmt: skip


def _measure_keys(words: str) -> tuple[str, str]:
    """``(key of the words, key without a leading scale word)``: "Triệu đồng" → ("trieu dong", "dong")."""
    full = match_key(words)
    return full, _SCALE_WORD.sub("", full, count=1)


def measure_indicator(
    measure: str, *, user_dir: str | Path | None = None, ref: Reference | None = None
) -> str | None:
    """The one indicator a count measure names ("lượt người" → luot_nguoi_tham_du), or None."""
    counted, _money = _measures(reference_of(user_dir, ref))
    codes = counted.get(match_key(measure), frozenset())
    return next(iter(codes)) if len(codes) == 1 else None
