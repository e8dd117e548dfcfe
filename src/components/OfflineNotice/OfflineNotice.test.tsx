import { act, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { OfflineNotice } from "./OfflineNotice";

function setOnline(online: boolean) {
  vi.spyOn(navigator, "onLine", "get").mockReturnValue(online);
  act(() => {
    window.dispatchEvent(new Event(online ? "online" : "offline"));
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("<OfflineNotice>", () => {
  it("says nothing while the browser is online", () => {
    render(<OfflineNotice />);
    expect(screen.queryByRole("status")).toBeNull();
  });

  it("says so while the browser is offline, and goes when it is back online", () => {
    render(<OfflineNotice />);
    setOnline(false);
    expect(screen.getByRole("status")).toHaveTextContent(
      "You are offline. Echoes is showing the copy saved on this device.",
    );
    setOnline(true);
    expect(screen.queryByRole("status")).toBeNull();
  });

  it("shows from the start on a page opened offline", () => {
    vi.spyOn(navigator, "onLine", "get").mockReturnValue(false);
    render(<OfflineNotice />);
    expect(screen.getByRole("status")).toHaveTextContent("You are offline.");
  });
});
