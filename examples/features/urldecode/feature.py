from urllib.parse import unquote_plus


def urldecode(s: str) -> str:
    return unquote_plus(s)
