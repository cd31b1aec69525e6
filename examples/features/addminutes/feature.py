def addminutes(t: str, m: int) -> str:
    h, mm = map(int, t.split(":"))
    hours, minutes = divmod((h * 60 + mm + m) % 1440, 60)
    return f"{hours:02}:{minutes:02}"
