import { useId } from "react";
import type { AnalogyRole } from "../../data/format/schema";
import { TIMELINE_TEXT } from "../../i18n/timeline";
import { useEchoes, useEchoesActions } from "../../store/EchoesProvider";
import { selectAlignRoleId, selectMode } from "../../store/selectors";

const TEXT = TIMELINE_TEXT.controls;

/**
 * The role the aligned axis counts from. It stays in its place in the other
 * modes, unavailable, so that the toolbar does not move when the mode changes.
 */
export function DayZeroSelect({ roles }: { readonly roles: readonly AnalogyRole[] }) {
  const mode = useEchoes(selectMode);
  const alignRoleId = useEchoes(selectAlignRoleId);
  const { setAlignRole, highlightRole } = useEchoesActions();
  const id = useId();
  if (roles.length === 0) return null;
  const aligned = mode === "aligned";
  return (
    <div className="echoes-controls__role">
      <label htmlFor={id}>{TEXT.dayZero}</label>
      <select
        id={id}
        value={alignRoleId ?? ""}
        disabled={!aligned}
        title={aligned ? undefined : TEXT.dayZeroOnlyAligned}
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
  );
}
