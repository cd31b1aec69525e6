def tobase(n: int, b: int) -> str:
    s, m = "", abs(n)
    while not s or m:
        m, d = divmod(m, b)
        s = "0123456789abcdefghijklmnopqrstuvwxyz"[d] + s
    return "-" + s if n < 0 else s
