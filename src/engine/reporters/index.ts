import { github, githubChunks } from './github.ts';
import { gitlab, gitlabChunks } from './gitlab.ts';
import { json, jsonChunks } from './json.ts';
import { junit, junitChunks } from './junit.ts';
import { markdown, markdownChunks } from './markdown.ts';
import { stylish, stylishChunks } from './stylish.ts';
import type { ReportInput } from './summary.ts';

/** Each format as one string (for pages and tests that show a small report whole). */
export const FORMATS = { stylish, json, junit, github, gitlab, markdown } as const satisfies Record<string, (input: ReportInput) => string>;
export type FormatName = keyof typeof FORMATS;

/**
 * Each format as chunks of the same text, for the check to write as they are made: a large
 * report is never one string (src/cli/check.ts). `colour` is for stylish only.
 */
export const STREAMS = {
	stylish: stylishChunks,
	json: jsonChunks,
	junit: junitChunks,
	github: githubChunks,
	gitlab: gitlabChunks,
	markdown: markdownChunks,
} as const satisfies Record<FormatName, (input: ReportInput) => Iterable<string>>;
export { fails, type ReportInput } from './summary.ts';
