import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Who holds a workspace lock: the contents of `FILE.json.lock`.
public struct LockHolder: Codable, Equatable, Sendable {
    /// The process id of the session.
    public let pid: Int32
    /// The user running it.
    public let user: String
    /// The host it runs on.
    public let host: String
    /// When the lock was taken.
    public let since: Date
    /// A random value that tells this lock apart from a later one of the same process.
    public let token: String
    /// When the process started, in clock ticks after boot (`/proc/PID/stat`), so that a
    /// later process given the same id is told apart; nil in locks of older versions.
    public let started: UInt64?
    /// The id of the boot the process ran in; nil in locks of older versions.
    public let boot: String?

    /// Creates a holder record.
    public init(
        pid: Int32, user: String, host: String, since: Date, token: String = UUID().uuidString,
        started: UInt64? = nil, boot: String? = nil
    ) {
        self.pid = pid
        self.user = user
        self.host = host
        self.since = since
        self.token = token
        self.started = started
        self.boot = boot
    }

    /// This process, now (to the whole second, as the lock file keeps it).
    public static func current() -> LockHolder {
        let now = Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
        let pid = getpid()
        return LockHolder(
            pid: pid, user: currentUserName(), host: currentHostName(), since: now,
            started: ProcessIdentity.startTicks(of: pid), boot: ProcessIdentity.bootID())
    }

    /// Whether the process this record names still runs, on this host: the id is in use,
    /// and by the same process, not a later one given the same id (its start time, its boot;
    /// for a record without them, a process that started after the record was made is a
    /// later one).
    public var isRunning: Bool {
        Self.isRunning(pid: pid, started: started, boot: boot, notAfter: since)
    }

    /// Whether the process `pid` that started at `started` ticks in boot `boot` (when known)
    /// still runs; `notAfter` is a time the process was known to run, used when the start
    /// time is not known.
    public static func isRunning(pid: Int32, started: UInt64?, boot: String?, notAfter: Date?) -> Bool {
        guard pid > 0, kill(pid, 0) == 0 || errno == EPERM else { return false }
        if let boot, let now = ProcessIdentity.bootID(), boot != now { return false }
        if let started, let actual = ProcessIdentity.startTicks(of: pid) { return started == actual }
        if let notAfter, let start = ProcessIdentity.startDate(of: pid) {
            // Whole seconds in the record, and tick rounding: one second of slack.
            return start.timeIntervalSince(notAfter) <= 1
        }
        return true
    }

    /// The name of the user running this process.
    public static func currentUserName() -> String {
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name {
            return String(cString: name)
        }
        let environment = ProcessInfo.processInfo.environment
        return environment["USER"] ?? environment["LOGNAME"] ?? "uid \(getuid())"
    }

    /// The name of this host, without a DNS look-up.
    public static func currentHostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// When the lock was taken, in local time: `10:42` today, `2019-04-30 10:42` another day.
    public func sinceText(now: Date = Date(), timeZone: TimeZone = .current) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: since)
        func two(_ value: Int?) -> String {
            let value = value ?? 0
            return value < 10 ? "0\(value)" : "\(value)"
        }
        let time = "\(two(parts.hour)):\(two(parts.minute))"
        if calendar.isDate(since, inSameDayAs: now) { return time }
        return "\(parts.year ?? 0)-\(two(parts.month))-\(two(parts.day)) \(time)"
    }

    /// `process 1234, user anna, since 10:42`.
    public var summary: String {
        "process \(pid), user \(user), since \(sinceText())"
    }
}
