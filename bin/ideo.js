#!/usr/bin/env node
// The `ideo` command; the CLI itself is compiled to dist/ by `npm install` (prepare).
import("../dist/cli/ideo.js").catch((e) => {
  if (e && e.code === "ERR_MODULE_NOT_FOUND") {
    console.error("ideo is not built: run `npm install` (or `npm run build`) in the project folder");
    process.exit(2);
  }
  throw e;
});
