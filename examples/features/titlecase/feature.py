SMALL = {"a", "an", "the", "of", "and", "in", "on"}


def titlecase(text: str) -> str:
    words = text.lower().split(" ")
    return " ".join(w if i > 0 and w in SMALL else w.capitalize() for i, w in enumerate(words))
