// A sandbox worker for tests/sandbox.test.ts: each job sleeps job.ms, then says when it ran and in
// which thread.
import { threadId } from "node:worker_threads";
import { serve } from "../../dist/cli/sandbox.js";

serve(async (job) => {
  const start = Date.now();
  await new Promise((done) => setTimeout(done, job.ms));
  return { start, end: Date.now(), thread: threadId };
});
