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
import { readFileSync } from 'node:fs';
import { walkTree } from '../loaders/tree.ts';

/** A file as Decap's test backend keeps it. */
export interface SandboxFile {
	path: string;
	content: string;
}

/** data/orgs as a tree of folders: `{ <org>: { 'org.yaml': file, accounts: { '<id>.yaml': file } } }`. */
export type SandboxTree = { [name: string]: SandboxTree | SandboxFile };

/** Repository path of an organisation or account file: `data/orgs/<org>/…`. */
const REPO_PREFIX = 'data/orgs/';

export function sandboxTree(dataDir: string): SandboxTree {
	const tree: SandboxTree = {};
	const entries = walkTree(dataDir, dataDir).filter((entry) => entry.kind === 'org' || entry.kind === 'account');
	for (const entry of entries.sort((a, b) => a.file.localeCompare(b.file))) {
		// entry.file is relative to the data folder here (cwd = dataDir): orgs/<org>/accounts/<id>.yaml.
		const rel = entry.file.replace(/\\/g, '/').replace(/^orgs\//, '');
		const parts = rel.split('/');
		let folder = tree;
		for (const part of parts.slice(0, -1)) folder = (folder[part] ??= {}) as SandboxTree;
		folder[parts.at(-1)!] = { path: `${REPO_PREFIX}${rel}`, content: readFileSync(entry.abs, 'utf8') };
	}
	return tree;
}
