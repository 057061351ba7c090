// Preloaded into the bench's server nodes (`node --expose-gc --import ./bench/live-gc.ts`): on
// SIGUSR2, a full collection, then the process's memory as one line on stdout for the bench to
// read. Memory per connection is only meaningful without the garbage V8 has not collected yet.
process.on('SIGUSR2', () => {
  (globalThis as { gc?: () => void }).gc?.();
  const { rss, heapUsed, external } = process.memoryUsage();
  console.log(`[gc] ${JSON.stringify({ rss, heapUsed, external })}`);
});
