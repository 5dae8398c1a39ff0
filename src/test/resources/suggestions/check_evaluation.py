"""Check evaluation.yaml: parses, ids/splits, criterion ids exist in their catalogue, counts.

Usage (from the repository root): python3 src/test/resources/suggestions/check_evaluation.py .
Also flags any text sharing 3+ consecutive content words with a criterion it is labelled with.
"""
import yaml, glob, re, collections, sys
root = sys.argv[1]  # worktree
ev = yaml.safe_load(open(f"{root}/src/test/resources/suggestions/evaluation.yaml"))
cats = {}
for name, pattern in [("main", f"{root}/criteria/standards/**/*.yaml"),
                      ("unseen", f"{root}/src/test/resources/suggestions/unseen-criteria/standards/**/*.yaml")]:
    ids = {}
    for f in glob.glob(pattern, recursive=True):
        u = yaml.safe_load(open(f))
        for c in u["performanceCriteria"] + u["knowledge"]:
            ids[f"{u['code']}.{c['id']}"] = c["text"]
    cats[name] = ids
problems = []
print("items:", len(ev))
for n, it in enumerate(ev, 1):
    if it["id"] != f"e{n:03d}": problems.append(f"{it['id']}: id out of sequence")
    if it["split"] != ("holdout" if n % 3 == 0 else "tune"): problems.append(f"{it['id']}: split")
    if it["kind"] not in {"conversation", "practice", "workplace", "reflection", "upload"}: problems.append(f"{it['id']}: kind")
    if set(it) != {"id", "split", "catalogue", "kind", "text", "criteria"}: problems.append(f"{it['id']}: keys {sorted(it)}")
    for c in it["criteria"]:
        if c not in cats[it["catalogue"]]: problems.append(f"{it['id']}: unknown criterion {c} in {it['catalogue']}")
    if len(it["criteria"]) > 3: problems.append(f"{it['id']}: more than 3 criteria")
    if len(set(it["criteria"])) != len(it["criteria"]): problems.append(f"{it['id']}: duplicate criteria")
    w = len(it["text"].split())
    if not 40 <= w <= 310: problems.append(f"{it['id']}: {w} words")
    # copying check: 3+ consecutive content words shared with a labelled criterion's text
    stop = set("the a an and or of to in on for with by from that this is are be as at it its your their they them you our we i".split())
    tw = [x for x in re.findall(r"[a-z0-9']+", it["text"].lower()) if x not in stop]
    tgrams = {tuple(tw[i:i+3]) for i in range(len(tw)-2)}
    for c in it["criteria"]:
        cw = [x for x in re.findall(r"[a-z0-9']+", cats[it["catalogue"]][c].lower()) if x not in stop]
        for i in range(len(cw)-2):
            if tuple(cw[i:i+3]) in tgrams: problems.append(f"{it['id']}: shares '{' '.join(cw[i:i+3])}' with {c}")
print("\n".join(problems) or "no problems")
C = collections.Counter
print("by catalogue/split:", sorted(C((i["catalogue"], i["split"]) for i in ev).items()))
print("no-match by catalogue:", sorted(C(i["catalogue"] for i in ev if not i["criteria"]).items()))
print("by kind:", sorted(C(i["kind"] for i in ev).items()))
print("by kind/split:", sorted(C((i["kind"], i["split"]) for i in ev).items()))
print("criteria per item:", sorted(C(len(i["criteria"]) for i in ev).items()))
units = collections.defaultdict(lambda: {"items": 0, "tune": 0, "holdout": 0})
for i in ev:
    for u in {c.split('.')[0] for c in i["criteria"]}:
        units[u]["items"] += 1
        units[u][i["split"]] += 1
pk = collections.defaultdict(set)
for i in ev:
    for c in i["criteria"]: pk[c.split('.')[0]].add(c.split('.')[1][0])
for u in sorted(units): print(f"  {u}: {units[u]['items']} items (tune {units[u]['tune']}, holdout {units[u]['holdout']}), criterion kinds {''.join(sorted(pk[u]))}")
for name in cats:
    used = {c for i in ev if i["catalogue"] == name for c in i["criteria"]}
    print(f"{name}: {len(used)}/{len(cats[name])} criteria used at least once")
wc = [len(i["text"].split()) for i in ev]
print("words: min", min(wc), "max", max(wc), "mean", sum(wc)//len(wc), ">=250:", sum(w >= 250 for w in wc))
sys.exit(1 if problems else 0)
