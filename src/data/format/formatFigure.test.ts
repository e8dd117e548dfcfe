import { describe, expect, it } from "vitest";
import { formatFigureValue } from "./formatFigure";

describe("formatFigureValue(figure, locale)", () => {
  it("writes a single value with its unit", () => {
    expect(formatFigureValue({ value: 722, unit: "soldiers" }, "en-GB")).toBe("722 soldiers");
  });

  it("writes a range as min–max", () => {
    expect(formatFigureValue({ value: [31550, 200000], unit: "soldiers" }, "en-GB")).toBe(
      "31,550–200,000 soldiers",
    );
  });

  it("writes a range whose ends agree as one number", () => {
    expect(formatFigureValue({ value: [2300, 2300], unit: "people" }, "en-GB")).toBe(
      "2,300 people",
    );
  });

  it("follows the locale's number style", () => {
    expect(formatFigureValue({ value: 250000, unit: "Soldaten" }, "de")).toBe("250.000 Soldaten");
  });
});
