import Foundation

/// What the executable learns about its process at start, taken straight from the C
/// library: cheaper than Foundation's process information and calendar, whose set-up
/// is a large share of the time a short run takes.
enum ProcessStart {
    /// Puts `/dev/null` on any of standard input, output and error that the process was
    /// started without, so that no file opened later (a journal, a lock) takes its number and
    /// gets the output written into it. Returns those of output and error that were closed:
    /// writing there is an error, as to any output that cannot be written.
    static func claimClosedStandardDescriptors() -> [Int32] {
        var closed: [Int32] = []
        for descriptor: Int32 in 0...2 where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            // The lowest free number is taken: this one, as those below it are open by now.
            let null = open("/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY)
            if null >= 0, null != descriptor {
                _ = dup2(null, descriptor)
                close(null)
            }
            if descriptor > 0 { closed.append(descriptor) }
        }
        return closed
    }

    /// The process's environment variables; for a name given twice, the first (as `getenv`).
    static func environment() -> [String: String] {
        var variables: [String: String] = [:]
        var entry: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = environ
        while let here = entry, let pointer = here.pointee {
            let text = String(cString: pointer)
            if let equals = text.firstIndex(of: "=") {
                let name = String(text[..<equals])
                if variables[name] == nil { variables[name] = String(text[text.index(after: equals)...]) }
            }
            entry = here + 1
        }
        return variables
    }

    /// The year of a moment in the local time zone, as the Gregorian calendar counts it.
    static func year(of date: Date) -> Int {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        guard localtime_r(&seconds, &parts) != nil else {
            return Calendar(identifier: .gregorian).component(.year, from: date)
        }
        return Int(parts.tm_year) + 1900
    }
}
