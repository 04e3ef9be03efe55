import Foundation

/// Where a workspace lives in PostgreSQL: `postgresql://HOST/DB?workspace=NAME` (or
/// `postgres://…`).
///
/// Only the `workspace` query parameter is Målbild's; everything else is handed to libpq as
/// written, so its own conventions hold: `PGHOST`, `PGUSER` and the other environment
/// variables, service files, `~/.pgpass`, `sslmode` and the other TLS settings.
public struct PostgresAddress: Equatable, Sendable, CustomStringConvertible {
    /// The name of the workspace in the store.
    public var workspace: String
    /// The address without the `workspace` parameter, as libpq takes it.
    public var connectionURI: String
    /// The address as the user wrote it, without a password (in the user part or as a
    /// `password` parameter): for messages and prompts.
    public var displayName: String

    /// Whether a text is a PostgreSQL address at all (it starts with `postgresql://` or
    /// `postgres://`), so a caller can tell it from a file's path before parsing it.
    public static func isAddress(_ text: String) -> Bool {
        scheme(of: text) != nil
    }

    /// The address of a database as libpq takes it, whether or not the text names a workspace
    /// (for `malbild store init URL`): the `workspace` parameter is left out when there is one.
    ///
    /// - Throws: ``PostgresAddressError`` when the text is not a PostgreSQL address or its
    ///   `workspace` parameter is empty, repeated or badly escaped.
    public static func connectionURI(of text: String) throws(PostgresAddressError) -> String {
        do {
            return try PostgresAddress(text).connectionURI
        } catch .missingWorkspace {
            return text
        }
    }

    /// Parses an address.
    ///
    /// - Throws: ``PostgresAddressError``: not a PostgreSQL address, no `workspace`
    ///   parameter, an empty or repeated one, or a `%` escape that is not UTF-8.
    public init(_ text: String) throws(PostgresAddressError) {
        guard let scheme = Self.scheme(of: text) else { throw .notPostgres(text) }
        let afterScheme = text.dropFirst(scheme.count)
        var rest = Substring(afterScheme)
        var fragment = ""
        if let hash = rest.firstIndex(of: "#") {
            fragment = String(rest[hash...])
            rest = rest[..<hash]
        }
        var query: Substring = ""
        var hasQuery = false
        if let mark = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: mark)...]
            rest = rest[..<mark]
            hasQuery = true
        }
        var kept: [Substring] = []
        var shownParameters: [Substring] = []
        var workspace: String?
        if hasQuery {
            for parameter in query.split(separator: "&", omittingEmptySubsequences: true) {
                let key = parameter.split(separator: "=", maxSplits: 1).first.map(String.init) ?? ""
                if key == "workspace" {
                    guard workspace == nil else { throw .repeatedWorkspace(Self.hidingPassword(text)) }
                    let raw = parameter.dropFirst("workspace".count)
                    let value = raw.hasPrefix("=") ? raw.dropFirst() : raw
                    guard let decoded = String(value).replacingOccurrences(of: "+", with: " ").removingPercentEncoding else {
                        throw .badEscape(Self.hidingPassword(text))
                    }
                    workspace = decoded
                    shownParameters.append(parameter)
                } else {
                    kept.append(parameter)
                    if key != "password" { shownParameters.append(parameter) }
                }
            }
        }
        let shownBase = Self.hidingPassword(scheme + String(rest))
        guard let workspace else { throw .missingWorkspace(shownBase + (shownParameters.isEmpty ? "" : "?" + shownParameters.joined(separator: "&"))) }
        guard !workspace.isEmpty else { throw .emptyWorkspace(shownBase) }
        self.workspace = workspace
        self.connectionURI = scheme + rest + (kept.isEmpty ? "" : "?" + kept.joined(separator: "&")) + fragment
        self.displayName = shownBase + "?" + shownParameters.joined(separator: "&")
    }

    /// The display name.
    public var description: String { displayName }

    /// `postgresql://` or `postgres://` as written at the start of `text`, any letter case.
    private static func scheme(of text: String) -> String? {
        for scheme in ["postgresql://", "postgres://"] where text.lowercased().hasPrefix(scheme) {
            return String(text.prefix(scheme.count))
        }
        return nil
    }

    /// The address with the password of its user part (`user:secret@`) left out.
    private static func hidingPassword(_ text: String) -> String {
        guard let scheme = scheme(of: text) else { return text }
        let rest = text.dropFirst(scheme.count)
        let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
        let authority = rest[..<authorityEnd]
        guard let at = authority.lastIndex(of: "@") else { return text }
        let userInfo = authority[..<at]
        guard let colon = userInfo.firstIndex(of: ":") else { return text }
        return scheme + String(userInfo[..<colon]) + String(rest[at...])
    }
}
