import { act, renderHook } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { createSampleStore } from "../../tests/support/sampleStore";
import { EchoesProvider, useEchoesActions } from "./EchoesProvider";

describe("useEchoesActions()", () => {
  it("gives the same actions object on every render, whatever the state does", () => {
    const store = createSampleStore();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <EchoesProvider store={store}>{children}</EchoesProvider>
    );
    let renders = 0;
    const { result, rerender } = renderHook(
      () => {
        renders += 1;
        return useEchoesActions();
      },
      { wrapper },
    );
    const first = result.current;
    act(() => first.setZoom({ k: 2, x: 0.5 }));
    act(() => first.setMode("calendar"));
    expect(renders).toBe(1);
    rerender();
    expect(result.current).toBe(first);
    expect(store.getState().mode).toBe("calendar");
  });
});
