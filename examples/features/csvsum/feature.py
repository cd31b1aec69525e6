def csvsum(line: str) -> int:
    return sum(int(field) for field in line.split(",") if field.strip())
