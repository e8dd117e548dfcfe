import type { ReactNode } from "react";

export interface ListButtonProps {
  /** Shown read-only, the details offer no changes: the button is left out rather than disabled. */
  readonly readOnly: boolean;
  readonly onClick: () => void;
  readonly children: ReactNode;
}

/** A small button that adds an item to a list of an event's details, or removes one. */
export function ListButton({ readOnly, onClick, children }: ListButtonProps) {
  return readOnly ? null : (
    <button type="button" className="echoes-button echoes-event-grid__small" onClick={onClick}>
      {children}
    </button>
  );
}
