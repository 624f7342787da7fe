// Everything the CLI touches outside itself goes through a CliIO, so tests can drive
// `run(argv, io)` in-process with strings in and strings out.

export interface CliIO {
  /** Writes to standard output (no newline added). */
  stdout(text: string): void;
  /** Writes to standard error (no newline added). */
  stderr(text: string): void;
  /** Standard input, read to the end when a path is `-` or no path is given. */
  stdin: AsyncIterable<Uint8Array | string>;
  /** Whether standard output is a terminal (colour and tables are for people). */
  isTTY: boolean;
  /** Whether standard input is a terminal (then nobody is piping text in). */
  stdinIsTTY?: boolean;
  /** Whether standard error is a terminal (then a batch shows a progress line there). */
  stderrIsTTY?: boolean;
  /** Width of the terminal standard output goes to, if it is one (tables fit it). */
  columns?: number;
  /** Folder that relative paths are resolved against. */
  cwd: string;
  /** Environment, for NO_COLOR and FORCE_COLOR; defaults to none. */
  env?: Record<string, string | undefined>;
  /** True once the reader of stdout has gone away (`newsner … | head -1`). */
  stdoutClosed?(): boolean;
  /**
   * A promise that settles once standard output and standard error have passed on what they
   * hold, when a reader is behind (`newsner … | slow-consumer`); undefined when nothing is
   * waiting to be written.
   */
  outputDrained?(): Promise<void> | undefined;
  /**
   * Calls `handler` on the first SIGINT (Ctrl-C) or SIGTERM instead of the process dying
   * at once; after it, or after the returned function is called, signals kill as usual.
   */
  onInterrupt?(handler: (signal: NodeJS.Signals) => void): () => void;
}

export function useColour(io: CliIO): boolean {
  const env = io.env ?? {};
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false") return true;
  return io.isTTY;
}

/** How wide tables may be: the terminal's width, else $COLUMNS, else 120. */
export function tableWidth(io: CliIO): number {
  if (io.columns !== undefined && io.columns > 0) return io.columns;
  const fromEnv = Number(io.env?.COLUMNS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 120;
}

/** Settles when the stream has written what it held, or has closed (its reader gone: EPIPE). */
function drained(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = () => {
      stream.off("drain", done);
      stream.off("close", done);
      resolve();
    };
    stream.on("drain", done);
    stream.on("close", done);
  });
}

// The process-backed io. A closed pipe on stdout (EPIPE) is not an error worth a stack
// trace: writes stop quietly and `stdoutClosed()` tells the command to stop working.
export function processIO(): CliIO {
  let closed = false;
  const quietOnPipe = (onPipe: () => void) => (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE" || err.code === "ERR_STREAM_DESTROYED") onPipe();
    else throw err;
  };
  process.stdout.on("error", quietOnPipe(() => (closed = true)));
  process.stderr.on("error", quietOnPipe(() => {}));
  return {
    stdout: (text) => {
      if (!closed && text.length > 0) process.stdout.write(text);
    },
    stderr: (text) => {
      if (text.length > 0) process.stderr.write(text);
    },
    stdin: process.stdin,
    isTTY: Boolean(process.stdout.isTTY),
    stdinIsTTY: Boolean(process.stdin.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
    cwd: process.cwd(),
    env: process.env,
    stdoutClosed: () => closed,
    outputDrained: () => {
      const behind = [process.stdout, process.stderr].filter((s) => !s.destroyed && s.writableNeedDrain);
      return behind.length === 0 ? undefined : Promise.all(behind.map(drained)).then(() => undefined);
    },
    onInterrupt: (handler) => {
      const restore = () => {
        process.off("SIGINT", once);
        process.off("SIGTERM", once);
      };
      const once = (signal: NodeJS.Signals) => {
        restore();
        handler(signal);
      };
      process.on("SIGINT", once);
      process.on("SIGTERM", once);
      return restore;
    },
  };
}
