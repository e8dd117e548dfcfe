import { describe, expect, it } from "vitest";
import { serializeSvg, svg, translate } from "./svgNode";

describe("svg(tag, attributes, content)", () => {
  it("keeps numbers to three decimals, never -0, and leaves out undefined attributes", () => {
    expect(svg("circle", { r: 1 / 3, cx: -0.0001, fill: undefined }).attributes).toEqual({
      r: 0.333,
      cx: 0,
    });
    expect(translate(1.23456, -0.00001)).toBe("translate(1.235,0)");
  });

  it("drops the children left out as null, and holds text apart from children", () => {
    const group = svg("g", {}, [svg("line", {}), null, svg("text", {}, "a")]);
    expect(group.children.map((child) => child.tag)).toEqual(["line", "text"]);
    expect(group.children[1]).toEqual({ tag: "text", attributes: {}, children: [], text: "a" });
  });
});

describe("serializeSvg(node)", () => {
  it("writes text as text: markup and ampersands escaped", () => {
    expect(serializeSvg(svg("text", { x: 1 }, `<script>alert(1)</script> & "so"`))).toBe(
      `<text x="1">&lt;script&gt;alert(1)&lt;/script&gt; &amp; "so"</text>`,
    );
  });

  it("escapes attribute values, quotes and line breaks too", () => {
    expect(serializeSvg(svg("g", { "aria-label": `a "b" <c> & d\ne` }))).toBe(
      `<g aria-label="a &quot;b&quot; &lt;c&gt; &amp; d&#10;e"/>`,
    );
  });

  it("leaves out what XML cannot hold, an author's stray control character or half a surrogate pair", () => {
    expect(serializeSvg(svg("text", {}, "a\u0000b\u001bc\ud800d 😀"))).toBe("<text>abcd 😀</text>");
  });

  it("writes one element a line, indented by depth", () => {
    const drawing = svg("svg", { width: 2 }, [svg("g", {}, [svg("rect", { width: 1 })])]);
    expect(serializeSvg(drawing)).toBe(
      ['<svg width="2">', "  <g>", '    <rect width="1"/>', "  </g>", "</svg>"].join("\n"),
    );
  });
});
