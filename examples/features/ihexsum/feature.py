def ihexsum(s: str) -> int:
    return -sum(bytes.fromhex(s)) % 256
