import Foundation
import LineEditing

/// Shows output longer than the screen a screenful at a time: `$PAGER`, else `less -FRX` when
/// installed, else a small pager of its own through the line reader.
enum Pager {
    /// Shows `text`; false when no pager could run (the caller then writes it as it is).
    static func show(_ text: String, environment: [String: String], reader: LineReader?, t: Catalogue) -> Bool {
        let command: String?
        if let pager = environment["PAGER"], !pager.trimmingCharacters(in: .whitespaces).isEmpty {
            command = pager
        } else if (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .contains(where: { FileManager.default.isExecutableFile(atPath: "\($0)/less") }) {
            command = "less -FRX"
        } else {
            command = nil
        }
        if let command, run(command, text) { return true }
        return builtIn(text, reader: reader, t: t)
    }

    /// Pipes `text` into `command` (through the shell), at the terminal's foreground so that
    /// the pager can read the keys; whether it ran.
    private static func run(_ command: String, _ text: String) -> Bool {
        guard let status = TerminalProgram.run(command, input: Data(text.utf8)) else { return false }
        return status != 127
    }

    /// A screenful at a time; Enter shows the next, q (or Ctrl-C, Ctrl-D) the end is skipped.
    private static func builtIn(_ text: String, reader: LineReader?, t: Catalogue) -> Bool {
        guard let reader, reader.isInteractive else { return false }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let page = max(Terminal.rows() - 1, 1)
        var start = 0
        while start < lines.count {
            let end = min(start + page, lines.count)
            FileHandle.standardOutput.write(Data((lines[start..<end].joined(separator: "\n") + (end < lines.count ? "\n" : "")).utf8))
            start = end
            guard start < lines.count else { break }
            guard case .line(let answer) = reader.readLine(prompt: t(.pagerPrompt, start, lines.count)),
                  answer.trimmingCharacters(in: .whitespaces).lowercased() != "q" else { return true }
        }
        return true
    }
}
