import { type ComponentType, createElement, type LazyExoticComponent, lazy } from "react";

/** Starts afresh every load that has failed since the last retry. */
const failedLoads = new Set<() => void>();

/** Lets every part whose code could not be fetched try again when next drawn. */
export function retryFailedLoads(): void {
  const resets = [...failedLoads];
  failedLoads.clear();
  for (const reset of resets) reset();
}

/**
 * React's `lazy`, but a part whose code failed to load (a dropped connection, a deploy) can be
 * loaded again: React keeps a lazy component's failure for good, so **Try again** would only
 * show it again. The retry waits for `retryFailedLoads`, so that a failure is never retried in
 * a loop while the network is down.
 */
export function retryableLazy<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): ComponentType<P> {
  let current: LazyExoticComponent<ComponentType<P>>;
  const reset = () => {
    current = lazy(() =>
      load().catch((error: unknown) => {
        failedLoads.add(reset);
        throw error;
      }),
    );
  };
  reset();
  // biome-ignore lint/correctness/noComponentHookFactories: made once per part at module level, as React.lazy makes its component
  return function RetryableLazy(props: P) {
    return createElement(current, props);
  };
}
