import "./DetailsSheet.css";
import { type ReactNode, useEffect, useRef } from "react";
import { TIMELINE_TEXT } from "../../i18n/timeline";
import { useEchoes, useEchoesActions } from "../../store/EchoesProvider";
import { selectSelectedPassage, selectSelectedRef } from "../../store/selectors";
import { useSwipeDown } from "./useSwipeDown";

export interface DetailsSheetProps {
  readonly id: string;
  readonly children: ReactNode;
}

/**
 * The selected event's details on a phone: a sheet that rises over the page's
 * foot when an event is chosen on the chart, takes focus, and gives it back to
 * the event's mark when Close, Escape, a swipe down on its handle or Back
 * closes it. Loaded only on a phone.
 */
export default function DetailsSheet({ id, children }: DetailsSheetProps) {
  const selectedRef = useEchoes(selectSelectedRef);
  // A passage chosen in the article lights its events up on the chart, which the sheet would cover.
  const passagePinned = useEchoes(selectSelectedPassage) !== undefined;
  const open = selectedRef !== undefined && !passagePinned;

  const { selectEvent } = useEchoesActions();
  const paneRef = useRef<HTMLDivElement>(null);
  const shownRef = useRef(selectedRef);
  const swipe = useSwipeDown(() => selectEvent(undefined));

  // Escape closes the sheet as it closes any dialog.
  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || !paneRef.current?.contains(document.activeElement)) return;
      event.preventDefault();
      selectEvent(undefined);
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [open, selectEvent]);

  useEffect(() => {
    const pane = paneRef.current;
    const previous = shownRef.current;
    shownRef.current = selectedRef;
    if (!pane || previous === selectedRef) return;
    pane.scrollTop = 0;
    // Closing unmounts the button that closed it, which leaves focus on the body.
    const focusWasHere =
      pane.contains(document.activeElement) || document.activeElement === document.body;
    if (open) {
      pane.focus({ preventScroll: true });
    } else if (previous && focusWasHere) {
      pane
        .closest(".echoes-timeline")
        ?.querySelector<SVGElement>(`.echoes-mark[data-ref="${CSS.escape(previous)}"]`)
        ?.focus();
    }
  }, [selectedRef, open]);

  return (
    <div
      ref={paneRef}
      id={id}
      tabIndex={-1}
      className={`echoes-details-pane is-sheet${open ? " is-open" : ""}`}
      {...(open ? { role: "dialog", "aria-label": TIMELINE_TEXT.details.label } : {})}
    >
      {open ? <div className="echoes-details-pane__handle" aria-hidden="true" {...swipe} /> : null}
      {children}
    </div>
  );
}
