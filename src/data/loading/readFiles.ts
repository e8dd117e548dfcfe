import type { FileKind } from "../format/fileKinds";
import { errorMessage, type Problem, WHOLE_FILE } from "../format/problem";
import type { Episode } from "../format/schema";
import { type FileValidation, type FileValues, validateFile } from "../format/validateFiles";
import { decodeText } from "./decodeText";
import type { FileContent, LoadFile, ReadText } from "./loadCollection";
import { parseJsonText } from "./parseJsonText";

/**
 * Reads one file's text: every reader's bytes are decoded here, so that the
 * app, a drop, the workers and the CLI read a file alike. A file that cannot
 * be read is one problem; one read in another encoding than UTF-8 gets a
 * notice saying which.
 */
async function readFileText(
  file: string,
  readText: ReadText,
): Promise<{ text: string | undefined; problems: Problem[] }> {
  let content: FileContent;
  try {
    content = await readText(file);
  } catch (error) {
    return {
      text: undefined,
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
  const { text, notice } = await decodeText(content);
  return {
    text,
    problems: notice ? [{ file, path: "", message: notice, dropped: "", note: true }] : [],
  };
}

/**
 * Reads and parses one file; a file that cannot be read or parsed is one
 * problem, and its data is undefined. A notice about its encoding comes with
 * its data.
 */
export async function readJsonFile(
  file: string,
  readText: ReadText,
): Promise<{ data: unknown; problems: Problem[] }> {
  const { text, problems } = await readFileText(file, readText);
  if (text === undefined) return { data: undefined, problems };
  const parsed = await parseJsonText(text);
  if (parsed.ok) return { data: parsed.value, problems };
  return {
    data: undefined,
    problems: [
      ...problems,
      {
        file,
        path: "",
        message: `is not valid JSON: line ${parsed.line}, column ${parsed.column}: ${parsed.message}`,
        dropped: WHOLE_FILE,
      },
    ],
  };
}

/** An episode written as a spreadsheet, validated as any episode, its problems placed by row and column. */
async function readCsvEpisode(file: string, readText: ReadText): Promise<FileValidation<Episode>> {
  const read = await readFileText(file, readText);
  if (read.text === undefined) return { value: undefined, problems: read.problems };
  // Loaded only for spreadsheets, which most collections do not have.
  const { csvToEpisode } = await import("./csvEpisode");
  const sheet = csvToEpisode(file, read.text);
  const validated = validateFile("episode", file, sheet.data);
  return {
    value: validated.value,
    problems: [
      ...read.problems,
      ...sheet.problems.map((problem) => ({
        file,
        path: problem.where,
        message: problem.message,
        dropped: "",
      })),
      ...validated.problems.map((problem) => ({ ...problem, path: sheet.locate(problem.path) })),
    ],
  };
}

/**
 * Loads files in this thread: read with readText, then parsed and validated.
 * An episode file may be a spreadsheet saved as CSV (`.csv`).
 */
export function readAndValidate(readText: ReadText): LoadFile {
  return async <K extends FileKind>(file: string, kind: K) => {
    if (kind === "episode" && /\.csv$/i.test(file)) {
      return (await readCsvEpisode(file, readText)) as FileValidation<FileValues[K]>;
    }
    const { data, problems } = await readJsonFile(file, readText);
    if (data === undefined) return { value: undefined, problems };
    const validated = validateFile(kind, file, data);
    return { ...validated, problems: [...problems, ...validated.problems] };
  };
}
