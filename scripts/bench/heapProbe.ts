/**
 * Preloaded into a bot process by `npm run bench:e2e` (`--import`): answers "heap" on the IPC
 * channel with the heap in use after a full GC (when run with --expose-gc).
 */
process.on("message", (message) => {
  if (message !== "heap") return;
  (globalThis as { gc?: () => void }).gc?.();
  process.send?.({ heapUsed: process.memoryUsage().heapUsed });
});
