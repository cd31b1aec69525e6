def fletcher16(s: str) -> int:
    a = b = 0
    for byte in s.encode():
        a = (a + byte) % 255
        b = (b + a) % 255
    return b << 8 | a
