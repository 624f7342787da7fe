import { spawn } from "node:child_process";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const IO_MODULE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../dist/cli/io.js");

describe("processIO", () => {
  // A child writes to a pipe nobody reads until outputDrained() has something to wait for,
  // says so on its other stream, and says again once the parent has read the pipe empty.
  it.each<["stdout" | "stderr", "stdout" | "stderr"]>([
    ["stdout", "stderr"],
    ["stderr", "stdout"],
  ])("outputDrained waits while the reader of %s is behind, and settles once it has read", async (blocked, status) => {
    const child = spawn(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `const { processIO } = await import(${JSON.stringify(IO_MODULE)});
         const io = processIO();
         let waiting;
         for (let i = 0; i < 10000 && !(waiting = io.outputDrained()); i++) io.${blocked}("Lavrov met Rahmon in Dushanbe. ".repeat(100) + "\\n");
         if (!waiting) { io.${status}("never behind\\n"); process.exit(1); }
         // well past what the pipe and the parent's paused stream hold, so that only reading drains it
         for (let i = 0; i < 200; i++) io.${blocked}("Lavrov met Rahmon in Dushanbe. ".repeat(100) + "\\n");
         io.${status}("waiting\\n");
         await waiting;
         io.${status}(io.outputDrained() === undefined ? "drained\\n" : "still behind\\n");`,
      ],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    let said = "";
    child[status].on("data", (d) => (said += d));
    child[blocked].pause();
    const deadline = Date.now() + 20_000;
    while (!said.includes("waiting") && !said.includes("never") && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(said).toBe("waiting\n");
    await new Promise((r) => setTimeout(r, 200));
    expect(said).toBe("waiting\n"); // still waiting: nothing has been read
    child[blocked].resume();
    const code = await new Promise((resolve) => child.on("close", resolve));
    expect(said).toBe("waiting\ndrained\n");
    expect(code).toBe(0);
  });
});
