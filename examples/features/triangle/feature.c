const char *triangle(long a, long b, long c)
{
    if (a + b <= c || a + c <= b || b + c <= a)
        return "invalid";
    if (a == b && b == c)
        return "equilateral";
    return a == b || b == c || a == c ? "isosceles" : "scalene";
}
