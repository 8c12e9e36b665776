import { citationText } from "../answer/citation.js";
import type { Quote, Verification } from "./index.js";
import { changesOf } from "./verify.js";

/** Quotes and verdicts as terminal text and as the JSON of `npm run quotes -- --json`. */

export function quoteJson(q: Quote) {
  return { speaker: q.speaker ?? null, quote: q.text, citation: q.citation };
}

export function verificationJson(v: Verification) {
  const m = v.match;
  const quote = m?.quote?.text ?? m?.text;
  return {
    verdict: v.verdict,
    ...(m?.speaker ? { speaker: m.speaker } : {}),
    ...(quote !== undefined ? { quote } : {}),
    ...(m ? { citation: m.citation } : {}),
    ...(m && m.text !== quote ? { matched: m.text } : {}),
    ...(m && !m.quote ? { note: "the words are the article's own, not a quotation" } : {}),
    ...(v.similarity !== undefined ? { similarity: v.similarity } : {}),
    ...(v.parts ? { changes: changesOf(v.parts) } : {}),
    ...(m?.alsoReportedBy.length ? { alsoReportedBy: m.alsoReportedBy } : {}),
  };
}

export function formatQuoteText(q: Quote): string {
  return `“${q.text}”\n   — ${q.speaker ?? "speaker not clear"}${q.attribution.rule ? ` (${q.attribution.rule}${q.attribution.via && q.attribution.via !== "name" ? `, ${q.attribution.via}` : ""})` : ""}\n   ${citationText(q.citation)}`;
}

/** A verdict as text; changed words are marked git-style: [-posted-]{+article+}. */
export function formatVerificationText(v: Verification): string {
  const m = v.match;
  if (v.verdict === "not_found" || !m) return `NOT FOUND: “${v.posted}” is not in the articles.`;
  const who = m.quote ? `${m.speaker ?? "speaker not clear"}` : "the article's own words, not a quotation";
  const source = [citationText(m.citation), ...m.alsoReportedBy.map(citationText)].map((c) => `   ${c}`).join("\n");
  if (v.verdict === "exact") return `EXACT: “${m.text}”\n   — ${who}\n${source}`;
  const marked = (v.parts ?? []).map((p) => (p.kind === "same" ? p.text : p.kind === "posted" ? `[-${p.text}-]` : `{+${p.text}+}`)).join(" ");
  return `CLOSE (similarity ${v.similarity}): ${marked}\n   [-posted-]{+article+}   — ${who}\n${source}`;
}
