/// Takes a command's options out of its words, leaving the words for the
/// forms. An unquoted word `--name` that the command knows is an option; a
/// quoted word never is, so a text may start with `--`.
enum OptionParser {
    /// The words left and the options found (an option may be given more than once).
    static func extract(_ tokens: [Token], specs: [OptionSpec], t: Catalogue = .english) throws -> (words: [String], options: [String: [String]]) {
        var words: [String] = []
        var options: [String: [String]] = [:]
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            guard !token.quoted, token.text.hasPrefix("--"), token.text.count > 2 else {
                words.append(token.text)
                i += 1
                continue
            }
            let name = String(token.text.dropFirst(2))
            guard let spec = specs.first(where: { $0.name == name }) else {
                let known = specs.map { "--" + $0.name }
                let hint = known.isEmpty ? t(.takesNoOptions) : t(.itsOptionsAre, known.joined(separator: ", "))
                throw ShellError.failed(t(.unknownOption, token.text, hint))
            }
            if let valueName = spec.value {
                guard i + 1 < tokens.count else {
                    throw ShellError.failed(t(.optionNeedsValue, name, valueName))
                }
                options[name, default: []].append(tokens[i + 1].text)
                i += 2
            } else {
                options[name, default: []].append("")
                i += 1
            }
        }
        return (words, options)
    }
}
