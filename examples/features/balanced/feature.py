def balanced(s: str) -> bool:
    opening = {")": "(", "]": "[", "}": "{"}
    stack = []
    for c in s:
        if c in "([{":
            stack.append(c)
        elif c in opening and (not stack or stack.pop() != opening[c]):
            return False
    return not stack
