def graycode(bits: int) -> list[int]:
    return [i ^ (i >> 1) for i in range(1 << bits)]
