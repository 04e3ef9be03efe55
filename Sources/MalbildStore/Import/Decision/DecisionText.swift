import MalbildCore

/// The small rules of the genre's text: which line is a heading, a goal, an
/// ambition level, a bullet or a marker, and how a PDF's broken lines are joined.
enum DecisionText {
    /// A section heading of the minutes' paragraph.
    enum Section: Equatable {
        /// Beslut.
        case decision
        /// Sammanfattning.
        case summary
        /// Expedieras till.
        case dispatch
        /// Beslutsunderlag.
        case documents
        /// Beslutsgång, Ärendets beredning: the steps that led to the decision.
        case path
    }

    /// The section a line opens, with any text after the heading on the same line.
    static func section(_ line: String) -> (Section, rest: String)? {
        let words: [(String, Section)] = [
            ("expedieras till", .dispatch), ("beslutsunderlag", .documents), ("beslutsgång", .path),
            ("ärendets beredning", .path),
            ("sammanfattning", .summary), ("beslut", .decision),
        ]
        let lower = line.lowercased()
        for (word, section) in words where lower.hasPrefix(word) {
            let rest = line.dropFirst(word.count)
            // "Beslut" must stand alone ("Beslutet …" is a sentence).
            guard rest.isEmpty || rest.first == ":" || rest.first == " " else { continue }
            if section == .decision || section == .summary || section == .path {
                guard trimmed(rest.drop { $0 == ":" }).isEmpty else { continue }
            }
            return (section, trimmed(rest.drop { $0 == ":" }))
        }
        return nil
    }

    /// A line that belongs to the page, not the text: a page number ("Sida 2 av 5",
    /// "3"), the signature fields of the minutes ("Justerandes sign", "Utdragsbestyrkande").
    static func isPageFurniture(_ line: String) -> Bool {
        let lower = line.lowercased()
        if lower.count <= 4, lower.allSatisfy(\.isNumber) { return true }
        let words = lower.split(separator: " ")
        if let first = words.first, first == "sida" || first == "sid", words.count >= 2, words.count <= 4,
           words.dropFirst().allSatisfy({ $0 == "av" || $0.allSatisfy { $0.isNumber || $0 == "(" || $0 == ")" } }) {
            return true
        }
        let signatures = ["justerandes sign", "justerare", "ordförandes sign", "utdragsbestyrkande", "sekreterarens sign"]
        return lower.count <= 60 && signatures.contains { lower.hasPrefix($0) }
    }

    /// A step of the decision path: "Kommunstyrelsens arbetsutskott 2019-02-20 § 22: föreslog
    /// ambitionsnivåerna" gives the body, the day, the paragraph and what it did; nil
    /// without a valid day.
    static func step(_ line: String) -> DecisionStep? {
        let chars = Array(line)
        guard chars.count >= 10 else { return nil }
        for start in 0...(chars.count - 10) {
            let candidate = String(chars[start..<(start + 10)])
            guard candidate.enumerated().allSatisfy({ $0.offset == 4 || $0.offset == 7 ? $0.element == "-" : $0.element.isASCII && $0.element.isNumber }),
                  let day = try? Day(parsing: candidate) else { continue }
            let body = trimmed(String(chars[..<start]).trimmingSuffix(","))
            guard !body.isEmpty else { return nil }
            var rest = Substring(String(chars[(start + 10)...])).drop { $0 == " " || $0 == "," }
            var paragraph = ""
            if rest.first == "§" {
                let digits = rest.dropFirst().drop { $0 == " " }.prefix { $0.isNumber }
                let end = rest.dropFirst().drop { $0 == " " }.dropFirst(digits.count)
                paragraph = String(rest[..<end.startIndex])
                rest = end
            }
            let action = trimmed(rest.drop { $0 == ":" || $0 == " " || $0 == "," || $0 == "–" || $0 == "-" })
            return DecisionStep(body: body, day: day, paragraph: paragraph, action: action)
        }
        return nil
    }

    /// A goal's heading: `Mål 6. Title`, `Mål 6: Title`, `6. Title`,
    /// `Inriktningsmål 4. Title`; the number, the title's start, the kind
    /// its label gives and whether the word Mål was there.
    static func goalHeading(_ line: String) -> (number: Int, title: String, kind: GoalKindLabel?, labelled: Bool)? {
        var rest = Substring(line)
        var kind: GoalKindLabel?
        var labelled = false
        let labels: [(String, GoalKindLabel?)] = [
            ("inriktningsmål", .supporting), ("styrande mål", .steering), ("stödjande mål", .supporting), ("mål", nil),
        ]
        for (label, k) in labels where rest.lowercased().hasPrefix(label) {
            rest = rest.dropFirst(label.count)
            guard rest.first == " " else { return nil }
            kind = k
            labelled = true
            break
        }
        rest = rest.drop { $0 == " " }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 3, let number = Int(digits), number > 0 else { return nil }
        rest = rest.dropFirst(digits.count)
        guard let mark = rest.first, mark == "." || mark == ":" else { return nil }
        rest = rest.dropFirst()
        guard rest.first == " " else { return nil }
        let title = trimmed(rest)
        guard let first = title.first, !first.isNumber else { return nil }
        return (number, title, kind, labelled)
    }

    /// The kind a goal's label or marker gives.
    enum GoalKindLabel: Equatable {
        /// Styrande.
        case steering
        /// Stödjande, inriktningsmål.
        case supporting
    }

    /// A line that only marks a goal's kind: `Inriktningsmål`, `Styrande mål`, `Typ: styrande`.
    static func kindMarker(_ line: String) -> GoalKindLabel? {
        var lower = line.lowercased()
        for prefix in ["typ:", "måltyp:", "typ av mål:"] where lower.hasPrefix(prefix) {
            lower = trimmed(lower.dropFirst(prefix.count))
        }
        while lower.hasSuffix(".") { lower.removeLast() }
        if lower.hasPrefix("("), lower.hasSuffix(")") { lower = String(lower.dropFirst().dropLast()) }
        switch lower {
        case "inriktningsmål", "stödjande", "stödjande mål", "stödjande (inriktningsmål)", "stödjande mål (inriktningsmål)":
            return .supporting
        case "styrande", "styrande mål": return .steering
        default: return nil
        }
    }

    /// A line that marks a goal's ambition level as the working committee's proposal.
    static func isProposalMarker(_ line: String) -> Bool {
        var lower = line.lowercased()
        while lower.hasSuffix(":") || lower.hasSuffix(".") { lower.removeLast() }
        return lower == "arbetsutskottets förslag"
    }

    /// `Ambitionsnivå: text` (also `Ambitionsnivå (Arbetsutskottets förslag): text`):
    /// the text after the colon and whether the label marks a proposal.
    static func ambition(_ line: String) -> (text: String, proposal: Bool)? {
        let lower = line.lowercased()
        guard lower.hasPrefix("ambitionsnivå") else { return nil }
        var rest = line.dropFirst("ambitionsnivå".count).drop { $0 == " " }
        var proposal = false
        if rest.first == "(", let close = rest.firstIndex(of: ")") {
            let inside = rest[rest.index(after: rest.startIndex)..<close]
            guard isProposalMarker(String(inside)) else { return nil }
            proposal = true
            rest = rest[rest.index(after: close)...].drop { $0 == " " }
        }
        guard rest.first == ":" else { return rest.isEmpty ? ("", proposal) : nil }
        return (trimmed(rest.dropFirst()), proposal)
    }

    /// The text of a bullet line without its bullet, or nil.
    static func bullet(_ line: String) -> String? {
        guard let first = line.first, ["•", "◦", "▪", "●", "-", "–", "*", "\u{F0B7}", "·"].contains(first) else { return nil }
        let rest = line.dropFirst()
        guard rest.first == " " || rest.first == "\t" else { return nil }
        return trimmed(rest)
    }

    /// Joins the lines of one paragraph as the PDF broke them: a word broken
    /// with a hyphen at a line's end is made whole again ("sam-" + "hälle"),
    /// a hyphen that belongs ("barn-" + "och", "EU-" + "resurs") is kept.
    static func join(_ lines: [String]) -> String {
        var text = ""
        for line in lines.map(trimmed) where !line.isEmpty {
            guard !text.isEmpty else {
                text = line
                continue
            }
            if text.hasSuffix("\u{AD}") {
                text.removeLast()
                text += line
            } else if text.hasSuffix("-"), !text.hasSuffix(" -") {
                let before = text.dropLast().last
                let nextWord = line.prefix { $0 != " " && $0 != "," && $0 != "." }
                let keepsHyphen = before.map { $0.isUppercase || $0.isNumber } ?? true
                if Self.conjunctions.contains(nextWord.lowercased()) {
                    text += " " + line
                } else if keepsHyphen || !(line.first?.isLowercase ?? false) {
                    text += line
                } else {
                    text.removeLast()
                    text += line
                }
            } else {
                text += " " + line
            }
        }
        return text
    }

    /// Words after which a hyphen at a line's end stands for a left-out part: "barn- och".
    static let conjunctions: Set<String> = ["och", "eller", "samt", "respektive", "resp.", "som", "till"]

    /// A line without white space at either end (also no-break spaces).
    static func trimmed<S: StringProtocol>(_ text: S) -> String {
        let space: (Character) -> Bool = { $0.isWhitespace || $0 == "\u{A0}" || $0 == "\u{FEFF}" }
        guard let start = text.firstIndex(where: { !space($0) }),
              let end = text.lastIndex(where: { !space($0) }) else { return "" }
        return String(text[start...end])
    }
}

private extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
