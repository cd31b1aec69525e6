// A module for WASI (`ideo build --wasi`): the linker puts the shim (runtime/wasi.wat) where the
// runtime imports from the JS host; this file adds what the shim reads from the program — the texts
// a fault prints, made from the fault table and the program's file names, so they say what `ideo run`
// says — and `_start`, the entry a WASI host calls, which runs main.
import type { Binaryen, Module } from "../binaryen.js";
import { FAULTS, faultByCode, placeWord } from "../faults.js";

/** The shim's texts (env_fault in runtime/wasi.wat reads this layout; numbers are i32, texts are
 *  offsets from the start to strings laid out as the runtime's, [length][0][bytes]):
 *  [N = the highest fault code][prefix], then for codes 0 (unknown) to N [message][word before the
 *  place], then [number of files] and for each [first line][name]. */
export function faultTexts(files: { file: string; line: number }[]): Uint8Array {
  const n = Math.max(...Object.values(FAULTS).map((f) => f.code));
  const words: (number | string)[] = [n, "error: "]; // as `ideo run` prints a fault (cli/ideo.ts)
  for (let code = 0; code <= n; code++) words.push(code ? faultByCode(code).message : "fault ", ` ${placeWord(code)} `);
  words.push(files.length, ...files.flatMap((f) => [f.line, f.file]));
  // the words first, then the strings they refer to
  const enc = new TextEncoder();
  const strings = words.filter((w): w is string => typeof w === "string").map((w) => enc.encode(w));
  const size = strings.reduce((at, b) => at + 8 + ((b.length + 3) & ~3), words.length * 4);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  let at = words.length * 4, k = 0;
  words.forEach((w, i) => {
    if (typeof w === "number") { view.setInt32(i * 4, w, true); return; }
    const bytes = strings[k++];
    view.setInt32(i * 4, at, true);
    view.setInt32(at, bytes.length, true);
    out.set(bytes, at + 8);
    at += 8 + ((bytes.length + 3) & ~3);
  });
  return out;
}

/** `_start`: calls main (`fn_main`), with the command-line arguments when it takes them, and drops
 *  its result; returning from it ends the program with exit code 0. */
export function addStart(b: Binaryen, m: Module, takesArgs: boolean, result: number): void {
  const call = m.call("fn_main", takesArgs ? [m.call("wasi_args", [], b.i32)] : [], result);
  m.addFunction("_start", b.none, b.none, [], result === b.none ? call : m.drop(call));
  m.addFunctionExport("_start", "_start");
}
