import { describe, expect, it } from "vitest";
import { guessedPhrase, subjectBlankOf } from "../src/answer/blanks.js";
import { directSpan, shortFact } from "../src/answer/direct.js";
import { alternativesOffered } from "../src/answer/alternatives.js";
import { factKind } from "../src/answer/factKind.js";
import { quotedWordsAsked, spokenBy, wordsAfterWhoSaid } from "../src/answer/quoteSpeaker.js";
import { buildAnswerer } from "../src/pipeline.js";

const answerer = buildAnswerer("corpus");
const direct = (q: string) => answerer.answer(q).direct;
const shortFactOf = (q: string) => shortFact(answerer.search.plan(q), answerer.search.analyzer);
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
    ["kcna stands for what", "expansion"],
    // Letters no English word spells, typed in lower case: asked about, or followed by a guess at what they stand for.
    ["wait what is wpk", "expansion"],
    ["cpc meaning?", "expansion"],
    // A role played is the thing asked by its noun, not a post; a place someone "said where" is a place.
    ["what role does china play on the peninsula", "focus"],
    ["what role does liu xiaoming have", "title"],
    ["kurt campbell said where he thinks biden and xi will meet", "place"],
    // A learner's "what WPK mean" (no "does"); not an English word's meaning.
    ["what WPK mean?", "expansion"],
    ["what treaty mean", undefined],
    ["kcna is korean communist news agency?", "expansion"],
    ["wpk = korean workers union? checking", "expansion"],
    ["kcna is state media or independent?", undefined],
    // An office "called" asks its holder's name; a thing "called", its name.
    ["who is liu xiaoming and why does he matter", "title"],
    ["whats the nk ambassador to china called", "person"],
    // An office asked of someone named first, yes or no: their title (not a choice of two).
    ["is song tao the chinese foreign minister", "title"],
    ["is xi called president or chairman in these articles", undefined],
    // "what is" a relation's other party, or a body's name; also typed first with "is?" after.
    ["whats nk's only ally", "person"],
    ["nk's only ally is?", "person"],
    ["whats nk's ruling party", "name"],
    ["nk ruling party name?", "name"],
    ["what is the treaty", undefined],
    ["what is the treaty called", "name"],
    // An outlet guessed for a report, or asked by another word for an outlet.
    ["the taiwan line was from the nyt?", "source"],
    ["was the concessions quote from reuters", "source"],
    ["was it kcna that broke the envoy call story?", "source"],
    ["where did kims message get published", "source"],
    ["which site reported campbells taiwan comment", "source"],
    ["who report that first?", "source"],
    ["was the treaty from 1961", undefined],
    // A length in years, not a year: "how long ... in years".
    ["how long does the treaty last in years", "duration"],
    // What someone called something, guessed: the words they used; not a blank asked, nor a noun "calls".
    ["North Korea called biden's approach 'aggressive policy'?", "coined"],
    ["kim called the friendship a common what?", "blank"],
    ["what did the spokesman compare the korean peninsula to", "coined"],
    ["my discord calls keep dropping, any fix?", undefined],
    // What something has at its core, asked whichever way round.
    ["what is at the core of North Korea china relations per kcna", "core"],
    ["the relations with china has what in the core, kim say?", "core"],
    ["KCNA say what is core of the relations?", "core"],
    ["what's the core promise in the defense deal", undefined],
    // A thing asked by a noun of its own; not a name, a pronoun, or a word for the kind of answer.
    ["what journey did kim say they would march on", "focus"],
    ["the chinese troops fought which invaders?", "focus"],
    // A noun asked with what it is part of: "which department of the cpc".
    ["song tao works for which department of the cpc", "focus"],
    ["which department of the cpc does song tao work for", "focus"],
    ["what did kim do after the talks stalled", undefined],
    ["what it did with the message", undefined],
    ["which paper said that", "source"],
    // The words someone described a thing with; not how something is placed ("describe where ...").
    ["how did the spokesman characterise the treaty", "described"],
    ["what words did the ambassador use to describe the friendship", "described"],
    ["the ambassador described the friendship w 2 adjectives, which ones", "described"],
    ["what two words did the ambassador use for the friendship", "described"],
    ["how did wang describe where the korean peninsula sits", undefined],
    // "which north korean signed it" asks a person; "what the chinese spokesman say" asks their words.
    ["what the chinese spokesman say the us should do about nk", undefined],
    // "what does X do" asks a job; what someone wants another to do is no job.
    ["what does sung kim do", "title"],
    // Whom someone works for: their post names the employer (the line was another person, "Ri Ryong Nam").
    ["who does song tao work for", "title"],
    ["who is campbell working for", "title"],
    ["what does china want the us to do about nk", undefined],
    ["on what occasion did the chinese ambassador make those remarks", "occasion"],
    ["what was he marking", "occasion"],
    // The way or means of a doing; not a noun "approach", nor "how many".
    ["how did biden say he would deal with the North Korea nuclear threat", "manner"],
    ["sung kim talked to liu how, in person?", "manner"],
    // How someone responded asks what they did, not by what means (the line was "on the phone").
    ["how did the us respond to nk", undefined],
    // Without the auxiliary, as learners type it; not "how many times did they talk".
    ["how biden say he will deal with threat of north korea nuclear?", "manner"],
    ["how many times did xi and kim talk", "count"],
    ["did the two envoys meet face to face or was it a call", "manner"],
    // A description asked, not a manner (the thing described read with its possessive).
    ["how does North Korea describe biden's approach to them", "described"],
    ["have biden and xi met in person yet", undefined],
    // A place asked by its people's adjective: a city, not a person.
    ["which chinese city did kim visit first", "place"],
    ["which north korean signed it", "person"],
    ["what is the plan", undefined],
    ["i need the exact signing date of the treaty for a citation", "date"],
    ["whats the renewal date", "date"],
    // A month and a year asked together is a date, though the question ends in "year".
    ["when did kim first go to china? i need the month and year", "date"],
    // Nor a year said not to be what is asked.
    ["what exact day was the treaty signed? need the month and day not just the year pls", "date"],
    ["the day and month it was signed", "date"],
    ["who is Sung Kim", "title"],
    ["who signed the treaty", "person"],
    ["which outlet reported it", "source"],
    ["where was campbell's taiwan comment reported", "source"],
    ["in the upi article where did they get the campbell line from", "source"],
    ["where did that phone call story come from originally", "source"],
    ["chinese foreign ministry spokesman name?? forgot", "person"],
    // The office in the plural as typed ("spokesmen") is an office too.
    ["whats the name of the chinese foreign ministry spokesmen who talked abt the treaty at the briefing", "person"],
    ["kim il sung was kju's father right?", "kin"],
    ["the treaty, when it was renewed last time?", "date"],
    ["yonhap reported it when (day)", "date"],
    ["renewal was expected when, according to the upi story", "date"],
    ["did beijing and pyongyang set up diplomatic relations the same year as the treaty, or when", "date"],
    ["kim il sung is what family to kim jong un?", "kin"],
    ["the american nk envoy who rang liu, name?", "person"],
    ["the indo-pacific coordinator of national security council, what his name?", "person"],
    ["whats the treaty's official name", "name"],
    ["where were the messages delivered", "place"],
    ["what month is the summit", "month"],
    ["the issue is at whose doorstep", "person"],
    ["kim called the friendship a common what", "blank"],
    ["since when are they allies", "date"],
    ["whats the term length", "duration"],
    ["which north korean diplomat passed on the messages", "person"],
    ["according to wang, whose concerns matter", "person"],
    ["whats the full official name of the pact", "name"],
    ["the treaty was signed when?", "date"],
    ["in which city were the messages delivered", "place"],
    ["whats nks state media called", "name"],
    ["what do they officially call the pact", "name"],
    ["what do they call the china dprk pact", "name"],
    ["what do they call the friendship", undefined],
    ["what is the name of north koreas ambassador to china", "person"],
    ["which chinese premier signed it", "person"],
    ["the ambassador was marking which anniversary", "age"],
    ["whats the validity period of the pact", "duration"],
    ["how many yrs does one term last", "duration"],
    ["trump and kim met how often", "count"],
    ["what does wpk mean", "expansion"],
    ["what was the exact date it was signed", "date"],
    ["has it been renewed before, like which years", "year"],
    ["how much food aid does china send every year", "count"],
    ["why does the alliance matter", undefined],
    // The blank after the preposition it ends in: a line only where a sentence has "push for" (none here).
    ["what did the chinese ambassador in pyongyang push for", "blank"],
    ["was the guy who signed the treaty kim jong uns grandpa", undefined],
    ["who is the chinese spokesman", "person"],
    ["who are the signatories", "person"],
    ["name the chinese spokesman", "person"],
    ["which countries signed the treaty", "person"],
    ["number of times trump met kim", "count"],
    ["what is the validity of the treaty", "duration"],
    ["what does kcna stand 4", "expansion"],
    ["does it expire or smth, whats the term length", "duration"],
    ["which chinese official said it", "person"],
    ["what did xi say to kim", undefined],
    ["do u know who delivered the messages", "person"],
    // Formally: "the name of the u.s. ... representative".
    ["the name of the u.s. special representative for north korea who spoke to liu on the phone?", "person"],
    // "where is china reported to be ...": a place, not where it was reported.
    ["where is china reported to be constructing underground missile silos?", "place"],
    ["where was the phone call reported", "source"],
    ["how many years old did the treaty turn", "age"],
    ["how many years has the treaty lasted now", "age"],
    ["how big a share of nk's trade does china have", "count"],
    // An age asked, then "how many years" again in other words: still an age, not a length.
    ["how old was the treaty in 2021? like how many years", "age"],
    // Letters asked about as learners of English ask it.
    ["DPRK full name what is", "expansion"],
    ["what is dprk full name", "expansion"],
    ["CPC in article mean which party", "expansion"],
    ["renewal yrs?", "year"],
    ["what were the years it was renewed in", "year"],
    // The question word last, before whose account it is.
    ["the messages were delivered where according to xinhua", "place"],
    // A name half remembered after the office.
    ["the chinese spokesman was wang something?", "person"],
    ["ties date back to which decade", "year"],
    ["xi's nk trip date?", "date"],
    ["kcna full name?", "expansion"],
    ["what post did zhou enlai hold", "title"],
    ["how are kim il sung and kim jong un related", "kin"],
    ["is kim il sung kim jong un's dad or grandpa", "kin"],
    ["north koreas main ally is which country", "person"],
    ["which summit will biden n xi meet at", "place"],
    ["prc special envoy for north korea whats his name", "person"],
    ["North Korea ambassador in beijing name pls", "person"],
    ["whats the full official name of the treaty", "name"],
    ["zhou enlai was what, premier or president?", "title"],
    ["who broke the news about the phone call", "source"],
    ["which north korean put his name on the treaty", "person"],
    ["the treaty lasts how many yrs before renewal", "duration"],
    ["which nk state media outlet reported it", "source"],
    ["xi kim meetings count since 2018?", "count"],
    ["what is the DPRK", "expansion"],
    // "US" opens a longer name here: the person holding the office is asked, not what US stands for.
    ["who is the US special representative for north korea", "person"],
    // A question of its own after a yes-or-no one; a word between "which" and "year".
    ["was there a renewal in the 80s too? what yr", "year"],
    ["yo was the friendship treaty from the 50s or the 60s? which exact year", "year"],
    ["was there a renewal in the 80s too?", undefined],
    // An office's holder asked by "name" alone; not the treaty's own name.
    ["beijing's nk envoy name?", "person"],
    ["the envoy's name??", "person"],
    ["the treaty's official name?", "name"],
    // A relation's other party, not what a named person is; whose words, though they name a position.
    ["who is pyongyangs biggest ally", "person"],
    ["nk's main trading partner?", "person"],
    ["biggest ally of the hermit kingdom", "person"],
    ["who is sung kim", "title"],
    ["is \"China's position on the Korean Peninsula issue is always clear\" real? whose line", "person"],
    // Whoever said it, though it names a role; the "Post" of a paper's name is no office.
    ["who said china will continue to play a constructive role", "person"],
    // Not the post of an office either: the blank after "solidarity for".
    ["according to South China Morning Post what did china and North Korea show solidarity for", "blank"],
    ["what post does song tao hold", "title"],
    // A pasted quotation's own words ("position") do not say what is asked about it.
    ["“China's position on the Korean Peninsula issue is always clear” who said that", undefined],
    ["what does 'dprk' stand for", "expansion"],
    // The letters' full name, as a learner of English asks it; where something is taken, a blank.
    ["sry english not my first language, what is the full name behind letters DPRK?", "expansion"],
    ["xi promised to take the relationship where exactly", "blank"],
    ["xi visited pyongyang when exactly", "date"],
    // A word after the question word ("exactly", "again") does not make "stands for what" a blank.
    ["dprk stands for what exactly", "expansion"],
    ["wpk is what?", "expansion"],
    ["whats the point of the pact", "purpose"],
    ["what is the purpose of the treaty according to kim", "purpose"],
    ["war is what?", "blank"],
    // An office named, then "who": who holds it; a clause, then "who", stays a blank.
    ["us special representative for north korea who", "person"],
    ["the envoy met who", "blank"],
    // "in recent years" is a time of what is asked, not a year asked.
    ["kim said intl situation was like what in recent yrs", undefined],
  ])("%s → %s", (q, kind) => expect(factKind(q)).toBe(kind));

  it("reads the outlet of 'According to ...' opening a sentence, as of 'according to' inside one", () => {
    expect(direct("Which newspaper reported that China and North Korea expressed solidarity for regional stability?")?.text).toBe("South China Morning Post");
  });

  it("answers 'who said' with a person, never the place the words speak of", () => {
    // "He said that China ... will continue to play a constructive role, until ... on the Korean Peninsula."
    expect(direct("who said china will continue to play a constructive role")?.text).not.toBe("the Korean Peninsula");
  });
});

describe("direct answers through the real index", () => {
  it("copies the fact from the first passage, with that passage's citation", () => {
    const answer = answerer.answer("what year was it last renewed");
    expect(answer.direct?.text).toBe("2001");
    expect(answer.direct?.citation).toEqual(answer.passages[0]!.citation);
    expect(answer.passages[0]!.text.slice(answer.direct!.start, answer.direct!.end)).toBe("2001");
  });

  it("ranks first the sentence that says who did what a 'who' question asks, over those that only tell of the act", () => {
    const answer = answerer.answer("who signed the treaty");
    expect(answer.passages[0]!.text).toMatch(/^Signed by former Chinese Premier Zhou Enlai/);
    expect(answer.direct?.text).toBe("Zhou Enlai and North Korea's Kim Il Sung");
    // Also when the question names more than that sentence does ("1961"): the act and its doers are evidence enough.
    const dated = answerer.answer("Who signed the treaty in 1961?");
    expect(dated.passages[0]!.text).toMatch(/^Signed by former Chinese Premier Zhou Enlai/);
    expect(dated.direct?.text).toBe("Zhou Enlai and North Korea's Kim Il Sung");
  });

  it("gives the fuller of two answers when a passage shown holds the first one's whole, and shows that passage first", () => {
    // "The agreement was last renewed in 2001." ranks first; "Both the sides renewed it in 1981 and 2001" says more.
    const answer = answerer.answer("when was it renewed");
    expect(answer.direct?.text).toBe("1981 and 2001");
    expect(answer.passages[0]!.sentence.text).toMatch(/^Both the sides renewed it in 1981 and 2001/);
    expect(answer.direct!.citation).toEqual(answer.passages[0]!.citation);
    expect(answer.passages[1]!.text).toBe("The agreement was last renewed in 2001.");
    // The fuller passage need not hold the question's other words ("extended", "accord"): it holds the answer found, whole.
    expect(direct("in which years was the accord extended")?.text).toBe("1981 and 2001");
  });

  it("answers whose source an outlet was with whom it cites, and which outlet with the outlet", () => {
    // "Yonhap reported Tuesday that ... Sung Kim spoke to Liu on the phone, citing a source at the U.S. State Department."
    expect(direct("who was yonhap's source for the phone call story")?.text).toBe("a source at the U.S. State Department");
    expect(direct("which outlet reported the phone call")?.text).toBe("Yonhap");
    // "news" in "which news outlet" says a source is asked: "Xinhua News" holds the word, and did not report the call.
    expect(direct("which news outlet reported the phone call")?.text).toBe("Yonhap");
    // "that call", "the call between" them is the phone call (it was "Kyodo News", of the sentence naming the envoys).
    expect(direct("which outlet reported that call between the envoys")?.text).toBe("Yonhap");
    expect(direct("where did the info about the us-china envoy call come from, like which department")?.text).toBe("a source at the U.S. State Department");
    expect(direct("where was the campbell taiwan comment reported")?.text).toBe("Nikkei Asia");
    // "... Ri Son-gwon said in a statement carried by KCNA on Wednesday."
    expect(direct("which outlet carried ri son gwon's statement")?.text).toBe("KCNA");
    // Whom the report cites, told by the question itself, is not what it asks (it was "a source at the U.S. State Department").
    expect(direct("By which news agency was the phone call initially reported, citing a State Department source")?.text).toBe("Yonhap");
  });

  it("answers where someone spoke with the occasion told just after the saying", () => {
    // "Kurt Campbell said Tuesday at an online Asia Society event that he expects the two leaders will meet at the G20 summit".
    expect(direct("where did kurt campbell say that stuff")?.text).toBe("at an online Asia Society event");
    // The event asked by its kind ("at which event"), not "where".
    expect(direct("campbell speak at which event? online or in person?")?.text).toBe("at an online Asia Society event");
    // Where he was speaking "when he said" they would meet: where he said it (it was "at the G20 summit").
    expect(direct("where was campbell speaking when he said biden and xi would meet")?.text).toBe("at an online Asia Society event");
    // Where something else happens is not where the saying was, nor the thing asked about itself ("at the G20 summit" for the G20).
    expect(direct("where will biden and xi meet")?.text).toBe("at the G20 summit");
    // Nor when the guesses after the question say who said what: those sayings are not asked about.
    expect(direct("where r biden and xi expected to finally meet? someone said apec, i said g20")?.text).toBe("at the G20 summit");
    expect(direct("where is the g20 being held")).toBeUndefined();
  });

  it("answers 'who is the chinese president' with the person the alias file gives that office, by name", () => {
    expect(direct("who is the chinese president")?.text).toBe("Xi Jinping");
    expect(direct("who is the chinese spokesman")?.text).toBe("Wang Wenbin");
    // What everyone does with him says nothing asked: "quoting" is no word to look for.
    expect(direct("whos the chinese spokesman everyone keeps quoting")?.text).toBe("Wang Wenbin");
    // Of two titled people, the one whose title names the country asked, by its people's name too ("U.S. President Joe Biden and Chinese leader Xi Jinping").
    expect(direct("who is the us president")?.text).toBe("Joe Biden");
    expect(direct("who's the north korean supreme leader in the articles")?.text).toBe("Kim Jong-un");
    // Not the holder "now": a story's holder is of its day.
    expect(direct("who is the us president now")).toBeUndefined();
    // A first passage whose person holds another post does not end the search: the holder may follow.
    expect(direct("whos the chinese envoy for nk rn")?.text).toBe("Liu Xiaoming");
    // Nor does it rank first for being a sentence with one person: "Liu told the U.S. envoy ..." names no US envoy.
    const envoy = answerer.answer("who is the us envoy for north korea");
    expect(envoy.passages[0]?.text).toContain("Special Representative for North Korea Sung Kim");
    expect(envoy.direct?.text).toBe("Sung Kim");
  });

  it("answers when someone spoke with the day of their saying, not the day of someone else's report", () => {
    // "Yonhap reported Tuesday that U.S. Special Representative for North Korea Sung Kim spoke to Liu": Yonhap's day.
    expect(spanIn("when did the ambassador speak", "Yonhap reported Tuesday that U.S. Special Representative Sung Kim spoke to Liu on the phone.")).toBeUndefined();
    expect(spanIn("when did yonhap report the call", "Yonhap reported Tuesday that U.S. Special Representative Sung Kim spoke to Liu on the phone.")).toBe("Tuesday");
    expect(direct("what day did campbell say biden and xi would meet")?.text).toBe("Tuesday");
  });

  it("answers a time still to come, and a kinship claimed wrongly, with what the sentence tells", () => {
    // "ahead of a renewal that is likely to take place around Sunday": what "was expected", not the last renewal.
    // The sentence's hedge stays with the date: "around Sunday", not a firm "Sunday".
    expect(direct("renewal was expected when, acc to the upi story?? 🤔")?.text).toBe("around Sunday");
    expect(direct("hey bot when's the renewal supposed to happen")?.text).toBe("around Sunday");
    expect(direct("when is the renewal happening")?.text).toBe("around Sunday");
    // "Kim Il Sung, Kim Jong Un’s grandfather": the kinship a member gets wrong is told right.
    expect(direct("kim il sung was kju's father right?")?.text).toBe("grandfather");
    expect(direct("kim il sung was his dad right")?.text).toBe("grandfather");
    // A pact's purpose, asked however: the infinitive the sentence gives it; whose words they are stays a source question.
    for (const q of ["according to kim whats the purpose of the treaty", "what is the treaty for according to kim", "kju's take on the point of the treaty?", "the treaty's purpose is what", "what does kim say the treaty is for"]) {
      expect(direct(q)?.text, q).toBe("to defend socialism and peace in Asia");
    }
    expect(direct("which outlet quoted kim on the treaty's purpose")?.text).toBe("Al Jazeera");
    // When words were said, told by the sentence shown after them that owns them ("The ambassador made these observations on ...").
    expect(direct("when did the ambassador say all that unbreakable friendship stuff")?.text).toBe("on the second anniversary of the visit of President Xi Jinping to the hermit kingdom");
    // Asked tersely or offhand: "signers?" asks who signed; "who is this wang wenbin guy" what he is (the line was "Liu Xiaoming");
    // "the treaty's official full name" is its name, not an official's; "sanctions who" is no verb ("imposed").
    expect(direct("signers?")?.text).toBe("Zhou Enlai and North Korea's Kim Il Sung");
    expect(direct("who is this wang wenbin guy")?.text).toBe("Chinese foreign ministry spokesman");
    expect(direct("whats the treaty's official full name")?.text).toBe("Treaty on Friendship, Cooperation and Mutual Assistance");
    expect(direct("the american official who rang liu, name?")?.text).toBe("Sung Kim");
    expect(direct("sanctions who")).toBeUndefined();
    // "fought together against who in the old days": whom they fought, though the question goes on after "who".
    expect(direct("china and korea fought together against who in the old days")?.text).toBe("Japanese colonisers");
    // Not someone named only to name the one the question names ("Trump’s successor, Joe Biden"): the line was "Trump".
    expect(direct("who called biden's approach a 'hostile policy'?")).toBeUndefined();
    expect(direct("who did biden succeed")?.text).toBe("Donald Trump"); // "Trump" in the passage: the article names him in full
    // "where and when": the place the sentence names beside the time goes with it.
    expect(direct("where n when were the messages delivered")?.text).toBe("in Beijing on Monday");
    // The place asked first and the day after "and", or the other way round.
    expect(direct("where did they meet to deliver the messages and what day")?.text).toBe("in Beijing on Monday");
    expect(direct("when were the messages delivered and where")?.text).toBe("in Beijing on Monday");
    expect(direct("where and on what day were the leaders messages handed over?")?.text).toBe("in Beijing on Monday");
    // Asked after other words: "meeting for deliver messages where it happen and what day".
    expect(direct("meeting for deliver messages where it happen and what day")?.text).toBe("in Beijing on Monday");
    expect(direct("when were the messages delivered")?.text).toBe("Monday");
    // So does the occasion the sentence names before it, when "where" or an occasion is asked with "when", or the event is yet to come.
    expect(direct("when n where r biden and xi expected to finally meet")?.text).toBe("at the G20 summit in October");
    expect(direct("so when r biden n xi supposed to meet, some summit in september? which one")?.text).toBe("at the G20 summit in October");
    expect(direct("when r biden and xi expected to meet")?.text).toBe("at the G20 summit in October");
    // "expected" after the thing: a time to come, not the years it was renewed before ("1981 and 2001").
    expect(direct("when is the renewal expected")?.text).toBe("around Sunday");
    // Someone's expectation asked: "when does campbell expect them to meet" is a time to come too.
    expect(direct("when does campbell expect biden and xi to finally meet")?.text).toBe("at the G20 summit in October");
    expect(direct("who is kim jong uns grandfather")?.text).toBe("Kim Il Sung");
    // But "who is kim jong un's father" asks for a person: a kinship is no answer to it, and the articles name no father.
    expect(direct("who is kim jong un's father")).toBeUndefined();
    // Nor any other kin the articles do not name (the lines were the people beside the name: "Pyongyang and Washington", "Joe Biden", "Xi Jinping").
    for (const q of ["who is kim's wife", "who is xi's wife", "who is kim jong un's sister"]) expect(answerer.answer(q).answered).toBe(false);
  });

  it("counts what the sentence shown before a passage's own says toward the line's evidence", () => {
    // "North Korea has long been under harsh United Nations sanctions ..." is shown before "The US has spearheaded those sanctions ...".
    expect(direct("who's leading the sanctions push against nk")?.text).toBe("The US");
  });

  it("answers a 'who' question that names one side with that side's doer only", () => {
    // "Signed by former Chinese Premier Zhou Enlai and North Korea's Kim Il Sung".
    expect(direct("who signed it for the north koreans")?.text).toBe("Kim Il Sung");
    expect(direct("who signed the treaty for china back then")?.text).toBe("Zhou Enlai");
    // "... delivered by Song Tao, the minister of the ... Communist Party of China ..., and Ri Ryong Nam, the DPRK ambassador to China".
    expect(direct("who handed over the msgs for the chinese side")?.text).toBe("Song Tao");
    expect(direct("who delivered the messages for nk")?.text).toBe("Ri Ryong Nam");
    // A side named by its organisation (the Communist Party of China is China's), with the act after a description of the person.
    expect(direct("the cpc official who handed over the messages was who")?.text).toBe("Song Tao");
    // Both sides asked, or none: both doers.
    expect(direct("who signed the treaty")?.text).toBe("Zhou Enlai and North Korea's Kim Il Sung");
  });

  it("answers who gave a name the question types, by whichever verb of naming the sentence uses", () => {
    // "Wang, who also referred to the Korean Peninsula as "China's doorstep," said China's Special Representative ... Liu Xiaoming ...".
    expect(direct("which chinese official called the korean peninsula chinas doorstep")?.text).toBe("Wang Wenbin");
    expect(direct("who described the korean peninsula as chinas doorstep")?.text).toBe("Wang Wenbin");
    // A call made to someone is no naming.
    expect(direct("which american envoy called liu xiaoming about nk")?.text).toBe("Sung Kim");
  });

  it("answers what is being built where, not which desert ('china building wat in desert')", () => {
    expect(direct("china building wat in desert")?.text).toBe("underground missile silos");
  });

  it("reads an office's act with its holder's name asked after a comma as who did it ('the cpc guy who passed along xi's message, whats his name')", () => {
    expect(direct("the cpc guy who passed along xi's message, whats his name")?.text).toBe("Song Tao");
  });

  it("chooses between a pair offered before the question ('beijing or pyongyang, where were the msgs handed over')", () => {
    expect(direct("beijing or pyongyang, where were the msgs handed over")?.text).toBe("Beijing");
  });

  it("reads a claim of two signers as who signed ('mao and kim jong un signed it right')", () => {
    expect(direct("mao and kim jong un signed it back then right")?.text).toBe("Zhou Enlai and North Korea's Kim Il Sung");
  });

  it("reads someone asked by an everyday word for what they did as the doer of that act", () => {
    // "mailman" is the lexicon's "delivered": "The messages from the leaders were delivered by Song Tao, ..., and Ri Ryong Nam".
    expect(direct("who was the mailman between xi n kim")?.text).toMatch(/^Song Tao\b.*\bRi Ryong Nam$/);
  });

  it("answers 'who did <someone> <act>' with the one the act is done to, named after it in the sentence (either side for talking)", () => {
    expect(direct("who did sung kim talk to on the phone")?.text).toBe("Liu Xiaoming");
    expect(direct("who did liu talk to on the phone?")?.text).toBe("Sung Kim");
    // An office as the doer: not the one the sentence gives that office ("U.S. Special Representative ... Sung Kim").
    expect(direct("who did the us special rep call")?.text).toBe("Liu Xiaoming");
    // "blasted Trump’s successor, Joe Biden": not the name in the possessive.
    expect(direct("who did pyongyang blast for a 'hostile policy'")?.text).toBe("Joe Biden");
    // "Kim Il Sung, Kim Jong Un’s grandfather, led Korean guerrillas ... against Japanese colonisers": no one is fought by name.
    expect(direct("who did kim il sung's guerrillas fight alongside the chinese")?.text).not.toBe("Kim Jong Un");
  });

  it("answers a 'who is <role>' question with the person the alias file gives that role, by the name the sentence uses", () => {
    expect(direct("who is the chinese foreign ministry spokesman")?.text).toBe("Wang Wenbin");
    // A role is no name: "the Chinese spokesman" never answers "who".
    expect(direct("whos the spokesman")?.text).not.toBe("the Chinese spokesman");
    // The office after the name, as the news text writes it without its first comma: "Wang Wenbin a Chinese Foreign Ministry spokesman, said".
    expect(direct("china foreign ministry spokesman name?")?.text).toBe("Wang Wenbin");
    expect(spanIn("who is the foreign ministry spokesman", "In a statement, Wang Wenbin a Chinese Foreign Ministry spokesman, said the treaty holds.")).toBe("Wang Wenbin");
    // The office, then the name half remembered.
    expect(direct("the chinese spokesman was wang something?")?.text).toBe("Wang Wenbin");
    // The country first owns the office, the one after it is its brief: "chinas nk special rep" is China's Special Representative for North Korea.
    expect(direct("who is chinas nk special rep")?.text).toBe("Liu Xiaoming");
    expect(direct("who is the us nk envoy")?.text).toBe("Sung Kim");
  });

  it("reads an abbreviation typed in lower case as the one the articles spell out", () => {
    expect(direct("whats kcna")?.text).toBe("Korean Central News Agency");
    expect(direct("what is the dprk")?.text).toBe("Democratic People’s Republic of Korea");
    expect(direct("whats the pact")).toBeUndefined();
    // "dprk stands for?": the abbreviation opens the question.
    expect(direct("dprk stands for?")?.text).toBe("Democratic People’s Republic of Korea");
    // "what's the WPK" (an apostrophe), "what mean KCNA" (as a learner of English asks it).
    expect(direct("what's the WPK")?.text).toBe("Workers’ Party of Korea");
    expect(direct("Please, what mean KCNA? I see it in many news")?.text).toBe("Korean Central News Agency");
    // "dprk stands for what": an expansion, though it ends like a blank to fill ("a new what").
    expect(direct("dprk stands for what")?.text).toBe("Democratic People’s Republic of Korea");
    // Letters typed in lower case after a claim the chat normaliser wrote country names into, and asked by "it".
    expect(direct("dprk is the official name for nk right? what does it stand for")?.text).toBe("Democratic People’s Republic of Korea");
    // Its full name "behind" or "for" the letters.
    expect(direct("whats the full name behind dprk")?.text).toBe("Democratic People’s Republic of Korea");
    // Letters typed apart ("k c n a", "d.p.r.k."), when they spell an abbreviation the articles use.
    expect(direct("k c n a is stand for what")?.text).toBe("Korean Central News Agency");
    expect(direct("what does d.p.r.k. stand for")?.text).toBe("Democratic People’s Republic of Korea");
    // Letters asked as a blank ("WPK is what?"), or with "the letters" after them; not a word ("war is what").
    expect(direct("WPK is what?")?.text).toBe("Workers’ Party of Korea");
    expect(direct("kcna is what")?.text).toBe("Korean Central News Agency");
    expect(direct("KCNA, the letters mean what? Which agency is it?")?.text).toBe("Korean Central News Agency");
    expect(direct("What is KCNA? What the letters mean?")?.text).toBe("Korean Central News Agency");
    expect(direct("the treaty is what")).toBeUndefined();
  });

  it("answers counts with their noun, expansions and titles in the articles' words", () => {
    expect(direct("how many times did trump meet kim")?.text).toBe("three times");
    expect(direct("how many rounds of sanctions did the us slap on them")?.text).toBe("several rounds");
    // A word that only stresses what follows ("the whole ... treaty") is nothing the year's sentence must tell of (it was refused).
    expect(answerer.answer("what year did the whole china nk friendship treay start, asking for my history hw lol").passages[0]?.text).toMatch(/^Signed in 1961/);
    // A manner before what is counted is not it; a person of the asker's context is no one the count must name (both were refused).
    expect(direct("ngl how many face to face meetings have xi n kim had")?.text).toBe("five times");
    expect(answerer.answer("trump vs biden argument got heated. how many times did trump meet kim").passages[0]?.text).toMatch(/^Former US president Donald Trump met with Kim three times/);
    expect(direct("what does KCNA stand for")?.text).toBe("Korean Central News Agency");
    expect(direct("who is Sung Kim")?.text).toBe("U.S. Special Representative for North Korea");
  });

  it("names the one named thing of the sentence, at its fullest mention", () => {
    expect(spanIn("whats the official name of the pact", "The Treaty of Friendship, Cooperation and Mutual Assistance, or friendship treaty, was signed in 1961.")).toBe(
      "Treaty of Friendship, Cooperation and Mutual Assistance",
    );
    expect(spanIn("whats the official name of the pact", "The friendship treaty was reported by Xinhua.")).toBeUndefined();
    // The name of what is asked about, by its words or the words it is set off after: not any name of the sentence.
    expect(spanIn("what are nk's nuclear programs called", "North Korea has long been under harsh United Nations sanctions over its nuclear and missile programs.")).toBeUndefined();
    expect(spanIn("whats nk's state media called", "Moreover, North Korea’s state-owned media house, Korean Central News Agency (KCNA), elaborated on Kim’s message.")).toBe("Korean Central News Agency");
  });

  it("gives no line from a sentence that leaves a name of the question out", () => {
    // "Kim first visited China in March 2018": Kim's visit, not Trump's meeting with him.
    expect(direct("when did trump and kim first meet, what year")).toBeUndefined();
    expect(direct("when did kim first visit china")?.text).toBe("March 2018");
  });

  it("asks for an office holder only when the office is what is asked about", () => {
    // The spokesman is the source; "what areas" asks for areas, not for the ambassador.
    expect(shortFactOf("the korean peninsula is at whose doorstep according to the spokesman")?.asksForOfficeHolder).toBe(false);
    expect(shortFactOf("what areas the chinese ambassador wants more cooperation in")?.kind).not.toBe("person");
    expect(shortFactOf("whats the name of chinas ambassador in pyongyang")?.asksForOfficeHolder).toBe(true);
    // "his actual name" after the office: the holder's name, which no article gives (refused).
    expect(shortFactOf("the blasting news piece mentions china's ambassador to pyongyang but what's his actual name?")?.asksForOfficeHolder).toBe(true);
    expect(answerer.answer("the blasting news piece mentions china's ambassador to pyongyang but what's his actual name?").answered).toBe(false);
    expect(answerer.answer("the korean peninsula is at whose doorstep according to the spokesman").answered).toBe(true);
  });

  it("reads 'up for renewal' as a time to come and 'did the signing' as who signed", () => {
    // "Both the sides renewed it in 1981 and 2001" is when it was renewed, not when it is next.
    expect(direct("yo whens the treaty up for renewal again")?.text).toBe("around Sunday");
    expect(direct("when is the treaty due for renewal")?.text).toBe("around Sunday");
    // "did the signing" is the act the articles tell with its verb ("Signed by former Chinese Premier Zhou Enlai ..."), not Xi.
    expect(direct("who did the signing for china back then")?.text).toBe("Zhou Enlai");
  });

  it("gives no line from a later passage that has far less of the question than the first", () => {
    // The first, "A recent media news says China is ... constructing ... silos", names no one; "He added that North Korea ..." is Kim's, about something else.
    expect(answerer.answer("who said china is building silos").passages[0]?.text).toMatch(/^A recent media news says/);
    expect(direct("who said china is building silos")).toBeUndefined();
  });

  it("counts the sentences a passage shows after its own as the passage's", () => {
    // "The treaty ... is valid for 20 years." has the length; "Both the sides renewed it ..." after it, the renewal asked about.
    expect(direct("the treaty gets renewed every 10 yrs?")?.text).toBe("20 years");
    expect(direct("it runs in 10 year chunks i think, right?")?.text).toBe("20 years");
  });

  it("asks the question after a claimed act, not who did it", () => {
    // "xi sent kim a letter right? what did it say": what it said, not "who sent kim a letter" (the line was "Kim").
    expect(answerer.search.plan("so xi sent kim a letter right? what did it say").normalised).toBe("xi sent kim a letter? what did it say");
    expect(direct("so xi sent kim a letter right? what did it say")).toBeUndefined();
    // A question of when after a year claimed still asks when it was.
    expect(direct("it was renewed in 1991 right? and when else?")?.text).toBe("1981 and 2001");
    // A time stated before a question of a time, with no tag, is the member's guess too (the years no article has are not looked for).
    expect(direct("so they renewed it in 1971 and 1991, which years was it actually")?.text).toBe("1981 and 2001");
    expect(direct("they renewed it in 1971 and 1991? which years was it")?.text).toBe("1981 and 2001");
    // (Not before a count: "1950? how many?" guesses no number of soldiers.)
    expect(answerer.answer("china send soldiers in the korean war 1950? how many?").answered).toBe(false);
  });

  it("answers who said it with the office a sentence that names no one has say it", () => {
    // "During a visit to Seoul, the US special representative for North Korea indicated the willingness ...".
    expect(direct("who said the us is willing to meet nk for talks during a visit to seoul")?.text).toBe("the US special representative for North Korea");
    // "As expert comments - ...": the office, not the sentence's first word.
    expect(direct("who said the closer they get the harder to denuclearise nk")?.text).toBe("expert");
    // Not an office the alias file knows as a person's ("..., the Chinese spokesman said."): the member asks for the name.
    expect(direct("who said china will continue to play a constructive role")).toBeUndefined();
  });

  it("reads an office or a day typed alone with its question mark as asking who holds it or when", () => {
    expect(direct("nk amb to china?")?.text).toBe("Ri Ryong Nam");
    expect(direct("day the treaty was signed?")?.text).toBe("July 11, 1961");
    // A claim of an office, or a department asked, is no office typed alone.
    expect(shortFactOf("campbell is the secretary of state?")?.kind).toBe("title");
    // A guess after "who is <someone>" is no person asked: his title is.
    expect(shortFactOf("ok and who is song tao anyway, some random intern?")?.kind).toBe("title");
    expect(direct("ok and who is song tao anyway, some random intern?")?.text).toMatch(/^the minister of the International Department/);
    expect(shortFactOf("the treaty?")).toBeUndefined();
  });

  it("reads how many years the treaty has existed as its age, not its term", () => {
    // "valid for 20 years" is its term, not how long it has existed.
    expect(shortFactOf("how many years has the treaty existed")?.kind).toBe("age");
    expect(direct("how many years has the treaty existed")?.text).not.toBe("20 years");
  });

  it("answers what event someone was at with where they spoke", () => {
    // "Campbell said Tuesday at an online Asia Society event that he expects the two leaders will meet at the G20 summit": not the G20.
    expect(direct("what kind of event was campbell at")?.text).toBe("at an online Asia Society event");
  });

  it("takes no time of the other end of a series, nor a time still expected for what happened", () => {
    // "Kim first visited China in March 2018" is no last meeting; "he expects the two leaders will meet at the G20 summit in October" none that happened.
    expect(direct("when did the two leaders last meet")).toBeUndefined();
    expect(direct("when did biden and xi meet")).toBeUndefined();
    // An event yet to come is told with its occasion: "at the G20 summit in October".
    expect(direct("when will biden and xi meet")?.text).toBe("at the G20 summit in October");
    expect(direct("first renewal year?")?.text).toBe("1981");
    // A later one by its place: the second of the list; none when the list is shorter.
    expect(direct("when was the second renewal")?.text).toBe("2001");
    expect(direct("when was the third renewal")).toBeUndefined();
    // "the first time" asks "first": its "time" frames the date ("Kim first visited China ... met five times" ranked first).
    expect(direct("when was the first time they renewed it")?.text).toBe("1981");
    // Whose names or signature are on it, or who put "there" names on it: who signed it (the line was "Kim Jong-un", or none).
    expect(direct("whose names are on the treaty")?.text).toBe("Zhou Enlai and North Korea's Kim Il Sung");
    expect(direct("which two leaders put there names on the original treaty?")?.text).toBe("Zhou Enlai and North Korea's Kim Il Sung");
    // The office of one who signed is theirs then: not the leader the stories name today (the line was "Kim Jong-un").
    expect(direct("who was the north korean leader who signed the treaty")?.text).toBe("Kim Il Sung");
    expect(direct("north korean leader who signed the treaty?")?.text).toBe("Kim Il Sung");
    // An office's holder years before the stories is not the one they call by it (the lines were Kim Jong-un and Kim Il Sung);
    // one the sentence gives the office as held before is ("former Chinese Premier Zhou Enlai").
    expect(direct("who was the north korean leader in 1961")).toBeUndefined();
    expect(direct("who led china in 1961")).toBeUndefined();
    expect(direct("who was the chinese premier in 1961")?.text).toBe("Zhou Enlai");
    expect(direct("who was the chinese leader in 2021")?.text).toBe("Xi Jinping");
    // A year that names the treaty asks no earlier holder: today's spokesman said it.
    expect(direct("whats the name of the foreign ministry guy who said the 1961 treaty was a strategic decision")?.text).toBe("Wang Wenbin");
    // Nor the first holder (the line was "Kim", from "Kim first visited China ...").
    expect(direct("Who was the first leader of North Korea?")).toBeUndefined();
    // Any office the alias file's roles name: "who was the previous special rep" is not today's (the line was "Sung Kim").
    expect(direct("who was the previous special rep")).toBeUndefined();
    // An office of no country named, whose holders the first passages differ on (Sung Kim, Liu Xiaoming): unsure, no line.
    expect(direct("who is the special rep")).toBeUndefined();
    expect(direct("who's the chinese special rep for nk")?.text).toBe("Liu Xiaoming");
    // A president is a president, not a leader (the line was "Kim Jon-un", "North Korean leader" beside "China's President Xi Jinping"),
    // and one, not two people named together.
    expect(direct("who is the president")).toBeUndefined();
    expect(direct("who is the chinese president")?.text).toBe("Xi Jinping");
    expect(direct("who r the leaders that sent msgs")?.text).toBe("Xi Jinping and North Korean Supreme Leader Kim Jong-un");
    // Who did it to whom asks a pair, which one name is no answer to (the line was "Donald Trump", from "met with Kim three times").
    expect(direct("who met who in beijing")).toBeUndefined();
    // Not one who does not do it: "the United States does not support Taiwan independence" (the line was "the United States").
    expect(direct("who supports taiwan independence")).toBeUndefined();
    // Whoever wants something else is not whoever wants what is asked ("Regional stability is what China and North Korea want").
    expect(direct("who wants talks")).toBeUndefined();
    expect(direct("who wants regional stability")?.text).toBe("China and North Korea");
    expect(direct("who ruled out talks")?.text).toBe("Ri Son-gwon");
    // A second question of a question word alone after one of its own: the line answers the first ("and by whom" was read as a blank).
    expect(direct("when was the treaty signed and by whom")?.text).toBe("July 11, 1961");
    // (Where is asked with when, so the occasion named beside the time comes with it.)
    expect(direct("campbell thinks biden n xi will meet where and when")?.text).toBe("at the G20 summit in October");
    // When the first asks no short fact, the line answers the second ("what did wang say and when").
    expect(direct("what did wang say and when")?.text).toBe("Wednesday");
    // An anniversary asked with no occasion named is the treaty's: its age, as "how old" asks it (the line was "second
    // anniversary", the ambassador's, then none); one that names the ambassador's occasion still gets that.
    expect(direct("which anniversary was it in 2021")?.text).toBe("60th anniversary");
    expect(direct("which anniversary was this, the 50th?")?.text).toBe("60th anniversary");
    expect(direct("what anniversary was the ambassador marking, besides the treaty one")?.text).toBe("second anniversary");
    // Places likewise: "During a visit to Seoul ... to meet the North" and "during a meeting in Beijing" (the line was "Seoul").
    expect(direct("where did the meeting happen")).toBeUndefined();
    expect(direct("where were the messages handed over")?.text).toBe("Beijing");
    expect(direct("whos the guy who called liu")?.text).toBe("Sung Kim");
    // Another act, or a saying, is still the office holder's.
    expect(direct("who is the chinese president who sent kim the anniversary message")?.text).toBe("Xi Jinping");
    expect(direct("who was the spokesman who talked about the treaty")?.text).toBe("Wang Wenbin");
    // A relation asked is answered by one the sentence calls so, not any country it names
    // (the lines were "China" from "China, North Korea vow to boost ties in face of foreign hostility", and "Wang Wenbin").
    expect(direct("who is nk's enemy")).toBeUndefined();
    expect(direct("who is xi's counterpart")).toBeUndefined();
    expect(direct("who is north korea's major ally")?.text).not.toBe("Wang Wenbin");
    expect(direct("who is nk's ally")?.text).toBe("China");
    expect(direct("who is nk's main trade partner")?.text).toBe("China");
    // A friend asked is an ally told: "China is North Korea's longtime ally".
    expect(direct("what country is only friend of north korea?")?.text).toBe("China");
    // By the name the sentence calls so: "Beijing is the biggest ally of Pyongyang".
    expect(direct("who is the biggest ally of pyongyang?")?.text).toBe("Beijing");
    // "several rounds of its own" are the US's: not the count of the UN's sanctions.
    expect(direct("how many rounds of un sanctions")).toBeUndefined();
    expect(direct("how many rounds of sanctions did the us impose")?.text).toBe("several rounds");
    // A wish is told with what is wished: "Regional stability is what China and North Korea want" is no wish to end the treaty.
    expect(direct("who wants the treaty to end")).toBeUndefined();
    expect(direct("who wants regional stability")?.text).toBe("China and North Korea");
    // A statement to check, without a question mark: the fact it gets wrong (the first passage was Xi's and Kim's five meetings; the other was refused).
    expect(direct("trump met kim 5 times")?.text).toBe("three times");
    expect(direct("the treaty was renewed in 1991 and 2011")?.text).toBe("1981 and 2001");
    // What someone talked about is what they mentioned, not a dialogue (the first passage was Kim's "both dialogue and confrontation").
    expect(direct("what kind of friendship did kim talk about")?.text).toBe("militant friendship");
    expect(answerer.search.plan("whats this treaty everyone keeps talking about").normalised).not.toMatch(/mention/);
    // A doing is answered with what it is done to: not "pursuing" alone.
    expect(direct("what did pyongyang blast biden for")?.text).toBe("pursuing a similar “hostile policy”");
    // Accused "of" what the sentence blasts him "for": the same words before another preposition.
    expect(direct("what did pyongyang accuse biden of")?.text).toBe("pursuing a similar “hostile policy”");
    // A blank is placed where the passage repeats most of the words before it: "... is at China's doorstep" in the
    // quotation shown after "“China's position on the Korean Peninsula issue ...”" (the line was "position").
    expect(direct("wang said the korean peninsula is at china's what")?.text).toBe("doorstep");
    // An office's holder asked by "<office> name?" or "name of <office>?", America's too (no line).
    expect(direct("beijing's nk envoy name?")?.text).toBe("Liu Xiaoming");
    expect(direct("name of americas north korea envoy?")?.text).toBe("Sung Kim");
    expect(direct("who is america's north korea envoy")?.text).toBe("Sung Kim");
    // Or the office first, then "what's the gentleman's name" (not someone told by what they did: "the cpc guy who passed along xi's message").
    expect(direct("and the american special rep for north korea, whats the gentleman's name")?.text).toBe("Sung Kim");
    expect(direct("the cpc guy who passed along xi's message, whats his name")?.text).toBe("Song Tao");
    // Not a thing's name: "treaty name?", "whats the treaty's official name" ask what it is called.
    expect(answerer.search.plan("treaty name?").normalised).toBe("treaty name?");
    expect(direct("whats the treaty's official name")?.text).toBe("Treaty on Friendship, Cooperation and Mutual Assistance");
    // Who gave or passed on the messages delivered them.
    expect(direct("who gave the messages in beijing")?.text).toMatch(/^Song Tao/);
    // A post from the sentence that names it as the alias file's role of the person, the quotation after it naming him (no line before).
    expect(direct("what's ri son-gwon's job")?.text).toBe("North Korea’s foreign minister");
    expect(direct("who does wang wenbin work for")?.text).toBe("Chinese foreign ministry spokesman");
    // What was said to someone is asked by "what" after the saying: no blank to fill (the lines were "work", "Sung Kim spoke").
    for (const q of ["xi say what to kim", "liu tell sung kim what", "kim told xi what"]) expect(direct(q)).toBeUndefined();
    // A blank after what was said still is one.
    expect(direct("kim said be ready for what")?.text).toBe("both dialogue and confrontation");
    expect(direct("treaty sign who")?.text).toBe("Zhou Enlai and North Korea's Kim Il Sung");
    expect(direct("what is mean dprk")?.text).toBe("Democratic People’s Republic of Korea");
    // "who can cancel it" asks who does it, as "who did" does: not the first person named (the line was "Wang Wenbin").
    expect(direct("who can cancel the treaty")?.text).not.toBe("Wang Wenbin");
    // A doer claimed by a name the alias file knows only in part ("wang" of "wang yi") asks who did it.
    expect(direct("wang yi personally carried xi's message to kim right?")?.text).toMatch(/^Song Tao\b/);
    // Ties that start date back: their first time, not the diplomatic relations established later.
    expect(direct("when did the ties start")?.text).toBe("1930s");
    // In figures, as chat types it (it was refused).
    expect(direct("in what year was the 1st renewal")?.text).toBe("1981");
  });

  it("reads a thing's date asked by 'date from' or 'date back to' as when it is from", () => {
    // "the bilateral ties between the two nations date back to the 1930s" dates the ties, not the pact.
    expect(direct("the pact dates from when")?.text).toBe("1961");
    expect(direct("what year does the treaty date back to")?.text).toBe("1961");
    expect(direct("when do the ties date back to")?.text).toBe("1930s");
  });

  it("looks past a passage that names nothing when what something was called is asked", () => {
    // The first passages quote Kim at length ("the signing of the treaty demonstrated ... forged with blood ...") and call nothing anything.
    expect(direct("What did Kim call the DPRK-China friendship, besides forged with blood?")?.text).toBe("a common treasure of both sides");
    // A long quotation that calls nothing anything gives no line ("“China will continue to play a constructive role ... on the peninsula,” the Chinese spokesman said").
    expect(direct("what did the spokesman call the peninsula")).toBeUndefined();
  });

  it("answers an office with its qualifier by the one title that has it", () => {
    // "Chinese President Xi Jinping and North Korean Supreme Leader Kim Jong-un": a president is a leader too, but only one is supreme.
    expect(direct("who is the supreme leader")?.text).toBe("Kim Jong-un");
  });

  it("gives no person's name for the parties to the treaty", () => {
    // "Kim, in his message, said that “the signing of the treaty demonstrated ... the firm will of the two parties ...”": not Kim.
    expect(answerer.answer("who are the parties to the treaty").answered).toBe(true);
    expect(direct("who are the parties to the treaty")).toBeUndefined();
  });

  it("reads a country's leader, the leader of a country and who leads it as its people's leader", () => {
    // "China's leader" was answered "Kim Jon-un" (the caption's "North Korean leader"), "who leads china" "North Korea".
    for (const q of ["who is china's leader", "who is the leader of china", "who leads china", "who runs china"]) expect(direct(q)?.text).toBe("Xi Jinping");
    // In the past tense, with a time, it asks who was the leader then.
    expect(answerer.search.plan("who led china in 1961").normalised).toBe("who was the chinese leader in 1961");
    expect(direct("who is the leader of north korea")?.text).toBe("Kim Jong-un");
    expect(direct("who rules the us")?.text).toBe("Joe Biden");
    // Not a country: left as typed.
    expect(answerer.search.plan("who is the leader of the pack").normalised).toBe("who is the leader of the pack");
  });

  it("reads one country's guy in another's capital as its ambassador there", () => {
    expect(direct("who's nk's guy in beijing")?.text).toBe("Ri Ryong Nam");
  });

  it("reads 'what is the most recent renewal' as asking when it was", () => {
    expect(direct("what's the most recent renewal")?.text).toBe("2001");
    expect(direct("what was the first renewal of the treaty")?.text).toBe("1981");
  });

  it("answers when the treaty ends or expires with what it lasts until", () => {
    expect(direct("when does the treaty expire")?.text).toBe("until Beijing and Pyongyang reach an agreement to amend or terminate it");
    expect(direct("when will the pact run out")?.text).toBe("until Beijing and Pyongyang reach an agreement to amend or terminate it");
    // In any tense, and with "when" last: "the treaty finish when" had "2001", the last renewal.
    for (const q of ["the treaty finish when", "treaty ends when", "when the treaty ends"]) {
      expect(direct(q)?.text).toBe("until Beijing and Pyongyang reach an agreement to amend or terminate it");
    }
    // "how many year old" is its age, not its term ("20 years" was a wrong line).
    expect(direct("the treaty is how many year old")?.text).not.toBe("20 years");
  });

  it("answers whose with the possessive the sentence gives, whoever the question says tells it", () => {
    // "according to the spokesman" names who tells it: a country may still answer ("at China's doorstep").
    expect(direct("the korean peninsula is at whose doorstep according to the spokesman")?.text).toBe("China's");
    expect(direct("the korea issue is at whose doorstep lol")?.text).toBe("China's");
    expect(direct("nk under whose sanctions")?.text).toBe("United Nations");
  });

  it("reads a learner's wording as the question it is", () => {
    expect(direct("please tell me when treaty was renew")?.text).toBe("1981 and 2001");
    expect(direct("what is meaning of KCNA")?.text).toBe("Korean Central News Agency");
  });

  it("gives no line for questions that ask no short fact", () => {
    expect(direct("why does the alliance matter so much for the north")).toBeUndefined();
    expect(direct("what did kim say about hostile forces")).toBeUndefined();
  });
});

describe("more kinds of short fact, each in the sentence's own words", () => {
  it("fills a blank with the word that follows the question's last words in the sentence", () => {
    expect(spanIn("kim called the friendship a common what", "It is a common treasure of both sides.")).toBe("common treasure");
    expect(spanIn("talks would lead where", "Talks would lead “nowhere,” he said.")).toBe("nowhere");
    // A word after the question word does not move the blank: "and what else", "of what exactly".
    expect(spanIn("kim said be ready for dialogue and what else", "Kim told his country to be ready for “both dialogue and confrontation.”")).toBe("confrontation");
  });

  it("fills a blank after a verb with its object, two things joined as one", () => {
    // The verb is asked, not part of the answer: "to defend what" is not "defend socialism".
    expect(direct("kim jong un said the treaty is their to defend what exactly")?.text).toBe("socialism and peace in Asia");
    expect(direct("the treaty is defending what")?.text).toBe("socialism and peace in Asia");
    expect(direct("tensions between who")?.text).toBe("Washington and Beijing");
    expect(direct("the pact binds who")?.text).toBe("China and North Korea"); // a name of two words joined
    expect(direct("second anniversary of what")?.text).toBe("the visit of President Xi Jinping"); // a thing of someone named
    expect(direct("biden would deal with the threat through what")?.text).toBe("diplomacy as well as stern deterrence");
    // A preposition, a modal or a verb before the blank is asked, not answered; a share is of something.
    expect(direct("wang noted the us should what")?.text).toBe("attach importance");
    expect(direct("trump refused to relieve what")?.text).toBe("any of the sanctions");
    expect(direct("that hampered what")?.text).toBe("further diplomacy");
    expect(direct("trust and friendship get what")?.text).not.toMatch(/^get\b/);
    // A verb in its -ing, -ed or -s form, with no determiner before it: "us imposed what" asks what was imposed.
    expect(direct("us imposed what")?.text).toBe("several rounds");
    expect(direct("biden pursuing what")?.text).toBe("a similar “hostile policy”"); // the noun phrase goes on into the quotation
    // A clause is no object: "expects the two leaders will meet" has no noun phrase to answer with.
    expect(direct("campbell expects what")).toBeUndefined();
    // A possessive is no verb, and a noun phrase may be a clause's subject: "North Korea’s foreign minister has ruled out ...".
    expect(direct("ri son gwon is nk's what")?.text).toBe("foreign minister");
    // An adjective before the blank stays with its noun.
    expect(direct("kim called the friendship a common what")?.text).toBe("common treasure");
  });

  it("reads a name, then 'who', as what the person is; a blank asked by 'who' is someone named", () => {
    expect(direct("campbell who")?.text).toBe("National Security Council Indo-Pacific Coordinator");
    expect(direct("liu who")?.text).toBe("China's Special Representative for North Korea"); // not "told", the word after "Liu"
    // "who is liu xiaoming he is chinese?": what he is, before the member's guess ("Wang" was a wrong line).
    expect(direct("who is liu xiaoming he is chinese?")?.text).toBe("China's Special Representative for North Korea");
    expect(direct("the chinese foreign ministry spokesperson is who")?.text).toBe("Wang Wenbin");
    // Whom someone led, without the verb or the preposition after them; never a count.
    expect(direct("kim il sung led who")?.text).toBe("Korean guerrillas");
    expect(direct("xi met who")).toBeUndefined();
    // With the name set off after them: "Trump’s successor, Joe Biden".
    expect(direct("nk blasted who")?.text).toBe("Trump’s successor, Joe Biden");
    // Not the one the question names as the doer: the message sent to Xi is Kim's.
    expect(direct("kim wrote to who")?.text).toBe("Chinese President Xi Jinping");
    expect(direct("xi wrote to who")).toBeUndefined();
  });

  it("answers 'how much of' with a share", () => {
    expect(spanIn("how much of nks trade goes thru china", "It accounts for most of the trade with the North.")).toBe("most of the trade");
    expect(spanIn("how much of nks trade goes thru china", "It accounts for a large part of the trade with the North.")).toBeUndefined();
  });

  it("answers how often with a number of times, not any count", () => {
    expect(spanIn("trump and kim met how often", "Trump met with Kim three times, but he refused to relieve sanctions in return for several steps taken by Pyongyang.")).toBe("three times");
  });

  it("finds the holder of the office asked by a description after the name as well as a title before it", () => {
    const text = "The messages were delivered by Song Tao, the minister of the International Department, and Ri Ryong Nam, the DPRK ambassador to China, during a meeting.";
    expect(spanIn("what is the name of north korea's ambassador to china", text)).toBe("Ri Ryong Nam");
    expect(spanIn("who is the minister who delivered the messages", text)).toBe("Song Tao");
    // Whose office it is counts: China's ambassador is not the DPRK's ambassador to China.
    expect(spanIn("whats the name of china's ambassador in pyongyang", text.replace("the DPRK", "the Democratic People’s Republic of Korea (DPRK)"))).toBeUndefined();
    // The thesaurus's words for the office count: a diplomat of the question is the ambassador of the sentence.
    expect(spanIn("which nk diplomat was at the meeting", text)).toBe("Ri Ryong Nam");
  });

  it("answers 'who <did it>' with whoever did it in the sentence, and nothing when it does not say", () => {
    const signed = "Signed by former Chinese Premier Zhou Enlai and North Korea's Kim Il Sung, the accord requires the two countries to respond jointly to an attack.";
    expect(spanIn("who signed the treaty", signed)).toBe("Zhou Enlai and North Korea's Kim Il Sung");
    // The signing named, its signers not: the two countries of the sentence are no answer.
    expect(spanIn("who signed the treaty", "The 60th anniversary of the signing of the Treaty between China and North Korea is on Sunday.")).toBeUndefined();
    expect(spanIn("who told the us envoy about the arsenal", "Liu told the U.S. envoy that China would permit Pyongyang to reduce its nuclear arsenal.")).toBe("Liu");
    expect(spanIn("which leaders signed the treaty", signed)).toBe("Zhou Enlai and North Korea's Kim Il Sung");
    // An adverb before the act: "who physically signed it" asks who signed it.
    expect(spanIn("who physically signed the treaty", signed)).toBe("Zhou Enlai and North Korea's Kim Il Sung");
    expect(spanIn("who warned of hostile forces", "Xi, who spoke first, and Kim, who leads the party, warned that hostile forces are desperate.")).toBe("Kim");
  });

  it("reads 'official' or 'guy' as any office, of the country the question names", () => {
    const call = "U.S. Special Representative for North Korea Sung Kim spoke to Liu Xiaoming on the phone.";
    expect(spanIn("whats the name of the us guy on the call", call)).toBe("Sung Kim");
  });

  it("answers 'who <did it>' with the country or organisation that did it when the sentence names no one, with its article", () => {
    const sanctions = "The US has spearheaded those sanctions and has imposed several rounds of its own.";
    // "us" inside "push" is not the US asked about.
    expect(spanIn("who led the push for the sanctions", sanctions)).toBe("The US");
    expect(spanIn("who spearheaded the sanctions", sanctions)).toBe("The US");
    // Not for a question that asks for a person by their post.
    expect(spanIn("which official spearheaded the sanctions", sanctions)).toBeUndefined();
  });

  it("answers whom a fight was against by the one the sentence says was fought, not by the side asked about", () => {
    const fought = "In the 1930s Kim Il Sung led Korean guerrillas alongside Chinese soldiers to fight Japanese colonisers.";
    expect(spanIn("who were the guerrillas fighting back then", fought)).toBe("Japanese colonisers");
    expect(spanIn("in the 30s they fought who", fought)).toBe("Japanese colonisers");
    expect(spanIn("who was kim il sung's side at war with", "Kim Il Sung's guerrillas fought against the Japanese army in Manchuria.")).toBe("the Japanese army");
    // Not when the question names whom it was against (it asks who fought), nor who fought beside whom.
    expect(spanIn("who fought against japanese colonisers", fought)).not.toBe("Japanese colonisers");
    expect(spanIn("who did the guerrillas fight alongside", fought)).toBe("Chinese soldiers");
    // Beside whom: the allies the sentence names, when the question names others ("the korean guerrillas"), whom they fought when it names the allies.
    expect(spanIn("who fought alongside the korean guerrillas", fought)).toBe("Chinese soldiers");
    // "who fought ..." asks who did the fighting, not whom it was against (the line was "Japanese colonisers").
    expect(spanIn("who fought alongside chinese soldiers", fought)).toBeUndefined();
    expect(spanIn("who were the korean guerrillas fighting alongside the chinese back then", fought)).toBe("Japanese colonisers");
    // "fighting against alongside the chinese": "against" names no one here.
    expect(spanIn("who were the guerrillas fighting against alongside the chinese soldiers", fought)).toBe("Japanese colonisers");
  });

  it("reads an everyday phrase for the act as the articles' word, and picks the doer holding the office asked", () => {
    const signed = "Signed by former Chinese Premier Zhou Enlai and North Korea's Kim Il Sung, the accord requires the two countries to respond jointly to an attack.";
    // "put his name on" is the chat lexicon's "signed"; "passed on", its "delivered".
    expect(spanIn("do u know which north korean put his name on the treaty", signed)).toBe("Kim Il Sung");
    expect(spanIn("who passed on the leaders messages", "The messages from the leaders were delivered by Song Tao, the minister of the International Department.")).toBe("Song Tao");
    // Of two signers, the premier; the title before the second name stops at the first ("Premier Zhou Enlai and North Korea's").
    expect(spanIn("which chinese premier put his name on the pact", signed)).toBe("Zhou Enlai");
    expect(spanIn("which north korean put his signature on the pact", signed)).toBe("Kim Il Sung");
    expect(spanIn("which leader signed the treaty", signed)).toBe("Zhou Enlai and North Korea's Kim Il Sung");
  });

  it("takes the doer before a description that names another person, not that person", () => {
    const led = "However, the bilateral ties between the two nations date back to the 1930s, when Kim Il Sung, Kim Jong Un’s grandfather, led Korean guerrillas alongside Chinese soldiers to fight Japanese colonisers.";
    expect(spanIn("who led korean guerrillas with chinese soldiers vs japan", led)).toBe("Kim Il Sung");
  });

  it("reads the act after a subject of several words ending in an office, not the word after the people's name", () => {
    // "which chinese party official delivered": the act is "delivered", not "party"; of the two who delivered them, China's.
    const delivered = "The messages from the leaders were delivered by Song Tao, the minister of the International Department of the Communist Party of China (CPC) Central Committee, and Ri Ryong Nam, the Democratic People’s Republic of Korea (DPRK) ambassador to China, during a meeting in Beijing on Monday.";
    expect(spanIn("which chinese party official delivered the msgs", delivered)).toBe("Song Tao");
    expect(spanIn("which north korean official delivered the messages", delivered)).toBe("Ri Ryong Nam");
  });

  it("gives a person's age in years, never an anniversary", () => {
    expect(spanIn("how old is kim jong un", "Kim Jong-un marked the 60th anniversary of the treaty.")).toBeUndefined();
    expect(spanIn("how old is the treaty", "Kim Jong-un marked the 60th anniversary of the treaty.")).toBe("60th anniversary");
    // An anniversary asked of the people who marked it is the treaty's, not their age (this was refused: no "years old").
    expect(spanIn("what anniversary were xi and kim marking w/ their messages", "Kim Jong-un marked the 60th anniversary of the treaty.")).toBe("60th anniversary");
    expect(direct("what anniversary were xi and kim marking w/ their messages")?.text).toBe("60th anniversary");
  });

  it("reads 'how many years since', 'how long ago' and 'how long has it existed' as an age, not a count or a term", () => {
    for (const q of ["how many years has it been since the treaty was signed", "how many years ago was the treaty signed", "how long ago was it signed", "how long has the alliance been around", "how many yrs had the treaty been around when xi and kim sent those msgs", "how many years has the china nk treaty been around now"]) expect(factKind(q)).toBe("age");
    // Not the term it runs for ("The treaty ... is valid for 20 years").
    expect(direct("how many years has it been since the treaty was signed")?.text).toBe("60th anniversary");
    expect(factKind("how long is the treaty valid")).toBe("duration");
  });

  it("answers what something has at its core with what the sentence puts there", () => {
    expect(spanIn("whats at the core of the relations", "They will develop the relations with socialism as its core, he said.")).toBe("socialism");
    expect(spanIn("whats at the core of the relations", "Trade is at the core of the relations.")).toBe("Trade");
    expect(spanIn("whats at the core of the relations", "The relations are old.")).toBeUndefined();
    expect(direct("whats at the core of nk china relations per kcna")?.text).toBe("socialism");
    // Asked as a blank inside a statement too ("as its core" for "at its core").
    expect(factKind("kim said the relationship has what at its core")).toBe("core");
    expect(direct("kim said the relationship has what at its core")?.text).toBe("socialism");
  });

  it("answers on what occasion with the anniversary the sentence tells, and a wrong anniversary claimed with the right one", () => {
    expect(direct("on what occasion did the chinese ambassador make those remarks")?.text).toBe("the second anniversary of the visit of President Xi Jinping to the hermit kingdom");
    // Not the occasion of a passage that names no ambassador ("North Korea and China have hailed the 60th anniversary ...").
    expect(direct("what occasion was china's ambassador marking when he talked up the ties?")?.text).toBe("the second anniversary of the visit of President Xi Jinping to the hermit kingdom");
    expect(direct("what occasion were the messages for")?.text).toBe("the 60th anniversary of the Treaty of Friendship signed between the two countries on July 11, 1961");
    expect(direct("ambassador spoke on the 5th anniversary of xi's visit to nk right")?.text).toBe("the second anniversary of the visit of President Xi Jinping to the hermit kingdom");
    // An anniversary the articles name is no claim of one: the renewal year is asked, and no anniversary answers it.
    expect(direct("most recent renewal year of the thing b4 the 60th anniversary?")?.text ?? "").not.toMatch(/anniversary/);
  });

  it("answers how long with the length of what is asked about, else with what it lasts until", () => {
    const wang = "In a separate statement, Wang said that the treaty, which has for decades promised peaceful relations, will remain in effect all the time until Beijing and Pyongyang reach an agreement to amend or terminate it.";
    // "for decades" is how long it promised, not how long it stays in force.
    expect(spanIn("how long does it remain in effect acc to wang", wang)).toBe("until Beijing and Pyongyang reach an agreement to amend or terminate it");
    expect(spanIn("how long is the treaty valid", "The treaty between China and North Korea is valid for 20 years.")).toBe("20 years");
  });

  it("answers how many times with the years it happened in, when the sentence gives no count", () => {
    expect(spanIn("how many times has it been extended so far", "Both the sides renewed it in 1981 and 2001, and it could get another extension.")).toBe("1981 and 2001");
    // A single year is no count; a count the sentence gives wins.
    expect(spanIn("how many times did kim visit china", "Kim first visited China in March 2018.")).toBeUndefined();
    expect(spanIn("how many times did they meet", "They met three times, in 2018 and 2019.")).toBe("three times");
    // So the years are a measure told: the question is not refused for want of one.
    expect(answerer.answer("how many times they renewed it already and could it get extended again? asking while the oven heats up").answered).toBe(true);
    // "where did xi say he'd lead the friendship": where it is taken, no place to find.
    expect(factKind("where did xi say he would lead the friendship and cooperation?")).toBeUndefined();
    expect(answerer.answer("where did xi say he'd lead the friendship and cooperation?").answered).toBe(true);
  });

  it("answers a thing asked by its noun with the words the sentence puts around that noun", () => {
    expect(direct("which colonisers did kim il sung fight alongside the chinese")?.text).toBe("Japanese colonisers");
    expect(direct("wat journey did kim say theyd march on w china")?.text).toBe("sacred journey of building socialism and communism");
    // Whose they are is not what they are; a verb after "to" is no modifier, an adjective is.
    expect(spanIn("what kind of tests did nk end the pause on", "Kim announced an end to a moratorium on the country’s missile tests.")).toBe("missile tests");
    expect(spanIn("what kind of partners did they want to be", "They want to grow to closer partners to bring benefits.")).toBe("closer partners");
    // Nor is a number: "the two parties" does not say which party (the line was "two parties").
    expect(direct("what party does kim lead")).toBeUndefined();
    // A clause after the "of" phrase is not part of it.
    expect(spanIn("a decision by which generation of leaders", "The treaty was a decision by the older generation of leaders of the two countries and a major event.")).toBe("older generation of leaders of the two countries");
    // Nothing beyond the noun and the question's own words, a name, or two candidates: no line.
    expect(spanIn("which neighbor did nk name", "It accused its neighboring rival.")).toBeUndefined();
    expect(spanIn("which tests did nk resume", "Nuclear tests resumed, and missile tests too.")).toBeUndefined();
    expect(spanIn("what trump did about it", "Trump did nothing.")).toBeUndefined();
  });

  it("answers who did something dated by a year that the doer's sentence leaves to the rest of its story", () => {
    // "Signed by former Chinese Premier Zhou Enlai and North Korea's Kim Il Sung, ..." has no year; its story says "the 1961 treaty" before.
    expect(direct("who put pen to paper on the 1961 pact")?.text).toBe("Zhou Enlai and North Korea's Kim Il Sung");
    expect(direct("who signed the 1961 treaty for china")?.text).toBe("Zhou Enlai");
    // A year the story never tells is still left out.
    expect(direct("who signed the 1975 pact")).toBeUndefined();
  });

  it("answers how someone described a thing with the quoted or participle words beside its noun, also from a sentence shown after", () => {
    expect(direct("how did the chinese spokesman describe the 1961 treaty")?.text).toBe("strategic decision made with foresight");
    expect(direct("how did kim describe the dprk-china friendship in his message")?.text).toBe("forged with blood");
    // "China’s ambassador ... highlighted ..." is the passage's own sentence; the words are two sentences on.
    expect(direct("which two adjectives did the chinese ambassador use to describe the friendship")?.text).toBe("enduring and unbreakable");
    expect(spanIn("how did they describe the friendship", "They hailed the friendship.")).toBeUndefined();
  });

  it("answers what else something is, beside a thing it is, with what the sentence joins to that thing", () => {
    expect(direct("besides being an ally what else is china to nk")?.text).toBe("economic benefactor");
    // Typed shorter: "besides ally what is china to nk", "other than an ally, what is china for the north".
    expect(direct("besides ally what is china to nk")?.text).toBe("economic benefactor");
    expect(factKind("other than an ally, what is china for the north")).toBe("besides");
    expect(spanIn("besides being allies what else is china to nk", "The treaty meant China was the only ally of the hermit kingdom and its main trade partner.")).toBe("its main trade partner");
    expect(spanIn("besides being an ally what else is china to nk", "China is an ally.")).toBeUndefined();
  });

  it("answers how something was done with the way or means the sentence tells", () => {
    expect(direct("how did biden say hed deal with the nk nuke threat")?.text).toBe("through diplomacy as well as stern deterrence");
    expect(direct("How did Sung Kim and Liu Xiaoming communicate?")?.text).toBe("on the phone");
    expect(spanIn("how did they talk", "They have talked through the years.")).toBeUndefined();
  });

  it("answers who said words whose sayer is 'he' with the one person the sentence shown before it names", () => {
    // "Al Jazeera quotes Kim Jong-un, saying ..." then "He added that the hostile forces are more desperate ...".
    const answer = answerer.answer("who said the hostile forces are more desperate");
    expect(answer.direct?.text).toBe("Kim Jong-un");
    const passage = answer.passages.find((p) => p.citation.n === answer.direct!.citation.n)!;
    expect(passage.text.slice(answer.direct!.start, answer.direct!.end)).toBe("Kim Jong-un");
  });

  it("answers who did an act told of an office by the speaker named after the quotation that follows", () => {
    // "North Korea's foreign minister has ruled out “any contact” ...", then "“We are not considering ...,” Ri Son-gwon said ...".
    expect(direct("who ruled out any contact with the us")?.text).toBe("Ri Son-gwon");
    expect(direct("was it choe son hui who ruled out contact with the us, or another official")?.text).toBe("Ri Son-gwon");
    // Not an act the sentence only names as a thing ("saying negotiations with the US would lead nowhere"): nobody negotiated there.
    expect(direct("who negotiated the original treaty")).toBeUndefined();
  });

  it("answers who holds a country's post only with a holder whose title names that country", () => {
    // "Chinese President Xi Jinping ... North Korean Supreme Leader Kim Jong-un": neither is the US president.
    expect(direct("who was the us president when the treaty got signed in 61")).toBeUndefined();
    expect(direct("who is south koreas president")).toBeUndefined();
    // The alias file's name for the country counts ("the DPRK ambassador to China"), as does its people's ("North Korean leader").
    expect(direct("whos nk's ambassador to china")?.text).toBe("Ri Ryong Nam");
    expect(direct("who is north korea's leader")?.text).toMatch(/^Kim Jong?-un$/);
  });

  it("answers which country with a country, not a person of the sentence", () => {
    expect(spanIn("which country is north korea's biggest ally", "Chinese President Xi Jinping said China is the biggest ally of North Korea.")).toBe("China");
    // A country that did the act asked, though the sentence names people too.
    expect(direct("who blasted biden")?.text).toBe("Pyongyang");
    // Several countries asked: not the people who signed for them.
    expect(spanIn("which countries signed the treaty", "Signed by former Chinese Premier Zhou Enlai and North Korea's Kim Il Sung, the accord requires ...")).toBeUndefined();
    // A topic named before the question ("nk side, who signed it"): the question is read after it, and
    // "On the 60th anniversary of signing this treaty, Chinese President Xi Jinping ..." names no signer.
    expect(direct("nk side, who signed it? kim jong un's grandpa or some other guy")?.text).not.toBe("Xi Jinping");
    // So is a "who" question after a sentence of its own: the guess before it ("kim jong un?") is no signer either.
    expect(direct("and on the nk side i assume it was kim jong un as a toddler? who signed for them")?.text).toBe("Kim Il Sung");
    // Nor a member's line before the part that asks: "signed" in "'mao signed it'" is no act of this question's.
    expect(direct("'mao signed it for china obv'. pretty sure it wasnt mao tho, which chinese leader actually signed the treaty")?.text).toBe("Zhou Enlai");
    // Its opening word as chat runs on ("then who ...") is no part of the act asked.
    expect(direct("he went there himself. then who delivered the msgs between xi and kim")?.text).toMatch(/^Song Tao\b.* and Ri Ryong Nam$/);
    // "cautioned his country to be ready" tells what "told nk to be ready" asks (thesaurus): not "Liu told the U.S. envoy ...".
    expect([undefined, "Kim Jong-un"]).toContain(direct("who told nk to be ready for both dialogue and confrontation")?.text);
    // "what is <a person>", or "what is he" after naming one: what they are, as "who is" asks (not who delivered the messages).
    expect(direct("what is song tao")?.text).toMatch(/^(?:the )?minister of the International Department/);
    expect(direct("ok and the other one who delivered the messages, song tao, what is he")?.text).toMatch(/^(?:the )?minister of the International Department/);
    // "he" after a remark naming him: his post, not the other person his sentence names (Ri Ryong Nam).
    expect(direct("song tao sounds like a dumpling brand ngl. who is he actually")?.text).toMatch(/^(?:the )?minister of the International Department/);
    // Or without a comma, when an act follows the question word; a people's name shared by two countries ("korean") names
    // either side, and of the signers only Kim Il Sung is of one of them.
    expect(direct("ok and on the korean side who signed")?.text).toBe("Kim Il Sung");
    expect(direct("north korea side who signed")?.text).toBe("Kim Il Sung");
    expect(direct("chaoxian zhongguo treaty who sign it originally")?.text).toBe("Zhou Enlai and North Korea's Kim Il Sung");
    // Not a relative clause asked of at its end, nor "until" before "when".
    expect(direct("the cpc guy who delivered the msg is who")?.text).toBe("Song Tao");
    expect(direct("Until when does the treaty remain in force?")?.text).toBe("until agreement is reached on its amendment or termination");
    // "who did he call", after a statement naming the caller by office: not the caller ("Sung Kim spoke to Liu"), and no office's holder asked.
    expect(direct("ngl the us special rep guy seems busy 📞 who did he call again?")?.text).not.toBe("Sung Kim");
    expect(answerer.answer("ngl the us special rep guy seems busy 📞 who did he call again?").answered).toBe(true);
    // A question carried on from the one before ("and who delivered the msgs?") is read after its conjunction.
    expect(direct("and who delivered the msgs?")?.text).toMatch(/^Song Tao, .* and Ri Ryong Nam$/);
    // As is one after the source it is asked of ("in the 2nd article who pledged ...").
    expect(factKind("in the 2nd article who pledged to strengthen cooperation")).toBe("person");
    // Or labelled with a colon: "the upi story: who is liu xiaoming" asks what he is, not a person beside him.
    expect(factKind("the upi story: who is liu xiaoming")).toBe("title");
    expect(direct("the upi story: who is liu xiaoming")?.text).toBe("China's Special Representative for North Korea");
    expect(factKind("in what year was it signed")).toBe("year");
    expect(direct("ties go back how far")?.text).toBe("1930s");
    expect(direct("ties of two country go back to what time")?.text).toBe("1930s");
    // A renewal's year is not the year of the making ("signed ... on July 11, 1961").
    expect(direct("what years was the treaty renewed before the 60th anniversary")?.text).not.toBe("1961");
    // Where something leads, figuratively: "saying negotiations with the US would lead “nowhere.”"
    expect(direct("where did the north's foreign minister say talking to the americans would get them?")?.text).toBe("nowhere");
    expect(direct("how did nk's foreign minister say talks with the us would end up")?.text).toBe("nowhere");
    // How a thing was made, by its participle: what follows it in the sentence ("forged with blood", "delivered by Song Tao").
    expect(direct("how did kim say the dprk-china friendship was forged")?.text).toBe("with blood");
    expect(direct("how were the messages delivered")?.text).toMatch(/^by Song Tao\b/);
    // Described by the quoted words the noun closes: "a similar “hostile policy”"; not a quoted act ("“ceaselessly develop ... relations”").
    expect(direct("how did pyongyang characterize biden's policy")?.text).toBe("hostile policy");
    expect(direct("how did xi describe the relations")?.text).not.toBe("ceaselessly develop the friendly and cooperative relations");
    // "who was the north korean who signed it": whoever did the act of its own "who", of the side asked.
    expect(direct("who was the north korean who signed it")?.text).toBe("Kim Il Sung");
    // A country that qualifies a compound ("the China-DPRK Treaty") is not one of the sentence's parties.
    expect(spanIn("nk only ally is who", "Signed in 1961, the China-DPRK Treaty is the only defense treaty of North Korea.")).toBeUndefined();
    expect(direct("nk only ally is who")?.text).toBe("China");
  });

  it("takes an outlet as the source, never a pronoun", () => {
    expect(spanIn("which paper said it", "Campbell also said so, according to Nikkei Asia.")).toBe("Nikkei Asia");
    expect(spanIn("which paper said it", "He said that China is the biggest ally of North Korea.")).toBeUndefined();
  });

  it("names one person once, however many of their names the sentence uses", () => {
    expect(spanIn("who said it at the briefing", "Chinese foreign ministry spokesman Wang Wenbin said at the briefing that Wang would go.")).toBe("Wang Wenbin");
  });

  it("answers a 'who' about a partner with a country, never one about an office", () => {
    expect(spanIn("who is north koreas main trade partner", "China is its main trade partner, the North says.")).toBe("China");
    expect(spanIn("whos north koreas foreign minister", "North Korea’s foreign minister has ruled out contact with Washington.")).toBeUndefined();
  });
});

describe("answers as members type the question", () => {
  it("fills a blank typed without apostrophes", () => {
    expect(spanIn("the korean peninsula is at chinas what?", "“The issue of the Korean Peninsula is at China's doorstep.”")).toBe("doorstep");
    expect(spanIn("kim il sung is kim jong uns what", "Kim Il Sung, Kim Jong Un’s grandfather, led Korean guerrillas.")).toBe("grandfather");
  });

  it("takes a decade as a time, though 'the' stands before it", () => {
    expect(spanIn("how far back do the ties go", "The ties between the two nations date back to the 1930s, when Kim Il Sung led guerrillas.")).toBe("1930s");
    expect(spanIn("what year was it signed", "The 1961 treaty was signed in 1961.")).toBe("1961");
    // The date the sentence gives the making asked ("signed ... on July 11, 1961"), not one beside another word asked ("bilateral ties on Sunday").
    expect(direct("when was the bilateral pact signed")?.text).toBe("July 11, 1961");
    // "decade" frames a year as "year" does: not the "for decades" of another sentence.
    expect(direct("what decade was it signed in, 50s or 60s?")?.text).toBe("1961");
  });

  it("never gives an outlet or a body as the person asked", () => {
    expect(spanIn("which american envoy told liu", "Liu told the U.S. envoy that China would act, according to Kyodo News.")).toBeUndefined();
    // The act asked ("delivered") is not told: a body the sentence names is no doer.
    expect(spanIn("who delivered the messages", "North Korea’s Korean Central News Agency (KCNA) elaborated on the message on Sunday.")).toBeUndefined();
  });

  it("names the doer only from a sentence that tells of the act asked", () => {
    const call = "Yonhap reported Tuesday that U.S. Special Representative for North Korea Sung Kim spoke to Liu on the phone.";
    expect(spanIn("which american envoy spoke to liu", call)).toBe("Sung Kim");
    // "phoned" is read as the articles put it, "spoke ... on the phone" (chat.json): the sentence says who.
    expect(spanIn("which american envoy phoned liu", call)).toBe("Sung Kim");
    // But "the phone" alone names a thing, not the act: "answered the phone" does not say who phoned.
    expect(spanIn("which american envoy phoned liu", "U.S. Special Representative Sung Kim answered the phone.")).toBeUndefined();
    // Nor does a sentence that tells of the treaty but not of its signing name a signer.
    expect(spanIn("who signed the treaty in 1961", "Chinese foreign ministry spokesman Wang Wenbin said Wednesday that the 1961 treaty was a strategic decision.")).toBeUndefined();
  });

  it("answers only from a sentence with a word of the question beside its names", () => {
    // A sentence with the question's names but none of its words tells of something else.
    expect(spanIn("when was xi born", "Kim shakes hands with Xi Jinping during Xi's visit in Pyongyang on June 21, 2019.")).toBeUndefined();
    expect(spanIn("when did xi visit pyongyang", "Kim shakes hands with Xi Jinping during Xi's visit in Pyongyang on June 21, 2019.")).toBe("June 21, 2019");
  });

  it("answers 'who' with the subject of the first clause when a second one opens on 'he': '..., but he refused ...'", () => {
    const trump = "Former US president Donald Trump met with Kim three times, but he refused to relieve any of the sanctions in return for several steps taken by Pyongyang toward denuclearization.";
    expect(spanIn("who refused to relieve sanctions", trump)).toBe("Donald Trump");
    expect(direct("who refused to lift the sanctions on nk")?.text).toBe("Donald Trump");
  });

  it("answers when someone spoke with the day of their saying: 'when did campbell speak' → Tuesday", () => {
    expect(direct("when did campbell speak")?.text).toBe("Tuesday");
    expect(direct("wang spoke on thursday didnt he")?.text).toBe("Wednesday");
  });

  it("answers 'who called ...' with the sayer the sentence shown after names: 'The ambassador made these observations', in the article's fuller words", () => {
    expect(direct("who called the friendship enduring and unbreakable")?.text).toBe("China’s ambassador to Pyongyang");
  });

  it("answers 'who' with the doer before a quotation that opens on the act: 'Liu Xiaoming is \"actively engaging ...'", () => {
    expect(direct("who is engaging in communication with various parties")?.text).toBe("Liu Xiaoming");
  });

  it("fills a blank after a preposition the sentence leaves out before a quotation: lead to what → “nowhere”", () => {
    const ri = "North Korea’s foreign minister has ruled out “any contact” with Washington, saying negotiations with the US would lead “nowhere.”";
    expect(spanIn("negotiations would lead to what", ri)).toBe("nowhere");
    expect(direct("What does the North Korean foreign minister think negotiations would lead to?")?.text).toBe("nowhere");
    // Not words that are no quotation ("the US special representative for North Korea indicated ...").
    expect(direct("what does the us want to talk to nk about")).toBeUndefined();
  });

  it("fills a blank with a share and what it is of: 'beijing accounts for what' → most of the trade", () => {
    expect(spanIn("beijing accounts for what", "It accounts for most of the trade with the North.")).toBe("most of the trade");
  });

  it("takes a quoted phrase whole as the blank, 'and' and all", () => {
    expect(spanIn("kim told his country to be ready for what", "Kim Jong-un cautioned his country to be ready for “both dialogue and confrontation.”")).toBe("both dialogue and confrontation");
  });

  it("reads 'what did X do ... for' as the blank after the preposition it ends in", () => {
    expect(factKind("what did kim tell his country to be ready for?")).toBe("blank");
    expect(spanIn("what did kim tell his country to be ready for", "Kim Jong-un cautioned his country to be ready for “both dialogue and confrontation.”")).toBe("both dialogue and confrontation");
    // The question's verb in another form than the sentence's ("for defending what" → "to defend ..."); not for a place ("meeting where" is not "meet the North").
    expect(direct("kim jong un say the treaty is for defending what")?.text).toBe("socialism and peace in Asia");
    expect(direct("meeting where?")?.text).not.toBe("the North");
    expect(direct("what role does beijin say it will keep playing on the peninsula")?.text).toBe("constructive role");
    expect(direct("kurt campell said where he thinks biden and xi will meet")?.text).toBe("at the G20 summit");
    // "an end" is of something: "an end to a moratorium".
    expect(direct("kim announced what")?.text).toBe("an end to a moratorium");
    // A doing after the preposition goes with it: "accuse biden of pursuing what".
    expect(direct("What did Pyongyang accuse Biden of pursuing?")?.text).toBe("a similar “hostile policy”");
    // And a doing someone says something is at: "kim say the treaty is defending what".
    expect(direct("What did Kim say the treaty is defending?")?.text).toBe("socialism and peace in Asia");
    expect(direct("according to the scmp what did china and its ally show solidarity for")?.text).toBe("regional stability");
    // Not its purpose: "what is the treaty for".
    expect(factKind("what is the treaty for?")).not.toBe("blank");
  });

  it("answers the subject of a saying asked by 'what': kim said what gets stronger day by day", () => {
    const message = "“Despite the unprecedentedly complicated international situation in recent years, the comradely trust and militant friendship between the DPRK and China gets stronger day by day,” Kim was quoted as saying.";
    expect(direct("kim said what gets stronger day by day")?.text).toBe("the comradely trust and militant friendship between the DPRK and China");
    expect(direct("what gets stronger day by day according to kim")?.text).toBe("the comradely trust and militant friendship between the DPRK and China");
    expect(subjectBlankOf("what did kim say gets stronger", message)).toBeDefined();
    // An act asked by "did what" is no noun phrase to fill ("nations date back" was the line before).
    expect(direct("kim jong un's grandpa did what in the 1930s")).toBeUndefined();
    // "day by day" asks no day.
    expect(factKind("kim said what gets stronger day by day")).not.toBe("date");
    // Words the sentence does not repeat after its subject place no blank.
    expect(subjectBlankOf("kim said what is getting weaker", message)).toBeUndefined();
  });

  it("dates a thing asked with no event by its making, not by another event of it: 'treaty year?' → 1961, not 'last renewed in 2001'", () => {
    for (const q of ["treaty year?", "what year is the treaty from", "when was the treaty", "treaty date?"]) expect(direct(q)?.text, q).toBe("1961");
    // Its beginning is its making: "what year did the alliance begin" → 1961, not "last renewed in 2001".
    expect(direct("what year did the alliance begin")?.text).toBe("1961");
    // An event asked is dated as before.
    expect(direct("what year was it renewed")?.text).toBe("1981 and 2001");
    expect(direct("what day did wang wenbin say all that")?.text).toBe("Wednesday");
    // "of the week" frames the day asked, no thing of the sentence's ("week" was read as one and refused it).
    expect(direct("what day of the week did wang wenbin say that stuff")?.text).toBe("Wednesday");
    // "where" after the act is no time: "signed where?" is not answered "in 1961".
    expect(direct("signed where?")).toBeUndefined();
  });

  it("never takes the day of an anniversary for the day of what it marks", () => {
    const upi = "July 7 (UPI) -- A bilateral defense treaty remains in effect, Beijing said ahead of a renewal that is likely to take place around Sunday, the 60th anniversary of the signing of the Treaty on Friendship, Cooperation and Mutual Assistance.";
    expect(spanIn("what was the date of the treaty signing", upi)).toBeUndefined();
    expect(direct("what was the date of the treaty signing")?.text).toBe("July 11, 1961");
    // The renewal's day, which the sentence tells before the anniversary, and the anniversary's own.
    expect(spanIn("when is the next renewal", upi)).toBe("around Sunday");
    expect(spanIn("what day is the anniversary", upi)).toBe("around Sunday");
    // Nor the day of what an anniversary marks for the anniversary's.
    const messages = "Xi and Kim professed their intention to strengthen bilateral ties on Sunday while exchanging messages on the 60th anniversary of the Treaty of Friendship signed between the two countries on July 11, 1961.";
    expect(spanIn("which day did the big 60 yr anniv land on", messages)).toBe("Sunday");
    expect(spanIn("what day was the treaty signed", messages)).toBe("July 11, 1961");
  });

  it("answers a place claimed for what was done with the place the articles tell", () => {
    expect(direct("the silos are in the mountains right?")?.text).toBe("in the desert");
    expect(direct("messages were delivered in pyongyang i assume?")?.text).toBe("Beijing");
    // A place that is only a word of the claim's other words is none ("in north america").
    expect(direct("my friend says the ambassador bridge is the busiest border crossing in north america, is that right?")).toBeUndefined();
  });

  it("answers 'what day and month' with a month and its day, never a weekday", () => {
    const upi = "July 7 (UPI) -- A bilateral defense treaty remains in effect, Beijing said ahead of a renewal that is likely to take place around Sunday.";
    expect(spanIn("what day and month is the renewal", upi)).toBeUndefined();
    expect(spanIn("what day is the renewal", upi)).toBe("around Sunday");
    expect(direct("wat day n month did china and nk put pen to paper on the treaty")?.text).toBe("July 11, 1961");
  });

  it("never takes a news dateline as the time asked", () => {
    const upi = "July 7 (UPI) -- A bilateral defense treaty remains in effect, Beijing said ahead of a renewal that is likely to take place around Sunday.";
    expect(spanIn("when is the renewal likely to take place", upi)).toBe("around Sunday");
    expect(spanIn("when was the treaty said to remain in effect", "July 7 (UPI) -- A bilateral defense treaty remains in effect.")).toBeUndefined();
  });

  it("of several counts, takes the one beside the question's words", () => {
    expect(spanIn("trump kim meetings, how many?", "Trump met with Kim three times, but he refused to relieve any of the sanctions in return for several steps taken by Pyongyang.")).toBe("three times");
  });
});

describe("a name given to what the question asks about", () => {
  it("takes the quoted name right after the thing named: what did wang call the korean peninsula → China's doorstep", () => {
    // "Wang, who also referred to the Korean Peninsula as "China's doorstep," said ...": the comma inside the quotation marks is no part of it.
    expect(direct("wat did wang call the korean peninsula")?.text).toBe("China's doorstep");
    expect(direct("what did nk call bidens policy")?.text).toBe("hostile policy");
  });
});

describe("kinships and coined words", () => {
  it("answers how two people are related with the kinship word", () => {
    expect(factKind("how is kim il sung related to kim jong un")).toBe("kin");
    expect(spanIn("how is kim il sung related to kim jong un", "Kim Il Sung, Kim Jong Un’s grandfather, led Korean guerrillas.")).toBe("grandfather");
  });

  it("answers who someone's kin is with the person named beside that kinship, and nobody for another kinship", () => {
    const text = "However, the ties date back to the 1930s, when Kim Il Sung, Kim Jong Un’s grandfather, led Korean guerrillas.";
    expect(spanIn("who is kim jong un's grandfather", text)).toBe("Kim Il Sung");
    expect(spanIn("who's kju's grandpa", text)).toBe("Kim Il Sung");
    expect(spanIn("who is kim jong un's father", text)).toBeUndefined();
    expect(spanIn("who is xi's grandfather", text)).toBeUndefined();
    // "is he related to kju": how, a kinship, not a person of the sentence.
    expect(factKind("the guy who signed for nk, is he related to kju?")).toBe("kin");
  });

  it("reads 'who was X to Y' as a kinship, but not 'who is the source for X' or an office", () => {
    expect(factKind("who was kim il sung to kim jong un")).toBe("kin");
    expect(spanIn("who was kim il sung to kim jong un", "Signed by Zhou Enlai and Kim Il Sung. Kim Il Sung, Kim Jong Un’s grandfather, led Korean guerrillas.")).toBe("grandfather");
    expect(factKind("who is the source for the five meetings stat")).not.toBe("kin");
    expect(factKind("who is china's ambassador to north korea")).toBe("person");
  });

  it("answers what someone called a thing with their quoted words for it", () => {
    expect(factKind("what did nk call bidens policy")).toBe("coined");
    // Typed as a statement with the blank last: what someone called the thing, not the words after it in a sentence ("Korean Peninsula issue").
    expect(factKind("wang called the peninsula what")).toBe("coined");
    expect(direct("wang called the peninsula what")?.text).toBe("China's doorstep");
    expect(direct("nk called bidens policy what")?.text).toBe("hostile policy");
    expect(spanIn("what did nk call bidens policy", "Pyongyang has blasted Joe Biden for pursuing a similar “hostile policy” after he spoke of a “threat”.")).toBe("hostile policy");
  });

  it("answers what someone called a thing with the words set off by commas after it, when nothing is quoted", () => {
    const treasure = "He added that North Korea will attach greater importance to the DPRK-China friendship, a common treasure of both sides, and march forward hand in hand with the CPC.";
    expect(spanIn("what did kim call the friendship, some kinda treasure?", treasure)).toBe("a common treasure of both sides");
    // Not what the sentence says in commas after a word the question does not ask about.
    expect(spanIn("what did kim call the treaty", treasure)).toBeUndefined();
    // And the other way round: the thing a name in commas is given to.
    expect(spanIn("what did kim call a common treasure of both sides", treasure)).toBe("the DPRK-China friendship");
    // Or a quoted name typed: the thing named just before it ("referred to the Korean Peninsula as "China's doorstep"").
    const doorstep = `Wang, who also referred to the Korean Peninsula as "China's doorstep," said China's Special Representative for North Korea Liu Xiaoming is "actively engaging in communication with various parties."`;
    expect(spanIn("which place did wang describe as china's doorstep", doorstep)).toBe("the Korean Peninsula");
    expect(spanIn("what did wang refer to as chinas doorstep", doorstep)).toBe("the Korean Peninsula");
    expect(spanIn("what did wang call the korean peninsula", doorstep)).toBe("China's doorstep");
    // "what label did X slap on Y" asks what X called Y; not "what phrase did kim use for how it was forged".
    expect(direct("what label did pyongyang slap on biden's approach?")?.text).toBe("hostile policy");
    expect(direct("What phrase did Kim use for how the DPRK-China friendship was forged?")?.text).not.toBe("a common treasure of both sides");
  });

  it("answers a person asked by who with a group and of whom it is", () => {
    expect(direct("wang called the treaty a strategic decision made with foresight by who?")?.text).toBe("the older generation of leaders of the two countries");
  });

  it("reads a blank asked first, before guesses and chatter", () => {
    expect(direct("xi promised to take cooperation to a new what? stage? level? i forget lol. help a guy out")?.text).toBe("new stage");
    expect(direct("kim told his country to be ready for what exactly? war? 😬 that's ominous")?.text).toBe("both dialogue and confrontation");
    // Not before a question of its own kind: "KCNA, the letters mean what? Which agency is it?" asks what the letters stand for.
    expect(direct("KCNA, the letters mean what? Which agency is it?")?.text).toBe("Korean Central News Agency");
    // A length guessed after an age's question makes it no year's question: not "1961" for how old the treaty is.
    expect([undefined, "60th anniversary"]).toContain(direct("how old is the treaty now, like 50 yrs?")?.text);
    // Nor "until what? ...", the rest of a sentence ("agreement" is no answer).
    expect(direct("china's spokesman said the treaty stays in force until... until what? i forgot the end of that sentence")?.text).not.toBe("agreement");
  });

  it("reads a blank's 'what' with a count of what fills it as the blank", () => {
    expect(direct("kim told his country to be ready for what two things")?.text).toBe("both dialogue and confrontation");
    // And what someone is doing somewhere, asked first: "china is reportedly building what in the desert".
    expect(direct("what is china reportedly building in the desert")?.text).toBe("underground missile silos");
    // (Not without the words after the act, which tie it to a sentence: "building socialism" is the WPK's.)
    expect(direct("what is china building")).toBeUndefined();
  });
});

describe("a question word or the thing asked typed last or first, as chat has it", () => {
  it("reads a trailing where or when as the question word", () => {
    expect(factKind("wait china is building missile silos?? where")).toBe("place");
    expect(factKind("china's building silos? where tho")).toBe("place");
    expect(factKind("xi visited pyongyang when exactly")).toBe("date");
    // A blank to fill is not moved: "would lead where" asks the word of the sentence.
    expect(factKind("ri son gwon said talks with washington would lead where")).toBe("blank");
    expect(factKind("msgs were delivered by who")).toBe("blank");
    // Nor a question that already has its question word.
    expect(factKind("what did xi say? when")).not.toBe("place");
  });

  it("reads 'X is who', 'X was where', 'reported by who' and 'visited where' as the question they ask", () => {
    expect(factKind("nk foreign minister is who")).toBe("person");
    expect(factKind("chinese premier that signed it was who")).toBe("person");
    expect(factKind("msg delivery meeting was where")).toBe("place");
    expect(factKind("us special rep visited where")).toBe("place");
    expect(factKind("the phone call story was reported by who")).toBe("source");
    expect(factKind("nk ruling party is called what")).toBe("name");
    expect(factKind("kcna mean what? full name")).toBe("expansion");
    // "how many years" beside "validity" or "period" asks how long it lasts.
    expect(factKind("treaty validity period?? how many years")).toBe("duration");
    // "how many years" is never a year asked; beside "anniversary" it asks the anniversary's age.
    expect(factKind("how many years")).toBe("count");
    expect(factKind("last renewal year??")).toBe("year");
    // "most recent" is the articles' "last" (chat.json's phrases).
    expect(direct("most recent renewal yr??")?.text).toBe("2001");
    expect(factKind("china threw a party over some treaty anniversary?? how many years")).toBe("age");
    expect(direct("nk foreign minister is who")?.text).toBe("Ri Son-gwon");
    expect(direct("us special rep visited where")?.text).toBe("Seoul");
    expect(direct("the phone call story was reported by who")?.text).toBe("Yonhap");
  });

  it("reads the thing asked typed first or alone", () => {
    expect(factKind("year it got renewed last?")).toBe("year");
    expect(factKind("year diplomatic relations started between china and dprk?")).toBe("year");
    expect(factKind("xi-kim meeting count?")).toBe("count");
    expect(factKind("treaty name??")).toBe("name");
    expect(factKind("whats the treaty's full official name")).toBe("name");
    // A possessive typed without its apostrophe.
    expect(factKind("yo whats the treatys full official name, the long version")).toBe("name");
    // "years old" is an age, asked elsewhere; "years" alone at the start is no year asked.
    expect(factKind("years since the treaty was signed?")).not.toBe("year");
  });

  it("finds a name asked for 'the whole long name' by the thing named, not by 'long'", () => {
    expect(direct("omg wats the treaty actually called like the whole long name")?.text).toMatch(/^Treaty (?:on|of) Friendship, Cooperation,? and Mutual Assistance$/);
  });
});

describe("a kinship asked in other words", () => {
  it.each([
    "is kim il sung kju's grandpa or great grandpa",
    "whats the family connection between kim il sung and kim jong un",
    "kim il sung is related to kju how",
    "is kim il sung kim jong un's father",
    "how is kim il sung connected to kim jong un",
  ])("%s → grandfather", (question) => {
    expect(factKind(question)).toBe("kin");
    expect(direct(question)?.text).toBe("grandfather");
  });
});

describe("a short fact typed first or after 'by'", () => {
  it("reads 'signed by who', 'month for ...' and 'name of ...' as the fact asked", () => {
    expect(direct("signed by who on the chinese side")?.text).toBe("Zhou Enlai");
    expect(direct("expected month for a biden-xi sitdown per campbell")?.text).toBe("October");
    expect(factKind("name of ruling party in pyongyang?")).toBe("name");
    // An office's holder is a person, not a name of a thing.
    expect(factKind("name of the chinese spokesman?")).toBe("person");
  });
});

describe("the length of a term", () => {
  it("is no condition the treaty lasts until, when one term is asked", () => {
    const until = "The treaty will remain in effect until Beijing and Pyongyang reach an agreement to amend or terminate it, which has for decades promised peace.";
    expect(spanIn("how long does the treaty stay in force", until)).toBe("until Beijing and Pyongyang reach an agreement to amend or terminate it");
    expect(spanIn("how long does the treaty last each time", until)).toBeUndefined();
    // "at a time" goes as filler before the search, but the term is still what is asked.
    expect(spanIn("how long is the treaty valid at a time", until)).toBeUndefined();
    expect(spanIn("how long does the treaty last each time", "The treaty between China and North Korea is valid for 20 years.")).toBe("20 years");
    // "valid before they need renew it": the term between renewals too.
    expect(spanIn("how long time the treaty is valid before they need renew it", until)).toBeUndefined();
    expect(spanIn("How long does the China–North Korea treaty stay valid before it has to be renewed?", until)).toBeUndefined();
  });

  it("is asked by 'how often' a thing must recur, and read in the sentence a passage shows first", () => {
    expect(factKind("how often must the treaty be renewed")).toBe("duration");
    expect(factKind("how often did trump meet kim")).toBe("count");
    // What it is valid for is how long; what it is good for, its use.
    expect(direct("what's the treaty valid for")?.text).toBe("20 years");
    expect(factKind("what is the treaty good for")).toBeUndefined();
    // "The agreement was last renewed in 2001." holds no length of time; the next passage shows
    // "The treaty ... is valid for 20 years." before its own "Both the sides renewed it in 1981 and 2001".
    const answer = answerer.answer("How often must the treaty be renewed?");
    expect(answer.direct?.text).toBe("20 years");
    expect(answer.passages.find((p) => p.citation.n === answer.direct?.citation.n && p.text.includes("valid for 20 years"))).toBeDefined();
    expect(direct("how often did trump meet kim")?.text).toBe("three times");
  });

  it("names the holder of an office asked as 'called', a relation's other party, a body's name", () => {
    expect(direct("whats the nk ambassador to china called")?.text).toBe("Ri Ryong Nam");
    expect(direct("nk's only ally is?")?.text).toBe("China");
    expect(direct("whats nk's ruling party")?.text).toBe("Workers’ Party of Korea");
    expect(direct("is song tao the chinese foreign minister")?.text).toMatch(/^the minister of the International Department/);
    // One country's envoy for another: "the chinese nk envoy" is China's envoy for North Korea, not North Korea's ambassador to China.
    expect(direct("who is the chinese nk envoy")?.text).toBe("Liu Xiaoming");
    expect(direct("who is the us north korea envoy")?.text).toBe("Sung Kim");
    expect(direct("who is the nk china ambassador")?.text).toBe("Ri Ryong Nam");
    // Who "spoke for" a body is its spokesman ("Sung Kim spoke to Liu" is no answer).
    expect(direct("who spoke for china")?.text).toBe("Wang Wenbin");
  });

  it("reads diplomacy as the diplomatic relations the articles tell of", () => {
    expect(direct("since when china and dprk have official diplomacy?")?.text).toBe("1949");
  });

  it("gives a person's title, never another's name nor a place", () => {
    // "Signed by former Chinese Premier Zhou Enlai and North Korea's Kim Il Sung": no title of Kim Il Sung's.
    expect(direct("who is kim il sung")?.text ?? "").not.toMatch(/Zhou Enlai/);
    // "Chinese President Xi Jinping and North Korean Supreme Leader Kim Jong-un": the second's title follows "and".
    expect(spanIn("who is kim jong un", "Chinese President Xi Jinping and North Korean Supreme Leader Kim Jong-un professed their intention.")).toBe("North Korean Supreme Leader");
    // A hyphenated name asks a title too (the line was "Washington").
    expect(factKind("who is ri son-gwon")).toBe("title");
    expect(direct("who is ri son-gwon")?.text ?? "").not.toBe("Washington");
  });

  it("never cuts a name in two", () => {
    // The blank after "sent to" reads up to the name's first word; the line holds the whole name.
    expect(direct("kim's message was sent to who")?.text).toBe("Chinese President Xi Jinping");
  });

  it("counts the names of the sentence a passage shows first as the passage's own", () => {
    // "North Korea has long been under harsh United Nations sanctions ... The US has spearheaded those sanctions": the "un" is named.
    const answer = answerer.answer("who led the push for the un sanctions");
    expect(answer.direct?.text).toBe("The US");
    expect(answer.passages[0]?.text).toMatch(/United Nations sanctions.*The US has spearheaded/);
  });

  it("looks past a first passage that lists nothing, when things are listed", () => {
    const answer = answerer.answer("which fields could the two countries work together in");
    expect(answer.direct?.text).toBe("education, culture, health, agriculture");
    // The passage the line comes from is shown first, the better-ranked one that lists nothing after it.
    expect(answer.passages[0]?.text).toContain("education, culture, health, agriculture");
    expect(answer.passages.slice(1).some((p) => /^Xinhua News reported Xi as saying/.test(p.text))).toBe(true);
    // "name one thing the ambassador brought up": a thing, not the person a name asked by office would be ("Ri Ryong Nam").
    expect(answerer.answer("name one thing the ambassador brought up for working together").direct?.text).not.toBe("Ri Ryong Nam");
  });

  it("looks past a first passage whose count is of other people", () => {
    // "Trump met with Kim three times" comes first for the guess "3 times"; the count asked is Xi's and Kim's.
    const answer = answerer.answer("xi and kim met how many times? 3 times?");
    expect(answer.direct?.text).toBe("five times");
    expect(answer.passages[0]?.text).toContain("five times");
    expect(answer.passages.slice(1).some((p) => /^Former US president Donald Trump met with Kim three times/.test(p.text))).toBe(true);
  });
});

describe("a nickname", () => {
  it("answers what a story calls a country by with the alias file's nickname the sentence uses", () => {
    expect(factKind("nk nickname in the blasting news article?")).toBe("nickname");
    expect(direct("what nickname does one of the articles use for north korea")?.text).toBe("hermit kingdom");
    expect(direct("Which epithet does the second article repeatedly use for North Korea?")?.text).toBe("hermit kingdom");
    // A name of the alias file ("the North", "Pyongyang") is no nickname; nor is a country's nickname asked of another.
    expect(direct("what nickname do the articles use for china")).toBeUndefined();
  });
});

describe("who is doing it", () => {
  it("reads 'who is leading the sanctions push' as who leads it, not who holds an office", () => {
    expect(direct("who's leading the sanctions push on nk?")?.text).toBe("The US");
    expect(direct("who's been leading the sanctions push against pyongyang")?.text).toBe("The US");
    // Whoever led China then: no article says.
    expect(answerer.answer("who was running china when they renewed it in 1981").answered).toBe(false);
    // Speaking is no act of that kind: "who is talking for the ministry" asks the spokesman.
    expect(direct("who is talking for china ministry of foreign affair in the briefing about treaty")?.text).toBe("Wang Wenbin");
  });
});

describe("a doer named only by office", () => {
  it("answers who did it with the office the sentence says did it, when it names no one", () => {
    expect(direct("who reciprocated the chinese ambassador's remarks")?.text).toBe("The top envoy of the North to Beijing");
    // A country in the office's name is not the doer ("China’s ambassador to Pyongyang highlighted ...": not Pyongyang).
    expect(direct("who highlighted the importance of the two sides strengthening cooperation in different areas")?.text).toBe("China’s ambassador to Pyongyang");
    // An office whose holder the quotation after it names is answered with the holder.
    expect(direct("who ruled out any contact with the us")?.text).toBe("Ri Son-gwon");
  });
});

describe("a title of two capitalised words before the office", () => {
  it("keeps 'North' of 'North Korean leader'", () => {
    expect(spanIn("what title do the articles give kim jong un", "On the 60th anniversary of signing this treaty, Chinese President Xi Jinping and North Korean leader Kim Jong-un pledged to strengthen cooperation.")).toBe("North Korean leader");
  });

  it("gives an earlier post only from a sentence that tells one", () => {
    const now = "Wang said China's Special Representative for North Korea Liu Xiaoming is actively engaging in diplomacy.";
    expect(spanIn("what is liu xiaoming's job", now)).toBe("China's Special Representative for North Korea");
    expect(spanIn("what was liu xiaoming's job before he became special rep", now)).toBeUndefined();
    expect(spanIn("what was zhou enlai's job before that", "Signed by former Chinese Premier Zhou Enlai and North Korea's Kim Il Sung, the accord binds them.")).toBe("Chinese Premier");
  });
});

describe("a time still to come", () => {
  it("is answered from a sentence that tells what will or may happen, not from what did", () => {
    expect(direct("hey bot when's the renewal supposed to happen")?.text).toBe("around Sunday");
    expect(spanIn("when is the renewal supposed to happen", "The agreement was last renewed in 2001.")).toBeUndefined();
    // A year as well: "what year is the next renewal" is not answered "2001".
    expect(spanIn("what year is the next renewal", "The agreement was last renewed in 2001.")).toBeUndefined();
    expect(spanIn("what year was it last renewed", "The agreement was last renewed in 2001.")).toBe("2001");
    expect(direct("when was it renewed")?.text).toBe("1981 and 2001");
  });

  it("is not given for a year after every article was written, which none can tell", () => {
    // The articles (2021) expect a renewal "around Sunday": not the 2041 one, nor the next after 2021.
    expect(direct("is the treaty gonna be renewed in 2041")).toBeUndefined();
    expect(direct("when will the treaty be renewed next after 2021")).toBeUndefined();
    expect(answerer.answer("will they renew it again in 2041?").passages.some((p) => p.text.includes("it could get another extension"))).toBe(true);
  });
});

describe("until when", () => {
  it("answers with what it lasts until, not a date", () => {
    expect(factKind("according to beijing, until when does the treaty remain in force?")).toBe("until");
    expect(direct("According to Beijing, until when does the treaty remain in force?")?.text).toBe("until agreement is reached on its amendment or termination");
  });
});

describe("a story's dateline", () => {
  const lead = "July 7 (UPI) -- A bilateral defense treaty between China and North Korea remains in effect, Beijing said ahead of a renewal that is likely to take place around Sunday.";

  it("gives the story's own date only when that is asked", () => {
    expect(spanIn("upi article date?", lead)).toBe("July 7");
    expect(spanIn("wat date is the upi story from?", lead)).toBe("July 7");
    expect(direct("when did the upi story come out")?.text).toBe("July 7");
    expect(spanIn("when is the renewal likely to take place", lead)).toBe("around Sunday");
    // "report" as a verb asks when something was reported in the story, not the story's date.
    expect(spanIn("when did beijing report that the treaty remains in effect", lead)).not.toBe("July 7");
  });

  it("names the outlet of the dateline", () => {
    expect(spanIn("which outlet ran the story saying the treaty remains in effect", lead)).toBe("UPI");
    // A news agency asked by what it wrote: the dateline's, not the government it quotes ("Beijing said").
    expect(spanIn("which news agency write july 7 that defense treaty remain in effect", lead)).toBe("UPI");
  });
});

describe("who said or foresaw it", () => {
  const sentence = "National Security Council Indo-Pacific Coordinator Kurt Campbell said Tuesday at an online Asia Society event that he expects the two leaders will meet at the G20 summit in October.";

  it("answers who quoted someone with the outlet: who quoted kim on the treaty purpose → Al Jazeera", () => {
    // "Al Jazeera quotes Kim Jong-un, saying the treaty's purpose is ...": not the one quoted, nor another outlet's passage.
    expect(direct("who quoted kim on the treaty purpose")?.text).toBe("Al Jazeera");
  });

  it("answers who said something about an office with the sayer, not a holder of that office", () => {
    expect(direct("who said the two presidents might meet at the g20")?.text).toBe("Kurt Campbell");
    expect(shortFactOf("who said the two presidents might meet at the g20")?.asksForOfficeHolder).toBe(false);
    // Asked of the office itself, only its holder answers.
    expect(shortFactOf("who is the us president")?.asksForOfficeHolder).toBe(true);
  });

  it("answers who foresaw or claimed something with whoever the sentence gives the words to", () => {
    expect(spanIn("who predicted the biden xi meeting at the g20", sentence)).toBe("Kurt Campbell");
    // Any other act must be told: Campbell did not sign anything.
    expect(spanIn("who signed the deal at the g20", sentence)).toBeUndefined();
  });

  it("reads the 'he' of what a speaker said as the speaker: who expects biden and xi to meet → Kurt Campbell", () => {
    expect(spanIn("who expects biden xi to meet at g20", sentence)).toBe("Kurt Campbell");
    expect(direct("who expects biden xi to meet at g20")?.text).toBe("Kurt Campbell");
    // Without "that", whose "he" it is the sentence does not say (Kim's, the envoy's or Liu's).
    expect(spanIn("who expects them to meet", "Liu said Kim told the envoy he expects talks.")).toBeUndefined();
  });
});

describe("where: a place, else the occasion or the ground", () => {
  it("reads 'where' typed last as the blank after the question's words, preposition and all", () => {
    expect(direct("china missile silos where")?.text).toBe("in the desert");
    expect(spanIn("china missile silos where", "China is constructing underground missile silos near the border.")).toBe("near the border");
  });

  it("reads 'said that at what event' as asking the event, not naming it", () => {
    expect(direct("campbell said that at what event")?.text).toBe("at an online Asia Society event");
  });

  it("takes the place of an act a saying reports, not where the saying was made", () => {
    const campbell = "Kurt Campbell said Tuesday at an online Asia Society event that he expects the two leaders will meet at the G20 summit in October.";
    expect(spanIn("where did kurt campbell say biden and xi would finally meet", campbell)).toBe("at the G20 summit");
    expect(spanIn("where biden and xi gonna meet, campbell said", campbell)).toBe("at the G20 summit");
    expect(spanIn("where did campbell say that", campbell)).toBe("at an online Asia Society event");
    // The event asked too: where he said it.
    expect(spanIn("where did campbell say the leaders would meet stuff, like what event", campbell)).toBe("at an online Asia Society event");
  });

  it("takes the occasion beside the person asked about", () => {
    expect(spanIn("at what event did campbell say all that", "Kurt Campbell said Tuesday at an online Asia Society event that he expects the two leaders will meet at the G20 summit in October.")).toBe("at an online Asia Society event");
  });

  it("answers where with a place after 'in' or 'at', before any occasion", () => {
    expect(spanIn("where were the messages delivered", "The messages were delivered by Song Tao during a meeting in Beijing on Monday.")).toBe("Beijing");
  });

  it("answers where with the occasion or the ground when no place is named", () => {
    expect(spanIn("where did wang talk about the treaty", "Wang Wenbin said Wednesday at a regular press briefing that the treaty was a strategic decision.")).toBe("at a regular press briefing");
    expect(spanIn("where is china building silos", "China is constructing underground missile silos in the desert.")).toBe("in the desert");
  });

});

describe("a line only when the sentence holds exactly one answer", () => {
  it("takes the one date, skipping a year that names a thing", () => {
    expect(spanIn("when did wang say it", "Wang said Wednesday that the 1961 treaty stands.")).toBe("Wednesday");
    expect(spanIn("when was it signed", "It was signed on July 11, 1961 in Beijing.")).toBe("July 11, 1961");
  });

  it("gives no time from a sentence about something else", () => {
    // "the bilateral ties ... date back to the 1930s": the ties, not the treaty (signed in 1961).
    expect(answerer.answer("how far back does the treaty go").direct?.text).not.toBe("1930s");
    expect(answerer.answer("how far back do the ties go").direct?.text).toBe("1930s");
  });

  it("answers 'who said' with an outlet when no person said it", () => {
    expect(spanIn("who said china and nk need each other against washington", "Al Jazeera adds discord in relations between them, but they need each other to deal with Washington.")).toBe("Al Jazeera");
    // Not the place the sentence names.
    expect(spanIn("who said they need each other", "Al Jazeera adds discord in relations between them, but they need each other to deal with Washington.")).toBe("Al Jazeera");
    // A person, when the sentence names one who said it.
    expect(spanIn("who said the treaty remains in force", "The treaty remains in force, Wang Wenbin said.")).toBe("Wang Wenbin");
  });

  it("reads 'signatories' as asking who signed", () => {
    expect(direct("signatories?")?.text).toBe("Zhou Enlai and North Korea's Kim Il Sung");
    // A sentence that tells no signing names no signatory: "The Chinese side stands ready ...", Xi's words.
    expect(spanIn("signatories?", "Xi Jinping said the Chinese side stands ready to work with the DPRK comrades.")).toBeUndefined();
  });

  it("reads 'phoned' as the articles put it ('spoke to Liu on the phone')", () => {
    expect(direct("which us envoy phoned liu")?.text).toBe("Sung Kim");
  });

  it("never answers 'who' with a country that only qualifies a title", () => {
    // "U.S. President Joe Biden": Biden is named in the question, and "U.S." is no one.
    expect(spanIn("who said biden and xi would meet", "U.S. President Joe Biden and Chinese leader Xi Jinping have yet to meet.")).toBeUndefined();
    expect(answerer.answer("who said biden and xi would probably meet at the g20").direct?.text).toBe("Kurt Campbell");
  });

  it("gives none when two different answers stand in the sentence", () => {
    expect(spanIn("when was it signed", "It was signed in 1961, then signed in 1975.")).toBeUndefined();
    expect(spanIn("who signed the treaty", "Zhou Enlai met Song Tao, and Liu Xiaoming spoke.")).toBeUndefined();
  });

  it("names a thing by its name in capitals, and finds it without the words that frame the question", () => {
    expect(spanIn("whats the official name of the pact", "The mutual defense treaty was renewed.")).toBeUndefined();
    // "full" and "name" frame the question: no sentence needs them to answer it.
    expect(answerer.plan("What is the full name of the treaty?").concepts.map((c) => c.surface)).toEqual(["treaty"]);
    expect(direct("What is the full name of the treaty?")?.text).toMatch(/^Treaty (?:of|on) Friendship, Cooperation,? and Mutual Assistance$/);
  });

  it("answers 'what day' only with a day of a month or of the week, not a month and year", () => {
    expect(spanIn("what day was that meeting", "Kim first visited China in March 2018.")).toBeUndefined();
  });

  it("never answers the day of an event with the day someone spoke of it, unless the saying's day is asked", () => {
    const text = "Kurt Campbell said Tuesday at an online event that he expects the two leaders will meet at the G20 summit in October.";
    expect(spanIn("which day in october is the g20 summit", text)).toBeUndefined();
    expect(spanIn("what day did campbell speak at the event", text)).toBe("Tuesday");
  });

  it("answers 'what day' only with a day, not a year", () => {
    expect(spanIn("what was the exact date it was signed", "It was signed in 1961, on July 11.")).toBe("July 11");
    expect(spanIn("what day was it signed", "It was signed in 1961.")).toBeUndefined();
  });

  it("spells out an abbreviation from the sentence that expands it, to the words its initials stand for", () => {
    expect(spanIn("cpc = ?", "Song Tao, of the International Department of the Communist Party of China (CPC), came.")).toBe("Communist Party of China");
    // Half the articles name North Korea, which "DPRK" is read as: the one sentence that spells it out still comes first.
    expect(direct("What does DPRK stand for?")?.text).toBe("Democratic People’s Republic of Korea");
    expect(direct("whats dprk short for lol")?.text).toBe("Democratic People’s Republic of Korea");
  });

  it("of several dates, takes the one beside the question's own words, when clearly nearer", () => {
    expect(spanIn("when was it signed", "It was signed in 1961 and amended in 1975.")).toBe("1961");
    expect(spanIn("what day did xi and kim exchange msgs", "Xi and Kim spoke on Sunday while exchanging messages on the anniversary of the treaty signed on July 11, 1961.")).toBe("Sunday");
    const sentence = "Chinese President Xi Jinping and North Korean Supreme Leader Kim Jong-un professed their intention to strengthen bilateral ties on Sunday while exchanging messages on the 60th anniversary of the Treaty of Friendship signed between the two countries on July 11, 1961.";
    expect(spanIn("whats the exact date the treaty got signed", sentence)).toBe("July 11, 1961");
    // A month the question names picks the date in it.
    expect(spanIn("on what day in july was the treaty signed", sentence)).toBe("July 11, 1961");
  });

  it("fills a blank with the words after the question's last words, punctuation aside", () => {
    const text = "He said the country will attach importance to the friendship, a common treasure of both sides.";
    expect(spanIn("kim called the friendship a what", text)).toBe("common treasure");
    expect(spanIn("kim called it a common what", text)).toBe("common treasure");
    // "to a" alone places nothing, and "cooperation to a" is not in the sentence.
    expect(spanIn("xi wants to take cooperation to a what", "Xi will lift cooperation between the two to new levels.")).toBeUndefined();
    // An article opens the answer: "to what" → "a new stage", not nothing.
    expect(spanIn("xi promised to bring cooperation to what", "The former promised to bring cooperation “to a new stage.”")).toBe("a new stage");
    // "to do what": the act, quoted right after the words before "do" (a quotation longer than a name's).
    const stand = "North Korean leader Kim Jong-un said it is “the fixed stand” of his government to “ceaselessly develop the friendly and cooperative relations” between the countries.";
    expect(spanIn("kim said its the fixed stand of his govt to do what", stand)).toBe("ceaselessly develop the friendly and cooperative relations");
    expect(spanIn("kim said its the fixed stand of his govt to do what", "It is the fixed stand of his government to develop the relations.")).toBeUndefined();
    // "while doing what" too; and "and" placed where the sentence says "as well as".
    expect(spanIn("liu said china would let pyongyang cut its nukes while doing wat", 'Liu told the US envoy that China would permit Pyongyang to reduce its nuclear arsenal while "gaining concessions," according to Kyodo News.')).toBe("gaining concessions");
    expect(spanIn("biden said hed deal with the threat thru diplomacy and what", "He said he would deal with the “threat” “through diplomacy as well as stern deterrence.”")).toBe("stern deterrence");
    // Trailing off before the blank, with a space: "to ... what".
    expect(spanIn("an expert said the closer they get the harder it will be to ... what", "“And the closer they get, the harder it will be to denuclearise North Korea.”")).toBe("denuclearise North Korea");
    // A share asked as "what share (part) of": "most of the trade", as for "how much of".
    expect(direct("what share of nk's trade is china")?.text).toBe("most of the trade");
    // "How many times have they met": none yet, where a sentence says the act asked has not happened ("have yet to meet"); not of another act.
    expect(direct("how many times have biden and xi met")?.text).toBe("yet to meet");
    expect(spanIn("how many times have biden and xi met", "U.S. President Joe Biden and Chinese leader Xi Jinping have yet to meet.")).toBe("yet to meet");
    expect(spanIn("how many times have biden and xi spoken", "U.S. President Joe Biden and Chinese leader Xi Jinping have yet to meet.")).toBeUndefined();
    // "How long does it stay in force" is answered by what it stays in force until.
    expect(direct("how long does wang wenbin say it stays in force")?.text).toBe("until agreement is reached on its amendment or termination");
    // A thing "of the" something named goes on to its name: "the signing of the Treaty on ...".
    expect(direct("60th anniv of wat exactly")?.text).toBe("the signing of the Treaty on Friendship, Cooperation and Mutual Assistance");
    expect(direct("song tao is the minister of what exactly")?.text).toBe("the International Department of the Communist Party of China");
    // A possessive opens the answer's noun phrase as an article does: a doing and its object, "developing its economy".
    const supports = "Xi added that “China firmly supports the DPRK in developing its economy, improving its people’s wellbeing, and vigorously advancing its cause.”";
    expect(spanIn("xi said china supports the dprk in what", supports)).toBe("developing its economy");
    // "over" ends a noun phrase: the blank after it does not take it ("its nuclear and missile programs", not "over its ...").
    expect(spanIn("un sanctions over what", "North Korea has long been under United Nations sanctions over its nuclear and missile programs.")).toBe("its nuclear and missile programs");
    // A word the sentence has after a modal ("will earnestly implement") is a verb, whose object alone is the answer.
    const implement = "“We will earnestly implement the important common understanding reached by our top-level state and party leaderships,” Wang said.";
    expect(spanIn("wang said theyd earnestly implement what", implement)).toBe("the important common understanding");
    // A copula a word or two after the question's last content word places it: "peninsula is what" → "Peninsula issue is always clear"; further off, not.
    const clear = "“China's position on the Korean Peninsula issue is always clear,” Wang said.";
    expect(spanIn("wang said china's stance on the peninsula is what", clear)).toBe("always clear");
    expect(spanIn("wang said china's position on the peninsula is what", "China's position on the peninsula, he added in his remarks, is always clear.")).toBeUndefined();
  });

  it("reads titles in lower case and picks the holder of the office asked", () => {
    expect(spanIn("who is wang wenbin", "Chinese foreign ministry spokesman Wang Wenbin said on Wednesday the treaty stands.")).toBe("Chinese foreign ministry spokesman");
    expect(spanIn("who is chinas special representative for north korea", "Wang said China's Special Representative for North Korea Liu Xiaoming would visit.")).toBe("Liu Xiaoming");
  });

  it("never answers with what the question already names", () => {
    expect(spanIn("what did Liu tell Sung Kim in 2021", "Liu told Sung Kim in 2021 that talks would go on.")).toBeUndefined();
    expect(spanIn("who met Sung Kim", "Sung Kim met the press.")).toBeUndefined();
  });
});

describe("which passage a direct answer comes from", () => {
  it("gives the time of a saying from the occasion told, not the time of something else that names the same office", () => {
    // "... and Ri Ryong Nam, the DPRK ambassador to China, in Beijing on Monday" tells of a delivery, not of the remarks.
    const line = direct("when did the ambassador make these observations");
    expect(line?.text).toBe("on the second anniversary of the visit of President Xi Jinping to the hermit kingdom");
    expect(direct("when did the chinese ambassador make those remarks, what was the occasion")?.text).not.toBe("Monday");
    // The occasion dates the remarks for the ranking too: their sentence comes first, not the delivery "in Beijing on Monday".
    expect(answerer.answer("when did the chinese ambassador make those remarks").passages[0]?.text).toContain("The ambassador made these observations on the second anniversary");
    // Only for a saying: "when was xi's pyongyang visit" is a date.
    expect(direct("when was xi's pyongyang visit")?.text).toBe("June 21, 2019");
  });

  it("looks past a first passage that names no outlet when an outlet is asked", () => {
    // The best-ranked passage is Kim's message itself ("In a message sent to ... Kim Jong-un said it is “the fixed stand” ..."); the one
    // that says who reported it gives the line and is shown first.
    const passages = answerer.answer("which outlet reported kim's fixed stand message").passages.map((p) => p.text);
    expect(passages[0]).toContain("KCNA");
    expect(passages.slice(1).some((t) => t.includes("In a message sent to Chinese President Xi Jinping"))).toBe(true);
    expect(direct("which outlet reported kim's fixed stand message")?.text).toBe("KCNA");
    const fact = shortFactOf("which outlet reported kim's fixed stand message")!;
    expect(fact.namesAnOutlet({ text: "In a message sent to Chinese President Xi Jinping, North Korean leader Kim Jong-un said it is “the fixed stand” of his government." })).toBe(false);
    expect(fact.namesAnOutlet({ text: "Campbell also said the United States does not support Taiwan independence, according to Nikkei Asia." })).toBe(true);
    expect(fact.namesAnOutlet({ text: "July 7 (UPI) -- A bilateral defense treaty remains in effect." })).toBe(true);
  });

  it("looks past a first passage that cannot be the kind of answer asked for", () => {
    const a = answerer.answer("who does most of nks tradeing with");
    // "It accounts for most of the trade with the North." (shown after the sentence it leans on), ranked first, cannot say who.
    expect(a.direct?.text).toBe("China");
    // The passage the line comes from is shown first.
    expect(a.passages[0]!.text).toContain(a.direct!.text);
    expect(a.direct!.citation).toEqual(a.passages[0]!.citation);
    expect(a.passages[1]!.sentence.text).not.toContain("China");
  });

  it("stops at a first passage that can be, but holds several answers", () => {
    // Two people were at the meeting; the second passage's one person ("Kim first visited China") is not the answer.
    const a = answerer.answer("who was at the meeting in beijing");
    expect(a.passages[0]!.text).toMatch(/delivered by Song Tao.*and Ri Ryong Nam/);
    expect(a.passages[1]!.text).toMatch(/\bKim\b/);
    expect(a.direct).toBeUndefined();
  });

  it("answers a thing's name from a sentence that names it by another word than the question's", () => {
    // "the pact" asked; "Treaty on Friendship, ..." told: the sentence matches the question by the thesaurus's word.
    expect(answerer.answer("whats the full official name of the pact").direct?.text).toMatch(/^Treaty (?:on|of) Friendship, Cooperation,? and Mutual Assistance$/);
  });

  it("leaves the words that frame a title question out of its search ('post', 'hold')", () => {
    expect(answerer.answer("what post did zhou enlai hold").direct?.text).toBe("Chinese Premier");
    expect(answerer.plan("what post did zhou enlai hold").concepts.map((c) => c.surface)).toEqual(["zhou enlai"]);
    // "lasts" asks how long: it must not find "The agreement was last renewed in 2001".
    expect(answerer.plan("the treaty lasts how many yrs before renewal").concepts.map((c) => c.surface)).not.toContain("lasts");
  });

  it("leaves the words that frame a source question out of its search ('source', 'stat', 'publication'), not the act reported", () => {
    expect(answerer.answer("whos the source for the five xi kim meetings stat").direct?.text).toBe("The Straits Times");
    expect(answerer.plan("which publication reported campbells taiwan remark").concepts.map((c) => c.surface)).toEqual(["reported", "campbells", "taiwan", "remark"]);
  });

  it("reads 'kcna full name?' as asking what the abbreviation stands for", () => {
    expect(answerer.answer("kcna full name?").direct?.text).toBe("Korean Central News Agency");
  });

  it("reads 'whats his name' after chat normalisation has spelled it 'what is his name'", () => {
    expect(answerer.answer("prc special envoy for north korea whats his name").direct?.text).toBe("Liu Xiaoming");
  });

  it("names the holder of a post only from a sentence that gives them that post", () => {
    // "Campbell also said ..." gives Campbell no post; "Former US president Donald Trump" is not today's.
    expect(answerer.answer("who is the us secretary of state rn").direct).toBeUndefined();
    expect(answerer.answer("who is the us president now").direct).toBeUndefined();
    expect(answerer.answer("who was the us president that met kim").direct?.text).toBe("Donald Trump");
    // The post named by the sentence before the speaker's quoted words vouches for the speaker.
    expect(answerer.answer("who is north koreas foreign minister").direct?.text).toBe("Ri Son-gwon");
    // The minister of another department is not the foreign minister ("Song Tao, the minister of the International Department ...").
    expect(answerer.answer("who was china's foreign minister in 2021").direct).toBeUndefined();
  });

  it("answers where an occasion named was held with a place, never another occasion", () => {
    // The sentence tells of "an online Asia Society event" and "the G20 summit", but not where the summit is.
    expect(answerer.answer("where was the g20 summit that campbell mentioned held").answered).toBe(false);
    expect(answerer.answer("where was the meeting where the messages were delivered").direct?.text).toBe("Beijing");
  });

  it("answers who did it with both doers when the sentence tells of two", () => {
    // "carried" is the chat lexicon's "delivered"; Song Tao's description stands between the two.
    expect(answerer.answer("who carried the messages").direct?.text).toBe("Song Tao, the minister of the International Department of the Communist Party of China (CPC) Central Committee, and Ri Ryong Nam");
    expect(answerer.answer("who pledged to strengthen cooperation").direct?.text).toBe("Xi Jinping and North Korean leader Kim Jong-un");
  });
});

describe("the year the articles were written in", () => {
  it("is the time they report, not a word to look for: their own year is seldom written", () => {
    const plan = answerer.search.plan("how old was the treaty in 2021");
    expect(plan.concepts.map((c) => c.surface)).toEqual(["treaty"]);
    expect(answerer.answer("how old was the treaty in 2021").answered).toBe(true);
    // A year the sentences do use stays a word to find.
    expect(answerer.search.plan("what happened in 2001").concepts.map((c) => c.surface)).toContain("2001");
  });
});

describe("claims to check", () => {
  it("reads a claim's frame away and its number or unknown name as what is asked", () => {
    const plan = answerer.search.plan("i heard the treaty got renewed in 1991, true?");
    expect(plan.normalised).toBe("when the treaty got renewed?");
    expect(plan.answerType).toBe("time");
    expect(answerer.search.plan("pretty sure mao was the one who signed it for china, right?").normalised).toBe("who signed it for china?");
    // A claim with no date or name in it keeps its words; "true?" alone is no claim.
    expect(answerer.search.plan("is it true the treaty only lasts 10 yrs").answerType).toBe("duration");
    expect(answerer.search.plan("true?").normalised).toBe("true?");
  });

  it("answers a question whose guess after it is right with that very answer", () => {
    // The tag goes and its question mark stays: "1961" is a guess after the question, not a word asked.
    expect(answerer.search.plan("what year was the treaty signed, 1961 right?").guessFrom).toBeDefined();
    expect(direct("what year was the treaty signed, 1961 right?")?.text).toBe("1961");
    expect(direct("when was it last renewed? 2001?")?.text).toBe("2001");
    // After a comma, a guess that says so with "something" though no question mark ends it.
    expect(direct("the ambasador called the friendship what, 'enduring and' something")?.text).toBe("enduring and unbreakable");
    // A guess run on after the question with no mark ("lol" gone as filler): a name no article uses refuses nothing.
    expect(answerer.search.plan("who signed the orignal treaty for china lol was it mao").guessFrom).toBeDefined();
    expect(direct("who signed the orignal treaty for china lol was it mao")?.text).toBe("Zhou Enlai");
    // Not a question whose own verb is "is it", nor one too short to have asked before it.
    expect(answerer.search.plan("how many yrs is it good for").guessFrom).toBeUndefined();
    expect(answerer.search.plan("when was it signed").guessFrom).toBeUndefined();
  });

  it("reads a hedge ('or smth', 'i think') as a claim's tag, and an ordinal no article uses as the value claimed", () => {
    expect(direct("it was last renewed in 2011 or smth??")?.text).toBe("2001");
    // A tag after the claim's own question mark, and "or?" alone.
    expect(direct("i think mao signed it himself for china? or was it someone else")?.text).toBe("Zhou Enlai");
    expect(answerer.search.plan("ambassador spoke on the 5th anniv of xi's visit or?").concepts.map((c) => c.surface)).not.toContain("5th");
    const plan = answerer.search.plan("so 2021 was the 50th anniversary of the pact right?");
    expect(plan.concepts.map((c) => c.surface)).not.toContain("50th");
    expect(answerer.answer("so 2021 was the 50th anniversary of the pact right?").answered).toBe(true);
  });

  it("answers the claim with what the articles say instead, cited", () => {
    expect(direct("i heard the treaty got renewed in 1991, true?")?.text).toBe("1981 and 2001");
    expect(direct("xi's nk trip was in 2018 right?")?.text).toBe("June 21, 2019");
    expect(direct("pretty sure mao was the one who signed it for china, right?")?.text).toContain("Zhou Enlai");
    expect(answerer.answer("i thought they only started official relations with the treaty in 61?").passages[0]?.text).toContain("established diplomatic relations in 1949");
    // A count claimed is a count asked, with a tag or with a question mark alone.
    expect(direct("trump met kim like twice right")?.text).toBe("three times");
    expect(direct("trump met kim twice rite")?.text).toBe("three times");
    expect(direct("xi and kim met like twice?")?.text).toBe("five times");
    // The last "how many" of a message asks: "ok how many then" counts nothing.
    expect(direct("way more than that. ok how many then. how many times have the two leaders met since kims first china trip")?.text).toBe("five times");
    // An office claimed: the title a later passage gives, when the first names the person without one ("Campbell also said ...").
    expect(direct("kurt campbell is the secretary of state right?")?.text).toBe("National Security Council Indo-Pacific Coordinator");
    // Typed as a plain statement too, asking nothing else (no line before).
    expect(direct("liu xiaoming is the north korean envoy")?.text).toBe("China's Special Representative for North Korea");
    // A place stated for what was done, likewise: where it was (no line before).
    expect(direct("the messages were delivered in pyongyang?")?.text).toBe("Beijing");
    // Not a question opening on its verb: "wait was the meeting in beijing or pyongyang" (the line was "Seoul"); but a
    // choice offered, answered by the one the best passage names ("... during a meeting in Beijing on Monday").
    expect(direct("wait was the meeting in beijing or pyongyang")?.text).toBe("Beijing");
    // An anniversary claimed after its noun: which anniversary it was.
    expect(direct("the anniversary was the 50th right")?.text).toMatch(/^the 60th anniversary/);
    // An age claimed is checked as the age asked, not a length ("valid for 20 years").
    expect(direct("the treaty is 50 years old?")?.text).toBe("60th anniversary");
    // "The two leaders" of a story are the two people it names most: the sentence that counts their meetings ranks up as one naming both would.
    for (const q of ["how many meetings have xi and kim had", "xi-kim meeting count?"]) expect(direct(q)?.text, q).toBe("five times");
    // A count typed in figures ("3 times", read "three times") is claimed too: not Trump's "three times".
    expect(direct("xi and kim met like 3 times?")?.text).toBe("five times");
    // "the two leaders" of a story are the two people it names most: Xi's and Kim's meetings, not Biden's.
    expect(direct("how many times have xi and kim met")?.text).toBe("five times");
    expect(direct("how many times did biden meet kim")).toBeUndefined();
    // A length of time claimed is a length asked: "how long is the pact valid", its unit still a word to find.
    expect(answerer.search.plan("the pact is valid for 10 yrs at a time yeah?").normalised).toMatch(/^how long the pact is valid for years\b/);
    expect(direct("the pact is valid for 10 yrs at a time yeah?")?.text).toBe("20 years");
    expect(direct("is it true the treaty is only good for 10 yrs at a time?")?.text).toBe("20 years");
    // A person the articles name, claimed to have done something: who did it (not a saying, which is a quotation to check).
    expect(answerer.search.plan("kju signed the og treaty himself right??").normalised).toMatch(/^who signed the original treaty\b/);
    expect(direct("kju signed the og treaty himself right??")?.text).toBe("Zhou Enlai and North Korea's Kim Il Sung");
    expect(answerer.search.plan("kim said the bond w china is getting weaker every day?? that cant be right").normalised).not.toMatch(/^who\b/);
    // A person claimed to hold an office: whoever holds it, a name the articles use or not.
    expect(answerer.search.plan("the nk FM is choe son hui right?").normalised).toBe("who is the North Korea foreign minister");
    expect(direct("the nk FM is choe son hui right?")?.text).toBe("Ri Son-gwon");
    // With its question mark alone too, a name stated as an office's holder is put to the bot to check.
    expect(direct("china's special rep for north korea is wang yi?")?.text).toBe("Liu Xiaoming");
    expect(direct("the chinese spokesman was zhao lijian?")?.text).toBe("Wang Wenbin");
    expect(direct("the spokesman who talked about the treaty was wang yi wasn't it")?.text).toBe("Wang Wenbin");
    // Only an office is so claimed, and only a name ends the claim.
    expect(answerer.search.plan("the msgs were delivered to kim right?").normalised).not.toMatch(/^who\b/);
    expect(answerer.search.plan("the one who promised a new stage was kim right?").normalised).not.toMatch(/^who\b/);
    // An office claimed for a person: the office the articles give them.
    expect(direct("song tao is the foreign minister right?")?.text).toContain("minister of the International Department");
    // With its question mark alone, too.
    expect(direct("song tao is the chinese ambassador?")?.text).toContain("minister of the International Department");
    // A country's office claimed ("nk's ambassador"), and a length claimed "for N years" (not a year asked).
    expect(direct("song tao is nk's ambassador right")?.text).toContain("minister of the International Department");
    expect(direct("the treaty is valid for 30 years?")?.text).toBe("20 years");
    // A month stated with a question mark alone is a claim to check; the dateline's month is no month of the renewal.
    expect(direct("the g20 is in november?")?.text).toBe("October");
    expect(spanIn("what month was the treaty renewed", "July 7 (UPI) -- A bilateral defense treaty remains in effect, Beijing said ahead of a renewal.")).toBeUndefined();
    // What letters stand for, guessed wrong: what the articles spell them out as.
    expect(direct("wpk = korean workers union? just checking")?.text).toBe("Workers’ Party of Korea");
    expect(direct("cpc is the chinese people's congress isn't it")?.text).toBe("Communist Party of China");
    // An outlet guessed wrong: the one the articles give.
    expect(direct("the taiwan line was from the nyt right?")?.text).toBe("Nikkei Asia");
    expect(direct("was the concessions quote from bloomberg or someone else")?.text).toBe("Kyodo News");
    // Words guessed for what someone called something: the words the articles quote.
    expect(direct("wang called korea china's backyard or something?")?.text).toBe("China's doorstep");
    expect(direct("he called it 'eternal and unshakable' friendship?")?.text).toBe("enduring and unbreakable");
    // Not lengths offered to choose from.
    expect(answerer.search.plan("does the treaty expire every 20 years or every 10?").normalised).not.toMatch(/^how long\b/);
  });

  it("reads the kind of answer from the question, not from a guess typed after it", () => {
    expect(answerer.search.plan("the upi article says the pact was last renewed when? i thought 1981").answerType).toBe("time");
    expect(answerer.answer("the upi article says the pact was last renewed when? i thought 1981").answered).toBe(true);
  });

  it("reads years claimed together as one claim ('renewed in 1991 and 2011'), none of them a word to find", () => {
    const plan = answerer.search.plan("i heard the treaty got renewed in 1991 and 2011, is that right? need it for a quiz lol");
    expect(plan.normalised).toMatch(/^when the treaty got renewed\b/);
    expect(plan.concepts.map((c) => c.surface)).not.toContain("2011");
    expect(answerer.answer("i heard the treaty got renewed in 1991 and 2011, is that right? need it for a quiz lol").answered).toBe(true);
  });

  it("reads a day or month claimed as the day or month asked, and answers with the one the articles give", () => {
    expect(answerer.search.plan("wang's treaty comments were on monday right?").normalised).toBe("what day wang's treaty comments were?");
    expect(direct("wang's treaty comments were on monday right?")?.text).toBe("Wednesday");
    expect(direct("that g20 is in september right")?.text).toBe("October");
    expect(direct("xi and kim swapped anniversary messages on saturday yeah?")?.text).toBe("Sunday");
    // "march" the verb is no month: only after "on" or "in".
    expect(answerer.search.plan("kim said nk will march forward with china right?").normalised).not.toMatch(/^what month/);
  });

  it("answers a question asked after a claim and its tag, whatever the claim's value", () => {
    const a = answerer.answer("it got renewed in 2011 right? and when was the renewal before that");
    expect(a.answered).toBe(true);
    expect(a.passages[0]!.text).toMatch(/renewed/);
  });

  it("reads a question that states a time and asks nothing else as a claim, answered with the time the articles give", () => {
    // No claim frame: a question mark, or a yes-or-no opening, is enough.
    expect(answerer.search.plan("xi's pyongyang trip was on tuesday?").normalised).toBe("what day xi's pyongyang trip was?");
    expect(direct("the anniversary messages went out on saturday?")?.text).toBe("Sunday");
    expect(direct("was 1991 the last year they renewed it")?.text).toBe("2001");
    // A year after "was", and a month and day without "on".
    expect(answerer.search.plan("kim's first trip to beijing was 2016?").normalised).toMatch(/^when kim's first trip to beijing\b/);
    expect(direct("kim's first trip to beijing was 2016?")?.text).toBe("March 2018");
    // Not "is from 1965": "when is the pact" asks nothing the articles answer in one time.
    expect(direct("the pact is from 1965?")).toBeUndefined();
    expect(direct("they signed it july 4 1961?")?.text).toBe("July 11, 1961");
    // A month and a year claimed asks when: the answer may be another month.
    expect(direct("it was signed in june 1961?")?.text).toBe("July 11, 1961");
    // The day a story ran is its dateline's.
    expect(direct("upi put out the treaty story on july 9?")?.text).toBe("July 7");
    // Not a claim: a number or a name asked beside a year ("since 2018"), nor a statement with no question in it.
    expect(answerer.search.plan("xi kim summits count since 2018?").normalised).not.toMatch(/^when\b/);
    expect(answerer.search.plan("official name of the 1961 pact").normalised).not.toMatch(/^when\b/);
  });

  it("reads numbers offered to choose from as a claim, not words the answer must hold", () => {
    const plan = answerer.search.plan("what year was the pact inked? 1961 or 1962");
    expect(plan.concepts.map((c) => c.surface)).not.toContain("1962");
    expect(answerer.answer("what year was the pact inked? 1961 or 1962").passages[0]?.text).toContain("signed in 1961");
    expect(answerer.search.plan("how many yrs is this anniversary marking, 50 or 60??").concepts.map((c) => c.surface)).not.toContain("50");
    expect(direct("what anniversary was it, 50 or 60")?.text).toBe("60th anniversary");
    // Decades offered likewise: "the 50s or the 60s" is no pair of words to find.
    expect(answerer.search.plan("was the treaty from the 50s or the 60s? which year").answerType).toBe("time");
    expect(answerer.answer("was the treaty from the 50s or the 60s? which year").passages[0]?.text).toContain("1961");
    // And the year of the decade asked is the answer, in a sentence that names the treaty and nothing else asked.
    expect(direct("yo was the friendship treaty from the 50s or the 60s? which exact year")?.text).toBe("1961");
    // The number offered that the sentence has is the answer, though the question typed it.
    expect(direct("does the treaty expire every 20 years or every 10?")?.text).toBe("20 years");
    expect(direct("hey so like… does the treaty expire every 20 years or every 10? settling a bet")?.text).toBe("20 years");
    expect(spanIn("how long is it valid, 10 yrs or 20", "The treaty between China and North Korea is valid for 20 years.")).toBe("20 years");
  });

  it("reads 'was it X who ...' as the claim that X did it, X a name no article uses, even one the alias file knows", () => {
    // (A country's side is the country: "on the chinese".)
    expect(answerer.search.plan("was it mao who signed the treaty on the chinese side").normalised).toBe("who signed the treaty on the chinese");
    expect(answerer.search.plan("was it kim jong il who signed the friendship treaty for pyongyang?").normalised).toBe("who signed the friendship treaty for pyongyang?");
    expect(direct("was it kim jong il who signed the friendship treaty for pyongyang?")?.text).toContain("Kim Il Sung");
    // What someone told the asker, with tags one after another: the claim of an office holder.
    expect(answerer.search.plan("my notes say the spokesman was zhao lijian?? is that right for this one or did i mix it up").normalised).toBe("who was the spokesman");
    expect(answerer.search.plan("my history teacher said it was signed in 1953").normalised).toBe("when it was signed");
    // Not what the asker's own landlord says: their own affairs, which news does not tell.
    expect(answerer.answer("my landlord says the lease remains in force till we agree to terminate it, is that even legal lol").answered).toBe(false);
    // Or someone's kin claimed to have done it: who did it.
    expect(direct("my friend says kim jong un's dad signed it for nk, is that right?")?.text).toBe("Kim Il Sung");
    // Or the doers claimed after "by", named by the articles or not: who did it.
    expect(answerer.search.plan("it was signed by xi and kim jong un right??").normalised).toBe("who signed it");
    expect(direct("wasnt the treaty signed by mao zedong and kim jong il back then?")?.text).toBe("Zhou Enlai and North Korea's Kim Il Sung");
    // Or asked yes or no: "did mao sign the treaty", "was the treaty signed by mao" claim a doer; not the words of someone no article names.
    expect(answerer.search.plan("did mao sign the treaty").normalised).toBe("who signed the treaty");
    expect(direct("was the treaty signed by mao")?.text).toContain("Zhou Enlai");
    expect(direct("did the treaty get signed by mao")?.text).toContain("Zhou Enlai");
    // Or stated, to be checked: "mao signed the treaty?" (it was refused: Mao is named by no article).
    expect(direct("mao signed the treaty?")?.text).toContain("Zhou Enlai");
    // In the passive too ("the treaty was signed by mao" was refused as well).
    expect(direct("the treaty was signed by mao")?.text).toContain("Zhou Enlai");
    expect(direct("kim jong il signed the treaty")?.text).toContain("Zhou Enlai");
    expect(answerer.answer("what did mao say about the treaty").answered).toBe(false);
    // Only a signer: "did xi deliver a speech" asks whether he did, not who delivered something.
    expect(answerer.search.plan("did xi deliver a speech on the anniversary").normalised).not.toMatch(/^who\b/);
    expect(direct("did xi deliver a speech on the anniversary")).toBeUndefined();
    // (Not a choice of something else: "did zhou enlai sign it in beijing or in pyongyang" asks where.)
    expect(answerer.search.plan("did zhou enlai sign the treaty in beijing or in pyongyang").normalised).not.toMatch(/^who\b/);
    // Or "was it X that ...": "was it cnn that reported the phone call" → who reported it (Yonhap); not "is it true that ...".
    // (Not Reuters, which supplied a photo of the Press TV story: an article's word.)
    expect(answerer.search.plan("was it cnn that reported the phone call").normalised).toBe("who reported the phone call");
    expect(direct("was it cnn that reported the phone call")?.text).toBe("Yonhap");
    expect(answerer.search.plan("is it true that the treaty was renewed in 2001").normalised).not.toMatch(/^who\b/);
    // Said, not asked: "(i heard) it was mao who ...", the name claimed before a year claimed too: who did it, not when.
    expect(answerer.search.plan("i heard it was mao who signed the treaty for china in 61, right?? or am i mixing it up").normalised).toBe("who signed the treaty for china in 1961");
    expect(direct("it was mao who signed it for china right?")?.text).toContain("Zhou Enlai");
    // The whole name claimed goes, not only its one unknown word ("choe").
    expect(answerer.search.plan("was it choe son hui who ruled out contact with the us").normalised).toBe("who ruled out contact with the US");
    // "i read somewhere ...", "... or am i misremembering": the frame of a claim.
    expect(direct("i read somewhere it was last extended in 2011, is that right or am i misremembering")?.text).toBe("2001");
    // A guessed value the articles use is looked for, but a sentence without it still answers: it is no name the question asks about.
    expect(direct("the upi article says the pact was last renewed when? i thought 1981")?.text).toBe("2001");
    expect(direct("who reported the regional stability solidarity thing, al jazeera? 🤷")?.text).toBe("South China Morning Post");
    // A name the articles use stays a word to look for: the claim is shown true.
    expect(answerer.answer("was it zhou enlai who signed it").passages[0]?.text).toContain("Zhou Enlai");
    // "is it true that ..." is a frame, not a name.
    expect(answerer.search.plan("is it true that it was renewed in 1991").normalised).toBe("when it was renewed");
    // So are "is it right (correct, accurate) that ...", "am i right that ...".
    expect(answerer.search.plan("is it correct that it was renewed in 1991").normalised).toBe("when it was renewed");
    expect(direct("is it right that wang called the korean peninsula china's backyard?")?.text).toBe("China's doorstep");
    // A negative question checks a claim too: "wasnt it last renewed in 1991?" asks when, and is answered.
    expect(answerer.answer("wasnt it last renewed in 1991?").direct?.text).toBe("2001");
  });

  it("reads a guess after the question as the member's, not words the answer must hold", () => {
    // "russia?" after the question: no article names Russia, which would otherwise refuse it.
    const ally = answerer.search.plan("who is nk's biggest ally according to scmp? russia?");
    expect(ally.concepts.map((c) => c.surface.toLowerCase())).not.toContain("russia");
    expect(answerer.answer("who is nk's biggest ally according to scmp? russia?").passages[0]?.text).toMatch(/biggest ally/);
    // A guess with a clause of its own ("... when xi went to pyongyang"): its "when" and its names are the guess's.
    expect(answerer.answer("when did kim jong un first visit china, was it 2019 when xi went to pyongyang?").direct?.text).toBe("March 2018");
    // Its frame goes with it ("i thought").
    expect(answerer.search.plan("when was it last renewed? i thought 1981").normalised).toBe("when was it last renewed? 1981");
    // A guess the articles bear out still helps find the answer ("foresight").
    expect(answerer.search.plan("what did the chinese spokesman call the treaty, smth about foresight?").concepts.map((c) => c.surface)).toContain("foresight");
    // A second question is no guess.
    expect(answerer.search.plan("when was it signed? and who signed it?").normalised).toBe("when was it signed? and who signed it?");
  });

  it("answers the first of several from the list that names them all, not the last one told alone", () => {
    // "The agreement was last renewed in 2001" ranks first; "renewed it in 1981 and 2001" holds the first renewal.
    expect(answerer.answer("first renewal year?").direct?.text).toBe("1981");
    // One fuller date is no list: "originally" asks when it was signed.
    expect(answerer.answer("when was that pact signed originally").direct?.text).not.toBe("July");
  });

  it("answers a measure asked in the subject's words alone, not with the stories' leads", () => {
    // "term" and "length" frame the question: "treaty" alone is no overview asked.
    expect(answerer.answer("treaty term length?").direct?.text).toBe("20 years");
  });

  it("reads values offered as alternatives as one thing asked, either of which answers it", () => {
    const termsOf = (q: string) => answerer.search.plan(q).concepts.map((c) => [...c.terms.keys()].filter((t) => /^\d+$/.test(t)));
    // "every 20 years or every 10": a sentence with 20 alone lacks nothing.
    expect(termsOf("does the treaty expire every 20 years or every 10?")).toContainEqual(["20", "10"]);
    const plan = answerer.search.plan("does the treaty expire every 20 years or every 10?");
    const hit = answerer.search.searchPlan(plan, 1)[0]!;
    expect(hit.sentence.text).toMatch(/20 years/);
    expect(hit.missing).toBe(0);
    // Two things asked are not alternatives: "2001" and "signed" stay apart.
    expect(answerer.search.plan("which was it, renewed in 2001 or signed then").concepts.map((c) => c.surface)).toEqual(expect.arrayContaining(["2001", "signed"]));
  });

  it("still refuses a claim about what the articles never tell", () => {
    expect(answerer.answer("i heard japan signed a treaty with nk in 1965, true?").answered).toBe(false);
    expect(answerer.answer("i heard kim visited moscow in 2019, true?").answered).toBe(false);
  });
});

describe("who said the words a member pastes", () => {
  it.each([
    ["is 'the fixed stand' a kim quote", "Kim Jong-un"],
    // The member's guess is checked, not repeated: the quote index says whose words they are.
    ["is 'a major event in the history of bilateral relations' a xi quote or someone else", "Wang Wenbin"],
    ["is 'unswerving position of the WPK' kim or xi", "Kim"],
    ["someone pasted 'a major event in the history of bilateral relations' ... who said that", "Wang Wenbin"],
    ['is "we are not considering even the possibility of any contact with the US" a real quote? whose', "Ri Son-gwon"],
    // The passage says "Wang said" and "Kim said"; the line gives the full name their articles give them.
    ["“China's position on the Korean Peninsula issue is always clear” who said that", "Wang Wenbin", "Wang"],
    ["“Despite the unprecedentedly complicated international situation in recent years” whos quote is that", "Kim Jong-un", "Kim"],
    // A quote check, or speakers to choose from after the words.
    ["quote check: 'the hostile forces become more desperate in their challenge and obstructive moves' — kim or xi?", "Kim"],
    ["'the comradely trust and militant friendship between the DPRK and China get stronger day by day' kim or xi", "Kim Jong-un", "Kim"],
  ])("%s → %s, as the passage names the speaker", (question, speaker, inPassage = speaker) => {
    const line = direct(question);
    expect(line?.text).toBe(speaker);
    // The name is copied from the cited passage, which prints the pasted words.
    const passage = answerer.answer(question).passages.find((p) => p.citation.n === line!.citation.n)!;
    expect(passage.text.slice(line!.start, line!.end)).toBe(inPassage);
  });

  it("names the speaker from another report of the same words when the one that prints them exactly says only 'he'", () => {
    // "In his message, he said: “The comradely trust ...”" (Blasting News) and "... gets stronger day by day,” Kim was quoted as saying" (Press TV).
    const question = "“The comradely trust and militant friendship between the DPRK and China get stronger day by day” who said this";
    const line = direct(question)!;
    expect(line.text).toBe("Kim Jong-un");
    const passage = answerer.answer(question).passages.find((p) => p.citation.n === line.citation.n)!;
    expect(passage.text).toMatch(/gets stronger day by day,” Kim was quoted as saying/);
    // Words nearly no passage prints name no one.
    expect(direct("“The comradely trust between the DPRK and Russia will last a thousand years” who said this")).toBeUndefined();
  });

  it.each([
    // Asks for the rest of the quote, or about whom it speaks: not who said it.
    "'until lasting peace and stability is' ... whats the rest of that china quote",
    "xi said smth like 'chart the course for the' relationship, whats the full quote about",
    "'older generation of leaders' - who was the chinese spokesman praising there",
  ])("%s asks no speaker", (question) => {
    expect(quotedWordsAsked(question, answerer.quotes!.people)).toBeUndefined();
  });

  it("reads the pasted words between straight, curly or single quotes, apostrophes inside kept", () => {
    const people = answerer.quotes!.people;
    expect(quotedWordsAsked("is 'china's doorstep is here' from wang", people)).toBe("china's doorstep is here");
    expect(quotedWordsAsked("who said “the fixed stand of his government”", people)).toBe("the fixed stand of his government");
    expect(quotedWordsAsked("is 'the treaty' kim or xi", people)).toBeUndefined(); // too few words to be a quotation
  });

  it.each([
    ["who said the korean peninsula is at chinas doorstep", "Wang Wenbin", "Wang"],
    // The article of Xinhua's and KCNA's quotations names Kim Il Sung too, so its "Kim" stays as printed: whose surname it is, the article does not settle alone.
    ["who said hostile forces become more desperate", "Kim", "Kim"],
  ])("%s → %s: words typed without quote marks after 'who said', as the passage that prints them names the speaker", (question, name, inPassage) => {
    const answer = answerer.answer(question);
    expect(answer.direct?.text).toBe(name);
    const from = answer.passages.find((p) => p.citation === answer.direct!.citation && p.text.slice(answer.direct!.start, answer.direct!.end) === inPassage);
    expect(from).toBeDefined();
  });

  it("names the speaker of the best passage's quotation when the words are typed as remembered, not as printed", () => {
    // "The issue of the Korean Peninsula is at China's doorstep": no quotation holds "called ... china's doorstep" nearly
    // whole, but the passage holding most of the words is all Wang Wenbin's (as the quote index attributes it) and names him.
    const answer = answerer.answer("who called the korean peninsula china's doorstep");
    expect(answer.direct?.text).toBe("Wang Wenbin");
    expect(answer.passages[0]!.text.slice(answer.direct!.start, answer.direct!.end)).toBe("Wang");
    // A quotation of no named speaker is answered by the office the sentence gives ("As expert comments - “...”"; see the office-sayer test).
    expect(answerer.answer("who said the closer they get the harder to denuclearise nk").direct?.text).toBe("expert");
  });

  it("takes typed words for a quotation only when a quotation holds nearly all of them", () => {
    expect(wordsAfterWhoSaid("who said the treaty is important?")).toBe("the treaty is important");
    expect(wordsAfterWhoSaid("who said that")).toBeUndefined();
    // Other verbs of saying ask the same: "who mentioned the sacred journey ..." is Kim's (not "the CPC" his words name).
    expect(wordsAfterWhoSaid("who mentioned the sacred journey of building socialism")).toBe("the sacred journey of building socialism");
    expect(direct("who mentioned the sacred journey of building socialism")?.text).toBe("Kim");
    // The quote index finds "the treaty" of a quotation of Kim's: close, but two words of four.
    expect(spokenBy(answerer.quotes!, "the treaty is important")?.speaker).toBe("Kim Jong-un");
    expect(spokenBy(answerer.quotes!, "the treaty is important", true)).toBeUndefined();
    expect(spokenBy(answerer.quotes!, "the korean peninsula is at chinas doorstep", true)?.speaker).toBe("Wang Wenbin");
  });

  it("gives no line for typed words when the passage names the speaker only by a role", () => {
    // "... ,” the Chinese spokesman said." names no one.
    expect(answerer.answer("who said china will continue to play a constructive role").direct).toBeUndefined();
  });

  it("names who said words that stand alone as a quotation from the sentence before them, which the passage shows", () => {
    // "“The issue of the Korean Peninsula is at China's doorstep.”" names no one; the sentence before it names Wang.
    const answer = answerer.answer("is \"the issue of the korean peninsula is at china's doorstep\" an xi quote or wang");
    const first = answer.passages[0]!;
    expect(first.text).toMatch(/Wang said\. “The issue of the Korean Peninsula is at China's doorstep\.”$/);
    expect(answer.direct).toMatchObject({ text: "Wang Wenbin", citation: first.citation });
    expect(first.text.slice(answer.direct!.start, answer.direct!.end)).toBe("Wang");
  });
});

describe("a blank the question's words place in a passage that covers little else of it", () => {
  it("kim told nk to be ready for what → both dialogue and confrontation ('to be ready for' is in the sentence; 'told', 'nk' are not)", () => {
    expect(direct("kim told nk to be ready for what")?.text).toBe("both dialogue and confrontation");
  });

  it("finds the blank by the articles' wording of an everyday phrase ('prepare for' is chat.json's 'ready for')", () => {
    expect(direct("what did kim tell his country to prepare for")?.text).toBe("both dialogue and confrontation");
  });
});

describe("what follows a preposition, asked with 'what' first", () => {
  it.each([
    ["what did kju tell his country to be ready for", "both dialogue and confrontation"],
    ["what did they express solidarity for", "regional stability"],
  ])("%s → %s, as the blank it is", (question, answer) => {
    expect(direct(question)?.text).toBe(answer);
  });

  it("gives no line when the best sentence does not hold the question's words before the preposition", () => {
    // (The words before it, "biden", with another preposition do: "Joe Biden, for pursuing ..."; see above.)
    // "about" alone places no blank ("... from Washington about reopening dialogues").
    expect(direct("what did scmp say china and nk showed unity abt")).toBeUndefined();
  });
});

describe("a blank typed as underscores", () => {
  it("reads the underscores as the question word, and drops what follows them only to say so", () => {
    expect(answerer.search.plan("xi said he'd take cooperation to a 'new ___', fill in the blank").normalised).toMatch(/to a 'new what\?$/);
    expect(direct("xi said he'd take cooperation to a 'new ___', fill in the blank")?.text).toBe("new stage");
    expect(direct("press tv quotes kim saying its the ___ stand of his govt to develop ties, what word")?.text).toBe("fixed stand");
    // Inside quotation marks whose closing mark goes with the words after; before a bracketed "which word" or an aside;
    // after a "what," that the underscores then place; joined by "and" to the word before it.
    expect(direct('kim called the friendship "a common ___ of both sides", fill in the blank')?.text).toBe("treasure");
    expect(direct("the korean peninsula is at chinas ______ (what word did wang use)")?.text).toBe("doorstep");
    expect(direct("kim said the friendship was forged with ___ lol kinda dark")?.text).toBe("blood");
    expect(direct("kim called the friendship what, a common ___ of both sides")?.text).toBe("treasure");
    expect(direct("kim said the comradely trust and ____ friendship gets stronger day by day")?.text).toBe("militant friendship");
    // Before ".. what was the word", "— whats the word", ", fill the blank pls" or "— which party"; a quotation's "position" is no title asked.
    expect(direct("wang said liu xiaoming is engaging in communication w 'various ___' .. what was the word")?.text).toBe("various parties");
    expect(direct("xi promised to take cooperation 'to a new ___' — whats the word")?.text).toBe("new stage");
    expect(direct("kim's msg: it is 'the fixed ___' of his govt to develop relations, fill the blank pls")?.text).toBe("stand");
    expect(direct("kim's msg said 'the comradely trust and ___ friendship' gets stronger day by day, whats the missing word")?.text).toMatch(/^militant\b/);
    expect(direct("kim: 'it is the unswerving position of the ___ and the DPRK government' — which party")?.text).toBe("WPK");
    // ("and" places it only by the words joined: not "since met" of "the two leaders have since met five times".)
    expect(direct("kim and ___ met in 2018")).toBeUndefined();
  });
});

describe("a blank inside the question", () => {
  it.each([
    // A noun after the blank is part of the answer; the words before the blank place it when the sentence has them.
    ["nk said biden has a similar what policy", "hostile policy"],
    ["kim called the dprk-china friendship a what of both sides", "common treasure"],
    ["china is nk's main what partner", "trade partner"],
    // Else the words before those after it, before the noun.
    ["kurt campbell is the what coordinator", "Security Council Indo-Pacific Coordinator"],
  ])("%s → %s", (question, answer) => {
    expect(factKind(question)).toBe("blank");
    expect(direct(question)?.text).toBe(answer);
  });

  it("is no blank where the question word opens a question of its own, and gives no verb for a thing", () => {
    expect(factKind("amb listed what areas")).toBe("list");
    expect(factKind("besides being an ally what else is china to nk")).toBe("besides");
    expect(factKind("if one gets attacked what does the treaty say")).toBeUndefined();
    expect(factKind("CPC stands for wat in that article")).toBe("expansion");
    // "he plans to make the people of both countries happy": "to make" is no answer to "plans what for the people".
    expect(spanIn("xi jinping plans what for the people of both countries", "Xi Jinping, on his part, says he plans to make the people of both countries happy.")).toBeUndefined();
  });
});

describe("a count stated beside a question of when", () => {
  it("looks for the years, not for 'two times': they renewed it two times already? in what years → 1981 and 2001", () => {
    // "The Straits Times ... the two leaders have since met five times" has "two" and "times", and no renewal.
    expect(direct("they renewed it two times already? in what years")?.text).toBe("1981 and 2001");
    expect(answerer.plan("they renewed it two times already? in what years").concepts.map((c) => c.surface)).not.toContain("times");
  });
});

describe("a question, then a guess put to the test", () => {
  it("asks what the question asks, not when, though it names a year: who signed it in 61? it was mao and kim il sung right", () => {
    const plan = answerer.plan("who actually signed the thing in 61? it was mao and kim il sung right");
    expect(plan.answerType).toBe("person");
    expect(answerer.answer("who actually signed the thing in 61? it was mao and kim il sung right").passages[0]?.text).toMatch(/^Signed by former Chinese Premier Zhou Enlai/);
  });
});

describe("a term asked as a word", () => {
  it("reads 'what term did pyongyang use/employ' as the word used, not the treaty's term", () => {
    expect(factKind("What term did Pyongyang employ when condemning the approach adopted by the Biden administration?")).toBe("coined");
    expect(factKind("what term did pyongyang use")).toBe("coined");
    expect(factKind("whats the term of the treaty")).toBe("duration");
    expect(factKind("what words did the ambassador use to describe the friendship")).toBe("described");
  });
});

describe("an age asked, then asked again as a number of years", () => {
  it("keeps the age asked: 'how old is the treaty as of 2021, like how many yrs' is its 60th anniversary, not its 20-year term", () => {
    expect(answerer.plan("how old is the treaty as of 2021, like how many yrs").normalised).toBe("how old is the treaty as of 2021?");
    expect(direct("how old was the treaty in 2021? like how many years")?.text).toBe("60th anniversary");
  });
});

describe("an office's holder asked, then a name guessed", () => {
  it("answers with the guessed holder when a sentence names them in the office, else with the holder", () => {
    expect(direct("who is nk's foreign minister, ri son gwon?")?.text).toBe("Ri Son-gwon");
    expect(direct("whos chinas special rep for nk, liu xiaoming?")?.text).toBe("Liu Xiaoming");
    expect(direct("who was the chinese party official that handed over the msgs, song tao?")?.text).toBe("Song Tao");
    // A wrong guess is not the answer.
    expect(direct("whos chinas special rep for nk, wang yi?")?.text).toBe("Liu Xiaoming");
  });
});

describe("a signatory asked with the year of the pact", () => {
  it("asks who signed, not whether it was that year: chinese signatory of the 61 pact?? → Zhou Enlai", () => {
    expect(answerer.plan("chinese signatory of the 61 pact??").answerType).not.toBe("time");
    expect(direct("chinese signatory of the 61 pact??")?.text).toBe("Zhou Enlai");
  });
});

describe("who someone named first is", () => {
  it("gives the post of the person named before 'who is he', not another person", () => {
    expect(direct("Ri Ryong Nam — who is he exactly?")?.text).toBe("the Democratic People’s Republic of Korea (DPRK) ambassador to China");
    expect(direct("song tao, who is he")?.text).toMatch(/^the minister of the International Department/);
  });

  it("reads 'wasnt it mao who signed it' as who signed it, with one 'who'", () => {
    expect(answerer.plan("wasnt it mao who signed the thing for china back then").normalised).toBe("who signed for china back then");
    expect(direct("wasnt it mao who signed the thing for china back then")?.text).not.toBe("Xi");
  });
});

describe("a list asked for", () => {
  it("gives the fields a passage lists, from the sentence shown after the one found: which areas did china's ambassador want more cooperation in", () => {
    expect(factKind("which sectors do the us sanctions target")).toBe("list");
    // A field asked by "name one": not the name of the ambassador who brought it up.
    expect(factKind("name one field the ambassador brought up for working together")).toBe("list");
    expect(direct("name one field the ambassador brought up for working together")?.text).not.toBe("Ri Ryong Nam");
    // "China’s ambassador to Pyongyang highlighted ... cooperation in different areas. Actions of this nature could include education, culture, health, agriculture, etcetera."
    expect(direct("which areas did china's ambassador to pyongyang want more cooperation in")?.text).toBe("education, culture, health, agriculture");
    expect(direct("what kinds of cooperation did china's ambassador mention")?.text).toBe("education, culture, health, agriculture");
    // Three items at least, and no closing "etcetera".
    expect(spanIn("which areas did they list", "They named trade and aid.")).toBeUndefined();
  });
});

describe("a blank after quoted words", () => {
  it.each([
    ["kim said the friendship was 'forged with' what", "blood"],
    ["friendship = 'a common' what", "common treasure"],
    ["xi promised to take cooperation to a new... what", "new stage"],
    // Several question marks end a question as one does.
    ["kim said the friendship was forged with what?? 💀", "blood"],
    // Who said it, told after the blank; and a quoted phrase after an article ("the road to the “new starting point”").
    ["cooperation will pave road to what, the ambassador say?", "new starting point"],
    ["What did the ambassador say closer cooperation would pave the road to?", "new starting point"],
  ])("%s → %s", (question, answer) => {
    expect(direct(question)?.text).toBe(answer);
  });
});

describe("a blank before a guess", () => {
  it("reads the blank in what is asked before the guess: kim il sung is kju's what? dad? → grandfather", () => {
    expect(direct("kim il sung is kju's what? dad?")?.text).toBe("grandfather");
    // A question's own last word after a comma is no guess that hides the kind asked.
    expect(direct("the american nk envoy who rang liu, name?")?.text).toBe("Sung Kim");
  });

  it("takes the phrase around a guessed word when the question's words place no blank", () => {
    expect(direct("wang spoke at what, a press thing?")?.text).toBe("regular press briefing");
    expect(direct("biden said diplomacy plus what? deterrence of some kind?")?.text).toBe("stern deterrence");
    // Who said it, after the blank, is no guess ("... lead to where, the minister said?").
    expect(guessedPhrase("the minister said?", "negotiations lead to where, the minister said?", "North Korea’s foreign minister has ruled out “any contact”.")).toBeUndefined();
    // A guessed word found twice, or two found, place nothing.
    expect(guessedPhrase("new level", "xi took it to a what? new level", "a new stage and a new era")).toBeUndefined();
  });
});

describe("a pact named by its parties", () => {
  it("answers from a sentence about 'the agreement', whose parties the rest of its story names", () => {
    // "The agreement was last renewed in 2001." names neither China nor North Korea; its story does.
    expect(direct("when did they last extend the china-north korea pact")?.text).toBe("2001");
    expect(direct("last time they extended the china-north korea pact, wat year was that?")?.text).toBe("2001");
  });

  it("reads the parties before the pact, after it, or joined to it, and never people", () => {
    const parties = (q: string) => answerer.search.partiesOfTopic(answerer.search.plan(q)).sort();
    expect(parties("the china-north korea pact")).toEqual(["@china", "@north-korea"]);
    expect(parties("china and nk's mutual defense treaty")).toEqual(["@china", "@north-korea"]);
    expect(parties("the treaty between china and north korea")).toEqual(["@china", "@north-korea"]);
    expect(parties("did china and nk sign a treaty")).toEqual([]);
    expect(parties("the kim and xi treaty")).toEqual([]);
  });
});

describe("alternatives offered", () => {
  it("answers with the one a passage names, in the passage's words", () => {
    expect(direct("was it xi or kim who said forged in blood")?.text).toBe("Kim");
    expect(direct("US special envoy for nk - was it sung kim or kurt campbell?")?.text).toBe("Sung Kim");
    // Spelt as the plan corrects it, and from the sentence shown after the best ("“...,” Ri Son-gwon said").
    expect(direct("where did they hand over the messages, was it in pyonyang or beijin")?.text).toBe("Beijing");
    expect(direct("nk foreign minister who said contact w the US gets them nowhere, ri son-gwon or choe son hui?")?.text).toBe("Ri Son-gwon");
    // Names guessed after a question of an act may be its answer, as the sentence tells them doing it (alternatives
    // guessed count one at a time as a guess's words); not a body guessed as a "driver" (the line read "United Nations").
    // "Could you please tell me who ...": read after its embedding, though the filler "please tell me" goes first.
    expect(direct("Could you please tell me who signed the treaty for China and for North Korea?")?.text).toBe("Zhou Enlai and North Korea's Kim Il Sung");
    expect(direct("who signed it originally, zhou enlai and kim il sung or was it mao?")?.text).toBe("Zhou Enlai and North Korea's Kim Il Sung");
    expect(direct("who's the main driver behind the sanctions on nk, the un alone?")?.text).not.toBe("United Nations");
    // A name of two words no article uses is one alternative, not a name left out: not refused.
    expect(direct("was the chinese foreign ministry spokesman wang wenbin or zhao lijian?")?.text).toBe("Wang Wenbin");
    // The story's own date, which the kind's rule alone gave as "around Sunday".
    expect(direct("upi article dated july 11 or july 7?")?.text).toBe("July 7");
    // Quoted words need not be names.
    expect(direct("xi promised to take cooperation to 'a new stage' or 'new heights'?")?.text).toBe("new stage");
    // A number with the unit the passage gives it.
    expect(direct("cant remember how long each term of the alliance runs before they renew it. is it 10 yrs or 20 or what")?.text).toBe("20 years");
  });

  it("gives no line when a passage names both, or the alternatives are judgements or titles", () => {
    expect(direct("who delivered kims message, song tao or ri ryong nam?")).toBeUndefined();
    expect(direct("kim says trust with china getting stronger or weaker?")).toBeUndefined();
    // A passage that names both ends the search: no line from a later one that names one alone (it was "Ri Son-gwon", a speaker in the third).
    expect(direct("who is leading the sanctions against north korea the united nations or the us")).toBeUndefined();
    // "President" is printed before Biden's name in the best sentence, not Xi's.
    expect(direct("is xi called president or chairman in these articles")).toBeUndefined();
  });

  it("reads alternatives only where a member offers a choice", () => {
    expect(alternativesOffered("upi article dated july 11 or july 7?")?.options).toEqual(["july 11", "july 7"]);
    expect(alternativesOffered("kcna is state media or independent?")?.options).toEqual(["state media", "independent"]);
    expect(alternativesOffered("was it xi or kim who said forged in blood")?.options).toEqual(["xi", "kim"]);
    // As typed: "the US" is the country's name.
    expect(alternativesOffered("was it the UN or the US")?.options).toEqual(["UN", "US"]);
    expect(alternativesOffered("'a new stage' or 'new heights'?")).toEqual({ options: ["a new stage", "new heights"], quoted: true });
    for (const none of ["is the treaty still valid or not", "us support taiwan independence or not per campbell", "is it real or is it just talk", "wat r the obligations if someone attaks china or nk", "who has more to gain from the treaty, china or nk", "does it just expire or what", "treaty of friendship and alliance or smth?"]) {
      expect(alternativesOffered(none), none).toBeUndefined();
    }
  });
});

describe("the rest of a quotation the member starts", () => {
  it("is what the sentence says after the member's last words, up to the quotation's end", () => {
    expect(direct("finish the quote: “the comradely trust and militant friendship between the DPRK and China...”")?.text).toBe("gets stronger day by day");
    expect(direct('whats the end of the ri son gwon quote, "...which would get us nowhere"')?.text).toBe("only taking up precious time");
    expect(direct("strategic decision made with foresight by the older generation of leaders of the two countries and ... what? whats the rest")?.text).toBe("a major event in the history of bilateral relations");
    expect(direct("'until lasting peace and stability is' ... whats the rest of that china quote")?.text).toMatch(/^(?:realized on the peninsula|achieved on the Korean Peninsula)$/);
  });

  it("is none for words no article quotes", () => {
    expect(direct("finish the quote: to be or not to be...")).toBeUndefined();
    expect(answerer.answer("finish the quote: to be or not to be...").answered).toBe(false);
  });
});
