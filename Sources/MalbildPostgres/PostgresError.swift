/// An error the server reported for a statement: its SQLSTATE code and its own words.
public struct PostgresError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The five-character SQLSTATE code (`42501` for a refusal, `23505` for a unique violation).
    public var sqlState: String
    /// The server's primary message.
    public var message: String
    /// The server's detail, when it gave one.
    public var detail: String?
    /// The constraint the error concerns, when there is one.
    public var constraint: String?

    /// An error as the server reported it.
    public init(sqlState: String, message: String, detail: String? = nil, constraint: String? = nil) {
        self.sqlState = sqlState
        self.message = message
        self.detail = detail
        self.constraint = constraint
    }

    /// The code of a refusal for want of privileges (including row-level security).
    public static let insufficientPrivilege = "42501"
    /// The code of a unique violation.
    public static let uniqueViolation = "23505"
    /// The code of a foreign-key violation.
    public static let foreignKeyViolation = "23503"
    /// The code of a table that does not exist.
    public static let undefinedTable = "42P01"

    /// Whether the server refused for want of privileges.
    public var isRefusal: Bool { sqlState == Self.insufficientPrivilege }

    /// `MESSAGE (SQLSTATE CODE)`, with the detail after it when there is one.
    public var description: String {
        var text = "\(message) (SQLSTATE \(sqlState))"
        if let detail { text += ": \(detail)" }
        return text
    }
}
