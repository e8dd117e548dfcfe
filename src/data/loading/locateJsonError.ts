import { createScanner, type JSONScanner, type ScanError, type SyntaxKind } from "jsonc-parser";

// jsonc-parser's SyntaxKind and ScanError values: they are const enums, which
// this project's isolated modules cannot read from the library.
const Token = {
  OpenBrace: 1,
  CloseBrace: 2,
  OpenBracket: 3,
  CloseBracket: 4,
  Comma: 5,
  Colon: 6,
  Null: 7,
  True: 8,
  False: 9,
  String: 10,
  Number: 11,
  LineComment: 12,
  BlockComment: 13,
  LineBreak: 14,
  Whitespace: 15,
  Unknown: 16,
  EndOfFile: 17,
} as const satisfies Record<string, SyntaxKind>;

const ScanFault = {
  UnexpectedEndOfString: 2,
  UnexpectedEndOfNumber: 3,
  InvalidUnicode: 4,
  InvalidEscapeCharacter: 5,
  InvalidCharacter: 6,
} as const satisfies Record<string, ScanError>;

// An unclosed comment (ScanError 1) is reported as a comment, as any other.
const scanFaultMessages: Partial<Record<ScanError, string>> = {
  [ScanFault.UnexpectedEndOfString]: "text is not closed with a double quote",
  [ScanFault.UnexpectedEndOfNumber]: "number is cut short",
  [ScanFault.InvalidUnicode]: "malformed \\u escape",
  [ScanFault.InvalidEscapeCharacter]: "malformed escape after a backslash",
  [ScanFault.InvalidCharacter]: "control character inside text (write line breaks as \\n)",
};

const messages = {
  unexpectedCharacter: "unexpected character",
  comment: "comments are not allowed in JSON",
  fieldNameExpected: "expected a field name in double quotes (is there a trailing comma?)",
  valueExpected: "expected a value (is there a trailing comma or a missing value?)",
  colonExpected: 'expected ":" after the field name',
  commaExpected: "expected a comma between items",
  closeBraceExpected: 'expected "}" to close the object',
  closeBracketExpected: 'expected "]" to close the list',
  endOfFileExpected: "expected the end of the file after the top-level value",
};

export interface JsonSyntaxError {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line: before.split("\n").length, column: offset - lineStart + 1 };
}

/** What may come next, given what came before. */
type Expected =
  | "value"
  | "firstItem" // after "[": a value or "]"
  | "firstField" // after "{": a field name or "}"
  | "field" // after a comma in an object
  | "colon"
  | "afterValue"; // a comma or the closing bracket of the open list or object, or the end

/** The next token that is not white space, or the words for what is wrong with it. */
function nextToken(scanner: JSONScanner): SyntaxKind | string {
  for (;;) {
    const token = scanner.scan();
    const fault = scanFaultMessages[scanner.getTokenError()];
    if (fault) return fault;
    if (token === Token.LineComment || token === Token.BlockComment) return messages.comment;
    if (token === Token.Unknown) return messages.unexpectedCharacter;
    if (token !== Token.Whitespace && token !== Token.LineBreak) return token;
  }
}

type Container = "list" | "object";

/** What is expected next, "done" after the end of a valid file, or why a token is wrong. */
type Step = Expected | "done" | { error: string };

/**
 * What is expected after token, given what was expected before it, or the
 * words for why it cannot stand there. A token that opens or closes a list or
 * an object pushes it onto open or pops it.
 */
function step(expected: Expected, token: SyntaxKind, open: Container[]): Step {
  const innermost = open.at(-1);
  switch (expected) {
    case "firstItem":
      if (token === Token.CloseBracket) {
        open.pop();
        return "afterValue";
      }
      if (token === Token.EndOfFile) return { error: messages.closeBracketExpected };
      return step("value", token, open);
    case "value":
      if (token === Token.OpenBracket) {
        open.push("list");
        return "firstItem";
      }
      if (token === Token.OpenBrace) {
        open.push("object");
        return "firstField";
      }
      if (
        token === Token.String ||
        token === Token.Number ||
        token === Token.True ||
        token === Token.False ||
        token === Token.Null
      ) {
        return "afterValue";
      }
      return { error: messages.valueExpected };
    case "firstField":
      if (token === Token.CloseBrace) {
        open.pop();
        return "afterValue";
      }
      if (token === Token.EndOfFile) return { error: messages.closeBraceExpected };
      if (token === Token.Comma) return { error: messages.valueExpected };
      return step("field", token, open);
    case "field":
      return token === Token.String ? "colon" : { error: messages.fieldNameExpected };
    case "colon":
      return token === Token.Colon ? "value" : { error: messages.colonExpected };
    case "afterValue":
      if (innermost === undefined) {
        return token === Token.EndOfFile ? "done" : { error: messages.endOfFileExpected };
      }
      if (token === Token.Comma) return innermost === "list" ? "value" : "field";
      if (token === (innermost === "list" ? Token.CloseBracket : Token.CloseBrace)) {
        open.pop();
        return "afterValue";
      }
      if (token !== Token.EndOfFile) return { error: messages.commaExpected };
      return {
        error: innermost === "list" ? messages.closeBracketExpected : messages.closeBraceExpected,
      };
  }
}

/**
 * The first syntax error in text that is not strict JSON, by line and column
 * (both from 1), in words an author can act on; undefined if none is found.
 * The lists and objects still open are kept in an array rather than on the
 * call stack, so that no depth of nesting can overflow it.
 */
export function locateJsonError(text: string): JsonSyntaxError | undefined {
  const scanner = createScanner(text, false);
  const open: Container[] = [];
  let expected: Expected = "value";
  for (;;) {
    const token = nextToken(scanner);
    const next: Step = typeof token === "string" ? { error: token } : step(expected, token, open);
    if (next === "done") return undefined;
    if (typeof next === "object") {
      return { ...lineAndColumn(text, scanner.getTokenOffset()), message: next.error };
    }
    expected = next;
  }
}
