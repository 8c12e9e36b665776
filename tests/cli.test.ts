import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "treaty-cli-"));
  made.push(dir);
  return dir;
};

// (maxBuffer: `npm run eval` prints every training part's misses, over the 1 MB spawnSync keeps by default.)
const tsx = (script: string, args: string[], input?: string, timeout = 30_000) =>
  spawnSync(process.execPath, ["--import", "tsx", script, ...args], { encoding: "utf8", input, timeout, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, CORPUS_DIR: "" } });

describe("npm run ask", () => {
  it("prints the renewal sentences with citations", () => {
    const run = tsx("src/cli/ask.ts", ["when was it renewed"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("The agreement was last renewed in 2001.");
    expect(run.stdout).toContain("Both the sides renewed it in 1981 and 2001");
    expect(run.stdout).toContain('[1] UPI, "China stands by mutual defense treaty with North Korea after 60 years", 7 July 2021');
  });

  it("answers a batch on standard input, one JSON line each, with --top", () => {
    const run = tsx("src/cli/ask.ts", ["--json", "--top", "2"], "when was it renewed\n\nwhat is the capital of France\n");
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0].question).toBe("when was it renewed");
    expect(lines[0].answered).toBe(true);
    expect(lines[0].passages).toHaveLength(2);
    expect(lines[0].passages[0]).toMatchObject({ text: expect.any(String), score: expect.any(Number), citation: { n: expect.any(Number), articleId: expect.any(String), title: expect.any(String) } });
    expect(lines[1]).toEqual({ question: "what is the capital of France", answered: false, passages: [] });
  });

  it("answers from another folder with --corpus", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "moon.md"), "---\ntitle: Moon base\npublisher: Lunar Times\n---\nThe moon base opened in 2031 after a long delay.\n");
    const run = tsx("src/cli/ask.ts", ["--json", "--corpus", dir, "when did the moon base open"]);
    const out = JSON.parse(run.stdout);
    expect(out.answered).toBe(true);
    expect(out.passages[0].citation).toMatchObject({ n: 1, title: "Moon base", publisher: "Lunar Times" });
    // A "when" question with one date in its best sentence: the date, copied, with that sentence's citation.
    expect(out.direct).toEqual({ text: "2031", citation: out.passages[0].citation });
  });

  it("adds no direct answer where the question asks no short fact", () => {
    const out = JSON.parse(tsx("src/cli/ask.ts", ["--json", "why does the alliance matter for the north"]).stdout);
    expect(out.answered).toBe(true);
    expect(out).not.toHaveProperty("direct");
  });

  it("explains a broken corpus file by name and exits 1", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "bad.txt"), "---\npublished: yesterday\n---\nText.\n");
    const run = tsx("src/cli/ask.ts", ["--corpus", dir, "anything"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/bad\.txt:2: front-matter field 'published' must be YYYY/);
  });
});

describe("npm run eval", () => {
  it("prints the figures as one JSON object", () => {
    const run = tsx("src/cli/eval.ts", ["--json", "tests/eval/dev-qa.json"]);
    expect(run.status).toBe(0);
    const figures = JSON.parse(run.stdout);
    expect(Object.keys(figures)).toEqual([
      "answerable", "unanswerable", "hitAt1", "hitAt3", "mrrAt10", "unanswerableRefused", "answerableRefused", "refusalPrecision",
      "onTopicRefused", "offTopicRefused", "directQuestions", "directRight", "directWrong", "directGiven", "directOnUnanswerable",
    ]);
  });

  it("shows the tidy file and the chat parts side by side, and the misses of the training parts only", () => {
    // (Every part is measured: some 25,000 questions, under a minute alone, up to two on a loaded 2-core machine.)
    const run = tsx("src/cli/eval.ts", [], undefined, 120_000);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^\s+tidy\s+chat train\s+chat train 2\s+chat train 3\s+chat train 5\s+chat train 7\s+chat train 9\s+chat train 11\s+chat train 13\s+chat train 15\s+chat train 17\s+chat train 19\s+chat train 21\s+chat train 23\s+chat train 25\s+chat train 27\s+chat train 29\s+chat train 31\s+chat train 33\s+chat train 35\s+chat train 37\s+chat train 39\s+chat train 41\s+chat train 43\s+chat train 45\s+chat train 47\s+chat train 49\s+chat train 51\s+chat train 53\s+chat train 55\s+chat train 57\s+chat train 59\s+chat train 61\s+chat train 63\s+chat train 65\s+chat train 67\s+chat train 69\s+chat train 71\s+chat train 73\s+chat train 75\s+chat train 77\s+chat train 79\s+chat train 81\s+chat train 83\s+chat train 85\s+chat train 87\s+chat train 89\s+chat train 91\s+chat train 93\s+chat train 95\s+chat train 97\s+chat train 99\s+chat train 101\s+chat train 103\s+chat train 105\s+chat train 107\s+chat train 109\s+chat train 111\s+chat train 113\s+chat train 115\s+chat train 117\s+chat train 119\s+chat train 121\s+chat train 123\s+chat train 125\s+chat train 127\s+chat train 129\s+chat train 131\s+chat train 133\s+chat train 135\s+chat train 137\s+chat train 139\s+chat train 141\s+chat train 143\s+chat train 145\s+chat train 147\s+chat train 149\s+chat train 151\s+chat train 153\s+chat train 155\s+chat train 157\s+chat train 159\s+chat train 161\s+chat train 163\s+chat train 165\s+chat train 167\s+chat train 169\s+chat train 171\s+chat train 173\s+chat train 175\s+chat train 177\s+chat train 179\s+chat train 181\s+chat train 183\s+chat train 185\s+chat train 187\s+chat train 189\s+chat train 191\s+chat train 193\s+chat train 195\s+chat train 197\s+chat train 199\s+chat train 201\s+chat train 203\s+chat train 205\s+chat train 207\s+chat train 209\s+chat train 211\s+chat train 213\s+chat train 215\s+chat train 217\s+chat train 219\s+chat train 221\s+chat train 223\s+chat train 225\s+chat train 227\s+chat train 229\s+chat train 231\s+chat train 233\s+chat train 235\s+chat train 237\s+chat train 239\s+chat train 241\s+chat train 243\s+chat train 245\s+chat train 247\s+chat train 249\s+chat train 251\s+chat train 253\s+chat train 255\s+chat train 257\s+chat train 259\s+chat train 261\s+chat train 263\s+chat train 265\s+chat train 267\s+chat train 269\s+chat train 271\s+chat train 273\s+chat train 275\s+chat train 277\s+chat train 279\s+chat train 281\s+chat train 283\s+chat train 285\s+chat train 287\s+chat train 289\s+chat train 291\s+chat train 293\s+chat train 295\s+chat train 297\s+chat train 299\s+chat train 301\s+chat train 303\s+chat train 305\s+chat train 307\s+chat train 309\s+chat train 311\s+chat train 313\s+chat train 315\s+chat train 317\s+chat train 319\s+chat train 321\s+chat train 323\s+chat train 325\s+chat train 327\s+chat train 329\s+chat train 331\s+chat train 333\s+chat train 335\s+chat train 337\s+chat train 339\s+chat train 341\s+chat train 343\s+chat train 345\s+chat train 347\s+chat train 349\s+chat train 351\s+chat train 353\s+chat train 355\s+chat train 357\s+chat train 359\s+chat train 361\s+chat train 363\s+chat train 365\s+chat train 367\s+chat train 369\s+chat train 371\s+chat train 373\s+chat train 375\s+chat train 377\s+chat train 379\s+chat train 381\s+chat train 383\s+chat train 385\s+chat train 387\s+chat train 389\s+chat train 391\s+chat train 393\s+chat train 395\s+chat train 397\s+chat train 399\s+chat train 401\s+chat train 403\s+chat train 405\s+chat train 407\s+chat train 409\s+chat train 411\s+chat train 413\s+chat train 415\s+chat train 417\s+chat train 419\s+chat train 421\s+chat train 423\s+chat train 425\s+chat train 427\s+chat train 429\s+chat train 431\s+chat train 433\s+chat train 435\s+chat train 437\s+chat train 439\s+chat train 441\s+chat train 443\s+chat train 445\s+chat train 447\s+chat train 449\s+chat train 451\s+chat train 453\s+chat train 455\s+chat train 457\s+chat train 459\s+chat train 461\s+chat train 463\s+chat train 465\s+chat train 467\s+chat train 469\s+chat train 471\s+chat train 473\s+chat train 475\s+chat train 477\s+chat train 479\s+chat train 481\s+chat train 483\s+chat train 485\s+chat train 487\s+chat train 489\s+chat train 491\s+chat train 493\s+chat train 495\s+chat train 497\s+chat train 499\s+chat train 501\s+chat train 503\s+chat train 505\s+chat train 507\s+chat train 509\s+chat train 511\s+chat train 513\s+chat train 515\s+chat train 517\s+chat train 519\s+chat train 521\s+chat train 523\s+chat train 525\s+chat train 527\s+chat train 529\s+chat train 531\s+chat train 533\s+chat train 535\s+chat train 537\s+chat train 539\s+chat train 541\s+chat train 543\s+chat train 545\s+chat train 547\s+chat train 549\s+chat train 551\s+chat train 553\s+chat train 555\s+chat train 557\s+chat train 559\s+chat train 561\s+chat train 563\s+chat train 565\s+chat train 567\s+chat train 569\s+chat train 571\s+chat train 573\s+chat train 575\s+chat train 577\s+chat train 579\s+chat train 581\s+chat train 583\s+chat train 585\s+chat train 587\s+chat train 589\s+chat train 591\s+chat train 593\s+chat train 595\s+chat train 597\s+chat train 599\s+chat train 601\s+chat train 603\s+chat train 605\s+chat train 607\s+chat train 609\s+chat train 611\s+chat train 613\s+chat train 615\s+chat train 617\s+chat train 619\s+chat train 621\s+chat train 623\s+chat train 625\s+chat train 627\s+chat train 629\s+chat train 631\s+chat train 633\s+chat train 635\s+chat train 637\s+chat train 639\s+chat train 641\s+chat train 643\s+chat train 645\s+chat train 647\s+chat train 649\s+chat train 651\s+chat train 653\s+chat train 655\s+chat train 657\s+chat train 659\s+chat train 661\s+chat train 663\s+chat train 665\s+chat train 667\s+chat train 669\s+chat train 671\s+chat train 673\s+chat train 675\s+chat train 677\s+chat train 679\s+chat train 681\s+chat train 683\s+chat train 685\s+chat train 687\s+chat train 689\s+chat train 691\s+chat train 693\s+chat train 695\s+chat train 697\s+chat train 699\s+chat train 701\s+chat train 703\s+chat train 705\s+chat train 707\s+chat train 709\s+chat train 711\s+chat train 713\s+chat train 715\s+chat test\s+chat val 4\s+chat val 6\s+chat val 8\s+chat val 10\s+chat val 12\s+chat val 14\s+chat val 16\s+chat val 18\s+chat val 20\s+chat val 22\s+chat val 24\s+chat val 26\s+chat val 28\s+chat val 30\s+chat val 32\s+chat val 34\s+chat val 36\s+chat val 38\s+chat val 40\s+chat val 42\s+chat val 44\s+chat val 46\s+chat val 48\s+chat val 50\s+chat val 52\s+chat val 54\s+chat val 56\s+chat val 58\s+chat val 60\s+chat val 62\s+chat val 64\s+chat val 66\s+chat val 68\s+chat val 70\s+chat val 72\s+chat val 74\s+chat val 76\s+chat val 78\s+chat val 80\s+chat val 82\s+chat val 84\s+chat val 86\s+chat val 88\s+chat val 90\s+chat val 92\s+chat val 94\s+chat val 96\s+chat val 98\s+chat val 100\s+chat val 102\s+chat val 104\s+chat val 106\s+chat val 108\s+chat val 110\s+chat val 112\s+chat val 114\s+chat val 116\s+chat val 118\s+chat val 120\s+chat val 122\s+chat val 124\s+chat val 126\s+chat val 128\s+chat val 130\s+chat val 132\s+chat val 134\s+chat val 136\s+chat val 138\s+chat val 140\s+chat val 142\s+chat val 144\s+chat val 146\s+chat val 148\s+chat val 150\s+chat val 152\s+chat val 154\s+chat val 156\s+chat val 158\s+chat val 160\s+chat val 162\s+chat val 164\s+chat val 166\s+chat val 168\s+chat val 170\s+chat val 172\s+chat val 174\s+chat val 176\s+chat val 178\s+chat val 180\s+chat val 182\s+chat val 184\s+chat val 186\s+chat val 188\s+chat val 190\s+chat val 192\s+chat val 194\s+chat val 196\s+chat val 198\s+chat val 200\s+chat val 202\s+chat val 204\s+chat val 206\s+chat val 208\s+chat val 210\s+chat val 212\s+chat val 214\s+chat val 216\s+chat val 218\s+chat val 220\s+chat val 222\s+chat val 224\s+chat val 226\s+chat val 228\s+chat val 230\s+chat val 232\s+chat val 234\s+chat val 236\s+chat val 238\s+chat val 240\s+chat val 242\s+chat val 244\s+chat val 246\s+chat val 248\s+chat val 250\s+chat val 252\s+chat val 254\s+chat val 256\s+chat val 258\s+chat val 260\s+chat val 262\s+chat val 264\s+chat val 266\s+chat val 268\s+chat val 270\s+chat val 272\s+chat val 274\s+chat val 276\s+chat val 278\s+chat val 280\s+chat val 282\s+chat val 284\s+chat val 286\s+chat val 288\s+chat val 290\s+chat val 292\s+chat val 294\s+chat val 296\s+chat val 298\s+chat val 300\s+chat val 302\s+chat val 304\s+chat val 306\s+chat val 308\s+chat val 310\s+chat val 312\s+chat val 314\s+chat val 316\s+chat val 318\s+chat val 320\s+chat val 322\s+chat val 324\s+chat val 326\s+chat val 328\s+chat val 330\s+chat val 332\s+chat val 334\s+chat val 336\s+chat val 338\s+chat val 340\s+chat val 342\s+chat val 344\s+chat val 346\s+chat val 348\s+chat val 350\s+chat val 352\s+chat val 354\s+chat val 356\s+chat val 358\s+chat val 360\s+chat val 362\s+chat val 364\s+chat val 366\s+chat val 368$/m);
    expect(run.stdout).toMatch(/^refusal precision(?:\s+[\d.]+){544}$/m);
    expect(run.stdout).toContain("chat train 3: misses");
    // The held-out parts show their figures only.
    expect(run.stdout).not.toContain("chat test: misses");
    expect(run.stdout).not.toContain("chat val 4:");
    expect(run.stdout).not.toContain("chat val 6:");
    expect(run.stdout).not.toContain("chat val 8:");
    expect(run.stdout).not.toContain("chat val 10:");
  }, 125_000);
});
