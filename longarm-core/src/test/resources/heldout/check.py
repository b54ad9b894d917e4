#!/usr/bin/env python3
"""Validate the held-out gold and check that it scores 1.0 against itself (stdlib only).

usage: check.py [--fix] [SCORE_PY]    (default ../../../../../../shared/eval/score.py next to the repository, else skipped)

--fix first rewrites every mention's start/end from its evidence (first occurrence), for use after editing a text.

Checks: article fields, evidence == text[start:end] in UTF-16 units, one mention per (article, incident),
ontology values, dates, counts, relevance. Then writes the gold as an `export --format jsonl` and
`articles-jsonl` pair into a temporary folder and runs the scorer on it.
"""
import datetime as dt, json, os, subprocess, sys, tempfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"DEFECTION", "PURSUIT", "ASSASSINATION", "ABDUCTION", "FORCED_RETURN", "SURVEILLANCE",
         "COERCION_BY_PROXY", "EXECUTION", "THREAT", "COUNTERMEASURE"}
STATUSES = {"ORDERED", "PLANNED", "ATTEMPTED", "COMPLETED", "FOILED", "ONGOING"}
ATTRS = {"OFFICIAL_NAMED", "OFFICIAL_ANONYMOUS", "ANONYMOUS_SOURCE", "NAMED_SOURCE", "MEDIA", "AUTHOR"}
errors = []


def err(msg):
    errors.append(msg)


def u16(s):
    return len(s.encode("utf-16-le")) // 2


def iso(s, where):
    try:
        return dt.date.fromisoformat(s)
    except (TypeError, ValueError):
        err(f"{where}: bad date {s!r}")


def load():
    adir = os.path.join(HERE, "articles")
    arts = {}
    for f in sorted(os.listdir(adir)):
        a = json.load(open(os.path.join(adir, f), encoding="utf-8"))
        for k in ("id", "outlet", "url", "published", "title", "text", "relevant", "cites"):
            if k not in a:
                err(f"{f}: missing {k}")
        if a["id"] + ".json" != f:
            err(f"{f}: id {a['id']} does not match the file name")
        iso(a["published"], f)
        arts[a["id"]] = a
    return arts, json.load(open(os.path.join(HERE, "gold", "incidents.json"), encoding="utf-8"))


def validate(arts, gold):
    ids = Counter(g["incident_id"] for g in gold)
    for i, n in ids.items():
        if n > 1:
            err(f"duplicate incident_id {i}")
    mentioned = set()
    for g in gold:
        w = g["incident_id"]
        if g["type"] not in TYPES: err(f"{w}: type {g['type']}")
        if g["status"] not in STATUSES: err(f"{w}: status {g['status']}")
        if g["origin_state"] != "PRK": err(f"{w}: origin_state {g['origin_state']}")
        if g["type"] == "DEFECTION" and g["perpetrator"] is not None: err(f"{w}: DEFECTION has a perpetrator")
        c = (g["location"] or {}).get("country")
        if c is not None and (len(c) != 3 or not c.isupper()): err(f"{w}: country {c}")
        t = g["time"]
        f_, t_ = (iso(t["from"], w) if t["from"] else None), (iso(t["to"], w) if t["to"] else None)
        if f_ and t_ and f_ > t_: err(f"{w}: time from > to")
        seen = set()
        for m in g["mentions"]:
            a = arts.get(m["article"])
            if a is None:
                err(f"{w}: unknown article {m['article']}"); continue
            if m["article"] in seen: err(f"{w}: two mentions in {m['article']}")
            seen.add(m["article"]); mentioned.add(m["article"])
            text = a["text"]
            if u16(text) != len(text): err(f"{m['article']}: text has astral characters")
            if text[m["start"]:m["end"]] != m["evidence"]: err(f"{w}/{m['article']}: evidence not at {m['start']}:{m['end']}")
            if text.find(m["evidence"]) != m["start"]: err(f"{w}/{m['article']}: evidence occurs earlier than start")
            if m["attribution"] not in ATTRS: err(f"{w}/{m['article']}: attribution {m['attribution']}")
            if not isinstance(m["hedged"], bool): err(f"{w}/{m['article']}: hedged not boolean")
            if "count" in m and not isinstance(m["count"], int): err(f"{w}/{m['article']}: count not int")
        tc = g["target_count"]
        if isinstance(tc, dict):
            if set(tc) - seen: err(f"{w}: target_count names articles without a mention")
            if len(set(tc.values())) < 2: err(f"{w}: per-article counts that agree should be one int")
        elif tc is not None and not isinstance(tc, int):
            err(f"{w}: target_count {tc!r}")
    for aid, a in arts.items():
        if a["relevant"] != (aid in mentioned):
            err(f"{aid}: relevant={a['relevant']} but {'has' if aid in mentioned else 'no'} gold mentions")


def origin(a):
    return sorted(a["cites"]) if a["cites"] else [a["outlet"]]


def export(arts, gold, out):
    with open(os.path.join(out, "incidents.jsonl"), "w", encoding="utf-8") as f:
        for g in sorted(gold, key=lambda g: g["incident_id"]):
            tc = g["target_count"]
            by = {m["article"]: m["count"] for m in g["mentions"] if "count" in m}
            value = tc if not isinstance(tc, dict) else Counter(tc.values()).most_common(1)[0][0]
            arts_of = sorted({m["article"] for m in g["mentions"]})
            origins = sorted({o for x in arts_of for o in origin(arts[x])})
            rec = {
                "id": g["incident_id"], "type": g["type"], "status": g["status"], "origin_state": g["origin_state"],
                "perpetrator": {"name": g["perpetrator"], "aliases": g.get("perpetrator_alternates", [])}
                if g["perpetrator"] else None,
                "targets": [{"name": t, "kind": "GROUP"} for t in g["targets"]],
                "target_count": {"value": value, "by_article": by, "conflict": isinstance(tc, dict)} if tc else None,
                "location": g["location"], "time": g["time"],
                "mentions": [{"article": m["article"], "start": m["start"], "end": m["end"], "text": m["evidence"],
                              "status": g["status"], "hedged": m["hedged"],
                              "attribution": {"kind": m["attribution"], "source": None}} for m in g["mentions"]],
                "origins": origins,
                "corroboration": {"articles": len(arts_of), "independent_origins": len(origins), "grade": None},
            }
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "articles.jsonl"), "w", encoding="utf-8") as f:
        for aid in sorted(arts):
            a = arts[aid]
            f.write(json.dumps({"id": aid, "outlet": a["outlet"], "url": a["url"], "published": a["published"],
                                "relevant": a["relevant"], "cites": a["cites"], "duplicate_of": None}) + "\n")


def fix_offsets(arts, gold):
    for g in gold:
        for m in g["mentions"]:
            t = arts[m["article"]]["text"]
            i = t.find(m["evidence"])
            if i >= 0:
                m["start"] = u16(t[:i]); m["end"] = m["start"] + u16(m["evidence"])
    with open(os.path.join(HERE, "gold", "incidents.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1); f.write("\n")


def main(argv):
    arts, gold = load()
    if "--fix" in argv:
        argv = [a for a in argv if a != "--fix"]
        fix_offsets(arts, gold)
    validate(arts, gold)
    for e in errors:
        print("ERROR", e)
    types = Counter(g["type"] for g in gold); statuses = Counter(g["status"] for g in gold)
    print(f"{len(arts)} articles, {len(gold)} incidents, {sum(len(g['mentions']) for g in gold)} mentions, "
          f"{sum(len(a['cites']) for a in arts.values())} citation edges")
    print("types:", dict(sorted(types.items()))); print("statuses:", dict(sorted(statuses.items())))
    score = argv[1] if len(argv) > 1 else os.path.join(HERE, *[".."] * 6, "shared", "eval", "score.py")
    if not os.path.exists(score):
        print(f"scorer not found at {score}: self-score skipped")
        return 1 if errors else 0
    with tempfile.TemporaryDirectory() as tmp:
        export(arts, gold, tmp)
        res = subprocess.run([sys.executable, score, os.path.join(HERE, "articles"),
                              os.path.join(HERE, "gold", "incidents.json"), os.path.join(tmp, "incidents.jsonl"),
                              os.path.join(tmp, "articles.jsonl")], capture_output=True, text=True)
        print(res.stdout, res.stderr, sep="")
        bad = [l for l in res.stdout.splitlines()
               if l.split(": ")[0].endswith(("_f1", "_acc", "_p", "_r")) and l.split(": ")[1] not in ("1.0", "None")]
        for l in bad:
            print("NOT 1.0:", l)
    return 1 if errors or bad or res.returncode else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
