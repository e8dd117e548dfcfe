import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { startLocalServer } from "../../tests/support/localServer";
import { readAndValidate } from "../data/loading/readFiles";

const root = join(import.meta.dirname, "..", "..");
const run = promisify(execFile);

async function validate(...targets: string[]) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ["--import", "tsx", "src/cli/validate.ts", ...targets],
      { cwd: root },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

describe("npm run validate", () => {
  it("accepts a valid collection and exits 0", async () => {
    const result = await validate("tests/fixtures/sample/collection.json");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "✓ tests/fixtures/sample/collection.json: valid (2 episodes, 4 events, 1 role, 1 article, 2 excerpts, 1 lesson, 0 corrections)",
    );
  });

  it("checks an episode written as a spreadsheet, naming the row and column of each problem", async () => {
    const template = await validate("public/episode-template.csv");
    expect(template.code).toBe(0);
    expect(template.stdout).toContain("✓ public/episode-template.csv: valid (3 valid events)");
    const broken = await validate("tests/fixtures/csv/two-rows.csv");
    expect(broken.code).toBe(1);
    expect(broken.stderr.trim().split("\n")).toEqual([
      'tests/fixtures/csv/two-rows.csv: row 3, column "date": "1968-02-30" is not a date (February 1968 has 29 days)',
      "✗ tests/fixtures/csv/two-rows.csv: 1 problem (1 valid event)",
    ]);
  });

  it("prints every problem of a broken collection, each with its file and path, and exits 1", async () => {
    const result = await validate("tests/fixtures/broken/collection.json");
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual([
      'tests/fixtures/broken/episodes/prague-1968.json: events[1].date: "1968-13-01" is not a date (month 13)',
      "tests/fixtures/broken/episodes/syntax-error.json: is not valid JSON: line 8, column 1: expected a field name in double quotes (is there a trailing comma?)",
      "tests/fixtures/broken/episodes/missing.json: could not be read (no such file)",
      'tests/fixtures/sample/analogies.json: roles[0].members[1].events[0]: "invasion" is not an event of episode "prague-1968"',
      'tests/fixtures/sample/articles/sample-article.json: excerpts[1].events[0]: "prague-1968/invasion" names no event: episode "prague-1968" has no event "invasion"',
      "✗ tests/fixtures/broken/collection.json: 5 problems (2 episodes, 3 events, 1 role, 1 article, 1 excerpt, 0 lessons, 0 corrections)",
    ]);
  });

  it("reports an episode of 10,000 unclosed lists as its own problem and checks the rest", async () => {
    const dir = await mkdtemp(join(tmpdir(), "echoes-deep-"));
    try {
      await cp(join(root, "tests/fixtures/sample"), dir, { recursive: true });
      await writeFile(join(dir, "episodes/prague-1968.json"), "[".repeat(10_000));
      const result = await validate(join(dir, "collection.json"));
      expect(result.code).toBe(1);
      const lines = result.stderr.trim().split("\n");
      expect(lines[0]).toMatch(
        /episodes\/prague-1968\.json: is not valid JSON: line 1, column 10001: expected "]" to close the list$/,
      );
      expect(lines.at(-1)).toMatch(
        /collection\.json: 8 problems \(1 episode, 2 events, 1 role, 1 article, 1 excerpt, 1 lesson, 0 corrections\)$/,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("validates single files of each kind, and fails if any one fails", async () => {
    const result = await validate(
      "tests/fixtures/sample/episodes/hungary-1956.json",
      "tests/fixtures/sample/analogies.json",
      "tests/fixtures/sample/articles/sample-article.json",
      "tests/fixtures/broken/episodes/syntax-error.json",
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      "✓ tests/fixtures/sample/episodes/hungary-1956.json: valid (2 valid events)",
    );
    expect(result.stdout).toContain("✓ tests/fixtures/sample/analogies.json: valid (1 valid role)");
    expect(result.stdout).toContain(
      "✓ tests/fixtures/sample/articles/sample-article.json: valid (2 valid excerpts)",
    );
    expect(result.stderr).toContain("syntax-error.json: is not valid JSON: line 8, column 1");
  });

  it("checks a corrections log on its own, and with its collection", async () => {
    const result = await validate(
      "tests/fixtures/corrections/corrections.json",
      "tests/fixtures/corrections/collection.json",
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "✓ tests/fixtures/corrections/corrections.json: valid (3 valid corrections)",
    );
    expect(result.stdout).toContain(
      "✓ tests/fixtures/corrections/collection.json: valid (2 episodes, 4 events, 1 role, 1 article, 2 excerpts, 0 lessons, 3 corrections)",
    );
  });

  it("says what a file of unknown kind should have been", async () => {
    const result = await validate("package.json");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("package.json: is not an Echoes file: expected a collection");
  });

  it("reads a spreadsheet in windows-1252 as the app does, noting how it read it and passing", async () => {
    const result = await validate("tests/fixtures/csv/windows-1252.csv");
    expect(result.code).toBe(0);
    expect(result.stderr.trim()).toBe(
      "note: tests/fixtures/csv/windows-1252.csv: read as windows-1252 (the file is not valid UTF-8); if accents look wrong, save it as UTF-8",
    );
    expect(result.stdout).toContain(
      "✓ tests/fixtures/csv/windows-1252.csv: valid (1 valid event; 1 note)",
    );
  });

  it("reads a spreadsheet saved with semicolons", async () => {
    const result = await validate("tests/fixtures/csv/semicolons.csv");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("✓ tests/fixtures/csv/semicolons.csv: valid (2 valid events)");
  });

  it("reads a file that begins with two byte-order marks as the app does", async () => {
    const dir = await mkdtemp(join(tmpdir(), "echoes-boms-"));
    try {
      const episode = await readFile(
        join(root, "tests/fixtures/sample/episodes/hungary-1956.json"),
      );
      const bytes = Buffer.concat([Buffer.from("\uFEFF\uFEFF"), episode]);
      await writeFile(join(dir, "twice.json"), bytes);
      const inApp = await readAndValidate(async () => new Uint8Array(bytes))(
        "twice.json",
        "episode",
      );
      expect(inApp.problems).toEqual([]);
      const result = await validate(join(dir, "twice.json"));
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`valid (${inApp.value?.events.length} valid events)`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("checks a collection at a web address", async () => {
    const server = await startLocalServer(async (request, response) => {
      try {
        const body = await readFile(join(root, "tests/fixtures/sample", request.url ?? ""));
        response.writeHead(200, { "content-type": "application/json" }).end(body);
      } catch {
        response.writeHead(404).end();
      }
    });
    try {
      const result = await validate(`${server.url}/collection.json`);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(
        `✓ ${server.url}/collection.json: valid (2 episodes, 4 events, 1 role, 1 article, 2 excerpts, 1 lesson, 0 corrections)`,
      );
    } finally {
      await server.close();
    }
  });
});
