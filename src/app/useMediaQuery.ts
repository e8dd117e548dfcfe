import { useCallback, useSyncExternalStore } from "react";
import { PORTRAIT_PHONE } from "./portraitPhone";

/**
 * A phone held either way: narrow, or short and not wide (740 x 360 in
 * landscape). The page then puts the chart first and folds its tools into a menu.
 */
export const PHONE_SCREEN = "(max-width: 700px), (max-height: 500px) and (max-width: 960px)";

/** Whether the media query matches now, re-rendering when it starts or stops matching. */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia?.(query);
      list?.addEventListener("change", onChange);
      return () => list?.removeEventListener("change", onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia?.(query).matches ?? false,
    () => false,
  );
}

export const usePhoneScreen = () => useMediaQuery(PHONE_SCREEN);

export const usePortraitPhone = () => useMediaQuery(PORTRAIT_PHONE);
