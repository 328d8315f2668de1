/**
 * "Continue on another device": a backup (./backup.ts) compressed into the URL fragment, which
 * browsers never send to a server, so progress moves between devices with no account and no
 * upload. Compression is the platform's own `CompressionStream` (deflate-raw), so no library.
 *
 *   t1.1-1-k3x9q2.<base64url of deflate-raw JSON>
 *   │  │ │ │      └ this part's share of the compressed data
 *   │  │ │ └ check: FNV-1a of the whole payload, base 36, which also ties the parts together
 *   │  │ └ how many parts
 *   │  └ this part's number
 *   └ format version
 *
 * A QR code holds a couple of thousand characters at most, so a large backup is offered first
 * without notes and otherwise split into numbered codes; the copyable link always holds it all.
 */
import { makeBackup, parseBackup, withoutNotes, type BackupFile, type ParsedBackup } from './backup';
import type { Envelope } from '../storage';

export const TRANSFER_VERSION = 1;
/** The most a phone camera reads reliably from one code on a screen, link included. */
export const MAX_CODE_CHARS = 1_600;
/** A link longer than this is not from this site; refusing early keeps a pasted novel from freezing the page. */
export const MAX_LINK_CHARS = 4_000_000;
const PART = /^t1\.(\d{1,3})-(\d{1,3})-([0-9a-z]{1,7})\.([A-Za-z0-9_-]*)$/;

export const TRANSFER_MESSAGES = {
  notTransfer: 'This link does not hold progress from this site. Ask for a new link or code, and open it whole.',
  truncated:
    'This link is incomplete or damaged (part of it may have been cut off when it was copied), so nothing was changed. Copy the whole link again, or scan the code again.',
  mixed: 'These codes come from two different transfers, so nothing was changed. Scan the codes of one transfer only.',
} as const;

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** FNV-1a, 32 bits, in base 36: a check against a cut or mistyped link, not a signature. */
export function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

async function compress(file: BackupFile): Promise<string> {
  return toBase64Url(await pipe(new TextEncoder().encode(JSON.stringify(file)), new CompressionStream('deflate-raw')));
}

function split(payload: string, size: number): string[] {
  const check = checksum(payload);
  const chunks: string[] = [];
  for (let i = 0; i < payload.length; i += size) chunks.push(payload.slice(i, i + size));
  if (chunks.length === 0) chunks.push('');
  return chunks.map((chunk, i) => `t${TRANSFER_VERSION}.${i + 1}-${chunks.length}-${check}.${chunk}`);
}

export interface TransferPlan {
  /** One fragment (without `#`) carrying everything, for the copyable link. */
  link: string;
  /** Fragments for QR codes: one when it fits, else numbered parts. */
  codes: string[];
  /** True when the codes leave notes out to fit in one (the link still carries them). */
  notesLeftOut: boolean;
}

/**
 * Builds the link and the codes for `entries`. `baseLength` is the length of the address before
 * the `#`, which every code also carries.
 */
export async function encodeTransfer(entries: Record<string, Envelope>, now: Date, baseLength: number, maxCodeChars: number = MAX_CODE_CHARS): Promise<TransferPlan> {
  const room = Math.max(100, maxCodeChars - baseLength - 1 - 'tN.999-999-xxxxxxx.'.length);
  const full = await compress(makeBackup(entries, now));
  const [link = ''] = split(full, Number.POSITIVE_INFINITY);
  if (full.length <= room) return { link, codes: [link], notesLeftOut: false };
  const lean = await compress(makeBackup(withoutNotes(entries), now));
  if (lean.length <= room) return { link, codes: split(lean, room), notesLeftOut: true };
  return { link, codes: split(full, room), notesLeftOut: false };
}

export interface TransferPart {
  index: number;
  count: number;
  check: string;
  chunk: string;
}

export type PartResult = { ok: true; part: TransferPart } | { ok: false; error: string };

/** Reads one fragment (with or without `#`); says nothing of whether the data inside is whole. */
export function parsePart(fragment: string): PartResult {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (text.length > MAX_LINK_CHARS) return { ok: false, error: TRANSFER_MESSAGES.notTransfer };
  const match = PART.exec(text);
  if (!match) return { ok: false, error: /^t\d+\./.test(text) ? TRANSFER_MESSAGES.truncated : TRANSFER_MESSAGES.notTransfer };
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (index < 1 || count < 1 || index > count) return { ok: false, error: TRANSFER_MESSAGES.truncated };
  return { ok: true, part: { index, count, check: match[3] ?? '', chunk: match[4] ?? '' } };
}

export function isTransferFragment(fragment: string): boolean {
  return /^#?t\d+\./.test(fragment);
}

export type Assembled = { ok: true; backup: Extract<ParsedBackup, { ok: true }> } | { ok: false; error: string } | { ok: 'waiting'; have: number[]; count: number };

/**
 * Puts parts together and reads the backup inside. Parts may come in any order and more than
 * once; until all are here the answer says which are missing. A cut or altered link fails the
 * check or the decompression, and changes nothing.
 */
export async function assemble(parts: readonly TransferPart[]): Promise<Assembled> {
  const first = parts[0];
  if (!first) return { ok: false, error: TRANSFER_MESSAGES.notTransfer };
  if (parts.some((p) => p.check !== first.check || p.count !== first.count)) return { ok: false, error: TRANSFER_MESSAGES.mixed };
  const byIndex = new Map(parts.map((p) => [p.index, p.chunk]));
  if (byIndex.size < first.count) return { ok: 'waiting', have: [...byIndex.keys()].sort((a, b) => a - b), count: first.count };
  const payload = Array.from({ length: first.count }, (_, i) => byIndex.get(i + 1) ?? '').join('');
  if (checksum(payload) !== first.check) return { ok: false, error: TRANSFER_MESSAGES.truncated };
  const bytes = fromBase64Url(payload);
  if (!bytes) return { ok: false, error: TRANSFER_MESSAGES.truncated };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await pipe(bytes, new DecompressionStream('deflate-raw')));
  } catch {
    return { ok: false, error: TRANSFER_MESSAGES.truncated };
  }
  const backup = parseBackup(text);
  return backup.ok ? { ok: true, backup } : { ok: false, error: backup.error };
}

/** Reads a single link's fragment (`#t1.1-1-…`). */
export async function decodeTransfer(fragment: string): Promise<Assembled> {
  const part = parsePart(fragment);
  if (!part.ok) return part;
  return assemble([part.part]);
}
