/**
 * A full garbage collection before the build writes one of the open-data files (up to 170 MB at
 * 200,000 accounts). Astro copies a file's bytes three times before writing it; with the V8 flags
 * of the build's Astro processes (src/cli/build.ts) garbage may grow to half the live heap before a
 * collection, and a file built on top of that garbage pushed the build past its 8 GiB budget
 * (issue 3: 8.9 GB in one run). Collecting first puts the file's copies on a clean heap.
 *
 * Only where the process was started with --expose-gc (the build does); elsewhere (astro dev, a
 * plain astro build, the tests) it does nothing.
 */
export function collectGarbage(): void {
	(globalThis as { gc?: () => void }).gc?.();
}
