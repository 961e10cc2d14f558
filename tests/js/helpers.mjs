// Helpers for the tests in this folder (not a test file: node --test skips it).

/** gzip and base128 by hand (7 bits at a time, most significant first), as mapping.py does. */
export async function packBlob(obj) {
  const { gzipSync } = await import("node:zlib");
  let bits = "";
  for (const b of gzipSync(Buffer.from(JSON.stringify(obj)))) bits += b.toString(2).padStart(8, "0");
  while (bits.length % 7) bits += "0";
  let text = "";
  for (let i = 0; i < bits.length; i += 7) {
    const v = parseInt(bits.slice(i, i + 7), 2);
    text += String.fromCharCode([0, 13, 60].includes(v) ? 128 + v : v);
  }
  return text;
}

