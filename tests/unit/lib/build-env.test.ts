import { afterEach, describe, expect, it } from 'vitest';
import { buildEnv, readBuildEnv, setBuildEnv, VARIABLES } from '../../../src/lib/build-env.ts';

afterEach(() => setBuildEnv({ repository: undefined }));

describe('buildEnv', () => {
	it('keeps what it read until setBuildEnv changes a variable', () => {
		setBuildEnv({ repository: 'https://git.example/a' });
		expect(buildEnv().repository).toBe('https://git.example/a');
		// A direct write is not seen: the portal sets its variables through setBuildEnv only.
		process.env[VARIABLES.repository] = 'https://git.example/b';
		expect(buildEnv().repository).toBe('https://git.example/a');
		setBuildEnv({ repository: 'https://git.example/c' });
		expect(buildEnv().repository).toBe('https://git.example/c');
		setBuildEnv({ repository: undefined });
		expect(buildEnv().repository).toBeUndefined();
	});

	it('reads an empty variable as unset and flags as 1', () => {
		const env = readBuildEnv({ [VARIABLES.handoff]: '', [VARIABLES.signed]: '1', [VARIABLES.opendataElsewhere]: 'yes' });
		expect(env.handoff).toBeUndefined();
		expect(env.signed).toBe(true);
		expect(env.opendataElsewhere).toBe(false);
		expect(env.data).toBe('data');
	});
});
