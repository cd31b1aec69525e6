// The versions `ideo --version` and the MCP server state: the package's (package.json), the
// language's and the card's (compiler/version.ts).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../compiler/paths.js";
import { CARD_VERSION, LANGUAGE_VERSION } from "../compiler/version.js";

export const PACKAGE_VERSION: string = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version;

export const VERSION_TEXT = `ideo ${PACKAGE_VERSION} (language ${LANGUAGE_VERSION}, card v${CARD_VERSION})`;
