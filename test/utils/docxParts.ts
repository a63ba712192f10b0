import { inflateRawSync } from 'node:zlib';

/** One part of a DOCX package (a ZIP) as text, found through the ZIP's central directory; undefined when absent. */
export function docxPart(bytes: Uint8Array, name: string): string | undefined {
  const buf = Buffer.from(bytes);
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let entry = buf.readUInt32LE(end + 16);
  for (let i = 0; i < buf.readUInt16LE(end + 10); i++) {
    const nameLength = buf.readUInt16LE(entry + 28);
    if (buf.toString('utf8', entry + 46, entry + 46 + nameLength) === name) {
      const local = buf.readUInt32LE(entry + 42);
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = buf.subarray(start, start + buf.readUInt32LE(entry + 20));
      return (buf.readUInt16LE(entry + 10) === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    entry += 46 + nameLength + buf.readUInt16LE(entry + 30) + buf.readUInt16LE(entry + 32);
  }
  return undefined;
}
