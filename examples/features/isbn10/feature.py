def isbn10(s: str) -> bool:
    cs = s.replace("-", "")
    if len(cs) != 10 or not cs[:9].isdigit() or not (cs[9].isdigit() or cs[9] == "X"):
        return False
    return sum((10 - i) * (10 if c == "X" else int(c)) for i, c in enumerate(cs)) % 11 == 0
