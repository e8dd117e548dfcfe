import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type ESTree, parseSync, Visitor } from "vite";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const SCANNED = ["src/components", "src/app"];

/** Attributes that a reader sees or hears. */
const TEXT_ATTRIBUTES = new Set([
  "alt",
  "aria-description",
  "aria-label",
  "aria-roledescription",
  "aria-valuetext",
  "placeholder",
  "title",
]);

const hasLetters = (text: string) => /\p{L}/u.test(text);

/** The strings an expression can render as they are: not those it only compares or passes on. */
function renderedStrings(node: ESTree.Expression): string[] {
  switch (node.type) {
    case "Literal":
      return typeof node.value === "string" ? [node.value] : [];
    case "TemplateLiteral":
      return [
        ...node.quasis.map((quasi) => quasi.value.cooked ?? quasi.value.raw),
        ...node.expressions.flatMap(renderedStrings),
      ];
    case "ConditionalExpression":
      return [...renderedStrings(node.consequent), ...renderedStrings(node.alternate)];
    case "LogicalExpression":
      return [...renderedStrings(node.left), ...renderedStrings(node.right)];
    case "BinaryExpression":
      return node.operator === "+"
        ? [...renderedStrings(node.left), ...renderedStrings(node.right)]
        : [];
    case "ParenthesizedExpression":
    case "TSAsExpression":
    case "TSSatisfiesExpression":
    case "TSNonNullExpression":
      return renderedStrings(node.expression);
    default:
      return [];
  }
}

/**
 * Words written into a component's JSX, as "file:line: text": text between
 * tags, strings rendered as children, and strings given to TEXT_ATTRIBUTES.
 */
function findUserText(file: string, source: string): string[] {
  const { program, errors } = parseSync(file, source);
  if (errors.length > 0) throw new Error(`${file}: ${errors[0]?.message}`);
  const found: { line: number; text: string }[] = [];
  const report = (start: number, texts: readonly string[]) => {
    const line = source.slice(0, start).split("\n").length;
    for (const text of texts.filter(hasLetters)) {
      found.push({ line, text: text.replace(/\s+/g, " ").trim() });
    }
  };
  const children = (node: ESTree.JSXElement | ESTree.JSXFragment) => {
    for (const child of node.children) {
      if (child.type === "JSXText") {
        // The text's own line, not that of the tag whose line break it starts with.
        report(child.start + child.value.length - child.value.trimStart().length, [child.value]);
      } else if (
        child.type === "JSXExpressionContainer" &&
        child.expression.type !== "JSXEmptyExpression"
      ) {
        report(child.start, renderedStrings(child.expression));
      }
    }
  };
  new Visitor({
    JSXElement: children,
    JSXFragment: children,
    JSXAttribute(node) {
      if (node.name.type !== "JSXIdentifier" || !TEXT_ATTRIBUTES.has(node.name.name)) return;
      if (node.value?.type === "Literal") report(node.start, [String(node.value.value)]);
      else if (
        node.value?.type === "JSXExpressionContainer" &&
        node.value.expression.type !== "JSXEmptyExpression"
      )
        report(node.start, renderedStrings(node.value.expression));
    },
  }).visit(program);
  return found.sort((a, b) => a.line - b.line).map(({ line, text }) => `${file}:${line}: ${text}`);
}

function componentFiles(): string[] {
  return SCANNED.flatMap((dir) =>
    readdirSync(join(ROOT, dir), { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".tsx") && !file.endsWith(".test.tsx"))
      .map((file) => `${dir}/${file.split("\\").join("/")}`),
  ).sort();
}

const userTextIn = (file: string) => findUserText(file, readFileSync(join(ROOT, file), "utf8"));

describe("findUserText", () => {
  it("finds text between tags, rendered strings and text attributes, with their lines", () => {
    const source = [
      "export const A = () => (",
      '  <p title="Greeting">',
      "    Hello",
      '    {ready ? "Ready" : null}',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the checker reads this as source
      "    <button aria-label={`Move ${name} up`}>↑</button>",
      "  </p>",
      ");",
    ].join("\n");
    expect(findUserText("A.tsx", source)).toEqual([
      "A.tsx:2: Greeting",
      "A.tsx:3: Hello",
      "A.tsx:4: Ready",
      "A.tsx:5: Move",
      "A.tsx:5: up",
    ]);
  });

  it("leaves alone text from modules, signs, punctuation and attributes no reader sees", () => {
    const source = [
      'import { TEXT } from "../i18n/text";',
      "export const B = ({ open }: { open: boolean }) => (",
      '  <div className="echoes-box" data-kind="protest" role="status">',
      '    <span aria-hidden="true">{open ? "▼" : "▲"}</span>',
      '    {TEXT.title}: {" "}',
      '    <button type="button" aria-label={TEXT.close(open === "yes")}>×</button>',
      "  </div>",
      ");",
    ].join("\n");
    expect(findUserText("B.tsx", source)).toEqual([]);
  });
});

describe("what the components say", () => {
  it("comes from src/i18n/, not from words written into their JSX", () => {
    expect(componentFiles().flatMap(userTextIn)).toEqual([]);
  });
});

describe("the languages' modules", () => {
  const LANGUAGES_DIR = "src/i18n/languages";
  const files = readdirSync(join(ROOT, LANGUAGES_DIR))
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .map((file) => `${LANGUAGES_DIR}/${file}`);

  it("hold words only: no JSX, and nothing imported but src/i18n/ and the format", () => {
    const allowed = /^\.\.\/[a-zA-Z]+$|^\.\.\/\.\.\/data\/format\//;
    const found = files.flatMap((file) => {
      const source = readFileSync(join(ROOT, file), "utf8");
      const { program } = parseSync(file, source);
      const problems = program.body.flatMap((node) =>
        node.type === "ImportDeclaration" && !allowed.test(node.source.value)
          ? [`${file}: imports ${node.source.value}`]
          : [],
      );
      const jsx = () => problems.push(`${file}: JSX`);
      new Visitor({ JSXElement: jsx, JSXFragment: jsx }).visit(program);
      return problems;
    });
    expect(files.length).toBeGreaterThan(0);
    expect(found).toEqual([]);
  });
});
