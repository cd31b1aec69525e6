def mostvowels(s: str) -> str:
    return max(s.split(), key=lambda w: sum(c in "aeiouAEIOU" for c in w), default="")
