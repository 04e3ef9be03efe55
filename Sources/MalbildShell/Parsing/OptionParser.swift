/// Takes a command's options out of its words, leaving the words for the
/// forms. An unquoted word `--name` that the command knows is an option; a
/// quoted word never is, so a text may start with `--`.
///
/// An option's value is the word after it; when that word is not quoted, the
/// value runs on to the next option or the end of the line, so
/// `--owner Kultur- och fritidsförvaltningen` is the whole name. Reading the
/// value as one word is the second reading, for a line whose words fit no
/// form the first way (an option given before the command's words).
enum OptionParser {
    /// How far an unquoted option value reaches.
    enum Reach {
        /// To the next option or the end of the line.
        case toNextOption
        /// One word.
        case oneWord
    }

    /// The words left and the options found (an option may be given more than once).
    static func extract(_ tokens: [Token], specs: [OptionSpec], reach: Reach = .toNextOption, t: Catalogue = .english) throws -> (words: [Token], options: [String: [String]]) {
        // Most commands are given without options: their words are the tokens as they are.
        guard tokens.contains(where: isOption) else { return (tokens, [:]) }
        var words: [Token] = []
        var options: [String: [String]] = [:]
        var i = 0
        var removedBefore = false
        while i < tokens.count {
            var token = tokens[i]
            guard isOption(token) else {
                // A word after a removed option is apart from the word before it.
                if removedBefore { token.gap = " " }
                removedBefore = false
                words.append(token)
                i += 1
                continue
            }
            // `--ansvarig` is `--owner`: the command gets the English name.
            let name = CommandWords.optionName(String(token.text.dropFirst(2)))
            guard let spec = specs.first(where: { $0.name == name }) else {
                let known = specs.map { "--" + CommandWords.shownOption($0.name, in: t.language) }
                let hint = known.isEmpty ? t(.takesNoOptions) : t(.itsOptionsAre, known.joined(separator: ", "))
                throw ShellError.failed(t(.unknownOption, token.text, hint))
            }
            removedBefore = true
            if let valueName = spec.value {
                guard i + 1 < tokens.count else {
                    throw ShellError.failed(t(.optionNeedsValue, CommandWords.shownOption(name, in: t.language), valueName))
                }
                var end = i + 2
                if reach == .toNextOption, !tokens[i + 1].quoted {
                    while end < tokens.count, !isOption(tokens[end]) { end += 1 }
                }
                options[name, default: []].append(Token.joined(Array(tokens[(i + 1)..<end])))
                i = end
            } else {
                options[name, default: []].append("")
                i += 1
            }
        }
        return (words, options)
    }

    /// Whether a word is written as an option: unquoted `--name`.
    private static func isOption(_ token: Token) -> Bool {
        // A word that does not begin with a hyphen's byte is never one: told without looking further.
        !token.quoted && token.text.utf8.first == UInt8(ascii: "-") && token.text.hasPrefix("--") && token.text.count > 2
    }

    /// Whether any option's value would read differently one word at a time.
    static func hasLongValue(_ tokens: [Token]) -> Bool {
        for (i, token) in tokens.enumerated() where isOption(token) {
            if i + 2 < tokens.count, !tokens[i + 1].quoted, !isOption(tokens[i + 2]) { return true }
        }
        return false
    }
}
