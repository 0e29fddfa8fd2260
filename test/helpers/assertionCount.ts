import { afterAll } from "vitest";

/**
 * Counts the `expect(...)` calls a test file executes, for the suite's closing summary
 * (test/helpers/summaryReporter.ts prints the total): the figure that shows a faster suite still
 * checks as much. A setup file of both projects (vitest.config.ts).
 *
 * How: vitest keeps each `expect`'s state (`assertionCalls`) in one WeakMap on globalThis and
 * writes it back through that map's `set` on every `expect(...)` call (+1) and at each test's
 * start (0). Counting the `set` calls that raise an `expect`'s figure by exactly one counts every
 * call, also in `describe.concurrent` tests, where the test's start resets the shared figure of the
 * global `expect` under a test still running (its next call then goes 0 -> 1, still +1). Calls in
 * `beforeAll`/`afterAll` hooks count too: they are assertions the file executes.
 */
const MATCHERS_OBJECT = Symbol.for("matchers-object");
const PATCHED = Symbol.for("benchdigest.assertionCount");

interface Counter {
  calls: number;
}
const registry = globalThis as unknown as Record<symbol, unknown>;
const states = registry[MATCHERS_OBJECT] as WeakMap<object, { assertionCalls?: number }> | undefined;
if (states && !registry[PATCHED]) {
  const counter: Counter = { calls: 0 };
  const last = new WeakMap<object, number>();
  const set = states.set.bind(states);
  states.set = (key, state) => {
    const now = state?.assertionCalls;
    if (typeof now === "number") {
      if (now === (last.get(key) ?? 0) + 1) counter.calls++;
      last.set(key, now);
    }
    return set(key, state);
  };
  registry[PATCHED] = counter;
}
const counter = registry[PATCHED] as Counter | undefined;
const start = counter?.calls ?? 0;

// Hooks registered here run last (vitest runs after-hooks in reverse order), after the file's own.
// eslint-disable-next-line no-empty-pattern -- vitest passes the file task second and requires a destructured first argument
afterAll(({}, file) => {
  if (counter) file.meta.assertions = counter.calls - start;
});

declare module "vitest" {
  interface TaskMeta {
    /** `expect(...)` calls the test file executed (test/helpers/assertionCount.ts). */
    assertions?: number;
  }
}
