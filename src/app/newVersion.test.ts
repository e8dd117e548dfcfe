import { describe, expect, it, vi } from "vitest";
import { type UpdatableRegistration, watchForNewVersion } from "./newVersion";

/** A worker that can be moved through its states, as a browser would. */
function fakeWorker() {
  const target = new EventTarget() as EventTarget & { state: string };
  target.state = "installing";
  return {
    worker: target as unknown as ServiceWorker,
    become(state: string) {
      target.state = state;
      target.dispatchEvent(new Event("statechange"));
    },
  };
}

function fakeRegistration(waiting: ServiceWorker | null = null) {
  const target = new EventTarget();
  const registration = {
    waiting,
    installing: null as ServiceWorker | null,
    addEventListener: (type: string, listener: () => void) =>
      target.addEventListener(type, listener),
    update: vi.fn(async () => undefined),
    found(worker: ServiceWorker) {
      registration.installing = worker;
      target.dispatchEvent(new Event("updatefound"));
    },
  };
  return registration satisfies UpdatableRegistration;
}

describe("watchForNewVersion(registration, controlled, ready, onShown)", () => {
  it("offers a new version once it is installed while the page runs the old one", () => {
    const registration = fakeRegistration();
    const ready = vi.fn();
    watchForNewVersion(
      registration,
      () => true,
      ready,
      () => {},
    );
    const { worker, become } = fakeWorker();
    registration.found(worker);
    become("installing");
    expect(ready).not.toHaveBeenCalled();
    become("installed");
    expect(ready).toHaveBeenCalledWith(worker);
    become("installed");
    expect(ready).toHaveBeenCalledTimes(1);
  });

  it("offers a version already waiting when the page opens", () => {
    const { worker } = fakeWorker();
    const ready = vi.fn();
    watchForNewVersion(
      fakeRegistration(worker),
      () => true,
      ready,
      () => {},
    );
    expect(ready).toHaveBeenCalledWith(worker);
  });

  it("offers nothing on the first install, when no old version runs the page", () => {
    const registration = fakeRegistration();
    const ready = vi.fn();
    watchForNewVersion(
      registration,
      () => false,
      ready,
      () => {},
    );
    const { worker, become } = fakeWorker();
    registration.found(worker);
    become("installed");
    expect(ready).not.toHaveBeenCalled();
  });

  it("asks for a new version whenever the page is shown again", () => {
    const registration = fakeRegistration();
    let shown = () => {};
    watchForNewVersion(
      registration,
      () => true,
      vi.fn(),
      (check) => {
        shown = check;
      },
    );
    expect(registration.update).not.toHaveBeenCalled();
    shown();
    expect(registration.update).toHaveBeenCalledTimes(1);
  });
});
