from zlib import crc32


def buckets(keys: list[str], k: int) -> list[int]:
    counts = [0] * k
    for key in keys:
        counts[crc32(key.encode()) % k] += 1
    return counts
