def suggest(word: str, dictionary: list[str]) -> str:
    def edits(a: str, b: str) -> int:
        row = list(range(len(b) + 1))
        for i, ca in enumerate(a, 1):
            diagonal, row[0] = row[0], i
            for j, cb in enumerate(b, 1):
                diagonal, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, diagonal + (ca != cb))
        return row[-1]

    return min(dictionary, key=lambda w: edits(w, word))
