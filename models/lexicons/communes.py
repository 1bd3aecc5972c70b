#!/usr/bin/env python3
"""Rebuilds communes.tsv from the official list of communes.

    npm pack @etalab/decoupage-administratif@6.0.0 && tar xzf etalab-decoupage-administratif-6.0.0.tgz
    apt-get install wfrench
    python3 models/lexicons/communes.py package/data/communes.json /usr/share/dict/french > models/lexicons/communes.tsv

Keeps the current communes of 2,000 inhabitants or more whose name is not a common French
word and not already in places.tsv; a name shared by several communes is listed once.
"""
import json
import os
import sys
import unicodedata

HEADER = """# Communes of France with 2,000 inhabitants or more that places.tsv does not list, so that
# a town is known as a place (and as a local authority when it acts: "Plougastel-Daoulas a
# installé…") beyond the largest ones. Same columns and matching as places.tsv (capitals
# count, so "Moulins" never matches "moulins").
#
# Made from the official list of communes (code officiel géographique, with populations) as
# published by Etalab in the npm package @etalab/decoupage-administratif 6.0.0 (data under
# the Licence Ouverte), keeping the current communes of 2,000 inhabitants or more whose name
# is not also a common French word (Debian's wfrench list: "Falaise", "Grenade", "Condom"
# are left out) and not already in places.tsv; a name shared by several communes is listed
# once. Rebuilt by models/lexicons/communes.py.
"""


def main(communes_json, wordlist):
    here = os.path.dirname(os.path.abspath(__file__))
    known = set()
    with open(os.path.join(here, "places.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            known.add(cols[0].lower())
            if len(cols) > 3 and cols[3]:
                known.update(a.lower() for a in cols[3].split("|"))
    with open(wordlist, encoding="utf-8", errors="ignore") as f:
        words = {w.strip().lower() for w in f}
    best = {}
    for c in json.load(open(communes_json, encoding="utf-8")):
        if c["type"] != "commune-actuelle" or c.get("population", 0) < 2000:
            continue
        name = c["nom"]
        if name.lower() in known or name.lower() in words:
            continue
        if name not in best or c["population"] > best[name]["population"]:
            best[name] = c
    # names are matched without accents: keep the first of names that fold alike
    taken = {fold(k) for k in known}
    rows = []
    for name in sorted(best):
        if fold(name) in taken:
            continue
        taken.add(fold(name))
        rows.append(name)
    sys.stdout.write(HEADER + "\n")
    for name in rows:
        alias = name.split(" ", 1)[1] if name.startswith(("Le ", "Les ")) else ""
        if alias and (fold(alias) in taken or alias in words):
            alias = ""
        elif alias:
            taken.add(fold(alias))
        sys.stdout.write(f"{name}\tCOMMUNE\tLOCAL_AUTHORITY\t{alias}\n")


def fold(s):
    d = unicodedata.normalize("NFD", s.lower().replace("\u2019", "'"))
    return "".join(c for c in d if unicodedata.category(c) != "Mn")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
