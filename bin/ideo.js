#!/usr/bin/env node
// The `ideo` command: the CLI bundled by `npm run build` (scripts/bundle.ts; `npm install` builds it in a
// clone through prepare, and the npm package ships it built).
import("../dist/bundle/ideo.js").catch((e) => {
  if (e && e.code === "ERR_MODULE_NOT_FOUND" && String(e.message).includes("dist/bundle")) {
    console.error("ideo is not built: run `npm install` (or `npm run build`) in the project folder");
    process.exit(2);
  }
  throw e;
});
