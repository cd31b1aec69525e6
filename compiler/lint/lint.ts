// Lints: warnings, after the checker, that point to a shorter or a working form, each with a
// machine-applicable fix (`ideo fix` applies them). W0003 (a function that calls itself on every
// path) is a bug and always runs; the style lints — W0004 an annotation inference already gives,
// W0005 a trailing `return` (or a variable set only to be given back), W0006 a loop one block call
// replaces, W0007 an indented body that fits on one line, W0008 parameters `_` can stand for, W0009 a spelled-out form one block says — run where a person or a model
// reads the diagnostics (`ideo check`, `ideo fix`, the MCP check tool, the eval loop), not on every run.
import type { Program } from "../syntax/ast.js";
import type { Diagnostic } from "../diagnostics.js";
import type { Registry } from "../blocks/registry.js";
import type { Checked } from "../check/checked.js";
import { selfCalls } from "./recursion.js";
import { trailingReturns } from "./returns.js";
import { redundantAnnotations } from "./annotations.js";
import type { Recheck } from "./recheck.js";
import { loopsAsBlocks } from "./loops.js";
import { oneLineFunctions } from "./oneline.js";
import { tacitDefinitions } from "./tacit.js";
import { blockIdioms } from "./idioms.js";

export interface LintOptions {
  /** Run the style lints too. */
  style: boolean;
  /** Check a changed source again (for W0004, W0008 and W0009); without it, none is looked for. */
  recheck?: Recheck;
}

export function lint(source: string, program: Program, checked: Checked, registry: Registry, options: LintOptions): Diagnostic[] {
  const found = selfCalls(source, checked, registry);
  if (!options.style || checked.diagnostics.some((d) => d.severity === "error")) return found;
  const fns = program.fns.filter((f) => checked.fns.get(f.name)?.decl === f);
  return [
    ...found,
    ...trailingReturns(source, fns),
    ...oneLineFunctions(source, fns),
    ...loopsAsBlocks(source, fns, checked, registry),
    ...(options.recheck ? redundantAnnotations(source, fns, checked, options.recheck) : []),
    ...(options.recheck ? tacitDefinitions(source, fns, checked, options.recheck) : []),
    ...(options.recheck ? blockIdioms(source, fns, checked, options.recheck) : []),
  ];
}
