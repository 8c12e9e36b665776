import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PASSAGE_CHARS } from "../src/answer/limits.js";
import { buildAnswerer } from "../src/pipeline.js";
import { acronymsOf } from "../src/search/acronyms.js";
import { SourceReferences } from "../src/search/sourceReferences.js";
import { Analyzer, entityTerm, foldWord } from "../src/search/analyzer.js";
import { answerTypeFit, answerTypeFlags, answerTypeOf } from "../src/search/answerType.js";
import { ALL_FEATURES, SentenceSearch } from "../src/search/engine.js";
import { loadLexicon } from "../src/search/lexicon.js";
import { spellingVariants } from "../src/search/spellingVariants.js";
import { baseForms } from "../src/search/wordForms.js";

const answerer = buildAnswerer("corpus");
const texts = (q: string, top = 3) => answerer.answer(q, { top }).passages.map((p) => p.text);

describe("analysis", () => {
  const analyzer = new Analyzer(loadLexicon("corpus"));

  it("stems with Porter2, which keeps news vocabulary intact", () => {
    expect(analyzer.terms("news general arsenal renewed renewal")).toEqual(["news", "general", "arsenal", "renew", "renew"]);
    // A unit abbreviated is its word: Press TV's headline "60 yrs of friendship" counts years.
    expect(analyzer.stemWord("yrs")).toBe(analyzer.stemWord("years"));
  });

  it("folds case, accents, curly apostrophes and possessives", () => {
    expect(["Renewed", "TREATY", "Café", "Pyongyang’s", "Kim's", "ÉLYSÉE", "2001"].map(foldWord)).toEqual(["renewed", "treaty", "cafe", "pyongyang", "kim", "elysee", "2001"]);
  });

  it("drops stop words and question words", () => {
    expect(analyzer.terms("what is the treaty")).toEqual(["treati"]);
    // "according to" names who tells it: not "accord", one of the treaty's names.
    expect(analyzer.terms("according to Kyodo News")).toEqual(["kyodo", "news"]);
  });

  it("makes every variant of a name one entity term, longest variant first", () => {
    const kim = (t: string) => analyzer.terms(t).filter((x) => x.startsWith("@"));
    expect(kim("Kim Jong Un")).toEqual(["@kim-jong-un"]);
    expect(kim("Kim Jong-un")).toEqual(["@kim-jong-un"]);
    expect(kim("Kim Jon-un")).toEqual(["@kim-jong-un"]);
    expect(kim("Sung Kim")).toEqual(["@sung-kim"]);
    expect(kim("Kim Il Sung")).toEqual(["@kim-il-sung"]);
    // His father is not him: "kim" alone must not take the rest of another Kim's name.
    expect(kim("when did kim jong il die")).toEqual(["@kim-jong-il"]);
    expect(kim("the U.S. envoy")).toEqual(["@united-states"]);
    expect(kim("talks with Washington")).toEqual(["@united-states"]);
  });

  it("reads US as the country only in capitals, since 'us' is a word", () => {
    expect(analyzer.terms("the US said")).toContain("@united-states");
    expect(analyzer.terms("get us nowhere")).not.toContain("@united-states");
  });

  it("links thesaurus words", () => {
    expect([...analyzer.synonyms("treati")]).toEqual(expect.arrayContaining(["pact", "accord", "agreement"]));
  });

  it("reads a word's British and American spellings as one word, the forms the articles use at full weight", () => {
    expect(spellingVariants("defence")).toEqual(["defense"]);
    expect(spellingVariants("programs")).toEqual(["programmes"]);
    expect(spellingVariants("recognised")).toEqual(["recognized"]);
    expect(spellingVariants("four")).toEqual([]);
    // The articles write "defence treaty" once and "defense treaty" elsewhere: both answer either spelling.
    const defence = answerer.search.plan("does china have defence treaties with anyone else").concepts.find((c) => c.surface === "defence")!;
    expect(defence.terms.get("defens")).toBe(1);
  });

  it("reads an adverb or a comparative the articles never use as the word it is made from", () => {
    expect(baseForms("militarily")).toEqual(["military"]);
    expect(baseForms("economically")).toEqual(expect.arrayContaining(["economic", "economical"]));
    expect(baseForms("cozier")).toEqual(["cozy"]);
    expect(baseForms("only")).toEqual([]);
    const militarily = answerer.search.plan("which country does pyongyang say the us is colluding with militarily").concepts.find((c) => c.surface === "militarily")!;
    expect(militarily.known).toBe(true);
    expect(militarily.terms.get("militari")).toBe(1);
  });

  it("reads the answer type from the question", () => {
    expect(answerTypeOf("when was it renewed")).toBe("time");
    expect(answerTypeOf("what year was the agreement last renewed")).toBe("time");
    expect(answerTypeOf("i need the exact signing date of the treaty for a citation")).toBe("time");
    expect(answerTypeOf("the treaty lasts how many yrs before renewal")).toBe("duration");
    // Which anniversary: the treaty's age; not one of something named, nor the occasion someone spoke on.
    expect(answerTypeOf("which anniversary was it")).toBe("duration");
    expect(answerTypeOf("which anniv 🎉")).toBe("duration");
    expect(answerTypeOf("which anniversary of xi's visit was it")).toBe("any");
    expect(answerTypeOf("what anniversary was the ambassador marking")).toBe("any");
    expect(answerTypeOf("how many yrs did it take")).toBe("number");
    // The part that asks, after the dash or comma that ends a member's line.
    expect(answerTypeOf("'mao signed it himself' vs 'no it was zhou enlai' — who signed for the chinese side")).toBe("person");
    expect(answerTypeOf("'mao signed it for china obv'. pretty sure it was not mao, which chinese leader signed the treaty")).toBe("person");
    expect(answerTypeOf("who is Liu Xiaoming")).toBe("person");
    expect(answerTypeOf("how many times did they meet")).toBe("number");
    expect(answerTypeOf("number of xi kim meetings since 2018?")).toBe("number");
    expect(answerTypeOf("whats the total number of summits")).toBe("number");
    expect(answerTypeOf("what did Wang Wenbin say")).toBe("statement");
    expect(answerTypeOf("what did wang add")).toBe("statement");
    // Adding sanctions is no speech; nor what the asker or their own sources say.
    expect(answerTypeOf("has america added sanctions of its own")).toBe("any");
    expect(answerTypeOf("zhou enlai was the chinese president back then yeah? dont wanna say it wrong")).toBe("any");
    expect(answerTypeOf("so the aim is military reunification of korea? thats what my uncle says")).toBe("any");
    expect(answerTypeOf("whats the validity period on the treaty because ive seen people online say 10 years")).toBe("any");
    expect(answerTypeOf("my uncle says kim said the treaty was a mistake, what did kim say")).toBe("statement");
    expect(answerTypeOf("is the treaty still in effect")).toBe("any");
    expect(answerTypeOf("why does nk need china so bad")).toBe("reason");
    expect(answerTypeOf("how come they renewed it")).toBe("reason");
    // A message of several sentences: the type its asking part reads as, after a sentence's end or a run-on's turn.
    expect(answerTypeOf("the current kim obviously wasnt around in 1961 lol. who signed the treaty for north korea back then?")).toBe("person");
    expect(answerTypeOf("my teacher skipped over it. how many times did trump and kim meet")).toBe("number");
    // A question going on from the last one: "and who ...", "but when ...".
    expect(answerTypeOf("and who put pen to paper on the treaty back then")).toBe("person");
    expect(answerTypeOf("but when was it renewed")).toBe("time");
    // Someone's words told in a part that asks nothing are not what is asked.
    expect(answerTypeOf("someone in the news channel said theres an expected meeting already penciled in. when and where is the biden xi meetup supposed to happen?")).toBe("time");
    expect(answerTypeOf("someone said it was kim yo jong. who actually said that")).toBe("statement");
    expect(answerTypeOf("whats the reason they gave for beefing up cooperation")).toBe("reason");
    // The question word typed last, as factKind reads it too.
    expect(answerTypeOf("diplo ties since when")).toBe("time");
    expect(answerTypeOf("xi visited pyongyang when exactly")).toBe("time");
    expect(answerTypeOf("nk foreign minister is who")).toBe("person");
    expect(answerTypeOf("msgs were delivered by who")).toBe("person");
    expect(answerTypeOf("nk side signer who")).toBe("person");
    expect(answerTypeOf("signed by who on the chinese side")).toBe("person");
    expect(answerTypeOf("nk side, who signed it?")).toBe("person");
    expect(answerTypeOf("and on the korean side who signed")).toBe("person");
    // "which" and an office, then what they did: a person by office.
    expect(answerTypeOf("which north korean leader signed it back in 1961")).toBe("person");
    expect(answerTypeOf("what chinese official delivered the messages")).toBe("person");
    expect(answerTypeOf("which leader said the treaty is a common treasure")).toBe("statement");
    expect(answerTypeOf("did the un security council comment on the 60th anniversary")).toBe("statement");
    // Not a clause before another question: "sung kim is the envoy who called liu, what's his real role".
    expect(answerTypeOf("sung kim is south korea's envoy who called liu, what's his real role")).toBe("any");
    // A relative "who" inside the question is no question word.
    expect(answerTypeOf("what did the guy who signed it say")).toBe("statement");
  });

  it("reads an article named as the source by its publisher or number, not as words to match", () => {
    const refs = new SourceReferences([
      { id: "a", n: 1, publisher: "UPI" },
      { id: "b", n: 2, publisher: "Blasting News" },
      { id: "c", n: 3, publisher: "Press TV" },
      { id: "d", n: 4 },
    ]);
    const ids = (q: string) => refs.find(q).flatMap((r) => r.articleIds);
    expect(ids("xi's goal for the citizens according to blasting news?")).toEqual(["b"]);
    expect(ids("press tv's explanation pls")).toEqual(["c"]);
    expect(ids("blastingnews said so")).toEqual(["b"]);
    expect(ids("how does the 4th article describe it")).toEqual(["d"]);
    expect(ids("see [3]")).toEqual(["c"]);
    // Its number spelled out, as the chat normaliser spells a digit before a word.
    expect(ids("what does source two say china is building")).toEqual(["b"]);
    expect(ids("is it article two of the treaty")).toEqual([]);
    // A treaty's own article, and an outlet the stories quote, are no source named.
    expect(ids("is it article 2 of the treaty")).toEqual([]);
    expect(ids("according to kcna")).toEqual([]);
    // From the real articles: "according to blasting news" is not "accord" (the treaty), and article 4 answers first.
    const plan = answerer.search.plan("how does the 4th article describe china's role for nk");
    expect(plan.concepts.map((c) => c.surface)).not.toContain("article");
    expect(answerer.answer("how does the 4th article describe china's role for nk").passages[0]?.citation.n).toBe(4);
    // A direct line comes from the story named, or none: "KCNA" of another story does not tell who wrote the UPI article.
    expect(answerer.answer("who wrote the upi article").direct).toBeUndefined();
    expect(answerer.answer("according to upi when will biden and xi meet").direct).toMatchObject({ text: "at the G20 summit in October", citation: { n: 1 } });
    expect(answerer.search.plan("xi's goal acc to blasting news").concepts.map((c) => c.surface)).not.toContain("according");
    // The words framing a source are the reference's, not words the answer must hold.
    const surfaces = (q: string) => answerer.search.plan(q).concepts.map((c) => c.surface);
    const framed = "campbell's title as mentioned in the upi piece";
    expect(refs.find(framed).map((r) => framed.slice(r.start, r.end))).toEqual(["as mentioned in the upi piece"]);
    const after = "zhou enlai's post as upi describes it, pls";
    expect(refs.find(after).map((r) => after.slice(r.start, r.end))).toEqual(["upi describes it"]);
    expect(surfaces("What is Kurt Campbell's official title as mentioned in the UPI piece?")).not.toContain("mentioned");
    expect(surfaces("zhou enlai's position as upi describes it")).not.toContain("describes");
    expect(answerer.answer("What is Kurt Campbell's official title as mentioned in the UPI piece?").direct?.text).toBe("National Security Council Indo-Pacific Coordinator");
  });

  it("answers what an article named says with its lead (it was refused, or answered from other stories)", () => {
    const first = (q: string) => answerer.answer(q).passages[0];
    expect(first("what did the upi article say")?.text).toMatch(/^July 7 \(UPI\) -- A bilateral defense treaty/);
    expect(first("summary of the blasting news piece pls")?.text).toMatch(/^A treaty of friendship, cooperation and mutual assistance binds China and North Korea/);
    expect(first("whats the press tv article about")?.text).toMatch(/^North Korea and China have hailed the 60th anniversary/);
    expect(first("tldr of the 4th article")?.citation.n).toBe(4);
    // Its headline: the headline itself, when the story's text has it (it was the lead, and before that refused).
    expect(first("whats the headline of the upi piece")?.text).toBe("China stands by mutual defense treaty with North Korea after 60 years");
    expect(first("whats press tv's title for there story")?.text).toMatch(/^60 yrs of friendship: China, North Korea vow/);
    // A photo's credit is kept from its caption: who took or supplied the picture (it was cleaned out, and the question refused).
    expect(first("who took the upi photo")?.text).toBe("File Photo by Stephen Shaver/UPI");
    expect(first("which agency supplied the press tv photo")?.text).toBe("(Photo via Reuters)");
    // It answers nothing else: "pic" is all it shares with other questions about the picture.
    expect(texts("when was that handshake pic taken").some((t) => /^(?:\(Photo|File Photo)/.test(t))).toBe(false);
    expect(texts("whos on the right in the handshake pic").some((t) => /^(?:\(Photo|File Photo)/.test(t))).toBe(false);
    // A story whose text has no headline line: its lead, whose citation gives the headline.
    expect(first("what's the blasting news headline")?.text).toMatch(/^A treaty of friendship, cooperation and mutual assistance binds/);
    expect(first("what's the blasting news headline")?.citation.title).toMatch(/^China and North Korea pledge to strengthen cooperation/);
    // When it came out: its lead, whose dateline and citation tell (it was answered from another story).
    expect(first("upi article date?")?.text).toMatch(/^July 7 \(UPI\)/);
    // And its date is the line, when the lead opens on a dateline ("July 7 (UPI) --"); a story without one has the lead alone.
    expect(answerer.answer("upi article date?").direct?.text).toBe("July 7");
    // Its "dateline" asked by that word.
    expect(answerer.answer("whats the dateline on the upi story").direct?.text).toBe("July 7");
    expect(answerer.answer("when was the press tv article published").direct).toBeUndefined();
    // ("upi date?" names no article, report or story: the lead alone, as before.)
    expect(first("upi date?")?.text).toMatch(/^July 7 \(UPI\)/);
    expect(first("when was the press tv article published")?.citation).toMatchObject({ n: 3, published: "2021-07-11" });
    // Not a question about something in it, which its words ask.
    expect(answerer.search.plan("what did press tv say about kim").concepts.map((c) => c.surface)).toContain("kim");
  });

  it("marks the words only a message's sentences that ask nothing use as the asker's context", () => {
    const plan = answerer.search.plan("the treaty news is all over twitter and people keep arguing that it never got renewed. which years did they actually renew it");
    const context = (word: string) => plan.concepts.find((c) => c.surface === word)?.context;
    expect(context("twitter")).toBe(true);
    expect(context("arguing")).toBe(true);
    // A word of the question itself is no context, though the remark uses it too ("renewed").
    expect(context("years")).toBeUndefined();
    expect(plan.concepts.find((c) => c.terms.has("renew"))?.context).toBeUndefined();
    // A sentence asks by its opening or a question after its comma, not by a relative "who" inside a statement.
    const relative = answerer.search.plan("someone above said it was kim yo jong who said talking to the us would get them nowhere. who actually said that");
    expect(relative.concepts.find((c) => c.surface === "nowhere")?.context).toBe(true);
    // A time question's point of reference after its comma is context: the ties are asked, not the relations.
    const before = answerer.search.plan("how far back do china-nk ties go, even before diplomatic relations");
    expect(before.concepts.find((c) => c.surface === "diplomatic")?.context).toBe(true);
    expect(before.concepts.find((c) => c.surface === "ties")?.context).toBeUndefined();
    // A run-on message turns to its question after ", so" or "but": what comes before is context.
    const runOn = answerer.search.plan("i always thought the pact was signed in the 70s but my buddy says its way older so when was it signed");
    expect(runOn.concepts.find((c) => c.surface === "buddy")?.context).toBe(true);
    expect(runOn.concepts.find((c) => c.terms.has("sign"))?.context).toBeUndefined();
    // The asker's reason after "because" is context too.
    const reason = answerer.search.plan("how long is the treaty valid for bc ive seen people online say 10 yrs");
    expect(reason.concepts.find((c) => c.surface === "online")?.context).toBe(true);
    expect(reason.concepts.find((c) => c.terms.has("valid"))?.context).toBeUndefined();
    // A remark after the question's comma too ("shocking i know"), but not a clause that asks ("in what year") or a guess.
    const remark = answerer.search.plan("so why did the whole trump kim bromance fall apart, shocking i know");
    expect(remark.concepts.find((c) => c.surface === "shocking")?.context).toBe(true);
    expect(remark.concepts.find((c) => c.surface === "bromance")?.context).toBeUndefined();
    expect(answerer.search.plan("when did xi and kim exchange messages, in what year").concepts.some((c) => c.context)).toBe(false);
    // Who says what after the question's comma: the claims the asker puts up.
    const claims = answerer.search.plan("how many times have xi and kim met, my brother thinks it was 3");
    expect(claims.concepts.find((c) => c.surface === "brother")?.context).toBe(true);
    expect(claims.concepts.find((c) => c.surface === "met")).toMatchObject({ surface: "met" });
    expect(claims.concepts.find((c) => c.surface === "met")?.context).toBeUndefined();
    // So are members' lines after it ("dev: 'he called it outdated'"), and a claim before a dash when the question after it asks on its own.
    expect(answerer.search.plan("what did wang say abt the 1961 treaty, dev: 'he called it outdated' vs me: 'he praised it'").concepts.find((c) => c.surface === "outdated")?.context).toBe(true);
    expect(answerer.search.plan("who signed the treaty for china back then, jen goes 'mao obviously'").concepts.find((c) => c.surface === "mao")?.context).toBe(true);
    const dashed = answerer.search.plan("kev keeps saying 'it only got renewed once lol' - which years did they actually renew the treay");
    expect(dashed.concepts.find((c) => c.surface === "once" || c.surface === "lol")?.context).toBe(true);
    expect(dashed.concepts.find((c) => c.terms.has("renew"))?.context).toBeUndefined();
    expect(answerer.search.plan("the ambassador's 'new starting point' line — which paper reported that one").concepts.some((c) => c.context)).toBe(false);
    // A statement typed with a question mark, before an open question of its own, is a claim the question checks.
    const joke = answerer.search.plan("they renew it every time kim gets a new haircut right? when did they actually renew it");
    expect(joke.concepts.find((c) => c.surface === "haircut")?.context).toBe(true);
    // Not when the question leans on it: on someone it names, or with too few words of its own.
    expect(answerer.search.plan("south korea's president moon congratulated them right? what did he say").concepts.some((c) => c.context)).toBe(false);
    expect(answerer.search.plan("china send soldiers in the korean war 1950? how many?").concepts.some((c) => c.context)).toBe(false);
    // Nor a noun phrase after the comma, which names what is asked again.
    expect(answerer.search.plan("who was the chinese official that said the treaty stays in force, like the spokesperson guy's name").concepts.find((c) => c.surface === "spokesperson")?.context).toBeUndefined();
    // A message that only asks has no context.
    expect(answerer.search.plan("when was it renewed? which years").concepts.some((c) => c.context)).toBe(false);
  });

  it("reads an acronym the articles spell out but never write as its words ('nsc')", () => {
    const acronyms = acronymsOf(["National Security Council Indo-Pacific Coordinator Kurt Campbell said.", "the Communist Party of China (CPC) Central Committee", "the National Science Council"]);
    expect(acronyms.get("cpc")).toBe("Communist Party of China");
    // Two phrases with the same initials: neither.
    expect(acronyms.has("nsc")).toBe(false);
    // From the real articles: "nsc" finds the coordinator, whom the question names by no other word the articles use.
    expect(answerer.search.plan("who's the nsc indo-pacific coordinator").concepts[0]?.known).toBe(true);
    expect(answerer.answer("who's the nsc indo-pacific coordinator").direct?.text).toBe("Kurt Campbell");
    // An everyday word is no acronym ("cat" is not "China and Taiwan").
    expect(answerer.search.plan("is the treaty a cat").concepts.find((c) => c.surface === "cat")?.terms.size).toBe(1);
    // Nor a word with figures: "ww1" is no "Wang Wenbin" (it answered "the treaty of versailles ended ww1" with the spokesman's words).
    expect(answerer.search.plan("true or false: the treaty of versailles ended ww1").concepts.find((c) => c.surface === "ww1")?.terms.size).toBe(1);
  });

  it("finds any year of a decade asked ('the 80s'), and reads kju as Kim Jong Un", () => {
    expect(answerer.search.plan("was there a renewal in the 80s too").concepts.find((c) => c.surface === "1980s")?.terms.has("1981")).toBe(true);
    expect(texts("was there a renewal in the 80s too? what yr", 1)[0]).toContain("1981 and 2001");
    expect(answerer.search.plan("kju told his country to be ready for what").normalised).toBe("Kim Jong Un told his country to be ready for what");
    // Everyday words for the articles' ("accuse" for "blasted", chat.json's phrases).
    expect(texts("what does pyongyang accuse biden of", 1)[0]).toContain("blasted");
    expect(texts("how does nk justify its nuke program", 1)[0]).toContain("defensive measures");
  });

  it("marks the sentences that tell a cause or a purpose, which a 'why' question wants", () => {
    const reason = (text: string) => answerTypeFit("reason", answerTypeFlags(text, []));
    expect(reason("This alliance is important for the North because of the international sanctions imposed over it.")).toBe(1);
    expect(reason("They felt such an arrangement was necessary for the view of hostile foreign forces.")).toBe(1);
    expect(reason("The agreement was last renewed in 2001.")).toBe(0);
    // Any sentence may answer a question that asks for no kind of answer in particular.
    expect(answerTypeFit("any", answerTypeFlags("The agreement was last renewed in 2001.", []))).toBe(1);
  });
});

describe("answering from the real index", () => {
  it("counts how often the sentences use terms, as analysing every sentence would", () => {
    const terms = ["treati", "agreement", "renew", "@kim-jong-un", "@xi-jinping", "no-such-term"];
    const expected = new Map<string, number>();
    for (const s of answerer.corpus.sentences) for (const t of answerer.search.analyzer.terms(s.text)) if (terms.includes(t)) expected.set(t, (expected.get(t) ?? 0) + 1);
    expect(answerer.search.occurrences(terms)).toEqual(expected);
    expect(expected.get("treati")).toBeGreaterThan(5);
    // Without stemming the index holds words as written; the count is of analysed terms all the same.
    const unstemmed = SentenceSearch.build(answerer.corpus, loadLexicon("corpus"), { ...ALL_FEATURES, stem: false });
    expect(unstemmed.occurrences(terms)).toEqual(expected);
  });

  it("bolds, from the index (built or loaded), exactly the words a fresh analysis of the sentence matches", () => {
    const lexicon = loadLexicon("corpus");
    const loaded = SentenceSearch.load(answerer.corpus, lexicon, JSON.parse(JSON.stringify(answerer.search.toJSON())));
    const analyzer = answerer.search.analyzer;
    // The rule, by analysing the text: a word or a name the question asks for; a name's words as the name only when it asks for the name.
    const analysed = (text: string, wanted: Set<string>) => {
      const names = analyzer.entities(text).filter((e) => wanted.has(entityTerm(e.entity.name)));
      const ranges: [number, number][] = [];
      for (const t of analyzer.tokens(text, names.length ? undefined : [])) {
        if (!t.terms.some((term) => wanted.has(term))) continue;
        const last = ranges.at(-1);
        if (last && t.start < last[1]) last[1] = Math.max(last[1], t.end);
        else ranges.push([t.start, t.end]);
      }
      return ranges;
    };
    let bolded = 0;
    for (const q of ["when was the treaty renewed", "what did Xi Jinping say to Kim Jong Un", "is the US worried about the alliance", "North Korea China mutual defense obligations"]) {
      for (const engine of [answerer.search, loaded]) {
        const plan = engine.plan(q);
        const wanted = new Set(plan.concepts.flatMap((c) => [...c.terms.keys()]));
        for (const hit of engine.searchPlan(plan, 20)) {
          const ranges = engine.highlights(hit, plan);
          expect(ranges).toEqual(analysed(hit.sentence.text, wanted));
          bolded += ranges.length;
        }
      }
    }
    expect(bolded).toBeGreaterThan(100);
  });

  it("answers the renewal question with the 1981 and 2001 renewals, cited", () => {
    const answer = answerer.answer("when was it renewed");
    expect(answer.answered).toBe(true);
    const all = answer.passages.map((p) => p.text).join(" ");
    expect(all).toContain("The agreement was last renewed in 2001.");
    expect(all).toContain("Both the sides renewed it in 1981 and 2001");
    const upi = answer.passages.find((p) => p.text.includes("last renewed"))!;
    expect(upi.citation).toEqual({
      n: 1,
      articleId: "000_800dbf628b9ad5a2",
      title: "China stands by mutual defense treaty with North Korea after 60 years",
      publisher: "UPI",
      published: "2021-07-07",
      url: "https://www.upi.com/Top_News/World-News/2021/07/07/China-stands-by-mutual-defense-treaty-with-North-Korea-after-60-years/8851625677806/",
    });
    expect(upi.highlights.map(([s, e]) => upi.text.slice(s, e))).toEqual(["renewed"]);
  });

  it("reads a question's lone 'it' as the bot's subject, when nothing else it asks of is the articles'", () => {
    // Both were refused: "full name" and "old" alone find nothing.
    expect(answerer.answer("whats the full name of it").direct?.text).toMatch(/^Treaty (?:of|on) Friendship, Cooperation/);
    expect(answerer.answer("how old is it").answered).toBe(true);
    // After other lines or clauses, "it" is what they speak of: no treaty is asked of.
    expect(answerer.answer("anyone hiked to the summit of mt rainier, how long does it take").answered).toBe(false);
  });

  it("weighs the words of a guess after the question as the asker's, not as words the answer must hold", () => {
    // "serious suits" is no word of the articles, yet the question is answered by who signed it.
    const padded = answerer.answer("who even signed this thing back in the day, some guys in very serious suits i guess");
    expect(padded.answered).toBe(true);
    expect(padded.passages[0]?.text).toContain("Zhou Enlai");
  });

  it("reads 'which kim' as any of the people of that name, and a person guessed after a 'who' question as no word to match", () => {
    // "Kim" alone is Kim Jong-un; "which kim" asks among them all: Kim Il Sung signed it.
    expect(answerer.answer("which kim signed it").passages[0]?.text).toContain("Kim Il Sung");
    // "which chinese leader": any holder of the office, not Xi, whom "Chinese leader" names elsewhere.
    expect(answerer.answer("which chinese leader put his name on it").direct?.text).toBe("Zhou Enlai");
    expect(answerer.answer("which north korean leader signed the treaty").direct?.text).toBe("Kim Il Sung");
    // "was it xi?": the guess is put to the test, so the sentence that says it comes first, not one about Xi.
    const guessed = answerer.answer("who actually said the friendship was unbreakable, was it xi?");
    expect(guessed.passages[0]?.text).toContain("“enduring and unbreakable” friendship");
    expect(guessed.direct?.text).toBe("China’s ambassador to Pyongyang");
    // A kin guessed is a person guessed, and no kinship asked: the signer comes first, not "Kim Jong Un’s grandfather".
    for (const q of ["who signed the treaty for north korea back then? was it his dad or his grandpa", "who signed the treaty for north korea back then? i know it wasnt kim jong un obviously but was it his dad or his grandpa"]) {
      const kin = answerer.answer(q);
      expect({ q, first: kin.passages[0]?.text.slice(0, 40), direct: kin.direct?.text }).toEqual({ q, first: "Signed by former Chinese Premier Zhou En", direct: "Kim Il Sung" });
    }
  });

  it("returns one sentence per passage, never a whole article, with scores in order", () => {
    const answer = answerer.answer("what does the defense treaty guarantee", { top: 5 });
    expect(answer.passages.length).toBeGreaterThan(1);
    for (const p of answer.passages) expect(answerer.corpus.sentences).toContainEqual(p.sentence);
    const scores = answer.passages.map((p) => p.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it("reads a commitment as the treaty's obligation, or a leader's pledge", () => {
    // The thesaurus puts "commit" with "require" and "guarantee", and with "pledge" and "vow".
    expect(texts("what does the treaty commit them to", 1)[0]).toMatch(/guarantees cooperation and mutual assistance|requires the two countries to respond jointly/);
    expect(texts("what did the leaders commit to", 1)[0]).toMatch(/pledged to strengthen cooperation/);
  });

  it("reads areas, fields and sectors as one word: the listing sentence says 'in different areas'", () => {
    for (const q of ["which areas could they cooperate in", "what sectors will they cooperate in"]) {
      expect(texts(q, 1)[0]).toMatch(/^China’s ambassador to Pyongyang highlighted .* in different areas/);
    }
  });

  it("reads 'tight' as close or strong ties, and a 'messy' world as a complicated one", () => {
    expect(texts("even w the world being messy, are china and nk still tight?", 1)[0]).toMatch(/unprecedentedly complicated international situation/);
    expect(texts("what's up with china and nk being tight", 1)[0]).toMatch(/strong ties/);
  });

  it("finds a grandfather for 'grandson of who'", () => {
    expect(texts("Kim Jong Un is grandson of who?", 1)[0]).toMatch(/Kim Il Sung, Kim Jong Un’s grandfather/);
  });

  it("looks for the promise asked, not the 'core' that only weighs it", () => {
    expect(texts("what's the core promise in the defense deal between beijing and pyongyang", 3).join(" ")).toMatch(/guarantees cooperation and mutual assistance|requires the two countries to respond jointly|extend assistance to each other/);
  });

  it("tolerates a misspelling", () => {
    expect(texts("when was it renwed")).toContain("The agreement was last renewed in 2001.");
  });

  it("finds a name whatever variant the question uses", () => {
    expect(texts("who is Sung Kim", 1)[0]).toContain("Special Representative for North Korea Sung Kim");
    expect(texts("what did Kim Jong Un say about hostile forces", 3).join(" ")).toMatch(/hostile forces (are|become) more desperate/);
  });

  it("finds a synonym through the thesaurus", () => {
    expect(texts("what happens if one of them is invaded").join(" ")).toMatch(/attack/);
    // A vow is a pledge: "Xi Jinping and ... Kim Jong-un pledged to strengthen cooperation".
    expect(texts("what did xi vow").join(" ")).toMatch(/pledged to strengthen cooperation/);
    // Everyday phrases for the articles' words (corpus/chat.json): rejecting talks is ruling out contact; how the treaty works, its terms.
    expect(texts("why did nk reject talks with the us")[0]).toMatch(/^North Korea’s foreign minister has ruled out/);
    expect(texts("how does the treaty work")[0]).toMatch(/^Under the terms of the pact/);
  });

  it("says plainly when nothing answers the question", () => {
    for (const q of ["what is the capital of France", "how do I install python", "recommend a good movie"]) {
      expect(answerer.answer(q)).toEqual({ question: q, answered: false, passages: [] });
    }
  });

  it("shows the same fact from several outlets once, citing all of them", () => {
    const answer = answerer.answer("hostile forces become more desperate, ensuring peace and stability in Asia", { top: 5 });
    const merged = answer.passages.find((p) => p.alsoReportedBy.length > 0);
    expect(merged).toBeDefined();
    const cited = [merged!.citation.n, ...merged!.alsoReportedBy.map((c) => c.n)];
    expect(new Set(cited).size).toBe(cited.length);
    expect(cited.length).toBeGreaterThanOrEqual(2);
  });

  it("does not merge away a sentence that says more than the shorter one ranked above it", () => {
    // "He added that the hostile forces are more desperate in their challenge and obstructive
    // moves." ranks first; the two outlets' longer sentences holding it add what Kim said the
    // treaty is for, and the pact's role in peace: they are shown, not cited under the short one.
    const answer = answerer.answer("hostile forces desperate challenge obstructive moves", { top: 3 });
    expect(answer.passages[0]!.sentence.text).toMatch(/^He added that the hostile forces/);
    // Shown after the sentence that says whose words they are.
    expect(answer.passages[0]!.text).toMatch(/^Al Jazeera quotes Kim Jong-un, .* He added that the hostile forces/);
    expect(answer.passages[0]!.alsoReportedBy).toEqual([]);
    expect(answer.passages.map((p) => p.text).join(" ")).toMatch(/defending socialism and peace in Asia/);
  });

  it("finds a sentence that leans on the one before it by that one's words", () => {
    // The index itself, before passages are put together: "Actions of this nature could include
    // education ..." names the ambassador and cooperation only in the sentence before it.
    const found = (q: string) => answerer.search.search(q, 3).map((h) => h.sentence.text);
    expect(found("which areas of cooperation did the ambassador mention").some((t) => t.startsWith("Actions of this nature could include education"))).toBe(true);
    // "mention" asks for words as "say" does: "The Straits Times mentioned ..." is no answer for having the word.
    expect(answerer.answer("what areas did the ambassador mention").direct?.text).toBe("education, culture, health, agriculture");
    // "For the North, it is the nuclear talks ...": the backdrop is named in the sentence before.
    expect(found("what backdrop issues pertain to north korea")).toContain("For the North, it is the nuclear talks between Pyongyang and Washington.");
    // "Both the sides renewed it in 1981 and 2001": the sides are China and North Korea, named in the sentence before.
    expect(found("which years did china and north korea renew the pact")).toContain("Both the sides renewed it in 1981 and 2001, and it could get another extension.");
    // "These would pave the road ..." leans on "Actions of this nature ...", which leans on "China’s ambassador ... highlighted ...": the ambassador is its too.
    expect(answerer.answer("how did the ambassador describe the friendship").passages[0]!.sentence.text).toMatch(/^These would pave the road to the “new starting point” in their “enduring and unbreakable” friendship/);
    expect(answerer.answer("how did the ambassador describe the friendship").direct?.text).toBe("enduring and unbreakable");
  });

  it("finds a sentence that names the two countries of its story only as 'the two nations' by their names", () => {
    // "However, the bilateral ties between the two nations date back to the 1930s, ...": China and
    // North Korea, the countries its article names most, though the sentence before names others.
    const first = (q: string) => answerer.search.search(q, 1)[0]!;
    const ties = first("when do ties between china and north korea date back to");
    expect(ties.sentence.text).toMatch(/^However, the bilateral ties between the two nations date back to the 1930s/);
    expect(ties.missing).toBe(0);
    expect(answerer.answer("how far back do china nk ties go historicaly").direct?.text).toBe("1930s");
  });

  it("finds a sentence that names an office only as 'the ambassador' by the country the story named it with", () => {
    // "The ambassador made these observations on the second anniversary of ...": the ambassador
    // is "China’s ambassador to Pyongyang", four sentences before; Pyongyang is not his country.
    const first = (q: string) => answerer.search.search(q, 1)[0]!;
    const occasion = first("on what anniversary did the chinese ambassador make his observations");
    expect(occasion.sentence.text).toMatch(/^The ambassador made these observations on the second anniversary/);
    expect(occasion.missing).toBe(0);
    expect(answerer.answer("what occasion was the chinese ambassador speaking on").direct?.text).toBe("the second anniversary of the visit of President Xi Jinping to the hermit kingdom");
  });

  it("finds a sentence that names a person only by an office the alias file gives them, when the story names them", () => {
    // "North Korea’s foreign minister has ruled out ..." is Ri Son-gwon's (his role in aliases.json); his name comes a sentence later.
    expect(answerer.answer("ri son gwon is nk's what").passages[0]!.sentence.text).toMatch(/^North Korea’s foreign minister has ruled out/);
    // "Former US president Donald Trump": an office someone else stands beside is not the alias file's holder's (Joe Biden's).
    const trump = answerer.search.search("what did joe biden do", 10).find((h) => h.sentence.text.startsWith("Former US president Donald Trump"));
    expect(trump?.matchedTerms ?? []).not.toContain("@joe-biden");
  });

  it("shows the sentences that lean on a passage's sentence after it, each once", () => {
    // (Not "what areas ...": a list asked for ranks the listing sentence first, shown after the one it leans on.)
    const answer = answerer.answer("what did the chinese ambassador want more cooperation in", { top: 5 });
    const first = answer.passages[0]!;
    expect(first.sentence.text).toMatch(/^China’s ambassador to Pyongyang highlighted/);
    // "These would pave the road ..." leans on "Actions of this nature ...", which leans on the
    // ambassador's sentence; "The ambassador made these observations ..." stands on its own.
    expect(first.text).toBe(
      `${first.sentence.text} Actions of this nature could include education, culture, health, agriculture, etcetera. These would pave the road to the “new starting point” in their “enduring and unbreakable” friendship.`,
    );
    // Bold only where the first sentence matches; the continuation is not shown again on its own.
    for (const [, end] of first.highlights) expect(end).toBeLessThanOrEqual(first.sentence.text.length);
    expect(answer.passages.filter((p) => p.text.includes("Actions of this nature"))).toHaveLength(1);
    expect(answer.passages.filter((p) => p.text.includes("These would pave the road"))).toHaveLength(1);
  });

  it("shows before a passage's sentence the one it leans on, with its bold words and the direct answer where they stand", () => {
    // "They felt such an arrangement was necessary ..." says who and what only in the sentence before.
    const why = answerer.answer("why did xi and kim want more cooperation").passages[0]!;
    expect(why.sentence.text).toBe("They felt such an arrangement was necessary for the view of hostile foreign forces.");
    const before = "On the 60th anniversary of signing this treaty, Chinese President Xi Jinping and North Korean leader Kim Jong-un pledged to strengthen cooperation.";
    expect(why.text.startsWith(`${before} ${why.sentence.text}`)).toBe(true);
    expect(why.highlights.map(([s, e]) => why.text.slice(s, e))).toEqual(expect.arrayContaining(["Xi Jinping", "Kim Jong-un", "cooperation"]));
    // "It accounts for most of the trade with the North.": the answer is in the second sentence shown.
    const trade = answerer.answer("how much of nk's trade goes thru china");
    const first = trade.passages[0]!;
    expect(first.sentence.text).toBe("It accounts for most of the trade with the North.");
    expect(first.text.startsWith(`South China Morning Post goes on to add that Beijing is the biggest ally of Pyongyang. ${first.sentence.text}`)).toBe(true);
    expect(trade.direct).toMatchObject({ text: "most of the trade", citation: first.citation });
    expect(first.text.slice(trade.direct!.start, trade.direct!.end)).toBe("most of the trade");
    for (const [s, e] of first.highlights) {
      expect(s).toBeGreaterThanOrEqual(0);
      expect(e).toBeLessThanOrEqual(first.text.length);
    }
  });

  it("finds what the articles put in other words of the thesaurus ('leading' sanctions is having 'spearheaded' them; 'remarks' are 'observations'; 'criticise' is 'blast')", () => {
    expect(texts("who's leading the sanctions push against nk", 1)[0]).toContain("The US has spearheaded those sanctions and has imposed several rounds of its own.");
    const observations = "The ambassador made these observations on the second anniversary of the visit of President Xi Jinping to the hermit kingdom.";
    expect(texts("when did the chinese ambassador make those remarks", 3).some((t) => t.includes(observations))).toBe(true);
    // "criticise" is "blasted"; "reaffirmed" the "affirmation"; a treaty that may "lapse" is one of "termination".
    expect(texts("why pyongyang criticise biden", 1)[0]).toMatch(/^Pyongyang has blasted Trump’s successor, Joe Biden/);
    expect(texts("what happened right before china reaffirmed the ties", 2)[1]).toMatch(/^The affirmation of strong ties with Pyongyang comes after/);
    expect(texts("can the treaty just lapse or what has to happen for it to stop being valid", 1)[0]).toContain("remains in force until agreement is reached on its amendment or termination");
    // To "talk to" someone is to have "spoken to" them; an "end goal" an "intention".
    expect(texts("did the us envoy actually talk to liu", 1)[0]).toContain("Sung Kim spoke to Liu on the phone");
    expect(texts("whats the end goal for the peninsula", 3).some((t) => t.includes("The intention is to move towards a political settlement"))).toBe(true);
    // "prepare for war" is "be ready for ... confrontation"; "everlasting and unshakable" is "enduring and unbreakable".
    expect(texts("kju told nk to prepare for war only, right?", 1)[0]).toBe("Kim Jong-un cautioned his country to be ready for “both dialogue and confrontation.”");
    expect(texts("the ambassador called the friendship 'everlasting and unshakable'? smth like that", 1)[0]).toContain("“enduring and unbreakable” friendship");
    // What they "need" is what they felt "necessary".
    expect(texts("why do they say they need to strengthen cooperation", 1)[0]).toContain("They felt such an arrangement was necessary for the view of hostile foreign forces.");
  });

  it("reads everyday words for how sides stand with each other: 'get along', 'stick together', a 'beef' with someone", () => {
    const discord = "Al Jazeera adds discord in relations between them, but they need each other to deal with Washington.";
    expect(texts("do china n nk even like each other or r they just stuck together bc of the us", 1)[0]).toContain(discord);
    expect(texts("beijing n pyongyang stick together even tho they dont always get along... why", 1)[0]).toContain(discord);
    // A "beef" or "gripe" with someone, being "mad at" them: what the news calls blasting them.
    for (const q of ["whats nk's beef with biden", "why is pyongyang mad at biden"]) expect(texts(q, 1)[0]).toMatch(/^Pyongyang has blasted Trump’s successor, Joe Biden/);
  });

  it("ranks a headline below the story's sentences that say it with details, unless a headline is asked about", () => {
    const headline = "China stands by mutual defense treaty with North Korea after 60 years";
    const pacts = answerer.answer("does nk have other defense pacts").passages.map((p) => p.text);
    expect(pacts[0]).toMatch(/^Signed in 1961, the China-DPRK Treaty .* is currently the only defense treaty/);
    expect(pacts).not.toContain(headline);
    const outlet = answerer.answer("which outlet ran the '60 yrs of friendship' headline").passages.map((p) => p.text);
    expect(outlet.slice(0, 2)).toContain("60 yrs of friendship: China, North Korea vow to boost ties in face of foreign hostility");
  });

  it("ranks a subheading that says again what the sentence below it says below that sentence, and keeps one it alone says", () => {
    // Blasting News: "The validity of the China-North Korea treaty is of 20 years" (a line of its own) above "... is valid for 20 years."
    const valid = answerer.answer("how many yrs is each round of the treaty good for").passages.map((p) => p.text);
    // (With the sentence that leans on it, "Both the sides renewed it ...", shown after it.)
    expect(valid[0]).toBe("The treaty between China and North Korea is valid for 20 years. Both the sides renewed it in 1981 and 2001, and it could get another extension.");
    expect(texts("how does China rank among North Korea's allies", 3)).toContain("China is the biggest ally of North Korea");
  });

  it("shows after a passage's sentence one that points back to it without a pronoun, found by its own words only", () => {
    // "The intention is to pursue the subject of denuclearization ...": the intention of the visit before it.
    const talks = answerer.answer("what does the us want to talk to nk about").passages[0]!;
    expect(talks.text).toBe(
      "During a visit to Seoul, the US special representative for North Korea indicated the willingness of the United States to meet the North for dialogues. The intention is to pursue the subject of denuclearization of the Korean peninsula.",
    );
    // Not found by the words of the sentence before it: "It accounts for most of the trade" stays the passage's own
    // sentence, and a "who" is not answered from the sentence after it ("the Korean peninsula").
    const trade = answerer.answer("who does most of nks tradeing with");
    const accounts = trade.passages.find((p) => p.sentence.text === "It accounts for most of the trade with the North.");
    expect(accounts?.text).toMatch(/The intention is to move towards a political settlement of the Korean peninsula\.$/);
    expect(trade.direct?.text).toBe("China");
  });

  it("shows a sentence that is all quotation after the one that says who speaks", () => {
    const first = answerer.answer("the issue of the korean peninsula is at china's doorstep who said that").passages[0]!;
    expect(first.sentence.text).toBe("“The issue of the Korean Peninsula is at China's doorstep.”");
    expect(first.text).toBe(`“China's position on the Korean Peninsula issue is always clear,” Wang said. ${first.sentence.text}`);
  });

  it("stops showing sentences that lean on a passage's before the passage outgrows a message's share", () => {
    const dir = mkdtempSync(join(tmpdir(), "continuation-"));
    for (const f of readdirSync("corpus")) if (f.endsWith(".json")) copyFileSync(join("corpus", f), join(dir, f));
    const long = (opening: string) => `${opening} ${"the delegation toured farms, schools and clinics across the provinces, ".repeat(3)}and met local officials.`;
    writeFileSync(
      join(dir, "000_test.txt"),
      ["---", "n: 1", "published: 2021-07", "---", `The envoy praised the new irrigation canal near Sinuiju. ${long("This visit lasted a week:")} ${long("These meetings were friendly:")}`, ""].join("\n"),
    );
    const first = buildAnswerer(dir).answer("what did the envoy praise near sinuiju").passages[0]!;
    expect(first.sentence.text).toBe("The envoy praised the new irrigation canal near Sinuiju.");
    expect(first.text).toBe(`${first.sentence.text} ${long("This visit lasted a week:")}`);
    expect(first.text.length).toBeLessThanOrEqual(PASSAGE_CHARS);
  });

  it("shows after a speaker's reported words the quotation of theirs that follows, and names them from it", () => {
    // "North Korea's foreign minister has ruled out ..." names him only by his office; the next
    // sentence, his quotation, by his name (the quote index attributes both to him).
    const answer = answerer.answer("who is north koreas foreign minister");
    const first = answer.passages[0]!;
    expect(first.sentence.text).toMatch(/^North Korea’s foreign minister has ruled out/);
    expect(first.text).toMatch(/Ri Son-gwon said in a statement carried by KCNA on Wednesday\.$/);
    expect(answer.direct).toMatchObject({ text: "Ri Son-gwon", citation: first.citation });
    expect(first.text.slice(answer.direct!.start, answer.direct!.end)).toBe("Ri Son-gwon");
  });

  it("never reads a number as a typo of another ('2021' is not '2001')", () => {
    for (const hit of answerer.search.search("renewed in 2021", 10)) expect(hit.matchedTerms).not.toContain("2021");
    expect(answerer.search.search("renewed in 2001", 1)[0]!.matchedTerms).toContain("2001");
  });

  it("pages through results without repeating a passage", () => {
    const first = texts("treaty", 3);
    const second = answerer.answer("treaty", { top: 3, offset: 3 }).passages.map((p) => p.text);
    expect(second).toHaveLength(3);
    for (const t of second) expect(first).not.toContain(t);
  });

  it("gives a sentence's neighbours for context", () => {
    const p = answerer.answer("last renewed").passages[0]!;
    const around = answerer.neighbours(p.sentence, 1);
    expect(around.map((s) => s.position)).toEqual([p.sentence.position - 1, p.sentence.position, p.sentence.position + 1]);
    expect(new Set(around.map((s) => s.articleId))).toEqual(new Set([p.sentence.articleId]));
  });
});

describe("stems that keep a sense apart", () => {
  it("does not stem 'diplomatic' to 'diplomat', a synonym of envoy", () => {
    const answerer = buildAnswerer("corpus");
    const { analyzer } = answerer.search;
    expect(analyzer.stemWord("diplomatic")).not.toBe(analyzer.stemWord("diplomat"));
    expect(analyzer.stemWord("diplomats")).toBe(analyzer.stemWord("diplomat"));
    // "diplo ties" still finds the articles' "diplomatic relations".
    expect(answerer.answer("when did china and nk set up diplo ties").passages[0]?.text).toContain("established diplomatic relations in 1949");
  });

  it("stems a noun of the act as the act: an extension is to extend, a signer one who signs", () => {
    const answerer = buildAnswerer("corpus");
    const { analyzer } = answerer.search;
    expect(analyzer.stemWord("extension")).toBe(analyzer.stemWord("extended"));
    expect(analyzer.stemWord("signatories")).toBe(analyzer.stemWord("signed"));
    // "... and it could get another extension", not "both countries would extend assistance to each other".
    expect(answerer.answer("could it get extended again??").passages[0]?.text).toContain("it could get another extension");
  });
  it("indexes 'extend assistance' and 'deal with' in their other sense, not as the pact renewed or the pact", () => {
    const answerer = buildAnswerer("corpus");
    const { analyzer } = answerer.search;
    // To give, not to prolong: a question of a pact "extended" must not find the clause on assistance.
    expect(analyzer.terms("both countries would extend assistance to each other")).toEqual(["countri", "offer", "assist"]);
    expect(analyzer.terms("he extended his warm congratulations")).toContain("offer");
    expect(analyzer.terms("the treaty was extended in 2001")).toContain("extend");
    expect(answerer.answer("has the treaty been extended before").passages[0]?.text).toMatch(/renewed/);
    // To handle, unless it is a deal: "a deal with the US" stays one.
    expect(analyzer.terms("they need each other to deal with Washington")).not.toContain("deal");
    expect(analyzer.terms("a deal with Washington")).toContain("deal");
  });
});

describe("a paper's name", () => {
  it("gives no 'time' or 'post' of the text: 'The Straits Times', 'South China Morning Post' (a Title Case headline keeps its words)", () => {
    const { analyzer } = answerer.search;
    expect(analyzer.terms("The Straits Times mentioned that Kim first visited China")).not.toContain("time");
    expect(analyzer.terms("South China Morning Post goes on to add")).not.toContain("post");
    expect(analyzer.terms("it was the first time")).toContain("time");
    expect(analyzer.terms("China Stands By Its Pact After 60 Years Of Post")).toContain("post");
    // The ambassador "posted to China", not the Post's sentences.
    expect(answerer.answer("Who is the North Korean ambassador posted to China?").direct?.text).toBe("Ri Ryong Nam");
  });
});

describe("idioms of the chat lexicon", () => {
  it("reads an idiom's words that no article uses as the idiom's, not as things asked about", () => {
    // "top dog" is a leader: "dog" (whose thesaurus senses are "follow", "lead") is no concept of its own.
    const surfaces = answerer.search.plan("who's the top dog in nk").concepts.map((c) => c.surface.toLowerCase());
    expect(surfaces).not.toContain("dog");
    expect(answerer.search.plan("who's the top dog in nk").concepts.find((c) => c.surface === "top")?.terms.get(answerer.search.analyzer.stemWord("leader")!)).toBe(1);
    expect(texts("who's the top dog in nk", 3).some((t) => /Leader Kim Jong-un/.test(t))).toBe(true);
    // A word of a phrase that the articles use stays a concept ("lead the sanctions": the sanctions are asked about).
    expect(answerer.search.plan("who led the sanctions on nk").concepts.map((c) => c.surface.toLowerCase())).toContain("sanctions");
  });

  it("never takes a word the lexicon's phrases know ('despawn') for an unknown name, which would refuse the question", () => {
    const idiom = answerer.search.plan("is the nk china alliance still active rn or did it despawn").concepts.find((c) => c.surface === "despawn");
    expect(idiom?.idiom).toBe(true);
    expect(answerer.answer("is the nk china alliance still active rn or did it despawn").passages[0]?.text).toMatch(/remains? in effect|remains? in force/);
    // The lexicon's word for it ("expire") is none the articles use: their synonyms of it are found ("termination").
    expect(answerer.answer("did the treaty despawn").passages[0]?.text).toMatch(/termination|terminate/);
    // A name no article uses still refuses: "medvedev" is in no phrase.
    expect(answerer.answer("what did medvedev say about the treaty").answered).toBe(false);
  });
});
