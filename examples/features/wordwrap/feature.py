import textwrap


def wordwrap(text: str, w: int) -> list[str]:
    return textwrap.wrap(text, w, break_long_words=False, break_on_hyphens=False)
