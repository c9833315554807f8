"""Unicode Vietnamese text: NFC, one tone placement, clean spacing, a diacritic-free key.

Rules, not guesses:

* Text is NFC-composed, so decomposed input ("Hà" typed as ``a`` + U+0300) equals composed input.
* Tone placement is folded to the "new style" used by current official documents for the open
  syllables ``oa``, ``oe``, ``uy`` ("hoà" → "hòa", "Thuỷ" → "Thủy", "khoẻ" → "khỏe"); syllables
  with a final consonant ("hoàn", "thuyền") are the same in both styles and are left alone.
* White space (including non-breaking spaces and line breaks inside cells) collapses to one space.
* :func:`match_key` drops every diacritic, maps đ → d, lowercases and keeps only letters and
  digits separated by single spaces: the key used to compare labels and names.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..errors import ArgumentError

__all__ = [
    "clean_text",
    "fold_tone_placement",
    "is_vietnamese_syllable",
    "match_key",
    "nfc",
    "slugify",
    "sort_key_vi",
    "sort_series_vi",
    "sort_vi",
]

# Combining tone marks (the five Vietnamese tones); the vowel modifiers (circumflex U+0302,
# breve U+0306, horn U+031B) are not tones and stay where they are.
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_SPACE = re.compile(r"[\s\u00a0\u2007\u202f\u200b\ufeff]+")


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC form."""
    return unicodedata.normalize("NFC", text)


def _move_tone(word: str, style: str = "new") -> str:
    decomposed = unicodedata.normalize("NFD", word)
    tone_at = [i for i, c in enumerate(decomposed) if c in _TONES]
    if len(tone_at) != 1:
        return word
    index = tone_at[0]
    tone = decomposed[index]
    bare = decomposed[:index] + decomposed[index + 1 :]
    bases = [i for i, c in enumerate(bare) if not unicodedata.combining(c)]
    letters = "".join(bare[i] for i in bases).lower()
    if len(letters) < 2 or letters[-2:] not in ("oa", "oe", "uy"):
        return word
    if letters[-2:] == "uy" and letters[:-2].endswith("q"):
        return word  # "quý": the u belongs to the consonant "qu"
    owner = max((i for i in bases if i < index), default=None)
    source, target = (bases[-1], bases[-2]) if style == "new" else (bases[-2], bases[-1])
    if owner != source:
        return word  # the tone is already where this style puts it
    insert_at = target + 1
    while insert_at < len(bare) and unicodedata.combining(bare[insert_at]):
        insert_at += 1
    return unicodedata.normalize("NFC", bare[:insert_at] + tone + bare[insert_at:])


def fold_tone_placement(text: str, *, style: str = "new") -> str:
    """Place tone marks of open ``oa``/``oe``/``uy`` syllables in one style.

    ``style="new"`` (the default) gives "hòa", "thủy"; ``style="old"`` gives "hoà", "thuỷ".
    """
    if style not in ("new", "old"):
        raise ArgumentError(f"style={style!r} không dùng được; chỉ dùng 'new' hoặc 'old'.")
    return _WORD.sub(lambda m: _move_tone(m.group(0), style), nfc(text))


@lru_cache(maxsize=65536)
def clean_text(text: str) -> str:
    """NFC, new-style tone placement, white space collapsed and stripped."""
    if not text:
        return ""
    return _SPACE.sub(" ", fold_tone_placement(text)).strip()


@lru_cache(maxsize=65536)
def match_key(text: str) -> str:
    """Diacritic-free lowercase key: "Ủy ban MTTQ  Đống Đa\\n" → "uy ban mttq dong da"."""
    if not text:
        return ""
    return " ".join(_KEY_WORD.findall(text.translate(_KEY_TABLE)))


def _match_key_by_definition(text: str) -> str:
    """:func:`match_key` as defined: đ → d, NFD, marks dropped, lower case, [a-z0-9] runs."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return " ".join(_KEY_WORD.findall(stripped))


_KEY_WORD = re.compile(r"[a-z0-9]+")


class _KeyTable(dict):
    """What each character becomes before :func:`match_key` takes the [a-z0-9] runs, worked out
    by the definition the first time the character is seen (per character is exact: NFD and
    lower case act on one character at a time, and the one rule that looks at context, Greek
    final sigma, gives no ASCII letter)."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        decomposed = unicodedata.normalize("NFD", "d" if char in "đĐ" else char)
        folded = self[code] = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
        return folded


_KEY_TABLE = _KeyTable()


def slugify(text: str) -> str:
    """ASCII identifier from a name: "Hai Bà Trưng" → "hai_ba_trung"."""
    return match_key(text).replace(" ", "_")


# Vowel groups of Vietnamese spelling (after the initial consonant, before the final one).
_NUCLEI = (
    "a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi ua uâ uê ui uô "
    "uơ uy ưa ưi ươ ưu iêu yê yêu oai oay oao oeo uây uôi ươi ươu uya uyê uyu"
).split()
# Groups that end in a glide (or are open diphthongs) take no final consonant: "mèo", never "mèom".
_OPEN_ONLY = set(
    (
        "ai ao au ay âu ây eo êu iu oi ôi ơi ui ưi ưu iêu yêu oai oay oao oeo uây uôi ươi ươu uyu "
        "ia ua ưa uya"
    ).split()
)


def _alternatives(groups: list[str]) -> str:
    return "|".join(sorted(groups, key=len, reverse=True))


_INITIAL = r"(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
_SYLLABLE = re.compile(
    _INITIAL + r"(?:(" + _alternatives(_NUCLEI) + r")"
    r"|(" + _alternatives([n for n in _NUCLEI if n not in _OPEN_ONLY]) + r")(ch|ng|nh|[cmnpt]))"
)


def is_vietnamese_syllable(word: str) -> bool:
    """True when ``word`` is spelled like one Vietnamese syllable: an initial consonant, one to
    three vowels, a final consonant, at most one tone mark, and one consistent letter case."""
    if not word or not (word.islower() or word.isupper() or word.istitle()):
        return False
    decomposed = unicodedata.normalize("NFD", word.lower())
    if sum(1 for c in decomposed if c in _TONES) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
    return _SYLLABLE.fullmatch(bare) is not None


# Vietnamese alphabetical order: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y, the
# letters first, then the tones (none, huyền, hỏi, ngã, sắc, nặng) as a tie-break.
_ALPHABET = ["a", "a\u0306", "a\u0302", "b", "c", "d", "đ", "e", "e\u0302", "f", "g", "h", "i", "j", "k",
             "l", "m", "n", "o", "o\u0302", "o\u031b", "p", "q", "r", "s", "t", "u", "u\u031b", "v", "w",
             "x", "y", "z"]  # fmt: skip
_RANK = {letter: i for i, letter in enumerate(_ALPHABET)}
_TONE_RANK = {"": 0, "\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_UNIT = re.compile(r"(đ|[^\W\d_][\u0306\u0302\u031b]?)([\u0300\u0309\u0303\u0301\u0323]?)|(\d+)|(.)", re.S)


@lru_cache(maxsize=65536)
def sort_key_vi(text: str) -> tuple:
    """A key that sorts Vietnamese text alphabetically, word by word: in each word the letters
    first ("Dương Nội" before "Đông Anh"), then its tones ("Ân" before "Ẩn"); numbers by value
    ("Cụm 2" before "Cụm 10"); case ignored."""
    key = []
    for word in unicodedata.normalize("NFD", str(text).lower()).split():  # đ has no decomposition
        letters: list[tuple[int, int]] = []
        tones: list[int] = []
        for letter, tone, number, other in _UNIT.findall(word):
            if letter:
                letters.append((1, _RANK.get(letter, 100 + ord(letter[0]))))
                tones.append(_TONE_RANK.get(tone, 0))
            elif number:
                letters.append((0, int(number)))
            elif other not in "\u0300\u0309\u0303\u0301\u0323":
                letters.append((2, ord(other)))
        key.append((tuple(letters), tuple(tones)))
    return tuple(key)


def sort_vi(items, *, key=None) -> list:
    """``items`` sorted in Vietnamese alphabetical order (``key`` gives the text of an item)."""
    return sorted(items, key=lambda item: sort_key_vi(key(item) if key else item))


def sort_series_vi(series):
    """A ``key=`` for :meth:`pandas.DataFrame.sort_values`: names in Vietnamese order, other
    columns as they are (``frame.sort_values(["year", "unit_name"], key=sort_series_vi)``)."""
    if series.dtype == object or str(series.dtype).startswith("str"):
        texts = sort_vi({v for v in series if isinstance(v, str)})
        rank = {text: i for i, text in enumerate(texts)}
        return series.map(lambda v: rank.get(v, -1))  # ranks, not keys: an Index stays flat
    return series
