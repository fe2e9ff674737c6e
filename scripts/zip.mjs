// A reproducible zip writer (no dependencies): entries sorted by name, every timestamp the same
// fixed time, fixed permissions, deflate at level 9. The same files always give the same bytes.
import { crc32, deflateRawSync } from 'node:zlib';

/** The fixed time stamped on every entry: SOURCE_DATE_EPOCH (seconds) if set, else 1 January 2020. */
export function fixedTime(env = process.env) {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date(Date.UTC(2020, 0, 1));
}

function dosTime(date) {
  const time = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2);
  const day = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  return { time, day };
}

/**
 * The bytes of a zip holding `files` ({ name, data }, names with `/`). Folder entries are added
 * for every folder named, so every unzip tool shows the same tree.
 */
export function zip(files, { date = fixedTime() } = {}) {
  const byName = new Map();
  for (const { name, data } of files) {
    if (!name || name.startsWith('/') || name.split('/').includes('..')) throw new Error(`zip: bad entry name ${name}`);
    if (byName.has(name)) throw new Error(`zip: ${name} twice`);
    byName.set(name, Buffer.from(data));
    const parts = name.split('/');
    for (let i = 1; i < parts.length; i++) {
      const folder = `${parts.slice(0, i).join('/')}/`;
      if (!byName.has(folder)) byName.set(folder, null);
    }
  }
  const names = [...byName.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const { time, day } = dosTime(date);
  const locals = [];
  const central = [];
  let offset = 0;
  for (const name of names) {
    const data = byName.get(name);
    const isFolder = data === null;
    const nameBytes = Buffer.from(name, 'utf8');
    const raw = isFolder ? Buffer.alloc(0) : data;
    const deflated = isFolder ? raw : deflateRawSync(raw, { level: 9 });
    const stored = isFolder || deflated.length >= raw.length;
    const body = stored ? raw : deflated;
    const crc = isFolder ? 0 : crc32(raw);
    const method = stored ? 0 : 8;

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(day, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, nameBytes, body);

    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, 2.0
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(method, 10);
    entry.writeUInt16LE(time, 12);
    entry.writeUInt16LE(day, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(body.length, 20);
    entry.writeUInt32LE(raw.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt16LE(0, 30); // extra
    entry.writeUInt16LE(0, 32); // comment
    entry.writeUInt16LE(0, 34); // disk
    entry.writeUInt16LE(0, 36); // internal attributes
    entry.writeUInt32LE((isFolder ? (0o40755 << 16) | 0x10 : 0o100644 << 16) >>> 0, 38);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, nameBytes);

    offset += local.length + nameBytes.length + body.length;
  }
  const centralBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(names.length, 8);
  end.writeUInt16LE(names.length, 10);
  end.writeUInt32LE(centralBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralBytes, end]);
}
