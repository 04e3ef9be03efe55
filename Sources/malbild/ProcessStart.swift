import Foundation

/// What the executable learns about its process at start, taken straight from the C
/// library: cheaper than Foundation's process information and calendar, whose set-up
/// is a large share of the time a short run takes.
enum ProcessStart {
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
