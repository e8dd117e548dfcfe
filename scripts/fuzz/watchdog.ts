import { Worker } from "node:worker_threads";

export interface Watchdog {
  /** Marks the start of a task; if it has not ended within the limit, the process is killed. */
  readonly start: (label: string) => void;
  readonly end: () => void;
  readonly stop: () => Promise<number>;
}

/**
 * A check from another thread that no task runs past its limit. A timer in
 * this thread cannot fire while a task loops without yielding, so a thread of
 * its own watches, writes which task hung straight to stderr and kills the
 * process.
 */
export function startWatchdog(limitMs: number): Watchdog {
  const worker = new Worker(
    `
    const { parentPort } = require("node:worker_threads");
    const { writeSync } = require("node:fs");
    let current;
    parentPort.on("message", (label) => {
      current = label === null ? undefined : { label, since: Date.now() };
    });
    setInterval(() => {
      if (current && Date.now() - current.since > ${limitMs}) {
        writeSync(2, "\\nHung for more than ${limitMs / 1000} s, and stopped: " + current.label + "\\n");
        process.kill(process.pid, "SIGKILL");
      }
    }, 500);
    `,
    { eval: true },
  );
  worker.unref();
  return {
    start: (label) => worker.postMessage(label),
    end: () => worker.postMessage(null),
    stop: () => worker.terminate(),
  };
}
