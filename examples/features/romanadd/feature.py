NUMERALS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def romanadd(a: str, b: str) -> str:
    def value(s: str) -> int:
        total = 0
        for v, symbol in NUMERALS:
            while s.startswith(symbol):
                total += v
                s = s[len(symbol):]
        return total

    n, out = value(a) + value(b), ""
    for v, symbol in NUMERALS:
        count, n = divmod(n, v)
        out += symbol * count
    return out
