/** An attribute's value: numbers are kept to three decimals, so that drawings compare as text. */
export type SvgValue = string | number;

/**
 * An SVG element as plain data: a drawing that can be written as a file,
 * turned into React elements, or compared in a test, without a DOM. Its text
 * is always text, never markup.
 */
export interface SvgNode {
  readonly tag: string;
  readonly attributes: Readonly<Record<string, SvgValue>>;
  readonly children: readonly SvgNode[];
  readonly text?: string;
}

/** A coordinate kept to three decimals. */
export const round = (value: number) => {
  const rounded = Math.round(value * 1000) / 1000;
  // -0 would be written as "0" by String but compared as different by a snapshot of the data.
  return rounded === 0 ? 0 : rounded;
};

/** An element, its attributes left out when undefined; children are elements, or text alone. */
export function svg(
  tag: string,
  attributes: Readonly<Record<string, SvgValue | undefined>>,
  content: readonly (SvgNode | null)[] | string = [],
): SvgNode {
  const kept: Record<string, SvgValue> = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) kept[name] = typeof value === "number" ? round(value) : value;
  }
  return typeof content === "string"
    ? { tag, attributes: kept, children: [], text: content }
    : {
        tag,
        attributes: kept,
        children: content.filter((child): child is SvgNode => child !== null),
      };
}

/**
 * A standalone drawing: an <svg> of the given size, named for a screen reader (role="img" and a
 * <title>, which is also what a viewer shows as its tooltip), holding the given elements.
 */
export function svgImage(
  {
    width,
    height,
    label,
    fontFamily,
  }: {
    readonly width: number;
    readonly height: number;
    readonly label: string;
    readonly fontFamily?: string | undefined;
  },
  content: readonly (SvgNode | null)[],
): SvgNode {
  return svg(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: "img",
      "aria-label": label,
      "font-family": fontFamily,
    },
    [svg("title", {}, label), ...content],
  );
}

/** A translation, rounded as attributes are. */
export const translate = (x: number, y: number) => `translate(${round(x)},${round(y)})`;

/**
 * Whether XML 1.0 can hold the character: not a control character other than
 * a tab or a line break, nor half a surrogate pair, nor U+FFFE or U+FFFF.
 */
function inXml(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x20) return code === 0x9 || code === 0xa || code === 0xd;
  return !(code >= 0xd800 && code <= 0xdfff) && code !== 0xfffe && code !== 0xffff;
}

function escapeText(text: string): string {
  // An author's stray control character is left out: the file would not be read at all.
  return [...text]
    .filter(inXml)
    .join("")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;");
}

const escapeAttribute = (value: string) =>
  escapeText(value).replaceAll('"', "&quot;").replaceAll("\n", "&#10;");

/** The node as SVG markup, one element a line, so that a snapshot's diff reads element by element. */
export function serializeSvg(node: SvgNode, depth = 0): string {
  const indent = "  ".repeat(depth);
  const attributes = Object.entries(node.attributes)
    .map(([name, value]) => ` ${name}="${escapeAttribute(String(value))}"`)
    .join("");
  const open = `${indent}<${node.tag}${attributes}`;
  if (node.text !== undefined) return `${open}>${escapeText(node.text)}</${node.tag}>`;
  if (node.children.length === 0) return `${open}/>`;
  const children = node.children.map((child) => serializeSvg(child, depth + 1)).join("\n");
  return `${open}>\n${children}\n${indent}</${node.tag}>`;
}
