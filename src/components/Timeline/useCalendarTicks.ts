import { useEffect, useState } from "react";
import type { TimeMode } from "../../timeline/laneModels";
import { calendarTicksLoaded, loadCalendarTicks } from "../../timeline/ticks";

/**
 * Whether the calendar axis's ticks, which come with a module of their own,
 * have arrived; loads them the first time the calendar mode is shown.
 */
export function useCalendarTicks(mode: TimeMode): boolean {
  const [ready, setReady] = useState(calendarTicksLoaded);
  useEffect(() => {
    if (mode !== "calendar" || ready) return;
    let current = true;
    void loadCalendarTicks().then(() => {
      if (current) setReady(true);
    });
    return () => {
      current = false;
    };
  }, [mode, ready]);
  return ready;
}
