/**
 * A pool of worker threads (piscina) that fails as the build's other steps do: with a message that
 * says which threads failed and how to build without them. A thread that dies while it holds no
 * task (its module failed to load, say) makes piscina emit `'error'`, which with no listener ends
 * the process with a bare stack; and piscina would start a new thread that fails the same way.
 * Here the first such error stops the pool, and every task after it is refused with that error.
 * A task's own exception rejects its promise unchanged.
 */
import { Piscina } from "piscina";

/** What the threads are, for messages: "the recap threads (src/integrations/recapThreads.ts)". */
export interface ThreadPoolName {
  what: string;
  /** How to build without them, when there is a way. */
  without?: string;
}

/** A running pool: `run` a task, `close` when done. */
export interface ThreadPool {
  run<T>(task: unknown): Promise<T>;
  close(): Promise<void>;
  /** The error that says a thread of this pool failed with `error`, naming the pool and the way without it. */
  failure(error: unknown): Error;
}

/** At most this many threads per pool by default: each holds its own heap. Measured on two cores only. */
export const MAX_THREADS = 4;

/** Starts a piscina pool with these options; `name` goes into the error of a failed thread. */
export function startThreadPool(name: ThreadPoolName, options: ConstructorParameters<typeof Piscina>[0]): ThreadPool {
  const pool = new Piscina(options);
  let stopped: Error | undefined;
  const failure = (error: unknown) => new Error(`${name.what} stopped: a thread failed: ${error instanceof Error ? error.message : String(error)}${name.without ? `. ${name.without}` : ""}`, { cause: error });
  pool.on("error", (error: unknown) => {
    if (stopped) return;
    stopped = failure(error);
    void pool.destroy();
  });
  return {
    run: <T>(task: unknown) => (stopped ? Promise.reject(stopped) : (pool.run(task) as Promise<T>)),
    close: () => pool.destroy(),
    failure,
  };
}
