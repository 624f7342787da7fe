import type { CliIO } from "../../src/cli/io.js";

export interface FakeIO extends CliIO {
  out: string;
  err: string;
}

/**
 * A CliIO that keeps what the command writes; stdin holds `input`, or is the given
 * stream (a test can then feed records one at a time).
 */
export function fakeIO(
  options: {
    input?: string | Uint8Array;
    stdin?: AsyncIterable<Uint8Array | string>;
    cwd?: string;
    isTTY?: boolean;
    stderrIsTTY?: boolean;
    env?: Record<string, string>;
  } = {},
): FakeIO {
  const input = options.input ?? "";
  const io: FakeIO = {
    out: "",
    err: "",
    stdout: (text) => void (io.out += text),
    stderr: (text) => void (io.err += text),
    stdin:
      options.stdin ??
      (async function* () {
        yield typeof input === "string" ? Buffer.from(input, "utf8") : input;
      })(),
    isTTY: options.isTTY ?? false,
    stdinIsTTY: false,
    stderrIsTTY: options.stderrIsTTY ?? false,
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? {},
  };
  return io;
}
