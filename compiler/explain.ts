// What each diagnostic code means, with a program that has it and the same program fixed:
// `ideo explain CODE` prints an entry, and tests/explain.test.ts checks that every code has one,
// that each example gives its code and each fixed version does not. Runtime faults have entries
// too, found by their message (`ideo explain "out of fuel"`).
import { CODES } from "./diagnostics.js";
import { FAULTS } from "./faults.js";
import type { FaultName } from "../blocks/block.js";

export interface Explanation {
  title: string;
  /** Why it happens and what to do, in a few sentences. */
  text: string;
  /** A program that gets this code; absent where no short program can show it. */
  example?: string;
  /** The example, fixed. */
  fixed?: string;
  /** Files the example imports (it is main.ideo then), and the same files for the fixed version
   *  when they change too. */
  files?: Record<string, string>;
  fixedFiles?: Record<string, string>;
}

export const EXPLANATIONS: Record<string, Explanation> = {
  [CODES.lexChar]: {
    title: "a character that cannot start a token",
    text: "Ideo source is made of names, numbers, strings, operators and brackets; a character outside them (a stray `$`, `@` or `;`) is reported once per run of such characters.",
    example: "fn main\n  print(1 $ 2)\n", fixed: "fn main\n  print(1 + 2)\n",
  },
  [CODES.lexString]: {
    title: "an unterminated string",
    text: "A string opened with `\"` or `'` must close with the same quote on the same line; write `\\n` for a line break inside it.",
    example: "fn main\n  print(\"hello)\n", fixed: "fn main\n  print(\"hello\")\n",
  },
  [CODES.lexIndent]: {
    title: "indentation that matches no enclosing block",
    text: "A line that dedents must line up with a line above it that opened a block; a line between two levels belongs to neither.",
    example: "fn main\n    x = 1\n  print(x)\n", fixed: "fn main\n  x = 1\n  print(x)\n",
  },
  [CODES.tooDeep]: {
    title: "nesting deeper than the compiler follows",
    text: "Brackets, blocks and lambdas written one in another (`x => y => …`) may nest 200 deep, 200 signs or `not`s may stand in a row, and a chain of calls (`xs.f.g.h`) may be 500 long. Deeper nesting and longer chains are almost always generated code: build the value in steps, or pass it in from JS.",
  },
  [CODES.tooLong]: {
    title: "input too large",
    text: "A program may hold 16 MB and about 500,000 tokens. Keep large data outside the program and pass it in as an argument.",
  },
  [CODES.notText]: {
    title: "the input is not text",
    text: "Source must be UTF-8 text without NUL bytes; the file is probably binary (a .wasm built from it, say).",
    example: "fn main\u0000\n", fixed: "fn main\n  print(1)\n",
  },
  [CODES.parse]: {
    title: "an unexpected token",
    text: "The parser met a token where the grammar allows none: a missing `)`, an operator with no right side, a Python word (`def`, `lambda`, `is`: the hint says what Ideo writes instead).",
    example: "fn main\n  print(1 +)\n", fixed: "fn main\n  print(1 + 2)\n",
  },
  [CODES.assignTarget]: {
    title: "an assignment to something that is not a name or an element",
    text: "Only `x = …`, `xs[i] = …` and `m[k] = …` assign, and `a, b = …` sets several of those at once (with `=` only); a field of a tuple or a call's result cannot be assigned to (tuples are values: build a new one).",
    example: "fn main\n  p = (1, 2)\n  p.0 = 5\n", fixed: "fn main\n  p = (1, 2)\n  p = (5, p.1)\n",
  },
  [CODES.placeholder]: {
    title: "`_` outside a call's argument",
    text: "`_` is the parameter of a lambda made from the argument it sits in (`xs.map(_ * 2)`), or of a top-level definition `name = …`; anywhere else it stands for nothing. `_` and `_1`, `_2` cannot be mixed in one lambda.",
    example: "fn main\n  print(_ + 1)\n", fixed: "inc = _ + 1\nfn main\n  print(inc(1))\n",
  },
  [CODES.unknownName]: {
    title: "an unknown name",
    text: "A variable must be set before it is read, in the function that reads it (top-level statements form `main`, which other functions cannot see). The hint names the closest visible names; `None`, `True` and `False` are `null`, `true` and `false`.",
    example: "fn main\n  total = 3\n  print(totl)\n", fixed: "fn main\n  total = 3\n  print(total)\n",
  },
  [CODES.unknownBlock]: {
    title: "an unknown block or function",
    text: "No block, alias or function of the program has this name. The hint names the closest ones (`ideo fix` applies a clear one); `ideo vocab QUERY` searches the blocks by words.",
    example: "fn main\n  print([3, 1].sotr)\n", fixed: "fn main\n  print([3, 1].sort)\n",
  },
  [CODES.arity]: {
    title: "the wrong number of arguments",
    text: "A call gives a function or block more or fewer arguments than it takes; in a chain `x.f(a)` the value before the dot is the first argument. The hint lists the signatures.",
    example: "fn main\n  print([1, 2].sum(\"x\"))\n", fixed: "fn main\n  print([1, 2].sum)\n",
  },
  [CODES.duplicateFn]: {
    title: "a function defined twice",
    text: "Each name defines one function (there is no overloading by arity); top-level statements form `main`, so a program with them cannot also define `fn main`.",
    example: "f(x) = x\nf(x) = x + 1\n", fixed: "f(x) = x\ng(x) = x + 1\n",
  },
  [CODES.breakOutside]: {
    title: "`break` or `continue` outside a loop",
    text: "`break` and `continue` act on the innermost `for` or `while`; a lambda's body is not inside its caller's loop.",
    example: "fn main\n  break\n", fixed: "fn main\n  for i in 1..3\n    if i == 2: break\n    print(i)\n",
  },
  [CODES.typeMismatch]: {
    title: "two types that must agree do not",
    text: "A value of one type meets a place that needs another: both sides of an operator, a variable's assignments, an argument and its parameter. (Where values of different kinds meet in one literal, the branches of an if or a function's results, they make an `any` instead, if it can hold them: see docs/language.md, \"Mixed values\".) The message names both types and, in a note, where the expected one came from; the hint says how to convert (`.float`, `.int`, `.str`, `?? default`, and out of an any `.int`, `.list`, …).",
    example: "fn main\n  x = 1\n  x = \"one\"\n", fixed: "fn main\n  x = 1\n  x = 2\n",
  },
  [CODES.noInstance]: {
    title: "a block has no version for these types",
    text: "A generic block is compiled for the element types it supports; the message lists them. Convert the values first (`.map(_.float)`, `.str`), or use a block that takes them. (Rare: most such calls already fail the block's signature, E0300, which names the types it takes.)",
  },
  [CODES.cannotInfer]: {
    title: "a type that is never determined",
    text: "A tuple field was taken of a value whose type nothing else gives. Annotate the parameter it comes from (`ps: [(int, str)]`). (Rare: a value with fields that nothing types is compiled as a tuple of the fields used, as `ideo build`'s W0002 says.)",
  },
  [CODES.notCallable]: {
    title: "a call of something that is not a function",
    text: "The name is a variable holding a value, not a function: a variable named like a block hides the block in its scope.",
    example: "fn main\n  s = \"a\"\n  print(s(2))\n", fixed: "fn main\n  s = \"a\"\n  print(s + s)\n",
  },
  [CODES.badField]: {
    title: "a tuple field out of range",
    text: "A tuple of n fields has fields `.0` to `.n-1`.",
    example: "fn main\n  p = (1, 2)\n  print(p.2)\n", fixed: "fn main\n  p = (1, 2)\n  print(p.1)\n",
  },
  [CODES.noValue]: {
    title: "a function can reach its end without returning a value",
    text: "A function that returns a value somewhere must return one on every path. A `return` inside a loop or an `if` without an `else` leaves a path that falls off the end: add a `return` after the loop, or an `else`.",
    example: "first(xs)\n  for x in xs\n    if x > 0\n      return x\nfn main\n  print(first([1]))\n", fixed: "first(xs)\n  for x in xs\n    if x > 0\n      return x\n  return 0\nfn main\n  print(first([1]))\n",
  },
  [CODES.destructure]: {
    title: "names set together from a different number of values",
    text: "`a, b = x, y` gives each name one value, and `q, r = t` takes a tuple apart field by field: there must be as many names as values (or fields). An array is not taken apart (its length is known only when the program runs): index it, `a, b = xs[0], xs[1]`.",
    example: "fn main\n  t = (1, 2, 3)\n  a, b = t\n  print(a + b)\n", fixed: "fn main\n  t = (1, 2, 3)\n  a, b, c = t\n  print(a + b)\n",
  },
  [CODES.noMain]: {
    title: "no `main` to run",
    text: "`ideo run FILE` calls `main`: write `fn main`, or top-level statements (they form `main`), or call another function with `--fn NAME ARGS…`.",
  },
  [CODES.mainResult]: {
    title: "main ends in a function",
    text: "`main` is called by `ideo run` or by JS, and a function value cannot cross to either: a `main` whose last expression is a lambda (often `print=>(x)`, which reads as `print => (x)`) is a slip. Call the function, or end main with a statement.",
    example: "print=>(3)\n", fixed: "print(3)\n",
  },
  [CODES.mainParams]: {
    title: "main takes the command-line arguments, or nothing",
    text: "`main` is where `ideo run` and a WASI host start: its one parameter, if it has one, is the command-line arguments, a `[str]` (`fn main(args)`; a script reads them as `args`). Other values come in through other functions: `ideo run FILE --fn NAME ARGS…` calls one with JSON arguments.",
    example: "fn main(n: int)\n  print(n * 2)\n", fixed: "fn main(args)\n  print(args[0].int * 2)\n",
  },
  [CODES.unknownExport]: {
    title: "an export that names no function",
    text: "`ideo build --export a,b` (or compile()'s `exports`) keeps only the functions named as the module's exports, so that the others can be inlined and dropped. Each name must be a function the program defines; statements outside any function form `main`.",
  },
  [CODES.importMissing]: {
    title: "an imported file that cannot be found",
    text: "`import \"path\"` is read relative to the importing file. The CLI reads the disk; compile() and load() read only the texts given in their `files` option, by path.",
    example: "import \"text.ideo\"\nprint(shout(\"hi\"))\n", fixed: "import \"lib/text.ideo\"\nprint(shout(\"hi\"))\n",
    files: { "lib/text.ideo": "shout(s) = s.upper + \"!\"\n" },
  },
  [CODES.importCycle]: {
    title: "files that import each other",
    text: "A file may not import itself, or a file that imports it again through others: the import that closes the circle is reported with the whole circle. Move what both files need into a third file that both import.",
    example: "import \"a.ideo\"\nprint(twice(2))\n", fixed: "import \"a.ideo\"\nprint(twice(2))\n",
    files: { "a.ideo": "import \"main.ideo\"\ntwice(n) = n * 2\n" }, fixedFiles: { "a.ideo": "twice(n) = n * 2\n" },
  },
  [CODES.externType]: {
    title: "a host function without its parameter types",
    text: "`extern name(params) -> T` declares a function the JS host passes in (`load(src, { imports: { name: fn } })`). Nothing in the program decides its types, so each parameter is annotated; `-> T` gives its result type, and without it the function gives nothing.",
    example: "extern log(msg)\nlog(\"hi\")\n", fixed: "extern log(msg: str)\nlog(\"hi\")\n",
  },
  [CODES.wasiHost]: {
    title: "host functions in a module for WASI",
    text: "`ideo build --wasi` makes a module any WASI host runs, without JS: a function declared with `extern` has no one to pass it in. Build for JS instead (load(), or `ideo build --js` with `instantiate({ imports })`), or do the work in Ideo.",
  },
  [CODES.unknownRecord]: {
    title: "an unknown record type",
    text: "A capitalized name in a type (`b: Body`) or made like a record (`Body(x: 1.0)`) must be declared at the top level: `type Body = (x: float, y: float)`. The error names the nearest declared record.",
    example: "type Body = (x: float, m: float)\nprint(Bdy(x: 1.0, m: 2.0))\n", fixed: "type Body = (x: float, m: float)\nprint(Body(x: 1.0, m: 2.0))\n",
  },
  [CODES.unknownField]: {
    title: "a field the record does not have",
    text: "`r.f`, `r.f = v` and `Body(f: …)` name a field of the record's type declaration; the message lists the nearest field, and `ideo fix` can apply it.",
    example: "type Body = (x: float, m: float)\nb = Body(x: 1.0, m: 2.0)\nprint(b.mass)\n", fixed: "type Body = (x: float, m: float)\nb = Body(x: 1.0, m: 2.0)\nprint(b.m)\n",
  },
  [CODES.recordArgs]: {
    title: "a record made with the wrong fields",
    text: "A record is made with every field named, in any order (`Body(m: 2.0, x: 1.0)`), or with one value a field in declared order (`Body(1.0, 2.0)`); not a mix, not with a field left out, and not with more or fewer values than fields. Named arguments make only records: a function or a block takes its arguments in order.",
    example: "type Body = (x: float, m: float)\nprint(Body(x: 1.0))\n", fixed: "type Body = (x: float, m: float)\nprint(Body(x: 1.0, m: 2.0))\n",
  },
  [CODES.fieldTwice]: {
    title: "a field given or declared twice",
    text: "Each field of a record is declared once and given once when a record is made.",
    example: "type Body = (x: float, m: float)\nprint(Body(x: 1.0, x: 2.0, m: 2.0))\n", fixed: "type Body = (x: float, m: float)\nprint(Body(x: 1.0, m: 2.0))\n",
  },
  [CODES.duplicateType]: {
    title: "a record type declared twice, or named like something else",
    text: "A record type's name starts with a capital letter and belongs to it alone: not to another record type, a function of the program or a block.",
    example: "type Body = (x: float)\ntype Body = (m: float)\nprint(Body(1.0))\n", fixed: "type Body = (x: float)\ntype Mass = (m: float)\nprint(Body(1.0))\n",
  },
  [CODES.recursiveRecord]: {
    title: "a record that holds itself",
    text: "A record's fields cannot hold a record of its own type, directly, in an array or an optional, or through another record: Ideo has no recursive types (a record type is spelled out whole wherever it crosses, to JS too, and one that held itself would have no end). Keep the records in one array and hold indexes into it (`children: [int]`).",
    example: "type Node = (v: int, kids: [Node])\nprint(1)\n", fixed: "type Node = (v: int, kids: [int])\nprint(1)\n",
  },
  [CODES.hostMissing]: {
    title: "a host function the host does not pass",
    text: "A function declared with `extern` is JS the host passes when it loads the module: `load(src, { imports: { name: fn } })`, or `instantiate({ imports })` from an `ideo build --js` wrapper. Loading without it fails at once, naming the declaration, rather than at the first call; `ideo run` passes none, so it refuses a program that declares one. Pass the function, or write it in Ideo.",
  },
  [CODES.empty]: {
    title: "an empty program",
    text: "The file holds no function and no statement.",
    example: "# nothing yet\n", fixed: "print(1)\n",
  },
  [CODES.unusedValue]: {
    title: "a block's result computed and dropped",
    text: "Blocks return new values and change nothing: `xs.sort` alone leaves xs as it was. Keep the result (`xs = xs.sort`), as the fix does.",
    example: "fn main\n  xs = [3, 1]\n  xs.sort\n  print(xs)\n", fixed: "fn main\n  xs = [3, 1]\n  xs = xs.sort\n  print(xs)\n",
  },
  [CODES.guessedParam]: {
    title: "a parameter compiled for a guessed type",
    text: "Its use fits a string and an array alike (or it is a value with fields nothing types): the module is compiled for an array (a tuple), and `load()` compiles the function again for what a JS caller passes. Only `ideo build` reports it, since bytes used without their source keep the first compile. Annotate the parameter (`s: str`) to fix the type.",
  },
  [CODES.selfCall]: {
    title: "a function that calls itself on every path",
    text: "Nothing stops the recursion, so the call never returns and the stack overflows. Often the function is named like a block and meant the block: inside it, `x.name` is the block and `name(x)` the function itself (docs/language.md, \"Names and blocks\"); the fix writes the method form.",
    example: "median(l) = median(l.sort) * 2\n", fixed: "median(l) = l.sort.median * 2\n",
  },
  [CODES.annotation]: {
    title: "an annotation inference already gives",
    text: "Checking the program without it gives every function the same signature: the annotation only costs tokens. A parameter whose type inference leaves open compiles with its default, and `load()` compiles it again for other argument types.",
    example: "double(xs: [int]) = xs.map(_ * 2)\nfn main\n  print(double([1]))\n", fixed: "double(xs) = xs.map(_ * 2)\nfn main\n  print(double([1]))\n",
  },
  [CODES.trailingReturn]: {
    title: "a body ends with more than its value",
    text: "A body's last expression is its result, so a final `return` is a word to leave out; a variable set only to be given back can be the value itself.",
    example: "fn f(x)\n  y = x * 2\n  return y\n", fixed: "f(x) = x * 2\n",
  },
  [CODES.loopBlock]: {
    title: "a loop that one block call replaces",
    text: "The loop builds an array or folds one into a value the way `map`, `filter`, `sum`, `count`, `any`, `all` or a comprehension does; the fix writes that call.",
    example: "fn evens(xs)\n  out = []\n  for x in xs\n    if x % 2 == 0: out += [x]\n  out\n", fixed: "evens(xs) = xs.filter(_ % 2 == 0)\n",
  },
  [CODES.oneLine]: {
    title: "a body that fits one line",
    text: "An indented body of one expression reads as well as `name(params) = expr`, which costs fewer tokens.",
    example: "fn area(w, h)\n  w * h / 2\n", fixed: "area(w, h) = w * h / 2\n",
  },
  [CODES.tacit]: {
    title: "parameters `_` can stand for",
    text: "A one-line definition that reads each parameter once, and not inside a lambda, can leave their names out: `_` is a lone parameter, `_1`, `_2`, … the parameters in order. The fix is offered only when checking the program with it gives every function the same signature.",
    example: "total(xs) = xs.map(_.len).sum\ngap(a, b) = abs(a - b)\n", fixed: "total = _.map(_.len).sum\ngap = abs(_1 - _2)\n",
  },
  [CODES.idiom]: {
    title: "a spelled-out form one block says",
    text: "`s[::-1]` is `s.reverse`, `xs.join(\"\")` is `xs.join`, `n % 2 == 0` is `n.even` and `n % 2 != 0` (or `== 1`) is `n.odd`, by the blocks' definitions (modulo floors, so -3 is odd either way). The fix is offered only when checking the program with it gives every function the same signature.",
    example: "pal(s: str) = s == s[::-1]\nevens(xs) = xs.count(_ % 2 == 0)\n", fixed: "pal(s: str) = s == s.reverse\nevens(xs) = xs.count(_.even)\n",
  },
  E9000: {
    title: "an internal compiler error",
    text: "The compiler failed on this program: that is a bug in Ideo, not in the program. Please report it with the program that caused it.",
  },
};

export function explanation(code: string): Explanation | undefined {
  return EXPLANATIONS[code.toUpperCase()];
}

/** What each runtime fault means and what to do about it. The message names the fault and the
 *  source position it happened at (docs/language.md, "Runtime faults"). */
export const FAULT_EXPLANATIONS: Record<FaultName, string> = {
  index: "An index past either end of an array or string: `xs[i]` takes -xs.len <= i < xs.len. Check the length first, or take `first`, `last` or a slice, which handle the ends.",
  divzero: "`//` or `%` by zero (`0` or `0.0`). Test the divisor first; `/` on floats gives inf or nan instead.",
  empty: "A block that needs at least one element (`min`, `max`, `first`, `mean`, `find` without a match…) was given none. Test `xs.len` first, or give a default.",
  argument: "A block or `range` got an argument outside what it takes: a step of 0, a negative count or shift. The position is the call.",
  memory: "The program's memory would grow past its limit: wasm32's 4 GiB, or what the host allows: `maxMemory` in load(), `ideo run --max-memory` (default 1024 MB), 1 GiB in the eval workers and the MCP server (at most half of its `--max-memory`). Usually a value that grows on every turn of a loop that does not end. The position is the allocation that did not fit.",
  overflow: "A block's integer result does not fit 64 bits (the operators `+ - * **` wrap instead).",
  stack: "Recursion deeper than the engine's stack: usually a recursive function whose base case is never reached. The position is a call on the way down; write the recursion as a loop, or recurse on halves instead of one less.",
  key: "`m[k]` with a key the map does not have. Test `k in m` first, or read `get(m, k, default)`.",
  type: "An `any` was used as a kind of value it does not hold: `.int` of one holding a string, an index into a number, `len` of a bool. Test its kind first (`x.isint`, `x.islist`, `x.type`).",
  fuel: "The call did more work than its budget allows, a runaway loop or recursion most often. Each loop turn and each call of a recursive function costs 1, each element (or string byte, or map entry) given to a block 8 (not to one that reads only a part, such as `len`, `get`, `first` or `bsearch`), and each 8 bytes a call allocates 1; a counted loop (`for x in xs`, `for i in range(n)` with no break or return) takes its whole count when it starts. The position is the loop, the recursive function or the call that spent the last of it. Budgets: `fuel` in load() (none by default), `ideo run --fuel` (default 1,000,000,000; 0 for none), `ideo mcp --fuel`, and the same default in the eval workers.",
};

/** The fault a message names (`out of fuel`, or a whole line like `error: out of fuel at f.ideo:3:5`). */
export function faultExplanation(message: string): { fault: FaultName; message: string; text: string } | undefined {
  const m = message.trim().replace(/^error:\s*/i, "").toLowerCase();
  for (const [name, f] of Object.entries(FAULTS) as [FaultName, { message: string }][]) {
    if (m === f.message || m.startsWith(`${f.message} at `) || m.startsWith(`${f.message} near `)) return { fault: name, message: f.message, text: FAULT_EXPLANATIONS[name] };
  }
  return undefined;
}
