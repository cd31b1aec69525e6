def luhn(number: str) -> bool:
    digits = [int(c) for c in reversed(number.replace(" ", ""))]
    total = sum(d if i % 2 == 0 else d * 2 - 9 if d > 4 else d * 2 for i, d in enumerate(digits))
    return len(digits) > 1 and total % 10 == 0
