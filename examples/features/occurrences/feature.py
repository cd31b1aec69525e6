def occurrences(s: str, sub: str) -> int:
    return sum(s.startswith(sub, i) for i in range(len(s)))
