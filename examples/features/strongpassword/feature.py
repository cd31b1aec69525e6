def strongpassword(s: str) -> bool:
    return (
        len(s) >= 8
        and any(c.islower() for c in s)
        and any(c.isupper() for c in s)
        and any(c.isdigit() for c in s)
        and not s.isalnum()
    )
