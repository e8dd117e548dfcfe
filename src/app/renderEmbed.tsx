import type { EchoesStore } from "../store/createEchoesStore";
import { EmbedApp, type EmbedAppProps } from "./EmbedApp";
import { mount } from "./mount";

export function renderEmbed(root: HTMLElement, store: EchoesStore, props: EmbedAppProps) {
  mount(root, store, <EmbedApp {...props} />);
}
