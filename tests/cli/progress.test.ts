import { describe, expect, it } from "vitest";
import { Progress } from "../../src/cli/progress.js";

describe("Progress", () => {
  it("draws files, megabytes, rate and, once the total is known, an ETA", () => {
    let now = 0;
    let written = "";
    const p = new Progress({ write: (t) => (written += t), unit: "files", now: () => now });
    now = 2000;
    p.advance(1204, 3_000_000);
    expect(written).toBe("\r\u001b[K1,204 files  3.0 MB  1.5 MB/s");
    p.setTotal(9_000_000);
    expect(p.line()).toBe("1,204 files  3.0 MB  1.5 MB/s  ETA 0:04");
    p.clear();
    expect(written.endsWith("\r\u001b[K")).toBe(true);
  });

  it("redraws at most once per interval", () => {
    let now = 0;
    let draws = 0;
    const p = new Progress({ write: () => void draws++, unit: "records", now: () => now, interval: 100 });
    for (let i = 0; i < 50; i++) {
      now += 10;
      p.advance(1, 10);
    }
    expect(draws).toBe(5);
  });
});
