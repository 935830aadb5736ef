/**
 * The files of the form editor's sandbox (Decap's in-memory `test-repo` backend on the demo site):
 * the registry's own organisation and account files, read from the data tree at build time, so a
 * clerk trying the editor sees the organisations in the pick list and the pages already registered.
 *
 * Only what the tree walker classifies as an organisation or an account file goes in: internal
 * files (data/internal/, staff contacts and security attestations), drafts, CSV series and stray
 * files never do, whatever their folder. The files go as they are in the repository (comments and
 * key order included), which is what a merge request would start from.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { walkFolder } from '../loaders/tree.ts';

/** A file as Decap's test backend keeps it. */
export interface SandboxFile {
	path: string;
	content: string;
}

/** data/orgs as a tree of folders: `{ <org>: { 'org.yaml': file, accounts: { '<id>.yaml': file } } }`. */
export type SandboxTree = { [name: string]: SandboxTree | SandboxFile };

/** Repository path of an organisation or account file: `data/orgs/<org>/…`. */
const REPO_PREFIX = 'data/orgs/';

/**
 * At most this many files: enough to try the editor on (the demo has 129), and bounded for the
 * generated national-scale demo trees (200,000 accounts would be a 200 MB sandbox.json, in every
 * build). Organisations are taken whole, in id order, until the next would pass the limit.
 */
export const SANDBOX_FILES = 3000;

export function sandboxTree(dataDir: string, limit = SANDBOX_FILES): SandboxTree {
	const tree: SandboxTree = {};
	const orgsDir = join(dataDir, 'orgs');
	const orgs = existsSync(orgsDir) ? readdirSync(orgsDir).sort() : [];
	let count = 0;
	for (const org of orgs) {
		// Walked one organisation at a time, by the tree walker's rules, so the limit bounds the work too.
		const entries = walkFolder(dataDir, ['orgs', org], dataDir).filter((entry) => entry.kind === 'org' || entry.kind === 'account');
		if (entries.length === 0) continue;
		if (count + entries.length > limit) break;
		count += entries.length;
		add(
			tree,
			entries.sort((a, b) => (a.file < b.file ? -1 : 1)),
		);
	}
	return tree;
}

function add(tree: SandboxTree, entries: readonly { abs: string; file: string }[]): void {
	for (const entry of entries) {
		// entry.file is relative to the data folder here (cwd = dataDir): orgs/<org>/accounts/<id>.yaml.
		const rel = entry.file.replace(/\\/g, '/').replace(/^orgs\//, '');
		const parts = rel.split('/');
		let folder = tree;
		for (const part of parts.slice(0, -1)) folder = (folder[part] ??= {}) as SandboxTree;
		folder[parts.at(-1)!] = { path: `${REPO_PREFIX}${rel}`, content: readFileSync(entry.abs, 'utf8') };
	}
}
