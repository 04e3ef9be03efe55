/// PostgreSQL's client library, libpq, cannot be loaded (its package is not installed, or
/// it is too old to have a function used): no PostgreSQL address can be used.
public struct PostgresClientMissing: Error, Equatable, Sendable, CustomStringConvertible {
    /// The library's file name, as looked up (`libpq.so.5`).
    public var library: String
    /// The Debian package that installs it (`libpq5`).
    public var package: String
    /// What the dynamic loader said.
    public var detail: String

    /// A library that could not be loaded, with the loader's words.
    public init(library: String, package: String, detail: String) {
        self.library = library
        self.package = package
        self.detail = detail
    }

    /// In English, for logs and tests; the shell words it in its own catalogue.
    public var description: String {
        "PostgreSQL's client library \(library) cannot be loaded (install the package \(package)): \(detail)"
    }
}
