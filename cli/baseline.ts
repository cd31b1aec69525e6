// Binaryen is itself a 10 MB WebAssembly module. In a process that compiles one program, V8's
// optimizing compiler (TurboFan) spends more CPU re-compiling Binaryen's hot functions in the
// background than Binaryen spends on the program (docs/performance.md, "Start-up"). So while
// `ideo run` and `ideo build` compile, WebAssembly stays on V8's baseline compiler (Liftoff); the
// program then runs with V8's defaults. Only the CLI does this, as it owns its process: the library
// leaves a host's V8 flags alone, and long-lived servers (`ideo mcp`) gain from TurboFan.
import { setFlagsFromString } from "node:v8";

export async function withBaselineWasm<T>(work: () => Promise<T>): Promise<T> {
  setFlagsFromString("--liftoff-only");
  try {
    return await work();
  } finally {
    setFlagsFromString("--no-liftoff-only");
  }
}
