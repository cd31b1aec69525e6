def anagramsets(s: str) -> int:
    return len({"".join(sorted(w)) for w in s.lower().split()})
