import MalbildCore

extension CommandTable {
    /// `glossary [TERM]`: the domain's words explained, the chosen language first.
    static var glossary: Command {
        Command(
            name: "glossary",
            aliases: ["ordlista"],
            forms: [[], [.phrase("TERM", Glossary.terms)]],
            summary: "Explain the words of goal follow-up in English and Swedish.",
            examples: ["glossary", "glossary inriktningsmål", "glossary prognos"]
        ) { session, inv in
            let t = session.t
            guard let term = inv.value("TERM") else {
                session.say(t(.glossaryTerms) + "\n" + TextLayout.wrap(Glossary.terms.joined(separator: ", "), width: session.console.width, indent: "  "))
                return
            }
            guard let entry = Glossary.entry(term) else {
                let near = Glossary.terms.filter { CommandTable.distance($0.lowercased(), term.lowercased()) <= 2 || $0.lowercased().hasPrefix(term.lowercased()) }
                throw session.failure(near.isEmpty ? .notInGlossary : .notInGlossaryDidYouMean, term, near.joined(separator: ", "))
            }
            let width = session.console.width
            var lines = [entry.term + (entry.aliases.isEmpty ? "" : " (" + entry.aliases.joined(separator: ", ") + ")")]
            if session.language == .sv {
                lines.append(TextLayout.wrap(entry.swedish, width: width, indent: "  "))
                lines.append(TextLayout.wrap(t(.glossaryOtherLanguage) + entry.english, width: width, indent: "  "))
            } else {
                lines.append(TextLayout.wrap(entry.english, width: width, indent: "  "))
                lines.append(TextLayout.wrap(t(.glossaryOtherLanguage) + entry.swedish, width: width, indent: "  "))
            }
            if !entry.seeAlso.isEmpty { lines.append(t(.glossarySeeAlso) + entry.seeAlso.joined(separator: ", ")) }
            session.say(lines.joined(separator: "\n"))
        }
    }
}
