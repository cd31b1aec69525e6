from collections import Counter


def caesarkey(s: str) -> int:
    counts = Counter(c for c in s.lower() if c.isalpha())
    top = min(counts, key=lambda c: (-counts[c], c))
    return (ord(top) - ord("e")) % 26
