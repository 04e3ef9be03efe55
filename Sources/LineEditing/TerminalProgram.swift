import CEditLine
import Foundation

/// Runs another program at the terminal, a pager or an editor, in the shell's own process
/// group: the terminal's foreground, where the program may read the keyboard. (A program
/// started in a group of its own is stopped, or its reads fail, when it reads the terminal.)
public enum TerminalProgram {
    /// Runs `/bin/sh -c command` with `arguments` as `$1`…, and waits for it. With `input`,
    /// the program reads those bytes as its standard input (a program that stops reading
    /// early, as a pager quit half-way, is no error); else it reads the shell's. Returns its
    /// exit status, or nil when it could not be started or was ended by a signal.
    public static func run(_ command: String, arguments: [String] = [], input: Data? = nil) -> Int32? {
        var ends: [Int32] = [-1, -1]
        // A socket pair rather than a pipe: a write to a reader that has gone is refused
        // with EPIPE (MSG_NOSIGNAL), never a SIGPIPE that would end the shell.
        if input != nil, socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &ends) != 0 { return nil }
        let argv = ["/bin/sh", "-c", command, "sh"] + arguments
        let cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        let environment = childEnvironment(ProcessInfo.processInfo.environment).map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { environment.forEach { free($0) } }
        let pid = cArguments.withUnsafeBufferPointer { args in
            environment.withUnsafeBufferPointer { env in
                malbild_spawn_in_foreground("/bin/sh", args.baseAddress, env.baseAddress, ends[1], ends[0])
            }
        }
        if ends[1] >= 0 { close(ends[1]) }
        guard pid > 0 else {
            if ends[0] >= 0 { close(ends[0]) }
            return nil
        }
        if let input, ends[0] >= 0 {
            send(input, to: ends[0])
            shutdown(ends[0], Int32(SHUT_WR))
        }
        let status = malbild_wait_child(pid)
        if ends[0] >= 0 { close(ends[0]) }
        return status >= 0 ? status : nil
    }

    /// The environment for the program: the shell's, with a UTF-8 character type when the
    /// shell's locale variables name none. The shell reads and writes UTF-8 whatever the
    /// locale, so a pager must show it as UTF-8 (else `less` shows å as <C3><A5>).
    static func childEnvironment(_ environment: [String: String]) -> [String: String] {
        let name = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        let lower = name.lowercased()
        guard !lower.contains("utf-8"), !lower.contains("utf8") else { return environment }
        var changed = environment
        changed[environment["LC_ALL"]?.isEmpty == false ? "LC_ALL" : "LC_CTYPE"] = "C.UTF-8"
        return changed
    }

    /// Writes all of `data` until the reader stops reading.
    private static func send(_ data: Data, to socket: Int32) {
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            guard var next = bytes.baseAddress else { return }
            var left = bytes.count
            while left > 0 {
                let written = Glibc.send(socket, next, left, Int32(MSG_NOSIGNAL))
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                next += written
                left -= written
            }
        }
    }
}
