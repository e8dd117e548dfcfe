import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import {
  FIXTURE_MEASURE,
  FIXTURE_WIDTH,
  fixtureLayout,
  HOSTILE_TITLE,
} from "../../../tests/support/chartFixtures";
import { LIGHT_PALETTE } from "../../chartSvg/palette";
import { PrintChart } from "./PrintChart";

describe("PrintChart", () => {
  it("draws the chart as a picture does: an image with its name, its marks in the light palette, no +N", async () => {
    const layout = await fixtureLayout("aligned");
    const { container } = render(
      <PrintChart
        print={{ layout, width: FIXTURE_WIDTH, folded: [], inView: new Set() }}
        mode="aligned"
        measure={FIXTURE_MEASURE}
        label="The fixture, printed"
        lit={new Set(["hungary/h-tanks"])}
      />,
    );
    const chart = screen.getByRole("img", { name: "The fixture, printed" });
    expect(chart).toHaveClass("echoes-print-chart");
    expect(chart.getAttribute("viewBox")).toBe(`0 0 ${FIXTURE_WIDTH} ${layout.height}`);
    const marks = chart.querySelectorAll("[data-ref]");
    expect(marks).toHaveLength(layout.lanes.reduce((count, lane) => count + lane.marks.length, 0));
    expect(chart.querySelectorAll("[data-refs]")).toHaveLength(0);
    // Attributes as SVG names them, which React was given in its own spelling.
    const tanks = chart.querySelector('[data-ref="hungary/h-tanks"] path');
    expect(tanks?.getAttribute("stroke-width")).toBe("1");
    expect(tanks?.getAttribute("fill")).toBe(LIGHT_PALETTE.kinds.intervention);
    expect(chart.querySelector('[data-ref="hungary/h-tanks"] circle')?.getAttribute("r")).toBe(
      "10",
    );
    // An author's markup is text.
    expect(container.querySelector("script")).toBeNull();
    expect(chart.textContent).toContain(HOSTILE_TITLE);
  });
});
