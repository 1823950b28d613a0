"""Rule declarations (prefix TXT) and their documentation pages."""
from __future__ import annotations

from lintnews import Rule, Severity, rule_page


def _doc(what: str, why: str, example: str, instead: str, safety: str = "") -> str:
    return rule_page(what, why, example, instead, fix_safety=safety)


GLUED_WORDS = Rule(
    "TXT001", "glued-words",
    "Two words are glued together by a lost space or line break ('said.The', 'theOrbera').",
    Severity.WARNING, _doc(
        "Flags a sentence glued to the next one (`said.The`, `well.”The`) and a "
        "lower-case word glued to a capitalised one (`articleMass`, `theOrbera`) where "
        "one side is a common English word, so that brand names (*iPhone*, *eBay*, "
        "*YouTube*, *PayPal*, *McDonald*), domain names (*Cancer.Net*, *One.Tel*), "
        "e-mail addresses, abbreviations (*U.S.*) and code identifiers (*forEach*, "
        "*getElementById*) are left alone.",
        "Scrapers and careless pastes drop the space or line break between two "
        "elements. The glued word is unreadable, unsearchable and breaks spell checks.",
        "```\nThe drug was approved for obesity in the U.S. in 2015, theOrbera balloon "
        "a year later.\nPatients were followed for a year.Statins were stopped.\n```",
        "```\nThe drug was approved for obesity in the U.S. in 2015, the Orbera balloon "
        "a year later.\nPatients were followed for a year. Statins were stopped.\n```",
        "The fix inserts a space. It is marked unsafe for a lower-case word glued to a "
        "capitalised one, where the lost separator may have been a line break."))

MOJIBAKE = Rule(
    "TXT002", "mojibake",
    "Text was decoded with the wrong encoding ('â€™' for '’', 'Ã©' for 'é').",
    Severity.WARNING, _doc(
        "Flags UTF-8 text that was read as Windows-1252 or Latin-1 and saved again: "
        "`â€™`, `â€œ`, `Ã©`, `Â ` (a no-break space), and C1 control characters "
        "standing for Windows-1252 punctuation (`\\x97` for an em dash). A sequence "
        "is flagged only when re-encoding it gives valid UTF-8, so real accented "
        "text (*Ângelo*, *Luís*) is never flagged.",
        "Readers see garbage in place of apostrophes, quotes and accents; names are "
        "misspelled.",
        "```\nThe minister said it wasnâ€™t over for CafÃ© owners.\n```",
        "```\nThe minister said it wasn’t over for Café owners.\n```",
        "The fix puts back the characters the bytes stood for; it is safe because the "
        "bytes decode to exactly one text."))

REPLACEMENT_CHARACTER = Rule(
    "TXT003", "replacement-character",
    "The text holds U+FFFD '�', a character lost in a bad conversion.",
    Severity.ERROR, _doc(
        "Flags the Unicode replacement character `�` (U+FFFD), which a converter "
        "writes where it met bytes it could not decode. A run of them is one finding.",
        "The original character is gone: a quote mark, a letter of a name, a currency "
        "sign. Only the source can say what it was, so the article needs a person.",
        "```\nangrypatriot22: â��If capitalism is to continue as the prevailing system\n```",
        "```\nangrypatriot22: “If capitalism is to continue as the prevailing system\n```"
        "\nRe-export the article from its source with the right encoding."))

INVISIBLE_CHARACTER = Rule(
    "TXT004", "invisible-character",
    "An invisible character (zero-width space, soft hyphen, control character) sits in the text.",
    Severity.WARNING, _doc(
        "Flags zero-width spaces, word joiners, soft hyphens, byte-order marks and C0 "
        "control characters touching a word, and zero-width (non-)joiners and "
        "direction marks in Latin text. Joiners inside emoji sequences and "
        "right-to-left scripts, and an invisible character alone on a blank line, are "
        "left alone.",
        "Invisible characters split words for search, spell checkers and screen "
        "readers (\"Hono\\u00adlulu\" is not found by a search for Honolulu) and can "
        "break layout.",
        "```\nThe results were presented at the Stroke Conference in Hono\\u00adlulu.\n```",
        "```\nThe results were presented at the Stroke Conference in Honolulu.\n```",
        "The fix deletes the character; it is safe, as the character shows nothing."))

DOUBLED_WORD = Rule(
    "TXT005", "doubled-word",
    "A word is repeated ('the the').",
    Severity.WARNING, _doc(
        "Flags a function word written twice in a row (*the the*, *of of*, *could "
        "could*). Repetitions that can be grammatical are left alone: *had had*, "
        "*that that*, *is is*, a preposition closing a clause before another (\"the "
        "moment I've been waiting for for years\"), *in in vitro*, names (*Duran "
        "Duran*, \"Will will\") and emphasis (*very very*).",
        "A doubled word is the commonest typo an eye skips over; readers notice it.",
        "```\nBuprenorphine is commonly known by the the brand name Suboxone.\n```",
        "```\nBuprenorphine is commonly known by the brand name Suboxone.\n```",
        "The fix deletes the second word; it is safe."))

UNBALANCED_QUOTES = Rule(
    "TXT006", "unbalanced-quotes",
    "A quotation mark is opened or closed without its partner within one paragraph.",
    Severity.WARNING, _doc(
        "Flags a closing curly quote (`”`) with no opening one before it in the "
        "paragraph, an opening curly quote (`“`) never closed when the next "
        "paragraph does not continue the quotation, and an odd number of straight "
        "double quotes (`\"`) in a paragraph that the next paragraph does not "
        "continue. A quotation running over several paragraphs, each opened and only "
        "the last closed, is the news convention and is not flagged; nor are inch "
        "marks (`5'11\"`).",
        "A quote left open makes the reader unsure where the speaker's words end; a "
        "stray mark is usually the remains of an edit.",
        "```\n“We will rebuild, the mayor said on Tuesday.\n\nThe council meets again "
        "in May.\n```",
        "```\n“We will rebuild,” the mayor said on Tuesday.\n\nThe council meets again "
        "in May.\n```"))

UNBALANCED_BRACKETS = Rule(
    "TXT007", "unbalanced-brackets",
    "A parenthesis or square bracket is opened or closed without its partner within one paragraph.",
    Severity.WARNING, _doc(
        "Flags a `(` or `[` never closed in its paragraph, and a `)` or `]` with no "
        "opening partner. List markers (`1)`, `a)`), emoticons (`:)`) and a bracket "
        "whose partner sits in the next paragraph are not flagged.",
        "An aside that never closes swallows the rest of the paragraph; a stray "
        "closing bracket is the remains of an edit.",
        "```\nThe Collective Security Treaty Organization (CSTO — the Moscow-led "
        "grouping — is due to arrive on Thursday.\n```",
        "```\nThe Collective Security Treaty Organization (CSTO) — the Moscow-led "
        "grouping — is due to arrive on Thursday.\n```"))

RULES = [GLUED_WORDS, MOJIBAKE, REPLACEMENT_CHARACTER, INVISIBLE_CHARACTER, DOUBLED_WORD,
         UNBALANCED_QUOTES, UNBALANCED_BRACKETS]
