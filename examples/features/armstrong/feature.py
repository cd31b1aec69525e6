def armstrong(n: int) -> bool:
    s = str(n)
    return sum(int(d) ** len(s) for d in s) == n
