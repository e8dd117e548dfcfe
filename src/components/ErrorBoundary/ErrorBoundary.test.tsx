import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ErrorBoundary } from "./ErrorBoundary";

let broken = true;

function Fragile() {
  if (broken) throw new Error("layout failed");
  return <p>Drawn</p>;
}

afterEach(() => {
  broken = true;
  vi.restoreAllMocks();
});

describe("<ErrorBoundary>", () => {
  it("says which part failed and why, keeps what is beside it, and records it", () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    render(
      <>
        <p>Beside it</p>
        <ErrorBoundary part="Table of events">
          <Fragile />
        </ErrorBoundary>
      </>,
    );
    expect(screen.getByRole("alert")).toHaveTextContent(
      "Table of events could not be shown. layout failed",
    );
    expect(screen.getByText("Beside it")).toBeVisible();
    expect(screen.getByRole("link", { name: "Start again from the default view" })).toHaveAttribute(
      "href",
      `${window.location.origin}/`,
    );
    expect(
      logged.mock.calls.some((call) => call[0] === "Echoes: Table of events could not be shown"),
    ).toBe(true);
  });

  it("draws the part again when asked, once it can be", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    render(
      <ErrorBoundary part="Table of events">
        <Fragile />
      </ErrorBoundary>,
    );
    broken = false;
    await userEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(screen.getByText("Drawn")).toBeVisible();
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
