import { spawn } from "node:child_process";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const IO_MODULE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../dist/cli/io.js");

describe("processIO", () => {
  // A child writes to a pipe nobody reads until stdoutDrained() has something to wait for,
  // says so on stderr, and says again once the parent has read the pipe empty.
  it("stdoutDrained waits while a pipe's reader is behind, and settles once it has read", async () => {
    const child = spawn(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `const { processIO } = await import(${JSON.stringify(IO_MODULE)});
         const io = processIO();
         let waiting;
         for (let i = 0; i < 10000 && !(waiting = io.stdoutDrained()); i++) io.stdout("Lavrov met Rahmon in Dushanbe. ".repeat(100) + "\\n");
         if (!waiting) { io.stderr("never behind\\n"); process.exit(1); }
         io.stderr("waiting\\n");
         await waiting;
         io.stderr(io.stdoutDrained() === undefined ? "drained\\n" : "still behind\\n");`,
      ],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    child.stdout.pause();
    const deadline = Date.now() + 20_000;
    while (!err.includes("waiting") && !err.includes("never") && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(err).toBe("waiting\n");
    await new Promise((r) => setTimeout(r, 200));
    expect(err).toBe("waiting\n"); // still waiting: nothing has been read
    child.stdout.resume();
    const code = await new Promise((resolve) => child.on("close", resolve));
    expect(err).toBe("waiting\ndrained\n");
    expect(code).toBe(0);
  });
});
