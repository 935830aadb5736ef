/**
 * The build starts a second Astro process when the first says it has bundled its pages; the message
 * must come after the prerenderer's own setup (every bundle written), and only then.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildSteps } from '../../../src/integrations/build-steps.ts';

type Prerenderer = { name: string; setup?: () => Promise<void> };

describe('build-steps integration', () => {
	const realSend = process.send;
	afterEach(() => {
		process.send = realSend;
	});

	it('tells the parent "bundled" once the prerenderer is set up, not before', async () => {
		const sent: unknown[] = [];
		process.send = ((message: unknown) => sent.push(message) > 0) as unknown as typeof process.send;
		let wrap: ((base: Prerenderer) => Prerenderer) | undefined;
		const hook = buildSteps().hooks['astro:build:start'] as (options: { setPrerenderer: (p: unknown) => void }) => void;
		hook({ setPrerenderer: (p) => (wrap = p as typeof wrap) });
		const order: string[] = [];
		const base: Prerenderer = { name: 'astro:default', setup: vi.fn(async () => void order.push('setup')) };
		const wrapped = wrap!(base);
		expect(wrapped).toBe(base);
		expect(sent).toEqual([]);
		await wrapped.setup!();
		expect(order).toEqual(['setup']);
		expect(sent).toEqual([{ portalBuildStep: 'bundled' }]);
	});

	it('does nothing without a parent listening (plain astro build)', async () => {
		process.send = undefined;
		let wrap: ((base: Prerenderer) => Prerenderer) | undefined;
		const hook = buildSteps().hooks['astro:build:start'] as (options: { setPrerenderer: (p: unknown) => void }) => void;
		hook({ setPrerenderer: (p) => (wrap = p as typeof wrap) });
		await expect(wrap!({ name: 'x' }).setup!()).resolves.toBeUndefined();
	});
});
