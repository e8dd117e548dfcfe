import { type PointerEvent, useRef } from "react";

/** How far a finger pulls the sheet down before it lets go of it. */
const CLOSE_AFTER_PX = 60;

/** Pointer handlers for a handle that closes what it belongs to when pulled down far enough. */
export function useSwipeDown(onClose: () => void) {
  const startY = useRef<number | undefined>(undefined);
  return {
    onPointerDown: (event: PointerEvent<HTMLElement>) => {
      startY.current = event.clientY;
      event.currentTarget.setPointerCapture?.(event.pointerId);
    },
    onPointerMove: (event: PointerEvent<HTMLElement>) => {
      if (startY.current === undefined) return;
      if (event.clientY - startY.current >= CLOSE_AFTER_PX) {
        startY.current = undefined;
        onClose();
      }
    },
    onPointerUp: () => {
      startY.current = undefined;
    },
    onPointerCancel: () => {
      startY.current = undefined;
    },
  };
}
