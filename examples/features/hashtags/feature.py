import re


def hashtags(text: str) -> list[str]:
    return list(dict.fromkeys(re.findall(r"#([a-z0-9]+)", text.lower())))
