"""The bounded LRU mapping that the caches between checks share."""

from __future__ import annotations

import threading

from linter.lru import LRU


def test_the_least_recently_used_entry_goes_first() -> None:
    cache: LRU[str, int] = LRU(2)
    cache.put("a", 1)
    cache.put("b", 2)
    assert cache.get("a") == 1  # "a" is now the most recently used
    cache.put("c", 3)
    assert "b" not in cache and cache.get("a") == 1 and cache.get("c") == 3
    assert len(cache) == 2
    cache.put("a", 10)  # replacing an entry keeps the size
    assert len(cache) == 2 and cache.get("a") == 10


def test_missing_keys_defaults_pop_and_clear() -> None:
    cache: LRU[str, int | None] = LRU(4)
    marker = object()
    assert cache.get("x") is None and cache.get("x", marker) is marker
    cache.put("none", None)  # a kept None is told apart from a miss by the default
    assert cache.get("none", marker) is None
    cache.pop("none")
    cache.pop("never there")
    assert cache.get("none", marker) is marker
    cache.put("y", 1)
    cache.clear()
    assert len(cache) == 0


def test_size_zero_keeps_nothing() -> None:
    cache: LRU[str, int] = LRU(0)
    cache.put("a", 1)
    assert len(cache) == 0 and cache.get("a") is None


def test_threads_share_one_cache() -> None:
    cache: LRU[int, int] = LRU(50)
    errors: list[BaseException] = []

    def work(offset: int) -> None:
        try:
            for i in range(5000):
                cache.put((i + offset) % 120, i)
                cache.get((i * 7 + offset) % 120)
                if i % 97 == 0:
                    cache.pop(i % 120)
        except BaseException as exc:  # any error fails the test below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and len(cache) <= 50
