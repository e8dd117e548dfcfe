import { describe, expect, it } from "vitest";
import type { Excerpt } from "../data/format/schema";
import { segmentParagraph } from "./segmentParagraph";

const excerpt = (id: string, quote: string): Excerpt => ({
  id,
  paragraph: 0,
  quote,
  events: ["a/b"],
});

const shape = (segments: ReturnType<typeof segmentParagraph>) =>
  segments.map((segment) => [segment.text, segment.excerpt?.id ?? null]);

describe("segmentParagraph(text, excerpts)", () => {
  it("leaves a paragraph without excerpts whole", () => {
    expect(shape(segmentParagraph("Plain text.", []))).toEqual([["Plain text.", null]]);
  });

  it("cuts out each excerpt in place", () => {
    const text = "Soviet forces then invaded to squash the protesters.";
    expect(shape(segmentParagraph(text, [excerpt("x", "then invaded")]))).toEqual([
      ["Soviet forces ", null],
      ["then invaded", "x"],
      [" to squash the protesters.", null],
    ]);
  });

  it("gives shared text to the inner excerpt where two overlap, and keeps the rest of the outer", () => {
    const text = "A B C D E";
    expect(
      shape(segmentParagraph(text, [excerpt("outer", "B C D"), excerpt("inner", "C")])),
    ).toEqual([
      ["A ", null],
      ["B ", "outer"],
      ["C", "inner"],
      [" D", "outer"],
      [" E", null],
    ]);
  });

  it("keeps markup in the text as text", () => {
    const text = 'Say <script>alert(1)</script> "hi"';
    expect(segmentParagraph(text, [excerpt("x", "<script>alert(1)</script>")])[1]?.text).toBe(
      "<script>alert(1)</script>",
    );
  });
});
