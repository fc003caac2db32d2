#!/usr/bin/env python3
"""Helpers for bench/run (standard library only).

  bench.py login URL EMAIL PASSWORD            prints a bearer token
  bench.py url SERVER Q BASE NCOHORTS          prints the oha --rand-regex-url pattern for a question
  bench.py check OURS_URL TOKEN PEER_URL... -- DB_URL NCOHORTS
                                               compares ours, the peer(s) and the SQL; exits 1 on a difference
  bench.py sizes SERVER URL TOKEN|- NCOHORTS OUT  body sizes of every load request
  bench.py oha FILE [SIZES Q]                  prints a summary of an oha JSON report
  bench.py pgbench STDOUT LOGPREFIX            prints a summary of a pgbench run and its per-transaction log
  bench.py metric URL NAME                     prints a counter from /metrics
  bench.py report RUN_DIR OUT_JSON OUT_MD      writes the result files
"""

import glob
import json
import os
import re
import subprocess
import sys
import urllib.parse
import urllib.request
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.dirname(HERE)
QUESTIONS = ["q1", "q2", "q3"]
COHORT_PREFIX = "5ca1e000-0000-0003-0000-"


def cohort_id(k):
    return f"{COHORT_PREFIX}{k:012x}"


def query_text(server, q):
    with open(os.path.join(BENCH, "queries", server, f"{q}.graphql"), encoding="utf-8") as f:
        return f.read().strip()


def has_id(q):
    return q in ("q1", "q3")


def post(url, body, token=None):
    headers = {"content-type": "application/json"}
    if token:
        headers["authorization"] = f"Bearer {token}"
    req = urllib.request.Request(url, json.dumps(body).encode(), headers)
    with urllib.request.urlopen(req, timeout=30) as r:
        return r.status, json.load(r)


def get(url, token=None):
    headers = {}
    if token:
        headers["authorization"] = f"Bearer {token}"
    req = urllib.request.Request(url, headers=headers)
    with urllib.request.urlopen(req, timeout=30) as r:
        return r.status, r.read().decode()


def cmd_login(url, email, password):
    q = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }'
    status, body = post(url, {"query": q, "variables": {"e": email, "p": password}})
    if status != 200 or body.get("errors"):
        sys.exit(f"login failed: {status} {body}")
    print(body["data"]["login"]["accessToken"])


def get_url(base, server, q, k):
    params = {"query": query_text(server, q)}
    if has_id(q):
        params["variables"] = json.dumps({"id": cohort_id(k)}, separators=(",", ":"))
    return base + "?" + urllib.parse.urlencode(params, quote_via=urllib.parse.quote)


def cmd_url(server, q, base, ncohorts):
    """A regular expression for oha's --rand-regex-url: the GET request of question q, with
    the cohort id drawn uniformly from all seeded cohorts (an alternation of every id)."""
    ncohorts = int(ncohorts)
    marker = 0xABCDEF  # a cohort number that does not occur, replaced by the alternation
    url = get_url(base, server, q, marker) if has_id(q) else get_url(base, server, q, 0)
    # oha treats "." literally in these patterns ("dot is disabled"); every other regex
    # metacharacter of the URL must be escaped (the URL-encoded query leaves only "?").
    pattern = re.sub(r"([?*+()\[\]{}|^$\\])", r"\\\1", url)
    if has_id(q):
        alternation = "(" + "|".join(f"{k:012x}" for k in range(ncohorts)) + ")"
        pattern = pattern.replace(f"{marker:012x}", alternation)
    print(pattern)


# ---------------------------------------------------------------- normalisation

def utc(ts):
    if ts is None:
        return None
    return datetime.fromisoformat(ts).astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def edges(conn):
    return [e["node"] for e in conn["edges"]]


def norm_ours(q, data):
    if q == "q1":
        c = data["cohort"]
        return c and {k: c[k] for k in ("id", "title", "programme", "status", "startsOn", "endsOn", "location", "capacity")}
    if q == "q2":
        return [
            {
                "id": c["id"],
                "title": c["title"],
                "sessions": [{k: s[k] for k in ("id", "title", "day", "position")} for s in c["sessions"]],
                "participants": [
                    {
                        "displayName": e["person"]["displayName"],
                        "municipality": (e["person"]["municipality"] or {}).get("name"),
                    }
                    for e in edges(c["enrollments"])
                ],
            }
            for c in edges(data["cohorts"])
        ]
    if q == "q3":
        return [
            {
                "id": p["id"],
                "title": p["title"],
                "createdAt": utc(p["createdAt"]),
                "author": (p["author"] or {}).get("displayName"),
                "comments": [
                    {"body": c["body"], "author": (c["author"] or {}).get("displayName")}
                    for c in edges(p["comments"])
                ],
            }
            for p in edges(data["cohort"]["posts"])
        ]
    raise ValueError(q)


def norm_peer(q, data):
    if q == "q1":
        c = data["cohortByRowId"]
        if c is None:
            return None
        out = {k: c[k] for k in ("title", "programme", "status", "startsOn", "endsOn", "location", "capacity")}
        return {"id": c["rowId"], **out}
    if q == "q2":
        return [
            {
                "id": c["rowId"],
                "title": c["title"],
                "sessions": [
                    {"id": s["rowId"], "title": s["title"], "day": s["day"], "position": s["position"]}
                    for s in c["sessionsByCohortId"]["nodes"]
                ],
                "participants": [
                    {
                        "displayName": e["personByPersonId"]["displayName"],
                        "municipality": (e["personByPersonId"]["municipalityByMunicipalityId"] or {}).get("name"),
                    }
                    for e in edges(c["enrollmentsByCohortId"])
                ],
            }
            for c in edges(data["allCohorts"])
        ]
    if q == "q3":
        return [
            {
                "id": p["rowId"],
                "title": p["title"],
                "createdAt": utc(p["createdAt"]),
                "author": (p["personByAuthorId"] or {}).get("displayName"),
                "comments": [
                    {"body": c["body"], "author": (c["personByAuthorId"] or {}).get("displayName")}
                    for c in edges(p["commentsByPostId"])
                ],
            }
            for p in edges(data["cohortByRowId"]["postsByCohortId"])
        ]
    raise ValueError(q)


def norm_sql(q, value):
    if q == "q3":
        for p in value:
            p["createdAt"] = utc(p["createdAt"])
    return value


def run_sql(db_url, q, k, ncohorts):
    with open(os.path.join(BENCH, "sql", f"{q}.sql"), encoding="utf-8") as f:
        lines = [l for l in f.read().splitlines() if l.strip() and not l.startswith(("--", "\\"))]
    sql = "\n".join(lines).replace(":k::int", str(k)).replace(":ncohorts", str(ncohorts))
    out = subprocess.run(
        ["psql", db_url, "-X", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-c", sql],
        check=True, capture_output=True, text=True,
    ).stdout.strip()
    return json.loads(out) if out else None


def first_difference(a, b, path="$"):
    if type(a) is not type(b):
        return f"{path}: {a!r} != {b!r}"
    if isinstance(a, dict):
        for key in sorted(set(a) | set(b)):
            if key not in a or key not in b:
                return f"{path}.{key}: present on one side only"
            d = first_difference(a[key], b[key], f"{path}.{key}")
            if d:
                return d
        return None
    if isinstance(a, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} items != {len(b)} items"
        for i, (x, y) in enumerate(zip(a, b)):
            d = first_difference(x, y, f"{path}[{i}]")
            if d:
                return d
        return None
    return None if a == b else f"{path}: {a!r} != {b!r}"


def cmd_check(argv):
    sep = argv.index("--")
    ours_url, token, *peers = argv[:sep]
    db_url, ncohorts = argv[sep + 1], int(argv[sep + 2])
    cohorts = sorted({0, 7, ncohorts // 2, ncohorts - 1})
    failures = 0
    report = []
    for q in QUESTIONS:
        for k in cohorts if has_id(q) else [None]:
            variables = {"id": cohort_id(k)} if k is not None else {}
            answers = {}
            status, body = post(ours_url, {"query": query_text("ours", q), "variables": variables}, token)
            if status != 200 or body.get("errors"):
                sys.exit(f"ours {q}: {status} {body.get('errors')}")
            answers["ours"] = norm_ours(q, body["data"])
            # The same question as a GET (the load runs use GET): same answer.
            status, text = get(get_url(ours_url, "ours", q, k or 0), token)
            if status != 200 or norm_ours(q, json.loads(text)["data"]) != answers["ours"]:
                sys.exit(f"ours {q}: the GET answer differs from the POST answer")
            for i, peer in enumerate(peers):
                status, body = post(peer, {"query": query_text("peer", q), "variables": variables})
                if status != 200 or body.get("errors"):
                    sys.exit(f"peer {peer} {q}: {status} {body.get('errors')}")
                answers[f"peer{i}"] = norm_peer(q, body["data"])
                status, text = get(get_url(peer, "peer", q, k or 0))
                if status != 200 or norm_peer(q, json.loads(text)["data"]) != answers[f"peer{i}"]:
                    sys.exit(f"peer {peer} {q}: the GET answer differs from the POST answer")
            answers["sql"] = norm_sql(q, run_sql(db_url, q, k or 0, ncohorts))
            size = len(json.dumps(answers["ours"]))
            for name, value in answers.items():
                if name == "ours":
                    continue
                d = first_difference(answers["ours"], value)
                if d:
                    failures += 1
                    print(f"DIFFERENT {q} cohort={k} ours vs {name}: {d}", file=sys.stderr)
            if not answers["ours"]:
                failures += 1
                print(f"EMPTY {q} cohort={k}: ours answered nothing", file=sys.stderr)
            report.append(f"{q}{'' if k is None else f' cohort {k}'}: {size} bytes normalised, "
                          f"{len(answers) - 1} comparisons")
    for line in report:
        print("  same data:", line)
    if failures:
        sys.exit(f"{failures} differences between the servers; see above")


def cmd_sizes(server, base, token, ncohorts, out):
    """The body size of every possible load request (uncompressed, as GET like the load),
    so that a load run can tell whether its 200s carried data (GraphQL errors are 200s too)."""
    ncohorts = int(ncohorts)
    result = {}
    for q in QUESTIONS:
        sizes = []
        for k in range(ncohorts) if has_id(q) else [0]:
            status, text = get(get_url(base, server, q, k), token if token != "-" else None)
            body = json.loads(text)
            if status != 200 or body.get("errors") or not body.get("data"):
                sys.exit(f"{base} {q} cohort {k}: {status} {text[:300]}")
            sizes.append(len(text.encode()))
        mean = sum(sizes) / len(sizes)
        std = (sum((x - mean) ** 2 for x in sizes) / len(sizes)) ** 0.5
        result[q] = {"mean": mean, "std": std, "min": min(sizes), "max": max(sizes)}
    with open(out, "w", encoding="utf-8") as f:
        json.dump(result, f, indent=2)


# ---------------------------------------------------------------- results

def cmd_oha(path, sizes_path=None, q=None):
    with open(path, encoding="utf-8") as f:
        r = json.load(f)
    s = r["summary"]
    codes = {str(k): v for k, v in (r.get("statusCodeDistribution") or {}).items()}
    total = sum(codes.values())
    errors = r.get("errorDistribution") or {}
    ok = codes.get("200", 0)
    lat = r.get("latencyPercentiles") or {}
    out = {
        "requests": total + sum(errors.values()),
        "rps": s.get("requestsPerSec"),
        "p50_ms": lat.get("p50") * 1000 if lat.get("p50") is not None else None,
        "p99_ms": lat.get("p99") * 1000 if lat.get("p99") is not None else None,
        "avg_ms": s["average"] * 1000 if s.get("average") is not None else None,
        "success_rate": s.get("successRate"),
        "ok_200": ok,
        "status_codes": codes,
        "errors": errors,
        "all_200": ok == total and not errors and total > 0,
    }
    # The last requests can be cut off by the deadline; oha reports them as errors
    # ("aborted due to deadline"), which are not failures of the server.
    out["errors_besides_deadline"] = {k: v for k, v in errors.items() if "deadline" not in k}
    out["all_200"] = ok == total and total > 0 and not out["errors_besides_deadline"]
    # Bodies: the mean size of the 200s must be the mean size of the data answers (every
    # cohort equally likely); answers with GraphQL errors are far smaller and would show.
    if sizes_path and ok:
        with open(sizes_path, encoding="utf-8") as f:
            expected = json.load(f)[q]
        mean = s["totalData"] / ok
        tolerance = max(1.0, 6 * expected["std"] / ok ** 0.5) + 0.002 * expected["mean"]
        out["bytes_per_response"] = round(mean, 1)
        out["expected_bytes_per_response"] = round(expected["mean"], 1)
        out["bodies_ok"] = abs(mean - expected["mean"]) <= tolerance
    print(json.dumps(out))


def percentile(sorted_values, p):
    if not sorted_values:
        return None
    i = min(len(sorted_values) - 1, max(0, int(round(p / 100 * len(sorted_values) + 0.5)) - 1))
    return sorted_values[i]


def cmd_pgbench(stdout_path, log_prefix):
    with open(stdout_path, encoding="utf-8") as f:
        text = f.read()
    tps = re.search(r"tps = ([\d.]+) \(without initial connection time\)", text)
    avg = re.search(r"latency average = ([\d.]+) ms", text)
    failed = re.search(r"number of failed transactions: (\d+)", text)
    done = re.search(r"number of transactions actually processed: (\d+)", text)
    latencies = []
    for path in glob.glob(log_prefix + ".*"):
        with open(path, encoding="utf-8") as f:
            for line in f:
                parts = line.split()
                if len(parts) >= 3 and parts[2].isdigit():
                    latencies.append(int(parts[2]) / 1000.0)  # µs -> ms
    latencies.sort()
    print(json.dumps({
        "tps": float(tps.group(1)) if tps else None,
        "avg_ms": float(avg.group(1)) if avg else None,
        "p50_ms": percentile(latencies, 50),
        "p99_ms": percentile(latencies, 99),
        "transactions": int(done.group(1)) if done else None,
        "failed": int(failed.group(1)) if failed else None,
        "logged": len(latencies),
        "aborted": "aborted" in text,
    }))


def cmd_line(path):
    r = load(path) or {}
    if "skipped" in r:
        print("skipped:", r["skipped"])
    elif "tps" in r:
        print(f"{r['tps']:.0f} tps, p50 {r['p50_ms']:.2f} ms, p99 {r['p99_ms']:.2f} ms, failed {r['failed']}")
    else:
        print(f"{r['rps']:.0f} req/s, p50 {r['p50_ms']:.2f} ms, p99 {r['p99_ms']:.2f} ms, codes {r['status_codes']}, "
              f"errors {r['errors']}, bodies ok: {r.get('bodies_ok')} "
              f"({r.get('bytes_per_response')} B/response, expected {r.get('expected_bytes_per_response')})")


def _procs():
    out = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat", encoding="utf-8") as f:
                raw = f.read()
        except OSError:
            continue
        comm = raw[raw.index("(") + 1:raw.rindex(")")]
        fields = raw[raw.rindex(")") + 2:].split()
        # fields[0] is state (field 3); utime/stime/cutime/cstime are fields 14-17
        out[int(d)] = {"comm": comm, "ppid": int(fields[1]), "cpu": int(fields[11]) + int(fields[12]),
                       "children_cpu": int(fields[13]) + int(fields[14])}
    return out


def cmd_cpu(pid):
    """CPU ticks so far: of the process tree under pid, of PostgreSQL (live processes plus
    the children the postmaster has reaped), and of the whole machine (busy, total)."""
    procs = _procs()
    pid = int(pid)
    tree, frontier = set(), {pid}
    while frontier:
        tree |= frontier
        frontier = {p for p, v in procs.items() if v["ppid"] in frontier} - tree
    server = sum(procs[p]["cpu"] for p in tree if p in procs)
    pg = 0
    for p, v in procs.items():
        if v["comm"] == "postgres":
            pg += v["cpu"]
            parent = procs.get(v["ppid"])
            if parent is None or parent["comm"] != "postgres":  # the postmaster
                pg += v["children_cpu"]
    with open("/proc/stat", encoding="utf-8") as f:
        cpu = [int(x) for x in f.readline().split()[1:]]
    idle = cpu[3] + cpu[4]
    print(json.dumps({"server": server, "postgres": pg, "busy": sum(cpu[:8]) - idle, "total": sum(cpu[:8])}))


def cpu_delta(before, after, count):
    """Milliseconds of CPU per request for the server and for PostgreSQL, and how busy the
    machine was (all cores together = 100 %)."""
    b, a = json.loads(before), json.loads(after)
    tick_ms = 1000 / os.sysconf("SC_CLK_TCK")
    d = {k: a[k] - b[k] for k in a}
    return {
        "server_cpu_ms_per_request": round(d["server"] * tick_ms / count, 3) if count and d["server"] >= 0 else None,
        "postgres_cpu_ms_per_request": round(d["postgres"] * tick_ms / count, 3) if count else None,
        "machine_busy_percent": round(100 * d["busy"] / d["total"], 1) if d["total"] else None,
        "rest_busy_percent": round(100 * (d["busy"] - d["server"] - d["postgres"]) / d["total"], 1) if d["total"] else None,
    }


def cmd_extra(summary_path, before_stmts, after_stmts, rss_path, cpu_before, cpu_after):
    """The extra figures of a load run: statements per request (ours only), RSS, CPU."""
    summary = load(summary_path)
    count = summary.get("ok_200") or summary.get("requests") or summary.get("transactions")
    out = {}
    if before_stmts != "-":
        delta = float(after_stmts) - float(before_stmts)
        out["sql_statements"] = delta
        out["statements_per_request"] = round(delta / count, 2) if count else None
    if rss_path != "-":
        rss = [int(x) for x in open(rss_path, encoding="utf-8").read().split()]
        out["max_rss_mib"] = round(max(rss) / 1024, 1) if rss else None
        out["rss_samples"] = len(rss)
    out.update(cpu_delta(cpu_before, cpu_after, count))
    print(json.dumps(out))


def cmd_metric(url, name):
    _, text = get(url)
    for line in text.splitlines():
        if line.startswith(name + " ") or line.startswith(name + "{"):
            print(line.split()[-1])
            return
    sys.exit(f"{name} not in {url}")


def load(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def ratio(a, b):
    return round(a / b, 2) if a and b else None


def fmt(v, digits=1):
    if v is None:
        return "–"
    if isinstance(v, float):
        return f"{v:,.{digits}f}"
    return f"{v:,}"


def valid(x):
    return bool(x) and x["all_200"] and x.get("bodies_ok") is not False


def cmd_report(run_dir, out_json, out_md):
    meta = load(os.path.join(run_dir, "meta.json")) or {}
    rows = []
    sqlite_rows = []
    for q in QUESTIONS:
        for c in meta.get("concurrency", []):
            def one(name):
                return load(os.path.join(run_dir, f"{q}-c{c}-{name}.json"))
            ours, single, cluster, pg = one("ours"), one("peer-single"), one("peer-cluster"), one("pgbench")
            ours_extra = one("ours-extra") or {}
            cpu = {name.replace("-", "_"): one(f"{name}-extra") for name in ("ours", "peer-single", "peer-cluster", "pgbench")}
            rows.append({
                "cpu": cpu,
                "question": q.upper(), "concurrency": c,
                "ours": ours, "peer_single": single, "peer_cluster": cluster, "pgbench": pg,
                "ours_sql_statements_per_request": ours_extra.get("statements_per_request"),
                "ours_max_rss_mib": ours_extra.get("max_rss_mib"),
                "ours_vs_peer_single_throughput": ratio(ours and ours["rps"], single and single["rps"]),
                "ours_vs_peer_cluster_throughput": ratio(ours and ours["rps"], cluster and cluster["rps"]),
                "ours_p99_vs_peer_cluster_p99": ratio(ours and ours["p99_ms"], cluster and cluster["p99_ms"]),
                "ours_vs_pgbench_throughput": ratio(ours and ours["rps"], pg and pg.get("tps")),
            })
            sq = one("sqlite")
            if sq is not None:
                sq_extra = one("sqlite-extra") or {}
                sqlite_rows.append({
                    "question": q.upper(), "concurrency": c, "ours": sq,
                    "ours_sql_statements_per_request": sq_extra.get("statements_per_request"),
                    "ours_max_rss_mib": sq_extra.get("max_rss_mib"),
                    "ours_server_cpu_ms_per_request": sq_extra.get("server_cpu_ms_per_request"),
                })
    non200 = [
        f"{r['question']} c={r['concurrency']} {name}"
        for r in rows for name in ("ours", "peer_single", "peer_cluster")
        if r[name] is not None and not valid(r[name])
    ] + [f"{r['question']} c={r['concurrency']} sqlite" for r in sqlite_rows if not valid(r["ours"])]
    pgbench_notes = [
        f"{r['question']} c={r['concurrency']}: " + (r["pgbench"].get("skipped") or
            f"{r['pgbench'].get('failed')} failed transactions" + (", aborted" if r["pgbench"].get("aborted") else ""))
        for r in rows if r["pgbench"] and (r["pgbench"].get("skipped") or r["pgbench"].get("failed") or r["pgbench"].get("aborted"))
    ]
    result = {"meta": meta, "postgres": rows, "sqlite": sqlite_rows, "not_all_200": non200,
              "pgbench_problems": pgbench_notes}
    with open(out_json, "w", encoding="utf-8") as f:
        json.dump(result, f, indent=2, ensure_ascii=False)
        f.write("\n")

    m = meta.get("machine", {})
    v = meta.get("versions", {})
    L = []
    L.append("# Benchmark: Vielfaltsnetz vs PostGraphile v5 vs hand-written SQL\n")
    L.append(f"Run {meta.get('started', '?')} → {meta.get('finished', '?')}, "
             f"{meta.get('duration', '?')} per measurement, scale {meta.get('scale', '?')} "
             f"({meta.get('cohorts', '?')} cohorts), the same PostgreSQL database for all.\n")
    L.append(f"- Machine: {m.get('cpu', '?')}, {m.get('cores', '?')} cores, {m.get('ram', '?')} RAM, kernel {m.get('kernel', '?')}")
    L.append(f"- PostgreSQL {v.get('postgres', '?')}; Node {v.get('node', '?')}; PostGraphile {v.get('postgraphile', '?')}; "
             f"oha {v.get('oha', '?')}; ours: {meta.get('ours_binary', '?')}, i.e. commit {v.get('ours_commit', '?')} "
             f"plus whatever was uncommitted then; git HEAD at the run: {v.get('git_head_at_run', '?')}")
    L.append(f"- Load average (1/5/15 min) before the run: {meta.get('loadavg_before', '?')}, after: {meta.get('loadavg_after', '?')} "
             "(the machine is shared; anything else running skews the numbers)")
    L.append(f"- Ours: {meta.get('ours_workers', '?')} workers, pool 20; peer single: 1 process, pool 20; "
             f"peer cluster: 2 workers, pool 10 each; pgbench: `-M prepared -j 2`.")
    L.append("- Requests: GraphQL over GET with `Accept-Encoding: identity` (ours would gzip otherwise, the peer never does), "
             "Q1/Q3 with a cohort drawn at random from all cohorts per request (oha `--rand-regex-url`, `-w`); "
             f"ours with a bearer token and its permission checks, the peer without authentication. "
             f"{meta.get('warmup', '?')} unmeasured warm-up per server and question.")
    L.append("- Throughput in requests/s (pgbench: transactions/s), latency in ms. "
             "Ratios > 1 favour ours for throughput, < 1 favour ours for p99.\n")
    L.append("| Q | c | ours req/s | p50 | p99 | peer 1 req/s | p50 | p99 | peer ×2 req/s | p50 | p99 | pgbench tps | p50 | p99 | ours÷peer 1 | ours÷peer ×2 | ours p99÷peer ×2 p99 | SQL stmts/req | ours max RSS MiB |")
    L.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        def trip(x, key="rps"):
            if not x:
                return ["–"] * 3
            flag = "" if key == "tps" or valid(x) else " ⚠"
            return [fmt(x.get(key), 0) + flag, fmt(x.get("p50_ms"), 2), fmt(x.get("p99_ms"), 2)]
        L.append("| " + " | ".join(
            [r["question"], str(r["concurrency"])]
            + trip(r["ours"]) + trip(r["peer_single"]) + trip(r["peer_cluster"]) + trip(r["pgbench"], "tps")
            + [fmt(r["ours_vs_peer_single_throughput"], 2), fmt(r["ours_vs_peer_cluster_throughput"], 2),
               fmt(r["ours_p99_vs_peer_cluster_p99"], 2), fmt(r["ours_sql_statements_per_request"], 1),
               fmt(r["ours_max_rss_mib"], 1)]) + " |")
    L.append("\n### Where the CPU goes (ms of CPU per request; machine busy % over the run, all cores = 100 %)\n")
    L.append("Server = the server's processes; PG = all PostgreSQL processes; rest = busy time of everything else "
             "(the load generator, and anything else running on the machine).\n")
    L.append("| Q | c | ours server | ours PG | peer 1 server | peer 1 PG | peer ×2 server | peer ×2 PG | pgbench PG | busy % ours / peer 1 / peer ×2 / pgbench | rest % ours / peer 1 / peer ×2 / pgbench |")
    L.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---|---|")
    for r in rows:
        c = r.get("cpu") or {}
        def g(name, key):
            return fmt((c.get(name) or {}).get(key), 2)
        def pct(key):
            return " / ".join(fmt((c.get(n) or {}).get(key), 0) for n in ("ours", "peer_single", "peer_cluster", "pgbench"))
        L.append("| " + " | ".join([r["question"], str(r["concurrency"]),
            g("ours", "server_cpu_ms_per_request"), g("ours", "postgres_cpu_ms_per_request"),
            g("peer_single", "server_cpu_ms_per_request"), g("peer_single", "postgres_cpu_ms_per_request"),
            g("peer_cluster", "server_cpu_ms_per_request"), g("peer_cluster", "postgres_cpu_ms_per_request"),
            g("pgbench", "postgres_cpu_ms_per_request"), pct("machine_busy_percent"), pct("rest_busy_percent")]) + " |")
    if sqlite_rows:
        L.append("\n## Ours on SQLite (same data set, same questions)\n")
        L.append("| Q | c | req/s | p50 | p99 | SQL stmts/req | max RSS MiB | server CPU ms/req |")
        L.append("|---|---|---:|---:|---:|---:|---:|---:|")
        for r in sqlite_rows:
            o = r["ours"]
            flag = "" if valid(o) else " ⚠"
            L.append(f"| {r['question']} | {r['concurrency']} | {fmt(o['rps'], 0)}{flag} | {fmt(o['p50_ms'], 2)} | "
                     f"{fmt(o['p99_ms'], 2)} | {fmt(r['ours_sql_statements_per_request'], 1)} | {fmt(r['ours_max_rss_mib'], 1)} | "
                     f"{fmt(r['ours_server_cpu_ms_per_request'], 2)} |")
    L.append("")
    if non200:
        L.append("**Not every response was a 200 with data:** " + ", ".join(non200) + " (⚠; see latest.json).")
    else:
        L.append("Every response in every load run was HTTP 200, and the mean body size of every run matched "
                 "the mean size of the data answers (no GraphQL errors hidden in 200s).")
    if pgbench_notes:
        L.append("\n**pgbench problems:** " + "; ".join(pgbench_notes) + ".")
    checks = meta.get("same_data")
    if checks:
        L.append("\nSame-data check before the load (ours vs peer single vs peer cluster vs the pgbench SQL, "
                 "normalised to one shape): " + "; ".join(checks) + ".")
    L.append("\nAll load runs share one 2-core machine with the load generator, so absolute numbers are low "
             "and the ratios are the point. Reproduce with `bench/run` (see bench/README.md).")
    with open(out_md, "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    cmd, args = sys.argv[1], sys.argv[2:]
    {
        "login": lambda: cmd_login(*args),
        "url": lambda: cmd_url(*args),
        "check": lambda: cmd_check(args),
        "oha": lambda: cmd_oha(*args),
        "sizes": lambda: cmd_sizes(*args),
        "pgbench": lambda: cmd_pgbench(*args),
        "metric": lambda: cmd_metric(*args),
        "line": lambda: cmd_line(*args),
        "cpu": lambda: cmd_cpu(*args),
        "extra": lambda: cmd_extra(*args),
        "report": lambda: cmd_report(*args),
    }[cmd]()


if __name__ == "__main__":
    main()
