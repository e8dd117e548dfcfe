import { useCallback, useSyncExternalStore } from "react";

function subscribe(onChange: () => void) {
  document.addEventListener("fullscreenchange", onChange);
  return () => document.removeEventListener("fullscreenchange", onChange);
}

const isFullScreen = () =>
  document.fullscreenElement !== null && document.fullscreenElement !== undefined;

/** Whether the page fills the screen, and a toggle; undefined where the browser cannot. */
export function useFullScreen(): {
  readonly on: boolean;
  readonly toggle: (() => void) | undefined;
} {
  const on = useSyncExternalStore(subscribe, isFullScreen, () => false);
  const toggle = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen();
  }, []);
  return { on, toggle: document.fullscreenEnabled ? toggle : undefined };
}
