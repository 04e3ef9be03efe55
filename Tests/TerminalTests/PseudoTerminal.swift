import CEditLine
import Foundation
import Testing

/// A program running on the far side of a real pseudo-terminal (80 columns, 24 rows), as if a
/// person sat at it: tests type with ``send(_:)`` and read the screen output with
/// ``waitFor(_:timeout:sourceLocation:)``.
///
/// Output is kept as the raw bytes the program wrote, escape sequences and all; matches are
/// substrings. Each match consumes the output up to its end, so waiting twice for the same
/// prompt waits for two prompts.
final class PseudoTerminal {
    /// Why a program could not be started.
    struct StartError: Error, CustomStringConvertible {
        /// What went wrong.
        var description: String
    }

    private let master: Int32
    private let pid: pid_t
    private var output: [UInt8] = []
    private var consumed = 0
    private var outputClosed = false
    private var exitStatus: Int32?

    /// Starts `executable` with `arguments` and exactly `environment` in `directory` (the
    /// current one when nil) on a new pseudo-terminal of `columns` that becomes its
    /// controlling terminal.
    init(
        executable: URL, arguments: [String], environment: [String: String],
        directory: URL? = nil, columns: UInt16 = 80
    ) throws {
        var name = [CChar](repeating: 0, count: 128)
        let master = malbild_pty_open(&name, name.count, 24, columns)
        guard master >= 0 else {
            throw StartError(description: "cannot open a pseudo-terminal: \(Self.systemError())")
        }
        let slavePath = String(decoding: name.prefix { $0 != 0 }.map(UInt8.init), as: UTF8.self)

        let argv = ([executable.path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        let pid = malbild_spawn_on_pty(executable.path, argv, envp, slavePath, directory?.path)
        guard pid > 0 else {
            close(master)
            throw StartError(description: "cannot start \(executable.path): \(Self.systemError())")
        }
        self.master = master
        self.pid = pid
    }

    deinit {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            _ = waitpid(pid, &status, 0)
        }
        close(master)
    }

    /// Everything the program has written so far.
    var transcript: String { String(decoding: output, as: UTF8.self) }

    /// Types `text` (UTF-8; control characters such as "\u{7f}" for Backspace, "\u{03}" for
    /// Ctrl-C, "\u{1b}[A" for Up as they are).
    func send(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                Issue.record("cannot write to the pseudo-terminal: \(Self.systemError())")
                return
            }
            bytes = bytes.dropFirst(written)
        }
    }

    /// Reads output until `text` appears after the previous match, and consumes it. On timeout
    /// (or when the program closes the terminal first) records an issue showing the whole
    /// output and returns false.
    @discardableResult
    func waitFor(
        _ text: String, timeout: TimeInterval = 15,
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> Bool {
        let needle = Array(text.utf8)
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let end = endOfMatch(needle) {
                consumed = end
                return true
            }
            if outputClosed || Date() >= deadline { break }
            readAvailable(until: deadline)
        }
        Issue.record(
            """
            \(outputClosed ? "The program closed the terminal" : "Timed out after \(timeout) s") \
            waiting for \(String(reflecting: text)). Output so far (matched up to byte \(consumed)):
            \(String(reflecting: transcript))
            """, sourceLocation: sourceLocation)
        return false
    }

    /// Waits for the program to end and returns its exit status (128 + the signal number when
    /// a signal ended it), reading its output meanwhile. On timeout records an issue showing
    /// the whole output and returns nil; the program is killed when the terminal goes away.
    func waitForExit(
        timeout: TimeInterval = 15, sourceLocation: SourceLocation = #_sourceLocation
    ) -> Int32? {
        if let exitStatus { return exitStatus }
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        while Date() < deadline {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid {
                let signal = status & 0x7F
                exitStatus = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
                return exitStatus
            }
            if result < 0 && errno != EINTR { break }
            if outputClosed {
                usleep(10_000)
            } else {
                readAvailable(until: min(deadline, Date().addingTimeInterval(0.05)))
            }
        }
        Issue.record(
            """
            The program did not end within \(timeout) s. Output:
            \(String(reflecting: transcript))
            """, sourceLocation: sourceLocation)
        return nil
    }

    /// The end of the first occurrence of `needle` in the unconsumed output.
    private func endOfMatch(_ needle: [UInt8]) -> Int? {
        guard !needle.isEmpty else { return consumed }
        var start = consumed
        while start + needle.count <= output.count {
            if output[start..<(start + needle.count)].elementsEqual(needle) {
                return start + needle.count
            }
            start += 1
        }
        return nil
    }

    /// Reads what the program wrote, waiting for something until `deadline`.
    private func readAvailable(until deadline: Date) {
        let milliseconds = max(0, Int32(deadline.timeIntervalSinceNow * 1000))
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, min(milliseconds, 100))
        guard ready > 0 else { return }
        var chunk = [UInt8](repeating: 0, count: 4096)
        let count = chunk.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
        if count > 0 {
            output.append(contentsOf: chunk[0..<count])
        } else if count == 0 || errno != EINTR && errno != EAGAIN {
            // EIO: every descriptor of the far side is closed; the program is gone.
            outputClosed = true
        }
    }

    private static func systemError() -> String {
        String(cString: strerror(errno))
    }
}
