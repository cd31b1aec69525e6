def revwords(s: str) -> str:
    return " ".join(reversed(s.split()))
