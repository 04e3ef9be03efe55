import LineEditing

/// Reads command lines from a reader and runs them in a session: the
/// interactive loop and the script runner are the same loop.
///
/// Lines with an open quote or a final backslash are joined with the lines
/// after them. In a script every error is reported as `FILE:LINE: message`
/// with the line the command started on; at a terminal as `error: message`.
public struct Interpreter {
    /// How a run ended.
    public enum Outcome: Equatable, Sendable {
        /// All input was read (or `quit` was given); `failures` commands failed.
        case finished(failures: Int)
        /// Stopped at the first failure, as asked (`--bail`).
        case bailed
    }

    /// The session commands run in.
    public let session: Session
    /// The name errors are reported under, e.g. `session.mal`; nil at a terminal.
    public let sourceName: String?
    /// Whether to stop at the first failing command.
    public let bail: Bool

    /// Creates an interpreter.
    public init(session: Session, sourceName: String?, bail: Bool = false) {
        self.session = session
        self.sourceName = sourceName
        self.bail = bail
    }

    /// Whether a quote is open at the end of `text` (a command's text, its lines joined by
    /// line breaks): where a pasted line break stays a line break.
    public static func quoteIsOpen(_ text: String) -> Bool {
        Tokenizer.split(text) == .incomplete(.openQuote)
    }

    /// Runs every command the reader gives.
    public func run(_ reader: LineReader) -> Outcome {
        // A script's output is held back and written in pieces (with the journal lines of the
        // changes it acknowledges first): when it grows large, and before input is waited for.
        if !reader.isInteractive { session.holdScriptOutput() }
        let outcome = runCommands(reader)
        let before = session.heldStepsFailures
        session.releaseHeldOutput()
        var lost = 0
        if !reader.isInteractive, reportOutputFailure(line: nil) { lost = 1 }
        guard session.heldStepsFailures > before || lost > 0, case .finished(let failures) = outcome else { return outcome }
        return bail ? .bailed : .finished(failures: failures + session.heldStepsFailures - before + lost)
    }

    /// Says once that output could not be written (to standard error, if that still can be),
    /// at the line of the command run last. Returns whether it was said now.
    private func reportOutputFailure(line: Int?) -> Bool {
        guard let failure = session.outputFailure, !session.outputFailureReported else { return false }
        session.outputFailureReported = true
        let key: Key = failure.descriptor == 2 ? .errorOutputNotWritten : .outputNotWritten
        report(session.t(key, failure.reason), line: line ?? session.commandSource.line)
        session.releaseHeldOutput()
        return true
    }

    private func runCommands(_ reader: LineReader) -> Outcome {
        var failures = 0
        var pending = CommandLines()
        var startLine = 0
        var lineNumber = 0
        var initialText = ""
        // Commands whose steps could not be written when their held output was due failed.
        var heldFailures = session.heldStepsFailures
        // Counts them; the run ends when it stops there (or under --bail).
        func endForHeldFailures() -> Outcome? {
            // Output that cannot be written ends a script: nobody would see what it does next.
            if !reader.isInteractive, session.outputFailure != nil {
                if reportOutputFailure(line: startLine) { failures += 1 }
                return bail ? .bailed : .finished(failures: failures)
            }
            let now = session.heldStepsFailures
            guard now > heldFailures else { return nil }
            failures += now - heldFailures
            heldFailures = now
            if bail { return .bailed }
            return session.heldStepsFailed ? .finished(failures: failures) : nil
        }
        while !session.quitRequested {
            if !reader.isInteractive, session.heldOutputIsDue || !reader.hasInputReady {
                session.releaseHeldOutput()
                if let end = endForHeldFailures() { return end }
            }
            // A reader that is not at a terminal shows no prompt.
            let prompt = !reader.isInteractive ? "" : pending.isEmpty ? session.prompt : "...> "
            // Others' steps in a shared store show above the prompt as they come (not inside a
            // command of several lines, whose earlier lines would be parted from it).
            let watchesNews = reader.isInteractive && session.sourceDepth == 0 && pending.isEmpty
            if watchesNews {
                let session = session
                reader.watchNews(on: session.newsDescriptor, lines: { session.takeNews() }, prompt: { session.prompt })
            }
            let input = reader.readLine(prompt: prompt, continuing: pending.text, initialText: initialText)
            if watchesNews { reader.watchNews(on: nil, lines: nil) }
            initialText = ""
            switch input {
            case .interrupted:
                // What was dropped goes into the history, so Up brings it back whole.
                let dropped = pending.isEmpty ? reader.droppedText : pending.text + "\n" + reader.droppedText
                if reader.isInteractive, !dropped.allSatisfy(\.isWhitespace) { reader.addHistory(dropped) }
                if !pending.isEmpty { session.console.writeError(session.t(.droppedUnfinished) + " " + session.t(.upBringsItBack) + "\n") }
                pending = CommandLines()
                continue
            case .endOfInput:
                if !pending.isEmpty, reader.isInteractive, session.sourceDepth == 0 {
                    // Ctrl-D inside an unfinished command drops that command, as Ctrl-C does,
                    // whether or not there are unsaved changes; a second one leaves.
                    reader.addHistory(pending.text)
                    session.console.writeError(session.t(.droppedUnfinished) + " " + session.t(.upBringsItBack) + "\n")
                    pending = CommandLines()
                    continue
                }
                if !pending.isEmpty {
                    report(session.t(.inputEndsUnfinished), line: startLine)
                    failures += 1
                    if bail { return .bailed }
                }
                if reader.isInteractive, session.sourceDepth == 0 {
                    // The reader has already moved to a fresh line.
                    session.requestQuit()
                    continue
                }
                return .finished(failures: failures)
            case .line(let text):
                lineNumber += 1
                if pending.isEmpty { startLine = lineNumber }
                guard pending.add(text) else {
                    if reader.isInteractive, startLine == lineNumber {
                        // Once per command: how the continuation ends, and how to get out.
                        let hint = session.t(pending.quoteIsOpen ? .continuesInQuote : .continuesAfterBackslash)
                        session.console.write(TextLayout.wrap(hint, width: session.console.width) + "\n")
                    }
                    continue
                }
                let command = pending.text
                let tokens = pending.tokens
                let tooLong = pending.tooLong
                pending = CommandLines()
                if tooLong {
                    report(session.t(.commandTooLong, CommandLines.limitText), line: startLine)
                    failures += 1
                    if bail { return .bailed }
                    continue
                }
                if reader.isInteractive, !command.allSatisfy(\.isWhitespace) { reader.addHistory(command) }
                if session.echo, !reader.isInteractive, !(tokens.map(\.isEmpty) ?? isBlankOrComment(command)) {
                    session.console.write(session.prompt + command + "\n")
                }
                // At a terminal, output longer than the screen goes through a pager.
                let pages = reader.isInteractive && sourceName == nil && session.sourceDepth == 0
                let console = session.console as? StandardConsole
                if pages { console?.beginCommandOutput() }
                defer { if pages { console?.endCommandOutput() } }
                if !reader.isInteractive, session.writesHeldOutputFirst(tokens) {
                    session.releaseHeldOutput()
                    if let end = endForHeldFailures() { return end }
                }
                session.commandsRun += 1
                session.commandSource = (sourceName, startLine)
                do {
                    try session.execute(command, tokens: tokens)
                } catch {
                    report(session.message(for: error) + session.pastedNote(reader), line: startLine)
                    failures += 1
                    if bail { return .bailed }
                }
                if let end = endForHeldFailures() { return end }
            }
        }
        return .finished(failures: failures)
    }

    private func isBlankOrComment(_ text: String) -> Bool {
        if case .complete(let tokens) = Tokenizer.split(text) { return tokens.isEmpty }
        return false
    }

    private func report(_ message: String, line: Int) {
        if let sourceName {
            session.console.writeError("\(sourceName):\(line): \(message)\n")
        } else {
            // At a terminal long messages wrap at word boundaries like all other output.
            let text = (session.t(.errorPrefix) + message).split(separator: "\n", omittingEmptySubsequences: false)
                .map { TextLayout.wrap(String($0), width: session.console.width) }.joined(separator: "\n")
            session.console.writeError(text + "\n")
        }
    }
}
