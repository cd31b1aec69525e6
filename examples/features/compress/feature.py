from itertools import groupby


def compress(s: str) -> str:
    return "".join(f"{c}{len(list(run))}" for c, run in groupby(s))
