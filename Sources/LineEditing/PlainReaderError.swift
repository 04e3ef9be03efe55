/// A file that ``PlainReader`` could not open.
public struct PlainReaderError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The path that was asked for.
    public var path: String
    /// Why it could not be opened, as the system says it.
    public var reason: String

    /// An error for `path` because of `reason`.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// "`path`: `reason`".
    public var description: String { "\(path): \(reason)" }
}
