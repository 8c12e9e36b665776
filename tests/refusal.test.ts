import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { shortFact } from "../src/answer/direct.js";
import { refusalRule } from "../src/answer/refusal/rules.js";
import { fitRefusalModel, REFUSAL_FEATURES, type RefusalSample, refuses, unanswerableProbability } from "../src/answer/refusalModel.js";
import type { Answerer } from "../src/answer/answer.js";
import { buildAnswerer } from "../src/pipeline.js";

/** Expects each question answered (or, with `answered` false, refused), naming any that is not. */
function expectAnswered(answerer: Answerer, questions: readonly string[], answered: boolean): void {
  for (const q of questions) expect({ q, answered: answerer.answer(q).answered }).toEqual({ q, answered });
}

/** Expects each question refused by a rule: not answered, and no features for the fitted model to learn from. */
function expectRefusedByRule(answerer: Answerer, questions: readonly string[]): void {
  for (const q of questions) expect({ q, answered: answerer.answer(q).answered, features: answerer.refusalFeatures(q) }).toEqual({ q, answered: false, features: undefined });
}

/** Samples whose first feature (coverage) tells the kinds apart, the rest noise from a fixed sequence. */
function samples(): RefusalSample[] {
  let seed = 7;
  const noise = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
  return Array.from({ length: 80 }, (_, i) => {
    const unanswerable = i % 4 === 0;
    const features = REFUSAL_FEATURES.map(() => noise());
    features[0] = unanswerable ? 0.1 + 0.2 * noise() : 0.6 + 0.4 * noise();
    return { features, unanswerable };
  });
}

describe("the no-answer model (src/answer/refusal.ts)", () => {
  it("learns which feature tells answerable questions from the rest, the same way every time", () => {
    const model = fitRefusalModel(samples());
    expect(model.features).toEqual([...REFUSAL_FEATURES]);
    // More coverage, less chance of "no answer"; the noise features weigh far less.
    expect(model.weights[0]).toBeLessThan(0);
    for (const w of model.weights.slice(1)) expect(Math.abs(w)).toBeLessThan(Math.abs(model.weights[0]!) / 3);
    expect(fitRefusalModel(samples())).toEqual(model);
    const params = { model, threshold: 0.5, minPassageCoverage: 0 };
    const low = REFUSAL_FEATURES.map((_, i) => (i === 0 ? 0.15 : 0.5));
    const high = REFUSAL_FEATURES.map((_, i) => (i === 0 ? 0.9 : 0.5));
    expect(unanswerableProbability(params, low)).toBeGreaterThan(0.5);
    expect(unanswerableProbability(params, high)).toBeLessThan(0.25);
    expect(refuses(params, low)).toBe(true);
    expect(refuses(params, high)).toBe(false);
  });

  it("counts a sample of weight 3 as three copies of it (so that one fact's many wordings can count less)", () => {
    const base = samples().slice(0, 40);
    const copied = [...base, base[0]!, base[0]!, base[1]!, base[1]!];
    const weighted = base.map((s, i) => (i < 2 ? { ...s, weight: 3 } : s));
    const a = fitRefusalModel(copied);
    const b = fitRefusalModel(weighted);
    a.weights.forEach((w, i) => expect(b.weights[i]).toBeCloseTo(w, 4));
    expect(b.bias).toBeCloseTo(a.bias, 4);
  });

  it("refuses, through the real index, questions the articles cannot answer and answers those they can", () => {
    const answerer = buildAnswerer("corpus");
    expectAnswered(answerer, ["whats the bitcoin price today", "what did blinken say abt north korea", "hey bot got a good kimchi recipe lol"], false);
    expectAnswered(answerer, ["when was the treaty renewed", "is the alliance still on", "who r the leaders that sent msgs"], true);
  });

  it("does not read an everyday word the articles lack as an article word mistyped ('joke' is no 'Joe')", () => {
    const answerer = buildAnswerer("corpus");
    const [joke] = answerer.search.plan("tell me a joke bot").concepts;
    expect(joke).toMatchObject({ surface: "joke", asTyped: true });
    expect(answerer.answer("tell me a joke bot").answered).toBe(false);
    // A typo is still looked up as the article word it is one letter from.
    expect(answerer.search.plan("when was the traety renewd").concepts.some((c) => c.asTyped)).toBe(false);
    expect(answerer.answer("when was the traety renewd").answered).toBe(true);
  });

  it("refuses a pasted quotation that no article prints, nor anything near it, and answers one they do", () => {
    const answerer = buildAnswerer("corpus");
    expectRefusedByRule(answerer, ["is 'as close as lips and teeth' an xi quote from the anniversary msg", "did xi actually say 'we will never abandon our brothers in pyongyang'"]);
    // An outlet the alias file knows and no article names (the first was answered with Wang Wenbin's briefing).
    expectRefusedByRule(answerer, ["who does the associated press quote on the treaty", "does the washington post piece mention wang wenbin"]);
    // Checked as what someone "really called" something too.
    expectRefusedByRule(answerer, ["did xi really call nk and china 'as close as lips and teeth' in his msg?"]);
    expect(answerer.answer("is 'friendship forged with blood' an actual kim quote?").answered).toBe(true);
    // A member's own words between quotes, most of them the articles': a paraphrase to look for, not a fake to refuse.
    expect(answerer.answer("did kim really say 'the treaty is there to defend socialism'").answered).toBe(true);
    // What a speaker put out is no part of their name: "the kcna report", "the chinese readout" (both were refused).
    for (const q of ["what did the kcna report say", "what did the kcna blurb say", "what did the chinese readout say about kim"]) expect(answerer.answer(q).answered).toBe(true);
    // Words quoted in one question, and "actually" asked in another of the same message, of the treaty (it was refused).
    const aggro = answerer.answer("gamer brain question: is this basically a 'if u aggro one of us u aggro both' pact? what does it actually oblige them to do when someone attacks");
    expect(aggro.passages[0]?.text).toBe("Under the terms of the pact, both countries would extend assistance to each other in an attack.");
    // Pasted words no article prints, then the real ones asked for: those are answered (it was refused).
    const real = answerer.answer("apparently wang told the us to \"drop all sanctions now\" - is that what he said? what did he actually want the us to do");
    expect(real.passages[0]?.text).toMatch(/^Wang noted that the US should attach importance to addressing the legitimate and reasonable concerns/);
    // Members' words in quotes, in an argument, are no quotation to check: the question after them is answered (they were refused).
    expect(answerer.answer("so priya says the last time they renewed it was 2011 and i said 'no u, its way earlier'. when was the most recent renewal").direct?.text).toBe("2001");
    expect(answerer.answer("why is nk sanctioned in the first place? one says human rights stuff, other says 'no its the nukes'").answered).toBe(true);
    // Nor is "who said" asked of them when it is asked before them, of something else.
    expect(answerer.answer("ok who said biden and xi would meet at the g20? jim says blinken, i say 'no its some indo-pacific guy at the white house'").direct?.text).toBe("Kurt Campbell");
    expectRefusedByRule(answerer, ["who said 'ask not what your country can do for you'"]);
    // Nor the lines of a member named before a colon ("dev: '...' vs me: '...'"), while "a real xi quote: '...'" is checked.
    expect(answerer.answer("what did wang say abt the 1961 treaty, dev: 'he called it outdated' vs me: 'he praised it'").passages[0]?.text).toMatch(/^Chinese foreign ministry spokesman Wang Wenbin said/);
    // Nor when an open question of its own follows the check: the articles answer it whatever the words pasted.
    expect(answerer.answer("my bro says the us envoy for nk is 'some guy named kim' lol, is that real? whats his name").direct?.text).toBe("Sung Kim");
    // While someone's words checked as a quote still are: "someone said 'X' is an xi quote, real?".
    expectRefusedByRule(answerer, ["is this a real xi quote: “the blood alliance will never be broken by outside pressure”", "someone said 'as close as lips and teeth' is an xi quote, is that real"]);
    // Nor when a yes-or-no question of its own, in the articles' words, follows them (both were refused).
    expect(answerer.answer('friend says "its basically attack one u attack both" is that actually what the treaty says').passages[0]?.text).toMatch(/assistance to each other in an attack|mutual assistance during an armed attack/);
    expect(answerer.answer("someone posted 'biden refuses to ever talk to kim' as a white house quote. is the us actually open to talks").passages[0]?.text).toMatch(/^The White House claimed that Biden was open to negotiations/);
  });

  it("refuses by rule questions about a country or a known name no article mentions, or about the words of someone no passage names", () => {
    const answerer = buildAnswerer("corpus");
    // The fit learns nothing from them: the rule decides.
    expectRefusedByRule(answerer, ["trety renewel by mongolia", "whats russias take on the china nk treaty", "what did the japanese prime minister say about the treaty", "what did kim jong il do with the treaty"]);
    // A word for the kind of answer ("in what respects", "which epithet") is no thing a best sentence must have.
    expect(answerer.answer("in what respects did xi say china backs the dprk's development").answered).toBe(true);
    expect(answerer.answer("which epithet did the article use for north korea").answered).toBe(true);
    // A state that no longer exists is a country too, though today's list of countries leaves it out.
    expectRefusedByRule(answerer, ["did the ussr have a defence pact w pyongyang", "what did the soviets make of the china nk treaty", "did yugoslavia sign one too"]);
    // A country the articles do discuss, and a speaker they quote, are answered.
    expect(answerer.answer("what did china say about the treaty").answered).toBe(true);
    expect(answerer.answer("what did kim say about the treaty").answered).toBe(true);
    // A reaction asked with the possessive typed without its apostrophe is a saying asked of its speaker.
    expectRefusedByRule(answerer, ["what was the south korean presidents reaction"]);
    // A saying whose best sentence lacks a name asked, while another of the best three has it, is answered:
    // "Campbell also said the United States does not support Taiwan independence" beside the Asia Society event's sentence.
    expect(answerer.answer("what did campbell say about taiwan at the asia society event").passages.slice(0, 3).map((p) => p.text).join(" ")).toMatch(/does not support Taiwan independence/);
    expect(answerer.answer("liu told sung kim what").passages[0]?.text).toMatch(/^Liu told the U\.S\. envoy/);
    // A person named is the speaker, though the question mistitles them; an office alone must be named as asked.
    expect(answerer.answer("what did the us ambassador wang wenbin say about the treaty").passages[0]?.text).toMatch(/Wang Wenbin/);
    expectRefusedByRule(answerer, ["what did south koreas govt say", "what did the japanese news agency say"]);
    // Someone who only spoke to another ("Sung Kim spoke to Liu on the phone") has no words of theirs told; "on that call" is a phone call, not what they called something.
    expectRefusedByRule(answerer, ["what did sung kim say back to liu on that call", "what did sung kim say"]);
    expect(answerer.answer("what did liu tell sung kim on the call").answered).toBe(true);
    // Places asked in the plural ask a place as the singular does; the best sentences name none of Trump's and Kim's meetings.
    expectRefusedByRule(answerer, ["which cities did trump meet kim in"]);
    // A place in the country of the trip asked ("Xi's visit in Pyongyang" is no city of Kim's China visit).
    expectRefusedByRule(answerer, ["which city did kim go to on his first china visit in march 2018", "where did kim go in china on his first trip in march 2018"]);
    expect(answerer.answer("us envoy visit which city re nk dialogue").answered).toBe(true);
    // A country's head by office: its country and the office together ("Seoul" and "Chinese President" apart are not the South Korean president).
    expectRefusedByRule(answerer, ["what did the south korean president say about the 60th anniversary"]);
    expect(answerer.answer("what did the chinese president say about the anniversary").answered).toBe(true);
    // "South Korean" is South Korea (the alias file), one name: its "korean" is not the North Korean leader's.
    expect(answerer.search.plan("south korean president reaction?").concepts.find((c) => /korean/.test(c.surface))?.terms).toEqual(new Map([["@south-korea", 1]]));
    expectRefusedByRule(answerer, ["did the south korean president comment on xi and kims messages"]);
    // The speaker, then their reaction, as the whole message; or what they made of something.
    expectRefusedByRule(answerer, ["south korean president reaction?", "what did south korea's president make of the anniversary"]);
    expectAnswered(answerer, ["china's take on the treaty?", "kim's reaction to xi's message", "what did kim make of xi's message"], true);
    // Asked yes or no too: "did X say anything about ...".
    expectRefusedByRule(answerer, ["did the south korean president say anything about the 60th anniversary or just stay quiet"]);
    expectAnswered(answerer, ["did campbell say anything about taiwan", "did the spokesman say anything about the treaty", "did beijing say anything about the anniversary"], true);
    // A news article is no speaker to find by name; the treaty's "article 2" is one no sentence names.
    expect(answerer.answer("what did the article say about trade").answered).toBe(true);
    expectRefusedByRule(answerer, ["what does article 2 of the treaty say word for word"]);
    // A country the member puts to the test is a claim to check, not a reason to refuse by rule.
    expect(answerer.refusalFeatures("is russia north korea's main ally or is it someone else")).toBeDefined();
    expect(answerer.refusalFeatures("russia is nk's only real ally isn't it")).toBeDefined();
    expect(answerer.refusalFeatures("trump only met kim once in singapore didnt he")).toBeDefined();
    // Nor for the no-answer model, which answers with the sentence that corrects it (both were refused).
    expect(answerer.answer("russia is nk's only real ally isn't it").passages.slice(0, 3).some((p) => /China was the only ally/.test(p.text))).toBe(true);
    expect(answerer.answer("is russia north korea's main ally or is it someone else").answered).toBe(true);
    // So is a statement typed with a question mark: the passage that tells where corrects it ("During a visit to Seoul ...").
    expect(answerer.answer("the us special rep said in tokyo the us was willing to meet the north?").passages[0]?.text).toMatch(/^During a visit to Seoul/);
    // A country a best sentence names by its people is named there: "... to fight Japanese colonisers" names Japan.
    expect(answerer.answer("kim il sung fought japan with which soldiers").answered).toBe(true);
    // (But not when the best sentences say nothing of it: "i heard japan signed a treaty with nk", below, stays refused.)
    expect(answerer.search.plan("what time is it in tokyo").concepts.flatMap((c) => [...c.terms.keys()])).not.toContain("japanes");
  });

  it("refuses by rule a question for a number, year or length of time that none of the best sentences holds, or not as exactly as asked", () => {
    const answerer = buildAnswerer("corpus");
    // "constructing underground missile silos in the desert": the silos, but no number of them.
    expect(answerer.refusalFeatures("how many missile silos is china building")).toBeUndefined();
    expect(answerer.answer("how many missile silos is china building").answered).toBe(false);
    // The same words asking what, not how many, are answered.
    expect(answerer.answer("where is china building missile silos").answered).toBe(true);
    expect(answerer.answer("how many times did trump meet kim").answered).toBe(true);
    // "several rounds" tells how many rounds, but not the exact number asked for.
    expect(answerer.answer("how many rounds of sanctions has the us imposed").answered).toBe(true);
    expect(answerer.answer("how many rounds of us sanctions exactly, like a number").answered).toBe(false);
    expect(answerer.answer("how many times exactly did trump meet kim").answered).toBe(true);
    // An age typed as a noun: a person's, which no article tells; the treaty's, which the 60th anniversary does.
    expect(answerer.answer("wang wenbin age?").answered).toBe(false);
    expect(answerer.answer("treaty age?").direct?.text).toBe("60th anniversary");
    // A share asked by its word is told by "most of the trade" (a percentage is not).
    expect(answerer.answer("what share of nk trade does china have").answered).toBe(true);
    expect(answerer.answer("What percentage of North Korea's trade is with China?").answered).toBe(false);
    // The sentence a passage shows before its own holds the length ("The treaty ... is valid for 20 years. Both the sides renewed it ...").
    expect(answerer.answer("how long does the alliance last before they gotta renew").answered).toBe(true);
    // The time since something began is told by its year too ("established diplomatic relations in 1949").
    expect(answerer.answer("how long have china and nk had diplomatic ties").passages[0]?.text).toContain("in 1949");
    // "how many" alone after a statement counts the statement's plural noun: troops, which no article counts; meetings, which one does.
    expect(answerer.answer("china sent troops in the korean war didnt they, how many").answered).toBe(false);
    expect(answerer.answer("xi and kim have met several times, how many").direct?.text).toBe("five times");
  });

  it("refuses by rule a time question whose best sentences tell the time of something else", () => {
    const answerer = buildAnswerer("corpus");
    // "Xi's visit ... on June 21, 2019", "signed in 1961": times, but of no birth and no test.
    // "last" is one of WordNet's senses of "die", but "The agreement was last renewed in 2001" tells no death.
    expectRefusedByRule(answerer, ["when was xi born", "when did china test its first nuke", "when did kim il sung die"]);
    // A person's birthday is their birth, not the treaty's anniversary; the treaty's "birthday" is its anniversary.
    expectRefusedByRule(answerer, ["what day is xi's birthday", "kim jong uns bday when"]);
    expect(answerer.answer("when was the treaty's 60th birthday").direct?.text).toBeDefined();
    // So is a death, which no article tells; not a thing's ("before the bromance died").
    expectRefusedByRule(answerer, ["when did zhou enlai die", "how many chinese soldiers died in the korean war"]);
    expect(answerer.answer("how many summits did trump and kim do before the bromance died").answered).toBe(true);
    expect(answerer.answer("when did xi visit pyongyang").answered).toBe(true);
    // Where the member saw it is not what is asked about: the caption's time is Xi's visit's.
    expect(answerer.answer("In the photo on the Press TV story, when was Xi in Pyongyang?").passages[0]?.text).toMatch(/during Xi's visit in Pyongyang, North Korea on June 21, 2019/);
    expect(answerer.answer("when was the treaty signed").answered).toBe(true);
    // "last" picks one test of several; it says nothing of what a test is: "last renewed in 2001" is no test.
    expect(answerer.answer("when did nk do its last nuclear test").answered).toBe(false);
    expect(answerer.answer("when was it last renewed").direct?.text).toBe("2001");
    // The best sentence tells it by what it followed, with no time: "This is a united front, and it materialized after Pyongyang appeared to open up ...".
    expect(answerer.answer("when did this china-nk united front materialize").passages[0]?.text).toMatch(/materialized after/);
    // "speak" is told by "said" (a stop word, no index term): "Wang Wenbin said Wednesday ..." is the time asked.
    expect(answerer.answer("what day did wang speak").answered).toBe(true);
    // "Campbell also said ... Taiwan ...": said on the occasion the sentence before times ("Campbell said Tuesday at ...").
    expect(answerer.answer("when did campbell talk about taiwan").answered).toBe(true);
    // A thing's start is told by its making ("Signed in 1961, the ... Treaty"), when the sentence has the rest of what is asked.
    expect(answerer.answer("what year did this whole friendship treaty thing start").answered).toBe(true);
    expectRefusedByRule(answerer, ["When did the North Korean missile test moratorium begin?"]);
    // Words only of the members' claims are nothing asked: "took over" is no act the time must be of (it was refused).
    expect(answerer.answer("when did kim jong un first go to china? one says 2012 right when he took over, other says like 2018").direct?.text).toMatch(/March 2018/);
  });

  it("refuses a count of people whom no counting sentence found names all of, 'the two leaders' being the two its story names most", () => {
    const answerer = buildAnswerer("corpus");
    // "Kim first visited China in March 2018 and the two leaders have since met five times": Xi's and Kim's meetings, not Biden's.
    expect(answerer.answer("how many times did biden meet kim").answered).toBe(false);
    // A sum asked over several is told in parts: "Trump met with Kim three times", "the two leaders have since met five times".
    expect(answerer.answer("how many meetings has kim had with trump and xi put together").answered).toBe(true);
    expect(answerer.answer("how many times has liu xiaoming been to pyongyang").answered).toBe(false);
    expect(answerer.answer("how many times have xi and kim met").direct?.text).toBe("five times");
    expect(answerer.answer("how many times did trump meet kim").direct?.text).toBe("three times");
    // None of the thing counted, told by a refusal: "he refused to relieve any of the sanctions" (not of other things: "rounds of sanctions" is no sanction).
    expect(answerer.answer("so trump met kim a bunch, how many sanctions did he drop after all that").answered).toBe(true);
    expect(answerer.answer("exactly how many rounds of sanctions has the US imposed on NK by itself?").answered).toBe(false);
  });

  it("refuses a time question whose timed sentences leave out one of the people asked about, when the best one only names the event", () => {
    const answerer = buildAnswerer("corpus");
    // "During a visit to Seoul, the US special representative ..." names the visit, no time of it; "Kim first visited China in March 2018" is another Kim's visit.
    expect(answerer.answer("when did sung kim visit seoul, what date").answered).toBe(false);
    expect(answerer.answer("what day exactly did sung kim visit seoul").answered).toBe(false);
    // Nor is a report's time the time of what it reports ("Yonhap reported Tuesday that ... Sung Kim spoke to Liu"), unless the report is asked.
    expectRefusedByRule(answerer, ["what date did the us special representative visit seoul"]);
    expect(answerer.answer("what day did yonhap report the envoys' call").answered).toBe(true);
    // A saying's time beside what it lasts until still answers when it ends.
    expect(answerer.answer("wasnt the treaty supposed to expire at some point? when does it actually end").answered).toBe(true);
    // "Kim first visited China in March 2018 ... met five times" dates no meeting of Trump's.
    expect(answerer.answer("what year did trump and kim meet for the first time").answered).toBe(false);
    // The people asked about, in a timed sentence: answered.
    expect(answerer.answer("when did kim first visit china").direct?.text).toBe("March 2018");
    expect(answerer.answer("when did xi and kim swap messages").answered).toBe(true);
  });

  it("refuses a question for someone's earlier post that no best sentence tells, and answers one a sentence does", () => {
    const answerer = buildAnswerer("corpus");
    // The articles name Liu Xiaoming's post now, none before it.
    expectRefusedByRule(answerer, ["what was liu xiaoming's job before he became special rep", "what was liu xiaoming's previous job", "what did liu xiaoming do before he became special rep"]);
    expectRefusedByRule(answerer, ["What did Kurt Campbell do before becoming Indo-Pacific coordinator?", "what job did ri son gwon have before foreign minister"]);
    // "Signed by former Chinese Premier Zhou Enlai ...".
    expect(answerer.answer("what was zhou enlai's previous job").direct?.text).toBe("Chinese Premier");
  });

  it("refuses a kin no best sentence names so, and answers the one a sentence does", () => {
    const answerer = buildAnswerer("corpus");
    // "Kim Il Sung, Kim Jong Un’s grandfather": no father, no son of Kim Il Sung.
    expectRefusedByRule(answerer, ["who is kim jong un's father", "who was kim il sung's son"]);
    // The possessive typed without its apostrophe too (it was answered "Xi Jinping").
    expectRefusedByRule(answerer, ["who is kim jong uns father"]);
    // An office's holder years before the stories, when the best sentences name only today's ("Chinese President Xi Jinping").
    expectRefusedByRule(answerer, ["who was chinese president when the treaty was signed in 1961", "who was the dprk ambassador to china in 2001", "who was the previous special rep"]);
    // (Not one a sentence gives the office as held then: "former Chinese Premier Zhou Enlai".)
    expect(answerer.answer("who was the chinese premier in 1961").direct?.text).toBe("Zhou Enlai");
    // A generation of leaders is no post's holders: "the older generation of leaders" Wang spoke of is answered by his words.
    expect(answerer.answer("who r the older generation of leaders wang mentioned").answered).toBe(true);
    expect(answerer.answer("whos kju's grandpa").direct?.text).toBe("Kim Il Sung");
    // A "who is X to Y" that names no kin is no kin question: "who is open to talks" is answered (Biden).
    expect(answerer.answer("who is open to talks").passages[0]?.text).toContain("Biden was open to negotiations");
    // A kinship claimed is checked, not refused.
    expect(answerer.answer("kim il sung was his dad right").answered).toBe(true);
  });

  it("refuses 'who was the expert' when no best sentence names an expert: Al Jazeera quotes Kim Jong-un, no expert", () => {
    const answerer = buildAnswerer("corpus");
    // "As expert comments - “And the closer they get ...”": the articles never name the expert.
    expect(answerer.answer("who was the expert al jazeera quoted abt denuclearising nk").answered).toBe(false);
    // What the expert said is told.
    expect(answerer.answer("what did the expert say about denuclearising nk").passages[0]?.text).toMatch(/^As expert comments/);
  });

  it("refuses by rule the channel's chatter: a wish, whether a thing is worth it, a game's result, a shop's hours, the weather, a song, a release, a recipe", () => {
    const answerer = buildAnswerer("corpus");
    expectRefusedByRule(answerer, ["happy bday mia 🎉", "is the new zelda worth it ngl", "who won the match yesterday", "what time does the ramen place open", "whats the weather in beijing tomorrow", "is it gonna rain in pyongyang", "who sang gangnam style", "when does the next iphone come out", "how make dumplings like chinese grandma do"]);
    // The weather typed tersely too; not "weather" as a verb.
    expectRefusedByRule(answerer, ["weather seoul", "seoul weather?"]);
    expect(answerer.answer("how did the treaty weather the cold war").answered).toBe(true);
    // Not a question about the treaty's worth or the anniversary, nor when news came out.
    expect(answerer.answer("how important is the treaty for nk").answered).toBe(true);
    expect(answerer.answer("which agency did press tv credit for kim's msg and what day did it come out").answered).toBe(true);
  });

  it("refuses by rule a question about the asker's own affairs that names nothing of the articles", () => {
    const answerer = buildAnswerer("corpus");
    expectAnswered(answerer, ["my discord calls keep dropping, any fix?", "who signed for the package at my door, i was asleep"], false);
    // A member's friend's claim, or their own reading, about the subject is a question about the articles.
    expectAnswered(answerer, ["my friend says kim jong un's dad signed it for nk, is that right?", "My hives are quiet today so Im reading: what exactly do the two countries promise each other in case of war?"], true);
  });

  it("refuses by rule a question about someone no article names, typed with a word of a name they do ('kim kardashian')", () => {
    const answerer = buildAnswerer("corpus");
    expectRefusedByRule(answerer, ["kim kardashian new boyfriend who is he", "is kim kardashian still married or no", "my cousin says kim kardashian is launching a new brand, whats it called", "kim kardashian's new show is mid, am i right"]);
    // A thing named after a name no article uses is the claim's subject, not its value: "the treaty of versailles was signed in 1918 right?" is no claim about the articles' treaty.
    expect(answerer.answer("treaty of versailles was signed in 1918 right? prove me wrong").answered).toBe(false);
    expect(answerer.plan("is kim kardashian still married").otherThing).toBe("kim kardashian");
    // A guess at who did what the articles tell is answered (and checked); a name near a name of theirs is that name mistyped.
    expectAnswered(answerer, ["was it kim kardashian who signed the treaty", "did kim kardashian sign the treaty"], true);
    expect(answerer.plan("what did kim jung eun say about the treaty").otherThing).toBeUndefined();
  });

  it("refuses by rule a question about a thing named with the articles' words in another sense (chat.json's otherSenses)", () => {
    const answerer = buildAnswerer("corpus");
    expectRefusedByRule(answerer, ["is the great wall of china visible from space fr", "what beats a trump card in bridge", "whos winning the premier league rn", "when is chinese new year this year"]);
    expect(answerer.plan("what beats a trump card in bridge")).toMatchObject({ otherThing: "trump card", normalised: "what beats a in bridge" });
    // Beside a name of the articles, the question is theirs.
    expectAnswered(answerer, ["did trump play a trump card with kim on sanctions"], true);
  });

  it("refuses by rule letters no best sentence spells out, and why a name was given when none explains it", () => {
    const answerer = buildAnswerer("corpus");
    // "at the G20 summit": named, never spelt out; "the only ally of the hermit kingdom": used, never explained.
    expectAnswered(answerer, ["what does g20 stand for", "why is north korea called the hermit kingdom anyway"], false);
    expect(answerer.answer("what does kcna stand for").direct?.text).toBe("Korean Central News Agency");
    // "what is xinhua" asks what it is, not what letters stand for; "call it quits" names nothing.
    expectAnswered(answerer, ["what is xinhua", "why did nk call it quits on the missile test pause"], true);
  });

  it("refuses by rule the bot's own view, not what the articles expect", () => {
    const answerer = buildAnswerer("corpus");
    expectAnswered(answerer, ["what's your own opinion, is the treaty a good thing or a bad thing", "is kim jong un a good leader in your view", "do you personally think china would actually go to war to defend nk"], false);
    // "it could get another extension": what the articles expect answers it.
    expectAnswered(answerer, ["do you think they'll renew it again"], true);
  });

  it("refuses by rule a question the member marks as off the subject, when it names nothing of the articles", () => {
    const answerer = buildAnswerer("corpus");
    // "Al Jazeera adds discord in relations between them" shares a word with it, no more.
    expectAnswered(answerer, ["ok unrelated but flask or fastapi for a discord bot dashboard? 🐍", "random q: whats the best pizza in town"], false);
    expectAnswered(answerer, ["off topic but what did kim say about the treaty"], true);
  });

  it("asks the speaker's words only of a question for words: which outlet said it, or where, is a short fact", () => {
    const answerer = buildAnswerer("corpus");
    // Kyodo News is not called Japanese in the articles; the question asks which outlet, not a Japanese outlet's words.
    expectAnswered(answerer, ["which japanese news said that liu told the envoy about concessions"], true);
    // Nor is "my notes" the asker's own affair when the question is the treaty's renewal.
    expectAnswered(answerer, ["which years did they renew it? need both for my notes"], true);
  });

  it("refuses by rule a question naming nothing of the subject whose best sentence shares only a number with it", () => {
    const answerer = buildAnswerer("corpus");
    // "The Straits Times mentioned that Kim first visited China in March 2018 ...": a year, and nothing of a world cup.
    expect(answerer.answer("Which team won the 2018 World Cup?").answered).toBe(false);
    // A year alone is asked about.
    expect(answerer.answer("what happened in 2018").answered).toBe(true);
  });

  it("refuses by rule a lesson asked of the channel that names nothing of the articles", () => {
    const answerer = buildAnswerer("corpus");
    expectRefusedByRule(answerer, ["can someone explain how a mortgage works", "could u explain the offside rule", "eli5 how vaccines work", "explain inflation like im 5"]);
    // Asked of the treaty, its people or its words, the same request is a question for the articles.
    expectAnswered(answerer, ["can someone explain the mutual assistance part of the treaty", "could someone explain what kim said abt the friendship being forged with blood", "eli5 the china nk alliance"], true);
  });

  it("refuses by rule an invitation to the channel, not a question for the articles", () => {
    const answerer = buildAnswerer("corpus");
    expectRefusedByRule(answerer, ["anyone down for a friendship raid tonight?", "whos up for ranked after the summit lol", "need 2 more for the clan war, whos in", "party at 8, what time we meeting", "who wants to run the friendship quest in the raid tonight", "whos going to the anime summit thing next weekend", "yo whos renewing their nitro this month lol"]);
    // Questions about the articles' people are not invitations.
    const rule = (q: string) => {
      const plan = answerer.search.plan(q);
      return refusalRule(plan, answerer.search.searchPlan(plan, 10), shortFact(plan, answerer.search.analyzer));
    };
    expect(rule("who is going to the g20 summit")).not.toBe("invitation");
    expect(rule("whos going to sign the next renewal")).not.toBe("invitation");
    expect(answerer.answer("was the anniversary message aimed at anyone in particular").answered).toBe(true);
  });

  it("refuses by rule a question for when someone took a post, which no timed best sentence tells", () => {
    const answerer = buildAnswerer("corpus");
    // "Yonhap reported Tuesday that ... Sung Kim spoke to Liu": a time, but of a report, not of an appointment.
    expectAnswered(answerer, ["when did liu xiaoming become china's special representative", "when was sung kim appointed us envoy for nk", "since when has song tao headed the international department"], false);
    // Nor how long someone has held it: "the 60th anniversary", "July 11, 1961" tell how long the treaty has been, not Xi's presidency.
    expectAnswered(answerer, ["how long has xi been president", "how long has kim jong un been in power", "how long has kim been leader of nk"], false);
    // Or when someone took over or came to power, asked; not taking over told in a claim ("... right after he took over. when was his first visit").
    expectAnswered(answerer, ["when did kim jong un take over, 2011 or 2012", "what year did xi come to power"], false);
    expect(answerer.answer("my understanding is kim jong un first went to china back in 2012 right after he took over. when was his first visit").answered).toBe(true);
    expect(answerer.answer("how long have china and nk had diplomatic ties").answered).toBe(true);
    // A time question of something else is not touched by it, nor becoming something that is no post.
    expect(answerer.answer("when did liu talk to sung kim").answered).toBe(true);
    expect(answerer.answer("when did china and north korea become allies").answered).toBe(true);
    expect(answerer.answer("when did china and nk become official diplomatic buddies").answered).toBe(true);
    // "official" before "allies" says what kind of allies, not a post.
    expect(answerer.answer("when did china n nk become official allies").answered).toBe(true);
  });

  it("refuses by rule a question for the words of a speaker no article names", () => {
    const answerer = buildAnswerer("corpus");
    // "Wang" is the spokesman, but "yi" is in no sentence; nor is "eu" or "nato".
    for (const q of ["what did wang yi say about the anniversary", "what did the eu say about the china-nk treaty", "what was nato's reaction to the treaty"]) {
      expect(answerer.answer(q).answered).toBe(false);
    }
    expect(answerer.answer("what did wang say about the treaty").answered).toBe(true);
    // An everyday word for a person is no name: "guy" is in no sentence either.
    expect(answerer.answer("what did the chinese guy say about the treaty").answered).toBe(true);
    // A person's own name word, or a name word beside another of the articles', names them, the unknown word misspelt (all were refused).
    for (const q of ["what did lu xiaoming tell the american envoy", "what did kim jong oon say the treaty is for"]) expect(answerer.answer(q).answered).toBe(true);
  });

  it("refuses by rule a question for the words of a speaker no best sentence names by every word the question does", () => {
    const answerer = buildAnswerer("corpus");
    // South Korea is named ("collusion with neighboring South Korea"), its government never; nor a unification ministry, nor the Global Times.
    expectAnswered(answerer, ["what did the south korean govt say about the treaty anniversary", "what did the south korean unification ministry say about the xi kim msgs", "what did the global times say abt the 60th anniversary"], false);
    // Every word of the speaker found, or a word for any person or group ("guy", "team"), or a participle ("quoted").
    expectAnswered(answerer, ["what did china's foreign ministry say about the treaty", "what did the white house say about biden", "what did biden's team say about talks", "what did the expert quoted say happens to denuclearization if they get closer", "how did nk's top guy in beijing respond to that"], true);
  });

  it("refuses by rule a question for the words of a country, body or person that no article has say anything", () => {
    const answerer = buildAnswerer("corpus");
    // The UN is named ("harsh United Nations sanctions"), never as saying anything; nor its secretary general.
    expectAnswered(answerer, ["what did the un say about the treaty", "what did the un secretary general say about the anniversary"], false);
    // "Beijing said ...", "the US president said ...", "The White House claimed ...", "North Korea and China have hailed ...".
    expectAnswered(answerer, ["what did china say about the treaty", "what did the us say about talks", "what did the white house say about biden", "what did north korea say about the anniversary"], true);
    // People named but never speaking: Trump "met with Kim three times", Zhou Enlai signed, Song Tao delivered the messages.
    expectAnswered(answerer, ["what did trump say about the treaty", "what did zhou enlai say about the treaty", "what did song tao say"], false);
    // Speaking by name, through a quotation, or by title: "Campbell also said", "Kim was quoted as saying", "after the US president said".
    expectAnswered(answerer, ["what did campbell say", "what did kim say about the treaty", "what did biden say about nk"], true);
    // A person's "position" asked is their post, not their words.
    expect(answerer.answer("what was zhou enlai's position").answered).toBe(true);
  });

  it("refuses by rule a question of who came before or after someone, when no best sentence tells a succession", () => {
    const answerer = buildAnswerer("corpus");
    expectAnswered(answerer, ["who replaced liu xiaoming as chinas special rep for nk", "who was nk's foreign minister before ri son-gwon", "whos gonna take over after kim", "who will be north korea's next leader"], false);
    // "before all this" dates the question, it asks no one's predecessor.
    expect(answerer.answer("who were they fighting together back in the day before all this lol").answered).toBe(true);
    // "Pyongyang has blasted Trump's successor, Joe Biden": told.
    expect(answerer.answer("who succeeded trump according to the press tv piece").answered).toBe(true);
    expect(answerer.answer("who came before biden").answered).toBe(true);
    // Of two people named, a succession told with one of them will do ("Former US president Donald Trump met with Kim").
    expect(answerer.answer("who was biden's predecessor that met kim").answered).toBe(true);
    // And answered by name: who succeeded, "came after", or is the successor of someone.
    for (const q of ["who succeeded trump", "who came after trump", "who is trump's successor"]) expect({ q, direct: answerer.answer(q).direct?.text }).toEqual({ q, direct: "Joe Biden" });
    // A succession told of someone else is none of the person asked ("Trump's successor" is not Liu Xiaoming's).
    expectAnswered(answerer, ["who replaced liu xiaoming", "who is liu xiaoming's successor"], false);
  });

  it("refuses by rule a question for a place of one country when the best sentences tell only places of another", () => {
    const answerer = buildAnswerer("corpus");
    // "during Xi's visit in Pyongyang": a place, but not a Chinese one.
    expectAnswered(answerer, ["which chinese city did kju visit first in march 2018", "where in china did kim go on his first trip in march 2018"], false);
    expectAnswered(answerer, ["where did xi visit in 2019", "which north korean city did xi visit in 2019"], true);
    // A place stated to check, not asked, is told by a best sentence that names it ("During a visit to Seoul, the US special representative ...").
    expectAnswered(answerer, ["i heard the us special rep said in seoul the us is willing to meet the north, true?"], true);
    // A comment asked of a body no best sentence names ("National Security Council Indo-Pacific Coordinator" is no UN body).
    expectAnswered(answerer, ["did the un security council comment on the 60th anniversary of the treaty"], false);
  });

  it("refuses by rule a question whether an event or a gift happened, or how someone voted, that no best sentence tells of", () => {
    const answerer = buildAnswerer("corpus");
    expectAnswered(answerer, ["did kju throw a banquet or ceremony in pyongyang for the 60th anniversary", "did xi send kim any gift for the 60th anniversary", "was there like a big parade or banquet in pyongyang for the 60th anniversary"], false);
    expectAnswered(answerer, ["did beijing vote for the sanctions on pyongyang at the un", "did china veto the un sanctions"], false);
    // Troops sent, which no best sentence tells of; but what the treaty obliges is answered by its terms.
    expectAnswered(answerer, ["has china ever actually sent troops under this treaty", "did china send troops to nk in 2021"], false);
    expectAnswered(answerer, ["does china have to send troops if the us attacks nk", "did chinese soldiers fight alongside korean guerrillas"], true);
    // "the messages exchanged by the two leaders": told.
    expectAnswered(answerer, ["did xi send kim a message for the anniversary", "was there a renewal coming up around the anniversary"], true);
    // An event only guessed, saying so last, is not asked about.
    expectAnswered(answerer, ["where did the big message handoff happen, some fancy banquet hall i guess"], true);
  });

  it("refuses by rule a question for a time of day that no best sentence tells", () => {
    const answerer = buildAnswerer("corpus");
    // "said Wednesday at a regular press briefing": a day, no hour.
    expectAnswered(answerer, ["what time was wang wenbin's press briefing", "what time is the mod meeting tonight"], false);
    // "time of day" is a clock time too ("Sunday" was the line); "time of (the) year" is not.
    expectAnswered(answerer, ["what time of day was the treaty signed on july 11 1961"], false);
    // A count asked by the things then "count": refused when no best sentence gives a number of them.
    expectAnswered(answerer, ["nuke tests count", "nk nuclear warhead count?"], false);
    // A claim's tag before "how many" is no thing counted.
    expect(answerer.answer("like trump and kim had those summits right how many was it total").direct?.text).toBe("three times");
    expect(answerer.answer("xi kim meetings count").direct?.text).toBe("five times");
    expectAnswered(answerer, ["what time of year was the treaty signed", "when was wang's press briefing"], true);
    // Nor is "back to what time": an era ("date back to the 1930s").
    expectAnswered(answerer, ["ties of two country go back to what time"], true);
    // A day of the week that no best sentence gives of what is asked: "on Sunday while exchanging messages on the 60th
    // anniversary of the Treaty of Friendship signed ... on July 11, 1961" is the messages' day, not the signing's.
    expectAnswered(answerer, ["what day of the week was the treaty signed", "what weekday was the treaty actually signed on back in 1961?"], false);
    expect(answerer.answer("what weekday did the 60th anniversary fall on").direct?.text).toBe("Sunday");
    expect(answerer.answer("60 year anniversary of treaty fall on what day of week").direct?.text).toBe("Sunday");
  });

  it("reads the no-answer model's short-fact feature at the bars it was fitted with, whatever bars a line is shown at", () => {
    const answerer = buildAnswerer("corpus");
    // At a low bar, "... at the G20 summit in October" would be a line for it, and the question would look answered.
    const q = "@mods when is the fan signing event for the new album lol";
    const at = (minCoverage: number) => {
      answerer.search.useParams({ ...answerer.search.params, directLine: { minCoverage, doerMinCoverage: minCoverage } });
      return { features: answerer.refusalFeatures(q), answered: answerer.answer(q).answered };
    };
    expect(at(0.05)).toEqual(at(0.45));
    expect(at(0.05).answered).toBe(false);
  });

  it("refuses by rule a month or day asked of a year, or a day of a month, that no best sentence gives", () => {
    const answerer = buildAnswerer("corpus");
    // "Both the sides renewed it in 1981 and 2001": a year, no month; "July 11, 1961" is another year's. "... at the G20 summit in October": no day.
    expectAnswered(answerer, ["what month was the treaty renewed in 1981?", "what exact day in october is the g20 summit"], false);
    // A day of another month in the year asked corrects the month the member has wrong.
    expect(answerer.answer("what day in august 1961 was the treaty signed").direct?.text).toBe("July 11, 1961");
    expectAnswered(answerer, ["what month was the treaty signed in 1961", "what day in july was it signed", "which month is the g20 summit"], true);
    // A day asked of a year that no best sentence gives a month in: "last renewed in 2001". (1961 and 2019 have theirs.)
    expectAnswered(answerer, ["exact date of the 2001 renewal? day n month"], false);
    expectAnswered(answerer, ["what was the exact date of the 1961 signing", "what day in 2019 did xi visit pyongyang"], true);
    // A year the asker states in a sentence before is not the year asked ("July 11, 1961" is no day of 2021).
    expect(answerer.answer("the 60th anniversary was in 2021 right? what was the exact date of the signing").direct?.text).toBe("July 11, 1961");
  });

  it("refuses by rule a time asked of a thing named by a rare word no article uses, right before its verb", () => {
    const answerer = buildAnswerer("corpus");
    // "armistice": no article has it, so "signed ... on July 11, 1961" dates something else (it was the line).
    expectAnswered(answerer, ["when was the korean war armistice signed", "what yr was the korean war armistice signed"], false);
    expectAnswered(answerer, ["when was the friendship pact inked", "when was the bilateral pact signed", "when did the treaty get inked"], true);
  });

  it("refuses by rule a story's writer, whom no best sentence names", () => {
    const answerer = buildAnswerer("corpus");
    // The articles carry no bylines; "who reported" asks an outlet, and "who wrote the message" a leader.
    expectAnswered(answerer, ["who wrote the upi article", "Who was the reporter that wrote the UPI article?"], false);
    expectAnswered(answerer, ["who reported the envoy call", "who wrote the message to xi"], true);
  });

  it("refuses by rule a question for a sum of money that no best sentence tells", () => {
    const answerer = buildAnswerer("corpus");
    // "It accounts for most of the trade with the North": trade, but no sum.
    expect(answerer.answer("how much is china nk trade worth in dollars per year").answered).toBe(false);
    expect(answerer.answer("what was the total value of china-nk trade in 2020").answered).toBe(false);
    expect(answerer.answer("trade value?").answered).toBe(false);
    // Asked as how much trade, its volume, or a sum of billions claimed.
    expectRefusedByRule(answerer, ["how much trade did china and north korea do in 2020", "what was the trade volume between china and north korea in 2020", "china-nk trade is worth like 10 billion a year, am i right"]);
    expect(answerer.answer("how much of nk's trade goes thru china").answered).toBe(true);
  });

  it("refuses by rule a question for a population that no best sentence tells", () => {
    const answerer = buildAnswerer("corpus");
    // "Pyongyang appeared to open up on its impasse": the city, but no count of its people.
    expectAnswered(answerer, ["whats the population of pyongyang", "whats nks population", "how many people live in north korea"], false);
    expectAnswered(answerer, ["what does xi want for the people of both countries"], true);
  });

  it("refuses by rule a comparison of things that are nothing of the articles, and answers one of theirs", () => {
    const answerer = buildAnswerer("corpus");
    expectRefusedByRule(answerer, ["which came first the chicken or the egg", "which came out first, minecraft or roblox"]);
    expect(answerer.answer("which came first, the treaty or diplomatic relations").answered).toBe(true);
  });

  it("reads an excuse or a justification asked as a reason, and a guess after a question whose verb is irregular as a guess", () => {
    const answerer = buildAnswerer("corpus");
    // "Pyongyang insists that its missile and nuclear programs are defensive measures ...".
    expect(answerer.answer("what excuse does pyongyang give for its missile program").passages[0]?.text).toContain("defensive measures");
    // "was it mao??" after "who put their names on the 1961 pact" is a guess, not a name asked about.
    expect(answerer.answer("who put their names on the 1961 pact was it mao??").direct?.text).toBe("Zhou Enlai and North Korea's Kim Il Sung");
  });

  it("refuses by rule a request for advice to the asker, which news does not give", () => {
    const answerer = buildAnswerer("corpus");
    // After a clause of its own, and how to do something, as much as "how do i".
    expectRefusedByRule(answerer, ["how do i renew my passport online", "how i renew my passport online", "should i refinance my mortgage", "any tips for a job interview", "my nitro expired, how do i renew it", "how do u say hello in korean", "anyone know how to summon an ally in elden ring"]);
    // Asking how to tell something about the treaty is a question about the treaty.
    expect(answerer.answer("how do i know if the treaty is still valid").answered).toBe(true);
    expect(answerer.answer("how would u describe china's role for nk economically").answered).toBe(true);
    // Nor a recommendation or a translation, though the words may be the articles' ("60th anniversary", "korean").
    expectAnswered(answerer, ["best pizza topping, go", "whats a good gift for my parents' 60th anniversary", "anyone know a good ramen place near the station?", "translate 'good morning' into korean pls", "what are the best music bots for discord rn", "good recipe for chinese dumplings pls", "someone pls tell me a good recipe for peking duck", "any good summit hikes in colorado for beginners"], false);
    // Nor one asked after a chat log's lines that ask nothing.
    expectRefusedByRule(answerer, ["tom: pineapple is elite\nana: ur banned\ntom: whats the best pizza topping, settle this"]);
    // "best" in a question about the treaty is no request.
    expect(answerer.answer("is china nk's best friend").answered).toBe(true);
  });

  it("refuses by rule what the part that asks is refused for, not the members' lines before it", () => {
    const answerer = buildAnswerer("corpus");
    // The claims before the question name a year of something else ("2019", "2018"): the question alone asks when Kim first visited China.
    expect(answerer.answer("[13/06/2026, 09:45] ali: kim went to china for the first time in 2019\n[13/06/2026, 09:46] sue: no, 2018, before the trump summit\n[13/06/2026, 09:46] ali: eh\nwhen did kim first visit china").answered).toBe(true);
    // Words offered in quotes as a guess after an open question's comma are no quotation to check.
    expect(answerer.answer("what did xi write in his msg, something deep like 'new phone who dis'?").answered).toBe(true);
    expect(answerer.answer("whats kurt campbells actual job title, 'guy who says things'?").direct?.text).toBe("National Security Council Indo-Pacific Coordinator");
    // An interjection the question turns after ("oh") is no line that leans on the one before.
    expect(answerer.answer("china has its own nk envoy too btw. oh who is china's special rep for north korea").answered).toBe(true);
    // A question off the subject is refused whatever part asks: the treaty of Versailles, then "when was it signed".
    expect(answerer.answer("the treaty of versailles was signed in 1066 obviously. when was it actually signed").answered).toBe(false);
    // And a part that points back to the lines before is read with them: the ambassador to Pyongyang is named by no article.
    expect(answerer.answer("the blasting news piece mentions china's ambassador to pyongyang. but what's his actual name?").answered).toBe(false);
  });

  it("does not count the asker's context as words the best sentence leaves out", () => {
    const answerer = buildAnswerer("corpus");
    const q = "my history prof mentioned the treaty in passing and moved on way too fast, i only caught that it was sometime in the summer. does anyone know the precise date it got signed? asking for my notes";
    const plan = answerer.search.plan(q);
    expect(plan.concepts.find((c) => c.surface === "prof")?.context).toBe(true);
    const features = answerer.refusalFeatures(q)!;
    // "prof", "passing", "summer" and the rest: no share of what the question asks, no unknown word of it.
    expect(features[REFUSAL_FEATURES.indexOf("unmatchedShare")]).toBeLessThanOrEqual(0.5);
    expect(features[REFUSAL_FEATURES.indexOf("unknownRarity")]).toBe(0);
    expect(answerer.answer(q).answered).toBe(true);
    // Nor a name only the context names ("mao"), though a question marked off the subject is still refused.
    expect(answerer.answer("someone up thread said mao himself signed it with kim il sung. who actually signed the treaty").answered).toBe(true);
    // Nor a place only the context names ("singapore").
    expect(answerer.answer("how many times did trump meet kim? i remember singapore and maybe one more, not sure").direct?.text).toBe("three times");
    // "in person" says how, not an office whose holder is asked.
    expect(answerer.answer("someone said xi and kim handed over the anniversary msgs in person. who actually delivered them").answered).toBe(true);
    expect(answerer.answer("totally unrelated to the korea stuff but my history teacher kept going on about the treaty of versailles today. what year was that signed and who signed it?").answered).toBe(false);
    // Other treaties the context names beside the articles' countries are what the asker has already, not what is asked.
    expect(answerer.answer("my teacher wants every treaty on one timeline. i already have nato and the warsaw pact but im missing the chinese one with north korea. wat year was that one signed??").direct?.text).toMatch(/1961/);
  });

  it("refuses what someone the articles never name said, though their name begins like another's", () => {
    const answerer = buildAnswerer("corpus");
    // "Kim Yo Jong" (aliases.json) is not "Kim": the articles never quote her.
    expect(answerer.answer("what did kim yo jong say about the treaty").answered).toBe(false);
    expect(answerer.answer("what did kim say about the treaty").answered).toBe(true);
  });

  it("refuses by rule a question about what will happen at a time still to come", () => {
    const answerer = buildAnswerer("corpus");
    expect(answerer.answer("will kim jong un visit beijing again next year").answered).toBe(false);
    expect(answerer.answer("will nk hold another nuclear test before the end of the year").answered).toBe(false);
    // "when's xi going to pyongyang next": a visit to come, not Xi's visit of 2019 that a caption tells.
    expect(answerer.answer("when's xi going to pyongyang next").answered).toBe(false);
    // The articles tell what may come: "it could get another extension", "a renewal that is likely to take place around Sunday".
    expect(answerer.answer("could the treaty get extended again in the future").answered).toBe(true);
    expect(answerer.answer("when will the treaty be renewed next").direct?.text).toBe("around Sunday");
  });

  it("refuses by rule a question for an office holder that no best sentence names", () => {
    const answerer = buildAnswerer("corpus");
    // The articles report what China's ambassador said, never his name.
    expect(answerer.answer("whats the name of chinas ambassador in pyongyang").answered).toBe(false);
    // Today's holder is not named by a post held once: "former Chinese Premier Zhou Enlai" (the premier "now" was answered from it).
    expect(answerer.answer("who is the premier of china now").answered).toBe(false);
    expect(answerer.answer("who was the chinese premier in 1961").direct?.text).toBe("Zhou Enlai");
    // "chinese ambassador": China's, whose office a people's name says as "china's" does.
    expect(answerer.answer("whats the name of the chinese ambassador in pyongyang").answered).toBe(false);
    // An ambassador is that post, not any envoy: not "China's Special Representative ... Liu Xiaoming".
    expect(answerer.answer("who is chinas ambassador to pyongyang, whats his name").answered).toBe(false);
    // While an envoy may be a special representative ("U.S. Special Representative for North Korea Sung Kim").
    expect(answerer.answer("who is the us envoy for north korea").answered).toBe(true);
    // They name North Korea's (Ri Ryong Nam, "the DPRK ambassador to China") and the spokesman.
    expect(answerer.answer("whats the name of north koreas ambassador to china").direct?.text).toBe("Ri Ryong Nam");
    expect(answerer.answer("who is the chinese foreign ministry spokesman").answered).toBe(true);
    // Nor another minister: "Song Tao, the minister of the International Department" is not China's foreign minister;
    // North Korea's is named ("North Korea's foreign minister has ruled out ..." → "..., Ri Son-gwon said").
    expect(answerer.answer("who is china's foreign minister").answered).toBe(false);
    expect(answerer.answer("who is nk's foreign minister").direct?.text).toBe("Ri Son-gwon");
    // A name beside another post is no holder: "Campbell also said ..." gives him none.
    expect(answerer.answer("who is the us secretary of state rn").answered).toBe(false);
    // Nor the post of another country: "U.S. President Joe Biden" for South Korea's.
    expect(answerer.answer("who is south koreas president rn").answered).toBe(false);
    // But a sentence that names the post beside a person may: "Liu told the U.S. envoy ...".
    expect(answerer.answer("name of americas north korea envoy?").answered).toBe(true);
    // Or the quotation the passage shows after it names the holder: "“We are not considering ...,” Ri Son-gwon said".
    expect(answerer.answer("name of the north korean FM who said talking to the us gets them nowhere").direct?.text).toBe("Ri Son-gwon");
    // A year in a part that asks nothing asks no earlier holder ("... looks like he hasnt slept since 2015").
    expect(answerer.answer("every govt has that one guy at the podium who looks like he hasnt slept since 2015 lmao. whos the chinese foreign ministry spokesman who talked abt the treaty").direct?.text).toBe("Wang Wenbin");
    // An office only guessed after the question is none asked for: who said it, whatever their post.
    expect(answerer.answer("who called the korean peninsula 'china's doorstep', xi? no i think it was the spokesman guy").direct?.text).toMatch(/Wang/);
    // Several posts asked: a sentence naming Wang and, by his title, China's special representative Liu Xiaoming names one holder.
    const both = answerer.answer("who are the china and us special reps for north korea");
    expect(both.answered).toBe(true);
    expect(both.passages.slice(0, 3).some((p) => p.text.includes("Special Representative for North Korea Liu Xiaoming"))).toBe(true);
  });

  it("refuses by rule a question asking a desert or province by name that no best sentence names", () => {
    const answerer = buildAnswerer("corpus");
    expect(answerer.answer("which desert exactly are those chinese missile silos in").answered).toBe(false);
    expect(answerer.answer("where exactly in the desert are the chinese missile silos").answered).toBe(false);
    expect(answerer.answer("where are the chinese missile silos").answered).toBe(true);
    // A building by its name: "during a meeting in Beijing" names the city, no building.
    expect(answerer.answer("which building in beijing was the song tao ri ryong nam meeting held in").answered).toBe(false);
    expect(answerer.answer("in which chinese province are the missile silos being built").answered).toBe(false);
    // Where they are built is told ("in the desert"), so that question is answered.
    expect(answerer.answer("where is china building missile silos").direct?.text).toBe("in the desert");
  });

  it("refuses who signed a renewal when no best sentence names a person beside a renewal", () => {
    const answerer = buildAnswerer("corpus");
    // "Signed by ... Zhou Enlai and ... Kim Il Sung" is the treaty's own signing, not the 2001 renewal.
    expect(answerer.answer("who signed the 2001 renewal for china").answered).toBe(false);
    expect(answerer.answer("which chinese leader renewed the treaty in 2001?").answered).toBe(false);
    expect(answerer.answer("who signed the treaty").direct?.text).toBe("Zhou Enlai and North Korea's Kim Il Sung");
    // Asked plainly, "Both the sides renewed it" is an answer.
    expect(answerer.answer("who renewed the treaty").answered).toBe(true);
  });

  it("refuses a person's age at an event that no best sentence tells, though the question names the treaty", () => {
    const answerer = buildAnswerer("corpus");
    expect(answerer.answer("how old was kim il sung when he signed the treaty").answered).toBe(false);
    // The treaty's own age is told ("the 60th anniversary").
    expect(answerer.answer("how old is the treaty").direct?.text).toBe("60th anniversary");
  });

  it("refuses a thing asked by a word of its own that no best sentence has, not a word for the kind of answer", () => {
    const answerer = buildAnswerer("corpus");
    const rule = (q: string) => {
      const plan = answerer.search.plan(q);
      const hits = answerer.search.searchPlan(plan, 10);
      return refusalRule(plan, hits, shortFact(plan, answerer.search.analyzer));
    };
    // The anniversary sentences tell of pledges and messages, no gift; the treaty's text is not quoted by article.
    expect(rule("what gifts did xi send kim for the anniversary")).toBe("focus-missing");
    expect(rule("which article of the treaty has the mutual defense clause")).toBe("focus-missing");
    // Asked by its number too.
    expect(rule("which article number holds the mutual defense clause")).toBe("focus-missing");
    // Or as a plural noun after its modifiers: no article names a resolution.
    expect(rule("which un security council resolutions put the sanctions on nk")).toBe("focus-missing");
    expect(rule("which news agencies reported kim's message")).toBeUndefined();
    // "news" is no plural; how far something goes ("to what extent") is no thing asked by its word (both were refused).
    expect(rule("By which news agency was the phone call between the two special representatives initially reported")).toBeUndefined();
    expect(rule("To what extent does the treaty obligate each signatory to come to the defence of the other in the event that either is subjected to armed aggression")).toBeUndefined();
    // Nor the frames of a formal register: "under what circumstances", "what undertaking", "in which capital", "on how many occasions".
    // Nor "what office", "in what manner", "what advice" (a saying tells it), nor a relative "on which the two governments".
    for (const q of ["According to Beijing, under what circumstances would the treaty cease to be in force?", "What undertaking did President Xi give concerning the future level of bilateral cooperation?", "In which capital did the American special representative signal Washington's readiness to engage the North in dialogue?", "On how many occasions did former President Trump meet the North Korean leader?", "What office does Song Tao occupy within the Chinese Communist Party's organisational structure?", "In what manner did President Biden indicate that he intended to address the threat posed by North Korea's nuclear programme?", "What advice did Kim Jong-un give his nation regarding its preparedness for future relations with other powers?", "I would be grateful if you could specify the precise calendar date on which the two governments signed the agreement.", "On what grounds does North Korea justify its missile and nuclear programmes?", "What kind of structures is China reported to be building in the desert?"]) {
      expect(rule(q)).toBeUndefined();
    }
    // Nor a relative "which" and its verb: "... 10 yrs which sounds off" asks no sounds.
    expect(rule("someone in here said each term only lasts 10 yrs which sounds off. how long is the treaty valid for each time")).toBeUndefined();
    // Words asked by their kind, which a saying tells ("Liu told the U.S. envoy that ...").
    expect(rule("wat msg did liu pass to sung kim abt nk nukes")).toBeUndefined();
    // The news stories asked by their own word: every passage is in one ("articles" is no word a sentence needs).
    expect(rule("which articles carry kim's line about hostile forces getting more desperate")).toBeUndefined();
    expect(rule("which article number of the treaty has the mutual defense clause")).toBe("focus-missing");
    expect(answerer.answer("which ministers delivered the messages").answered).toBe(true);
    // (Not a verb after a word for the kind of answer: "which country hosts ..." asks a country.)
    expect(rule("which country hosts the g20 summit")).not.toBe("focus-missing");
    // "which paper", "which fields": the kind of answer, which the best sentence tells without the word.
    expect(rule("which paper said kim and xi met five times")).toBeUndefined();
    expect(rule("according to which publication did campbell say the us does not back taiwan independence")).toBeUndefined();
    // "what became of": a verb, not a thing asked by its own word.
    expect(rule("what became of north korea's moratorium on missile tests")).toBeUndefined();
    expect(answerer.answer("which fields could china nk cooperate in, like education?").answered).toBe(true);
    // A thesaurus synonym has it: "which pact" finds the treaty.
    expect(rule("which pact did china and nk sign in 1961")).toBeUndefined();
    // "what phrase": the wording is what is asked, in whatever words the sentence has.
    expect(rule("press tv one: what phrase did the spokesman use for where the korea issue sits in relation to china")).toBeUndefined();
  });

  it("refuses a question about another treaty, named by a word no article uses", () => {
    const answerer = buildAnswerer("corpus");
    // "hw" in chat is homework, not "how" (an aside before a colon goes: "history hw: what were ...").
    expect(answerer.search.plan("need help with history hw what were the main terms of the treaty of versailles").normalised).toContain("history homework");
    expect(answerer.search.plan("history hw: what were the main terms of the treaty of versailles").normalised).toBe("what were the main terms of the treaty of versailles");
    expectAnswered(answerer, ["history hw: what were the main terms of the treaty of versailles", "anyone know if the paris climate treaty is still a thing", "when was the versailles treaty signed"], false);
    expectAnswered(answerer, ["when was the china nk treaty signed", "is the friendship treaty still on", "what is the mutual defense treaty"], true);
    // Nor a short chat word no list has before "treaty": "sign dis treaty" (the shorthand file has "dat" now).
    expectAnswered(answerer, ["wen did chna n nk sign dis treaty"], true);
  });

  it("refuses how an event turned out when the articles only expect it, not what is expected", () => {
    const answerer = buildAnswerer("corpus");
    // "Campbell ... expects Biden and Xi to meet at the G20": written before the outcome.
    expect(answerer.answer("did biden n xi end up meeting at the g20 or nah").answered).toBe(false);
    // "or not" after "did" asks the outcome too, even when the question is read as the month it claims; not "did ... ever ... or not".
    expect(answerer.answer("so did biden and xi actually meet at the g20 in october or not").answered).toBe(false);
    expect(answerer.answer("did biden ever sit down face to face with xi before all this or not").answered).toBe(true);
    expect(answerer.answer("did biden and xi eventually meet").answered).toBe(false);
    // Its outcome asked by name, or what happened when it did.
    expect(answerer.answer("What was the outcome of the meeting between President Biden and President Xi at the G20 summit?").answered).toBe(false);
    expect(answerer.answer("so what happened when biden and xi met at the g20 in october").answered).toBe(false);
    expect(answerer.answer("when might biden and xi finally meet").answered).toBe(true);
    // What someone expected is told, however it turned out.
    expect(answerer.answer("where did campbell think biden and xi would finally meet up").answered).toBe(true);
  });

  it("refuses by rule a 'where' question that no best sentence tells a place or an occasion for", () => {
    const answerer = buildAnswerer("corpus");
    // "Signed in 1961, the China-DPRK Treaty ...": when, but never where.
    expect(answerer.answer("which city was the treaty signed in").answered).toBe(false);
    expect(answerer.answer("where did trump and kim first meet").answered).toBe(false);
    // The occasion told after the act ("will meet at the G20 summit"), not before ("at an online Asia Society event that he expects").
    expect(answerer.answer("where does kurt campbell expect biden and xi to meet").direct?.text).toBe("at the G20 summit");
    expect(answerer.answer("where did xi visit in 2019").answered).toBe(true);
    // Whose doorstep it is at tells where ("The issue of the Korean Peninsula is at China's doorstep"), though no country answers "which country".
    expect(answerer.answer("where is the korean peninsula according to wang").passages[0]?.text).toMatch(/at China's doorstep/);
    expect(answerer.answer("liu xiaoming before was ambassador to which country?").answered).toBe(false);
    // An occasion tells where, though the sentence tells of two ("at an online Asia Society event ... at the G20 summit").
    expect(answerer.answer("where did campbell make the g20 comment").answered).toBe(true);
    // But not when the question names the occasion itself: only a place answers that.
    expect(answerer.answer("where was the g20 summit that campbell mentioned held").answered).toBe(false);
    // Ground told by what lies near it ("war games near its territorial waters") tells where too.
    expect(answerer.answer("where r the war games nk complains abt being held").answered).toBe(true);
  });

  it("wants a number of the very thing counted, and a person's age in years", () => {
    const answerer = buildAnswerer("corpus");
    // The articles give numbers ("several rounds", "five times"), but none of nukes or troops.
    expect(answerer.answer("how many nukes does north korea have rn").answered).toBe(false);
    expect(answerer.answer("how many chinese troops fought in the korean war").answered).toBe(false);
    // Counted in the member's claim before "how many do they have": the claim's thing is what is counted.
    expectRefusedByRule(answerer, ["nk has like 50 nukes rn right? how many do they actually have", "heard there are chinese troops stationed in nk bc of the treaty, how many are there"]);
    expect(answerer.answer("trump met kim like once right? how many times did they meet").answered).toBe(true);
    // What is counted ends at its plural noun: the verb after it ("visit") is not counted by "met five times".
    expect(answerer.answer("how many chinese tourists visit nk").answered).toBe(false);
    expect(answerer.answer("how many people attended the beijing meeting").answered).toBe(false);
    // "the 60th anniversary" is the treaty's age, not Kim's.
    expect(answerer.answer("how old is kim jong un").answered).toBe(false);
    expect(answerer.answer("how old is the treaty").answered).toBe(true);
    // "only", "most", "several" count too; the name of whose things are counted is not the thing.
    expect(answerer.answer("how many defence treaties do beijing n pyongyang have").answered).toBe(true);
    expect(answerer.answer("how much of nk's trade goes thru china").answered).toBe(true);
    expect(answerer.answer("how many rounds of sanctions did the us slap on them").answered).toBe(true);
    // An event is counted after its verb: "met with Kim three times".
    expect(answerer.answer("trump kim meetings how many").answered).toBe(true);
    // The length of a thing on the ground is a distance, not the treaty's "20 years".
    expect(answerer.answer("how long is the china nk border").answered).toBe(false);
    expect(answerer.answer("how long is the treaty valid").answered).toBe(true);
    // How long, told without a number: "until lasting peace and stability is achieved".
    expect(answerer.answer("how long is beijing gonna keep helping in korea").answered).toBe(true);
    // Or told as long without saying how long: "North Korea has long been under harsh United Nations sanctions".
    const sanctions = answerer.answer("how long has nk been under un sanctions");
    expect(sanctions.passages[0]?.text).toMatch(/^North Korea has long been under harsh United Nations sanctions/);
    expect(sanctions.direct).toBeUndefined();
  });

  it("reads whether the asker speaks of themselves, not of the US nor asking the bot to tell them", () => {
    const answerer = buildAnswerer("corpus");
    const firstPerson = (q: string) => answerer.refusalFeatures(q)?.[REFUSAL_FEATURES.indexOf("firstPerson")];
    expect(firstPerson("my discord mic is not working, did the treaty break it")).toBe(1);
    expect(firstPerson("did the us impose sanctions")).toBe(0);
    expect(firstPerson("tell me about the china north korea alliance")).toBe(0);
  });

  it("counts a name-like word no article uses, unless only the asker's context has it", () => {
    const answerer = buildAnswerer("corpus");
    const unknownName = (q: string) => answerer.refusalFeatures(q)?.[REFUSAL_FEATURES.indexOf("unknownName")];
    expect(unknownName("what did kim call the friendship in his snapchat")).toBe(1);
    // A joke put as a claim before the question the member asks.
    expect(unknownName("kim sent xi a snapchat? what did kim call the friendship")).toBe(0);
  });

  it("reads whether a short-fact question's first passages hold a fact of the kind asked", () => {
    const answerer = buildAnswerer("corpus");
    const missing = (q: string) => answerer.refusalFeatures(q)![REFUSAL_FEATURES.indexOf("shortFactMissing")];
    expect(missing("when was the treaty last renewed")).toBe(0); // "2001"
    expect(missing("how far back do china nk ties actually go")).toBe(0); // "1930s"
    // The passages tell of the treaty, but none says who translated it.
    expect(missing("who translated the treaty")).toBe(1);
    // The sentence tells whom they fought ("to fight Japanese colonisers").
    expect(missing("who were the korean guerrillas fighting")).toBe(0);
    expect(missing("why does the alliance matter")).toBe(0); // not a short-fact question
  });

  it("reads how far a question's words are the articles' subject rather than everyday English", () => {
    const answerer = buildAnswerer("corpus");
    const topicality = (q: string) => answerer.refusalFeatures(q)![REFUSAL_FEATURES.indexOf("topicality")]!;
    // "treaty" and "Pyongyang" are the articles' own words; "party" is everyday English they use
    // a few times; "toppings" shares its stem with "top envoy" but counts as the common "top".
    expect(topicality("when was the treaty renewed")).toBeGreaterThan(0.6);
    expect(topicality("who went to pyongyang")).toBeGreaterThan(0.6);
    expect(topicality("is there a party tonight")).toBeLessThan(topicality("when was the treaty renewed") - 0.2);
    expect(topicality("pizza toppings for tonight")).toBeLessThan(0.4);
    expect(topicality("is the new iphone any fun")).toBeLessThan(0.4);
  });

  it("reads a question the same whatever was asked before it", () => {
    // "according" and "accord" share a term but not an English count: the first one asked must not decide the other's topicality.
    const fresh = buildAnswerer("corpus");
    const warm = buildAnswerer("corpus");
    warm.answer("according to the spokesman, what did china say");
    for (const q of ["what does the accord oblige both sides to do", "according to kcna what did kim say"]) {
      expect(warm.refusalFeatures(q)).toEqual(fresh.refusalFeatures(q));
      expect(warm.answer(q)).toEqual(fresh.answer(q));
    }
  });

  it("will not start on a ranking.json fitted with other features, and says how to refit", () => {
    const dir = mkdtempSync(join(tmpdir(), "refusal-"));
    for (const f of readdirSync("corpus")) copyFileSync(join("corpus", f), join(dir, f));
    const ranking = JSON.parse(readFileSync("corpus/ranking.json", "utf8"));
    const { model } = ranking.params.refusal;
    ranking.params.refusal.model = { ...model, features: ["coverage", ...model.features.slice(1, -1), "somethingElse"] };
    writeFileSync(join(dir, "ranking.json"), JSON.stringify(ranking));
    expect(() => buildAnswerer(dir)).toThrow(/npm run eval -- --fit/);
  });
});
