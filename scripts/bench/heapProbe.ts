/**
 * Preloaded into a bot process by `npm run bench:e2e` (`--import`): answers "heap" on the IPC
 * channel with the memory in use after a full GC (when run with --expose-gc): the JS heap plus
 * array buffers, since typed arrays live outside the heap.
 */
process.on("message", (message) => {
  if (message !== "heap") return;
  (globalThis as { gc?: () => void }).gc?.();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  process.send?.({ heapUsed: heapUsed + arrayBuffers });
});
