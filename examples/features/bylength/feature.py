def bylength(words: list[str]) -> list[str]:
    return sorted(words, key=lambda w: (len(w), w))
