import type { CliIO } from "../../src/cli/io.js";

export interface FakeIO extends CliIO {
  out: string;
  err: string;
}

/** A CliIO that keeps what the command writes; stdin holds `input`. */
export function fakeIO(options: { input?: string | Uint8Array; cwd?: string; isTTY?: boolean; env?: Record<string, string> } = {}): FakeIO {
  const input = options.input ?? "";
  const io: FakeIO = {
    out: "",
    err: "",
    stdout: (text) => void (io.out += text),
    stderr: (text) => void (io.err += text),
    stdin: (async function* () {
      yield typeof input === "string" ? Buffer.from(input, "utf8") : input;
    })(),
    isTTY: options.isTTY ?? false,
    stdinIsTTY: false,
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? {},
  };
  return io;
}
