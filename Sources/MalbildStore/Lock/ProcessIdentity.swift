import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What tells one running process apart from another that later gets the same process id:
/// its start time (in clock ticks since boot, from `/proc/PID/stat`) and the boot it runs in
/// (`/proc/sys/kernel/random/boot_id`). Nil where the system does not tell (no `/proc`).
enum ProcessIdentity {
    /// The start time of a running process, in clock ticks after boot; nil when it has ended
    /// or the system does not say.
    static func startTicks(of pid: Int32) -> UInt64? {
        guard pid > 0, let text = readSmallFile("/proc/\(pid)/stat") else { return nil }
        // The name in parentheses may hold spaces; the fields after it are plain.
        guard let close = text.lastIndex(of: ")") else { return nil }
        let fields = text[text.index(after: close)...].split(separator: " ")
        // Field 22 of the line is the 20th after the name (state is the 3rd field).
        guard fields.count > 19 else { return nil }
        return UInt64(fields[19])
    }

    /// When a running process started; nil when it has ended or the system does not say.
    static func startDate(of pid: Int32) -> Date? {
        guard let ticks = startTicks(of: pid), let boot = bootTime() else { return nil }
        let perSecond = sysconf(Int32(_SC_CLK_TCK))
        guard perSecond > 0 else { return nil }
        return Date(timeIntervalSince1970: boot + Double(ticks) / Double(perSecond))
    }

    /// The id of this boot of the machine; nil when the system does not say.
    static func bootID() -> String? {
        readSmallFile("/proc/sys/kernel/random/boot_id")?.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The time the machine booted, in seconds since 1970, from `/proc/stat`.
    private static func bootTime() -> Double? {
        guard let text = readSmallFile("/proc/stat") else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix("btime ") {
            return Double(line.dropFirst(6).trimmingCharacters(in: .whitespaces))
        }
        return nil
    }

    private static func readSmallFile(_ path: String) -> String? {
        guard case .contents(let data)? = try? FileSystem.readFile(path: path) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
