/**
 * Words of speaking, shared by the rules that ask whether a sentence tells the saying a question
 * asks about: "what day did wang speak" is told by "Wang Wenbin said Wednesday ..." ("said" is a
 * stop word, no index term, so the search alone cannot tell it).
 */

/** A question's verb or noun of speaking ("speak", "talked", "commented", "the speech"). */
export const SPEAKING = /^(?:speak|speaks|spoke|spoken|speaking|talk|talks|talked|talking|comment|comments|commented|remark|remarks|remarked|state|stated|statement|statements|speech|speeches)$/i;

/** A sentence's verb of saying, which tells the speaking asked. */
export const SAYING = /\b(?:said|says|told|tells|added|noted|stated|remarked|commented|spoke|talked)\b/;
