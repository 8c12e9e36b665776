import { describe, expect, it } from "vitest";
import { buildAnswerer } from "../src/pipeline.js";
import { ChatNormaliser } from "../src/search/chat/normaliser.js";
import { loadLexicon } from "../src/search/lexicon.js";
import { remembered } from "../src/search/remembered.js";
import { SpellingCorrector } from "../src/search/spelling.js";
import { englishRarity, isEnglishWord } from "../src/search/wordFrequency.js";

const lexicon = loadLexicon("corpus");
const answerer = buildAnswerer("corpus");
const normalise = (q: string) => answerer.search.plan(q).normalised;
const top = (q: string) => answerer.answer(q).passages[0]?.text;

describe("chat normalisation (corpus/chat.json and the general rules)", () => {
  const plain = new ChatNormaliser(lexicon.chat, (w) => isEnglishWord(w));

  it("reads the words inside Discord's markdown, not its marks (but a blank's underscores are still its question word, and a product's stars stay)", () => {
    expect(plain.normalise("**when** was it ||signed||").text).toBe("when was it signed");
    expect(plain.normalise("how long is the treaty `valid` for").text).toBe("how long is the treaty valid for");
    expect(plain.normalise("> The treaty remains in force, Wang said.\nwhich outlet reported that").text).toBe("The treaty remains in force, Wang said. which outlet reported that");
    expect(plain.normalise("the comradely trust and ___ friendship").text).toBe("the comradely trust and what friendship?");
    // The blank as the doer, opening the sentence, asks who did it (the line was "spearheaded").
    expect(plain.normalise("the ___ spearheaded the un sanctions").text).toBe("who spearheaded the un sanctions?");
    // A blank before a unit counted asks how many; a trivia host's "for 10 points" is no word of the question.
    expect(normalise("trump met kim like ___ times right")).toBe("trump met kim how many times?");
    expect(answerer.answer("trump met kim like ___ times right").direct?.text).toBe("three times");
    expect(normalise("for 10 points: on what exact date was the treaty signed")).toBe("on what exact date was the treaty signed");
    // Regional Englishes' everyday words: Scots "och", "tae"; patois "di", "mi bredda"; Nigerian "abeg", "wetin".
    expect(normalise("och who actually put their names tae the treaty back in the day")).toBe("who put their names to the treaty back in the day");
    expect(normalise("how long di treaty valid for each time mi bredda")).toBe("how long the treaty valid for");
    expect(plain.normalise("what is 2*3*4").text).toBe("what is 2*3*4");
    // A lone "#" is the word "number", not a heading's mark; "#1" stays.
    expect(plain.normalise("# of renewals?").text).toBe("number of renewals?");
    expect(answerer.answer("xi kim meetings #").direct?.text).toBe("five times");
    expect(answerer.answer("**when** was the treaty signed").direct?.text).toBe("July 11, 1961");
  });

  it("reads the politeness of other Englishes as filler, and 'full form of' as letters asked to be spelled out", () => {
    expect(normalise("pls tell who signed the treaty originally, thank you")).toBe("who signed the treaty originally,");
    // "wait" before a question is an interjection: "wait who is ri ryong nam" asks who he is, as without it (the line was "Song Tao").
    expect(answerer.answer("wait who is ri ryong nam").direct?.text).toBe("the Democratic People’s Republic of Korea (DPRK) ambassador to China");
    expect(normalise("the treaty, when they renew it lah")).toBe("the treaty, when they renew it");
    expect(answerer.answer("kindly tell when the treaty was signed sir").direct?.text).toBe("July 11, 1961");
    expect(answerer.answer("full form of cpc kindly").direct?.text).toBe("Communist Party of China");
    // A country right before another owns the office, with a word of its kind between: "beijing's special nk envoy" is China's.
    expect(answerer.answer("wats the name of beijing's special nk envoy guy").direct?.text).toBe("Liu Xiaoming");
  });

  it("reads the common words of other languages members mix in: the treaty's, the question's and their politeness", () => {
    expect(normalise("cuando was le traité signed")).toBe("when was the treaty signed");
    expect(normalise("porque north korea need china so much")).toBe("why north korea need china much");
    expect(normalise("hola! exact date they signed der Vertrag por favor?")).toContain("they signed the treaty");
    expect(normalise("what year did zhongguo and chaoxian sign the friendship treaty, xie xie")).toContain("China and North Korea sign the friendship treaty");
    expect(answerer.answer("und the american special envoy for north korea, wie heißt er").direct?.text).toBe("Sung Kim");
    expect(answerer.answer("when did they renew el tratado").direct?.text).toBe("1981 and 2001");
  });

  it("reads shouted and stretched words as the words, and drops emoticons typed in letters", () => {
    // Everyday words in capitals are the words; "US", "UN" and letters no word spells stay.
    expect(normalise("WAIT THE TREATY IS STILL ACTIVE??")).toBe("wait the treaty is still active??");
    expect(normalise("DID THE US AND THE UN SANCTION NK")).toBe("did the US and the UN sanction North Korea");
    expect(answerer.answer("what does KCNA stand for").direct?.text).toBe("Korean Central News Agency");
    expect(answerer.answer("so kim n xi have met a bunch now?? since WHEN!!").answered).toBe(true);
    // "xD", ":O", ";)" say nothing asked.
    expect(normalise("what excuse does pyongyang give for its missile program xD")).toBe("what excuse does pyongyang give for its missile program");
    expect(normalise("china has to defend them?? :O ;)")).toBe("china has to defend them??");
    // Punctuation dictated to a phone, spoken as words, ends the message; a period that is one stays ("the validity period").
    expect(normalise("when did kim jung un first go to china period")).toBe("when did kim jung un first go to china.");
    expect(normalise("is the treaty still in effect question mark")).toBe("is the treaty still in effect?");
    expect(normalise("what is the treaty's validity period")).toBe("what is the treaty's validity period");
    // An emoji typed out by its name says nothing asked either.
    expect(normalise("bro china called the korean peninsula its what skull emoji")).toBe("china called the korean peninsula its what");
    // A stretched word is the common word it stretches: "nooo" is "no" ("noo" is a rare word), "tooo" is "too".
    expect(normalise("nooo way china has to defend them")).toBe("no way china has to defend them");
    expect(normalise("its tooo old")).toBe("its too old");
  });

  it("drops Discord mentions, custom emoji, emoji, links and filler", () => {
    expect(plain.normalise("hey bot <@123456789012345678> whats the deal with nk 🤔 <:pepe:123> https://x.y/z pls").text).toBe("what is North Korea");
    expect(plain.normalise("yo @treaty-bot lol when was it renewed").text).toBe("when was it renewed");
    // "like im 5" asks for plain words, not about the asker ("explain the treaty to me like im 5" was refused as the asker's own affairs).
    expect(plain.normalise("explain the treaty like im 5").text).toBe("the treaty");
    expect(answerer.answer("explain the treaty to me like im 5").answered).toBe(true);
    // Where the asker read about it is theirs, not the question's ("on twitter" weighed as a rare word and it was refused).
    expect(plain.normalise("i was reading about the treaty on twitter and when was it signed").text).toBe("i was reading about the treaty and when was it signed");
    expect(answerer.answer("ok so i was reading abt this treatey thing on twitter and like when was it even signed originaly").answered).toBe(true);
    // Emoji (and a laugh before them) between a remark and a question end the remark, as a full stop would.
    expect(plain.normalise("i got super into nk stuff lol 😅 who is north korea's ambassador in china?").text).toBe("who is north korea's ambassador in china?");
    expect(answerer.answer("ok so after binging crash landing on you i got super into nk stuff lol 😅 who is north korea's ambassador in china?").direct?.text).toBe("Ri Ryong Nam");
    // Swearing for emphasis says nothing either.
    expect(plain.normalise("who tf is liu xiaoming").text).toBe("who is liu xiaoming");
    expect(plain.normalise("who the heck signed it").text).toBe("who signed it");
    // "core", "main": only how much the thing asked matters ("socialism as its core" is no promise of the pact).
    expect(plain.normalise("whats the core promise of the pact").text).toBe("what is the promise of the pact");
    expect(plain.normalise("what is the main trade partner of nk").text).toContain("main trade partner");
    // "wait so", "oh wait": the asker catching up, not words of the question ("how long did they wait" keeps its verb).
    expect(plain.normalise("wait so who's obligated to defend who").text).toBe("who is obligated to defend who");
    expect(plain.normalise("how long did they wait").text).toBe("how long did they wait");
    // Who does what to whom is two people asked, no one line: not "socialism and peace in Asia", what the treaty defends.
    expect(answerer.answer("wait so who's obligated to defend who").direct).toBeUndefined();
    // A name in brackets after a pronoun is whom it stands for (the line was "Beijing and Pyongyang").
    expect(plain.normalise("who is he (wang)").text).toBe("who is wang");
    expect(answerer.answer("who is he (wang)").direct?.text).toBe("Chinese foreign ministry spokesman");
    // Discourse openers and requests for a summary carry no question: what is left is.
    expect(plain.normalise("sooooo what even is the pact").text).toBe("what is the pact");
    expect(plain.normalise("ok but can u give me a quick rundown of the treaty").text).toBe("the treaty");
    expect(plain.normalise("the sino-north korean treaty").text).toBe("the China-north korean treaty");
    // "so far" says no more than "so": "have since met five times" need not match it.
    expect(plain.normalise("xi kim meetings how many so far").text).toBe("xi kim meetings how many");
    // "at a time", "each time": how long one term lasts, no time to look for.
    expect(plain.normalise("is the treaty good for 20 years at a time").text).not.toMatch(/\btime\b/);
    // Apologies and excuses are politeness, not the asker speaking of themselves.
    expect(plain.normalise("i'm sorry but who signed it").text).toBe("who signed it");
    expect(plain.normalise("excuse me, when was it signed").text).toBe("when was it signed");
    expect(plain.normalise("hi all, who signed the og treaty").text).toBe("who signed the original treaty");
    // A greeting opens or closes a message; inside one it is a name's ("Kim Yo Jong").
    expect(plain.normalise("hey yo, when was it signed yo").text).toBe("when was it signed");
    // A first sentence in which the asker introduces themselves asks nothing.
    expect(plain.normalise("hello, english is not my first language. the treaty, when does it end?").text).toBe("the treaty, when does it end?");
    expect(plain.normalise("retired history teacher here. who signed it?").text).toBe("who signed it?");
    // Unless the question points back at what the asker told: "who was that guy" needs the clip of the official before it.
    expect(plain.normalise("i saw a clip of some chinese official telling reporters the treaty is still in force. who was that guy").text).toMatch(/chinese official telling reporters the treaty is still in force\. who was that guy$/);
    // Nor when what follows only points back at it.
    expect(plain.normalise("my cousin keeps quoting an official who called the peninsula china's doorstep. who said that").text).toBe("my cousin keeps quoting an official who called the peninsula china's doorstep. who said that");
    // Unless what follows only checks it: then that sentence is a claim to check.
    const checked = plain.normalise("my friend swears it just keeps going until both sides agree to scrap it. is that right or is he making it up");
    expect({ text: checked.text, claim: checked.claim }).toEqual({ text: "it keeps going until both sides agree to scrap it.", claim: true });
    // Nor one that names whom a short question after it calls "he" or "she".
    expect(plain.normalise("i bet kim said the friendship is fading fast. how did he describe it").text).toContain("kim said");
    // Nor a first sentence that asks itself, its frame gone as filler ("need to know when ...").
    expect(plain.normalise("making slides for my group, need to know when they renewed the treaty. was it more than once?").text).toContain("when they renewed the treaty");
    // Or checks it against another answer left open: "is that right or was it later", "... or older".
    expect(plain.normalise("i always thought the china nk ties only go back to the korean war in the 50s. is that right or older")).toMatchObject({ claim: true });
    expect(plain.normalise("i always thought the china nk ties only go back to the korean war in the 50s. is that right or older").text).toMatch(/korean war/);
    // Or before a comma, when the question after it stands on its own (not one that leans on the remark: "is that true", "who was he writing to").
    expect(plain.normalise("i was reading about this and im confused, is the treaty still a thing or did it expire").text).toBe("is the treaty still a thing or did it expire");
    expect(plain.normalise("i read that china has to defend nk, is that true").text).toBe("china has to defend North Korea");
    // A question asked indirectly is asked in its place, the words before it kept.
    expect(plain.normalise("they re-up it every few years. cant remember which years they renewed the treaty").text).toBe("they re-up it every few years. which years they renewed the treaty");
    // After the question's comma, the asker on themselves is an aside (not a guess: ", i think 1962").
    expect(plain.normalise("what year was the treaty signed, i keep mixing it up w the korean war armistice and my essay is due tmrw").text).toBe("what year was the treaty signed");
    // "which guys" asks who: the filler "guys" alone would leave "which put ...", asking no person.
    expect(plain.normalise("yo which guys put their names on the original treaty").text).toBe("who put their names on the original treaty");
    expect(plain.normalise("which people are in the photo").text).toMatch(/^which people are/);
    // Words autocorrect put for others that sound the same, read by the word after them.
    expect(plain.normalise("wat wood have to happen four the treaty to stop").text).toBe("what would have to happen for the treaty to stop");
    // A verb's letters swapped into another word ("sing the treaty"), and "massages" beside the leaders who sent them.
    expect(plain.normalise("what yr did china n nk sing teh friendship treaty").text).toContain("sign the friendship treaty");
    expect(plain.normalise("who did the massages from xi and kim").text).toBe("who did the messages from xi and kim");
    expect(plain.normalise("did they sing a song").text).toBe("did they sing a song");
    expect(plain.normalise("witch leaders put there names on it").text).toBe("which leaders put their names on it");
    expect(plain.normalise("wear did they meat").text).toBe("where did they meet");
    expect(plain.normalise("is there meat in it").text).toBe("is there meat in it");
    // A thing the member says they need, in a message that asks nothing else, is asked for ("need" is no word to find: "they need each other").
    expect(plain.normalise("for my essay i need the year they signed it").text).toBe("what is the year they signed it");
    expect(plain.normalise("i need the name of the nk ambassador. was it ri ryong nam?").text).toMatch(/^what is the name of the North Korea ambassador\b/);
    // A guess after the comma is the claim to check, its frame gone ("i think", "someone said").
    expect(plain.normalise("when was the treaty signed, i think 1962")).toMatchObject({ text: "when was the treaty signed, 1962", guessFrom: 28 });
    expect(plain.normalise("where r biden and xi expected to finally meet, someone said apec")).toMatchObject({ text: "where are biden and xi expected to finally meet, apec", guessFrom: 49 });
    // What the bot said, put back to it after the question, is a guess too.
    expect(answerer.answer("who even is liu xiaoming, u said hes chinas ambassador to pyongyang").direct?.text).toBe("China's Special Representative for North Korea");
    // A short guess after the question mark goes on after its comma: the name guessed is no name asked.
    expect(answerer.answer("who signed it on the chinese side? zhou something, he was premier i think").direct?.text).toBe("Zhou Enlai");
    // A remark in brackets after the guess's question mark is no part of it.
    expect(answerer.answer("who's nk's main trading partner, is it like... switzerland? (obviously not)").direct?.text).toBe("China");
    // So is one after the question's comma: "(the friend is kim)" asks nothing of Kim.
    expect(answerer.answer("whens the last time this treay got renewed, asking for a friend (the friend is kim)").direct?.text).toBe("2001");
    // Anywhere, a bracketed remark of the asker's about themselves; not one that says who someone is ("ksk (the american envoy)").
    expect(answerer.search.plan("as a certified treaty historian (i watched 1 youtube vid) what year did china and nk sign this thing").normalised).not.toContain("youtube");
    expect(answerer.search.plan("what did xiaoming tell ksk (the american envoy) abt nk's nukes").normalised).toContain("american envoy");
    // And the person a "who" question asks, described as a joke after its comma.
    expect(answerer.answer("who is china's special rep for nk, the guy with the worst job in diplomacy").direct?.text).toBe("Liu Xiaoming");
    expect(answerer.answer("who is north korea's ambassador in china, the dude whose whole job is shaking hands").direct?.text).toBe("Ri Ryong Nam");
    // (Or by what they are doing: "the one talking to the us side" names no US envoy asked.)
    expect(answerer.answer("whos chinas special rep for nk, the one talking to the us side").direct?.text).toBe("Liu Xiaoming");
    // Or what the asker keeps saying: "..., i keep saying 2011" guesses a year, asking no time of 2011.
    expect(answerer.answer("ok so when was the last time they re-upped it, i keep saying 2011").direct?.text).toBe("2001");
    // So is what people keep saying: "who was kim il sung to kim jong un, ppl here keep saying uncle".
    expect(answerer.answer("who was kim il sung to kim jong un, ppl here keep saying uncle").direct?.text).toBe("grandfather");
    // A guess denied after the comma is a guess too: no words the answer must hold.
    expect(plain.normalise("when did kim jong un first go to china, stop saying 2011")).toMatchObject({ guessFrom: 40 });
    // Claims one after another are one guess.
    expect(plain.normalise("where r biden and xi expected to finally meet? someone said apec, i said g20")).toMatchObject({ text: "where are biden and xi expected to finally meet? apec, i said g20", guessFrom: 49 });
    // And a guess after a guess: the first choice offered still counts, and the name guessed is no name to leave out.
    expect(answerer.answer("who was the chinese foreign ministry guy talking abt the treaty, wang yi or wang wenbin? @lee thinks wang yi").direct?.text).toBe("Wang Wenbin");
    // Or why they ask: "asking for a meme".
    expect(plain.normalise("last time the treaty got extended was when, asking for a meme").text).toBe("last time the treaty got extended was when");
    // Or a remark on it: "bet the train ride was wild".
    expect(plain.normalise("when did kim first go to china, bet the train ride was wild").text).toBe("when did kim first go to china");
    // Or on whoever set the question: the question is the member's.
    expect(plain.normalise("whats the exact date it was signed, my teacher wants the day not just the year").text).toBe("what is the exact date it was signed");
    // (Nor one whose subject comes last, nor one too short to ask anything alone.)
    expect(plain.normalise("i heard trump met kim a bunch, how many times was it").text).toMatch(/\btrump met kim a bunch, how many times was it$/);
    expect(plain.normalise("i read nk is super dependent on china, why tho").text).toMatch(/\bdependent on china, why\b/);
    expect(plain.normalise("i get that kim sent a letter, but who was he writing to").text).toMatch(/^i get that kim sent a letter/);
    // Before a yes-or-no question too: its numbers ("12hr") are no words to find.
    expect(plain.normalise("just off a 12hr shift, bear w me lol... did beijing say the treaty is still in effect?").text).toBe("did beijing say the treaty is still in effect?");
    expect(plain.normalise("i love this bot. ok").text).toBe("i love this .");
    // What the asker adds about themselves after the question asks nothing either; a guess, or the answer they want, stays.
    expect(plain.normalise("what post does song tao hold? my dad keeps asking me").text).toBe("what post does song tao hold?");
    // Also once its "for my essay" has gone as filler, and "asking ...".
    expect(plain.normalise("whats the full official name of the treaty? need it for my essay").text).toBe("what is the full official name of the treaty?");
    // After a comma too, and what the asker needs it for is none of the asker's own affairs to refuse.
    expect(answerer.search.plan("whats the exact date they signed it, need it for my calendar of questionable decisions").normalised).toBe("what is the exact date they signed it");
    expect(answerer.answer("ok whats the actual DATE they signed it, im not writing 'sometime in the 60s' on my homework").answered).toBe(true);
    expect(plain.normalise("who signed it? asking for a school project").text).toBe("who signed it?");
    // An aside of purpose, also after a question typed without a question word.
    expect(plain.normalise("exact date the treaty was signed?? trying to settle a bet at work").text).toBe("exact date the treaty was signed?");
    expect(plain.normalise("who signed it? tryna settle an argument").text).toBe("who signed it?");
    // An apology for the question, a long day or a test to come: no guess (a time of day, hours, are no number asked about).
    expect(plain.normalise("where did campbell say that? just got off a 12h shift so sorry if dumb q").text).toBe("where did campbell say that?");
    expect(plain.normalise("when was the last renewal? got a midterm on east asia tmrw lol").text).toBe("when was the last renewal?");
    expect(plain.normalise("which two leaders signed the treaty? history class q").text).toBe("which two leaders signed the treaty?");
    // After a yes-or-no question too, unless the aside tells where a claim comes from.
    expect(plain.normalise("do china and nk actually get along? sorry if dumb q, 4am brain").text).toBe("do china and North Korea get along?");
    // Or the members asking together ("we disagree", "we're arguing"); not "the us", which is a country.
    expect(plain.normalise("where did campbell think biden n xi would finally meet, apec or g20? we disagree").text).toBe("where did campbell think biden and xi would finally meet, apec or g20?");
    expect(plain.normalise("what happened right before china reaffirmed the ties? someone said there were talks w the us").text).toContain("talks");
    expect(plain.normalise("is it true the treaty lapsed? my gym bro says so").text).toContain("my gym says");
    // But not words the question is about: "source??" asks where what follows comes from.
    expect(plain.normalise("source?? i doubt china actually said the treaty is still in effect").text).toContain("i doubt china");
    expect(plain.normalise("when was it signed? i think 1961").text).toBe("when was it signed? 1961");
    expect(plain.normalise("how did kim describe the ties? i need the exact quote").text).toBe("how did kim describe the ties? i need the exact quote");
    // One country's envoy for another, as the articles put it ("U.S. Special Representative for North Korea", "ambassador to China").
    expect(plain.normalise("who is the us north korea envoy").text).toBe("who is the US envoy for north korea");
    expect(plain.normalise("who is the nk china ambassador").text).toBe("who is the North Korea ambassador to china");
    expect(plain.normalise("who is the north korean ambassador").text).toBe("who is the north korean ambassador");
    // "the american nk envoy" is the United States envoy for North Korea, as news names the office ("the chinese nk envoy" stays Chinese).
    expect(plain.normalise("whats the american north korea envoy called").text).toBe("what is the United States envoy for north korea called");
    expect(answerer.answer("whats the american north korea envoy called").direct?.text).toBe("Sung Kim");
    // A learner's base verb after "who" asks who did it; "who can tell me" asks the channel, not who.
    expect(plain.normalise("who is sign the treaty for korea north?").text).toBe("who signed the treaty for korea north?");
    expect(plain.normalise("who is person sign the treaty from both side?").text).toBe("who signed the treaty from both side?");
    expect(plain.normalise("who was sign the treaty from china side").text).toBe("who signed the treaty from china");
    expect(plain.normalise("how many time the treaty was renewed").text).toBe("how many times the treaty was renewed");
    // A learner's "how much" before a unit counted is "how many" (not "how much time", a length).
    expect(plain.normalise("treaty is valid how much year").text).toBe("treaty is valid how many years");
    expect(answerer.answer("treaty is valid how much year").direct?.text).toBe("20 years");
    expect(plain.normalise("how much time does it last").text).toBe("how much time does it last");
    // A learner's order and words, read as news asks them: when it ends, whose kin, when a speech was made.
    expect(answerer.answer("when the treaty will finish").direct?.text).toBe("until Beijing and Pyongyang reach an agreement to amend or terminate it");
    expect(answerer.answer("kim il sung is who for kim jong un").direct?.text).toBe("grandfather");
    expect(answerer.answer("kim il sung was what to kim jong un").direct?.text).toBe("grandfather");
    // And the other way round: whose kin someone is.
    expect(answerer.answer("Kim Jong Un is grandson of who?").direct?.text).toBe("Kim Il Sung");
    expect(answerer.answer("when wang wenbin make the speech").direct?.text).toBe("Wednesday");
    // After "how", a rare word one letter from a measure is that measure ("manny" is a name); "singed" in a treaty question is "signed".
    expect(normalise("how manny times did trump meet kim")).toBe("how many times did trump meet kim");
    expect(normalise("how fat is kim")).toBe("how fat is kim");
    expect(answerer.answer("who singed the treaty").direct?.text).toBe("Zhou Enlai and North Korea's Kim Il Sung");
    // Whoever heads a department is its minister, as news titles one (it was refused).
    expect(plain.normalise("who heads the international department of the cpc").text).toBe("who is the minister of the international department of the cpc");
    expect(answerer.answer("who is the head of the international department").direct?.text).toBe("Song Tao");
    expect(plain.normalise("who bring the messages in beijing?").text).toBe("who brought the messages in beijing?");
    expect(plain.normalise("who can tell me when it was signed").text).toBe("when it was signed");
    // Who "spoke for" a body is its spokesman, not whoever spoke to someone.
    expect(plain.normalise("who spoke for the chinese foreign ministry").text).toBe("who is the spokesman for the chinese foreign ministry");
    expect(plain.normalise("who spoke for the first time").text).toBe("who spoke for the first time");
    // "the name of the guy who ...": who did it.
    expect(plain.normalise("wats the name of the guy who delivered xi's msg").text).toBe("who delivered xi's message");
    // "4" after "stands", "good": "for", not the number four.
    expect(plain.normalise("dprk stands 4 wat").text).toBe("dprk stands for what");
    expect(plain.normalise("how many yrs is the treaty good 4").text).toBe("how many years is the treaty good for");
    // Someone's "take on" a thing is their view of it, not "take on" (to tackle, "deal with").
    expect(plain.normalise("whats kim jong un's take on china").text).toBe("what is kim jong un's view on china");
    expect(plain.normalise("can china take on the us").text).toBe("can china take on the US");
    // Shorthand in the possessive: "kju's" is Kim Jong Un's.
    expect(plain.normalise("kim il sung is kju's what").text).toBe("kim il sung is Kim Jong Un's what");
    expect(plain.normalise("who signed the treaty orig").text).toBe("who signed the treaty originally");
    // A channel typed by its name tells where something was said: "someone said" is then the claim's opener.
    expect(plain.normalise("someone in #general said the treaty only lasts 10 yrs, true?").text).toBe("the treaty only lasts 10 years?");
    // A claim's tag before a question of its own: the claim's value is no word to find.
    // A length of years something lasts for, asked yes or no, is claimed too: "10" is no word to find.
    expect(plain.normalise("is the pact good for 10 years at a time or longer").claim).toBe(true);
    // Shorthand of news desks: "MFA", "dipl".
    expect(normalise("when did prc and dprk set up dipl relations, acc to the MFA")).toContain("diplomatic relations, according to the foreign ministry");
    // The open question offered as the other choice: the value before it is claimed, and the open question asked (it was refused).
    expect(normalise("hey bot was teh treaty signed in 1971 or when")).toBe("when was the treaty signed?");
    expect(answerer.answer("hey bot was teh treaty signed in 1971 or when").direct?.text).toBe("July 11, 1961");
    // A length claimed, then the length asked (it was refused on "10").
    expect(answerer.answer("is the treaty only 10 yrs long? how long does it actually last").direct?.text).toBe("20 years");
    expect(plain.normalise("is china still with nk after 60 years?").claim).toBe(false);
    // A statement typed to the bot without a question mark is put to it to check; a request is not.
    expect(plain.normalise("trump met kim 5 times").claim).toBe(true);
    expect(plain.normalise("the treaty was renewed in 1991 and 2011").claim).toBe(true);
    expect(plain.normalise("tell me about the 2001 renewal").claim).toBe(false);
    // Nor a verb with no one before it: "renewed in 2001" is words to find.
    expect(plain.normalise("renewed in 2001").claim).toBe(false);
    const claimed = plain.normalise("it was signed in 1965 right? and who signed it");
    expect(claimed.text).toBe("it was signed in 1965? and who signed it");
    expect(claimed.claim).toBe(true);
    expect(plain.normalise("nk will march fwd hand in hand w who").text).toBe("North Korea will march forward hand in hand with who");
    expect(plain.normalise("what did kim yo jong say about the treaty").text).toBe("what did kim yo jong say about the treaty");
  });

  it("spells out shorthand and contractions typed without an apostrophe", () => {
    expect(plain.normalise("who r the leaders that sent msgs abt the treaty").text).toBe("who are the leaders that sent messages about the treaty");
    expect(plain.normalise("didnt the us slap sanctions on nk").text).toBe("did not the US slap sanctions on North Korea");
    expect(plain.normalise("what'd xi say").text).toBe("what did xi say");
    expect(plain.normalise("what did wang say the us shd do").text).toBe("what did wang say the US should do");
    expect(plain.normalise("so theyve extended this thing before?? which years").text).toBe("they have extended this before?? which years");
    // "ought to" is what the articles write as "should" ("the US should attach importance to ...").
    expect(answerer.answer("what did wang reckon the americans ought to be doing").passages[0]?.text).toMatch(/^Wang noted that the US should/);
    expect(plain.normalise("biden n xi wil meet at wich summit").text).toBe("biden and xi will meet at which summit");
    expect(plain.normalise("what's the WPK").text).toBe("what is the WPK");
    // With an apostrophe, a pronoun's auxiliary is a word of its own: "it'll" is no rare name.
    expect(plain.normalise("what role does china say it'll play").text).toBe("what role does china say it will play");
    expect(plain.normalise("how did biden say he’d handle the threat").text).toBe("how did biden say he would handle the threat");
    expect(plain.normalise("they're allies, we've heard").text).toBe("they are allies, we have heard");
    expect(plain.normalise("who is the us special rep for nk").text).toBe("who is the US special representative for North Korea");
    expect(plain.normalise("xi kim meetups count acc to the handshake pic").text).toBe("xi kim meetings count according to the handshake photo");
    // "4" and "2" before a determiner or pronoun are "for" and "to", not counts.
    expect(plain.normalise("talk 2 them").text).toBe("talk to them");
    expect(plain.normalise("who spoke 4 the ministry").text).toBe("who is the spokesman for the ministry");
    expect(plain.normalise("what did xi say 2 him").text).toBe("what did xi say to him");
    expect(plain.normalise("the 2 leaders met").text).toBe("the two leaders met");
    // A date's day stays a figure: "july 7" is how the articles write it ("July 7 (UPI) --").
    expect(plain.normalise("which outlet ran the july 7 story").text).toBe("which outlet ran the july 7 story");
    expect(answerer.answer("which outlet ran the july 7 story saying beijing stands by the treaty").direct?.text).toBe("UPI");
    // A number with its unit glued on is two words: "20yrs", "12hr".
    expect(plain.normalise("is the treaty good for 20yrs").text).toBe("is the treaty good for 20 years");
    expect(plain.normalise("after a 12hr flight").text).toBe("after a 12 hour flight");
    // "obvs", "ofc": filler.
    expect(plain.normalise("obvs the treaty was renewed, ofc, but when").text).toBe("the treaty was renewed, , but when");
  });

  it("reads dates, decades and ages as the articles write them", () => {
    // Day first, as British members write it ("2 may be wrong" is no date); figures, month first unless only the other order is a date.
    expect(plain.normalise("signed on 11 july 1961").text).toBe("signed on july 11 1961");
    expect(plain.normalise("signed on the 11th of july").text).toBe("signed on july 11");
    expect(plain.normalise("answer 2 may be wrong").text).not.toContain("may 2");
    expect(plain.normalise("signed 7/11/61").text).toBe("signed july 11 1961");
    expect(plain.normalise("what happened on 25/12/2020").text).toBe("what happened on december 25 2020");
    // Decades counted are years; the treaty turning an age is that anniversary too, as the articles may write it (a person's age is not).
    expect(plain.normalise("is the pact good for two decades or a decade").text).toBe("is the pact good for 20 years or 10 years");
    expect(plain.normalise("the treaty turned sixty in 2021").text).toBe("the treaty turned 60 in 2021");
    expect(plain.normalise("the treaty turned sixty in 2021").paraphrases).toContainEqual({ start: 11, end: 20, words: "60th anniversary" });
    expect(plain.normalise("kim turned 37").paraphrases).toEqual([]);
    expect(top("so the treaty turned sixty in 2021 right")).toContain("60th anniversary");
    expect(answerer.answer("so the treaty was signed on 11 july 1961 is that right").direct?.text).toBe("July 11, 1961");
    expect(answerer.answer("is the pact good for like two decades or just ten yrs").direct?.text).toBe("20 years");
  });

  it("reads who talked about something as who said it, and a request for a source after the question as an aside", () => {
    expect(normalise("who talked abt the china nk friendship being made in blood")).toBe("who mentioned the china North Korea friendship being made in blood");
    // Not who talked with someone.
    expect(normalise("who talked to liu")).toBe("who talked to liu");
    expect(normalise("who confirmed the treaty is still in force? need a source pls")).toBe("who confirmed the treaty is still in force?");
    expect(top("who talked abt the china nk friendship being made in blood")).toContain("forged with blood");
  });

  it("reads years and counts said in words, as voice-to-text writes them", () => {
    expect(plain.normalise("signed in nineteen sixty one, renewed in nineteen eighty one and two thousand and one").text).toBe(
      "signed in 1961, renewed in 1981 and 2001",
    );
    expect(plain.normalise("after sixty years, the sixtieth anniversary").text).toBe("after 60 years, the 60th anniversary");
    // Heavy chat: "dat", "tht", "sez", "sum1", "who dat", "4 wat", "fm spokesguy".
    expect(plain.normalise("who dat us guy tht called liu").text).toBe("who is that us guy that called liu");
    expect(plain.normalise("kim sez da treaty is 4 wat").text).toBe("kim says the treaty is for what");
    expect(plain.normalise("whos da chinese fm spokesguy").text).toContain("chinese foreign ministry spokesman");
    // "acshually", "akshually": the meme's spelling of "actually", filler as the word is.
    expect(plain.normalise("have biden and xi acshually met yet").text).toBe("have biden and xi met yet");
    // A question put as a clause after "tell me" is asked as its blank; "what kim said about the treaty" stays (no blank in it).
    expect(plain.normalise("tell me what kim told his country to be ready for").text).toBe("kim told his country to be ready for what");
    expect(plain.normalise("tell me what kim called the dprk-china friendship").text).toBe("kim called the dprk-china friendship what");
    expect(plain.normalise("tell me what kim said about the treaty").text).toBe("what kim said about the treaty");
    // A yes-or-no aside after a comma is the member's guess, question mark or not ("..., is that just their communist party").
    expect(answerer.search.plan("whats the wpk, is that just their communist party under another name").guessFrom).toBeGreaterThan(0);
    // And whether someone guessed was part of it ("..., was mao involved at all"); not a question of its own ("..., did china respond").
    expect(answerer.search.plan("who signed it for china, was mao involved at all").guessFrom).toBeGreaterThan(0);
    expect(answerer.search.plan("what did kim say, did china respond").guessFrom).toBeUndefined();
    // Or the other choice offered after the comma ("..., or is it on autopay").
    expect(answerer.search.plan("when did they smash the renew button on this thing before, or is it on autopay").guessFrom).toBeGreaterThan(0);
    // A guess with a question word inside it is still a guess ("wang when bin": autocorrect's "wen"); "..., and when" asks.
    expect(answerer.search.plan("whos the chinese foreign ministry guy, wang when bin?").guessFrom).toBeGreaterThan(0);
    expect(answerer.search.plan("who signed it, and when?").guessFrom).toBeUndefined();
    // An office's possessive typed without its apostrophe before "name" asks its holder; "guys" stays as typed.
    expect(answerer.search.plan("whats the us envoys name").normalised).toBe("what is the US envoy's name");
    expect(answerer.answer("whats the us envoys name").direct?.text).toBe("Sung Kim");
    expect(answerer.search.plan("whats the us guys name").normalised).not.toContain("guy's");
    // So is what follows "let me guess", with or without its comma.
    for (const q of ["who's nk's main trading partner, lemme guess, switzerland", "who does most of nk's trading, let me guess narnia"]) {
      const plan = answerer.search.plan(q);
      expect(plan.normalised.slice(plan.guessFrom)).toMatch(/^(?:switzerland|narnia)$/);
    }
    // Initials of three letters or more typed with stops are the letters.
    expect(plain.normalise("when did the u.p.i. story come out, the D.P.R.K. one").text).toBe("when did the upi story come out, the DPRK one");
    // "U.S." typed with its stop keeps one stop.
    expect(plain.normalise("ask the u.s about it, the U.S. is big").text).toBe("ask the U.S. about it, the U.S. is big");
    // A likeness that ends its sentence says nothing asked; one asked about stays.
    expect(plain.normalise("this treaty keeps getting renewed like a netflix sub. which years did they renew it?").text).toBe("this treaty keeps getting renewed. which years did they renew it?");
    // Or the message, a few words long: "... or did it get cancelled like a netflix show after s1".
    expect(plain.normalise("so is this alliance still on or did it get cancelled like a netflix show after s1").text).toBe("is this alliance still on or did it get cancelled");
    // Or after the pronoun the verb acts on (not "is it like a defense pact?", below).
    expect(plain.normalise("yo is the treaty still a thing or did they cancel it like a bad netflix show").text).toBe("is the treaty still a thing or did they cancel it");
    // Words a phone heard for the treaty: "tree tea".
    expect(answerer.answer("which year the tree tea between china and north korea was make").direct?.text).toBe("1961");
    // Or after the question's comma, "like a" something to the end; "like the premier?" stays a guess.
    expect(plain.normalise("when was the last time they renewed this thing, like a netflix sub nobody remembers to cancel").text).toBe("when was the last time they renewed this");
    expect(plain.normalise("who signed it, like the premier?").text).toContain("premier");
    expect(plain.normalise("is it like a defense pact?").text).toBe("is it a defense pact?");
    // So does a likeness to the asker's own things ("like my free trial of crunchyroll"), while "like the 50th?" is a guess.
    expect(plain.normalise("is the treaty still on or did it expire like my free trial of crunchyroll").text).toBe("is the treaty still on or did it expire");
    expect(plain.normalise("which anniversary was this even, like the 50th?").text).toContain("the 50th");
    // A likeness to something no article knows, ending the message, is the asker's aside too, however it is put;
    // one in the articles' words asks which ("like the last time"), and "goes along with" is to comply.
    const asked = (q: string) => answerer.search.plan(q).normalised;
    expect(asked("is the treaty still on or did it expire along with myspace")).toBe("is the treaty still on or did it expire");
    expect(asked("is this the only defense treaty they have or do they collect them like pokemon cards")).toBe("is this the only defense treaty they have or do they collect them");
    expect(asked("who delivered the anniversary msgs between xi and kim, like the uber eats drivers of diplomacy")).toBe("who delivered the anniversary messages between xi and kim");
    expect(asked("who even trades with north korea, their shop must be emptier than a no man's sky launch")).not.toContain("sky");
    expect(asked("who delivered the msgs between xi and kim, basically the worlds most stressed mailmen")).toBe("who delivered the messages between xi and kim");
    expect(asked("when was it renewed, like the last time")).toContain("last time");
    expect(asked("the us just goes along with the un sanctions on nk and has none of its own right?")).toContain("un sanctions");
    // A count of years before "anniversary" is its ordinal.
    expect(plain.normalise("60 year anniversary of treaty, the 61-yr anniv").text).toBe("60th anniversary of treaty, the 61st anniversary");
    // Not a count of years or an anniversary: left in words.
    expect(plain.normalise("one of the two sides").text).toBe("one of the two sides");
  });

  it("reads a year written with two digits after a word of time, not a count or a decade", () => {
    expect(plain.normalise("who signed it in 61").text).toBe("who signed it in 1961");
    expect(plain.normalise("the '61 treaty, renewed in 81 and '01").text).toBe("the 1961 treaty, renewed in 1981 and 2001");
    expect(plain.normalise("since 49?").text).toBe("since 1949?");
    expect(plain.normalise("how did china describe the 61 deal").text).toBe("how did china describe the 1961 deal");
    expect(plain.normalise("how did beijing's spokesman hype up the original 61 deal").text).toBe("how did beijing's spokesman hype up the original 1961 deal");
    expect(answerer.answer("how did beijing's spokesman hype up the original 61 deal").answered).toBe(true);
    expect(plain.normalise("does it end in 20 yrs or in 60 days").text).toBe("does it end in 20 years or in 60 days");
    // "back" before a year only says it was long ago.
    expect(plain.normalise("who signed it back in 61").text).toBe("who signed it in 1961");
    // Intensifiers and "anyway" carry no question.
    expect(plain.normalise("why does nk need china so bad anyway").text).toBe("why does North Korea need china");
    // News spells out numbers under ten before what they count; a title keeps its digit.
    expect(plain.normalise("why are the msgs between the 2 leaders a big deal").text).toBe("why are the messages between the two leaders a big deal");
    expect(plain.normalise("best loadout in ace combat 7? its 9:30, 2.5 hrs").text).toBe("best loadout in ace combat 7? its 9:30, 2.5 hours");
    // A learner's word order: the doer or the meaning asked last.
    expect(plain.normalise("treaty sign who").text).toBe("who signed treaty?");
    expect(plain.normalise("the treaty signed by who?").text).toBe("who signed the treaty?");
    expect(plain.normalise("what is mean dprk").text).toBe("what does dprk mean?");
    // "where" misspelt as another word, opening a question before its verb; not "were" opening one.
    expect(plain.normalise("wear are the two presidents expected to meet up").text).toBe("where are the two presidents expected to meet up");
    expect(plain.normalise("were the messages delivered in beijing?").text).toBe("were the messages delivered in beijing?");
    // And the ordinals under ten ("the first renewal"); not a date's day, nor the count of an anniversary a claim states.
    expect(plain.normalise("in what year was the 1st renewal").text).toBe("in what year was the first renewal");
    expect(plain.normalise("signed on july 1st 1961 or the 21st").text).toMatch(/july 1st 1961 or the 21st/);
    expect(plain.normalise("ambassador spoke on the 5th anniv of xi's visit or?").text).toMatch(/the 5th anniversary/);
    // A decade likewise: "back in the 30s" is the 1930s.
    expect(plain.normalise("ties back in the 30s, or the '90s").text).toBe("ties back in the 1930s, or the 1990s");
  });

  it("reads a cleft as the plain question ('who was the guy who signed it' asks who signed it)", () => {
    expect(plain.normalise("who was the guy who signed it").text).toBe("who signed it");
    expect(plain.normalise("which was the country that renewed it first").text).toBe("which renewed it first");
    // Its "guys" taken first as filler: "who were the that originally signed" asked no act.
    expect(answerer.answer("who were the guys that originally signed the treaty").direct?.text).toBe("Zhou Enlai and North Korea's Kim Il Sung");
  });

  it("reads a country's side as the country ('signed by who on the chinese side'), and keeps any other side", () => {
    expect(plain.normalise("signed by who on the chinese side").text).toBe("who signed on the chinese");
    expect(plain.normalise("nk side signer who").text).toBe("North Korea signer who");
    expect(plain.normalise("what did the north korean side say").text).toBe("what did the north korean say");
    expect(plain.normalise("whose side is china on").text).toBe("whose side is china on");
    expect(plain.normalise("did both sides renew it").text).toBe("did both sides renew it");
    // The articles' answer ranks first, not "The Chinese side stands ready ...", which only shares the words.
    expect(answerer.answer("signed by who on the chinese side like which premier").passages[0]!.text).toMatch(/^Signed by former Chinese Premier Zhou Enlai/);
  });

  it("undoes stretched letters, keeping a double letter only where it makes a word", () => {
    expect(plain.normalise("whennnn was it renewed").text).toBe("when was it renewed");
    expect(plain.normalise("is it stilll on").text).toBe("is it still on");
  });

  it("keeps filler words that are part of an everyday phrase", () => {
    // "thing" is filler, but "still a thing" means the treaty remains in effect.
    const n = plain.normalise("is the pact still a thing");
    expect(n.text).toBe("is the pact still a thing");
    expect(n.paraphrases.map((p) => p.words)).toContain("remains in effect");
    expect(plain.normalise("whats the thing with the pact").text).toBe("what is with the pact");
  });

  it("finds a phrase however the question's words were rewritten first, and takes the lexicon's own words for no typos", () => {
    const paraphrases = (q: string) => answerer.search.plan(q).paraphrases.map((p) => p.words);
    // "wont talk" is read "will not talk" before phrases are looked for; so is the phrase.
    expect(paraphrases("nk wont talk to the us")).toContain("ruled out any contact");
    // "presser" is the lexicon's word, not a typo of "pressed".
    expect(paraphrases("what did they say at the presser")).toContain("press briefing");
    expect(paraphrases("china pressed nk")).not.toContain("press briefing");
    // Nor the words of a name's variants: "pyong yang" is Pyongyang, not a typo of "Ryong" (Ri Ryong Nam).
    expect(answerer.search.plan("when did xi visit pyong yang").normalised).toBe("when did xi visit pyong yang");
    expect(answerer.answer("WHEN did xi visit pyong yang? the handshake pic one").direct?.text).toBe("June 21, 2019");
    // Across a hyphen, as the lexicon writes it with a space (this threw before).
    expect(paraphrases("is the treaty still-on")).toContain("remains in effect");
    expect(answerer.answer("is the treaty still-on").answered).toBe(true);
    // A noun for the act ("handshake") is the article's verb phrase ("shakes hands").
    expect(paraphrases("the xi kim handshake")).toContain("shakes hands");
    // Who speaks for a ministry is its spokesman.
    expect(answerer.answer("who spoke 4 the prc foreign ministry abt treaty").passages[0]?.text).toMatch(/Foreign Ministry spokesman|foreign ministry spokesman/);
    expect(answerer.answer("in the handshake photo, where was xi?").passages[0]?.text).toMatch(/shakes hands/);
    // Ending the treaty in chat's words is its "termination".
    expect(answerer.answer("so wat would it actually take to kill the treaty according to the chinese").passages[0]?.text).toMatch(/until (?:agreement is reached on its amendment or termination|Beijing and Pyongyang reach an agreement to amend or terminate it)/);
    // What goes on in the background is the articles' backdrop: "These are against the backdrop of issues ... For the North, it is the nuclear talks ...".
    expect(answerer.answer("and for the north koreans whats going on in the background").passages[0]?.text).toMatch(/For the North, it is the nuclear talks/);
    // "gg" is filler; to "open ties" is to establish relations; "teamed up" is cooperation.
    expect(answerer.answer("so what would it actually take for this pact to end, gg or nah").answered).toBe(true);
    expect(answerer.answer("what year did beijing and pyongyang officially open ties").direct?.text).toBe("1949");
    // A "military alliance" is the articles' "defense treaty"; to "prep for" is to be "ready for".
    expect(answerer.answer("is this like the only military alliance either of them has??").passages[0]?.text).toMatch(/only defense treaty China and North Korea have with any nation/);
    expect(answerer.answer("did kim say nk should only prep for war? my bro keeps saying that").passages[0]?.text).toMatch(/ready for “both dialogue and confrontation/);
    // What the treaty "is for" is its purpose.
    expect(answerer.answer("what did kju say the treaty is for").passages[0]?.text).toMatch(/the treaty's purpose is to defend socialism and peace in Asia/);
    // What someone has "been up to" is what they are "engaging in".
    expect(answerer.answer("what's liu xiaoming been up to according to the spokesman").passages[0]?.text).toMatch(/actively engaging in communication with various parties/);
    // How long it is good "before it needs renewing", or how long "each renewal lasts", is how long it is valid for.
    expect(answerer.answer("how long is the treaty good for before it needs renewing").direct?.text).toBe("20 years");
    expect(answerer.answer("each renewal lasts how long").direct?.text).toBe("20 years");
    expect(answerer.answer("how long is each term").direct?.text).toBe("20 years");
    // To "lead the sanctions" is to have "spearheaded those sanctions".
    expect(answerer.answer("who lead the sanctions against pyongyang?").direct?.text).toBe("The US");
    // A country's "point man" is its special representative ("man" alone is filler).
    expect(answerer.answer("whos beijing's point man on nk rn").direct?.text).toBe("Liu Xiaoming");
    // What happened before something is what it "comes after".
    expect(answerer.answer("what happened right before china reaffirmed its ties with pyongyang").passages[0]?.text).toMatch(/^The affirmation of strong ties with Pyongyang comes after/);
  });

  it("reads a treaty's term as the articles' validity", () => {
    expect(answerer.answer("how many years is each term").direct?.text).toBe("20 years");
    expect(answerer.answer("whats the term length").direct?.text).toBe("20 years");
  });

  it("reads being willing to talk as the articles say it of Biden and of the US envoy", () => {
    // "The White House claimed that Biden was open to negotiations ..." (not only "the willingness ... to meet the North for dialogues").
    expect(top("is biden down to talk w nk or nah")).toMatch(/^The White House claimed that Biden was open to negotiations/);
  });

  it("finds an everyday phrase typed in another form of its words ('making up' for 'make up')", () => {
    const words = (q: string) => plain.normalise(q).paraphrases.map((p) => p.words);
    expect(words("did wang say anything about the two koreas making up")).toEqual(["reconciliation"]);
    expect(words("who's leading the sanctions push on nk")).toContain("spearheaded those sanctions");
    // As the lexicon writes it first: "teaming up" has its own entry.
    expect(plain.normalise("why are they teaming up").paraphrases.map((p) => p.words)).toEqual([lexicon.chat.phrases["teaming up"]]);
  });

  it("finds everyday phrases and demonyms for the planner", () => {
    const n = plain.normalise("is the chinese alliance still on");
    expect(n.paraphrases.map((p) => p.words)).toContain("remains in effect");
    expect(n.demonyms.map((d) => d.places)).toEqual([["China"]]);
  });

  it("reads chat idioms as the articles put them ('fizzled out': hampered further diplomacy; 'facebook official': diplomatic relations)", () => {
    const top = (q: string) => answerer.answer(q).passages[0]?.text ?? "";
    expect(plain.normalise("why did the trump kim talks fizzle out").paraphrases.map((p) => p.words)).toEqual(["hampered"]);
    expect(plain.normalise("when did china and nk go facebook official").paraphrases.map((p) => p.words)).toEqual(["established diplomatic relations"]);
    expect(top("why did the whole trump kim bromance fizzle out")).toMatch(/hampered further diplomacy/);
  });

  it("drops a request whose verb went as filler ('could you explain why ...')", () => {
    expect(answerer.search.plan("Could you explain why one expert considers the closer relationship problematic?").normalised).toBe("why one expert considers the closer relationship problematic?");
  });

  it("drops an apology and the asker's errand around the question", () => {
    expect(answerer.search.plan("hey guys sorry for the dumb question but im writing an essay and need to know who actually signed the treaty back then, like the names").normalised).toMatch(/^(?:but )?who signed the treaty/);
  });

  it("keeps the claims before a question that asks nothing of its own ('my friend says 1953, i say 1961. who's right', '... when was it')", () => {
    const disputed = "@bot my friend says the treaty was signed in 1953 right after the korean war, i say 1961. who's right";
    expect(answerer.search.plan(disputed).normalised).toContain("1961");
    expect(answerer.answer(disputed).passages.slice(0, 3).some((p) => /\b1961\b/.test(p.text))).toBe(true);
    expect(answerer.answer("bro says china and nk only set up diplomatic relations in the 60s w/ the treaty, i say way earlier. when was it").direct?.text).toBe("1949");
    // The last sentence is the question: "... i think there was an earlier one too. who's right".
    expect(answerer.search.plan("my buddy says they only ever renewed it once, in 2001. i think there was an earlier one too. who's right").normalised).toContain("2001");
    // "the real date" asks the real one of what was claimed: the claim stays (it was left as "what is the real exact date").
    expect(answerer.search.plan("my uncle insists it got signed on feb 30th. whats the real date").normalised).toContain("signed");
    // "my buddy swears ...": whoever told the asker, a claim to check, not the asker's own affairs.
    expect(answerer.search.plan("my buddy swears the exact signing date was july 11 1961, is he right or is he making it up").normalised).not.toContain("buddy");
    // Or asks only that, going on with "but": "kim first went to china riding a dragon in 1066, i know. but when was it really".
    expect(answerer.search.plan("kim first went to china riding a dragon in 1066, i know. but when was it really").normalised).toContain("kim first went to china");
    // Or asks only the kind of answer: "what date was it actually".
    expect(answerer.answer("hey bot me n jay r arguing, he says it got signed july 1 and i say july 11. what date was it actually").direct?.text).toBe("July 11, 1961");
    // "though" last is the asker's tone: "who is ri ryong nam tho" asks who he is.
    expect(answerer.answer("who is ri ryong nam tho").direct?.text).toMatch(/ambassador to China/);
    // (And the person described after the comma is no part of what is asked.)
    expect(answerer.search.plan("who is ri ryong nam tho, the guy with song tao").normalised).toBe("who is ri ryong nam");
    expect(answerer.answer("who is ri ryong nam tho, the guy with song tao").direct?.text).toMatch(/ambassador to China/);
    // Members named by each other are whoever says it ("mo" is no "month"), and "who's right" asks no person: the claims are what is asked.
    const settle = answerer.search.plan("what does wpk stand for, mo says workers party of korea, ned says its something else");
    expect(settle.normalised).toMatch(/^what does wpk stand for, workers party of korea\b/);
    expect(answerer.search.plan("jo says biden n xi r gonna meet at the g20, max says apec, who's right").normalised).toBe("biden and xi are going to meet at the g20, someone says apec");
    expect(answerer.answer("ali says trump met kim twice, sara says three times, who is right lol").passages[0]?.text).toMatch(/met with Kim three times/);
    // The first member's claim is read as the question it answers, as "my friend says ..." is.
    expect(answerer.search.plan("sam thinks kim jong il signed it for nk, ana thinks it was kim il sung, settle this pls").normalised).toMatch(/^who signed it for North Korea\b/);
    // A chat log pasted as lines: each line a sentence, the speakers' labels no words of it, the members' lines context.
    const log = answerer.search.plan("jay: pretty sure the treaty is from like 1953 / kev: nah its later than that / jay: ok wat year was it signed then @bot settle this");
    expect(log.normalised).toBe("the treaty is from 1953. its later than that. what year was it signed then");
    expect(log.answerType).toBe("time");
    expect(answerer.search.plan("jay: the treaty is from 1953\nkev: nah its later\njay: what year was it signed").normalised).toBe("the treaty is from 1953. its later. what year was it signed");
    // Its lines' time stamps, names in angle brackets and the headers Discord pastes are no words of it either.
    expect(answerer.search.plan("[9:14 PM] dano: they redo the treaty every ten yrs right\n[9:15 PM] mirk: nah i think it was 1971 and 1991\n[9:15 PM] dano: @bot which years did they actually renew the thing").normalised).toBe("they redo the treaty every 10 years right. i think it was 1971 and 1991. which years did they renew");
    expect(answerer.answer("[12:01] <kezza> the og treaty was signed by mao himself\n[12:02] <wolfie> no way it was mao lol\n[12:02] <kezza> ok then who signed it for the chinese side, bot?").direct?.text).toBe("Zhou Enlai");
    expect(answerer.search.plan("mirk — Today at 3:02 PM\nwhen did they renew the treaty\ndano — Today at 3:03 PM\nno clue tbh").normalised).not.toMatch(/today|mirk|dano|3:0/i);
    // In a log of several speakers, a label that is shorthand for an everyday word is a name too ("y" is no "why").
    expect(answerer.search.plan("x: choe son hui was the one who said talks w the us get them nowhere\ny: nope diff person\n@bot who actually said it").normalised).toBe("chou son hui said talks with the US get them nowhere. nope diff person. who said it");
    // Nor the lines Telegram and Slack paste over a member's messages.
    expect(answerer.search.plan("Artem, [14.06.2026 09:12]\nits just a friendship thing\n\nSasha, [14.06.2026 09:13]\nno theres a defence clause\n\nwhat does the treaty say about an attack").normalised).not.toMatch(/artem|sasha|09:1/i);
    expect(answerer.search.plan("mei  3:05 PM\nchinas nk envoy is wang yi right\nsam  3:06 PM\nno thats the fm\nwho is china's special representative for north korea").normalised).not.toMatch(/mei|sam|3:0/i);
    // Nor the line Discord pastes over a reply, nor a name in angle brackets opening a message of one line.
    expect(answerer.search.plan("Replying to @kev\nthe treaty is from 1953\nkev — Today at 9:40 PM\nwhat year was it signed").normalised).toBe("the treaty is from 1953. what year was it signed");
    expect(answerer.answer("<qq> whats kcna stand for, i keep seeing it").direct?.text).toBe("Korean Central News Agency");
    // A line that opens on a question word is a question, and the next member's line a guess after it.
    expect(answerer.answer("mirk — Today at 3:02 PM\nwhen was the last time it got extended before this year\ndano — Today at 3:03 PM\n2011 i thought??\nmirk — Today at 3:03 PM\nbot settle it pls").direct?.text).toBe("2001");
    // A label the articles use is a word of the question: "wpk: what does it stand for".
    expect(answerer.search.plan("wpk: what does it stand for").normalised).toContain("wpk");
    // A member mentioned before what they say too.
    expect(answerer.answer("@jay says the treaty was signed in 1949, i say 1961. who's right").direct?.text).toBe("July 11, 1961");
    // Not a country, nor anyone the articles name: "japan said what", "kim says".
    expect(answerer.search.plan("and japan said what about the anniversary").normalised).toContain("japan said");
    expect(answerer.search.plan("wang said what about the treaty").normalised).toContain("wang said");
    // A question of its own after the asker's sentence stays alone.
    expect(answerer.search.plan("my teacher is obsessed with this stuff. who signed the treaty").normalised).toBe("who signed the treaty");
  });

  it("reads who 'played messenger' as who delivered", () => {
    expect(answerer.answer("who played messenger for the letters").direct?.text).toMatch(/^Song Tao\b/);
  });

  it("reads 'long term' as no word of the question, and no length asked ('whats the long term goal for korea')", () => {
    expect(answerer.answer("whats the long term goal for korea").passages[0]!.sentence.text).toMatch(/^The intention is to/);
  });

  it("reads 'come into force' as the signing, but 'hostile forces' as no signing", () => {
    expect(answerer.answer("when did the treaty come into force").passages.slice(0, 3).some((p) => /1961/.test(p.text))).toBe(true);
    expect(answerer.answer("when did kim jong un talk about hostile forces").direct?.text).not.toBe("July 11, 1961");
  });

  it("reads advice as what someone says another should do ('Wang noted that the US should ...')", () => {
    expect(answerer.answer("beijing gave washington some advice abt nk, what was it").passages[0]!.sentence.text).toMatch(/^Wang noted that the US should/);
  });

  it("reads an 'approach' or 'strategy' as the articles' 'policy'", () => {
    expect(answerer.answer("what did pyongyang call biden's approach").direct?.text).toBe("hostile policy");
  });

  it("reads where someone 'went' as a visit ('During a visit to Seoul, the US special representative ...')", () => {
    expect(answerer.answer("where did the us envoy go").direct?.text).toBe("Seoul");
  });

  it("reads the question after an aside and 'but', unless it points back to the aside", () => {
    expect(answerer.answer("hey guys sorry if this was asked already but does anyone know who delivered the anniversary messages between xi and kim").direct?.text).toMatch(/^Song Tao, .* and Ri Ryong Nam$/);
    expect(answerer.search.plan("i get that kim sent a letter, but who was he writing to").normalised).toMatch(/\bkim\b/);
  });

  it("reads the question after an aside set off by a colon, not after a source named there", () => {
    expect(answerer.answer("yo quick q for my poli sci class: what year did china and north korea establish diplomatic relations").direct?.text).toBe("1949");
    expect(answerer.search.plan("the upi story: who is liu xiaoming").sources.length).toBeGreaterThan(0);
  });

  it("reads the question a member asks to be told: 'do u know when ...', 'help me understand why ...'", () => {
    expect(normalise("do u know when it was last renewed before the 60th anniversary")).toBe("when it was last renewed before the 60th anniversary");
    expect(normalise("is it possible to know who called the korean peninsula chinas doorstep")).toBe("who called the korean peninsula chinas doorstep");
    expect(normalise("help me understand why pyongyang got mad at biden")).toBe("why pyongyang got mad at biden");
    expect(normalise("do you know the exact date the treaty got signed")).toBe("what is the exact date the treaty got signed");
    expect(answerer.answer("wondering if u know when xi went to pyongyang").direct?.text).toBe("June 21, 2019");
    // A name, then "who is that": who the name is (it answered "Song Tao", the other deliverer, for Ri Ryong Nam).
    expect(normalise("ri ryong nam who is that")).toBe("who is ri ryong nam?");
    expect(answerer.answer("ri ryong nam who is that").direct?.text).toMatch(/ambassador to China$/);
    // "how far back do X go": how far X go back, as the articles' "date back" (it answered 1961, the treaty's year).
    expect(answerer.answer("how far back does the whole china nk bromance actually go").passages[0]?.text).toMatch(/date back to the 1930s/);
    // Someone else's knowing is what is asked: "does kim know who ..." stays.
    expect(normalise("does kim know who delivered the messages")).toBe("does kim know who delivered the messages");
    // "what that expert said" is the expert's words, not which expert (it was refused as an office's holder untold).
    expect(answerer.answer("id love to know what that expert said abt china and nk getting closer").passages[0]?.text).toMatch(/^As expert comments/);
  });

  it("reads the question someone put to the asker: 'she asked me when ...'", () => {
    expect(answerer.search.plan("ok so my cousin is doing a school project on east asia and she asked me when the china north korea treaty was first signed").normalised).toMatch(/^when the china north korea treaty was first signed/);
    expect(answerer.answer("ok so my cousin is doing a school project on east asia and she asked me when the china north korea treaty was first signed, i said 1950s but idk").direct?.text).toBe("1961");
  });

  it("reads 'what is X for' as X's purpose, the articles' word ('the treaty's purpose is to defend ...')", () => {
    expect(answerer.search.plan("what's the treaty for, according to kim").normalised).toMatch(/^what is the purpose of the treaty/);
    expect(answerer.answer("according to kim what is the treaty for").passages[0]!.sentence.text).toMatch(/the treaty's purpose is to defend socialism/);
    // Not "what's that stand for".
    expect(answerer.search.plan("wpk what's that stand for").normalised).not.toMatch(/purpose/);
  });

  it("reads 'let nk' and 'ok with' as permitting, as the articles put it", () => {
    for (const q of ["would china let nk keep nukes", "china ok with nk cutting nukes in exchange for what"]) {
      expect(answerer.answer(q).passages[0]!.sentence.text).toMatch(/^Liu told the U\.S\. envoy that China would permit Pyongyang/);
    }
  });

  it("reads 'still back the treaty' as standing by it, not as backing something else", () => {
    // Not "Campbell also said the United States does not support Taiwan independence": "back" alone is "support".
    expect(answerer.answer("does beijing still back the treaty or nah").passages[0]!.sentence.text).toMatch(/remains in effect, Beijing said/);
  });
});

describe("names spelt as members spell them (corpus/aliases.json)", () => {
  it("reads the countries' own names and other romanisations ('zhongguo', 'chosun', 'bukhan', 'kim jeong-eun')", () => {
    expect(answerer.answer("who is zhongguo special representative for the NK").direct?.text).toBe("Liu Xiaoming");
    expect(answerer.answer("when zhongguo and chosun establish diplomatic relation").direct?.text).toBe("1949");
    expect(answerer.answer("bukhan foreign minister name who, the one rule out contact with US").direct?.text).toBe("Ri Son-gwon");
    expect(answerer.answer("kim jeong-eun first time visit china when").direct?.text).toBe("March 2018");
  });

  it("reads 'kim jung un', 'xi jin ping' and 'chou en-lai' as the leaders, not as 'june' and the UN", () => {
    const plan = answerer.plan("when did kim jung un first go to china");
    expect(plan.concepts.map((c) => c.surface)).not.toContain("un");
    expect(answerer.answer("when did kim jung un first go to china").direct?.text).toBe("March 2018");
    expect(answerer.answer("who signed the treaty with chou en-lai").direct?.text).toMatch(/Kim Il Sung/);
    expect(answerer.plan("what did xi jin ping say").concepts.map((c) => c.surface)).toEqual(["xi jin ping"]);
  });

  it("reads a name typed as it sounds, word by word, as the name ('kim jong oon', 'kim jung eun', 'shee jin ping', 'lew shiao ming', 'bi den'), and 'jong un' alone as Kim Jong-un", () => {
    const normalised = (q: string) => answerer.plan(q).normalised;
    expect(normalised("how many times did donald trump meet kim jong oon")).toBe("how many times did donald trump meet kim jong un");
    expect(normalised("what did shee jin ping say")).toBe("what did xi jin ping say");
    // The variant with most words as written: "kim jung un".
    expect(normalised("what did kim jung eun say")).toBe("what did kim jung un say");
    // A common word is itself, and a name typed as the alias file writes it stays.
    expect(normalised("did kim jong in 2019 visit")).toBe("did kim jong in 2019 visit");
    expect(normalised("zhou en lie signed it")).toBe("zhou en lie signed it");
    expect(normalised("kim jong un")).toBe("kim jong un");
    // A name's word typed in two parts ("shiao ming" for Xiaoming, "wen bin" before shorthand reads "wen" as "when"); a one-word name only from two words that make it.
    expect(normalised("wat did lew shiao ming tell the us guy")).toBe("what did liu xiaoming tell the US guy");
    expect(normalised("whos the chinese foreign ministry guy, wang wen bin?")).toBe("who is the chinese foreign ministry guy, wang wenbin?");
    expect(normalised("how did bi den say he would handle it")).toBe("how did biden say he would handle it");
    expect(answerer.answer("how many times did donald trump meet kim jong oon").direct?.text).toMatch(/three times/);
    expect(answerer.answer("what did jong un tell his country to be ready for").passages[0]?.text).toMatch(/^Kim Jong-un cautioned his country/);
  });
});

describe("spelling", () => {
  const articleWords = new Set(["treaty", "beijing", "delivered"]);
  const speller = new SpellingCorrector((w) => articleWords.has(w));
  it("corrects a typo one edit from a word of the articles or a common word, and leaves unknown names alone", () => {
    expect(speller.correctText("traety")).toBe("treaty");
    expect(speller.correctText("beijng deliverd")).toBe("beijing delivered");
    expect(speller.correctText("acutally")).toBe("actually");
    // A long word typed in two parts, one of them no word, is the word.
    expect(speller.correctText("the korean penin sula")).toBe("the korean peninsula");
    expect(speller.correctText("un sanc tions")).toBe("un sanctions");
    expect(speller.correctText("medvedev blinken")).toBe("medvedev blinken");
    // A four-letter word one letter from an everyday word is likelier a name ("choe" is no "shoe"), unless
    // it is a typo of the articles' word or two letters swapped.
    expect(speller.correctText("choe suga wnat")).toBe("choe suga want");
    // A short word with a vowel dropped from one of the commonest words, as chat shortens them; not a name's letters ("liu", "sng").
    expect(speller.correctText("have they evn met, did trump evr tlk to him")).toBe("have they even met, did trump ever talk to him");
    // (Nor a vowel doubled: "ned" says something, he is no "need".)
    expect(speller.correctText("liu sng ned")).toBe("liu sng ned");
    expect(answerer.answer("have bidne and xi evn met yet").answered).toBe(true);
  });
  it("reads a word spelt as it sounds, two or more letters from the article word, as that word ('sankshuns', 'ambasader', 'shinhua')", () => {
    const normalised = (q: string) => answerer.search.plan(q).normalised;
    expect(normalised("why is north korea under sankshuns")).toBe("why is north korea under sanctions");
    expect(normalised("whos the north korean ambasader to china")).toBe("who is the north korean ambassador to china");
    expect(normalised("what did shinhua say xi told kim")).toBe("what did xinhua say xi told kim");
    expect(normalised("whos chinas speshul envoy")).toMatch(/\bspecial envoy$/);
    // "tsh" heard as "sh", and a past tense whose "d" follows a vowel.
    expect(normalised("y is nk under un sanctshuns")).toMatch(/\bsanctions$/);
    expect(normalised("when was it last renood")).toMatch(/\brenew\w*$/);
    // A name the articles never use, and a word that sounds like an article word but is letters away from it, stay as typed.
    expect(normalised("what did blinken say")).toBe("what did blinken say");
    expect(normalised("2021 was the whatth anniversary")).toContain("whatth");
    // And the answer is the article's: who led the sanctions.
    expect(answerer.answer("which country led the sankshuns on nk").direct?.text).toBe("US");
  });
  it("reads an exact name word before a word the articles use only by its stem, between two one edit away ('bidne' is Biden)", () => {
    expect(answerer.search.plan("have bidne and xi evn met yet").normalised).toContain("biden");
  });
  it("keeps the typed first letter between two article words one edit away ('tready' is treaty, not ready)", () => {
    const both = new SpellingCorrector((w) => ["treaty", "ready"].includes(w));
    expect(both.correctText("tready")).toBe("treaty");
    expect(both.correctText("rteaty")).toBe("treaty");
  });
  it("corrects to an article word before a word only the chat lexicon knows ('trmp' is Trump, not the lexicon's 'trip')", () => {
    const withLexicon = new SpellingCorrector((w) => w === "trump", (w) => w === "trip" || w === "presser");
    expect(withLexicon.correctText("did trmp meet kim")).toBe("did trump meet kim");
    // A lexicon word is no typo, and still a correction when no article word is one edit away.
    expect(withLexicon.correctText("presser pressser")).toBe("presser presser");
  });
  it("reads a word everyday English never writes, one edit from a name word, as the name ('kurt campbel', 'pyongyong')", () => {
    const names = new SpellingCorrector((w) => ["campbel", "pyongyang", "china"].includes(w), () => false, new Set(["campbell", "pyongyang", "china"]));
    // ("campbel" reads as an article word by its stem, "Campbell"'s.)
    expect(names.correctText("what did kurt campbel say")).toBe("what did kurt campbell say");
    expect(names.correctText("when did xi visit pyongyong")).toBe("when did xi visit pyongyang");
    // A possessive without its apostrophe stays one.
    expect(names.correctText("chinas doorstep")).toBe("china's doorstep");
    // From the alias file: a person's own long name word names them alone ("lu xiaoming" is Liu Xiaoming), once beside another mention of them.
    // (Or, with "lu" sounding as "liu", the whole name: see `nameSounds.ts`.)
    expect(answerer.search.plan("what did lu xiaoming tell the american envoy").concepts.some((c) => c.person && /\bxiaoming$/.test(c.surface))).toBe(true);
    expect(answerer.search.analyzer.entities("President Xi Jinping").length).toBe(1);
    // A short word no one writes just before that name word is its other part misspelt: "zi" is no concept of its own ("wang yi" stays two).
    expect(answerer.search.plan("what did zi jinping say he wants to do with the relationship").concepts.map((c) => c.surface)).not.toContain("zi");
    expect(answerer.search.plan("what did wang yi say about the treaty").concepts.map((c) => c.surface)).toContain("yi");
  });
  it("reads chat spellings of question words: 'hw far', 'stand 4', 'whr wer', 'minster'", () => {
    const normalised = (q: string) => answerer.search.plan(q).normalised;
    expect(normalised("hw far bak do the ties go")).toBe("how far back do the ties go back");
    expect(normalised("wat dos dprk stand 4")).toMatch(/stand for$/);
    expect(normalised("whr wer the msgs delivrd")).toMatch(/^where were the messages/);
    expect(normalised("wat did nks forign minster say")).toMatch(/foreign minister/);
    // Elsewhere "hw" is homework.
    expect(normalised("hw help pls")).toMatch(/homework/);
  });
  it("reads the word after 'how' as the measure asked when it is one edit from one, however short", () => {
    expect(speller.correctText("how lon is the treaty")).toBe("how long is the treaty");
    expect(speller.correctText("how mch and how ofen")).toBe("how much and how often");
    // Elsewhere a short word is no such typo ("lon" may be a name).
    expect(speller.correctText("lon nol")).toBe("lon nol");
  });
  it("gives back a dropped g, as chat writes it, when the g-word is English", () => {
    expect(speller.correctText("im guessin haulin beans")).toBe("im guessing hauling beans");
    // Not a word or a name that ends so of its own ("xinhua's lin", "berlin").
    expect(speller.correctText("berlin")).toBe("berlin");
  });
  it("corrects a long word to a rarer everyday word only when the typed word is no word at all", () => {
    // The commonest word one edit away, which stems as the meant one does.
    expect(speller.correctText("historicaly officialy curently")).toBe("historical official currently");
    // "handover" is rare but used: not the commoner "hangover"; a short rare word is no long word.
    expect(speller.correctText("handover blinken")).toBe("handover blinken");
  });
  it("swaps the letters of a three-letter word only into one of the commonest words, and splits a run-together word no one writes", () => {
    expect(speller.correctText("teh treaty adn")).toBe("the treaty and");
    // "mmo" would swap into "mom", not common enough to be meant; "mao" is one letter from many words.
    expect(speller.correctText("best mmo mao")).toBe("best mmo mao");
    const names = new SpellingCorrector((w) => ["wang", "wenbin", "north", "korea"].includes(w));
    expect(names.correctText("who is wangwenbin")).toBe("who is wang wenbin");
    expect(names.correctText("northkorea")).toBe("north korea");
    // Written, if rarely: left whole.
    expect(names.correctText("the handover")).toBe("the handover");
    // A name of the articles typed in two parts, one of them no word: joined ("liu" and "xiao", then "xiao" and "ming").
    const parts = new SpellingCorrector((w) => ["liu", "xiaoming"].includes(w));
    expect(parts.correctText("whats liu xiao ming's title")).toBe("whats liu xiaoming's title");
    // Two words that are both words stay two.
    expect(parts.correctText("the north korea")).toBe("the north korea");
    // Two rare words that make an article's name are joined ("yon hap"); so is a word of the articles hyphenated, but not a name's hyphen.
    const joins = new SpellingCorrector((w) => ["yonhap", "renew", "jongun", "kim"].includes(w), () => false, new Set(["jong", "un", "kim"]));
    expect(joins.correctText("was it yon hap")).toBe("was it yonhap");
    expect(joins.correctText("when did they re-new it")).toBe("when did they renew it");
    expect(joins.correctText("kim jong-un")).toBe("kim jong-un");
  });
  it("reads a possessive typed without its apostrophe", () => {
    expect(speller.correctText("treatys")).toBe("treaty's");
  });
  it("tries a word's edits once, and gives the same correction (or none) every time after", () => {
    let asked = 0;
    const counting = new SpellingCorrector((w) => (asked++, articleWords.has(w)));
    expect(counting.correct("traety")).toBe("treaty");
    expect(counting.correct("medvedev")).toBeUndefined();
    const tried = asked;
    expect(tried).toBeGreaterThan(100);
    expect(counting.correct("traety")).toBe("treaty");
    expect(counting.correct("medvedev")).toBeUndefined();
    expect(asked).toBe(tried);
  });
  it("checks whether a word is known once, and reads the same text the same way every time after", () => {
    const asked: string[] = [];
    const counting = new SpellingCorrector((w) => (asked.push(w), articleWords.has(w)));
    const text = "Beijing treaty deliverd zzzzqx";
    const first = counting.correctText(text);
    expect(first).toBe("Beijing treaty delivered zzzzqx");
    const tried = asked.length;
    expect(counting.correctText(text)).toBe(first);
    expect(counting.correctText("the treaty BEIJING")).toBe("the treaty BEIJING");
    expect(asked.length).toBe(tried);
  });
});

describe("remembered", () => {
  it("works a key out once, undefined included, and keeps no more than its limit", () => {
    const calls: string[] = [];
    const lengthOrNothing = remembered(2, (k) => (calls.push(k), k.length > 1 ? k.length : undefined));
    expect([lengthOrNothing("ab"), lengthOrNothing("a"), lengthOrNothing("ab"), lengthOrNothing("a")]).toEqual([2, undefined, 2, undefined]);
    expect(calls).toEqual(["ab", "a"]);
    // Past the limit: still right, worked out every time.
    expect([lengthOrNothing("abc"), lengthOrNothing("abc")]).toEqual([3, 3]);
    expect(calls).toEqual(["ab", "a", "abc", "abc"]);
  });
});

describe("an everyday phrase's article words", () => {
  it("weigh as the phrase's own, even when a thesaurus or WordNet already gave them a lower weight", () => {
    const termsOf = (q: string, word: string) => answerer.search.plan(q).concepts.find((c) => c.surface.toLowerCase() === word)!.terms;
    // "grandpa" → grandfather (chat.json), which WordNet had already offered as a far sense.
    const grandpa = termsOf("was the guy who signed the treaty kim jong uns grandpa", "grandpa");
    expect(grandpa.get("grandfath")).toBe(answerer.search.params.phraseWeight);
    expect(answerer.answer("was the guy who signed the treaty kim jong uns grandpa", { top: 3 }).passages.map((p) => p.text).join(" ")).toMatch(/Kim Il Sung, Kim Jong Un’s grandfather/);
    // "extended" → renewed (chat.json), a thesaurus synonym at a lower weight.
    expect(termsOf("could the treaty get extended again", "extended").get("renew")).toBe(answerer.search.params.phraseWeight);
  });

  it("read 'carried' after a news outlet as reported, elsewhere as delivered", () => {
    expect(answerer.answer("which agency carried xi's remarks").passages[0]?.text).toMatch(/^Xinhua News reported Xi/);
    expect(answerer.answer("which agency carried xi's remarks").direct?.text).toBe("Xinhua News");
    expect(answerer.answer("who carried the messages to beijing").passages[0]?.text).toMatch(/were delivered by/);
  });
  it("read slang and idioms as the articles' words ('ringleader', 'go-to person on', 'reckon ... link up', 'top diplomat', 'got nk's back')", () => {
    expect(answerer.answer("who's been the ringleader on slapping sanctions on nk").direct?.text).toBe("The US");
    expect(answerer.answer("which chinese official is china's go-to person on nk rn").direct?.text).toBe("Liu Xiaoming");
    expect(answerer.answer("when does kurt campbell reckon biden n xi will finally link up").direct?.text).toBe("at the G20 summit in October");
    expect(answerer.answer("who's got nk's back, like who is its ally").direct?.text).toBe("China");
    expect(answerer.answer("what did kim tell his ppl to brace for w the us").passages[0]?.text).toMatch(/^Kim Jong-un cautioned his country to be ready for/);
    expect(answerer.answer("who does nk do most of its buying and selling with").direct?.text).toBe("China");
    // "passed along" is "delivered".
    expect(answerer.answer("which chinese party official passed along the leaders' messages?").direct?.text).toBe("Song Tao");
    // "turned down" is "ruled out", and the post asked is the phrase's ("top diplomat": a foreign minister), not refused as one no best sentence names.
    expect(answerer.answer("who's the north korean top diplomat that turned down any talks with the us?").passages.some((p) => p.text.includes("North Korea’s foreign minister has ruled out"))).toBe(true);
  });
});

describe("terse searches: a phrase with no question word", () => {
  it("asks the fact its last noun names: an office's holder, a day, a full name, a kinship, a count", () => {
    // A person or an office typed alone: what the person is, who holds the office.
    expect(answerer.answer("campbell?").direct?.text).toBe("National Security Council Indo-Pacific Coordinator");
    expect(answerer.answer("spokesman?").direct?.text).toBe("Wang Wenbin");
    // An office alone, without its question mark.
    expect(answerer.answer("china special rep for nk").direct?.text).toBe("Liu Xiaoming");
    // "day" last, with no question word (not "the same day").
    expect(answerer.answer("wang wenbin briefing day").direct?.text).toBe("Wednesday");
    expect(answerer.answer("they met the same day").direct).toBeUndefined();
    // "full name" after an English word is that thing's name, not letters to expand.
    expect(answerer.answer("treaty full name").direct?.text).toBe("Treaty on Friendship, Cooperation and Mutual Assistance");
    expect(answerer.answer("dprk full name").direct?.text).toBe("Democratic People’s Republic of Korea");
    // A relation between two people is their kinship; between countries, none.
    expect(answerer.answer("kim il sung relation to kim jong un").direct?.text).toBe("grandfather");
    expect(answerer.answer("china relation to nk").direct).toBeUndefined();
    // An outlet's name run together ("aljazeera") is the outlet, not an unknown speaker.
    expect(answerer.answer("what did aljazeera say about kim").answered).toBe(true);
    // Question words with their letters swapped, past tenses missing their "e" ("whwn", "signd").
    expect(normalise("whwn was the treaty signd")).toBe("when was the treaty signed");
    // Spelt as said: "wen wuz teh tretee sined", "hoo signd the treety", "when was it renued last".
    expect(normalise("wen wuz da tretee sgnd")).toBe("when was the treaty signed");
    expect(answerer.answer("hoo signd the treety for north korea").direct?.text).toBe("Kim Il Sung");
    expect(answerer.answer("when was it renued last").direct?.text).toBe("2001");
    // Shorthand: "mtgs", "nme".
    expect(answerer.answer("xi kim mtgs count").direct?.text).toBe("five times");
    expect(answerer.answer("nk fm nme").direct?.text).toBe("Ri Son-gwon");
    // A place last ("city", "location") asks where: refused when no best sentence tells where it was done.
    expect(answerer.answer("messages handover city").direct?.text).toBe("Beijing");
    expect(answerer.answer("treaty signing city").answered).toBe(false);
    // "number of" counts as "how many" does: refused when no best sentence gives a number of the thing.
    expect(answerer.answer("number of times xi and kim met").direct?.text).toBe("five times");
    expect(answerer.answer("number of china missile silos").answered).toBe(false);
    // The act alone asks its time; the verb last asks the outlet.
    expect(answerer.answer("last renewed?").direct?.text).toBe("2001");
    expect(answerer.answer("sung kim liu call reported by?").direct?.text).toBe("Yonhap");
    // Letters named first and asked by "that" ("what's that short for" is no purpose asked, as "what's the treaty for" is).
    expect(answerer.answer("one of the articles mentions the WPK, what's that short for").direct?.text).toBe("Workers’ Party of Korea");
    expect(normalise("whats the treaty for")).toBe("what is the purpose of the treaty");
  });
});

describe("question words weigh by their rarity in everyday English", () => {
  it("ranks everyday words below rare ones", () => {
    expect(englishRarity("actually")).toBeLessThan(englishRarity("treaty"));
    expect(englishRarity("treaty")).toBeLessThan(englishRarity("medvedev"));
  });

  it("lets padding with everyday words leave the answer as it was", () => {
    const tidy = top("when was it renewed");
    expect(tidy).toBeDefined();
    expect(top("hey bot basically when was the thing actually renewed lol")).toBe(tidy);
    expect(top("whens the deal renewed")).toBe(tidy);
  });

  it("refuses a question whose decisive word nothing matches", () => {
    expect(answerer.answer("what did medvedev say about the treaty").answered).toBe(false);
    expect(answerer.answer("what did japan say about the treaty anniversary").answered).toBe(false);
    // The issue's own example: the articles quote no Japanese official.
    expect(answerer.answer("what did the japanese prime minister say about the treaty").answered).toBe(false);
  });
});

describe("what someone says another should do", () => {
  it("is found by 'should', which the articles use for it ('the US should attach importance to ...')", () => {
    expect(answerer.search.plan("what did china say the us should do about nk").concepts.some((c) => c.terms.has("should"))).toBe(true);
    expect(top("what did china say the us should do about nk")).toMatch(/^Wang noted that the US should attach importance/);
  });

  it("reads 'want X to do' as what X should do", () => {
    expect(normalise("what does beijing want washington to do about nk")).toBe("what does beijing want washington should do about North Korea");
    expect(top("what does china want the us to do about nk")).toMatch(/^Wang noted that the US should attach importance/);
    // Not a wish of one's own ("want to know").
    expect(normalise("i want to know what china did")).not.toMatch(/should/);
  });
});

describe("the asked speaker", () => {
  it("is the person whose words are asked for, not the one spoken to", () => {
    expect(answerer.search.plan("what did xi say to kim").speaker).toBe("@xi-jinping");
    expect(answerer.search.plan("what did kim tell xi in his msg").speaker).toBe("@kim-jong-un");
    expect(answerer.search.plan("kims message to xi").speaker).toBe("@kim-jong-un");
    expect(answerer.search.plan("when was it renewed").speaker).toBeUndefined();
  });

  it("is the one person an office typed alone names in the alias file, not the one spoken of", () => {
    // Only Wang Wenbin is a spokesman there: "the spokesman" is his, "about liu" is spoken of.
    expect(answerer.search.plan("what did the spokesman say about liu").speaker).toBe("@wang-wenbin");
    const rankOf = (q: string, start: string) => answerer.answer(q, { top: 10 }).passages.findIndex((p) => p.text.startsWith(start));
    expect(rankOf("what did the spokesman say about liu", "Liu told the U.S. envoy")).toBeGreaterThan(2);
    // An office with another country's name is not his.
    expect(answerer.search.plan("what did the us spokesman say").speaker).not.toBe("@wang-wenbin");
  });

  it("is a country when its name comes right before the saying, not one the question speaks of", () => {
    expect(answerer.search.plan("what did china say america should do about north korea").speaker).toBe("@china");
    expect(answerer.search.plan("so what did the white house say about talking to nk").speaker).toBe("@united-states");
    // The asker's own writing, and a country spoken of after the saying, are nobody's words to look for.
    expect(answerer.search.plan("my teacher asked why nk leans on china and i wrote its the sanctions").speaker).toBeUndefined();
    expect(answerer.search.plan("what did kim say about china").speaker).toBe("@kim-jong-un");
  });

  it("is a country whose officials or diplomats are asked by their people's name", () => {
    expect(answerer.search.plan("what did american officials say").speaker).toBe("@united-states");
    expect(answerer.search.plan("what did chinese diplomats say about the treaty").speaker).toBe("@china");
    const top3 = answerer.answer("what did american officials say").passages.map((p) => p.text);
    expect(top3.some((t) => t.startsWith("The White House claimed"))).toBe(true);
    // Not a people spoken of: "what did kim say to chinese officials" is Kim's words.
    expect(answerer.search.plan("what did kim say to chinese officials").speaker).toBe("@kim-jong-un");
  });

  it("ranks a country's words up: its own people's quotations and what the country itself is said to say", () => {
    const rankOf = (q: string, start: string) => answerer.answer(q, { top: 10 }).passages.findIndex((p) => p.text.startsWith(start));
    // Wang Wenbin is "the Chinese spokesman" to the alias file: his words are China's.
    expect(rankOf("what did china say america should do about north korea", "Wang noted that the US should")).toBeLessThan(3);
    // What a country wants is known by what it says.
    expect(rankOf("what does beijing want america to support", "Wang noted that the US should")).toBe(0);
    // "The White House claimed that ...", "Pyongyang insists that ...": the country itself speaks.
    expect(rankOf("so what did the white house say about talking to nk", "The White House claimed")).toBe(0);
    expect(rankOf("why does north korea say it needs its missiles", "Pyongyang insists")).toBe(0);
    // An outlet's own words ("Al Jazeera adds ... they need each other") are none of the country's: they ranked first.
    expect(rankOf("why does nk say it needs nukes", "Pyongyang insists")).toBe(0);
  });

  it("is the country whose willingness is asked: its people's words rank above the other side's", () => {
    expect(answerer.search.plan("is nk willing to talk to the us at all").speaker).toBe("@north-korea");
    expect(answerer.search.plan("is the us open to talks w nk").speaker).toBe("@united-states");
    const rankOf = (q: string, start: string) => answerer.answer(q, { top: 10 }).passages.findIndex((p) => p.text.startsWith(start));
    expect(rankOf("is nk open to any talks w the US at all?? or no", "North Korea’s foreign minister has ruled out")).toBe(0);
    // A country's "line" is its stated position, known by what it says.
    expect(rankOf("wat was the white house line on talking to nk", "The White House claimed")).toBe(0);
  });

  it("ranks that speaker's quoted words above the other's (attribution by the quote index)", () => {
    // The speaker of the first passage that quotes anyone.
    const speakerOf = (q: string) =>
      answerer
        .answer(q, { top: 5 })
        .passages.map((p) => answerer.quotes!.quotes.find((quote) => quote.articleId === p.sentence.articleId && quote.start < p.sentence.end && quote.end > p.sentence.start))
        .find((quote) => quote?.speaker)?.speaker;
    expect(speakerOf("what did xi say to kim in his message")).toBe("Xi Jinping");
    expect(speakerOf("what did kim say to xi in his message")).toBe("Kim Jong-un");
  });

  it("counts reported speech ('Xi Jinping, on his part, says he plans') as the speaker's words", () => {
    // The sentence has no quotation marks for the quote index to attribute; "says" after the name does.
    expect(answerer.answer("what did xi say he plans to do for the people of the two countries").passages[0]!.text).toMatch(/^Xi Jinping, on his part, says/);
    expect(answerer.answer("what did kim say about the treaty").passages[0]!.text).toMatch(/^Kim, in his message, said that/);
  });
});
