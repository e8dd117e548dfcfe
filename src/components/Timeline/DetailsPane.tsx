import { type ReactNode, Suspense, useEffect, useRef } from "react";
import { useEchoes } from "../../store/EchoesProvider";
import { selectSelectedRef } from "../../store/selectors";
import { retryableLazy } from "../ErrorBoundary/retryableLazy";

// A phone's sheet, with its gestures and focus, loads only on a phone.
const DetailsSheet = retryableLazy(() => import("./DetailsSheet"));

export interface DetailsPaneProps {
  readonly id: string;
  /** On a phone: the details rise over the page's foot as a sheet (see DetailsSheet). */
  readonly sheet: boolean;
  readonly children: ReactNode;
}

/** Where the selected event's details are shown: at the top of the side panel, at their start for each new event. */
export function DetailsPane({ id, sheet, children }: DetailsPaneProps) {
  const selectedRef = useEchoes(selectSelectedRef);
  const paneRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (selectedRef && paneRef.current) paneRef.current.scrollTop = 0;
  }, [selectedRef]);

  const pane = (
    <div
      ref={paneRef}
      id={id}
      tabIndex={-1}
      className={`echoes-details-pane${sheet ? " is-sheet" : ""}`}
    >
      {children}
    </div>
  );
  if (!sheet) return pane;
  return (
    <Suspense fallback={pane}>
      <DetailsSheet id={id}>{children}</DetailsSheet>
    </Suspense>
  );
}
