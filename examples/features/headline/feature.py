MINOR = {"a", "an", "and", "in", "of", "on", "or", "the", "to"}


def headline(s: str) -> str:
    ws = s.lower().split()
    return " ".join(w if w in MINOR and 0 < i < len(ws) - 1 else w.capitalize() for i, w in enumerate(ws))
