// The grammar passes Chevrotain's own validations (the CLI skips them at start-up for speed).
import { describe, it, expect } from "vitest";
import { validatedParser } from "../compiler/syntax/parser.js";

describe("grammar", () => {
  it("has no definition errors", () => {
    expect(() => validatedParser()).not.toThrow();
  });
});
