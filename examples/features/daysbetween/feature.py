from datetime import date


def daysbetween(a: str, b: str) -> int:
    return (date.fromisoformat(b) - date.fromisoformat(a)).days
