import re


def piglatin(s: str) -> str:
    def pig(w: str) -> str:
        head, rest = re.match(r"([^aeiou]*)(.*)", w).groups()
        return rest + head + "ay" if head else w + "way"

    return " ".join(map(pig, s.split()))
