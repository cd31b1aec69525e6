// Runtime fault codes, shared by the runtime, the templates, the lowering and the host.
import type { FaultName } from "../blocks/block.js";

export const FAULTS: Record<FaultName, { code: number; message: string }> = {
  index: { code: 1, message: "index out of range" },
  divzero: { code: 2, message: "division by zero" },
  empty: { code: 3, message: "empty input" },
  argument: { code: 4, message: "invalid argument" },
  memory: { code: 5, message: "out of memory" },
  overflow: { code: 6, message: "integer overflow" },
  stack: { code: 7, message: "stack overflow (recursion too deep)" },
  key: { code: 8, message: "key not found" },
  type: { code: 9, message: "wrong kind of value in an any" },
  fuel: { code: 10, message: "out of fuel" },
};

export function faultByCode(code: number): { name: FaultName; message: string } {
  for (const [name, f] of Object.entries(FAULTS)) if (f.code === code) return { name: name as FaultName, message: f.message };
  return { name: "argument", message: `fault ${code}` };
}

/** The word before a fault's place: a stack overflow is found near a call, the others at their operation. */
export const placeWord = (code: number) => (code === FAULTS.stack.code ? "near" : "at");

/** Source locations travel through one i32 global: line in the high bits, column in the low 12. */
export const packLoc = (line: number, col: number) => (Math.min(line, 0x7ffff) << 12) | Math.min(col, 0xfff);
export const unpackLoc = (loc: number) => ({ line: loc >>> 12, col: loc & 0xfff });
