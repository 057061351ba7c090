// The time to send and resize one photo: a 3000 × 2000 JPEG through the real HTTP app (multipart
// upload, checks, four encodings, one transaction), on an embedded database of its own (or on
// DATABASE_URL). Usage: npm run bench:images -w server. Prints the median and worst times and the
// process's peak RSS; it asserts nothing (a figure to compare between changes, not a timed test).
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { loadConfig } from '../src/config.js';
import { openTestDatabase } from '../src/test-support/database.js';
import { factories } from '../src/test-support/factories/index.js';
import { uploadForm } from '../src/test-support/factories/images.js';
import { startTestServer } from '../src/test-support/server.js';

const RUNS = 7;
const db = await openTestDatabase();
const server = await startTestServer(db.orm);
try {
  const person = await factories(db.orm).person({ role: 'STAKEHOLDER' });
  const cookie = await server.cookieFor(await person.viewer());
  // Blurred noise compresses like a photo does, not like a flat colour: a realistic size and decode.
  const noise = randomBytes(3000 * 2000 * 3);
  const jpeg = await sharp(noise, { raw: { width: 3000, height: 2000, channels: 3 } })
    .blur(3)
    .jpeg({ quality: 90 })
    .toBuffer();
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { cookie, 'apollo-require-preflight': 'true' },
      body: uploadForm(jpeg, 'photo.jpg', 'image/jpeg', 'image { id }'),
    });
    const body = (await response.json()) as { data?: { uploadImage: { userErrors: unknown[] } } };
    if (body.data?.uploadImage.userErrors.length !== 0) throw new Error(`upload refused: ${JSON.stringify(body)}`);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  const worst = times[times.length - 1] ?? 0;
  const rssMb = process.resourceUsage().maxRSS / 1024;
  console.log(
    `upload + resize of a 3000×2000 JPEG (${(jpeg.length / 1024 / 1024).toFixed(1)} MB), ${RUNS} runs: ` +
      `median ${median.toFixed(0)} ms, worst ${worst.toFixed(0)} ms; peak RSS ${rssMb.toFixed(0)} MB` +
      (loadConfig().databaseUrl ? '' : ' (with the embedded database, which runs in this process)'),
  );
} finally {
  await server.stop();
  await db.close();
}
