// PostGraphile v5 peer for bench/run: the stock Amber preset over the `public` schema of the
// benchmark database, served by grafserv on Node's http server.
//
//   PEER_DATABASE_URL  postgres://…             (required)
//   PEER_PORT          port on 127.0.0.1        (required)
//   PEER_WORKERS       0 = one process; N ≥ 1 = Node `cluster` with N workers on one port
//   PEER_POOL_MAX      pg pool size per process (default 20, the size of our service's pool)
//
// No JWT/RLS set-up: PostGraphile answers every request as the connecting role, so it does
// less per request than our service, which checks a bearer token and permissions.
import cluster from "node:cluster";
import { createServer } from "node:http";
import process from "node:process";

const url = process.env.PEER_DATABASE_URL;
const port = Number(process.env.PEER_PORT);
const workers = Number(process.env.PEER_WORKERS ?? "0");
const poolMax = Number(process.env.PEER_POOL_MAX ?? "20");
if (!url || !port) {
  console.error("PEER_DATABASE_URL and PEER_PORT are required");
  process.exit(2);
}

if (workers > 0 && cluster.isPrimary) {
  let ready = 0;
  let stopping = false;
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on("message", (_w, msg) => {
    if (msg === "ready" && ++ready === workers) {
      console.log(`peer cluster (${workers} workers) is running: http://127.0.0.1:${port}/graphql`);
    }
  });
  cluster.on("exit", (w, code, signal) => {
    if (!stopping) {
      console.error(`worker ${w.process.pid} died (${signal ?? code}); stopping the cluster`);
      stop(1);
    }
  });
  const stop = (code = 0) => {
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill("SIGTERM");
    setTimeout(() => process.exit(code), 2000).unref();
    let left = Object.keys(cluster.workers ?? {}).length;
    if (left === 0) process.exit(code);
    cluster.on("exit", () => {
      if (--left <= 0) process.exit(code);
    });
  };
  process.on("SIGTERM", () => stop(0));
  process.on("SIGINT", () => stop(0));
} else {
  const { postgraphile } = await import("postgraphile");
  const { PostGraphileAmberPreset } = await import("postgraphile/presets/amber");
  const { makePgService } = await import("postgraphile/adaptors/pg");
  const { grafserv } = await import("postgraphile/grafserv/node");

  const preset = {
    extends: [PostGraphileAmberPreset],
    // v5 exposes ordering and conditions only on indexed columns; our questions order cohorts
    // by starts_on and posts by pinned, and pick enrolments by role. Dropping the plugin gives
    // every column orderBy/condition (what PostGraphile v4 did by default); the SQL it runs
    // for a given query is the same either way.
    disablePlugins: ["PgIndexBehaviorsPlugin"],
    pgServices: [
      makePgService({
        connectionString: url,
        schemas: ["public"],
        pubsub: false,
        // Idle connections go back after 2 s, so that pgbench finds free connections between runs.
        poolConfig: { max: poolMax, idleTimeoutMillis: 2000 },
      }),
    ],
    grafserv: { port, host: "127.0.0.1", graphiql: false, graphqlOverGET: true, watch: false },
    grafast: { explain: false },
  };
  const pgl = postgraphile(preset);
  const serv = pgl.createServ(grafserv);
  const server = createServer();
  server.keepAliveTimeout = 65_000;
  server.on("error", (e) => {
    console.error(e);
    process.exit(1);
  });
  await serv.addTo(server);
  // Build the schema before accepting requests, so the first measured request pays nothing.
  await pgl.getSchemaResult();
  server.listen(port, "127.0.0.1", () => {
    if (cluster.isWorker) process.send?.("ready");
    else console.log(`peer (single process) is running: http://127.0.0.1:${port}/graphql`);
  });
  const shutdown = async () => {
    server.close();
    await pgl.release().catch(() => {});
    process.exit(0);
  };
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
}
