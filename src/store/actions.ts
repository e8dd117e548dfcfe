import type { EchoesState } from "./createEchoesStore";

type ActionName = {
  [K in keyof EchoesState]: EchoesState[K] extends (...args: never[]) => unknown ? K : never;
}[keyof EchoesState];

/** What the store can do, apart from what it holds: the actions of every slice. */
export type EchoesActions = Pick<EchoesState, ActionName>;

/** The actions among a state's fields: every field that is a function. */
export function actionsOf(state: EchoesState): EchoesActions {
  return Object.fromEntries(
    Object.entries(state).filter(([, value]) => typeof value === "function"),
  ) as EchoesActions;
}
