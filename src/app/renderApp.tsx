import type { EchoesStore } from "../store/createEchoesStore";
import { App, type AppProps } from "./App";
import { mount } from "./mount";

export function renderApp(root: HTMLElement, store: EchoesStore, props: AppProps) {
  mount(root, store, <App {...props} />);
}
