import Foundation

/// A script split into its commands, each with the comment lines just before
/// it and the line it starts on: what a replay shows step by step.
public struct ScriptFile {
    /// One command of a script.
    public struct Step: Equatable, Sendable {
        /// The line the command starts on.
        public var line: Int
        /// The comment lines just before it, without their `#`.
        public var comments: [String]
        /// The command, possibly over several lines.
        public var command: String
    }

    /// The commands in order.
    public var steps: [Step]
    /// The value of a `# start: …` header line, if any: `demo`, `empty` or a file.
    public var start: String?
    /// A command left unfinished at the end (an open quote), with its line.
    public var unfinished: Int?

    /// Splits a script's text.
    public init(text: String) {
        steps = []
        var comments: [String] = []
        var pending = CommandLines()
        // The command's lines as written, kept whole even past the size limit,
        // so that running the step gives the same refusal as a script run.
        var lines: [String] = []
        var startLine = 0
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
            if pending.isEmpty {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty { comments.removeAll(); continue }
                if trimmed.hasPrefix("#") {
                    let comment = String(trimmed.dropFirst()).trimmingCharacters(in: .whitespaces)
                    if comment.hasPrefix("start:") {
                        start = comment.dropFirst("start:".count).trimmingCharacters(in: .whitespaces)
                    } else {
                        comments.append(comment)
                    }
                    continue
                }
                startLine = i + 1
            }
            lines.append(line)
            guard pending.add(line) else { continue }
            steps.append(Step(line: startLine, comments: comments, command: lines.joined(separator: "\n")))
            comments.removeAll()
            pending = CommandLines()
            lines.removeAll()
        }
        unfinished = pending.isEmpty ? nil : startLine
    }
}
