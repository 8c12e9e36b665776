import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { encodingProblem } from "../src/corpus/check.js";
import { loadCorpus } from "../src/corpus/loadCorpus.js";
import { repeatedKey } from "../src/search/repeatedKey.js";
import { removeTempCorpora, tempCorpus } from "./helpers/tempCorpus.js";

afterAll(removeTempCorpora);

const check = (...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "src/cli/corpusCheck.ts", ...args], { encoding: "utf8", timeout: 30_000, env: { ...process.env, CORPUS_DIR: "" } });


describe("npm run corpus:check", () => {
  it("passes on the bundled corpus and prints a table of the articles with their sentence counts", () => {
    const run = check();
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.status).toBe(0);
    for (const a of loadCorpus("corpus").articles) {
      expect(run.stdout).toMatch(new RegExp(`^${a.n}\\s+${a.id}\\.txt\\s+${a.sentences.length}\\s+${a.removed.length}\\s+\\d+\\s`, "m"));
    }
    expect(run.stdout).toContain("questions.json: 33 sample questions");
    // Cleaning's removals are shown with their rule, as information.
    expect(run.stdout).toMatch(/corpus\/000_800dbf628b9ad5a2\.txt:22\s+related-link: RELATED Speculation/);
    expect(run.stdout).toContain("✓ No errors.");
  });

  it("fails on a broken copy, naming the file and line of every problem", () => {
    const dir = tempCorpus({}, "corpus"); // a copy of the bundled corpus, to break
    const upi = readFileSync(join(dir, "000_800dbf628b9ad5a2.txt"));
    // Line 13 of article 2 saved as Latin-1: "é" as the single byte 0xE9.
    const lines = readFileSync(join(dir, "001_5d10eb6f8a2f4716.txt"), "utf8").split("\n");
    const latin1 = Buffer.concat([Buffer.from(lines.slice(0, 12).join("\n") + "\nRenewed in 2001, the pact \xE9"), Buffer.from([0xe9]), Buffer.from("\n" + lines.slice(13).join("\n"))]);
    writeFileSync(join(dir, "001_5d10eb6f8a2f4716.txt"), latin1);
    writeFileSync(join(dir, "004_copy.txt"), upi);
    writeFileSync(join(dir, "005_same_title.txt"), "---\ntitle: China stands by mutual defense treaty with North Korea after 60 years\npublisher: Someone else\n---\nA different story entirely, told in other words.\n");
    writeFileSync(join(dir, "006_empty.md"), "---\ntitle: Nothing here yet\n---\n\n");
    writeFileSync(join(dir, "007_boilerplate.txt"), "---\ntitle: Only links\n---\nRELATED Another story\nFollow Us\n");
    writeFileSync(join(dir, "008_front_matter.txt"), "---\ntitle: A date\npublished: yesterday\n---\nText.\n");
    writeFileSync(join(dir, "009_utf16.txt"), Buffer.from("\uFEFFTreaty text\r\nMore text\r\n", "utf16le"));
    writeFileSync(join(dir, "thesaurus.json"), '{\n  "groups": [\n    ["treaty", "pact"]\n    ["renew", "extend"]\n  ]\n}\n');

    const run = check("--corpus", dir);
    expect(run.status).toBe(1);
    const errors = run.stderr.trim().split("\n");
    expect(errors[0]).toMatch(/✗ 9 errors:/);
    const at = (file: string, line: number) => expect.stringMatching(new RegExp(`${file.replace(/\./g, "\\.")}:${line}: `));
    expect(errors.slice(1)).toEqual(
      expect.arrayContaining([
        at("001_5d10eb6f8a2f4716.txt", 13),
        at("004_copy.txt", 8), // the same text as article 1
        at("004_copy.txt", 2), // and its citation number
        at("005_same_title.txt", 2),
        at("006_empty.md", 4),
        at("007_boilerplate.txt", 4),
        at("008_front_matter.txt", 3),
        at("009_utf16.txt", 1),
        at("thesaurus.json", 4),
      ]),
    );
    const error = (place: string) => errors.find((e) => e.includes(`${place}:`))!;
    expect(error("001_5d10eb6f8a2f4716.txt")).toContain("not valid UTF-8");
    expect(error("004_copy.txt:8")).toContain("the same text as 000_800dbf628b9ad5a2.txt");
    expect(error("004_copy.txt:2")).toContain("citation number 1 is already 000_800dbf628b9ad5a2.txt's: give this article the next free number, 8");
    expect(error("005_same_title.txt")).toContain("the same title as 000_800dbf628b9ad5a2.txt:3");
    expect(error("006_empty.md")).toContain("no sentences to index: it has no text after the front matter");
    expect(error("007_boilerplate.txt")).toContain("cleaning removed all 2 of its lines");
    expect(error("008_front_matter.txt")).toContain("front-matter field 'published' must be YYYY");
    expect(error("009_utf16.txt")).toContain("UTF-16");
    expect(error("thesaurus.json")).toContain("is not valid JSON");
    // Files without a number of their own are numbered after the highest one, and told which to keep.
    expect(run.stdout).toMatch(/005_same_title\.txt:1\s+no `n:` in its front matter: cited as \[5\] for now; add `n: 5`/);
    // The articles that are fine are still listed.
    const press = loadCorpus("corpus").articles.find((a) => a.id === "002_c65d8ed23b62bfbf")!;
    expect(run.stdout).toMatch(new RegExp(`^3\\s+002_c65d8ed23b62bfbf\\.txt\\s+${press.sentences.length}\\s`, "m"));
  });
});

describe("a thesaurus entry of several words", () => {
  it("fails corpus:check: each word would join the group ('come into force' made 'force' a word for 'signed')", () => {
    const dir = tempCorpus({}, "corpus");
    const thesaurus = readFileSync(join(dir, "thesaurus.json"), "utf8").replace('"ratification",', '"ratification", "come into force",');
    writeFileSync(join(dir, "thesaurus.json"), thesaurus);
    const run = check("--corpus", dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("thesaurus.json");
    expect(run.stderr).toContain("one word per entry");
  });
});

describe("a key repeated in a data file", () => {
  it("is found with its line, in nested objects and not in strings or arrays", () => {
    expect(repeatedKey('{\n "a": {\n  "x": 1,\n  "y": 2,\n  "x": 3\n }\n}')).toEqual({ key: "x", line: 5 });
    expect(repeatedKey('{"a": {"x": 1}, "b": {"x": 1}, "c": ["x", "x"], "d": "\\"x\\": 1"}')).toBeUndefined();
  });

  it("fails corpus:check, naming the file, the line and the key (JSON would keep only its last value)", () => {
    const dir = tempCorpus({}, "corpus");
    const chat = readFileSync(join(dir, "chat.json"), "utf8").replace('"wrap up": "concluded",', '"wrap up": "concluded",\n  "get along": "relations",');
    writeFileSync(join(dir, "chat.json"), chat);
    const run = check("--corpus", dir);
    expect(run.status).toBe(1);
    const line = chat.slice(0, chat.indexOf('"get along": "relations"')).split("\n").length;
    expect(run.stderr).toContain(`chat.json:${line}: repeats the key "get along"`);
  });
});

describe("encoding check", () => {
  it("accepts UTF-8 with or without a byte-order mark", () => {
    expect(encodingProblem("a.txt", Buffer.from("\uFEFFTreaty – “text”\n", "utf8"))).toBeUndefined();
    expect(encodingProblem("a.txt", Buffer.from("Treaty – “text”\n", "utf8"))).toBeUndefined();
  });

  it("names the first line that is not UTF-8", () => {
    const bytes = Buffer.concat([Buffer.from("fine\nfine too\nbad "), Buffer.from([0x93, 0x94]), Buffer.from("\nfine\n")]);
    expect(encodingProblem("a.txt", bytes)).toMatchObject({ level: "error", file: "a.txt", line: 3 });
  });
});
