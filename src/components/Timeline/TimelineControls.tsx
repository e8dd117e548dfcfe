import { type ReactNode, useId } from "react";
import type { AnalogyRole } from "../../data/schema";
import { TIMELINE_TEXT } from "../../i18n/timeline";
import type { EchoesState } from "../../store/createEchoesStore";
import { useEchoes } from "../../store/EchoesProvider";
import { selectMode } from "../../store/selectors";
import { TIME_MODES } from "../../timeline/laneModels";
import type { ZoomControls } from "./useZoomBehavior";

export interface TimelineControlsProps {
  readonly roles: readonly AnalogyRole[];
  readonly alignRoleId: string | undefined;
  readonly zoom: ZoomControls | undefined;
  /** More controls at the end of the row: sharing and export. */
  readonly children?: ReactNode;
}

const TEXT = TIMELINE_TEXT.controls;
const selectSetMode = (state: EchoesState) => state.setMode;
const selectSetAlignRole = (state: EchoesState) => state.setAlignRole;
const selectHighlightRole = (state: EchoesState) => state.highlightRole;

/** The time axis (mode and aligned role) and the zoom buttons, with room for more. */
export function TimelineControls({ roles, alignRoleId, zoom, children }: TimelineControlsProps) {
  const mode = useEchoes(selectMode);
  const setMode = useEchoes(selectSetMode);
  const setAlignRole = useEchoes(selectSetAlignRole);
  const highlightRole = useEchoes(selectHighlightRole);
  const roleSelectId = useId();
  // With no analogy role there is nothing to align on: the aligned axis is not offered.
  const modes =
    roles.length > 0 ? TIME_MODES : TIME_MODES.filter((candidate) => candidate !== "aligned");
  return (
    <div className="echoes-controls">
      <fieldset className="echoes-segmented">
        <legend>{TEXT.timeAxis}</legend>
        {modes.map((candidate) => (
          <label key={candidate} title={TEXT.modeHints[candidate]}>
            <input
              type="radio"
              name={`${roleSelectId}-mode`}
              value={candidate}
              checked={mode === candidate}
              onChange={() => setMode(candidate)}
            />
            <span>{TEXT.modes[candidate]}</span>
          </label>
        ))}
      </fieldset>
      {/* The role matters only to the aligned axis; elsewhere the role chips light roles up. */}
      {roles.length > 0 && mode === "aligned" ? (
        <div className="echoes-controls__role">
          <label htmlFor={roleSelectId}>{TEXT.dayZero}</label>
          <select
            id={roleSelectId}
            value={alignRoleId ?? ""}
            onChange={(event) => setAlignRole(event.target.value)}
            onFocus={() => highlightRole(alignRoleId)}
            onBlur={() => highlightRole(undefined)}
          >
            {roles.map((role) => (
              <option key={role.id} value={role.id}>
                {role.label}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="echoes-controls__zoom" role="group" aria-label={TEXT.zoom}>
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
        <button type="button" className="echoes-button" onClick={() => zoom?.fit()}>
          {TEXT.fitAll}
        </button>
      </div>
      {children}
    </div>
  );
}
