import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

/**
 * `tsx scripts/bench/profileSummary.ts FILE.cpuprofile [--top N] [--last MS]`: where a V8 CPU
 * profile (`node --cpu-prof`, or `npm run bench:e2e -- --profile DIR`) spent its time, as self
 * time per function and per package or source file, largest first. `--last MS` keeps only the
 * last MS milliseconds (the load of bench:e2e, not the start-up before it). Enough to name a
 * profile's main items in BENCHMARKS.md without opening DevTools.
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  endTime: number;
  startTime: number;
}

export function summarise(profile: Profile, lastMs = Infinity): { totalMs: number; byFunction: [string, number][]; byPlace: [string, number][] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  const from = profile.endTime - lastMs * 1000;
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (at >= from) self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const byFunction = new Map<string, number>();
  const byPlace = new Map<string, number>();
  let totalMs = 0;
  for (const [id, ms] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const place = placeOf(url);
    const fn = `${functionName || "(anonymous)"} ${place}${url ? `:${lineNumber + 1}` : ""}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
    byPlace.set(place, (byPlace.get(place) ?? 0) + ms);
    totalMs += ms;
  }
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  return { totalMs, byFunction: sorted(byFunction), byPlace: sorted(byPlace) };
}

/** A package name (`discord.js`, `@discordjs/ws`), our file relative to the project, or V8's own entries ("(garbage collector)"). */
function placeOf(url: string): string {
  if (!url) return "(vm)";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith("node:")) return url;
  const ours = /\/(dist\/)?((?:src|commands|scripts)\/.*)$/.exec(url);
  return ours ? ours[2]! : url;
}

const isEntryPoint = import.meta.url === `file://${process.argv[1]}`;
if (isEntryPoint) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: "string", default: "15" }, last: { type: "string" } } });
  for (const file of positionals) {
    const { totalMs, byFunction, byPlace } = summarise(JSON.parse(readFileSync(file, "utf8")) as Profile, values.last ? Number(values.last) : undefined);
    const top = Number(values.top);
    const pct = (ms: number) => `${((100 * ms) / totalMs).toFixed(1).padStart(5)}%  ${ms.toFixed(0).padStart(6)} ms`;
    console.log(`${file}: ${totalMs.toFixed(0)} ms sampled`);
    console.log("  by package or file:");
    for (const [place, ms] of byPlace.slice(0, top)) console.log(`  ${pct(ms)}  ${place}`);
    console.log("  by function (self time):");
    for (const [fn, ms] of byFunction.slice(0, top)) console.log(`  ${pct(ms)}  ${fn}`);
  }
}
