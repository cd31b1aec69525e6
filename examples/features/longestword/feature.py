def longestword(s: str) -> str:
    return max(s.split(), key=len, default="")
