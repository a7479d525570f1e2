// `npm test`'s first step (scripts/test-setup.ts): Java, EPUBCheck and
// redis-server found, installed with apt-get on Debian as root, or asked for
// with one command. Machines are simulated: a PATH without java or
// redis-server, a jar that is not there, and a command runner that records
// instead of installing.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { promisify } from "node:util";
import { type Machine, setUpTests } from "../scripts/test-setup.ts";

const DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n';
const UBUNTU = "NAME=Ubuntu\nID=ubuntu\nID_LIKE=debian\n";

let bare = "";
before(async () => {
  // A PATH with node and nothing else: no java.
  bare = await mkdtemp(join(tmpdir(), "folio-bare-path-"));
  await symlink(process.execPath, join(bare, "node"));
  // A jar where EPUBCHECK_JAR points: EPUBCheck counts as there.
  await writeFile(join(bare, "epubcheck.jar"), "");
});
after(() => rm(bare, { recursive: true, force: true }));

function machine(overrides: Partial<Machine>): Machine & { ran: string[]; said: string[] } {
  const ran: string[] = [];
  const said: string[] = [];
  return {
    env: { PATH: bare, EPUBCHECK_JAR: "/nonexistent/epubcheck.jar" },
    platform: "linux",
    uid: 0,
    osRelease: DEBIAN,
    run: (command, args) => {
      ran.push([command, ...args].join(" "));
      return 0;
    },
    log: (line) => said.push(line),
    ...overrides,
    ran,
    said,
  };
}

test("should install Java, EPUBCheck and redis-server with apt-get on Debian as root, saying so", () => {
  const m = machine({});
  assert.equal(
    setUpTests(m),
    1,
    "the jar this simulated machine names is still missing after the recorded install",
  );
  assert.deepEqual(m.ran, [
    "apt-get update",
    "apt-get install -y --no-install-recommends default-jre-headless epubcheck redis-server",
  ]);
  assert.match(
    m.said[0],
    /installing default-jre-headless, epubcheck and redis-server with apt-get/,
  );
  assert.ok(m.said.includes("$ apt-get update"));
  assert.match(m.said.at(-1)!, /still missing after apt-get/);
});

test("should install only what is missing, on Ubuntu too", () => {
  const m = machine({
    osRelease: UBUNTU,
    env: { PATH: bare, EPUBCHECK_JAR: join(bare, "epubcheck.jar") },
  });
  setUpTests(m);
  assert.deepEqual(
    m.ran.at(-1),
    "apt-get install -y --no-install-recommends default-jre-headless redis-server",
  );
});

test("should stop when apt-get fails, naming what to install", () => {
  const m = machine({
    run: (command, args) => {
      m.ran.push([command, ...args].join(" "));
      return 100;
    },
  });
  assert.equal(setUpTests(m), 1);
  assert.deepEqual(m.ran, ["apt-get update"]);
  assert.match(
    m.said.at(-1)!,
    /apt-get update failed \(exit 100\): install default-jre-headless, epubcheck and redis-server yourself/,
  );
});

test("should print the one command to run, and run nothing, when not root or not on Debian", () => {
  const user = machine({ uid: 1000 });
  assert.equal(setUpTests(user), 1);
  assert.deepEqual(user.ran, []);
  assert.match(
    user.said[0],
    /Run `sudo apt-get install -y --no-install-recommends default-jre-headless epubcheck redis-server`, then `npm test` again\./,
  );

  const mac = machine({ platform: "darwin", osRelease: "" });
  assert.equal(setUpTests(mac), 1);
  assert.deepEqual(mac.ran, []);
  assert.match(mac.said[0], /Run `brew install epubcheck redis`, then `npm test` again\./);

  const other = machine({ osRelease: "ID=fedora\n" });
  assert.equal(setUpTests(other), 1);
  assert.match(
    other.said[0],
    /EPUBCheck, W3C's EPUB validator, is a Java program that npm does not install/,
  );
});

test("should do nothing where Java, EPUBCheck and redis-server are there", {
  skip:
    setUpTests(machine({ env: process.env, uid: 1000 })) !== 0 &&
    "no Java, EPUBCheck or redis-server here",
}, () => {
  const m = machine({ env: process.env });
  assert.equal(setUpTests(m), 0);
  assert.deepEqual([m.ran, m.said], [[], []]);
});

test("should say what it would run, from the command line, with --dry-run", async () => {
  // It exits 1 where it may not install: the output is the same either way.
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ["--import", "tsx", "scripts/test-setup.ts", "--dry-run"],
    {
      env: { ...process.env, PATH: bare, EPUBCHECK_JAR: "/nonexistent/epubcheck.jar" },
    },
  ).catch((error: { stdout: string }) => error);
  if (process.platform === "linux" && process.getuid?.() === 0) {
    assert.match(
      stdout,
      /^\$ apt-get update\n\$ apt-get install -y --no-install-recommends default-jre-headless epubcheck redis-server$/m,
    );
  } else {
    assert.match(stdout, /missing here \(default-jre-headless, epubcheck, redis-server\)/);
  }
});
