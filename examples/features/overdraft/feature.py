from itertools import accumulate


def overdraft(amounts: list[int]) -> int:
    return next((i for i, balance in enumerate(accumulate(amounts)) if balance < 0), -1)
