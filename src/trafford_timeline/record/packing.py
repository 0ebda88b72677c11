"""Cache rows compressed with a dictionary learnt from their own table, so the cache stays small.

A row is one pickled event, fact or claim document: a few hundred bytes, mostly the same class
names and field names as every other row. Compressed alone, a row shrinks by less than half; with
a zlib preset dictionary made of the table's first rows, by five to six times, and each row can
still be read on its own. At 100,000 events this is the difference between a cache five times the
size of `events.json` and one smaller than it.
"""

from __future__ import annotations

import itertools
import pickle
import zlib
from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

from trafford_timeline.record.cache import Damaged, unseal

SAMPLE_ROWS = 256
"""How many of a table's first rows its dictionary is made from."""

DICTIONARY_BYTES = 32 * 1024
"""zlib uses at most this much of a dictionary (its window)."""

LEVEL = 1
"""Fast compression: the dictionary, not the effort, is what makes the rows small."""

WINDOW_BITS = -15
"""Raw deflate with a 32 KB window: each row has its own CRC, so zlib's header and checksum are
left out, and a raw stream takes its dictionary when it is made, so a primed one can be copied:
about 17 µs a claim document, where setting the dictionary afresh for each row took 60 to 90 µs."""


_READ_ERRORS = (
    zlib.error,
    pickle.UnpicklingError,
    EOFError,
    AttributeError,
    ImportError,
    IndexError,
    TypeError,
    ValueError,
)

T = TypeVar("T")


class Packing:
    """How the rows of one table are compressed: its dictionary, kept in the file beside them."""

    def __init__(self, dictionary: bytes) -> None:
        self.dictionary = dictionary
        self._compressor: Any = None
        self._decompressor: Any = None
        """Primed with the dictionary once, then copied for each row: setting a dictionary
        afresh for every row cost more than compressing it."""

    @classmethod
    def learnt(cls, values: Iterable[T]) -> tuple[Packing, Iterator[tuple[T, bytes, int]]]:
        """A packing learnt from the first rows of `values`, and every value with its sealed row.

        `values` is read once, as it comes: a table too large to hold is packed as it is written."""
        values = iter(values)
        first = list(itertools.islice(values, SAMPLE_ROWS))
        sample = b"".join(pickle.dumps(value, protocol=5) for value in first)
        packing = cls(sample[-DICTIONARY_BYTES:])
        rows = ((value, *packing.seal(value)) for value in itertools.chain(first, values))
        return packing, rows

    @classmethod
    def stored(cls, row: tuple[Any, ...]) -> Packing:
        """A packing read back from its blob row, as `blob_row` wrote it."""
        dictionary = unseal(row[-2], row[-1])
        if not isinstance(dictionary, bytes):
            raise Damaged("a compression dictionary is not bytes")
        return cls(dictionary)

    def blob_row(self, name: str) -> tuple[str, bytes, int]:
        data = pickle.dumps(self.dictionary, protocol=5)
        return name, data, zlib.crc32(data)

    def seal(self, value: object) -> tuple[bytes, int]:
        if self._compressor is None:
            memory, strategy = zlib.DEF_MEM_LEVEL, zlib.Z_DEFAULT_STRATEGY
            self._compressor = zlib.compressobj(
                LEVEL, zlib.DEFLATED, WINDOW_BITS, memory, strategy, **self._zdict()
            )
        compressor = self._compressor.copy()
        data = compressor.compress(pickle.dumps(value, protocol=5)) + compressor.flush()
        return data, zlib.crc32(data)

    def _zdict(self) -> dict[str, bytes]:
        return {"zdict": self.dictionary} if self.dictionary else {}

    def unseal(self, data: bytes, crc: int) -> Any:
        if zlib.crc32(data) != crc:
            raise Damaged("a row fails its CRC")
        try:
            if self._decompressor is None:
                self._decompressor = zlib.decompressobj(WINDOW_BITS, **self._zdict())
            reader = self._decompressor.copy()
            return pickle.loads(reader.decompress(data) + reader.flush())
        except _READ_ERRORS as exc:
            raise Damaged(str(exc)) from None

    def unseal_row(self, row: tuple[Any, ...]) -> Any:
        return self.unseal(row[-2], row[-1])
