import { EMPTY_VIEW_TEXT } from "../../i18n/overview";

export interface EmptyViewNoticeProps {
  /** Pans to the events nearest the view's centre, at the same zoom (see nearestEventsZoom). */
  readonly onShowNearest: () => void;
  readonly onFitAll: () => void;
}

/**
 * Said over the chart when its view shows no event, as after a click on an
 * empty stretch of time, with the two ways back to the events.
 */
export function EmptyViewNotice({ onShowNearest, onFitAll }: EmptyViewNoticeProps) {
  const text = EMPTY_VIEW_TEXT;
  return (
    <div className="echoes-empty-view" role="status">
      <p className="echoes-empty-view__message">{text.message}</p>
      <div className="echoes-empty-view__actions">
        <button type="button" className="echoes-button echoes-chip" onClick={onShowNearest}>
          {text.showNearest}
        </button>
        <button type="button" className="echoes-button echoes-chip" onClick={onFitAll}>
          {text.fitAll}
        </button>
      </div>
    </div>
  );
}
