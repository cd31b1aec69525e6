// The runtime module `rt`, always linked: its source is several files under runtime/, joined into one
// module so each can call the others' functions. rt.wat (allocator, regions, faults, strings, arrays,
// arithmetic) comes first for its imports; maps.wat and text.wat (the string builder, print) are
// the rest of what compiled code and the JS host call; any.wat (mixed values) is joined last.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { RUNTIME_DIR } from "../paths.js";

/** What Ideo code written for the standard library (stdlib/) may call: every part but any.wat. */
export const RUNTIME_CORE = ["rt.wat", "maps.wat", "text.wat"];
const RUNTIME_ALL = [...RUNTIME_CORE, "any.wat"];

/** The module text of the runtime's files joined: each file's body, inside one `(module …)`. */
export function runtimeWat(files = RUNTIME_ALL): string {
  const body = (wat: string) => wat.slice(wat.indexOf("(module") + "(module".length, wat.lastIndexOf(")"));
  return `(module${files.map((f) => body(readFileSync(join(RUNTIME_DIR, f), "utf8"))).join("")})\n`;
}
