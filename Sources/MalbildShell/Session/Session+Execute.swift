extension Session {
    /// Runs one complete command line. Throws a ``ShellError`` when the line
    /// cannot be carried out; the workspace is then unchanged.
    public func execute(_ line: String) throws {
        switch Tokenizer.split(line) {
        case .incomplete(.openQuote):
            throw ShellError.failed("a quote is not closed: add the closing \"")
        case .incomplete(.continuation):
            throw ShellError.failed("the line ends with \\ but no line follows")
        case .complete(let tokens):
            try execute(tokens)
        }
    }

    /// Runs a command given as tokens.
    func execute(_ tokens: [Token]) throws {
        guard let name = tokens.first?.text else { return }
        guard let command = commands.command(named: name) else {
            // "goal6" is most likely "goal 6" with the blank missed.
            if let digits = name.firstIndex(where: \.isNumber), name[digits...].allSatisfy(\.isNumber),
               let known = commands.command(named: String(name[..<digits])) {
                throw ShellError.unknownCommand(name, suggestions: [known.name + " " + name[digits...]])
            }
            throw ShellError.unknownCommand(name, suggestions: commands.suggestions(for: name))
        }
        let (args, options) = try OptionParser.extract(Array(tokens.dropFirst()), specs: command.options)
        guard var invocation = FormMatcher.match(args, forms: command.forms) else {
            throw ShellError.usage(
                command: command.name,
                problem: FormMatcher.problem(with: args, forms: command.forms),
                lines: command.usageLines)
        }
        invocation.options = options
        try command.run(self, invocation)
    }
}
