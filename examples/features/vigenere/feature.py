from string import ascii_letters


def vigenere(s: str, key: str) -> str:
    out, k = [], 0
    for c in s:
        if c in ascii_letters:
            base = ord("A") if c.isupper() else ord("a")
            c = chr((ord(c) - base + ord(key[k % len(key)]) - ord("a")) % 26 + base)
            k += 1
        out.append(c)
    return "".join(out)
