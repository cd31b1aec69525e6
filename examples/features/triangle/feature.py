def triangle(a: int, b: int, c: int) -> str:
    x, y, z = sorted((a, b, c))
    if x + y <= z:
        return "invalid"
    return ["equilateral", "isosceles", "scalene"][len({a, b, c}) - 1]
