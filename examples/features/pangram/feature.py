from string import ascii_lowercase


def pangram(s: str) -> bool:
    return set(ascii_lowercase) <= set(s.lower())
