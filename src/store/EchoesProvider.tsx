import { createContext, type ReactNode, useContext, useMemo, useState } from "react";
import { useStore } from "zustand";
import { actionsOf, type EchoesActions } from "./actions";
import {
  createEchoesStore,
  type EchoesState,
  type EchoesStore,
  type EchoesStoreOptions,
} from "./createEchoesStore";

const EchoesStoreContext = createContext<EchoesStore | null>(null);

export interface EchoesProviderProps extends EchoesStoreOptions {
  /** A store made elsewhere, e.g. by a test; otherwise the provider makes its own. */
  readonly store?: EchoesStore;
  readonly children: ReactNode;
}

export function EchoesProvider({ store, loader, children }: EchoesProviderProps) {
  const [ownStore] = useState(() => store ?? createEchoesStore({ loader }));
  return <EchoesStoreContext value={ownStore}>{children}</EchoesStoreContext>;
}

/** The store itself, for code that follows it outside rendering (e.g. keeping the address in step). */
export function useEchoesStoreApi(): EchoesStore {
  const store = useContext(EchoesStoreContext);
  if (!store) throw new Error("Echoes components must be inside an <EchoesProvider>.");
  return store;
}

/** Reads the app's state through a selector; re-renders only when the selected value changes. */
export function useEchoes<T>(selector: (state: EchoesState) => T): T {
  return useStore(useEchoesStoreApi(), selector);
}

/**
 * The store's actions, for components that change the state. Zustand sets
 * them once, when the store is made, so they are read once and never cause a
 * render.
 */
export function useEchoesActions(): EchoesActions {
  const store = useEchoesStoreApi();
  return useMemo(() => actionsOf(store.getState()), [store]);
}
