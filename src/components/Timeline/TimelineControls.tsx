import { type ReactNode, useId } from "react";
import type { AnalogyRole } from "../../data/format/schema";
import { TIMELINE_TEXT } from "../../i18n/timeline";
import { useEchoes, useEchoesActions } from "../../store/EchoesProvider";
import { selectMode } from "../../store/selectors";
import { TIME_MODES } from "../../timeline/laneModels";
import { DayZeroSelect } from "./DayZeroSelect";
import type { ZoomControls } from "./useZoomBehavior";

export interface TimelineControlsProps {
  readonly roles: readonly AnalogyRole[];
  readonly zoom: ZoomControls | undefined;
  /** On a phone: the time axis and Fit all only; the rest is in the page's menu, and fingers zoom. */
  readonly compact?: boolean;
  /** More controls at the end of the row: the Share menu. */
  readonly children?: ReactNode;
}

const TEXT = TIMELINE_TEXT.controls;

/** One row above the chart: the time axis, the day-0 role and the zoom buttons, with room for more. */
export function TimelineControls({
  roles,
  zoom,
  compact = false,
  children,
}: TimelineControlsProps) {
  const mode = useEchoes(selectMode);
  const { setMode } = useEchoesActions();
  const groupName = useId();
  // With no analogy role there is nothing to align on: the aligned axis is not offered.
  const modes =
    roles.length > 0 ? TIME_MODES : TIME_MODES.filter((candidate) => candidate !== "aligned");
  return (
    <div className={`echoes-controls${compact ? " is-compact" : ""}`}>
      <fieldset className="echoes-segmented">
        <legend className={compact ? "echoes-visually-hidden" : undefined}>{TEXT.timeAxis}</legend>
        {modes.map((candidate) => (
          <label key={candidate} title={TEXT.modeHints[candidate]}>
            <input
              type="radio"
              name={groupName}
              value={candidate}
              checked={mode === candidate}
              onChange={() => setMode(candidate)}
            />
            <span>{TEXT.modes[candidate]}</span>
          </label>
        ))}
      </fieldset>
      {compact ? null : <DayZeroSelect roles={roles} />}
      <div className="echoes-controls__zoom" role="group" aria-label={TEXT.zoom}>
        {compact ? null : (
          <>
            <button
              type="button"
              className="echoes-button"
              aria-label={TEXT.zoomIn}
              onClick={() => zoom?.zoomBy(1.5)}
            >
              +
            </button>
            <button
              type="button"
              className="echoes-button"
              aria-label={TEXT.zoomOut}
              onClick={() => zoom?.zoomBy(1 / 1.5)}
            >
              −
            </button>
          </>
        )}
        <button type="button" className="echoes-button" onClick={() => zoom?.fit()}>
          {TEXT.fitAll}
        </button>
      </div>
      {children}
    </div>
  );
}
