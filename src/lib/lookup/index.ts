/**
 * Link-check lookup shared by the build (shards) and the browser (queries). Browser-safe: imports
 * only the canonicaliser. The dataset adapter and the shard files the check writes are in src/handoff/.
 */
export { buildShards, EXACT_TARGET, LOOKALIKE_TARGET, type BuildOptions, type ShardSet } from './build.ts';
export { checkLink, foldLookalikes, MAX_CANDIDATES, RegistryLookup, type ShardLoader } from './lookup.ts';
export { lookalikeGroups, nameKey, similarity, MIN_EDIT_LENGTH } from './similarity.ts';
export { editDistance } from './distance.ts';
export { fnv1a, shardOf } from './hash.ts';
export * from './types.ts';
export { answerLine, ANSWER_VERDICTS, lookup, type Answer, type AnswerAccount, type AnswerVerdict, type InputKind } from './answer.ts';
export { differences, type Differences, type Piece } from './difference.ts';
export { emailKey, handleKey, phoneKey, siteKey } from './keys.ts';
export { readInput, MAX_TEXT_LENGTH, type Question } from './read-input.ts';
