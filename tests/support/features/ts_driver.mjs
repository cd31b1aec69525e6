// Run one transpiled TypeScript feature: import FILE, call NAME(...args) for each case read from
// stdin as JSON (a list of argument lists), print a JSON list of {ok: result} or {error: message}.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [file, name] = process.argv.slice(2);
const fn = (await import(pathToFileURL(file).href))[name];
const results = JSON.parse(readFileSync(0, "utf8")).map((args) => {
  try {
    return { ok: fn(...args) };
  } catch (e) {
    return { error: String(e) };
  }
});
process.stdout.write(JSON.stringify(results));
