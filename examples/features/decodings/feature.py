def decodings(s: str) -> int:
    prev, ways = 0, 1
    for i, c in enumerate(s):
        pair = s[i - 1 : i + 1] if i else ""
        prev, ways = ways, (ways if c != "0" else 0) + (prev if "10" <= pair <= "26" else 0)
    return ways
