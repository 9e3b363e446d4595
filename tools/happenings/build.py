#!/usr/bin/env python3
"""Writes src/Briefings.Ingestion/Events/Data/happenings.tsv from lemmas.txt: each lemma with its
forms (regular English inflection unless the line gives them), its part of speech and its kind.
Run from the repository root: python3 tools/happenings/build.py"""
import pathlib, re

ROOT = pathlib.Path(__file__).resolve().parents[2]
SOURCE = ROOT / "tools/happenings/lemmas.txt"
TARGET = ROOT / "src/Briefings.Ingestion/Events/Data/happenings.tsv"
VOWELS = "aeiou"


def verb_forms(lemma):
    if lemma.endswith("e"):
        stem = lemma[:-1]
        return [lemma, stem + "ed", stem + "ing", lemma + "s"]
    if lemma.endswith("y") and lemma[-2] not in VOWELS:
        return [lemma, lemma[:-1] + "ied", lemma + "ing", lemma[:-1] + "ies"]
    if re.search(r"(s|sh|ch|x|z)$", lemma):
        return [lemma, lemma + "ed", lemma + "ing", lemma + "es"]
    # British spelling doubles a final "l" after one vowel: "repel" -> "repelled", "travel" -> "travelled"
    if re.search(r"[^aeiou][aeiou]l$", lemma):
        return [lemma, lemma + "led", lemma + "ling", lemma + "s"]
    # one short vowel before one final consonant, stressed: "ram" -> "rammed"; long words keep it ("target")
    if len(lemma) <= 4 and re.search(r"[^aeiou][aeiou][bdgklmnprt]$", lemma):
        return [lemma, lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing", lemma + "s"]
    return [lemma, lemma + "ed", lemma + "ing", lemma + "s"]


def noun_forms(lemma):
    if lemma.endswith("y") and lemma[-2] not in VOWELS:
        return [lemma, lemma[:-1] + "ies"]
    if re.search(r"(s|sh|ch|x|z)$", lemma):
        return [lemma, lemma + "es"]
    return [lemma, lemma + "s"]


rows = []
for line in SOURCE.read_text(encoding="utf-8").splitlines():
    if not line.strip() or line.startswith("#"):
        continue
    parts = line.split("\t")
    kind, pos, lemma = parts[0], parts[1], parts[2]
    given = parts[3].split() if len(parts) > 3 and parts[3].strip() else None
    if pos == "verb":
        forms = [lemma] + given if given else verb_forms(lemma)
    elif pos == "noun":
        forms = [lemma] + given if given else noun_forms(lemma)
    else:
        forms = [lemma]
    rows.append((lemma, pos, kind, " ".join(dict.fromkeys(forms))))

with TARGET.open("w", encoding="utf-8", newline="\n") as out:
    out.write("# lemma\tpos\tkind\tforms (written by tools/happenings/build.py from lemmas.txt; do not edit by hand)\n")
    for row in rows:
        out.write("\t".join(row) + "\n")
print(f"{len(rows)} lemmas -> {TARGET.relative_to(ROOT)}")
