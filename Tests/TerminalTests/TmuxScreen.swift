import Foundation
import Testing

/// The built `malbild` in a real terminal emulator (tmux, on a server of its own), for tests
/// of what the screen shows: ``screen()`` is the text of the window as a person sees it after
/// every escape sequence has been carried out.
final class TmuxScreen {
    private let socket = "malbild-test-\(UUID().uuidString)"
    private let target = "main"
    /// The home, state folder and working folder of the program.
    let process: MalbildProcess

    /// Whether tmux is installed (scripts/setup installs it).
    static var isAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")
    }

    /// Starts `malbild` with `arguments` in a `columns` x `rows` window, in a fresh home.
    init(_ arguments: [String] = ["--demo"], columns: Int = 100, rows: Int = 35,
         environment extra: [String: String] = [:], program: String = "malbild") throws {
        process = try MalbildProcess()
        let environment = process.environment().merging(["TERM": "screen"].merging(extra) { _, new in new }) { _, new in new }
        let assignments = environment.map { "\($0.key)=\(Self.shellQuoted($0.value))" }.sorted()
        let command = (["cd", Self.shellQuoted(process.home.path), "&&", "exec", "env", "-i"]
            + assignments + [Self.shellQuoted(try MalbildProcess.executable(named: program).path)]
            + arguments.map(Self.shellQuoted)).joined(separator: " ")
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", target, "-x", "\(columns)",
                  "-y", "\(rows)", command])
        try tmux(["set-option", "-t", target, "remain-on-exit", "on"])
    }

    deinit {
        _ = try? tmux(["kill-server"])
        process.removeHome()
    }

    /// Types `text` as it is (no key names).
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", target, "-l", text])
    }

    /// Presses keys by tmux's names (Enter, C-c, Up, C-a).
    func press(_ keys: String...) throws {
        try tmux(["send-keys", "-t", target] + keys)
    }

    /// Pastes `text` as a terminal does: bracketed when the program asked for it and
    /// `bracketed` is true, else as if typed, line breaks as Enter.
    func paste(_ text: String, bracketed: Bool) throws {
        let file = process.home.appendingPathComponent("paste-\(UUID().uuidString)")
        try text.write(to: file, atomically: true, encoding: .utf8)
        try tmux(["load-buffer", "-b", "test", file.path])
        try tmux(["paste-buffer", "-d", "-b", "test", "-t", target] + (bracketed ? ["-p"] : []))
    }

    /// Resizes the window, and gives tmux a moment to tell the program's terminal.
    func resize(columns: Int, rows: Int) throws {
        try tmux(["resize-window", "-t", target, "-x", "\(columns)", "-y", "\(rows)"])
        usleep(500_000)
    }

    /// The visible lines of the window, trailing blanks cut, empty lines at the end left out.
    func screen() throws -> [String] {
        let text = try tmux(["capture-pane", "-p", "-t", target])
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0).trimmingTrailingBlanks()
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// Waits until the screen satisfies `condition`; records an issue with the screen and
    /// returns false after `timeout` seconds.
    @discardableResult
    func waitUntil(
        timeout: TimeInterval = 15, sourceLocation: SourceLocation = #_sourceLocation,
        _ condition: ([String]) -> Bool
    ) throws -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        var lines = try screen()
        while !condition(lines) {
            guard Date() < deadline else {
                let shown = lines.joined(separator: "\n")
                Issue.record("The screen never showed what was waited for:\n\(shown)",
                             sourceLocation: sourceLocation)
                return false
            }
            usleep(50_000)
            lines = try screen()
        }
        return true
    }

    /// Waits until the last non-empty line of the screen is `line` (a prompt, say).
    @discardableResult
    func waitForLastLine(
        _ line: String, timeout: TimeInterval = 15,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Bool {
        try waitUntil(timeout: timeout, sourceLocation: sourceLocation) { $0.last == line }
    }

    /// Runs tmux on this screen's own server through the shell and returns what it printed.
    /// Its input and errors go nowhere, so the server it may start holds no pipe of ours.
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let command = (["TMUX=", "/usr/bin/tmux", "-L", socket] + arguments.map(Self.shellQuoted))
            .joined(separator: " ") + " </dev/null 2>/dev/null"
        let isStart = arguments.contains("new-session")
        guard let pipe = popen(isStart ? command + " >/dev/null" : command, "r") else {
            throw PseudoTerminal.StartError(description: "cannot run tmux")
        }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = fread(&chunk, 1, chunk.count, pipe)
            if count <= 0 { break }
            output.append(contentsOf: chunk[0..<count])
        }
        let status = pclose(pipe)
        guard status == 0 || arguments.first == "kill-server" else {
            throw PseudoTerminal.StartError(description: "tmux \(arguments.joined(separator: " ")) failed")
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

extension String {
    /// The text without blanks at its end.
    func trimmingTrailingBlanks() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
