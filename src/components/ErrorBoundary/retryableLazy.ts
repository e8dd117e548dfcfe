import { type ComponentType, createElement, type LazyExoticComponent, lazy, useState } from "react";

/** Starts afresh every load that has failed since the last retry. */
const failedLoads = new Set<() => void>();

/** Lets every part whose code could not be fetched try again when next drawn. */
export function retryFailedLoads(): void {
  const resets = [...failedLoads];
  failedLoads.clear();
  for (const reset of resets) reset();
}

/** A part whose code loads when it is first drawn, or earlier when asked to. */
export type LazyPart<P extends object> = ComponentType<P> & {
  /** Fetches the part's code now; resolves once a part drawn from then on needs no waiting. */
  readonly preload: () => Promise<void>;
};

/**
 * React's `lazy`, but a part whose code failed to load (a dropped connection, a deploy) can be
 * loaded again: React keeps a lazy component's failure for good, so **Try again** would only
 * show it again. The retry waits for `retryFailedLoads`, so that a failure is never retried in
 * a loop while the network is down.
 *
 * A part whose code is already in when it mounts is drawn directly, without suspending: React
 * holds back what a suspended part reveals for up to 300 ms after its fallback, far longer than
 * a preloaded part takes to draw.
 */
export function retryableLazy<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): LazyPart<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const loadOnce = () => {
    loading ??= load().then(
      (module) => {
        loaded = module.default;
        return module.default;
      },
      (error: unknown) => {
        loading = undefined;
        failedLoads.add(reset);
        throw error;
      },
    );
    return loading;
  };
  let current: LazyExoticComponent<ComponentType<P>>;
  const reset = () => {
    current = lazy(async () => ({ default: await loadOnce() }));
  };
  reset();
  // biome-ignore lint/correctness/noComponentHookFactories: made once per part at module level, as React.lazy makes its component
  function RetryableLazy(props: P) {
    // Chosen once per mount: changing from the lazy wrapper to the part itself would remount it.
    const [ready] = useState(() => loaded);
    return createElement(ready ?? current, props);
  }
  return Object.assign(RetryableLazy, {
    preload: () => loadOnce().then(() => {}),
  });
}
