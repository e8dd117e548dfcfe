import type { LoadFile, ReadText } from "./loadCollection";
import { parseJsonText } from "./parseJsonText";
import { type Problem, WHOLE_FILE } from "./problem";
import { validateFile } from "./validateFiles";

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Reads and parses one file; a file that cannot be read or parsed is one problem. */
export async function readJsonFile(
  file: string,
  readText: ReadText,
): Promise<{ data: unknown; problems: Problem[] }> {
  let text: string;
  try {
    text = await readText(file);
  } catch (error) {
    return {
      data: undefined,
      problems: [
        {
          file,
          path: "",
          message: `could not be read (${errorMessage(error)})`,
          dropped: WHOLE_FILE,
        },
      ],
    };
  }
  const parsed = await parseJsonText(text);
  if (parsed.ok) return { data: parsed.value, problems: [] };
  return {
    data: undefined,
    problems: [
      {
        file,
        path: "",
        message: `is not valid JSON: line ${parsed.line}, column ${parsed.column}: ${parsed.message}`,
        dropped: WHOLE_FILE,
      },
    ],
  };
}

/** Loads files in this thread: read with readText, then parsed and validated. */
export function readAndValidate(readText: ReadText): LoadFile {
  return async (file, kind) => {
    const { data, problems } = await readJsonFile(file, readText);
    if (problems.length > 0) return { value: undefined, problems };
    return validateFile(kind, file, data);
  };
}
