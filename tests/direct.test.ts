import { describe, expect, it } from "vitest";
import { directSpan, factKind } from "../src/answer/direct.js";
import { buildAnswerer } from "../src/pipeline.js";

const answerer = buildAnswerer("corpus");
const direct = (q: string) => answerer.answer(q).direct;
/** The direct answer `question` would get from `text` (the sentence given, not searched). */
const spanIn = (question: string, text: string) => {
  const span = directSpan({ plan: answerer.search.plan(question), text, analyzer: answerer.search.analyzer });
  return span && text.slice(span.start, span.end);
};

describe("the kind of short fact a question asks", () => {
  it.each([
    ["what year was it signed", "year"],
    ["when was it renewed", "date"],
    ["how many times did trump meet kim", "count"],
    ["how long is it valid", "duration"],
    ["what does KCNA stand for", "expansion"],
    ["who is Sung Kim", "title"],
    ["who signed the treaty", "person"],
    ["which outlet reported it", "source"],
    ["where were the messages delivered", "place"],
    ["why does the alliance matter", undefined],
    ["what did xi say to kim", undefined],
  ])("%s → %s", (q, kind) => expect(factKind(q)).toBe(kind));
});

describe("direct answers through the real index", () => {
  it("copies the fact from the first passage, with that passage's citation", () => {
    const answer = answerer.answer("what year was it last renewed");
    expect(answer.direct?.text).toBe("2001");
    expect(answer.direct?.citation).toEqual(answer.passages[0]!.citation);
    expect(answer.passages[0]!.text.slice(answer.direct!.start, answer.direct!.end)).toBe("2001");
  });

  it("answers counts with their noun, expansions and titles in the articles' words", () => {
    expect(direct("how many times did trump meet kim")?.text).toBe("three times");
    expect(direct("how many rounds of sanctions did the us slap on them")?.text).toBe("several rounds");
    expect(direct("what does KCNA stand for")?.text).toBe("Korean Central News Agency");
    expect(direct("who is Sung Kim")?.text).toBe("U.S. Special Representative for North Korea");
  });

  it("gives no line for questions that ask no short fact", () => {
    expect(direct("why does the alliance matter so much for the north")).toBeUndefined();
    expect(direct("what did kim say about hostile forces")).toBeUndefined();
  });
});

describe("a line only when the sentence holds exactly one answer", () => {
  it("takes the one date, skipping a year that names a thing", () => {
    expect(spanIn("when did wang say it", "Wang said Wednesday that the 1961 treaty stands.")).toBe("Wednesday");
    expect(spanIn("when was it signed", "It was signed on July 11, 1961 in Beijing.")).toBe("July 11, 1961");
  });

  it("gives none when two different answers stand in the sentence", () => {
    expect(spanIn("when was it signed", "It was signed in 1961 and amended in 1975.")).toBeUndefined();
    expect(spanIn("who signed the treaty", "Zhou Enlai met Song Tao, and Liu Xiaoming spoke.")).toBeUndefined();
  });

  it("never answers with what the question already names", () => {
    expect(spanIn("what did Liu tell Sung Kim in 2021", "Liu told Sung Kim in 2021 that talks would go on.")).toBeUndefined();
    expect(spanIn("who met Sung Kim", "Sung Kim met the press.")).toBeUndefined();
  });
});
