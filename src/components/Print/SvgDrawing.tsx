import { createElement, type ReactElement } from "react";
import type { SvgNode } from "../../chartSvg/svgNode";

/** React's name for an SVG attribute: camel case, but for aria-* and data-*. */
function reactName(name: string): string {
  if (name.startsWith("aria-") || name.startsWith("data-")) return name;
  return name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

function toElement(node: SvgNode, className?: string): ReactElement {
  const props: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(node.attributes)) props[reactName(name)] = value;
  if (className) props.className = className;
  // Passed as arguments, children are matched by their place, as a drawing's are: no keys needed.
  const children =
    node.text === undefined ? node.children.map((child) => toElement(child)) : [node.text];
  return createElement(node.tag, props, ...children);
}

export interface SvgDrawingProps {
  /** A drawing made by chartSvg/, text and all: React writes its text as text. */
  readonly node: SvgNode;
  readonly className?: string;
}

/** A drawing made as data, in the page. */
export function SvgDrawing({ node, className }: SvgDrawingProps) {
  return toElement(node, className);
}
