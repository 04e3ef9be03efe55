/// Why a text is not a usable PostgreSQL address. Each case carries the address as shown
/// (without its password).
public enum PostgresAddressError: Error, Equatable, Sendable, CustomStringConvertible {
    /// It does not start with `postgresql://` or `postgres://`.
    case notPostgres(String)
    /// It names no workspace: the `workspace=NAME` parameter is missing.
    case missingWorkspace(String)
    /// The `workspace` parameter is empty.
    case emptyWorkspace(String)
    /// The `workspace` parameter is given more than once.
    case repeatedWorkspace(String)
    /// The workspace's name has a `%` escape that is not UTF-8.
    case badEscape(String)

    /// In English, for logs and tests; the shell words it in its own catalogue.
    public var description: String {
        switch self {
        case .notPostgres(let text): "\(text) is not a PostgreSQL address (postgresql://HOST/DATABASE?workspace=NAME)"
        case .missingWorkspace(let text): "\(text) names no workspace: add ?workspace=NAME"
        case .emptyWorkspace(let text): "\(text): the workspace name is empty"
        case .repeatedWorkspace(let text): "\(text) names the workspace more than once"
        case .badEscape(let text): "\(text): the workspace name has a %-escape that is not UTF-8"
        }
    }
}
