/** Record history from Git: pure parsing (parse.ts, values.ts) and the one place that runs git (git.ts). */
export { readGitHistory, type GitHistory, type HistoryOptions } from './git.ts';
export {
	deriveHistory,
	mergeRequestLabel,
	mergeRequestOf,
	mergeRequestUrl,
	parseLog,
	recordKey,
	recordOf,
	type Commit,
	type EventKind,
	type HistoryEvent,
	type Host,
	type MergeRequest,
	type RecordKind,
	type RecordRef,
} from './parse.ts';
export { publicValue, type RecordValue } from './values.ts';
