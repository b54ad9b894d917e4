#!/usr/bin/env python3
"""Error analysis for Longarm: where predictions and gold differ, article by article (stdlib only).

usage: diff.py PRED_DIR GOLD_DIR [GOLD_DIR ...] [--only detection|perpetrator|time|country|status|count|origin]

PRED_DIR holds incidents.jsonl and articles.jsonl as `./longarm eval --predictions PRED_DIR` writes them. Pairs
are matched as ../shared/eval/score.py matches them (per article, by type, span overlap first); then each missed
gold mention, each extra prediction and each wrong attribute on a matched pair is printed with its evidence.
Use it on the dev half only.
"""
import json, os, sys, importlib.util
from collections import defaultdict


def load_score():
    here = os.path.dirname(os.path.abspath(__file__))
    for up in (os.path.join(here, "..", "..", "shared", "eval", "score.py"), os.path.join(here, "..", "..", "..", "shared", "eval", "score.py")):
        if os.path.exists(up):
            spec = importlib.util.spec_from_file_location("score", up)
            m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
            return m
    sys.exit("score.py not found")


def main(argv):
    only = None
    if "--only" in argv:
        i = argv.index("--only"); only = argv[i + 1]; del argv[i:i + 2]
    pred_dir, golds = argv[1], argv[2:]
    S = load_score()
    articles, gold = {}, []
    for g in golds:
        ad = os.path.join(g, "articles")
        for f in sorted(os.listdir(ad)):
            if f.endswith(".json"):
                a = json.load(open(os.path.join(ad, f))); articles[a["id"]] = a
        gold += json.load(open(os.path.join(g, "gold", "incidents.json")))
    preds = [json.loads(l) for l in open(os.path.join(pred_dir, "incidents.jsonl")) if l.strip()]
    gp = defaultdict(list); ginc = {}
    for g in gold:
        ginc[g["incident_id"]] = g
        for m in g["mentions"]:
            if m["article"] in articles:
                t = articles[m["article"]]["text"]; s = t.find(m["evidence"])
                gp[m["article"]].append((g["incident_id"], g["type"], s, s + len(m["evidence"]), m["evidence"]))
    pp = defaultdict(list); pinc = {}
    for p in preds:
        pinc[p["id"]] = p
        by = defaultdict(list)
        for m in p.get("mentions", []):
            by[m["article"]].append((m.get("start", -1), m.get("end", -1)))
        for a, spans in by.items():
            pp[a].append((p["id"], p["type"], spans))
    for a in sorted(articles):
        G = gp.get(a, []); P = pp.get(a, [])
        ug, up, matched = set(), set(), []
        for phase in (0, 1):
            for gi, (gid, gt, gs, ge, ev) in enumerate(G):
                if gi in ug: continue
                for pi, (pid, pt, spans) in enumerate(P):
                    if pi in up or pt != gt: continue
                    if phase == 0 and not any(s < ge and gs < e for s, e in spans): continue
                    ug.add(gi); up.add(pi); matched.append((gi, pi)); break
        lines = []
        text = articles[a]["text"]
        if only in (None, "detection"):
            for gi, (gid, gt, gs, ge, ev) in enumerate(G):
                if gi not in ug: lines.append(f"  MISSED {gt} [{gid}]: {ev[:160]}")
            for pi, (pid, pt, spans) in enumerate(P):
                if pi not in up:
                    s, e = spans[0]
                    lines.append(f"  EXTRA  {pt} {pinc[pid].get('status')}: {text[s:e][:160]}")
        for gi, pi in matched:
            g = ginc[G[gi][0]]; p = pinc[P[pi][0]]
            errs = []
            if only in (None, "status") and g.get("status") != p.get("status"): errs.append(f"status {p.get('status')} want {g.get('status')}")
            if only in (None, "perpetrator") and g.get("perpetrator"):
                ok = {S.norm_name(x) for x in [g["perpetrator"], *(g.get("perpetrator_alternates") or [])]}
                if S.norm_name(p.get("perpetrator")) not in ok:
                    pn = (p.get("perpetrator") or {}).get("name") if isinstance(p.get("perpetrator"), dict) else p.get("perpetrator")
                    errs.append(f"perp {pn!r} want {g['perpetrator']!r}")
            gc = (g.get("location") or {}).get("country")
            if only in (None, "country") and gc and gc != (p.get("location") or {}).get("country"):
                errs.append(f"country {(p.get('location') or {}).get('country')} want {gc}")
            gt = g.get("time") or {}
            if only in (None, "time") and (gt.get("from") or gt.get("to")):
                pt = p.get("time") or {}
                bad = False
                for k in ("from", "to"):
                    gd, pd = S.date(gt.get(k)), S.date(pt.get(k))
                    if gd and (not pd or abs((gd - pd).days) > 31): bad = True
                if bad: errs.append(f"time {pt.get('from')}..{pt.get('to')} want {gt.get('from')}..{gt.get('to')}")
            if only in (None, "count") and isinstance(g.get("target_count"), int):
                pc = p.get("target_count"); pv = pc.get("value") if isinstance(pc, dict) else pc
                if pv != g["target_count"]: errs.append(f"count {pv} want {g['target_count']}")
            if only in (None, "origin") and g.get("origin_state") and g["origin_state"] != p.get("origin_state"):
                errs.append(f"origin {p.get('origin_state')} want {g['origin_state']}")
            if errs: lines.append(f"  {g['type']} [{g['incident_id']}]: " + "; ".join(errs) + f"  | {G[gi][4][:100]}")
        if lines:
            print(f"{a} ({articles[a].get('published')}, {articles[a].get('outlet')})")
            print("\n".join(lines))


if __name__ == "__main__":
    main(sys.argv)
