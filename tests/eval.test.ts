import { describe, expect, it } from "vitest";
import { directIsRight, evaluate, joined, readQuestionFile, systemOf } from "../src/eval/evaluate.js";
import { fitDirectLine } from "../src/eval/fit.js";
import { buildAnswerer } from "../src/pipeline.js";

/** Floors on the chat test part: today's figures less one question. */
const CHAT_TEST_FLOOR = { hitAt1: 0.89, hitAt3: 0.94, answerableRefused: 0.03, unanswerableRefused: 0.839, directRight: 30, directWrong: 1 };

/** Floors on the blind validation part (written later, never tuned on): today's figures less one question. */
const CHAT_VAL_4_FLOOR = { hitAt1: 0.909, hitAt3: 0.962, answerableRefused: 0.023, unanswerableRefused: 0.799, directRight: 53, directWrong: 1 };

/** Floors on the second blind validation part (written this session, never tuned on): today's figures less one question. */
const CHAT_VAL_6_FLOOR = { hitAt1: 0.953, hitAt3: 0.984, answerableRefused: 0.016, unanswerableRefused: 0.899, directRight: 57, directWrong: 1 };

/** Floors on the third blind validation part (45 answerable, 8 unanswerable, the independent check's shape; written and first measured at 7a4e619): today's figures less one question. */
const CHAT_VAL_8_FLOOR = { hitAt1: 0.911, hitAt3: 0.955, answerableRefused: 0.045, unanswerableRefused: 0.874, directRight: 23, directWrong: 2 };

/** Floors on the fourth blind validation part (45 answerable, 8 unanswerable; measured blind at 872eee0 with the refit that followed: hit@1 0.778, hit@3 0.867, 2 of 45 answerable refused, 8 of 8 unanswerable refused, direct 16 right / 1 wrong of 18): today's figures less one question. */
const CHAT_VAL_10_FLOOR = { hitAt1: 0.866, hitAt3: 0.977, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 16, directWrong: 2 };

/** Floors on the fifth blind validation part (the independent check's shape; first measured at fc76e76: hit@1 0.711, hit@3 0.80, 1 of 45 answerable and 6 of 8 unanswerable refused, direct 10 right / 1 wrong of 18): today's figures less one question. */
const CHAT_VAL_12_FLOOR = { hitAt1: 0.799, hitAt3: 0.888, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 13, directWrong: 1 };

/** Floors on the sixth blind validation part (the independent check's shape; first measured at 27f1261: hit@1 0.822, hit@3 0.978, 0 of 45 answerable and 7 of 8 unanswerable refused, direct 17 right / 0 wrong of 18): today's figures less one question. */
const CHAT_VAL_14_FLOOR = { hitAt1: 0.911, hitAt3: 0.977, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 17, directWrong: 1 };

/** Floors on the twenty-fifth chat training part (terse mobile chat: shorthand, dropped words, the question word last; blind at de7eedb: hit@1 0.789, hit@3 0.897, 8 of 175 answerable refused, direct 30 right / 3 wrong of 58): today's figures less one question. */
const CHAT_TRAIN_25_FLOOR = { hitAt1: 0.937, hitAt3: 0.982, answerableRefused: 0.006, unanswerableRefused: 0.968, directRight: 56, directWrong: 1 };

/** Floors on the twenty-seventh chat training part (conversational messages: context, claims and quotes to check, everyday words; blind at d226a65: hit@1 0.781, hit@3 0.874, 2 of 151 answerable refused, direct 34 right / 2 wrong of 55): today's figures less one question. */
const CHAT_TRAIN_27_FLOOR = { hitAt1: 0.94, hitAt3: 0.98, answerableRefused: 0.007, unanswerableRefused: 0.903, directRight: 49, directWrong: 1 };

/** Floors on the seventh blind validation part (the independent check's shape; first measured at 34f8ecd: hit@1 0.822, hit@3 0.911, 0 of 45 answerable and 7 of 8 unanswerable refused, direct 16 right / 1 wrong of 18): today's figures less one question. */
const CHAT_VAL_16_FLOOR = { hitAt1: 0.933, hitAt3: 0.977, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 17, directWrong: 1 };

/** Floors on the twenty-ninth chat training part (who said what; blind at 34f8ecd: hit@1 0.874, hit@3 0.937, 2 of 159 answerable refused, direct 55 right / 8 wrong of 108): today's figures less one question. */
const CHAT_TRAIN_29_FLOOR = { hitAt1: 0.937, hitAt3: 0.993, answerableRefused: 0.007, unanswerableRefused: 0.968, directRight: 98, directWrong: 1 };

/** Floors on the thirty-first chat training part (quick fact checks, each fact three ways; blind at 34f8ecd: hit@1 0.757, hit@3 0.86, 18 of 243 answerable refused, direct 87 right / 9 wrong of 243): today's figures less one question. */
const CHAT_TRAIN_31_FLOOR = { hitAt1: 0.897, hitAt3: 0.962, answerableRefused: 0.017, unanswerableRefused: 0.97, directRight: 181, directWrong: 4 };

/** Floors on the eighth blind validation part (the independent check's shape; first measured at f076754: hit@1 0.911, hit@3 0.956, 0 of 45 answerable and 6 of 8 unanswerable refused, direct 16 right / 0 wrong of 18): today's figures less one question. */
/** Floors on the eleventh blind validation part (the independent check's shape; blind at 94f146b: hit@1 0.756, hit@3 0.889, 2 of 45 answerable and 5 of 8 unanswerable refused, direct 16 right / 0 wrong of 18): today's figures less one question. */
/** Floors on the twelfth blind validation part (the independent check's shape; blind at 9ac1511: hit@1 0.756, hit@3 0.80, 3 of 45 answerable and 8 of 8 unanswerable refused, direct 14 right / 0 wrong of 18): today's figures less one question. */
/** Floors on the thirteenth blind validation part (the independent check's shape; blind at a51146b: hit@1 0.822, hit@3 0.889, 3 of 45 answerable and 7 of 8 unanswerable refused, direct 12 right / 0 wrong of 18): today's figures less one question. */
/** Floors on the fourteenth blind validation part (the independent check's shape; blind at 9224e13: hit@1 0.778, hit@3 0.867, 3 of 45 answerable and 8 of 8 unanswerable refused, direct 14 right / 1 wrong of 18): today's figures less one question. */
/** Floors on the sixteenth blind validation part (the independent check's shape; blind at 18d441a: hit@1 0.933, hit@3 0.978, 1 of 45 answerable and 7 of 8 unanswerable refused, direct 15 right / 1 wrong of 18): today's figures less one question. */
const CHAT_VAL_34_FLOOR = { hitAt1: 0.955, hitAt3: 0.977, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 17, directWrong: 1 };

/** Floors on the seventeenth blind validation part (the independent check's shape; first measured at cf7e12d: hit@1 0.800, hit@3 0.911, 1 of 45 answerable and 8 of 8 unanswerable refused, direct 11 right / 2 wrong of 18): today's figures less one question. */
const CHAT_VAL_36_FLOOR = { hitAt1: 0.822, hitAt3: 0.955, answerableRefused: 0.045, unanswerableRefused: 0.874, directRight: 13, directWrong: 2 };
const CHAT_VAL_38_FLOOR = { hitAt1: 0.933, hitAt3: 0.977, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 14, directWrong: 1 };
const CHAT_VAL_32_FLOOR = { hitAt1: 0.888, hitAt3: 0.955, answerableRefused: 0.045, unanswerableRefused: 0.624, directRight: 12, directWrong: 1 };
const CHAT_VAL_30_FLOOR = { hitAt1: 0.866, hitAt3: 0.955, answerableRefused: 0.045, unanswerableRefused: 0.874, directRight: 13, directWrong: 2 };
const CHAT_VAL_28_FLOOR = { hitAt1: 0.888, hitAt3: 0.911, answerableRefused: 0.045, unanswerableRefused: 0.749, directRight: 12, directWrong: 1 };
const CHAT_VAL_26_FLOOR = { hitAt1: 0.866, hitAt3: 0.911, answerableRefused: 0.045, unanswerableRefused: 0.874, directRight: 16, directWrong: 1 };
const CHAT_VAL_24_FLOOR = { hitAt1: 0.866, hitAt3: 0.955, answerableRefused: 0.023, unanswerableRefused: 0.499, directRight: 16, directWrong: 1 };
const CHAT_VAL_22_FLOOR = { hitAt1: 0.866, hitAt3: 0.955, answerableRefused: 0.045, unanswerableRefused: 0.874, directRight: 14, directWrong: 2 };
const CHAT_VAL_20_FLOOR = { hitAt1: 0.844, hitAt3: 0.977, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 16, directWrong: 1 };
const CHAT_VAL_18_FLOOR = { hitAt1: 0.933, hitAt3: 0.955, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 16, directWrong: 1 };

/** Floors on the thirty-third chat training part (learners of English and heavy paraphrase; blind at 92d8cbf: hit@1 0.739, hit@3 0.864, 3 of 176 answerable refused, direct 44 right / 2 wrong of 80): today's figures less one question. */
const CHAT_TRAIN_33_FLOOR = { hitAt1: 0.874, hitAt3: 0.954, answerableRefused: 0.006, unanswerableRefused: 0.906, directRight: 68, directWrong: 1 };
const CHAT_TRAIN_35_FLOOR = { hitAt1: 0.841, hitAt3: 0.981, answerableRefused: 0.013, unanswerableRefused: 0.937, directRight: 54, directWrong: 3 };
/** Floors on the thirty-ninth chat training part (each fact twice; blind at 94f146b: hit@1 0.86, hit@3 0.913, 2 of 150 answerable refused, direct 40 right / 3 wrong of 60): today's figures less one question. */
/** Floors on the forty-first chat training part (each fact twice, in two voices; blind at 09c9c1f: hit@1 0.80, hit@3 0.886, 4 of 140 answerable refused, direct 37 right / 1 wrong of 56): today's figures less one question. */
/** Floors on the forty-fifth chat training part (each fact twice, in two voices; blind at 18d441a: hit@1 0.912, hit@3 0.941, 4 of 136 answerable refused, direct 41 right / 0 wrong of 53): today's figures less one question. */
const CHAT_TRAIN_45_FLOOR = { hitAt1: 0.97, hitAt3: 0.992, answerableRefused: 0.008, unanswerableRefused: 0.899, directRight: 47, directWrong: 1 };

/** Floors on the forty-seventh chat training part (70 facts asked twice in eight more voices; blind at f907d5a: hit@1 0.857, hit@3 0.921, 3 of 140 answerable refused, direct 45 right / 5 wrong of 62): today's figures less one question. */
const CHAT_TRAIN_47_FLOOR = { hitAt1: 0.935, hitAt3: 0.985, answerableRefused: 0.008, unanswerableRefused: 0.966, directRight: 57, directWrong: 2 };
const CHAT_VAL_40_FLOOR = { hitAt1: 0.844, hitAt3: 0.911, answerableRefused: 0.089, unanswerableRefused: 0.624, directRight: 11, directWrong: 3 };
/** Floors on the twentieth blind validation part (the independent check's shape; blind at d90ca88: hit@1 0.80, hit@3 0.889, 1 of 45 answerable and 8 of 8 unanswerable refused, direct 13 right / 2 wrong of 18): today's figures less one question. */
const CHAT_VAL_42_FLOOR = { hitAt1: 0.799, hitAt3: 0.888, answerableRefused: 0.045, unanswerableRefused: 0.874, directRight: 13, directWrong: 2 };
const CHAT_TRAIN_51_FLOOR = { hitAt1: 0.911, hitAt3: 0.97, answerableRefused: 0.015, unanswerableRefused: 0.799, directRight: 54, directWrong: 2 };
const CHAT_TRAIN_49_FLOOR = { hitAt1: 0.885, hitAt3: 0.978, answerableRefused: 0.015, unanswerableRefused: 0.966, directRight: 57, directWrong: 2 };
// (hit@1 0.943 → 0.929 when photo credits became sentences, 10947de: two near ties, 16.01 against 15.94, turned over by the index's statistics.)
const CHAT_TRAIN_43_FLOOR = { hitAt1: 0.921, hitAt3: 0.985, answerableRefused: 0.008, unanswerableRefused: 0.899, directRight: 45, directWrong: 4 };
const CHAT_TRAIN_41_FLOOR = { hitAt1: 0.914, hitAt3: 0.964, answerableRefused: 0.008, unanswerableRefused: 0.966, directRight: 49, directWrong: 1 };
const CHAT_TRAIN_39_FLOOR = { hitAt1: 0.966, hitAt3: 0.986, answerableRefused: 0.007, unanswerableRefused: 0.906, directRight: 58, directWrong: 1 };
const CHAT_TRAIN_37_FLOOR = { hitAt1: 0.842, hitAt3: 0.945, answerableRefused: 0.021, unanswerableRefused: 0.874, directRight: 38, directWrong: 1 };

/** Floors on the fifth chat training part (short facts and on-topic unanswerable questions): today's figures less one question. */
const CHAT_TRAIN_5_FLOOR = { hitAt1: 0.959, hitAt3: 0.979, answerableRefused: 0.011, unanswerableRefused: 0.874, directRight: 79, directWrong: 2 };

/** Floors on the seventh chat training part (long, rambling and polite voices; blind at 3468b6a: hit@1 0.725, hit@3 0.80, 7 of 120 answerable refused): today's figures less one question. */
const CHAT_TRAIN_7_FLOOR = { hitAt1: 0.949, hitAt3: 0.991, answerableRefused: 0.009, unanswerableRefused: 0.916, directRight: 71, directWrong: 1 };

/** Floors on the ninth chat training part (claims to check, misspelt names, fragments; blind at 8a61396: hit@1 0.769, hit@3 0.862, 6 of 130 answerable refused, direct 36 right / 6 wrong of 75, 38 / 4 once two answers too strictly written were widened): today's figures less one question. */
const CHAT_TRAIN_9_FLOOR = { hitAt1: 0.961, hitAt3: 0.976, answerableRefused: 0.008, unanswerableRefused: 0.911, directRight: 67, directWrong: 2 };

/** Floors on the eleventh chat training part (short casual questions; blind at 67f2e66: hit@1 0.78, hit@3 0.86, 1 of 100 answerable refused, 17 of 24 unanswerable refused, direct 33 right / 5 wrong of 46): today's figures less one question. */
const CHAT_TRAIN_11_FLOOR = { hitAt1: 0.899, hitAt3: 0.969, answerableRefused: 0.021, unanswerableRefused: 0.916, directRight: 43, directWrong: 2 };

/** Floors on the thirteenth chat training part (messy chat: typos of common words, run-together names, hyphens, two questions in one; blind at c7fe538: hit@1 0.67, hit@3 0.77, 18 of 100 answerable refused): today's figures less one question. */
const CHAT_TRAIN_13_FLOOR = { hitAt1: 0.949, hitAt3: 0.989, answerableRefused: 0.011, unanswerableRefused: 0.833, directRight: 42, directWrong: 1 };

/** Floors on the twenty-first blind validation part (the independent check's shape, written in the thirtieth session by a helper that read only the articles; blind at c328e8c: hit@1 0.956, hit@3 1.000, 0 of 45 answerable refused, 7 of 8 unanswerable refused, direct 16 right / 0 wrong of 18): today's figures less one question. */
const CHAT_VAL_44_FLOOR = { hitAt1: 0.955, hitAt3: 0.977, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 16, directWrong: 1 };

/** Floors on the twenty-second blind validation part (as the twenty-first, half its unanswerable questions off the topic; blind at c328e8c: hit@1 0.911, hit@3 0.978, 1 of 45 answerable refused, 8 of 8 unanswerable refused, direct 18 right / 0 wrong of 18): today's figures less one question. */
const CHAT_VAL_46_FLOOR = { hitAt1: 0.888, hitAt3: 0.955, answerableRefused: 0.045, unanswerableRefused: 0.874, directRight: 17, directWrong: 1 };

/** Floors on the twenty-third blind validation part (as the twenty-first; blind at c328e8c: hit@1 0.889, hit@3 0.978, 0 of 45 answerable refused, 7 of 8 unanswerable refused, direct 16 right / 0 wrong of 18): today's figures less one question. */
const CHAT_VAL_48_FLOOR = { hitAt1: 0.888, hitAt3: 0.977, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 16, directWrong: 1 };

/** Floors on the twenty-fourth blind validation part (as the twenty-first, in several members' voices; blind at c328e8c: hit@1 0.978, hit@3 1.000, 0 of 45 answerable refused, 7 of 8 unanswerable refused, direct 16 right / 0 wrong of 18): today's figures less one question. */
const CHAT_VAL_50_FLOOR = { hitAt1: 0.955, hitAt3: 0.977, answerableRefused: 0.023, unanswerableRefused: 0.749, directRight: 15, directWrong: 1 };
const CHAT_VAL_52_FLOOR = { hitAt1: 0.822, hitAt3: 0.911, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 15, directWrong: 2 };
const CHAT_VAL_54_FLOOR = { hitAt1: 0.866, hitAt3: 0.955, answerableRefused: 0.045, unanswerableRefused: 0.749, directRight: 17, directWrong: 1 };
const CHAT_VAL_56_FLOOR = { hitAt1: 0.888, hitAt3: 0.955, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 16, directWrong: 1 };
const CHAT_VAL_58_FLOOR = { hitAt1: 0.933, hitAt3: 0.977, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 17, directWrong: 1 };
/** Floors on the twenty-ninth and thirtieth blind validation parts (as the twenty-first, in several members' voices; blind at 285cf02: hit@1 0.933 and 0.911, hit@3 0.956 and 0.956, 1 and 1 of 45 answerable refused, 8 and 8 of 8 unanswerable refused, direct 17 and 16 right / 0 and 0 wrong of 18): today's figures less one question. */
const CHAT_VAL_60_FLOOR = { hitAt1: 0.911, hitAt3: 0.933, answerableRefused: 0.045, unanswerableRefused: 0.874, directRight: 16, directWrong: 1 };
const CHAT_VAL_62_FLOOR = { hitAt1: 0.888, hitAt3: 0.933, answerableRefused: 0.045, unanswerableRefused: 0.874, directRight: 15, directWrong: 1 };
/** Floors on the thirty-first and thirty-second blind validation parts (as the twenty-first, in several members' voices; blind at 92cdc77: hit@1 0.933 and 0.889, hit@3 1.000 and 0.978, 0 and 1 of 45 answerable refused, 8 and 8 of 8 unanswerable refused, direct 17 and 18 right / 0 and 0 wrong of 18): today's figures less one question. */
const CHAT_VAL_64_FLOOR = { hitAt1: 0.911, hitAt3: 0.977, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 16, directWrong: 1 };
const CHAT_VAL_66_FLOOR = { hitAt1: 0.866, hitAt3: 0.955, answerableRefused: 0.045, unanswerableRefused: 0.874, directRight: 17, directWrong: 1 };
/** Floors on the thirty-third and thirty-fourth blind validation parts (as the twenty-first, in several members' voices; blind at 7fa9abb: hit@1 0.911 and 0.889, hit@3 0.933 and 0.956, 1 and 0 of 45 answerable refused, 8 and 8 of 8 unanswerable refused, direct 17 and 18 right / 0 and 0 wrong of 18): today's figures less one question. */
const CHAT_VAL_68_FLOOR = { hitAt1: 0.888, hitAt3: 0.911, answerableRefused: 0.045, unanswerableRefused: 0.874, directRight: 16, directWrong: 1 };
const CHAT_VAL_70_FLOOR = { hitAt1: 0.866, hitAt3: 0.933, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 17, directWrong: 1 };
/** Floors on the thirty-fifth and thirty-sixth blind validation parts (as the twenty-first, in several members' voices; written partway through the thirty-third session, blind at e84f3d0: hit@1 0.933 and 0.956, hit@3 0.978 and 1.000, 0 and 0 of 45 answerable refused, 8 and 8 of 8 unanswerable refused, direct 17 and 18 right / 1 and 0 wrong of 18): today's figures less one question. */
const CHAT_VAL_72_FLOOR = { hitAt1: 0.911, hitAt3: 0.955, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 16, directWrong: 2 };
const CHAT_VAL_74_FLOOR = { hitAt1: 0.933, hitAt3: 0.977, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 17, directWrong: 1 };
/** Floors on the thirty-seventh and thirty-eighth blind validation parts (as the twenty-first, in several members' voices; written late in the thirty-third session, blind at 068495c: hit@1 0.933 and 0.911, hit@3 0.978 and 0.956, 0 and 1 of 45 answerable refused, 8 and 8 of 8 unanswerable refused, direct 16 and 18 right / 1 and 0 wrong of 18): today's figures less one question. */
const CHAT_VAL_76_FLOOR = { hitAt1: 0.911, hitAt3: 0.955, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 15, directWrong: 2 };
const CHAT_VAL_78_FLOOR = { hitAt1: 0.888, hitAt3: 0.933, answerableRefused: 0.045, unanswerableRefused: 0.874, directRight: 17, directWrong: 1 };
/** Floors on the thirty-ninth and fortieth blind validation parts (as the twenty-first, in several members' voices; written last in the thirty-third session, blind at f01bef2: hit@1 0.889 and 0.978, hit@3 1.000 and 0.978, 0 and 1 of 45 answerable refused, 8 and 8 of 8 unanswerable refused, direct 18 and 17 right / 0 and 0 wrong of 18): today's figures less one question. */
const CHAT_VAL_80_FLOOR = { hitAt1: 0.866, hitAt3: 0.977, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 17, directWrong: 1 };
const CHAT_VAL_82_FLOOR = { hitAt1: 0.955, hitAt3: 0.955, answerableRefused: 0.045, unanswerableRefused: 0.874, directRight: 16, directWrong: 1 };
/** Floors on the forty-first and forty-second blind validation parts (as the twenty-first, in several members' voices; written last in the thirty-third session, blind at 3b7df5d: hit@1 0.956 and 0.978, hit@3 0.978 and 1.000, 1 and 0 of 45 answerable refused, 8 and 8 of 8 unanswerable refused, direct 17 and 18 right / 0 and 0 wrong of 18): today's figures less one question. */
const CHAT_VAL_84_FLOOR = { hitAt1: 0.933, hitAt3: 0.955, answerableRefused: 0.045, unanswerableRefused: 0.874, directRight: 16, directWrong: 1 };
const CHAT_VAL_86_FLOOR = { hitAt1: 0.955, hitAt3: 0.977, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 17, directWrong: 1 };
/** Floors on the forty-third and forty-fourth blind validation parts (as the twenty-first, in several members' voices; written last in the thirty-third session, blind at 377f0d9: hit@1 0.933 and 0.956, hit@3 0.978 and 1.000, 0 and 0 of 45 answerable refused, 8 and 8 of 8 unanswerable refused, direct 18 and 18 right / 0 and 0 wrong of 18): today's figures less one question. */
const CHAT_VAL_88_FLOOR = { hitAt1: 0.911, hitAt3: 0.955, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 17, directWrong: 1 };
const CHAT_VAL_90_FLOOR = { hitAt1: 0.933, hitAt3: 0.977, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 17, directWrong: 1 };
/** Floors on the forty-fifth and forty-sixth blind validation parts (as the twenty-first, in several members' voices; written last in the thirty-third session, blind at e22ea0d: hit@1 0.889 and 0.889, hit@3 0.956 and 0.978, 1 and 1 of 45 answerable refused, 7 and 8 of 8 unanswerable refused, direct 16 and 16 right / 0 and 1 wrong of 18): today's figures less one question. */
const CHAT_VAL_92_FLOOR = { hitAt1: 0.866, hitAt3: 0.933, answerableRefused: 0.045, unanswerableRefused: 0.749, directRight: 15, directWrong: 1 };
const CHAT_VAL_94_FLOOR = { hitAt1: 0.866, hitAt3: 0.955, answerableRefused: 0.045, unanswerableRefused: 0.874, directRight: 15, directWrong: 2 };
/** Floors on the forty-seventh and forty-eighth blind validation parts (as the twenty-first, in several members' voices; written last in the thirty-third session, blind at dd3b7df: hit@1 0.911 and 0.933, hit@3 1.000 and 0.978, 0 and 0 of 45 answerable refused, 8 and 8 of 8 unanswerable refused, direct 18 and 17 right / 0 and 0 wrong of 18): today's figures less one question. */
const CHAT_VAL_96_FLOOR = { hitAt1: 0.888, hitAt3: 0.977, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 17, directWrong: 1 };
const CHAT_VAL_98_FLOOR = { hitAt1: 0.911, hitAt3: 0.955, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 16, directWrong: 1 };
/** Floors on the forty-ninth and fiftieth blind validation parts (as the twenty-first: several members' voices, and short late-night questions; written in the thirty-fourth session, blind at eb243f4: hit@1 0.956 and 0.933, hit@3 1.000 and 0.978, 0 and 0 of 45 answerable refused, 8 and 6 of 8 unanswerable refused, direct 16 and 17 right / 0 and 0 wrong of 18): today's figures less one question. */
const CHAT_VAL_100_FLOOR = { hitAt1: 0.933, hitAt3: 0.977, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 15, directWrong: 1 };
const CHAT_VAL_102_FLOOR = { hitAt1: 0.911, hitAt3: 0.955, answerableRefused: 0.023, unanswerableRefused: 0.624, directRight: 16, directWrong: 1 };
/** Floors on the fifty-first and fifty-second blind validation parts (several members' voices, and long rambling questions; written in the thirty-fourth session, blind at 5f31992: hit@1 0.889 and 0.778, hit@3 1.000 and 0.911, 0 and 2 of 45 answerable refused, 8 and 8 of 8 unanswerable refused, direct 18 and 9 right / 0 and 1 wrong of 18): today's figures less one question. */
const CHAT_VAL_104_FLOOR = { hitAt1: 0.866, hitAt3: 0.977, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 17, directWrong: 1 };
const CHAT_VAL_106_FLOOR = { hitAt1: 0.777, hitAt3: 0.888, answerableRefused: 0.067, unanswerableRefused: 0.874, directRight: 8, directWrong: 2 };
/** Floors on the fifty-third and fifty-fourth blind validation parts (half long messages, and explanations before the question; written in the thirty-fourth session, blind at fff9812: hit@1 0.889 and 0.822, hit@3 0.933 and 0.867, 2 and 3 of 45 answerable refused, 7 and 7 of 8 unanswerable refused, direct 14 and 12 right / 0 and 1 wrong of 18): today's figures less one question. */
const CHAT_VAL_108_FLOOR = { hitAt1: 0.866, hitAt3: 0.911, answerableRefused: 0.067, unanswerableRefused: 0.749, directRight: 13, directWrong: 1 };
const CHAT_VAL_110_FLOOR = { hitAt1: 0.799, hitAt3: 0.844, answerableRefused: 0.089, unanswerableRefused: 0.749, directRight: 11, directWrong: 2 };
/** Floors on the fifty-fifth and fifty-sixth blind validation parts (everyday members, and long messages with context; written in the thirty-fifth session, blind at 81fc400: hit@1 0.956 and 0.844, hit@3 1.000 and 0.956, 0 and 1 of 45 answerable refused, 8 and 8 of 8 unanswerable refused, direct 18 and 12 right / 0 and 1 wrong of 18): today's figures less one question. */
const CHAT_VAL_112_FLOOR = { hitAt1: 0.933, hitAt3: 0.977, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 17, directWrong: 1 };
const CHAT_VAL_114_FLOOR = { hitAt1: 0.822, hitAt3: 0.933, answerableRefused: 0.045, unanswerableRefused: 0.874, directRight: 11, directWrong: 2 };
/** Floors on the fifty-seventh and fifty-eighth blind validation parts (quotes and claims to check, and short and long messages mixed; written in the thirty-fifth session, blind at 8535d11: hit@1 0.911 and 0.933, hit@3 1.000 and 0.978, 0 and 1 of 45 answerable refused, 8 and 7 of 8 unanswerable refused, direct 17 and 17 right / 1 and 0 wrong of 18): today's figures less one question. */
const CHAT_VAL_116_FLOOR = { hitAt1: 0.888, hitAt3: 0.977, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 16, directWrong: 2 };
const CHAT_VAL_118_FLOOR = { hitAt1: 0.911, hitAt3: 0.955, answerableRefused: 0.045, unanswerableRefused: 0.749, directRight: 16, directWrong: 1 };
/** Floors on the fifty-ninth and sixtieth blind validation parts (one question each from members of a news server, and two- or three-sentence messages; written at the end of the thirty-fifth session, blind at b44b2dd: hit@1 0.933 and 0.933, hit@3 0.978 and 0.956, 0 and 0 of 45 answerable refused, 7 and 8 of 8 unanswerable refused, direct 18 and 16 right / 0 and 0 wrong of 18): today's figures less one question. */
const CHAT_VAL_120_FLOOR = { hitAt1: 0.911, hitAt3: 0.955, answerableRefused: 0.023, unanswerableRefused: 0.749, directRight: 17, directWrong: 1 };
const CHAT_VAL_122_FLOOR = { hitAt1: 0.911, hitAt3: 0.933, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 15, directWrong: 1 };
/** Floors on the sixty-first and sixty-second blind validation parts (everyday members of a politics server, and members asking what someone said or did; written at the start of the thirty-sixth session, blind at 4c92041: hit@1 0.911 and 0.956, hit@3 1.000 and 0.978, 0 and 0 of 45 answerable refused, 8 and 7 of 8 unanswerable refused, direct 18 and 18 right / 0 and 0 wrong of 18): today's figures less one question. */
const CHAT_VAL_124_FLOOR = { hitAt1: 0.888, hitAt3: 0.977, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 17, directWrong: 1 };
const CHAT_VAL_126_FLOOR = { hitAt1: 0.933, hitAt3: 0.955, answerableRefused: 0.023, unanswerableRefused: 0.749, directRight: 17, directWrong: 1 };
/** Floors on the sixty-third and sixty-fourth blind validation parts (newcomers asking the basics and experts the details, and members in a fast-moving chat; written in the thirty-sixth session, blind at 142a1f1: hit@1 0.956 and 0.933, hit@3 1.000 and 0.978, 0 and 0 of 45 answerable refused, 8 and 8 of 8 unanswerable refused, direct 17 and 18 right / 0 and 0 wrong of 18): today's figures less one question. */
const CHAT_VAL_128_FLOOR = { hitAt1: 0.933, hitAt3: 0.977, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 16, directWrong: 1 };
const CHAT_VAL_130_FLOOR = { hitAt1: 0.911, hitAt3: 0.955, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 17, directWrong: 1 };
/** Floors on the sixty-fifth and sixty-sixth blind validation parts (Korea-watchers writing names in many spellings, and casual members of a gaming server; written in the thirty-sixth session, blind at a2db78b: hit@1 0.889 and 0.867, hit@3 0.978 and 0.978, 1 and 1 of 45 answerable refused, 8 and 8 of 8 unanswerable refused, direct 18 and 17 right / 0 and 0 wrong of 18): today's figures less one question. */
const CHAT_VAL_132_FLOOR = { hitAt1: 0.866, hitAt3: 0.955, answerableRefused: 0.045, unanswerableRefused: 0.874, directRight: 17, directWrong: 1 };
const CHAT_VAL_134_FLOOR = { hitAt1: 0.844, hitAt3: 0.955, answerableRefused: 0.045, unanswerableRefused: 0.874, directRight: 16, directWrong: 1 };
/** Floors on the sixty-seventh and sixty-eighth blind validation parts (international-relations students, and members of a meme-heavy server; written in the thirty-sixth session, blind at b974b86: hit@1 0.933 and 0.800, hit@3 1.000 and 0.911, 0 and 3 of 45 answerable refused, 8 and 8 of 8 unanswerable refused, direct 17 and 15 right / 0 and 0 wrong of 18; the second short of the independent check's hit@3 and answerable refused): today's figures less one question. */
const CHAT_VAL_136_FLOOR = { hitAt1: 0.911, hitAt3: 0.977, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 16, directWrong: 1 };
const CHAT_VAL_138_FLOOR = { hitAt1: 0.777, hitAt3: 0.888, answerableRefused: 0.089, unanswerableRefused: 0.874, directRight: 14, directWrong: 1 };
/** Floors on the sixty-ninth and seventieth blind validation parts (members learning about East Asia, and very short fragments; written in the thirty-sixth session, blind at 1652c86: hit@1 0.956 and 0.889, hit@3 1.000 and 0.978, 0 and 0 of 45 answerable refused, 8 and 8 of 8 unanswerable refused, direct 18 and 15 right / 0 and 0 wrong of 18): today's figures less one question. */
const CHAT_VAL_140_FLOOR = { hitAt1: 0.933, hitAt3: 0.977, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 17, directWrong: 1 };
const CHAT_VAL_142_FLOOR = { hitAt1: 0.866, hitAt3: 0.955, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 14, directWrong: 1 };
/** Floors on the seventy-first and seventy-second blind validation parts (members of a general news server, and members asking with half-wrong details; written in the thirty-sixth session, blind at 1bcd813: hit@1 0.889 and 0.844, hit@3 0.978 and 0.956, 0 and 1 of 45 answerable refused, 8 and 8 of 8 unanswerable refused, direct 18 and 13 right / 0 and 2 wrong of 18): today's figures less one question. */
const CHAT_VAL_144_FLOOR = { hitAt1: 0.866, hitAt3: 0.955, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 17, directWrong: 1 };
const CHAT_VAL_146_FLOOR = { hitAt1: 0.822, hitAt3: 0.933, answerableRefused: 0.045, unanswerableRefused: 0.874, directRight: 12, directWrong: 3 };
/** Floors on the seventy-third and seventy-fourth blind validation parts (a debate club's pointed questions, and late-night phone typing; written after all of the thirty-sixth session's rule changes, blind at 8c3bfc4: hit@1 0.867 and 0.911, hit@3 0.956 and 1.000, 1 and 0 of 45 answerable refused, 8 and 8 of 8 unanswerable refused, direct 18 and 17 right / 0 and 0 wrong of 18): today's figures less one question. */
const CHAT_VAL_148_FLOOR = { hitAt1: 0.844, hitAt3: 0.933, answerableRefused: 0.045, unanswerableRefused: 0.874, directRight: 17, directWrong: 1 };
const CHAT_VAL_150_FLOOR = { hitAt1: 0.888, hitAt3: 0.977, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 16, directWrong: 1 };
/** Floors on the seventy-fifth and seventy-sixth blind validation parts (a history server, and very casual chat; written at the end of the thirty-sixth session, blind at 9128b93: hit@1 0.956 and 0.978, hit@3 1.000 and 1.000, 0 and 0 of 45 answerable refused, 8 and 8 of 8 unanswerable refused, direct 18 and 18 right / 0 and 0 wrong of 18): today's figures less one question. */
const CHAT_VAL_152_FLOOR = { hitAt1: 0.933, hitAt3: 0.977, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 17, directWrong: 1 };
const CHAT_VAL_154_FLOOR = { hitAt1: 0.955, hitAt3: 0.977, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 17, directWrong: 1 };

/** Floors on the seventy-seventh and seventy-eighth blind validation parts (older members writing full sentences, and a trivia night; written at the start of the thirty-seventh session, blind at f855a7c: hit@1 0.911 and 0.911, hit@3 0.956 and 0.978, 1 and 1 of 45 answerable refused, 8 and 8 of 8 unanswerable refused, direct 15 and 13 right / 0 and 0 wrong of 18): today's figures less one question. */
const CHAT_VAL_156_FLOOR = { hitAt1: 0.888, hitAt3: 0.933, answerableRefused: 0.045, unanswerableRefused: 0.874, directRight: 14, directWrong: 1 };
const CHAT_VAL_158_FLOOR = { hitAt1: 0.888, hitAt3: 0.955, answerableRefused: 0.045, unanswerableRefused: 0.874, directRight: 12, directWrong: 1 };

/** Floors on the seventy-ninth and eightieth blind validation parts (a backstory or two things at once, and reactions to headlines; written in the thirty-seventh session, blind at e08d2cd: hit@1 0.844 and 0.933, hit@3 0.956 and 0.978, 0 and 0 of 45 answerable refused, 8 and 7 of 8 unanswerable refused, direct 14 and 15 right / 1 and 0 wrong of 18): today's figures less one question. */
const CHAT_VAL_160_FLOOR = { hitAt1: 0.822, hitAt3: 0.933, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 13, directWrong: 2 };
const CHAT_VAL_162_FLOOR = { hitAt1: 0.911, hitAt3: 0.955, answerableRefused: 0.023, unanswerableRefused: 0.749, directRight: 14, directWrong: 1 };

/** Floors on the eighty-first and eighty-second blind validation parts (news junkies' technical words, and the American side; written in the thirty-seventh session, blind at 82d7b2c: hit@1 0.867 and 0.956, hit@3 0.978 and 1.000, 1 and 0 of 45 answerable refused, 8 and 8 of 8 unanswerable refused, direct 15 and 18 right / 0 and 0 wrong of 18): today's figures less one question. */
const CHAT_VAL_164_FLOOR = { hitAt1: 0.844, hitAt3: 0.955, answerableRefused: 0.045, unanswerableRefused: 0.874, directRight: 14, directWrong: 1 };
const CHAT_VAL_166_FLOOR = { hitAt1: 0.933, hitAt3: 0.977, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 17, directWrong: 1 };

/** Floors on the eighty-third and eighty-fourth blind validation parts (sarcastic and rhetorical members, and long run-on messages; written in the thirty-seventh session, blind at 168562d: hit@1 0.867 and 0.800, hit@3 0.956 and 0.933, 1 and 1 of 45 answerable refused, 8 and 8 of 8 unanswerable refused, direct 17 and 13 right / 0 and 0 wrong of 18): today's figures less one question. */
const CHAT_VAL_168_FLOOR = { hitAt1: 0.844, hitAt3: 0.933, answerableRefused: 0.045, unanswerableRefused: 0.874, directRight: 16, directWrong: 1 };
const CHAT_VAL_170_FLOOR = { hitAt1: 0.777, hitAt3: 0.911, answerableRefused: 0.045, unanswerableRefused: 0.874, directRight: 12, directWrong: 1 };

/** Floors on the eighty-fifth and eighty-sixth blind validation parts (a history teacher's exam-style questions, and polite newcomers with greetings and sign-offs; written in the thirty-seventh session, blind at ac2146a: hit@1 0.933 and 0.844, hit@3 0.956 and 0.978, 1 and 0 of 45 answerable refused, 8 and 8 of 8 unanswerable refused, direct 16 and 14 right / 0 and 1 wrong of 18): today's figures less one question. */
const CHAT_VAL_172_FLOOR = { hitAt1: 0.911, hitAt3: 0.933, answerableRefused: 0.045, unanswerableRefused: 0.874, directRight: 15, directWrong: 1 };
const CHAT_VAL_174_FLOOR = { hitAt1: 0.822, hitAt3: 0.955, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 13, directWrong: 2 };

/** Floors on the eighty-seventh and eighty-eighth blind validation parts (K-pop and K-drama fans, and members asking the bot to settle an argument; written in the thirty-seventh session, blind at 9bfb2bb: hit@1 1.000 and 0.933, hit@3 1.000 and 1.000, 0 and 0 of 45 answerable refused, 8 and 7 of 8 unanswerable refused, direct 18 and 18 right / 0 and 0 wrong of 18): today's figures less one question. */
const CHAT_VAL_176_FLOOR = { hitAt1: 0.977, hitAt3: 0.977, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 17, directWrong: 1 };
const CHAT_VAL_178_FLOOR = { hitAt1: 0.911, hitAt3: 0.977, answerableRefused: 0.023, unanswerableRefused: 0.749, directRight: 17, directWrong: 1 };

/** Floors on the eighty-ninth and ninetieth blind validation parts (the Blasting News story in depth, and a language-exchange server mixing in other languages' words; written in the thirty-seventh session, blind at 7b88639: hit@1 0.911 and 0.867, hit@3 0.978 and 0.867, 0 and 5 of 45 answerable refused, 8 and 8 of 8 unanswerable refused, direct 17 and 16 right / 1 and 0 wrong of 18; the second short of the check's hit@3 and answerable-refused criteria, and after two training parts in its voice, 293 and 295, 0.956, 0.978, 0, 8 and 18 / 0): today's figures less one question. */
const CHAT_VAL_180_FLOOR = { hitAt1: 0.888, hitAt3: 0.955, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 16, directWrong: 2 };
const CHAT_VAL_182_FLOOR = { hitAt1: 0.933, hitAt3: 0.955, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 17, directWrong: 1 };

/** Floors on the ninety-first and ninety-second blind validation parts (official names and titles, and statements with a question mark; written at the end of the thirty-seventh session, blind at de491c0: hit@1 0.867 and 0.956, hit@3 0.933 and 0.978, 2 and 1 of 45 answerable refused, 8 and 7 of 8 unanswerable refused, direct 17 and 15 right / 0 and 1 wrong of 18): today's figures less one question. */
const CHAT_VAL_184_FLOOR = { hitAt1: 0.844, hitAt3: 0.911, answerableRefused: 0.067, unanswerableRefused: 0.874, directRight: 16, directWrong: 1 };
const CHAT_VAL_186_FLOOR = { hitAt1: 0.933, hitAt3: 0.955, answerableRefused: 0.045, unanswerableRefused: 0.749, directRight: 14, directWrong: 2 };

/** Floors on the ninety-third and ninety-fourth blind validation parts (a geopolitics server, and short yes-or-no and either-or questions; written at the very end of the thirty-seventh session, blind at 0124220: hit@1 0.933 and 0.956, hit@3 0.978 and 1.000, 0 and 0 of 45 answerable refused, 7 and 8 of 8 unanswerable refused, direct 18 and 18 right / 0 and 0 wrong of 18): today's figures less one question. */
const CHAT_VAL_188_FLOOR = { hitAt1: 0.911, hitAt3: 0.955, answerableRefused: 0.023, unanswerableRefused: 0.749, directRight: 17, directWrong: 1 };
const CHAT_VAL_190_FLOOR = { hitAt1: 0.933, hitAt3: 0.977, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 17, directWrong: 1 };

/** Floors on the ninety-fifth and ninety-sixth blind validation parts (a debate club asking for evidence, and search-engine keywords; written at the start of the thirty-eighth session, blind at 1b3529f: hit@1 0.933 and 0.867, hit@3 1.000 and 0.956, 0 and 0 of 45 answerable refused, 8 and 7 of 8 unanswerable refused, direct 17 and 18 right / 0 and 0 wrong of 18): today's figures less one question. */
const CHAT_VAL_192_FLOOR = { hitAt1: 0.911, hitAt3: 0.977, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 16, directWrong: 1 };
const CHAT_VAL_194_FLOOR = { hitAt1: 0.844, hitAt3: 0.933, answerableRefused: 0.023, unanswerableRefused: 0.749, directRight: 17, directWrong: 1 };

/** Floors on the ninety-seventh and ninety-eighth blind validation parts (what each side promised, wants and fears, and emotional reactions; blind at 2b3d4d6: hit@1 0.867 and 0.911, hit@3 0.956 and 0.956, 0 and 0 of 45 answerable refused, 8 and 8 of 8 unanswerable refused, direct 16 and 15 right / 1 and 0 wrong of 18): today's figures less one question. */
const CHAT_VAL_196_FLOOR = { hitAt1: 0.844, hitAt3: 0.933, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 15, directWrong: 2 };
const CHAT_VAL_198_FLOOR = { hitAt1: 0.888, hitAt3: 0.933, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 14, directWrong: 1 };

/** Floors on the ninety-ninth and hundredth blind validation parts (dates, days, months and years, and who questions; blind at d7d577f: hit@1 0.978 and 0.956, hit@3 0.978 and 1.000, 1 and 0 of 45 answerable refused, 8 and 8 of 8 unanswerable refused, direct 17 and 16 right / 0 and 1 wrong of 18): today's figures less one question. */
const CHAT_VAL_200_FLOOR = { hitAt1: 0.955, hitAt3: 0.955, answerableRefused: 0.045, unanswerableRefused: 0.874, directRight: 16, directWrong: 1 };
const CHAT_VAL_202_FLOOR = { hitAt1: 0.933, hitAt3: 0.977, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 15, directWrong: 2 };

/** Floors on the hundred-and-first blind validation part (a history server, then and now; blind at f2140c9: hit@1 0.978, hit@3 1.000, 0 of 45 answerable refused, 8 of 8 unanswerable refused, direct 18 right / 0 wrong of 18): today's figures less one question. */
const CHAT_VAL_204_FLOOR = { hitAt1: 0.955, hitAt3: 0.977, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 17, directWrong: 1 };

/** Floors on the hundred-and-second blind validation part (members addressing the bot politely or indirectly; blind at f2140c9: hit@1 0.844, hit@3 0.911, 4 of 45 answerable refused, 7 of 8 unanswerable refused, direct 15 right / 0 wrong of 18, short of the check; after two training parts in its voice, its questions not looked at, 0.911, 1.000, 0, 7, 15 / 0 at 1c33dcc): today's figures less one question. */
const CHAT_VAL_206_FLOOR = { hitAt1: 0.888, hitAt3: 0.977, answerableRefused: 0.023, unanswerableRefused: 0.749, directRight: 14, directWrong: 1 };

/** Floors on the hundred-and-third and hundred-and-fourth blind validation parts (typical casual Discord members, and phone users typing fast; blind at d478a59: hit@1 0.956 and 0.956, hit@3 1.000 and 1.000, 0 and 0 of 45 answerable refused, 8 and 8 of 8 unanswerable refused, direct 17 and 18 right / 0 and 0 wrong of 18): today's figures less one question. */
const CHAT_VAL_208_FLOOR = { hitAt1: 0.933, hitAt3: 0.977, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 16, directWrong: 1 };
const CHAT_VAL_210_FLOOR = { hitAt1: 0.933, hitAt3: 0.977, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 17, directWrong: 1 };

/** Floors on the hundred-and-fifth blind validation part (pasted lines from the articles; blind at 1cfbd0a: hit@1 0.911, hit@3 0.956, 2 of 45 answerable refused, 8 of 8 unanswerable refused, direct 17 right / 0 wrong of 18): today's figures less one question. */
const CHAT_VAL_212_FLOOR = { hitAt1: 0.888, hitAt3: 0.933, answerableRefused: 0.067, unanswerableRefused: 0.874, directRight: 16, directWrong: 1 };

/** Floors on the hundred-and-sixth blind validation part (misspelt names; blind at 1cfbd0a: hit@1 0.778, hit@3 0.844, 6 of 45 answerable refused, 8 of 8 unanswerable refused, direct 16 right / 0 wrong of 18, short of the check's hit@1, hit@3 and answerable-refused criteria; after four training parts in its voice, its questions not looked at, 0.822, 0.889, 4, 8, 16 / 0 at 74a4e41, still short): today's figures less one question, a guard against going back, not a mark of passing. */
const CHAT_VAL_214_FLOOR = { hitAt1: 0.8, hitAt3: 0.866, answerableRefused: 0.111, unanswerableRefused: 0.874, directRight: 15, directWrong: 1 };

/** Floors on the hundred-and-seventh and hundred-and-eighth blind validation parts (a news-discussion server's compact questions, and numbers and dates to verify or compare; blind at 7a78ca5: hit@1 0.978 and 0.933, hit@3 1.000 and 0.978, 0 and 1 of 45 answerable refused, 8 and 8 of 8 unanswerable refused, direct 16 and 17 right / 1 and 0 wrong of 18): today's figures less one question. */
const CHAT_VAL_216_FLOOR = { hitAt1: 0.955, hitAt3: 0.977, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 15, directWrong: 2 };
const CHAT_VAL_218_FLOOR = { hitAt1: 0.911, hitAt3: 0.955, answerableRefused: 0.045, unanswerableRefused: 0.874, directRight: 16, directWrong: 1 };

/** Floors on the hundred-and-ninth and hundred-and-tenth blind validation parts (a trivia host and players, and what it all means for people and the region; blind at 621aa07: hit@1 0.911 and 0.911, hit@3 0.956 and 0.956, 2 and 0 of 45 answerable refused, 8 and 7 of 8 unanswerable refused, direct 14 and 18 right / 0 and 0 wrong of 18): today's figures less one question. */
const CHAT_VAL_220_FLOOR = { hitAt1: 0.888, hitAt3: 0.933, answerableRefused: 0.067, unanswerableRefused: 0.874, directRight: 13, directWrong: 1 };
const CHAT_VAL_222_FLOOR = { hitAt1: 0.888, hitAt3: 0.933, answerableRefused: 0.023, unanswerableRefused: 0.749, directRight: 17, directWrong: 1 };

/** Floors on the hundred-and-eleventh blind validation part (short follow-up style questions; blind at ddd96ba: hit@1 0.956, hit@3 0.978, 0 of 45 answerable refused, 8 of 8 unanswerable refused, direct 17 right / 0 wrong of 18): today's figures less one question. */
const CHAT_VAL_224_FLOOR = { hitAt1: 0.933, hitAt3: 0.955, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 16, directWrong: 1 };

/** Floors on the hundred-and-twelfth blind validation part (a formal careful register; blind at 9dee1e9: hit@1 0.844, hit@3 0.911, 2 of 45 answerable refused, 7 of 8 unanswerable refused, direct 14 right / 0 wrong of 18, short of the check's hit@3; after a training part in its voice, its questions not looked at, 0.844, 0.933, 1, 7, 14 / 0 at 2dfa55b): today's figures less one question. */
const CHAT_VAL_226_FLOOR = { hitAt1: 0.822, hitAt3: 0.911, answerableRefused: 0.045, unanswerableRefused: 0.749, directRight: 13, directWrong: 1 };

/** Floors on the hundred-and-thirteenth blind validation part (misspelling-heavy fast typing; blind at 3f37dca: hit@1 0.844, hit@3 0.867, 5 of 45 answerable refused, 6 of 8 unanswerable refused, direct 15 right / 1 wrong of 18, short of the check's hit@3 and answerable-refused criteria): today's figures less one question, a guard against going back, not a mark of passing. */
const CHAT_VAL_228_FLOOR = { hitAt1: 0.822, hitAt3: 0.844, answerableRefused: 0.134, unanswerableRefused: 0.624, directRight: 14, directWrong: 2 };

/** Floors on the hundred-and-fourteenth blind validation part (tidy questions of a politics-students' server; blind at 3f37dca: hit@1 0.978, hit@3 1.000, 0 of 45 answerable refused, 8 of 8 unanswerable refused, direct 17 right / 0 wrong of 18): today's figures less one question. */
const CHAT_VAL_230_FLOOR = { hitAt1: 0.955, hitAt3: 0.977, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 16, directWrong: 1 };

/** Floors on the hundred-and-fifteenth to hundred-and-eighteenth blind validation parts (a general-chat channel, careful complete sentences, names and words misspelt as they sound on a phone, a study group; written at the end of the thirty-eighth session and measured blind at its last code, 599bb35: hit@1 0.933, 0.844, 0.867 and 0.822, hit@3 1.000, 0.956, 0.911 and 0.978, 0, 1, 3 and 0 of 45 answerable refused, 8, 7, 8 and 7 of 8 unanswerable refused, direct 18 / 0, 16 / 1, 14 / 0 and 18 / 0 of 18; the third short of the check's hit@3 and answerable-refused criteria, its floor a guard against going back): today's figures less one question. */
const CHAT_VAL_232_FLOOR = { hitAt1: 0.911, hitAt3: 0.977, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 17, directWrong: 1 };
const CHAT_VAL_234_FLOOR = { hitAt1: 0.822, hitAt3: 0.933, answerableRefused: 0.045, unanswerableRefused: 0.749, directRight: 15, directWrong: 2 };
const CHAT_VAL_236_FLOOR = { hitAt1: 0.844, hitAt3: 0.888, answerableRefused: 0.089, unanswerableRefused: 0.874, directRight: 13, directWrong: 1 };
const CHAT_VAL_238_FLOOR = { hitAt1: 0.8, hitAt3: 0.955, answerableRefused: 0.023, unanswerableRefused: 0.749, directRight: 17, directWrong: 1 };

/** Floors on the hundred-and-nineteenth blind validation part (names and hard words spelt as they sound, on a phone; blind at 59f0ddf: hit@1 0.800, hit@3 0.867, 5 of 45 answerable refused, 7 of 8 unanswerable refused, direct 14 right / 0 wrong of 18, short of the check's hit@3 and answerable-refused criteria; after words looked up by their sound, trained on a training part in that voice and its questions not looked at, 0.822, 0.889, 4, 7, 15 / 0): today's figures less one question, a guard against going back, not a mark of passing. */
const CHAT_VAL_240_FLOOR = { hitAt1: 0.8, hitAt3: 0.866, answerableRefused: 0.112, unanswerableRefused: 0.749, directRight: 14, directWrong: 1 };

/** Floors on the hundred-and-twentieth and hundred-and-twenty-first blind validation parts (a busy general server, context before the question and two questions in one message; newcomers' short vague questions; blind at 59f0ddf: hit@1 0.889 and 0.889, hit@3 0.956 and 0.956, 1 and 0 of 45 answerable refused, 8 of 8 unanswerable refused, direct 17 right / 0 wrong and 16 / 1 of 18): today's figures less one question. */
const CHAT_VAL_242_FLOOR = { hitAt1: 0.866, hitAt3: 0.933, answerableRefused: 0.045, unanswerableRefused: 0.874, directRight: 16, directWrong: 1 };
const CHAT_VAL_244_FLOOR = { hitAt1: 0.866, hitAt3: 0.933, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 15, directWrong: 2 };

/** Floors on the hundred-and-twenty-second and hundred-and-twenty-third blind validation parts (typical casual Discord questions of a general channel; members checking quotes and who said what; blind at 877ba6d: hit@1 0.978 and 0.978, hit@3 1.000 and 0.978, 0 of 45 answerable refused, 8 of 8 unanswerable refused, direct 18 right / 0 wrong and 14 / 2 of 18): today's figures less one question. */
const CHAT_VAL_246_FLOOR = { hitAt1: 0.955, hitAt3: 0.977, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 17, directWrong: 1 };
const CHAT_VAL_248_FLOOR = { hitAt1: 0.955, hitAt3: 0.955, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 13, directWrong: 3 };

/** Floors on the hundred-and-twenty-fourth and hundred-and-twenty-fifth blind validation parts (hurried phone typing; a history class's students; blind at 455d5b5: hit@1 0.933 and 0.911, hit@3 0.956 and 0.978, 0 and 1 of 45 answerable refused, 8 of 8 unanswerable refused, direct 17 right / 0 wrong and 18 / 0 of 18): today's figures less one question. */
const CHAT_VAL_250_FLOOR = { hitAt1: 0.911, hitAt3: 0.933, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 16, directWrong: 1 };
const CHAT_VAL_252_FLOOR = { hitAt1: 0.888, hitAt3: 0.955, answerableRefused: 0.045, unanswerableRefused: 0.874, directRight: 17, directWrong: 1 };

/** Floors on the hundred-and-twenty-sixth to hundred-and-twenty-eighth blind validation parts (names and words spelt as they sound; sarcastic, joking or exasperated members; a line read somewhere, quoted or paraphrased; blind at adc975f: hit@1 0.889, 0.778 and 0.889, hit@3 0.911, 0.889 and 0.933, 2, 3 and 1 of 45 answerable refused, 8, 8 and 7 of 8 unanswerable refused, direct 15 right / 0 wrong, 11 / 2 and 16 / 0 of 18; the first two short of the check, val 256 on every criterion but the unanswerable one): today's figures less one question, for those two a guard against going back, not a mark of passing. */
const CHAT_VAL_254_FLOOR = { hitAt1: 0.866, hitAt3: 0.888, answerableRefused: 0.067, unanswerableRefused: 0.874, directRight: 14, directWrong: 1 };
const CHAT_VAL_256_FLOOR = { hitAt1: 0.755, hitAt3: 0.866, answerableRefused: 0.089, unanswerableRefused: 0.874, directRight: 10, directWrong: 3 };
const CHAT_VAL_258_FLOOR = { hitAt1: 0.866, hitAt3: 0.911, answerableRefused: 0.045, unanswerableRefused: 0.749, directRight: 15, directWrong: 1 };

/** Floors on the hundred-and-twenty-ninth and hundred-and-thirtieth blind validation parts (two members disagreeing and tagging the bot to settle it; short tidy factual questions in lower case; blind at e0fa548: hit@1 0.733 and 1.000, hit@3 0.800 and 1.000, 8 and 0 of 45 answerable refused, 7 and 8 of 8 unanswerable refused, direct 10 right / 0 wrong and 18 / 0 of 18; val 260 short of the check on all but the unanswerable criterion): today's figures less one question, for val 260 a guard against going back, not a mark of passing. */
const CHAT_VAL_260_FLOOR = { hitAt1: 0.711, hitAt3: 0.777, answerableRefused: 0.201, unanswerableRefused: 0.749, directRight: 9, directWrong: 1 };
const CHAT_VAL_262_FLOOR = { hitAt1: 0.977, hitAt3: 0.977, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 17, directWrong: 1 };

/** Floors on the hundred-and-thirty-first blind validation part (members stating what they believe and asking the bot to check it; blind at 20eb672: hit@1 0.711, hit@3 0.867, 5 of 45 answerable refused, 6 of 8 unanswerable refused, direct 11 right / 0 wrong of 18, short of the check on all but the unanswerable and wrong-line criteria): today's figures less one question, a guard against going back, not a mark of passing. */
const CHAT_VAL_264_FLOOR = { hitAt1: 0.688, hitAt3: 0.844, answerableRefused: 0.134, unanswerableRefused: 0.624, directRight: 10, directWrong: 1 };

/** Floors on the hundred-and-thirty-second and hundred-and-thirty-third blind validation parts (typical casual questions of a general channel, one fact each; the people of the articles; blind at 0edd353: hit@1 0.933 and 0.956, hit@3 1.000 and 1.000, 0 of 45 answerable refused, 8 of 8 unanswerable refused, direct 18 right / 0 wrong and 17 / 0 of 18): today's figures less one question. */
const CHAT_VAL_266_FLOOR = { hitAt1: 0.911, hitAt3: 0.977, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 17, directWrong: 1 };
const CHAT_VAL_268_FLOOR = { hitAt1: 0.933, hitAt3: 0.977, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 16, directWrong: 1 };

/** Floors on the hundred-and-thirty-fourth blind validation part (members arguing and tagging the bot to settle it, val 260's voice, written after the claims of such messages were kept; blind at de0f317: hit@1 0.822, hit@3 0.911, 3 of 45 answerable refused, 8 of 8 unanswerable refused, direct 13 right / 0 wrong of 18, short of the check's hit@3 and answerable-refused criteria): today's figures less one question, a guard against going back, not a mark of passing. */
const CHAT_VAL_270_FLOOR = { hitAt1: 0.8, hitAt3: 0.888, answerableRefused: 0.089, unanswerableRefused: 0.874, directRight: 12, directWrong: 1 };

/** Floors on the hundred-and-thirty-fifth to hundred-and-thirty-eighth blind validation parts (a general server's members asking in passing; names and words mistyped as they sound, with shorthand; arguments and beliefs put to the bot, and plain questions; a reading group's tidy questions; blind at 3755e11: hit@1 0.956, 0.978, 0.911 and 0.889, hit@3 1.000, 0.978, 0.978 and 0.956, 0, 0, 1 and 1 of 45 answerable refused, 8, 8, 7 and 8 of 8 unanswerable refused, direct 18 / 0, 17 / 0, 18 / 0 and 18 / 0 of 18): today's figures less one question. */
const CHAT_VAL_272_FLOOR = { hitAt1: 0.933, hitAt3: 0.977, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 17, directWrong: 1 };
const CHAT_VAL_274_FLOOR = { hitAt1: 0.955, hitAt3: 0.955, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 16, directWrong: 1 };
const CHAT_VAL_276_FLOOR = { hitAt1: 0.888, hitAt3: 0.955, answerableRefused: 0.045, unanswerableRefused: 0.749, directRight: 17, directWrong: 1 };
const CHAT_VAL_278_FLOOR = { hitAt1: 0.866, hitAt3: 0.933, answerableRefused: 0.045, unanswerableRefused: 0.874, directRight: 17, directWrong: 1 };

/** Floors on the hundred-and-thirty-ninth to hundred-and-forty-second blind validation parts (casual members, some with context; phones typing fast; a mixed server; quotes, dates and numbers; written at the end of the thirty-ninth session and measured blind at its last code, cf14d61: hit@1 0.911, 0.911, 0.933 and 0.889, hit@3 0.933, 0.978, 1.000 and 0.956, none of 45 answerable refused, 8 of 8 unanswerable refused, direct 17 / 0, 18 / 0, 17 / 0 and 16 / 1 of 18): today's figures less one question. */
const CHAT_VAL_280_FLOOR = { hitAt1: 0.888, hitAt3: 0.911, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 16, directWrong: 1 };
const CHAT_VAL_282_FLOOR = { hitAt1: 0.888, hitAt3: 0.955, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 17, directWrong: 1 };
const CHAT_VAL_284_FLOOR = { hitAt1: 0.911, hitAt3: 0.977, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 16, directWrong: 1 };
const CHAT_VAL_286_FLOOR = { hitAt1: 0.866, hitAt3: 0.933, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 15, directWrong: 2 };

/** Floors on the hundred-and-forty-third to hundred-and-forty-seventh blind validation parts (sarcastic and ironic members; members disagreeing and settling it; beliefs put to the bot to check; a busy general server; words and names spelt by ear; written at the end of the fortieth session and measured at its last code, d263f7f: hit@1 0.889, 0.867, 0.844, 0.867 and 0.956, hit@3 0.911, 0.889, 0.933, 0.978 and 1.000, 3, 3, 1, 0 and 0 of 45 answerable refused, 8 of 8 unanswerable refused each, direct 13-0, 17-0, 14-2, 17-0 and 17-0 of 18; val 288 and 290 short of the independent check's hit@3 and answerable refused, so a guard against going back, not a mark of passing): those figures less one question. */
const CHAT_VAL_288_FLOOR = { hitAt1: 0.866, hitAt3: 0.888, answerableRefused: 0.089, unanswerableRefused: 0.874, directRight: 12, directWrong: 1 };
const CHAT_VAL_290_FLOOR = { hitAt1: 0.844, hitAt3: 0.866, answerableRefused: 0.089, unanswerableRefused: 0.874, directRight: 16, directWrong: 1 };
const CHAT_VAL_292_FLOOR = { hitAt1: 0.822, hitAt3: 0.911, answerableRefused: 0.045, unanswerableRefused: 0.874, directRight: 13, directWrong: 3 };
const CHAT_VAL_294_FLOOR = { hitAt1: 0.844, hitAt3: 0.955, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 16, directWrong: 1 };
const CHAT_VAL_296_FLOOR = { hitAt1: 0.933, hitAt3: 0.977, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 16, directWrong: 1 };

/** Floors on the hundred-and-forty-eighth to hundred-and-fifty-first blind validation parts (a sarcastic meme-loving server; heated arguments; long messages with the asker's reasons; who said what, when and where; written last in the fortieth session and measured at its code then, 664dab4: hit@1 0.889, 0.867, 0.911 and 0.889, hit@3 0.889, 0.933, 0.933 and 0.978, 3, 1, 2 and 1 of 45 answerable refused, 8, 7, 8 and 7 of 8 unanswerable refused, direct 17-0, 14-1, 13-1 and 16-0 of 18; val 298 short of the independent check's hit@3 and answerable refused, so a guard against going back, not a mark of passing): those figures less one question. */
const CHAT_VAL_298_FLOOR = { hitAt1: 0.866, hitAt3: 0.866, answerableRefused: 0.089, unanswerableRefused: 0.874, directRight: 16, directWrong: 1 };
const CHAT_VAL_300_FLOOR = { hitAt1: 0.844, hitAt3: 0.911, answerableRefused: 0.045, unanswerableRefused: 0.749, directRight: 13, directWrong: 2 };
const CHAT_VAL_302_FLOOR = { hitAt1: 0.888, hitAt3: 0.911, answerableRefused: 0.067, unanswerableRefused: 0.874, directRight: 12, directWrong: 2 };
const CHAT_VAL_304_FLOOR = { hitAt1: 0.866, hitAt3: 0.955, answerableRefused: 0.045, unanswerableRefused: 0.749, directRight: 15, directWrong: 1 };

/** Floors on the hundred-and-fifty-second to hundred-and-fifty-fourth blind validation parts (sarcastic and ironic members; members disagreeing, quoting each other's lines; a typical busy general server; written in the forty-first session and measured at its code then, c777e65: hit@1 0.844, 0.800 and 0.911, hit@3 0.933, 0.844 and 1.000, 2, 5 and 0 of 45 answerable refused, 8, 8 and 8 of 8 unanswerable refused, direct 15-1, 16-0 and 17-0 of 18): those figures less one question. */
const CHAT_VAL_306_FLOOR = { hitAt1: 0.822, hitAt3: 0.911, answerableRefused: 0.067, unanswerableRefused: 0.874, directRight: 14, directWrong: 2 };
const CHAT_VAL_308_FLOOR = { hitAt1: 0.777, hitAt3: 0.822, answerableRefused: 0.134, unanswerableRefused: 0.874, directRight: 15, directWrong: 1 };
const CHAT_VAL_310_FLOOR = { hitAt1: 0.888, hitAt3: 0.977, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 16, directWrong: 1 };

/** Floors on the hundred-and-fifty-fifth to hundred-and-fifty-seventh blind validation parts (chat logs pasted as lines, then "settle this"; a sarcastic meme server; members disagreeing and correcting each other; written in the forty-first session and measured at its code then, f8b70b8: hit@1 0.911, 0.867 and 0.956, hit@3 0.956, 0.911 and 1.000, 2, 3 and 0 of 45 answerable refused, 6, 7 and 8 of 8 unanswerable refused, direct 13-2, 18-0 and 17-0 of 18): those figures less one question. */
const CHAT_VAL_312_FLOOR = { hitAt1: 0.888, hitAt3: 0.933, answerableRefused: 0.067, unanswerableRefused: 0.624, directRight: 12, directWrong: 3 };
const CHAT_VAL_314_FLOOR = { hitAt1: 0.844, hitAt3: 0.888, answerableRefused: 0.089, unanswerableRefused: 0.749, directRight: 17, directWrong: 1 };
const CHAT_VAL_316_FLOOR = { hitAt1: 0.933, hitAt3: 0.977, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 16, directWrong: 1 };

/** Floors on the hundred-and-fifty-eighth to hundred-and-sixtieth blind validation parts (sarcastic and ironic members; a typical busy general server; beliefs put to the bot; written last in the forty-first session and measured at its code then, e406945: hit@1 0.800, 0.978 and 1.000, hit@3 0.933, 1.000 and 1.000, 1, 0 and 0 of 45 answerable refused, 8 of 8 unanswerable refused each, direct 14-0, 17-0 and 17-0 of 18): those figures less one question. */
const CHAT_VAL_318_FLOOR = { hitAt1: 0.777, hitAt3: 0.911, answerableRefused: 0.045, unanswerableRefused: 0.874, directRight: 13, directWrong: 1 };
const CHAT_VAL_320_FLOOR = { hitAt1: 0.955, hitAt3: 0.977, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 16, directWrong: 1 };
const CHAT_VAL_322_FLOOR = { hitAt1: 0.977, hitAt3: 0.977, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 16, directWrong: 1 };

/** Floors on the hundred-and-sixty-first to hundred-and-sixty-third blind validation parts (members disagreeing, quoting each other and pasting chat logs; a sarcastic meme server; terse fragments and long rambles; written first in the forty-second session and measured at its code then, 97e860d: hit@1 0.911, 0.800 and 0.889, hit@3 0.956, 0.867 and 0.956, 1, 5 and 1 of 45 answerable refused, 8 of 8 unanswerable refused each, direct 13-1, 9-1 and 15-0 of 18): those figures less one question. */
const CHAT_VAL_324_FLOOR = { hitAt1: 0.888, hitAt3: 0.933, answerableRefused: 0.045, unanswerableRefused: 0.874, directRight: 12, directWrong: 2 };
const CHAT_VAL_326_FLOOR = { hitAt1: 0.777, hitAt3: 0.844, answerableRefused: 0.134, unanswerableRefused: 0.874, directRight: 8, directWrong: 2 };
const CHAT_VAL_328_FLOOR = { hitAt1: 0.866, hitAt3: 0.933, answerableRefused: 0.045, unanswerableRefused: 0.874, directRight: 14, directWrong: 1 };

/** Floors on the hundred-and-sixty-fourth and hundred-and-sixty-fifth blind validation parts (a sarcastic meme server; members who misremember, put wrong claims to the bot or check quotations; written second in the forty-second session and measured at its code then, 148fd2f: hit@1 0.889 each, hit@3 0.933 and 0.911, 1 and 3 of 45 answerable refused, 8 of 8 unanswerable refused each, direct 17-0 and 14-0 of 18): those figures less one question. */
const CHAT_VAL_330_FLOOR = { hitAt1: 0.866, hitAt3: 0.911, answerableRefused: 0.045, unanswerableRefused: 0.874, directRight: 16, directWrong: 1 };
const CHAT_VAL_332_FLOOR = { hitAt1: 0.866, hitAt3: 0.888, answerableRefused: 0.089, unanswerableRefused: 0.874, directRight: 13, directWrong: 1 };

/** Floors on the hundred-and-sixty-sixth and hundred-and-sixty-seventh blind validation parts (English learners and voice-to-text; the American side and the wider picture; written third in the forty-second session and measured at its code then, cf3eaf9: hit@1 0.933 and 0.978, hit@3 0.978 each, 1 and 0 of 45 answerable refused, 7 and 8 of 8 unanswerable refused, direct 15-0 and 18-0 of 18): those figures less one question. */
const CHAT_VAL_334_FLOOR = { hitAt1: 0.911, hitAt3: 0.955, answerableRefused: 0.045, unanswerableRefused: 0.749, directRight: 14, directWrong: 1 };
const CHAT_VAL_336_FLOOR = { hitAt1: 0.955, hitAt3: 0.955, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 17, directWrong: 1 };

/** Floors on the hundred-and-sixty-eighth and hundred-and-sixty-ninth blind validation parts (a busy general server; who said what; written fourth in the forty-second session and measured at its code then, f38d18d: hit@1 0.933 and 0.956, hit@3 0.978 and 1.000, none of 45 answerable refused, 8 of 8 unanswerable refused each, direct 15-0 and 16-1 of 18): those figures less one question. */
const CHAT_VAL_338_FLOOR = { hitAt1: 0.911, hitAt3: 0.955, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 14, directWrong: 1 };
const CHAT_VAL_340_FLOOR = { hitAt1: 0.933, hitAt3: 0.977, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 15, directWrong: 2 };

/** Floors on the hundred-and-seventieth and hundred-and-seventy-first blind validation parts (terse fragments that stand on their own, and long rambles; sarcastic and ironic members; written fifth in the forty-second session and measured at its code then, 64121a5: hit@1 0.822 and 0.911, hit@3 0.978 and 0.956, 0 and 2 of 45 answerable refused, 8 and 7 of 8 unanswerable refused, direct 15-0 and 16-0 of 18): those figures less one question. */
const CHAT_VAL_342_FLOOR = { hitAt1: 0.8, hitAt3: 0.955, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 14, directWrong: 1 };
const CHAT_VAL_344_FLOOR = { hitAt1: 0.888, hitAt3: 0.933, answerableRefused: 0.067, unanswerableRefused: 0.749, directRight: 15, directWrong: 1 };

/** Floors on the hundred-and-seventy-second and hundred-and-seventy-third blind validation parts (messages pasted from Discord and other chat apps; a typical busy general server; written sixth in the forty-second session and measured at its code then, d2bfea2: hit@1 0.889 and 0.956, hit@3 0.956 and 1.000, 1 and 0 of 45 answerable refused, 8 of 8 unanswerable refused each, direct 17-0 and 18-0 of 18): those figures less one question. */
const CHAT_VAL_346_FLOOR = { hitAt1: 0.866, hitAt3: 0.933, answerableRefused: 0.045, unanswerableRefused: 0.874, directRight: 16, directWrong: 1 };
const CHAT_VAL_348_FLOOR = { hitAt1: 0.933, hitAt3: 0.977, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 17, directWrong: 1 };

/** Floors on the hundred-and-seventy-fourth and hundred-and-seventy-fifth blind validation parts (messages pasted from Discord and other chat apps; sarcastic members joking after the question; written seventh in the forty-second session and measured at its code then, 8545bf1: hit@1 0.844 and 0.933, hit@3 0.867 and 0.978, 6 and 1 of 45 answerable refused, 7 and 8 of 8 unanswerable refused, direct 12-0 and 16-0 of 18): those figures less one question. */
const CHAT_VAL_350_FLOOR = { hitAt1: 0.822, hitAt3: 0.844, answerableRefused: 0.155, unanswerableRefused: 0.749, directRight: 11, directWrong: 1 };
const CHAT_VAL_352_FLOOR = { hitAt1: 0.911, hitAt3: 0.955, answerableRefused: 0.045, unanswerableRefused: 0.874, directRight: 15, directWrong: 1 };

/** Floors on the hundred-and-seventy-sixth and hundred-and-seventy-seventh blind validation parts (messages copied out of Discord and other chat apps; English learners; written eighth in the forty-second session and measured at its code then, ebd9993: hit@1 0.844 and 0.911, hit@3 0.867 and 0.978, 6 and 0 of 45 answerable refused, 7 of 8 unanswerable refused each, direct 15-0 and 14-1 of 18): those figures less one question. */
const CHAT_VAL_354_FLOOR = { hitAt1: 0.822, hitAt3: 0.844, answerableRefused: 0.155, unanswerableRefused: 0.749, directRight: 14, directWrong: 1 };
const CHAT_VAL_356_FLOOR = { hitAt1: 0.888, hitAt3: 0.955, answerableRefused: 0.023, unanswerableRefused: 0.749, directRight: 13, directWrong: 2 };

/** Floors on the hundred-and-seventy-eighth and hundred-and-seventy-ninth blind validation parts (chat logs pasted from WhatsApp, Telegram, Slack, Messenger or Discord; messages that ask two or three things at once; written ninth in the forty-second session and measured at its code then, 2d9e1b5: hit@1 0.956 and 0.933, hit@3 0.956 each, 2 and 0 of 45 answerable refused, 7 and 8 of 8 unanswerable refused, direct 15-0 and 15-1 of 18): those figures less one question. */
const CHAT_VAL_358_FLOOR = { hitAt1: 0.933, hitAt3: 0.933, answerableRefused: 0.067, unanswerableRefused: 0.749, directRight: 14, directWrong: 1 };
const CHAT_VAL_360_FLOOR = { hitAt1: 0.911, hitAt3: 0.933, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 14, directWrong: 2 };

/** Floors on the hundred-and-eightieth and hundred-and-eighty-first blind validation parts (sarcastic and ironic members; members putting claims to the bot to confirm or correct; written tenth in the forty-second session and measured at its code then, de86adc: hit@1 0.822 and 0.867, hit@3 0.867 and 0.911, 4 of 45 answerable refused each, 8 and 5 of 8 unanswerable refused, direct 15-1 and 11-1 of 18): those figures less one question. */
const CHAT_VAL_362_FLOOR = { hitAt1: 0.8, hitAt3: 0.844, answerableRefused: 0.112, unanswerableRefused: 0.874, directRight: 14, directWrong: 2 };
const CHAT_VAL_364_FLOOR = { hitAt1: 0.844, hitAt3: 0.888, answerableRefused: 0.112, unanswerableRefused: 0.499, directRight: 10, directWrong: 2 };

/** Floors on the hundred-and-eighty-second and hundred-and-eighty-third blind validation parts (wrong or half-right claims put to the bot, with ordinary questions; a mixed general server; written last in the forty-second session and measured at its code then, 1f9c3b3: hit@1 0.911 and 0.933, hit@3 0.978 each, 1 and 0 of 45 answerable refused, 8 of 8 unanswerable refused each, direct 17-0 each of 18): those figures less one question. */
const CHAT_VAL_366_FLOOR = { hitAt1: 0.888, hitAt3: 0.955, answerableRefused: 0.045, unanswerableRefused: 0.874, directRight: 16, directWrong: 1 };
const CHAT_VAL_368_FLOOR = { hitAt1: 0.911, hitAt3: 0.955, answerableRefused: 0.023, unanswerableRefused: 0.874, directRight: 16, directWrong: 1 };

/** Floors on the fifteenth chat training part (voice-to-text, learners, phone keyboards; blind at 7d7aab1: hit@1 0.844, hit@3 0.911, 4 of 90 answerable refused, direct 29 right / 3 wrong of 41): today's figures less one question. */
const CHAT_TRAIN_15_FLOOR = { hitAt1: 0.966, hitAt3: 0.988, answerableRefused: 0.012, unanswerableRefused: 0.959, directRight: 40, directWrong: 1 };

/** Floors on the seventeenth chat training part (short facts asked tersely, at length, with wrong guesses; blind at 39de324: hit@1 0.702, hit@3 0.809, 15 of 188 answerable refused, direct 65 right / 7 wrong of 146): today's figures less one question. */
const CHAT_TRAIN_17_FLOOR = { hitAt1: 0.914, hitAt3: 0.967, answerableRefused: 0.017, unanswerableRefused: 0.916, directRight: 118, directWrong: 2 };

/** Floors on the nineteenth chat training part (sceptics and debaters; 60 unanswerable, 44 on-topic near misses; blind at 39de324: hit@1 0.797, hit@3 0.862, 6 of 123 answerable refused, 37 of 60 unanswerable refused): today's figures less one question. */
const CHAT_TRAIN_19_FLOOR = { hitAt1: 0.967, hitAt3: 0.983, answerableRefused: 0.009, unanswerableRefused: 0.899, directRight: 41, directWrong: 1 };

/** Floors on the twenty-first chat training part (one question per sentence of the articles; blind at a06aca5: hit@1 0.765, hit@3 0.843, 5 of 102 answerable refused, direct 30 right / 5 wrong of 44): today's figures less one question. */
const CHAT_TRAIN_21_FLOOR = { hitAt1: 0.948, hitAt3: 0.989, answerableRefused: 0.011, unanswerableRefused: 0.892, directRight: 42, directWrong: 1 };

/** Floors on the twenty-third chat training part (people who never read the articles; blind at 5bb7519: hit@1 0.676, hit@3 0.739, 18 of 111 answerable refused): today's figures less one question. */
const CHAT_TRAIN_23_FLOOR = { hitAt1: 0.887, hitAt3: 0.981, answerableRefused: 0.01, unanswerableRefused: 0.892, directRight: 37, directWrong: 2 };

/** Floors on the third chat training part: today's figures less one question. */
const CHAT_TRAIN_3_FLOOR = { hitAt1: 0.946, hitAt3: 0.984, answerableRefused: 0.008, unanswerableRefused: 0.974, directRight: 54, directWrong: 1 };

/** Floors on the second chat training part: today's figures less one question. */
const CHAT_TRAIN_2_FLOOR = { hitAt1: 0.931, hitAt3: 0.99, answerableRefused: 0.005, unanswerableRefused: 0.909, directRight: 76, directWrong: 2 };

/** The bot's answer quality on the dev questions; figures are deterministic, so this is a fair gate. */
describe("answer quality (npm run eval)", () => {
  const answerer = buildAnswerer("corpus");
  const system = (q: string) => {
    const a = answerer.answer(q, { top: 10 });
    return { answered: a.answered, passages: a.passages.map((p) => p.text), ...(a.direct ? { direct: a.direct.text } : {}) };
  };

  it("meets the targets on the dev questions", () => {
    const report = evaluate(readQuestionFile("tests/eval/dev-qa.json"), system);
    expect(report.answerable).toBe(20);
    expect(report.hitAt1).toBeGreaterThanOrEqual(0.9);
    expect(report.hitAt3).toBe(1);
    expect(report.unanswerableRefused).toBe(1);
    expect(report.answerableRefused).toBe(0);
  });

  it("holds up on the team's second question file", () => {
    const report = evaluate(readQuestionFile("tests/eval/extra-qa.json"), system);
    expect(report.hitAt3).toBeGreaterThanOrEqual(0.9);
    // 5 of 6: the fitted refusal answers "who won the football world cup" from a sentence about "the world".
    expect(report.unanswerableRefused).toBeGreaterThanOrEqual(5 / 6);
    expect(report.answerableRefused).toBe(0);
  });

  // The test part is never tuned on: these floors are today's figures (npm run eval), so that a
  // change that makes members' questions worse understood fails here; the second training part,
  // larger than the first, guards the same way.
  it.each([
    ["test", "tests/eval/chat-test.json", 101, CHAT_TEST_FLOOR],
    ["blind validation", "tests/eval/chat-val-4.json", 132, CHAT_VAL_4_FLOOR],
    ["second blind validation", "tests/eval/chat-val-6.json", 130, CHAT_VAL_6_FLOOR],
    ["third blind validation", "tests/eval/chat-val-8.json", 45, CHAT_VAL_8_FLOOR],
    ["fourth blind validation", "tests/eval/chat-val-10.json", 45, CHAT_VAL_10_FLOOR],
    ["fifth blind validation", "tests/eval/chat-val-12.json", 45, CHAT_VAL_12_FLOOR],
    ["sixth blind validation", "tests/eval/chat-val-14.json", 45, CHAT_VAL_14_FLOOR],
    ["seventh blind validation", "tests/eval/chat-val-16.json", 45, CHAT_VAL_16_FLOOR],
    ["eighth blind validation", "tests/eval/chat-val-18.json", 45, CHAT_VAL_18_FLOOR],
    ["ninth blind validation", "tests/eval/chat-val-20.json", 45, CHAT_VAL_20_FLOOR],
    ["tenth blind validation", "tests/eval/chat-val-22.json", 45, CHAT_VAL_22_FLOOR],
    ["eleventh blind validation", "tests/eval/chat-val-24.json", 45, CHAT_VAL_24_FLOOR],
    ["twelfth blind validation", "tests/eval/chat-val-26.json", 45, CHAT_VAL_26_FLOOR],
    ["thirteenth blind validation", "tests/eval/chat-val-28.json", 45, CHAT_VAL_28_FLOOR],
    ["fourteenth blind validation", "tests/eval/chat-val-30.json", 45, CHAT_VAL_30_FLOOR],
    ["fifteenth blind validation", "tests/eval/chat-val-32.json", 45, CHAT_VAL_32_FLOOR],
    ["sixteenth blind validation", "tests/eval/chat-val-34.json", 45, CHAT_VAL_34_FLOOR],
    ["seventeenth blind validation", "tests/eval/chat-val-36.json", 45, CHAT_VAL_36_FLOOR],
    ["eighteenth blind validation", "tests/eval/chat-val-38.json", 45, CHAT_VAL_38_FLOOR],
    ["nineteenth blind validation", "tests/eval/chat-val-40.json", 45, CHAT_VAL_40_FLOOR],
    ["twentieth blind validation", "tests/eval/chat-val-42.json", 45, CHAT_VAL_42_FLOOR],
    ["twenty-first blind validation", "tests/eval/chat-val-44.json", 45, CHAT_VAL_44_FLOOR],
    ["twenty-second blind validation", "tests/eval/chat-val-46.json", 45, CHAT_VAL_46_FLOOR],
    ["twenty-third blind validation", "tests/eval/chat-val-48.json", 45, CHAT_VAL_48_FLOOR],
    ["twenty-fourth blind validation", "tests/eval/chat-val-50.json", 45, CHAT_VAL_50_FLOOR],
    ["twenty-fifth blind validation", "tests/eval/chat-val-52.json", 45, CHAT_VAL_52_FLOOR],
    ["twenty-sixth blind validation", "tests/eval/chat-val-54.json", 45, CHAT_VAL_54_FLOOR],
    ["twenty-seventh blind validation", "tests/eval/chat-val-56.json", 45, CHAT_VAL_56_FLOOR],
    ["twenty-eighth blind validation", "tests/eval/chat-val-58.json", 45, CHAT_VAL_58_FLOOR],
    ["twenty-ninth blind validation", "tests/eval/chat-val-60.json", 45, CHAT_VAL_60_FLOOR],
    ["thirtieth blind validation", "tests/eval/chat-val-62.json", 45, CHAT_VAL_62_FLOOR],
    ["thirty-first blind validation", "tests/eval/chat-val-64.json", 45, CHAT_VAL_64_FLOOR],
    ["thirty-second blind validation", "tests/eval/chat-val-66.json", 45, CHAT_VAL_66_FLOOR],
    ["thirty-third blind validation", "tests/eval/chat-val-68.json", 45, CHAT_VAL_68_FLOOR],
    ["thirty-fourth blind validation", "tests/eval/chat-val-70.json", 45, CHAT_VAL_70_FLOOR],
    ["thirty-fifth blind validation", "tests/eval/chat-val-72.json", 45, CHAT_VAL_72_FLOOR],
    ["thirty-sixth blind validation", "tests/eval/chat-val-74.json", 45, CHAT_VAL_74_FLOOR],
    ["thirty-seventh blind validation", "tests/eval/chat-val-76.json", 45, CHAT_VAL_76_FLOOR],
    ["thirty-eighth blind validation", "tests/eval/chat-val-78.json", 45, CHAT_VAL_78_FLOOR],
    ["thirty-ninth blind validation", "tests/eval/chat-val-80.json", 45, CHAT_VAL_80_FLOOR],
    ["fortieth blind validation", "tests/eval/chat-val-82.json", 45, CHAT_VAL_82_FLOOR],
    ["forty-first blind validation", "tests/eval/chat-val-84.json", 45, CHAT_VAL_84_FLOOR],
    ["forty-second blind validation", "tests/eval/chat-val-86.json", 45, CHAT_VAL_86_FLOOR],
    ["forty-third blind validation", "tests/eval/chat-val-88.json", 45, CHAT_VAL_88_FLOOR],
    ["forty-fourth blind validation", "tests/eval/chat-val-90.json", 45, CHAT_VAL_90_FLOOR],
    ["forty-fifth blind validation", "tests/eval/chat-val-92.json", 45, CHAT_VAL_92_FLOOR],
    ["forty-sixth blind validation", "tests/eval/chat-val-94.json", 45, CHAT_VAL_94_FLOOR],
    ["forty-seventh blind validation", "tests/eval/chat-val-96.json", 45, CHAT_VAL_96_FLOOR],
    ["forty-eighth blind validation", "tests/eval/chat-val-98.json", 45, CHAT_VAL_98_FLOOR],
    ["forty-ninth blind validation", "tests/eval/chat-val-100.json", 45, CHAT_VAL_100_FLOOR],
    ["fiftieth blind validation", "tests/eval/chat-val-102.json", 45, CHAT_VAL_102_FLOOR],
    ["fifty-first blind validation", "tests/eval/chat-val-104.json", 45, CHAT_VAL_104_FLOOR],
    ["fifty-second blind validation", "tests/eval/chat-val-106.json", 45, CHAT_VAL_106_FLOOR],
    ["fifty-third blind validation", "tests/eval/chat-val-108.json", 45, CHAT_VAL_108_FLOOR],
    ["fifty-fourth blind validation", "tests/eval/chat-val-110.json", 45, CHAT_VAL_110_FLOOR],
    ["fifty-fifth blind validation", "tests/eval/chat-val-112.json", 45, CHAT_VAL_112_FLOOR],
    ["fifty-sixth blind validation", "tests/eval/chat-val-114.json", 45, CHAT_VAL_114_FLOOR],
    ["fifty-seventh blind validation", "tests/eval/chat-val-116.json", 45, CHAT_VAL_116_FLOOR],
    ["fifty-eighth blind validation", "tests/eval/chat-val-118.json", 45, CHAT_VAL_118_FLOOR],
    ["fifty-ninth blind validation", "tests/eval/chat-val-120.json", 45, CHAT_VAL_120_FLOOR],
    ["sixtieth blind validation", "tests/eval/chat-val-122.json", 45, CHAT_VAL_122_FLOOR],
    ["sixty-first blind validation", "tests/eval/chat-val-124.json", 45, CHAT_VAL_124_FLOOR],
    ["sixty-second blind validation", "tests/eval/chat-val-126.json", 45, CHAT_VAL_126_FLOOR],
    ["sixty-third blind validation", "tests/eval/chat-val-128.json", 45, CHAT_VAL_128_FLOOR],
    ["sixty-fourth blind validation", "tests/eval/chat-val-130.json", 45, CHAT_VAL_130_FLOOR],
    ["sixty-fifth blind validation", "tests/eval/chat-val-132.json", 45, CHAT_VAL_132_FLOOR],
    ["sixty-sixth blind validation", "tests/eval/chat-val-134.json", 45, CHAT_VAL_134_FLOOR],
    ["sixty-seventh blind validation", "tests/eval/chat-val-136.json", 45, CHAT_VAL_136_FLOOR],
    ["sixty-eighth blind validation", "tests/eval/chat-val-138.json", 45, CHAT_VAL_138_FLOOR],
    ["sixty-ninth blind validation", "tests/eval/chat-val-140.json", 45, CHAT_VAL_140_FLOOR],
    ["seventieth blind validation", "tests/eval/chat-val-142.json", 45, CHAT_VAL_142_FLOOR],
    ["seventy-first blind validation", "tests/eval/chat-val-144.json", 45, CHAT_VAL_144_FLOOR],
    ["seventy-second blind validation", "tests/eval/chat-val-146.json", 45, CHAT_VAL_146_FLOOR],
    ["seventy-third blind validation", "tests/eval/chat-val-148.json", 45, CHAT_VAL_148_FLOOR],
    ["seventy-fourth blind validation", "tests/eval/chat-val-150.json", 45, CHAT_VAL_150_FLOOR],
    ["seventy-fifth blind validation", "tests/eval/chat-val-152.json", 45, CHAT_VAL_152_FLOOR],
    ["seventy-sixth blind validation", "tests/eval/chat-val-154.json", 45, CHAT_VAL_154_FLOOR],
    ["seventy-seventh blind validation", "tests/eval/chat-val-156.json", 45, CHAT_VAL_156_FLOOR],
    ["seventy-eighth blind validation", "tests/eval/chat-val-158.json", 45, CHAT_VAL_158_FLOOR],
    ["seventy-ninth blind validation", "tests/eval/chat-val-160.json", 45, CHAT_VAL_160_FLOOR],
    ["eightieth blind validation", "tests/eval/chat-val-162.json", 45, CHAT_VAL_162_FLOOR],
    ["eighty-first blind validation", "tests/eval/chat-val-164.json", 45, CHAT_VAL_164_FLOOR],
    ["eighty-second blind validation", "tests/eval/chat-val-166.json", 45, CHAT_VAL_166_FLOOR],
    ["eighty-third blind validation", "tests/eval/chat-val-168.json", 45, CHAT_VAL_168_FLOOR],
    ["eighty-fourth blind validation", "tests/eval/chat-val-170.json", 45, CHAT_VAL_170_FLOOR],
    ["eighty-fifth blind validation", "tests/eval/chat-val-172.json", 45, CHAT_VAL_172_FLOOR],
    ["eighty-sixth blind validation", "tests/eval/chat-val-174.json", 45, CHAT_VAL_174_FLOOR],
    ["eighty-seventh blind validation", "tests/eval/chat-val-176.json", 45, CHAT_VAL_176_FLOOR],
    ["eighty-eighth blind validation", "tests/eval/chat-val-178.json", 45, CHAT_VAL_178_FLOOR],
    ["eighty-ninth blind validation", "tests/eval/chat-val-180.json", 45, CHAT_VAL_180_FLOOR],
    ["ninetieth blind validation", "tests/eval/chat-val-182.json", 45, CHAT_VAL_182_FLOOR],
    ["ninety-first blind validation", "tests/eval/chat-val-184.json", 45, CHAT_VAL_184_FLOOR],
    ["ninety-second blind validation", "tests/eval/chat-val-186.json", 45, CHAT_VAL_186_FLOOR],
    ["ninety-third blind validation", "tests/eval/chat-val-188.json", 45, CHAT_VAL_188_FLOOR],
    ["ninety-fourth blind validation", "tests/eval/chat-val-190.json", 45, CHAT_VAL_190_FLOOR],
    ["ninety-fifth blind validation", "tests/eval/chat-val-192.json", 45, CHAT_VAL_192_FLOOR],
    ["ninety-sixth blind validation", "tests/eval/chat-val-194.json", 45, CHAT_VAL_194_FLOOR],
    ["ninety-seventh blind validation", "tests/eval/chat-val-196.json", 45, CHAT_VAL_196_FLOOR],
    ["ninety-eighth blind validation", "tests/eval/chat-val-198.json", 45, CHAT_VAL_198_FLOOR],
    ["ninety-ninth blind validation", "tests/eval/chat-val-200.json", 45, CHAT_VAL_200_FLOOR],
    ["hundredth blind validation", "tests/eval/chat-val-202.json", 45, CHAT_VAL_202_FLOOR],
    ["hundred-and-first blind validation", "tests/eval/chat-val-204.json", 45, CHAT_VAL_204_FLOOR],
    ["hundred-and-second blind validation", "tests/eval/chat-val-206.json", 45, CHAT_VAL_206_FLOOR],
    ["hundred-and-third blind validation", "tests/eval/chat-val-208.json", 45, CHAT_VAL_208_FLOOR],
    ["hundred-and-fourth blind validation", "tests/eval/chat-val-210.json", 45, CHAT_VAL_210_FLOOR],
    ["hundred-and-fifth blind validation", "tests/eval/chat-val-212.json", 45, CHAT_VAL_212_FLOOR],
    ["hundred-and-sixth blind validation", "tests/eval/chat-val-214.json", 45, CHAT_VAL_214_FLOOR],
    ["hundred-and-seventh blind validation", "tests/eval/chat-val-216.json", 45, CHAT_VAL_216_FLOOR],
    ["hundred-and-eighth blind validation", "tests/eval/chat-val-218.json", 45, CHAT_VAL_218_FLOOR],
    ["hundred-and-ninth blind validation", "tests/eval/chat-val-220.json", 45, CHAT_VAL_220_FLOOR],
    ["hundred-and-tenth blind validation", "tests/eval/chat-val-222.json", 45, CHAT_VAL_222_FLOOR],
    ["hundred-and-eleventh blind validation", "tests/eval/chat-val-224.json", 45, CHAT_VAL_224_FLOOR],
    ["hundred-and-twelfth blind validation", "tests/eval/chat-val-226.json", 45, CHAT_VAL_226_FLOOR],
    ["hundred-and-thirteenth blind validation", "tests/eval/chat-val-228.json", 45, CHAT_VAL_228_FLOOR],
    ["hundred-and-fourteenth blind validation", "tests/eval/chat-val-230.json", 45, CHAT_VAL_230_FLOOR],
    ["hundred-and-fifteenth blind validation", "tests/eval/chat-val-232.json", 45, CHAT_VAL_232_FLOOR],
    ["hundred-and-sixteenth blind validation", "tests/eval/chat-val-234.json", 45, CHAT_VAL_234_FLOOR],
    ["hundred-and-seventeenth blind validation", "tests/eval/chat-val-236.json", 45, CHAT_VAL_236_FLOOR],
    ["hundred-and-eighteenth blind validation", "tests/eval/chat-val-238.json", 45, CHAT_VAL_238_FLOOR],
    ["hundred-and-nineteenth blind validation", "tests/eval/chat-val-240.json", 45, CHAT_VAL_240_FLOOR],
    ["hundred-and-twentieth blind validation", "tests/eval/chat-val-242.json", 45, CHAT_VAL_242_FLOOR],
    ["hundred-and-twenty-first blind validation", "tests/eval/chat-val-244.json", 45, CHAT_VAL_244_FLOOR],
    ["hundred-and-twenty-second blind validation", "tests/eval/chat-val-246.json", 45, CHAT_VAL_246_FLOOR],
    ["hundred-and-twenty-third blind validation", "tests/eval/chat-val-248.json", 45, CHAT_VAL_248_FLOOR],
    ["hundred-and-twenty-fourth blind validation", "tests/eval/chat-val-250.json", 45, CHAT_VAL_250_FLOOR],
    ["hundred-and-twenty-fifth blind validation", "tests/eval/chat-val-252.json", 45, CHAT_VAL_252_FLOOR],
    ["hundred-and-twenty-sixth blind validation", "tests/eval/chat-val-254.json", 45, CHAT_VAL_254_FLOOR],
    ["hundred-and-twenty-seventh blind validation", "tests/eval/chat-val-256.json", 45, CHAT_VAL_256_FLOOR],
    ["hundred-and-twenty-eighth blind validation", "tests/eval/chat-val-258.json", 45, CHAT_VAL_258_FLOOR],
    ["hundred-and-twenty-ninth blind validation", "tests/eval/chat-val-260.json", 45, CHAT_VAL_260_FLOOR],
    ["hundred-and-thirtieth blind validation", "tests/eval/chat-val-262.json", 45, CHAT_VAL_262_FLOOR],
    ["hundred-and-thirty-first blind validation", "tests/eval/chat-val-264.json", 45, CHAT_VAL_264_FLOOR],
    ["hundred-and-thirty-second blind validation", "tests/eval/chat-val-266.json", 45, CHAT_VAL_266_FLOOR],
    ["hundred-and-thirty-third blind validation", "tests/eval/chat-val-268.json", 45, CHAT_VAL_268_FLOOR],
    ["hundred-and-thirty-fourth blind validation", "tests/eval/chat-val-270.json", 45, CHAT_VAL_270_FLOOR],
    ["hundred-and-thirty-fifth blind validation", "tests/eval/chat-val-272.json", 45, CHAT_VAL_272_FLOOR],
    ["hundred-and-thirty-sixth blind validation", "tests/eval/chat-val-274.json", 45, CHAT_VAL_274_FLOOR],
    ["hundred-and-thirty-seventh blind validation", "tests/eval/chat-val-276.json", 45, CHAT_VAL_276_FLOOR],
    ["hundred-and-thirty-eighth blind validation", "tests/eval/chat-val-278.json", 45, CHAT_VAL_278_FLOOR],
    ["hundred-and-thirty-ninth blind validation", "tests/eval/chat-val-280.json", 45, CHAT_VAL_280_FLOOR],
    ["hundred-and-fortieth blind validation", "tests/eval/chat-val-282.json", 45, CHAT_VAL_282_FLOOR],
    ["hundred-and-forty-first blind validation", "tests/eval/chat-val-284.json", 45, CHAT_VAL_284_FLOOR],
    ["hundred-and-forty-second blind validation", "tests/eval/chat-val-286.json", 45, CHAT_VAL_286_FLOOR],
    ["hundred-and-forty-third blind validation", "tests/eval/chat-val-288.json", 45, CHAT_VAL_288_FLOOR],
    ["hundred-and-forty-fourth blind validation", "tests/eval/chat-val-290.json", 45, CHAT_VAL_290_FLOOR],
    ["hundred-and-forty-fifth blind validation", "tests/eval/chat-val-292.json", 45, CHAT_VAL_292_FLOOR],
    ["hundred-and-forty-sixth blind validation", "tests/eval/chat-val-294.json", 45, CHAT_VAL_294_FLOOR],
    ["hundred-and-forty-seventh blind validation", "tests/eval/chat-val-296.json", 45, CHAT_VAL_296_FLOOR],
    ["hundred-and-forty-eighth blind validation", "tests/eval/chat-val-298.json", 45, CHAT_VAL_298_FLOOR],
    ["hundred-and-forty-ninth blind validation", "tests/eval/chat-val-300.json", 45, CHAT_VAL_300_FLOOR],
    ["hundred-and-fiftieth blind validation", "tests/eval/chat-val-302.json", 45, CHAT_VAL_302_FLOOR],
    ["hundred-and-fifty-first blind validation", "tests/eval/chat-val-304.json", 45, CHAT_VAL_304_FLOOR],
    ["hundred-and-fifty-second blind validation", "tests/eval/chat-val-306.json", 45, CHAT_VAL_306_FLOOR],
    ["hundred-and-fifty-third blind validation", "tests/eval/chat-val-308.json", 45, CHAT_VAL_308_FLOOR],
    ["hundred-and-fifty-fourth blind validation", "tests/eval/chat-val-310.json", 45, CHAT_VAL_310_FLOOR],
    ["hundred-and-fifty-fifth blind validation", "tests/eval/chat-val-312.json", 45, CHAT_VAL_312_FLOOR],
    ["hundred-and-fifty-sixth blind validation", "tests/eval/chat-val-314.json", 45, CHAT_VAL_314_FLOOR],
    ["hundred-and-fifty-seventh blind validation", "tests/eval/chat-val-316.json", 45, CHAT_VAL_316_FLOOR],
    ["hundred-and-fifty-eighth blind validation", "tests/eval/chat-val-318.json", 45, CHAT_VAL_318_FLOOR],
    ["hundred-and-fifty-ninth blind validation", "tests/eval/chat-val-320.json", 45, CHAT_VAL_320_FLOOR],
    ["hundred-and-sixtieth blind validation", "tests/eval/chat-val-322.json", 45, CHAT_VAL_322_FLOOR],
    ["hundred-and-sixty-first blind validation", "tests/eval/chat-val-324.json", 45, CHAT_VAL_324_FLOOR],
    ["hundred-and-sixty-second blind validation", "tests/eval/chat-val-326.json", 45, CHAT_VAL_326_FLOOR],
    ["hundred-and-sixty-third blind validation", "tests/eval/chat-val-328.json", 45, CHAT_VAL_328_FLOOR],
    ["hundred-and-sixty-fourth blind validation", "tests/eval/chat-val-330.json", 45, CHAT_VAL_330_FLOOR],
    ["hundred-and-sixty-fifth blind validation", "tests/eval/chat-val-332.json", 45, CHAT_VAL_332_FLOOR],
    ["hundred-and-sixty-sixth blind validation", "tests/eval/chat-val-334.json", 45, CHAT_VAL_334_FLOOR],
    ["hundred-and-sixty-seventh blind validation", "tests/eval/chat-val-336.json", 45, CHAT_VAL_336_FLOOR],
    ["hundred-and-sixty-eighth blind validation", "tests/eval/chat-val-338.json", 45, CHAT_VAL_338_FLOOR],
    ["hundred-and-sixty-ninth blind validation", "tests/eval/chat-val-340.json", 45, CHAT_VAL_340_FLOOR],
    ["hundred-and-seventieth blind validation", "tests/eval/chat-val-342.json", 45, CHAT_VAL_342_FLOOR],
    ["hundred-and-seventy-first blind validation", "tests/eval/chat-val-344.json", 45, CHAT_VAL_344_FLOOR],
    ["hundred-and-seventy-second blind validation", "tests/eval/chat-val-346.json", 45, CHAT_VAL_346_FLOOR],
    ["hundred-and-seventy-third blind validation", "tests/eval/chat-val-348.json", 45, CHAT_VAL_348_FLOOR],
    ["hundred-and-seventy-fourth blind validation", "tests/eval/chat-val-350.json", 45, CHAT_VAL_350_FLOOR],
    ["hundred-and-seventy-fifth blind validation", "tests/eval/chat-val-352.json", 45, CHAT_VAL_352_FLOOR],
    ["hundred-and-seventy-sixth blind validation", "tests/eval/chat-val-354.json", 45, CHAT_VAL_354_FLOOR],
    ["hundred-and-seventy-seventh blind validation", "tests/eval/chat-val-356.json", 45, CHAT_VAL_356_FLOOR],
    ["hundred-and-seventy-eighth blind validation", "tests/eval/chat-val-358.json", 45, CHAT_VAL_358_FLOOR],
    ["hundred-and-seventy-ninth blind validation", "tests/eval/chat-val-360.json", 45, CHAT_VAL_360_FLOOR],
    ["hundred-and-eightieth blind validation", "tests/eval/chat-val-362.json", 45, CHAT_VAL_362_FLOOR],
    ["hundred-and-eighty-first blind validation", "tests/eval/chat-val-364.json", 45, CHAT_VAL_364_FLOOR],
    ["hundred-and-eighty-second blind validation", "tests/eval/chat-val-366.json", 45, CHAT_VAL_366_FLOOR],
    ["hundred-and-eighty-third blind validation", "tests/eval/chat-val-368.json", 45, CHAT_VAL_368_FLOOR],
    ["third training", "tests/eval/chat-train-3.json", 130, CHAT_TRAIN_3_FLOOR],
    ["fifth training", "tests/eval/chat-train-5.json", 100, CHAT_TRAIN_5_FLOOR],
    ["second training", "tests/eval/chat-train-2.json", 203, CHAT_TRAIN_2_FLOOR],
    ["seventh training", "tests/eval/chat-train-7.json", 120, CHAT_TRAIN_7_FLOOR],
    ["ninth training", "tests/eval/chat-train-9.json", 130, CHAT_TRAIN_9_FLOOR],
    ["eleventh training", "tests/eval/chat-train-11.json", 100, CHAT_TRAIN_11_FLOOR],
    ["thirteenth training", "tests/eval/chat-train-13.json", 100, CHAT_TRAIN_13_FLOOR],
    ["twenty-fifth training", "tests/eval/chat-train-25.json", 175, CHAT_TRAIN_25_FLOOR],
    ["twenty-seventh training", "tests/eval/chat-train-27.json", 151, CHAT_TRAIN_27_FLOOR],
    ["twenty-ninth training", "tests/eval/chat-train-29.json", 159, CHAT_TRAIN_29_FLOOR],
    ["thirty-first training", "tests/eval/chat-train-31.json", 243, CHAT_TRAIN_31_FLOOR],
    ["thirty-third training", "tests/eval/chat-train-33.json", 176, CHAT_TRAIN_33_FLOOR],
    ["thirty-fifth training", "tests/eval/chat-train-35.json", 158, CHAT_TRAIN_35_FLOOR],
    ["thirty-seventh training", "tests/eval/chat-train-37.json", 146, CHAT_TRAIN_37_FLOOR],
    ["thirty-ninth training", "tests/eval/chat-train-39.json", 150, CHAT_TRAIN_39_FLOOR],
    ["forty-first training", "tests/eval/chat-train-41.json", 140, CHAT_TRAIN_41_FLOOR],
    ["forty-third training", "tests/eval/chat-train-43.json", 140, CHAT_TRAIN_43_FLOOR],
    ["forty-fifth training", "tests/eval/chat-train-45.json", 136, CHAT_TRAIN_45_FLOOR],
    ["forty-seventh training", "tests/eval/chat-train-47.json", 140, CHAT_TRAIN_47_FLOOR],
    ["forty-ninth training", "tests/eval/chat-train-49.json", 140, CHAT_TRAIN_49_FLOOR],
    ["fifty-first training", "tests/eval/chat-train-51.json", 136, CHAT_TRAIN_51_FLOOR],
    ["fifteenth training", "tests/eval/chat-train-15.json", 90, CHAT_TRAIN_15_FLOOR],
    ["seventeenth training", "tests/eval/chat-train-17.json", 187, CHAT_TRAIN_17_FLOOR],
    ["nineteenth training", "tests/eval/chat-train-19.json", 123, CHAT_TRAIN_19_FLOOR],
    ["twenty-first training", "tests/eval/chat-train-21.json", 98, CHAT_TRAIN_21_FLOOR],
    ["twenty-third training", "tests/eval/chat-train-23.json", 107, CHAT_TRAIN_23_FLOOR],
  ] as const)("holds today's figures on the chat-style %s part", (_part, file, answerable, floor) => {
    const report = evaluate(readQuestionFile(file), system);
    expect(report.answerable).toBe(answerable);
    expect(report.hitAt1).toBeGreaterThanOrEqual(floor.hitAt1);
    expect(report.hitAt3).toBeGreaterThanOrEqual(floor.hitAt3);
    expect(report.answerableRefused).toBeLessThanOrEqual(floor.answerableRefused);
    expect(report.unanswerableRefused).toBeGreaterThanOrEqual(floor.unanswerableRefused);
    expect(report.direct.wrong).toBeLessThanOrEqual(floor.directWrong);
    expect(report.direct.right).toBeGreaterThanOrEqual(floor.directRight);
  });

  it("counts a refusal of an answerable question as a miss and a refusal", () => {
    const report = evaluate({ answerable: [{ q: "x", gold: ["y"] }], unanswerable: ["z"] }, () => ({ answered: false, passages: [] }));
    expect(report).toMatchObject({ hitAt1: 0, hitAt3: 0, mrrAt10: 0, answerableRefused: 1, unanswerableRefused: 1 });
  });

  it("folds case, quotes and white space when matching gold", () => {
    const report = evaluate({ answerable: [{ q: "x", gold: ['ruled out "any contact"'] }], unanswerable: [] }, () => ({
      answered: true,
      passages: ["nope", "He has Ruled  out “any contact” with them."],
    }));
    expect(report).toMatchObject({ hitAt1: 0, hitAt3: 1, mrrAt10: 0.5 });
  });

  it("counts a direct line right when it says every word of an expected answer that the question does not", () => {
    expect(directIsRight("unbreakable", ["enduring and unbreakable"], "friendship described as 'enduring and' what")).toBe(true);
    expect(directIsRight("fixed stand", ["the fixed stand"], "kim said developing ties is the 'fixed' what")).toBe(true);
    expect(directIsRight("1981 and 2001", ["1981 and 2001"], "when was it renewed")).toBe(true);
    // Part of the answer is not the answer, nor is more than it.
    expect(directIsRight("2001", ["1981 and 2001"], "when was it renewed")).toBe(false);
    expect(directIsRight("strategic decision", ["strategic decision made with foresight"], "wang called the treaty a what decision")).toBe(false);
    expect(directIsRight("unbreakable friendship", ["enduring and unbreakable"], "friendship described as 'enduring and' what")).toBe(false);
  });

  it("fits the direct line's coverage bar to give the lines a passage that covers less of the question still holds", () => {
    const answerer = buildAnswerer("corpus");
    answerer.search.useParams({ ...answerer.search.params, directLine: { minCoverage: 0.45, doerMinCoverage: 0.3 } });
    // The first passages hold the answer but cover only 0.41 to 0.43 of these questions' weight ("defense", "w nk", "official").
    const file = {
      answerable: [
        { q: "when was the last time the defense treaty w nk got renewed", gold: ["The agreement was last renewed in 2001"], direct: ["2001"] },
        { q: "which year they start the official diplomatic ties between them", gold: ["established diplomatic relations in 1949"], direct: ["1949"] },
        { q: "when was the most recent time the treaty was renewed before the 60th anniversary", gold: ["The agreement was last renewed in 2001"], direct: ["2001"] },
      ],
      unanswerable: [],
    };
    expect(evaluate(file, systemOf(answerer)).direct).toMatchObject({ right: 0, wrong: 0 });
    const directLine = fitDirectLine(answerer, file);
    expect(directLine.minCoverage).toBeLessThan(0.45);
    answerer.search.useParams({ ...answerer.search.params, directLine });
    expect(evaluate(file, systemOf(answerer)).direct).toMatchObject({ right: 3, wrong: 0 });
  });

  it("keeps the facts of files joined for fitting apart when their labels are alike", () => {
    const file = (q: string) => ({ answerable: [{ q, gold: ["g"], fact: "F01" }, { q: `${q}?`, gold: ["g"], fact: "F01" }, { q: "no fact", gold: ["g"] }], unanswerable: [q] });
    const both = joined([["part a", file("a")], ["part b", file("b")]]);
    expect(both.answerable.map((a) => a.fact)).toEqual(["part a: F01", "part a: F01", undefined, "part b: F01", "part b: F01", undefined]);
    expect(both.unanswerable).toEqual(["a", "b"]);
  });
});
