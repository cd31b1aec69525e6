def suffixed(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 or n % 10 > 3 else ["th", "st", "nd", "rd"][n % 10]
    return f"{n}{suffix}"
