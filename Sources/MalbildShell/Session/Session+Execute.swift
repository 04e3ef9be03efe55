import MalbildCore

extension Session {
    /// Runs one complete command line. Throws a ``ShellError`` when the line
    /// cannot be carried out; the workspace is then unchanged. `tokens` are the line's
    /// words when they were split already (``CommandLines/tokens``).
    public func execute(_ line: String, tokens given: [Token]? = nil) throws {
        // No more characters than bytes: only a long line is counted.
        guard line.utf8.count <= CommandLines.limit || line.count <= CommandLines.limit else {
            throw failure(.commandTooLong, CommandLines.limitText)
        }
        switch given.map(Tokenizer.Outcome.complete) ?? Tokenizer.split(line) {
        case .incomplete(.openQuote):
            throw failure(.quoteNotClosed)
        case .incomplete(.continuation):
            throw failure(.backslashAtEnd)
        case .complete(let tokens):
            // Every command works on the latest state: others' steps first.
            catchUp()
            // The comment tells the time and the goal chosen when the command was given.
            let focusText = recorder == nil ? "" : focus.map { "mål \($0)" } ?? t(.recordNoGoal)
            try execute(tokens)
            if let recorder, let name = tokens.first?.text, let command = commands.command(named: name),
               !Self.notRecorded.contains(command.name) {
                recorder.record(line, comment: "\(NoteTime.format(clock())) \(focusText)")
            }
            if tutorial != nil { checkLesson() }
        }
    }

    /// Commands that work on files, which a lesson does not allow.
    static let fileCommands: Set<String> = ["save", "open", "new", "source", "record", "replay", "diff", "export"]

    /// Commands a recording leaves out: files, scripts and the recording itself.
    static let notRecorded: Set<String> = ["record", "replay", "save", "open", "new", "quit", "source", "status", "echo", "diff", "export"]

    /// Runs a command given as tokens.
    func execute(_ tokens: [Token]) throws {
        guard let name = tokens.first?.text else { return }
        // A number alone (6, 1.2) chooses that goal, as "goal N" does.
        if tokens.count == 1, !(tokens.first?.quoted ?? true), GoalNumber(name) != nil, commands.command(named: name) == nil,
           let goal = commands.command(named: "goal") {
            return try execute([Token(text: goal.name, quoted: false, offset: 0)] + tokens)
        }
        guard let command = commands.command(named: name) else {
            // "goal6" is most likely "goal 6" with the blank missed.
            if let digits = name.firstIndex(where: \.isNumber), name[digits...].allSatisfy(\.isNumber),
               let known = commands.command(named: String(name[..<digits])) {
                let typed = String(name[..<digits]).lowercased()
                throw ShellError.unknownCommand(name, suggestions: [(language == .sv ? typed : known.name) + " " + name[digits...]])
            }
            throw ShellError.unknownCommand(name, suggestions: commands.suggestions(for: name, preferAliases: language == .sv))
        }
        if isReplay, Self.notRecorded.contains(command.name) {
            throw failure(.skippedInReplay, command.name)
        }
        if tutorial != nil, Self.fileCommands.contains(command.name) {
            throw failure(.notInLesson)
        }
        let words = Array(tokens.dropFirst())
        if let former = try runFormer(name, words: words) { return former }
        let (args, options) = try OptionParser.extract(words, specs: command.options, t: t)
        var matched = FormMatcher.match(args, forms: command.forms).map { ($0, options) }
        if matched == nil, OptionParser.hasLongValue(words) {
            // An option before the command's words takes one word: `measure --women 50 nii delår1 48`.
            let (short, shortOptions) = try OptionParser.extract(words, specs: command.options, reach: .oneWord, t: t)
            matched = FormMatcher.match(short, forms: command.forms).map { ($0, shortOptions) }
        }
        guard case (var invocation, let given)? = matched else {
            throw ShellError.usage(
                command: t.commandName(command.name),
                problem: FormMatcher.problem(with: args.map(\.text), forms: command.forms, t: t),
                lines: t.usageLines(command))
        }
        invocation.options = given
        try command.run(self, invocation)
    }

    /// Runs a line that used a name the way it once meant another command (`jämför`
    /// with diff's words: none, or a file that is no indicator's id), with a note.
    private func runFormer(_ name: String, words: [Token]) throws -> Void? {
        // An ASCII name is in lower case ASCII: no former name of that kind, none to look up.
        if !CommandTable.formerAliasIsASCII, !name.utf8.contains(where: { $0 >= 0x80 }) { return nil }
        guard let formerName = CommandTable.formerAliases[name.lowercased()],
              let former = commands.command(named: formerName),
              let invocation = FormMatcher.match(words, forms: former.forms)
        else { return nil }
        let ids = Set(workspace.goals.flatMap { $0.indicators.map(\.id) })
        if let first = words.first, ids.contains(first.text) { return nil }
        warn(t(.formerAliasNote, name, t.commandName(commands.command(named: name)?.name ?? name), t.commandName(former.name), former.swedishName ?? former.name))
        return try former.run(self, invocation)
    }
}
