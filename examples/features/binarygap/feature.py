def binarygap(n: int) -> int:
    return max(map(len, bin(n)[2:].strip("0").split("1")))
