import { useEffect, useState } from "react";
import { type CalendarTickFunction, loadCalendarTicks } from "../../timeline/ticks";

/**
 * The calendar axis's tick function, which comes with a module of its own:
 * loaded the first time it is wanted, and kept in state, so that its arrival
 * lays out again what is drawn with it.
 */
export function useCalendarTicks(wanted: boolean): CalendarTickFunction | undefined {
  const [calendarTicks, setCalendarTicks] = useState<CalendarTickFunction>();
  useEffect(() => {
    if (!wanted || calendarTicks) return;
    let current = true;
    void loadCalendarTicks().then((loaded) => {
      // Wrapped: a function handed to a state setter is taken for an updater and called.
      if (current) setCalendarTicks(() => loaded);
    });
    return () => {
      current = false;
    };
  }, [wanted, calendarTicks]);
  return calendarTicks;
}
