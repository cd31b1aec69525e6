// The JS host bundled from its sources: what build-host.ts writes to build/host.js, and what the
// tests compare that file with, so a wrapper never carries a host older than load()'s.
import { build } from "esbuild";
import { join } from "node:path";
import { ROOT } from "../compiler/paths.js";

export async function bundleHost(): Promise<string> {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [join(ROOT, "compiler", "host", "bundle.ts")],
    bundle: true,
    write: false,
    format: "iife",
    globalName: "IdeoHost",
    platform: "neutral",
    target: "es2022",
    legalComments: "none",
    logLevel: "warning",
  });
  return result.outputFiles[0].text;
}
