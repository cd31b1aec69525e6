from fractions import Fraction


def simplify(num: int, den: int) -> tuple[int, int]:
    f = Fraction(num, den)
    return f.numerator, f.denominator
