/**
 * The working arrays of a query, kept from one query to the next. A question over a large
 * corpus touches thousands of sentences; arrays allocated afresh for each would leave that
 * much garbage per question. Queries run one at a time (`searchPlan` is synchronous), so one
 * workspace per engine serves them all.
 *
 * A query gives each sentence it matches a *slot* (0, 1, 2... in order of first match) and
 * keeps its per-sentence figures by slot.
 */
export class Workspace {
  /** Slot of each sentence, -1 when the current query has not matched it. */
  readonly slotOf: Int32Array;
  /** Sentence of each slot. */
  readonly docs: Int32Array;
  readonly bm25: Float64Array;
  readonly coverage: Float64Array;
  /** Score before the proximity factor. */
  readonly partial: Float64Array;
  readonly typeFactor: Float64Array;
  readonly final: Float64Array;
  /** For the best-first heap of slots. */
  readonly heap: Int32Array;
  readonly heapKeys: Float64Array;
  private cells: Cells;

  constructor(readonly sentences: number) {
    this.slotOf = new Int32Array(sentences).fill(-1);
    this.docs = new Int32Array(sentences);
    this.bm25 = new Float64Array(sentences);
    this.coverage = new Float64Array(sentences);
    this.partial = new Float64Array(sentences);
    this.typeFactor = new Float64Array(sentences);
    this.final = new Float64Array(sentences);
    this.heap = new Int32Array(sentences);
    this.heapKeys = new Float64Array(sentences);
    this.cells = new Cells(0);
  }

  /** Gives `doc` a slot if it has none yet; returns the number of slots in use. */
  assign(doc: number, slots: number): number {
    if (this.slotOf[doc] !== -1) return slots;
    this.slotOf[doc] = slots;
    this.docs[slots] = doc;
    return slots + 1;
  }

  /**
   * One cell per (slot, concept), `best.term` cleared to -1: each concept's best term in each
   * sentence. Kept for the next query up to `RETAINED_CELLS`; a rare, larger query (dozens of
   * common words) gets cells of its own, so one odd question cannot hold memory for good.
   */
  best(n: number): Cells {
    let cells = this.cells;
    if (cells.term.length < n) {
      if (n > RETAINED_CELLS) cells = new Cells(n);
      else cells = this.cells = new Cells(Math.min(Math.max(n, cells.term.length * 2), RETAINED_CELLS));
    }
    cells.term.fill(-1, 0, n);
    return cells;
  }

  /** Ends a query that used `slots` slots: its sentences have no slot any more. */
  release(slots: number): void {
    for (let i = 0; i < slots; i++) this.slotOf[this.docs[i]!] = -1;
  }
}

/** (slot, concept) cells: the concept's best score in that sentence, the term that gave it (-1: none), and its weight. */
export class Cells {
  readonly score: Float64Array;
  readonly term: Int32Array;
  readonly weight: Float64Array;

  constructor(n: number) {
    this.score = new Float64Array(n);
    this.term = new Int32Array(n);
    this.weight = new Float64Array(n);
  }
}

/** Up to this many cells (20 bytes each) stay allocated between queries. */
const RETAINED_CELLS = 1 << 18;

/** A binary max-heap of slots `0..n` by `keys[slot]`, popped best first, in arrays it is lent. */
export class MaxHeap {
  private size: number;

  constructor(
    private readonly heap: Int32Array,
    private readonly keys: Float64Array,
    n: number,
  ) {
    for (let i = 0; i < n; i++) heap[i] = i;
    this.size = n;
    for (let i = (n >> 1) - 1; i >= 0; i--) this.down(i);
  }

  pop(): number | undefined {
    if (this.size === 0) return undefined;
    const top = this.heap[0]!;
    this.heap[0] = this.heap[--this.size]!;
    this.down(0);
    return top;
  }

  private down(i: number): void {
    const { heap, keys } = this;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < this.size && keys[heap[l]!]! > keys[heap[m]!]!) m = l;
      if (r < this.size && keys[heap[r]!]! > keys[heap[m]!]!) m = r;
      if (m === i) return;
      const t = heap[i]!;
      heap[i] = heap[m]!;
      heap[m] = t;
      i = m;
    }
  }
}
