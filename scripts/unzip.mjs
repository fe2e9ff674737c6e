// Reads a zip without the writer's code (scripts/zip.mjs): from its central directory, each
// file inflated and its CRC-32 checked. Used by the release checks.
import { crc32, inflateRawSync } from 'node:zlib';

/** Reads a zip from its central directory; each file is inflated and its CRC-32 checked. */
export function readZip(bytes, label) {
  const buf = Buffer.from(bytes);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error(`${label}: not a zip (no end of central directory)`);
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const entries = new Map();
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error(`${label}: broken central directory`);
    const method = buf.readUInt16LE(at + 10);
    const time = buf.readUInt16LE(at + 12);
    const day = buf.readUInt16LE(at + 14);
    const crc = buf.readUInt32LE(at + 16);
    const size = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const extra = buf.readUInt16LE(at + 30);
    const comment = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extra + comment;
    if (buf.readUInt32LE(local) !== 0x04034b50) throw new Error(`${label}: ${name} has no local header`);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const body = buf.subarray(start, start + size);
    const data = method === 8 ? inflateRawSync(body) : method === 0 ? body : null;
    if (!data) throw new Error(`${label}: ${name} uses compression method ${method}`);
    if (crc32(data) >>> 0 !== crc) throw new Error(`${label}: ${name} is damaged (checksum)`);
    entries.set(name, { data, time, day });
  }
  return entries;
}
