// A one-line progress report on standard error, redrawn in place:
//
//   1,204 files  2.7 MB  1.9 MB/s  ETA 0:02
//
// Only shown when stderr is a terminal and --quiet is off (the caller decides), never on
// stdout. The ETA appears once the total is known (a background listing of the inputs).

export interface ProgressOptions {
  write(text: string): void;
  /** "files" or "records". */
  unit: string;
  now?: () => number;
  /** Least time between redraws, in ms. */
  interval?: number;
}

export class Progress {
  private items = 0;
  private bytes = 0;
  private totalBytes: number | undefined;
  private readonly started: number;
  private lastDraw = -Infinity;
  private drawn = false;
  private readonly now: () => number;

  constructor(private readonly options: ProgressOptions) {
    this.now = options.now ?? (() => performance.now());
    this.started = this.now();
  }

  setTotal(bytes: number): void {
    this.totalBytes = bytes;
  }

  advance(items: number, bytes: number): void {
    this.items += items;
    this.bytes += bytes;
    const now = this.now();
    if (now - this.lastDraw < (this.options.interval ?? 100)) return;
    this.lastDraw = now;
    this.draw(now);
  }

  /** Clears the line, so what follows on stderr starts clean. */
  clear(): void {
    if (this.drawn) this.options.write("\r\u001b[K");
    this.drawn = false;
  }

  /** Clears the line before `text` is written to stderr, and redraws on the next advance. */
  interrupt(): void {
    this.clear();
    this.lastDraw = -Infinity;
  }

  line(now = this.now()): string {
    const seconds = Math.max((now - this.started) / 1000, 1e-3);
    const rate = this.bytes / seconds;
    let text = `${this.items.toLocaleString("en-US")} ${this.options.unit}  ${megabytes(this.bytes)}  ${megabytes(rate)}/s`;
    if (this.totalBytes !== undefined && rate > 0) {
      text += `  ETA ${clock(Math.max(0, this.totalBytes - this.bytes) / rate)}`;
    }
    return text;
  }

  private draw(now: number): void {
    this.options.write(`\r\u001b[K${this.line(now)}`);
    this.drawn = true;
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

function clock(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}
