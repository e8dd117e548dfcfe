import { act, render, screen } from "@testing-library/react";
import { Suspense } from "react";
import { describe, expect, it, vi } from "vitest";
import { ErrorBoundary } from "./ErrorBoundary";
import { retryableLazy, retryFailedLoads } from "./retryableLazy";

function Greeting({ name }: { readonly name: string }) {
  return <p>Hello, {name}</p>;
}

const drawIn = (Part: React.ComponentType<{ name: string }>) =>
  render(
    <ErrorBoundary part="Greeting">
      <Suspense fallback={<p>Loading</p>}>
        <Part name="reader" />
      </Suspense>
    </ErrorBoundary>,
  );

describe("retryableLazy", () => {
  it("draws a preloaded part at once, without its fallback, having fetched its code once", async () => {
    const load = vi.fn(async () => ({ default: Greeting }));
    const Part = retryableLazy(load);
    await Part.preload();
    drawIn(Part);
    expect(screen.queryByText("Loading")).toBeNull();
    expect(screen.getByText("Hello, reader")).toBeVisible();
    await Part.preload();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("shows the fallback until the code of a part not preloaded arrives", async () => {
    let arrive: (module: { default: typeof Greeting }) => void = () => {};
    const Part = retryableLazy(
      () => new Promise<{ default: typeof Greeting }>((resolve) => (arrive = resolve)),
    );
    drawIn(Part);
    expect(screen.getByText("Loading")).toBeVisible();
    await act(async () => arrive({ default: Greeting }));
    expect(await screen.findByText("Hello, reader")).toBeVisible();
  });

  it("fetches the code again, on Try again, after a preload that failed", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const load = vi
      .fn<() => Promise<{ default: typeof Greeting }>>()
      .mockRejectedValueOnce(new Error("offline"))
      .mockRejectedValueOnce(new Error("still offline"))
      .mockResolvedValue({ default: Greeting });
    const Part = retryableLazy(load);
    await expect(Part.preload()).rejects.toThrow("offline");
    drawIn(Part);
    expect(await screen.findByRole("alert")).toHaveTextContent("still offline");
    await act(async () => screen.getByRole("button", { name: "Try again" }).click());
    expect(await screen.findByText("Hello, reader")).toBeVisible();
    expect(load).toHaveBeenCalledTimes(3);
    retryFailedLoads();
    vi.restoreAllMocks();
  });
});
