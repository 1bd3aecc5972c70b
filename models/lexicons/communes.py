#!/usr/bin/env python3
"""Rebuilds communes.tsv from the official list of communes.

    npm pack @etalab/decoupage-administratif@6.0.0 && tar xzf etalab-decoupage-administratif-6.0.0.tgz
    apt-get install wfrench
    python3 models/lexicons/communes.py package/data/communes.json /usr/share/dict/french > models/lexicons/communes.tsv

Keeps the current communes of 2,000 inhabitants or more whose name is not a common French
word and not already in places.tsv; a name shared by several communes is listed once.

A compound name is also known by its first part when the press shortens it so and nothing
else bears it ("Montereau" for Montereau-Fault-Yonne, "Romorantin" for Romorantin-Lanthenay;
see short_aliases). That step alone, on the current file:

    python3 models/lexicons/communes.py --short-aliases models/lexicons/communes.tsv /usr/share/dict/french > communes.tsv.new
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
# once. A compound name is also listed under its first part when no other commune or place
# starts with it or bears it and it is no common word ("Montereau" for Montereau-Fault-Yonne;
# "Boulogne" is none: two towns). Rebuilt by models/lexicons/communes.py.
"""

# First parts of compound names that are a first name, a brand, a river, a lake, a region, a
# foreign city or a famous name before they are the town ("Douvres" is Dover, "Berre" the
# lagoon): never a short alias.
NOT_SHORT = {"Amélie", "Beaufort", "Berre", "Brain", "Cadillac", "Carbon", "Douvres", "Erdre", "Grosseto", "Jacob",
             "Kaala", "Lamotte", "Latour", "Margaux", "Mauges", "Montesquieu", "Moorea", "Nissan", "Penta", "Percy",
             "Sarre", "Sully", "Trans", "Vexin"}


def short_aliases(names, known, words):
    """The first part of each compound name that may stand for it: {name: short}.

    names: the communes listed here; known: every name and alias of places.tsv and of this
    file; words: common French words, lower case. A first part counts when it has five letters
    or more, is capitalised, holds no space or apostrophe, is no name or alias already, starts
    no other name of places.tsv or this file, and is no common word.
    """
    firsts = {}
    for n in list(names) + list(known):
        for sep in ("-", " "):
            if sep in n:
                head = n.split(sep, 1)[0]
                firsts[fold(head)] = firsts.get(fold(head), 0) + 1
                break
    folded = {fold(k) for k in known} | {fold(n) for n in names}
    out = {}
    for n in names:
        if "-" not in n:
            continue
        head = n.split("-", 1)[0]
        if len(head) < 5 or not head[0].isupper() or " " in head or "'" in head or head in NOT_SHORT:
            continue
        if fold(head) in folded or firsts.get(fold(head), 0) > 1 or head.lower() in words:
            continue
        out[n] = head
    return out


def add_short_aliases(path, wordlist):
    """Writes the file at path to standard output with the short alias of each compound name added."""
    here = os.path.dirname(os.path.abspath(__file__))
    known = known_names(here)
    for cols in rows_of(path):
        if len(cols) > 3 and cols[3]:
            known.update(cols[3].split("|"))
    with open(wordlist, encoding="utf-8", errors="ignore") as f:
        words = {w.strip().lower() for w in f if w.strip() and w.strip()[0].islower()}
    lines = open(path, encoding="utf-8").read().split("\n")
    names = [l.split("\t")[0] for l in lines if l.strip() and not l.startswith("#")]
    short = short_aliases(names, known, words)
    out = []
    for l in lines:
        if l.strip() and not l.startswith("#"):
            cols = l.split("\t")
            while len(cols) < 4:
                cols.append("")
            if cols[0] in short:
                aliases = [a for a in cols[3].split("|") if a]
                if short[cols[0]] not in aliases:
                    aliases.append(short[cols[0]])
                cols[3] = "|".join(aliases)
            l = "\t".join(cols)
        out.append(l)
    sys.stdout.write("\n".join(out))


def main(communes_json, wordlist):
    here = os.path.dirname(os.path.abspath(__file__))
    known = {k.lower() for k in known_names(here)}
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
    with open(wordlist, encoding="utf-8", errors="ignore") as f:
        lowers = {w.strip() for w in f if w.strip()[:1].islower()}
    short = short_aliases(rows, known_names(here), lowers)
    for name in rows:
        alias = name.split(" ", 1)[1] if name.startswith(("Le ", "Les ")) else ""
        if alias and (fold(alias) in taken or alias in words):
            alias = ""
        elif alias:
            taken.add(fold(alias))
        if name in short:
            alias = short[name]
        sys.stdout.write(f"{name}\tCOMMUNE\tLOCAL_AUTHORITY\t{alias}\n")


def known_names(here):
    """Every name and alias of places.tsv, as written."""
    out = set()
    for cols in rows_of(os.path.join(here, "places.tsv")):
        out.add(cols[0])
        if len(cols) > 3 and cols[3]:
            out.update(cols[3].split("|"))
    return out


def rows_of(path):
    """The columns of each line of a place file that is no comment."""
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f if line.strip() and not line.startswith("#")]


def fold(s):
    d = unicodedata.normalize("NFD", s.lower().replace("\u2019", "'"))
    return "".join(c for c in d if unicodedata.category(c) != "Mn")


if __name__ == "__main__":
    if sys.argv[1] == "--short-aliases":
        add_short_aliases(sys.argv[2], sys.argv[3])
    else:
        main(sys.argv[1], sys.argv[2])
