/**
 * A publication in a process of its own, for tests/cli/publish-site.test.ts to kill at each step:
 * `node tests/cli/publish-child.ts OUT SITE`. It does what `npm run build` does around its last step
 * (src/cli/build.ts): lock --out, undo a dead build's swap, publish, release. Exit 0 published,
 * 2 not published, 3 --out held by another build.
 */
import { lockOut, publishSite, PublishError, recoverOut } from '../../src/cli/publish-site.ts';

const [out, site] = process.argv.slice(2);
if (!out || !site) throw new Error('usage: publish-child.ts OUT SITE');
let lock;
try {
	lock = lockOut(out);
} catch (error) {
	if (!(error instanceof PublishError)) throw error;
	process.stderr.write(`${error.message}\n`);
	process.exit(3);
}
for (const line of recoverOut(lock)) process.stderr.write(`${line}\n`);
const result = publishSite(site, lock);
for (const line of result.lines) process.stderr.write(`${line}\n`);
lock.release();
process.exitCode = result.ok ? 0 : 2;
