def longestpalin(s: str) -> str:
    subs = (s[i:j] for i in range(len(s)) for j in range(i + 1, len(s) + 1))
    return max((t for t in subs if t == t[::-1]), key=len, default="")
