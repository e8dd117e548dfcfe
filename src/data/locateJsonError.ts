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

/**
 * The first syntax error in text that is not strict JSON, by line and column
 * (both from 1), in words an author can act on; undefined if none is found.
 */
export function locateJsonError(text: string): JsonSyntaxError | undefined {
  const errors: ParseError[] = [];
  parse(text, errors, {
    allowTrailingComma: false,
    disallowComments: true,
    allowEmptyContent: false,
  });
  const [first] = errors;
  if (!first) return undefined;
  const name = printParseErrorCode(first.error);
  return { ...lineAndColumn(text, first.offset), message: syntaxMessages[name] ?? name };
}
