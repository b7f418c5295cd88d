/**
 * Discord's request signatures, checked with Node's own crypto (no dependency).
 *
 * Every interaction Discord POSTs carries `X-Signature-Ed25519` (hex, 64 bytes)
 * and `X-Signature-Timestamp` (Unix seconds); the signature is over the timestamp
 * followed by the raw body, made with the key whose public half is the
 * application's "public key" (32 bytes, hex) in the Developer Portal.
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto';

/** DER prefix of an SPKI Ed25519 public key: SEQUENCE { SEQUENCE { OID 1.3.101.112 }, BIT STRING (32 bytes follow) }. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** A KeyObject from the portal's hex public key; throws on anything but 64 hex digits. */
export function publicKeyFromHex(hex: string): KeyObject {
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw new Error('the public key must be 64 hex digits (32 bytes)');
  return createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, 'hex')]), format: 'der', type: 'spki' });
}

/** The raw 32 bytes of an Ed25519 public KeyObject, as hex (what the portal shows). */
export function publicKeyToHex(key: KeyObject): string {
  const der = key.export({ format: 'der', type: 'spki' });
  return der.subarray(der.length - 32).toString('hex');
}

const SIGNATURE_HEX = /^[0-9a-fA-F]{128}$/;
const TIMESTAMP = /^\d{1,12}$/;

/** Whether `signatureHex` is the key's Ed25519 signature of `timestamp + body`. Malformed input is simply false. */
export function verifySignature(key: KeyObject, timestamp: string, body: Buffer, signatureHex: string): boolean {
  if (!SIGNATURE_HEX.test(signatureHex) || !TIMESTAMP.test(timestamp)) return false;
  try {
    return verify(null, Buffer.concat([Buffer.from(timestamp, 'utf8'), body]), key, Buffer.from(signatureHex, 'hex'));
  } catch {
    return false;
  }
}

export interface FreshnessOptions {
  /** Oldest accepted timestamp, seconds before now (default 300: five minutes). */
  maxAgeSeconds?: number;
  /** Newest accepted timestamp, seconds after now, for clock skew (default 60). */
  maxSkewSeconds?: number;
}

/**
 * Why a timestamp is not acceptable, or null when it is: a replayed request is
 * signed correctly, so only its age gives it away.
 */
export function timestampProblem(timestamp: string, nowMs: number, options: FreshnessOptions = {}): string | null {
  if (!TIMESTAMP.test(timestamp)) return 'malformed timestamp';
  const age = nowMs / 1000 - Number(timestamp);
  if (age > (options.maxAgeSeconds ?? 300)) return 'stale timestamp';
  if (-age > (options.maxSkewSeconds ?? 60)) return 'timestamp in the future';
  return null;
}
