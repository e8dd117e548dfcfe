import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StrictMode } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { createSampleStore } from "../../tests/support/sampleStore";
import { EchoesProvider } from "../store/EchoesProvider";
import { App } from "./App";

async function renderAt(address: string, { loadedFirst = false } = {}) {
  window.history.replaceState(null, "", address);
  const store = createSampleStore();
  // As in the app, where the collection may be in before React first renders.
  if (loadedFirst) await store.getState().loadCollection("collection.json");
  render(
    <StrictMode>
      <EchoesProvider store={store}>
        <App collectionUrl="collection.json" />
      </EchoesProvider>
    </StrictMode>,
  );
  return store;
}

afterEach(() => window.history.replaceState(null, "", "/"));

describe("the view in the address", () => {
  it("restores a link's view, and under StrictMode still names what it could not restore", async () => {
    const store = await renderAt("/?mode=spiral&hide-kinds=protest", { loadedFirst: true });
    const notice = await screen.findByRole("region", {
      name: "Part of this link's view could not be restored",
    });
    expect(notice).toHaveTextContent('the time axis "spiral" is not one');
    expect(store.getState().hiddenKinds).toEqual(["protest"]);
    expect(store.getState().mode).toBe("aligned");
    expect(window.location.search).toBe("?hide-kinds=protest");
  });

  it("adds a history entry for a change of view, and Back restores the one before", async () => {
    const store = await renderAt("/?mode=calendar");
    await screen.findByRole("group", { name: /^Timeline/ });
    expect(store.getState().mode).toBe("calendar");
    const entries = window.history.length;
    await userEvent.click(screen.getByRole("radio", { name: "Sequence" }));
    expect(window.location.search).toBe("?mode=sequence");
    expect(window.history.length).toBe(entries + 1);
    act(() => {
      window.history.replaceState(null, "", "/?mode=calendar");
      window.dispatchEvent(new PopStateEvent("popstate"));
    });
    await waitFor(() => expect(store.getState().mode).toBe("calendar"));
  });

  it("keeps an address whose path starts with several slashes on this site, with one", async () => {
    // Written out in full: as a relative address, `//x` would name the host x.
    const store = await renderAt(`${window.location.origin}//evil.example/?mode=calendar`);
    await screen.findByRole("group", { name: /^Timeline/ });
    expect(store.getState().mode).toBe("calendar");
    expect(window.location.pathname).toBe("/evil.example/");
    await userEvent.click(screen.getByRole("radio", { name: "Sequence" }));
    expect(window.location.href).toBe(`${window.location.origin}/evil.example/?mode=sequence`);
  });
});
