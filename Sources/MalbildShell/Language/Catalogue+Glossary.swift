extension Catalogue {
    /// The glossary's frame; the entries themselves are in the core, in both languages.
    static let glossary: [Key: Phrase] = [
        .glossaryTerms: Phrase("Terms (glossary TERM explains one):", "Begrepp (ordlista BEGREPP förklarar ett):"),
        .notInGlossary: Phrase("\"{0}\" is not in the glossary; glossary lists the terms{1}",
                               "\"{0}\" finns inte i ordlistan; ordlista visar alla begrepp{1}"),
        .notInGlossaryDidYouMean: Phrase("\"{0}\" is not in the glossary (did you mean {1}?)", "\"{0}\" finns inte i ordlistan (menade du {1}?)"),
        .glossaryOtherLanguage: Phrase("Svenska: ", "In English: "),
        .glossarySeeAlso: Phrase("  See also: ", "  Se även: "),
    ]
}
