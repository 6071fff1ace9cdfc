#!/usr/bin/env python3
"""Quotation marks: a FactDesk external plugin (protocol factdesk.plugin/1), standard library only.

Flags quotation marks left open or closed without being opened (« », “ ”), and long direct
quotes with no attribution in their paragraph: no speech verb ("a déclaré", "selon", "said",
"according to"…) and no person's name (from the extracted name mentions or the reference data).

Offsets are Unicode code points, which is what Python's str indexes count.
"""
import json
import re
import sys
import unicodedata

PROTOCOL = "factdesk.plugin/1"
PAIRS = {"«": "»", "“": "”"}
CLOSERS = {closer: opener for opener, closer in PAIRS.items()}
MINIMUM_QUOTE_WORDS = 8

SPEECH = {
    "fr": [
        "a déclaré", "a dit", "a affirmé", "a souligné", "a indiqué", "a précisé", "a ajouté",
        "a expliqué", "a estimé", "a rappelé", "a assuré", "a confié", "a lancé", "a martelé",
        "déclare", "affirme", "souligne", "indique", "précise", "ajoute", "explique", "estime",
        "rappelle", "assure", "confie", "selon", "d’après", "d'après", "a-t-il", "a-t-elle",
        "dit-il", "dit-elle", "déclare-t-il", "déclare-t-elle", "explique-t-il", "explique-t-elle",
    ],
    "en": [
        "said", "says", "told", "according to", "added", "stated", "explained", "noted",
        "asked", "wrote", "declared", "insisted", "argued", "recalled", "warned",
    ],
}

RULES = [
    {
        "id": "unbalanced-quotes",
        "severity": "error",
        "summary": "A quotation mark opened and never closed in its paragraph, or closed without being opened.",
        "examples": [
            {"text": "Le secrétaire général a déclaré : ⟦«⟧ Nous poursuivrons nos efforts.", "language": "fr"},
            {"text": "Il a parlé d’une coopération « exemplaire ⟦”⟧ entre les pays.", "language": "fr"},
            {"text": "Il a déclaré : « Nous poursuivrons nos efforts. »", "language": "fr"},
            {"text": "« Le mot “exemplaire” revient souvent », note-t-il.", "language": "fr"},
            {"text": "The president said ⟦“⟧we will keep working together.", "language": "en"},
            {"text": "The president said “we will keep working together.”", "language": "en"},
        ],
    },
    {
        "id": "unattributed-quote",
        "severity": "warning",
        "summary": "A direct quote of eight words or more with no speaker named and no speech verb in its paragraph.",
        "examples": [
            {
                "text": "L’organisation se félicite.\n\n"
                "⟦« Nous ne céderons rien face aux réseaux criminels qui menacent nos frontières »⟧, "
                "lit-on dans le communiqué final.",
                "language": "fr",
            },
            {
                "text": "« Nous ne céderons rien face aux réseaux criminels qui menacent nos frontières », "
                "a déclaré le secrétaire général.",
                "language": "fr",
            },
            {"text": "Le thème retenu, « Ensemble pour la sécurité », a été salué.", "language": "fr"},
            {
                "text": "⟦“We will not give an inch to the criminal networks that threaten our borders”⟧, "
                "the final statement reads.",
                "language": "en",
            },
            {
                "text": "“We will not give an inch to the criminal networks that threaten our borders,” "
                "the Secretary General said.",
                "language": "en",
            },
        ],
    },
]

HANDSHAKE = {
    "type": "handshake",
    "protocol": PROTOCOL,
    "id": "quotation-marks",
    "version": "1.0.0",
    "summary": "Quotation marks left open, and direct quotes with no attribution.",
    "languages": ["fr", "en"],
    "reference": ["names"],
    "mentions": ["name"],
    "rules": RULES,
}

MESSAGES = {
    "unopened": {
        "fr": "Le guillemet {mark} ferme une citation qui n’a pas été ouverte dans ce paragraphe.",
        "en": "The quotation mark {mark} closes a quotation that was never opened in this paragraph.",
    },
    "unclosed": {
        "fr": "Le guillemet {mark} ouvre une citation qui n’est jamais refermée dans ce paragraphe.",
        "en": "The quotation mark {mark} opens a quotation that is never closed in this paragraph.",
    },
    "mismatched": {
        "fr": "Le guillemet {mark} ne ferme pas le guillemet {opener} ouvert plus tôt.",
        "en": "The quotation mark {mark} does not close the {opener} opened earlier.",
    },
    "unattributed": {
        "fr": "Citation directe de {words} mots sans source dans le paragraphe : qui parle ?",
        "en": "A direct quote of {words} words with no speaker in its paragraph: who said it?",
    },
}

PARAGRAPH_BREAK = re.compile(r"(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)")
FENCE = re.compile(r"^(```|~~~)[^\n]*\n.*?^\1[ \t]*$", re.MULTILINE | re.DOTALL)
CODE_SPAN = re.compile(r"`[^`\n]+`")
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n.*?^---[ \t]*$", re.MULTILINE | re.DOTALL)


def prose(text):
    """The text with front matter and code blanked by spaces (same length, same offsets)."""
    def blank(match):
        return re.sub(r"[^\r\n]", " ", match.group(0))
    for pattern in (FRONT_MATTER, FENCE, CODE_SPAN):
        text = pattern.sub(blank, text)
    return text


def paragraphs(text):
    """(start, end) of each paragraph."""
    start = 0
    for match in PARAGRAPH_BREAK.finditer(text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


def finding(rule, message, start, end, suggestions=()):
    return {"rule": rule, "message": message, "span": {"start": start, "end": end}, "suggestions": list(suggestions)}


def quote_marks(text, start, end, language):
    """Unbalanced marks of one paragraph, and the spans of its balanced outermost quotes."""
    findings, quotes, stack = [], [], []
    for index in range(start, end):
        mark = text[index]
        if mark in PAIRS:
            stack.append((mark, index))
        elif mark in CLOSERS:
            if not stack:
                findings.append(finding("unbalanced-quotes", MESSAGES["unopened"][language].format(mark=mark), index, index + 1))
            elif stack[-1][0] != CLOSERS[mark]:
                opener, _ = stack.pop()  # the wrong mark closes it: one finding, not two
                findings.append(finding(
                    "unbalanced-quotes", MESSAGES["mismatched"][language].format(mark=mark, opener=opener),
                    index, index + 1, [PAIRS[opener]]))
            else:
                _, opened = stack.pop()
                if not stack:
                    quotes.append((opened, index + 1))
    for mark, index in stack:
        findings.append(finding("unbalanced-quotes", MESSAGES["unclosed"][language].format(mark=mark), index, index + 1))
    return findings, quotes


def attributed(paragraph, language, speakers, named):
    folded = unicodedata.normalize("NFC", paragraph).lower()
    if named:
        return True
    if any(re.search(r"(?<!\w)" + re.escape(verb) + r"(?!\w)", folded) for verb in SPEECH[language]):
        return True
    return any(name in folded for name in speakers)


def check(request, speakers):
    document = request["document"]
    text, language = document["text"], document["language"]
    names = [(m["span"]["start"], m["span"]["end"]) for m in request.get("mentions", []) if m["kind"] == "name"]
    visible = prose(text)
    findings = []
    for start, end in paragraphs(visible):
        unbalanced, quotes = quote_marks(visible, start, end, language)
        findings += unbalanced
        for quote_start, quote_end in quotes:
            words = len(visible[quote_start + 1:quote_end - 1].split())
            if words < MINIMUM_QUOTE_WORDS:
                continue
            named = any(start <= s and e <= end and not (quote_start <= s < quote_end) for s, e in names)
            outside = visible[start:quote_start] + " " + visible[quote_end:end]
            if not attributed(outside, language, speakers, named):
                findings.append(finding(
                    "unattributed-quote", MESSAGES["unattributed"][language].format(words=words), quote_start, quote_end))
    return findings


def person_names(reference):
    """Lower-cased spellings of every person in a reference message."""
    return [
        unicodedata.normalize("NFC", spelling["text"]).lower()
        for record in reference.get("names", []) if record.get("kind") == "person"
        for spelling in record.get("names", [])
    ]


def send(message):
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def main():
    sys.stdin.reconfigure(encoding="utf-8")
    hello = json.loads(sys.stdin.readline() or "{}")
    if hello.get("protocol") != PROTOCOL:
        sys.stderr.write("quotation-marks: expected %s, got %r\n" % (PROTOCOL, hello.get("protocol")))
        return 1
    send(HANDSHAKE)
    speakers = []
    for line in iter(sys.stdin.readline, ""):
        message = json.loads(line)
        if message["type"] == "reference":
            speakers = person_names(message)
        elif message["type"] == "check":
            try:
                send({"type": "findings", "id": message["id"], "findings": check(message, speakers)})
            except Exception as error:  # one bad document must not stop the run
                send({"type": "error", "id": message["id"], "message": "%s: %s" % (type(error).__name__, error)})
    return 0


if __name__ == "__main__":
    sys.exit(main())
