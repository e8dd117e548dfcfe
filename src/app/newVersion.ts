/** What of a service worker registration the watch needs: the worker waiting, and word of a new one. */
export interface UpdatableRegistration {
  readonly waiting: ServiceWorker | null;
  readonly installing: ServiceWorker | null;
  addEventListener(type: "updatefound", listener: () => void): void;
  update(): Promise<unknown>;
}

/**
 * Calls `ready` once a new version of the app is installed and waiting while
 * this page runs the old one. The new worker waits (see vite.config.ts) so that
 * open tabs keep the files they were built with; the reader chooses when to
 * move on. A tab left open asks for a new version whenever it is shown again.
 */
export function watchForNewVersion(
  registration: UpdatableRegistration,
  controlled: () => boolean,
  ready: (worker: ServiceWorker) => void,
  onShown: (check: () => void) => void,
): void {
  let offered = false;
  const offer = (worker: ServiceWorker) => {
    if (offered || !controlled()) return;
    offered = true;
    ready(worker);
  };
  if (registration.waiting) offer(registration.waiting);
  registration.addEventListener("updatefound", () => {
    const installing = registration.installing;
    installing?.addEventListener("statechange", () => {
      if (installing.state === "installed") offer(installing);
    });
  });
  onShown(() => {
    registration.update().catch(() => {});
  });
}

/** Moves to the waiting version: it takes over, and the page reloads at the same address. */
export function moveToNewVersion(worker: ServiceWorker, container: ServiceWorkerContainer): void {
  container.addEventListener("controllerchange", () => window.location.reload(), { once: true });
  worker.postMessage({ type: "SKIP_WAITING" });
}
