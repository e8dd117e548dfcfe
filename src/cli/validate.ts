import { formatProblem, isNote } from "../data/format/problem";
import { plural } from "../data/format/showValue";
import { validateTarget } from "./validateTarget";

const DEFAULT_TARGET = "data/collection.json";

async function main(targets: readonly string[]): Promise<number> {
  let failed = 0;
  for (const target of targets.length > 0 ? targets : [DEFAULT_TARGET]) {
    const { problems, summary } = await validateTarget(target);
    const notes = problems.filter(isNote);
    const errors = problems.filter((problem) => !isNote(problem));
    for (const problem of errors) console.error(formatProblem(problem));
    for (const note of notes) console.error(`note: ${formatProblem(note)}`);
    const noted = notes.length > 0 ? `; ${plural(notes.length, "note")}` : "";
    if (errors.length > 0) {
      failed += 1;
      console.error(`✗ ${target}: ${plural(errors.length, "problem")} (${summary}${noted})`);
    } else {
      console.log(`✓ ${target}: valid (${summary}${noted})`);
    }
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
