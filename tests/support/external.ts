// Tests that need something from outside the project — the MBPP corpus, gcc, python3, clang,
// chromium — ask here first. Outside CI a missing input skips those tests with one line on stderr
// saying what is missing and how to provide it; in CI (CI=true, as .ci/run sets, and which installs
// them all) a missing input fails, so nothing passes there by skipping.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

export const IN_CI = !!process.env.CI && process.env.CI !== "false" && process.env.CI !== "0";

export interface External {
  /** True when the input is there: run the tests. */
  present: boolean;
  /** Why it is absent and how to provide it, when it is. */
  missing?: string;
}

/** A command on the PATH that answers `command --version` (or the given arguments). */
export function hasCommand(command: string, args = ["--version"]): boolean {
  try {
    execFileSync(command, args, { stdio: "ignore", timeout: 20_000 });
    return true;
  } catch {
    return false;
  }
}

/**
 * Decides whether tests that need an external input run. `what` names the input, `how` says how to
 * provide it. Absent in CI: throws (the test file fails to load, naming the input). Absent
 * elsewhere: prints one line and returns `{ present: false }`, for `describe.skipIf(!x.present)`.
 */
export function requireExternal(what: string, present: boolean, how: string): External {
  if (present) return { present: true };
  const missing = `${what} is missing: ${how}`;
  if (IN_CI) throw new Error(`${missing} (CI=true: .ci/run must provide it)`);
  process.stderr.write(`skipped: ${missing}\n`);
  return { present: false, missing };
}

export function requireCommand(command: string, how: string, args?: string[]): External {
  return requireExternal(`the command '${command}'`, hasCommand(command, args), how);
}

export function requirePath(what: string, path: string, how: string): External {
  return requireExternal(`${what} (${path})`, existsSync(path), how);
}
