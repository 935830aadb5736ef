/**
 * OpenSSH signatures (the SSHSIG format of `ssh-keygen -Y sign`, PROTOCOL.sshsig), verified with
 * Node's crypto: `npm run verify` checks a copy of the site without ssh-keygen, and anyone with
 * OpenSSH checks it with `ssh-keygen -Y verify` (docs/signing.md). Ed25519 keys only: the key the
 * administration publishes is one, and one algorithm keeps the verifier small.
 */
import { createHash, createPublicKey, verify } from 'node:crypto';

/** The namespace every signature of the registry is made in: a signature made for another purpose (git, e-mail) does not count. */
export const SIGNING_NAMESPACE = 'official-accounts';

const MAGIC = Buffer.from('SSHSIG');
const ARMOR = /^-----BEGIN SSH SIGNATURE-----\r?\n([A-Za-z0-9+/=\r\n]+)-----END SSH SIGNATURE-----\r?\n?$/;

export class SignatureError extends Error {}

/** Reads SSH wire strings (uint32 length, then bytes) off a buffer. */
function reader(buffer: Buffer) {
	let at = 0;
	const need = (n: number) => {
		if (at + n > buffer.length) throw new SignatureError('подпись обрезана или повреждена');
	};
	return {
		bytes(n: number): Buffer {
			need(n);
			const out = buffer.subarray(at, at + n);
			at += n;
			return out;
		},
		uint32(): number {
			need(4);
			const value = buffer.readUInt32BE(at);
			at += 4;
			return value;
		},
		string(): Buffer {
			return this.bytes(this.uint32());
		},
		done: () => at === buffer.length,
	};
}

const wireString = (bytes: Buffer | string) => {
	const body = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
	const length = Buffer.alloc(4);
	length.writeUInt32BE(body.length);
	return Buffer.concat([length, body]);
};

/** `ssh-ed25519 AAAA… comment` → the key's wire blob; throws on anything else. */
export function parsePublicKey(line: string): Buffer {
	const [type, base64] = line.trim().split(/\s+/);
	if (type !== 'ssh-ed25519' || !base64) throw new SignatureError('ожидался открытый ключ Ed25519 в формате OpenSSH: «ssh-ed25519 AAAA…»');
	const blob = Buffer.from(base64, 'base64');
	const key = reader(blob);
	if (key.string().toString() !== 'ssh-ed25519' || key.string().length !== 32 || !key.done())
		throw new SignatureError('открытый ключ повреждён');
	return blob;
}

/** A key's SHA256 fingerprint as ssh-keygen -l prints it. */
export function fingerprint(blob: Buffer): string {
	// Without the base64 padding, as ssh-keygen prints it.
	const base64 = createHash('sha256').update(blob).digest('base64');
	let end = base64.length;
	while (base64[end - 1] === '=') end--;
	return `SHA256:${base64.slice(0, end)}`;
}

/**
 * Whether `armored` is a valid SSHSIG signature of `message` in `namespace` by the key `trusted`
 * (wire blob). Throws a SignatureError saying what is wrong.
 */
export function verifySshSignature(message: Uint8Array, armored: string, trusted: Buffer, namespace = SIGNING_NAMESPACE): void {
	const match = ARMOR.exec(armored);
	if (!match) throw new SignatureError('файл подписи не в формате SSH SIGNATURE');
	const blob = reader(Buffer.from(match[1]!.replace(/\s+/g, ''), 'base64'));
	if (!blob.bytes(6).equals(MAGIC)) throw new SignatureError('файл подписи не в формате SSHSIG');
	if (blob.uint32() !== 1) throw new SignatureError('неизвестная версия формата подписи');
	const publicKey = blob.string();
	const signedNamespace = blob.string().toString();
	const reserved = blob.string();
	const hashAlgorithm = blob.string().toString();
	const signature = reader(blob.string());
	if (!blob.done()) throw new SignatureError('файл подписи повреждён');
	if (signedNamespace !== namespace)
		throw new SignatureError(`подпись сделана для другой цели («${signedNamespace}»), а не для «${namespace}»`);
	if (!publicKey.equals(trusted))
		throw new SignatureError(
			`подпись сделана другим ключом (${fingerprint(publicKey)}), а не опубликованным ключом администрации (${fingerprint(trusted)})`,
		);
	if (hashAlgorithm !== 'sha512' && hashAlgorithm !== 'sha256')
		throw new SignatureError(`неизвестный алгоритм хеширования «${hashAlgorithm}»`);
	if (signature.string().toString() !== 'ssh-ed25519') throw new SignatureError('подпись не Ed25519');
	const raw = signature.string();
	const key = reader(publicKey);
	key.string();
	const x = key.string();
	const digest = createHash(hashAlgorithm).update(message).digest();
	const signed = Buffer.concat([MAGIC, wireString(namespace), wireString(reserved), wireString(hashAlgorithm), wireString(digest)]);
	const jwk = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: x.toString('base64url') }, format: 'jwk' });
	if (!verify(null, signed, jwk, raw)) throw new SignatureError('подпись не сходится: файл изменён после подписания или подпись подделана');
}

/** An allowed_signers line for `ssh-keygen -Y verify -f allowed_signers -I <principal>`. */
export function allowedSigners(principal: string, publicKey: string): string {
	const [type, base64] = publicKey.trim().split(/\s+/);
	return `${principal} namespaces="${SIGNING_NAMESPACE}" ${type} ${base64}\n`;
}
