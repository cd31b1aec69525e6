// Build step: bundles the JS host (compiler/host/bundle.ts and what it imports) into build/host.js,
// one script that defines `IdeoHost`, which `ideo build --js` puts inside every wrapper it writes.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { HOST_BUNDLE } from "../compiler/paths.js";
import { bundleHost } from "./host-bundle.js";

async function main(): Promise<void> {
  const text = await bundleHost();
  mkdirSync(dirname(HOST_BUNDLE), { recursive: true });
  writeFileSync(HOST_BUNDLE, text);
  console.error(`bundled the JS host into build/host.js (${(text.length / 1024).toFixed(1)} KB)`);
}

main().catch((e) => {
  console.error(`host bundle failed: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
