import "./RoleLegend.css";
import type { AnalogyRole } from "../../data/format/schema";
import { TIMELINE_TEXT } from "../../i18n/timeline";
import { useEchoesActions } from "../../store/EchoesProvider";

export interface RoleLegendProps {
  readonly roles: readonly AnalogyRole[];
  readonly alignRoleId: string | undefined;
}

/** The analogy roles: pointing at or focusing one lights up its events in every lane; choosing one aligns on it. */
export function RoleLegend({ roles, alignRoleId }: RoleLegendProps) {
  const { highlightRole, setAlignRole } = useEchoesActions();
  if (roles.length === 0) return null;
  return (
    <fieldset className="echoes-roles">
      <legend>{TIMELINE_TEXT.roles}</legend>
      <div className="echoes-roles__list">
        {roles.map((role) => (
          <button
            key={role.id}
            type="button"
            className="echoes-button echoes-chip"
            aria-pressed={role.id === alignRoleId}
            title={role.description}
            onMouseEnter={() => highlightRole(role.id)}
            onMouseLeave={() => highlightRole(undefined)}
            onFocus={() => highlightRole(role.id)}
            onBlur={() => highlightRole(undefined)}
            onClick={() => setAlignRole(role.id)}
          >
            {role.label}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
