from collections import Counter


def wordfreq(text: str, k: int) -> list[tuple[str, int]]:
    return Counter(text.lower().split()).most_common(k)
