"""Numbers as Vietnamese offices type them.

The convention (docs/design.md §2): "." groups thousands, "," is the decimal mark. So "1.124" is 1124,
"47.530" is 47530, "1,25" is 1.25, "2.350.000.000" is 2 350 000 000. A string that breaks the
convention ("1.5", "12.34") is *ambiguous*: it is reported, never guessed. Two ways of writing
are read as they can only be read: English grouping ("1,234,567", "1,234.5") and a decimal point
before a scale word ("1.5 tỷ": one and a half billion, as no group of thousands has two digits).

Scale words multiply the value into the base unit: đồng ×1, nghìn/ngàn ×1 000, triệu ×10⁶,
tỷ/tỉ ×10⁹ ("1,4 tỷ đồng" → 1 400 000 000). Qualifiers ("hơn", "gần", "trên", "khoảng", "ước")
are kept as a flag. "-", "x", "không", "" and the like mean no value.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from .vietnamese import match_key

__all__ = [
    "MONEY_SCALES",
    "SCALES",
    "ParsedNumber",
    "amount_text",
    "count_scale",
    "format_vn",
    "money_scale",
    "parse_number",
    "scale_from_text",
    "split_figures",
]

# Scale words (as diacritic-free keys) and their multipliers.
SCALES: dict[str, int] = {
    "dong": 1,
    "vnd": 1,
    "d": 1,
    "nghin": 1_000,
    "ngan": 1_000,
    "nghin dong": 1_000,
    "ngan dong": 1_000,
    "ngd": 1_000,
    "ng": 1_000,  # "Ng.đ", "ng.đồng": only before đồng
    "trieu": 1_000_000,
    "trieu dong": 1_000_000,
    "tr": 1_000_000,
    "trd": 1_000_000,
    "tr d": 1_000_000,
    "tr dong": 1_000_000,
    "trdong": 1_000_000,  # "Trđồng", run together
    "ngdong": 1_000,
    "ty": 1_000_000_000,
    "ti": 1_000_000_000,
    "ty dong": 1_000_000_000,
    "ti dong": 1_000_000_000,
}
_SCALE_WORD = re.compile(
    r"(?:\bx\s*|\b)(1\s?000\s?000|1000000)\s*(?:d|dong|vnd)\b"  # "1.000.000 đồng", "x1000000đ": millions
    r"|\b(nghin|ngan|ngd|ngdong|trieu|trd|trdong|tr|ty|ti|ng(?=\s*(?:d|dong)\b))\b(?:\s*(?:d|dong)\b)?"
    r"|\b(dong|vnd|d)\b"
    r"|(?:\bx\s*|\b)(1\s?000|1000)\s*(?:d|dong|vnd)\b"  # "1.000 đ", "x1000đ": thousands
)

_EMPTY = {"", "-", "--", "---", "x", "khong", "k", "0 0", "n a", "na", "none", "null", "trong", "chua",
          "chua co", "khong co", "ko", "kco", "k co", "khong phat sinh", "chua phat sinh", "chua thuc hien",
          "khong thuc hien", "chua to chuc", "khong to chuc"}
_QUALIFIERS = (
    "uoc tinh",
    "uoc dat",
    "khoang",
    "hon",
    "gan",
    "tren",
    "duoi",
    "uoc",
    "xap xi",
    "dat",
)
_SIGNS = {">": "tren", "≥": "tren", "<": "duoi", "≤": "duoi", "~": "khoang", "≈": "khoang"}
_NUMBER = re.compile(r"[+-]?\d[\d.,\u00a0\u202f ]*")


@dataclass(frozen=True, slots=True)
class ParsedNumber:
    """The result of :func:`parse_number`.

    ``value`` is in the base unit (already multiplied by ``scale``), or ``None``. ``empty`` is true
    for the strings that mean "nothing" ("-", "x", "không"). ``problem`` is a stable code when the
    text could not be read as a number: ``number.ambiguous`` or ``number.not_a_number``.
    """

    value: float | None
    scale: int = 1
    qualifier: str | None = None
    empty: bool = False
    problem: str | None = None
    text: str = ""
    compound: bool = False  # "1 tỷ 200 triệu": one amount written in several parts

    @property
    def ok(self) -> bool:
        return self.value is not None


# words that share the letters of a money word without being one: "vận động", "đóng góp", "Đông
# Anh" (đồng), "Triều Khúc" (triệu), "ngăn chặn" (ngàn), "tỷ lệ" (a ratio, not billions); a
# word typed with no marks at all ("dong", "trieu") is still the money word
_MONEY_SPELLINGS = {"dong": {"đồng"}, "trieu": {"triệu"}, "ngan": {"ngàn"}, "nghin": {"nghìn"},
                    "ty": {"tỷ", "tỉ"}, "ti": {"tỷ", "tỉ"}}  # fmt: skip
_WORD = re.compile(r"\w+")
_RATIO = re.compile(r"\bt[yỷýỳỹỵiỉíìĩị]\s+l[eệéèẻẽẹê]\b", re.IGNORECASE)


def _look_alike(found: re.Match) -> str:
    word = found.group(0)
    if word.isascii():
        return word
    spellings = _MONEY_SPELLINGS.get(match_key(word))
    return " " if spellings is not None and word.lower() not in spellings else word


@lru_cache(maxsize=65536)
def scale_from_text(text: str) -> int | None:
    """The scale a label or ĐVT names ("Trị giá (triệu đồng)" → 1 000 000), or ``None``."""
    key = match_key(_WORD.sub(_look_alike, _RATIO.sub(" ", unicodedata.normalize("NFC", text))))
    match = _SCALE_WORD.search(key)
    if not match:
        return None
    if match.group(1):
        return 1_000_000
    if match.group(4):  # "1000 đ", "1.000đ": thousands of đồng
        return 1_000
    return SCALES[match.group(2) or match.group(3)]


# a count in thousands: "Nghìn lượt người", "nghìn người" (a scale word, then a word that is not money)
_COUNT_SCALE = re.compile(r"^(nghin|ngan|trieu)\s+(?!(?:d|dong|vnd|trd|ngd)\b)([a-z].*)$")


def count_scale(text: str) -> tuple[int, str] | None:
    """``(scale, measure key)`` of a measure counted in thousands or millions ("Nghìn lượt
    người" → ``(1000, "luot nguoi")``), or ``None``."""
    match = _COUNT_SCALE.match(match_key(text))
    if not match:
        return None
    return SCALES[match.group(1)], match.group(2)


def _digits(token: str) -> Decimal | str | None:
    """Decimal from a numeric token, ``"ambiguous"`` when it breaks the convention."""
    token = re.sub(r"[\u00a0\u202f ]", " ", token).strip(" .,")
    sign = ""
    if token[:1] in "+-":
        sign, token = token[0].replace("+", ""), token[1:].strip()
    if " " in token:
        groups = token.split(" ")
        if all(g.isdigit() for g in groups) and all(len(g) == 3 for g in groups[1:]):
            token = "".join(groups)
        elif len(groups) >= 2 and all(len(g) == 3 for g in groups[1:-1]):
            # "1 234,5": spaces group thousands, the last group holds the decimal comma
            joined = "".join(groups)
            if re.fullmatch(r"\d+(,\d+)?", joined) and len(groups[-1].split(",")[0]) == 3:
                token = joined
            else:
                return "ambiguous"
        else:
            return "ambiguous"
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+\.\d+", token):  # "1,234.5": English, the only way to read it
        return Decimal(sign + token.replace(",", ""))
    dots, commas = token.count("."), token.count(",")
    if commas > 1:  # "1,234,567": English grouping, the only way to read it
        if dots or not re.fullmatch(r"\d{1,3}(,\d{3})+", token):
            return "ambiguous"
        return Decimal(sign + token.replace(",", ""))
    integer, _, fraction = token.partition(",")
    if commas and "." in fraction:
        return "ambiguous"
    if dots:
        groups = integer.split(".")
        if not (1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])):
            return "ambiguous"  # "1.5", "12.34": not thousands groups
        integer = "".join(groups)
    if not integer.isdigit() or (fraction and not fraction.isdigit()):
        return None
    try:
        return Decimal(sign + integer + ("." + fraction if fraction else ""))
    except InvalidOperation:
        return None


# "1.5", "12.25": a decimal point, never a group of thousands (three digits)
_DECIMAL_POINT = re.compile(r"\d{1,3}\.\d{1,2}")

# đồng: a thousand billion, more than any unit's figure of one indicator (a figure this large under
# "Triệu đồng" was typed in đồng)
MONEY_CEILING = 1e12

_POWERS_OF_TEN = {10**k: k for k in range(1, 19)}


# full-width forms of the ASCII characters (U+FF01…U+FF5E) and the ideographic space
_FULL_WIDTH = {0xFF01 + i: 0x21 + i for i in range(0x5E)} | {0x3000: 0x20}


def parse_number(text: object, *, scale: int | None = None) -> ParsedNumber:
    """Read one cell's text as a number in the base unit.

    ``scale`` is the multiplier known from elsewhere (the ĐVT column or the row label); a scale
    word inside the text itself wins over it.
    """
    if text is None:
        return ParsedNumber(None, empty=True)
    if isinstance(text, bool):
        return ParsedNumber(None, problem="number.not_a_number", text=str(text))
    if isinstance(text, int | float):
        multiplier = scale or 1
        if multiplier == 1:
            return ParsedNumber(float(text), scale=1)
        written = repr(float(text))
        exponent = _POWERS_OF_TEN.get(multiplier)
        if exponent is not None and written.replace(".", "", 1).lstrip("-").isdigit():
            # the decimal number as written, shifted: the same as Decimal(written) * multiplier
            return ParsedNumber(float(f"{written}e{exponent}"), scale=multiplier)
        return ParsedNumber(float(Decimal(written) * multiplier), scale=multiplier)
    raw = str(text).translate(_FULL_WIDTH)  # "１２" typed with an East Asian keyboard: 12
    key = match_key(raw)
    stripped = raw.strip()
    if stripped and not stripped.strip("?"):  # "?", "??": the figure is not known, not nothing
        return ParsedNumber(None, problem="number.not_a_number", text=raw)
    if (key in _EMPTY and not any(ch.isdigit() for ch in raw)) or stripped in {"-", "–", "—", "x", "X", "…", "..."}:
        return ParsedNumber(None, empty=True, text=raw)
    qualifier = None
    for word in _QUALIFIERS:
        if key.startswith(word + " "):
            qualifier = word
            break
    if qualifier is None and stripped:  # ">300", "~300", "300+", "300 (ước)"
        qualifier = _SIGNS.get(stripped[0]) or ("tren" if stripped.endswith("+") else None) or (
            "uoc" if key.endswith(" uoc") or key.endswith(" uoc tinh") else None)
    compound = _compound(raw)
    if compound is not None:
        return ParsedNumber(compound, scale=1, qualifier=qualifier, text=raw, compound=True)
    match = _NUMBER.search(raw)
    if not match:
        return ParsedNumber(None, problem="number.not_a_number", qualifier=qualifier, text=raw)
    parsed = _digits(match.group(0))
    after = raw[match.end() :]
    following = _NUMBER.search(after)  # "200 suất, trị giá 100 triệu đồng": the scale of 100
    own_scale = scale_from_text(after[: following.start()] if following else after)
    if parsed == "ambiguous" and own_scale and own_scale > 1 and _DECIMAL_POINT.fullmatch(match.group(0).strip()):
        parsed = Decimal(match.group(0).strip())  # "1.5 tỷ", "2.25 triệu": no thousands before a scale word
    if parsed == "ambiguous":
        return ParsedNumber(None, problem="number.ambiguous", qualifier=qualifier, text=raw)
    if parsed is None:
        return ParsedNumber(None, problem="number.not_a_number", qualifier=qualifier, text=raw)
    before = match_key(raw[: match.start()])
    if before and before != qualifier:
        return ParsedNumber(None, problem="number.not_a_number", qualifier=qualifier, text=raw)
    if after.rstrip() in ("k", "K"):  # "500k", "2K": thousands, as people write them (never "500 k": "không")
        own_scale = 1_000
    multiplier = own_scale or scale or 1
    return ParsedNumber(float(parsed * multiplier), scale=multiplier, qualifier=qualifier, text=raw)


def format_vn(value: float, *, decimals: int | None = None) -> str:
    """Format a number the Vietnamese way: 1124 → "1.124", 1.25 → "1,25"."""
    if decimals is None:
        text = f"{Decimal(repr(float(value))):f}"
        if "." in text:
            text = text.rstrip("0").rstrip(".")
    else:
        text = f"{value:.{decimals}f}"
    sign = "-" if text.startswith("-") else ""
    text = text.lstrip("-")
    integer, _, fraction = text.partition(".")
    grouped = f"{int(integer):,}".replace(",", ".")
    return sign + grouped + ("," + fraction if fraction else "")


MONEY_SCALES = ((1e9, "tỷ đồng"), (1e6, "triệu đồng"), (1e3, "nghìn đồng"), (1.0, "đồng"))


def money_scale(largest: float) -> tuple[float, str]:
    """The scale to show money of this size in: ``(1e9, "tỷ đồng")`` from one billion up."""
    for factor, name in MONEY_SCALES:
        if abs(largest) >= factor:
            return factor, name
    return 1.0, "đồng"


def amount_text(
    value: float,
    base_unit: str = "",
    *,
    scale: tuple[float, str] | None = None,
    with_unit: bool = False,
) -> str:
    """A value as the analyst says it: ``"1.124"``, ``"1,4 tỷ đồng"`` (money always carries its
    scale; other units only ``with_unit``: ``"1.124 hội nghị"``)."""
    if value != value:  # NaN
        return "–"
    if base_unit == "đồng":
        factor, name = scale or money_scale(value)
        scaled = value / factor
        decimals = 0 if abs(scaled) >= 100 or float(scaled).is_integer() else 1
        return f"{format_vn(round(scaled, decimals), decimals=decimals)} {name}"
    decimals = 0 if float(value).is_integer() else 1
    text = format_vn(round(value, decimals), decimals=decimals)
    return f"{text} {base_unit}" if with_unit and base_unit else text


def split_figures(text: str) -> list[tuple[str, str]]:
    """The figures of a cell that states several ("12 hội nghị, 1.500 lượt người"): for each, its
    text (up to the next figure) and its measure (the words right after it, to a comma)."""
    found = list(_NUMBER.finditer(text))
    out = []
    for i, match in enumerate(found):
        start = 0 if i == 0 else match.start()
        end = found[i + 1].start() if i + 1 < len(found) else len(text)
        measure = re.split(r"[,;(/]", text[match.end() : end], maxsplit=1)[0].strip(" .:-")
        out.append((text[start:end].strip(" ,;"), measure))
    return out


_SPOKEN = re.compile(r"(\d{1,3}) ?(tr|trieu|ty|ti) ?(\d{1,3})(?: ?(?:d|dong))?")


def _compound(text: str) -> float | None:
    """One amount written in parts of falling scale, "1 tỷ 200 triệu (đồng)", "2 tỷ 350 triệu 500
    nghìn": their sum in đồng; None for anything else."""
    short = _SPOKEN.fullmatch(match_key(text))
    if short:  # "1tr5", "1 tỷ 2", "2tr500": the digits after the scale word lead the next group
        whole, word, rest = short.groups()
        return float(Decimal(whole) * SCALES[word] + Decimal(rest) * SCALES[word] / 10 ** len(rest))
    parts = split_figures(text)
    if len(parts) < 2:
        return None
    total, last = Decimal(0), None
    for piece, measure in parts:
        scale = scale_from_text(measure)
        number = _NUMBER.search(piece)
        if scale is None or number is None or (last is not None and scale >= last):
            return None
        if match_key(piece[: number.start()]):  # words before a part: not one amount
            return None
        digits = _digits(number.group(0))
        if not isinstance(digits, Decimal):
            return None
        total += digits * scale
        last = scale
    return float(total)
