// Starts the real server (target/debug/server, built by `cargo leptos build`)
// on a free port with a fresh database: a SQLite file, or a new database on
// the PostgreSQL server named by SENIM_TEST_POSTGRES. Shared by the Node
// test runners (tests/browser, tests/open_data).
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const root = resolve(import.meta.dirname, "../..");

function freePort() {
  return new Promise((ok) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => ok(port));
    });
  });
}

/** `{ base, databaseUrl, logs, stop }`; `logs()` is what the server wrote to stderr and stdout. */
export async function startServer(name = "senim") {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), `${name}-`));
  const databaseUrl = process.env.SENIM_TEST_POSTGRES
    ? `${process.env.SENIM_TEST_POSTGRES}/${name.replace(/\W/g, "_")}_${process.pid}`
    : `sqlite://${join(dir, "senim.db")}?mode=rwc`;
  const server = spawn(join(root, "target/debug/server"), [], {
    cwd: root,
    env: {
      ...process.env,
      LEPTOS_SITE_ADDR: `127.0.0.1:${port}`,
      LEPTOS_SITE_ROOT: join(root, "target/site"),
      DATABASE_URL: databaseUrl,
      // The journeys book many times from one address: no booking caps
      // and no surge slow-down (load tests and test suites only).
      SENIM_LOAD_TEST: "1",
      RUST_LOG: process.env.SENIM_TEST_LOG || "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  for (const stream of [server.stdout, server.stderr]) {
    stream.on("data", (chunk) => {
      output += chunk;
      process.stderr.write(chunk);
    });
  }
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) {
        return {
          base,
          databaseUrl,
          logs: () => output,
          stop: () => { server.kill(); rmSync(dir, { recursive: true, force: true }); },
        };
      }
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error("the server did not start");
}
