import { type ParseError, parse, printParseErrorCode } from "jsonc-parser";

const syntaxMessages: Record<string, string> = {
  InvalidSymbol: "unexpected character",
  InvalidNumberFormat: "malformed number",
  PropertyNameExpected: "expected a field name in double quotes (is there a trailing comma?)",
  ValueExpected: "expected a value (is there a trailing comma or a missing value?)",
  ColonExpected: 'expected ":" after the field name',
  CommaExpected: "expected a comma between items",
  CloseBraceExpected: 'expected "}" to close the object',
  CloseBracketExpected: 'expected "]" to close the list',
  EndOfFileExpected: "expected the end of the file after the top-level value",
  InvalidCommentToken: "comments are not allowed in JSON",
  UnexpectedEndOfComment: "comments are not allowed in JSON",
  UnexpectedEndOfString: "text is not closed with a double quote",
  UnexpectedEndOfNumber: "number is cut short",
  InvalidUnicode: "malformed \\u escape",
  InvalidEscapeCharacter: "malformed escape after a backslash",
  InvalidCharacter: "control character inside text (write line breaks as \\n)",
};

export type JsonParseResult =
  | { readonly ok: true; readonly value: unknown }
  | {
      readonly ok: false;
      readonly line: number;
      readonly column: number;
      readonly message: string;
    };

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line: before.split("\n").length, column: offset - lineStart + 1 };
}

/** Strict JSON, reporting the first syntax error by line and column (both from 1). */
export function parseJsonText(text: string): JsonParseResult {
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  if (source.trim() === "") return { ok: false, line: 1, column: 1, message: "the file is empty" };
  const errors: ParseError[] = [];
  const value: unknown = parse(source, errors, {
    allowTrailingComma: false,
    disallowComments: true,
    allowEmptyContent: false,
  });
  const [first] = errors;
  if (!first) return { ok: true, value };
  const name = printParseErrorCode(first.error);
  return {
    ok: false,
    ...lineAndColumn(source, first.offset),
    message: syntaxMessages[name] ?? name,
  };
}
