/// A named option a command takes, such as `--unit "%"` or `--strict`.
public struct OptionSpec: Equatable, Sendable {
    /// The name without dashes, e.g. `unit`.
    public var name: String
    /// The value's name in usage lines, or nil for a flag without a value.
    public var value: String?
    /// Values offered by Tab completion.
    public var suggestions: [String]

    /// Creates an option.
    public init(_ name: String, value: String? = nil, suggestions: [String] = []) {
        self.name = name
        self.value = value
        self.suggestions = suggestions
    }

    /// How the option reads in a usage line: `[--unit UNIT]`.
    public var usage: String {
        "[--\(name)" + (value.map { " \($0)" } ?? "") + "]"
    }
}
