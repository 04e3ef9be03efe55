extension CommandTable {
    /// `language sv|en`: the language of messages, help and headings.
    static var language: Command {
        Command(
            name: "language",
            aliases: ["språk"],
            forms: [[], [.choice("LANGUAGE", ["sv", "en"])]],
            summary: "Show or switch the language: sv (svenska) or en (English).",
            details: """
                The language switches at once, also in the start-up file ~/.config/malbild/init.mal. It starts as
                malbild --lang sv|en says, else as MALBILD_LANG says, else English. Commands keep their names in
                both languages; "help COMMAND" lists the Swedish names (mål, prognos, bedöm, …). Goal texts are
                data and never translated; grades and the domain's words are the Swedish ones in both.
                """,
            examples: ["language sv", "language en"]
        ) { session, inv in
            if let word = inv.value("LANGUAGE") {
                guard let language = Language(word: word) else { throw session.failure(.notALanguage, word) }
                session.language = language
                session.say(.languageNow)
            } else {
                session.say(.languageShow)
            }
        }
    }
}
