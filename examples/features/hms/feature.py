def hms(seconds: int) -> str:
    m, s = divmod(seconds, 60)
    return f"{m // 60}:{m % 60:02}:{s:02}"
