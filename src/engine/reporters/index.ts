import { github } from './github.ts';
import { gitlab } from './gitlab.ts';
import { json } from './json.ts';
import { junit } from './junit.ts';
import { markdown } from './markdown.ts';
import { stylish } from './stylish.ts';
import type { ReportInput } from './summary.ts';

export const FORMATS = { stylish, json, junit, github, gitlab, markdown } as const satisfies Record<string, (input: ReportInput) => string>;
export type FormatName = keyof typeof FORMATS;
export { fails, type ReportInput } from './summary.ts';
