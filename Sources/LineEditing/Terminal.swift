import CEditLine
import Foundation

/// Facts about the terminal the process runs at.
public enum Terminal {
    /// Whether a person is at a terminal: standard input and output are both terminals and
    /// `TERM` is not `dumb`.
    public static func isInteractive(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Bool {
        isatty(0) == 1 && isatty(1) == 1 && environment["TERM"] != "dumb"
    }

    /// The width of the terminal on standard output in columns; 80 when unknown.
    public static func width() -> Int {
        let columns = Int(malbild_terminal_columns(1))
        return columns > 0 ? columns : 80
    }

    /// The height of the terminal on standard output in rows; 24 when unknown.
    public static func rows() -> Int {
        let rows = Int(malbild_terminal_rows(1))
        return rows > 0 ? rows : 24
    }

    /// Whether output may be coloured: standard output is a terminal and `NO_COLOR` is unset.
    public static var colorEnabled: Bool {
        colorEnabled(environment: ProcessInfo.processInfo.environment)
    }

    /// Whether output may be coloured under `environment`: standard output is a terminal and
    /// `NO_COLOR` is unset or empty (see no-color.org).
    public static func colorEnabled(environment: [String: String]) -> Bool {
        isatty(1) == 1 && (environment["NO_COLOR"] ?? "").isEmpty
    }
}
