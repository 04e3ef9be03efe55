import Foundation
import MalbildCore
import MalbildStore

extension Session {
    /// Creates a session on the built-in demo, or on an empty workspace of a
    /// year, for an executable that wires a session without knowing the domain.
    public convenience init(
        demo: Bool,
        year: Int,
        console: Console,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        clock: @escaping () -> Date = Date.init
    ) {
        self.init(workspace: demo ? .demo : .empty(year: year), console: console, environment: environment, clock: clock)
    }

    /// The workspace file the last session at a terminal had open, if it is known.
    public static func lastWorkspace(environment: [String: String]) -> URL? {
        StateDirectory(environment: environment).lastWorkspace()
    }
}
