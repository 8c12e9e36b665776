/**
 * What chat adds around a member's words: Discord's markdown and mentions, links, emoji and
 * emoticons, and the headers, time stamps and speakers' labels of a chat log pasted in. None of it
 * is a word of the question.
 */
/** Discord's markdown around words: **bold**, *italic*, __underline__, ~~strike~~, `code`, ||spoiler|| (group 2: the words; not a blank typed as underscores, "the ___ friendship"). */
const MARKDOWN_SPAN = /(?<![\p{L}\p{N}])(\*\*|\*|__(?=\p{L})|~~|`|\|\|)(\S(?:[^\n]*?\S)?)\1(?![\p{L}\p{N}])/gu;
/** A number sign standing for the word ("xi kim meetings #", "# of renewals"), not a heading mark, a channel or "#1". */
const NUMBER_SIGN = /(\S\s+|^\s*)#(?=\s+of\b|\s*\??$)/gu;
/** A line's quote or heading mark ("> pasted sentence", "# question"). */
const MARKDOWN_LINE = /^[ \t]*(?:>>?>?|#{1,3})[ \t]+/gm;
/** Discord's own markup: user, role and channel mentions, custom emoji, timestamps. */
const DISCORD_MARKUP = /<(?:@[!&]?\d+|#\d+|a?:\w+:\d+|t:\d+(?::\w)?)>/g;
/** The verbs after a member who says or believes something ("jay says", "@jay thinks"). */
export const SAYS = "(?:says|thinks|said|swears|claims|reckons|insists|believes)";
/** Text mentions ("@treaty-bot", "@everyone"), links and emoji shortcodes (":thinking:"). */
const TEXT_MENTION = /(?<![\p{L}\p{N}])@[\p{L}\p{N}_.-]+/gu;
/** A member mentioned before what they say ("@jay says 1949, i say 1961"): whoever says it, as a member named is (see `MEMBER_SAYS`). */
const MENTION_SAYS = new RegExp(String.raw`(?<![\p{L}\p{N}])@[\p{L}\p{N}_.-]+\s+(?=${SAYS}\b)`, "giu");
const LINK = /\bhttps?:\/\/\S+/gi;
/** A channel typed by its name ("someone in #general said ..."): where it was said, not what. */
const CHANNEL_NAME = /\b(?:in|on|from|over in|over on) #[\p{L}\p{N}_-]+/giu;
const SHORTCODE = /:[a-z0-9_+-]+:/gi;
/** Emoticons typed in letters and marks: "xD", ":O", ":P", ";)", "<3", "o_O", "T_T". */
const EMOTICON = /(?<![\p{L}\p{N}])(?:[xX][dD]+|[:;=][-']?[)(\]\[dDpPoO3/\\|*]+|[dD]:|<3+|[oO]_[oO]|\^_?\^|[tT]_[tT])(?![\p{L}\p{N}])/gu;
/** An emoji typed out by its name: "skull emoji", "crying emojis". */
const EMOJI_NAMED = /(?<![\p{L}\p{N}])\p{L}+\s+emojis?(?![\p{L}\p{N}])/giu;
const EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{1F1E6}-\u{1F1FF}\u200D\uFE0F\u20E3]/gu;
/**
 * Emoji, or a laugh, between a remark and a question end the remark as a full stop would: "got super into nk
 * stuff lol 😅 who is north korea's ambassador in china" asks only what follows.
 */
const EMOJI_BEFORE_QUESTION = /(?<=\p{L}[\s,]*)(?:\s+(?:lol|lmao|haha)\b)?[\s,]*[\p{Extended_Pictographic}\p{Emoji_Modifier}\u{1F1E6}-\u{1F1FF}\u200D\uFE0F\u20E3]+(?=\s*(?:what|whats|which|when|who|whos|whose|how|where|why)\b)/giu;
/** A line break, or " / " before a speaker's label, between the lines of a chat log. */
const LINE_BREAK = /[ \t]*\n+[ \t]*|\s+\/\s+(?=@?[\p{L}\p{N}_]{1,15}:\s)/gu;
/** A time stamp opening a pasted line: "[9:14 PM] ", "[Mon 11:05] ", "[12:01] ". */
const LINE_STAMP = /^[ \t]*\[[^\]\n]{0,12}\d{1,2}:\d{2}[^\]\n]{0,8}\][ \t]*/gmu;
/** A speaker's name in angle brackets opening a line, as IRC clients paste it: "<kezza> ...". */
const ANGLED_SPEAKER = /^[ \t]*<[\p{L}\p{N}_]{1,15}>[ \t]+/gmu;
/** The line Telegram pastes over a message ("Artem, [14.06.2026 09:12]") and Slack ("mei  3:05 PM"). */
const APP_HEADER = /^[ \t]*[\p{L}\p{N}_. ]{1,32}(?:,[ \t]*\[[\d./:, ]{4,24}\]|[ \t]{2,}\d{1,2}:\d{2}(?:[ \t]?[AP]M)?)[ \t]*$/gimu;
/** The line Discord pastes over a reply: "Replying to @kev" (its mention may be gone already). */
const REPLY_HEADER = /^[ \t]*Replying to(?: @?[\p{L}\p{N}_.]{1,32})?[ \t]*$/gimu;
/** The line Discord pastes over a member's messages: "mirk — Today at 3:02 PM", "dano — 12/06/2026 3:03 PM". */
const DISCORD_HEADER = /^[ \t]*[\p{L}\p{N}_. ]{1,32} [—–-] (?:(?:Today|Yesterday) at \d{1,2}:\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4},? \d{1,2}:\d{2})(?: ?[AP]M)?[ \t]*$/gimu;
/** A pasted line that opens on a question word, after its speaker's label and a word to the bot: "kev: ok bot when was it renewed". */
const LINE_ASKS = /^\s*(?:@?[\p{L}\p{N}_]{1,15}:\s+)?(?:(?:ok|okay|so|and|but|hey|yo|@?bot)\W+)*(?:what|whats|which|who|whos|whom|whose|when|where|why|how)\b/iu;
/** A speaker's label opening a line: "jay: ...", "@kev: ..." (group 2: the name). */
const SPEAKER_LABEL = /(^\s*|[.!?]\s+)@?([\p{L}\p{N}_]{1,15}):\s+/gu;

/**
 * The question without chat's markup: markdown, mentions, links and emoji gone, a pasted log's
 * headers and time stamps gone, its lines made sentences, and the labels of the speakers
 * `isMemberName` says are members dropped (curly apostrophes made straight).
 */
export function plainChat(question: string, isMemberName: (name: string, inLog: boolean) => boolean): string {
  let text = question
    .replace(MARKDOWN_SPAN, "$2")
    .replace(NUMBER_SIGN, "$1number")
    .replace(MARKDOWN_LINE, "")
    .replace(DISCORD_MARKUP, " ")
    .replace(LINK, " ")
    .replace(CHANNEL_NAME, " ")
    .replace(MENTION_SAYS, "someone ")
    .replace(TEXT_MENTION, " ")
    .replace(SHORTCODE, " ")
    .replace(EMOJI_BEFORE_QUESTION, ". ")
    .replace(EMOJI, " ")
    .replace(EMOTICON, " ")
    .replace(EMOJI_NAMED, " ")
    .replace(/[‘’]/g, "'");
  // Its lines' time stamps and headers, as chat clients paste them, are no words of it, nor a speaker's name in angle brackets.
  if (text.includes("\n") || /^\s*[<[]/.test(text)) text = text.replace(DISCORD_HEADER, "").replace(APP_HEADER, "").replace(REPLY_HEADER, "").replace(LINE_STAMP, "").replace(ANGLED_SPEAKER, "");
  // A chat log pasted as lines ("jay: its from 1953 / mo: nah its later / jay: ok what year was it signed"): each line a sentence,
  // and its speaker's label no word of it (before typos: "mo" is no "month").
  // (A line that opens on a question word is a question: "when was it last extended / dano: 2011 i thought??" guesses after it.)
  if (/\n|\s\/\s/.test(text)) {
    text = text.replace(LINE_BREAK, (_m, at: number, whole: string) => {
      const line = whole.slice(0, at).trimEnd();
      return /[.!?]$/.test(line) ? " " : LINE_ASKS.test(line.slice(line.lastIndexOf("\n") + 1)) ? "? " : ". ";
    });
  }
  if (text.includes(":")) {
    const inLog = (text.match(SPEAKER_LABEL) ?? []).length > 1;
    text = text.replace(SPEAKER_LABEL, (m, before: string, name: string) => (isMemberName(name, inLog) ? before : m));
  }
  return text;
}
