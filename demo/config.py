"""What a demo world is made from: record count, seed, today's date and a few sizes.

Everything the generator draws comes from RNG streams named after what they generate
(``config.stream("ships")``), each seeded from the world seed and its name. Streams are
independent, so adding a draw to one kind of row never shifts the values of another: the
same seed keeps giving the same world while the generator grows.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date

DEMO_YEAR = 2024
"""The subsidy year of the demo: the year whose standards and material list the manual shows."""


@dataclass(frozen=True)
class WorldConfig:
    """The parameters of one demo world; ``records`` is the number of ship applications.

    ``today`` only moves the declaration status (its deadlines lie ahead of today so the demo is
    open for work); every record date lies in the subsidy year's declaration period.
    ``first_page`` is how many records at the head of each review queue get PDFs of their own.
    """

    records: int
    seed: int = 2024
    today: date = field(default_factory=date.today)
    year: int = DEMO_YEAR
    first_page: int = 20
    batch_records: int = 2000
    viewer_pages: int = 50

    def __post_init__(self) -> None:
        if self.records < 1:
            raise ValueError("演示记录数至少为 1")
        if self.first_page < 0 or self.batch_records < 1 or self.viewer_pages < 1:
            raise ValueError("首页记录数、批大小和浏览器测试 PDF 页数必须为正数")

    def stream(self, name: str) -> random.Random:
        """The RNG stream of one kind of value (seeded from the world seed and ``name``)."""
        return random.Random(f"{self.seed}/{name}")

    @property
    def cargo_owners_per_city(self) -> int:
        """Cargo owners scale with the ship records: about one per 2,000, at least 3 a city."""
        return max(3, self.records // 2000)
