/// One command of the shell: its name, its forms, its help and what it does.
///
/// The command table is the single source for parsing, usage lines, help and
/// Tab completion.
public struct Command {
    /// The name typed, e.g. `goal`.
    public var name: String
    /// Other names that run the same command, e.g. `exit` for `quit`.
    public var aliases: [String]
    /// The forms the command takes; the first that fits is used.
    public var forms: [[Param]] {
        didSet { options = Self.options(of: forms) }
    }
    /// One line on what it does.
    public var summary: String {
        get { summaryText() }
        set { summaryText = { newValue } }
    }
    /// Makes ``summary`` when it is asked for: one made from the catalogue is not made
    /// while the table is built at start-up.
    private var summaryText: () -> String
    /// More on how it works, for `help COMMAND`.
    public var details: String
    /// Example lines.
    public var examples: [String]
    /// What running it does.
    public var run: (Session, Invocation) throws -> Void
    /// The values Tab offers for a text whose meaning depends on the words
    /// before it (`set kind` takes steering or supporting), given those words.
    public var suggest: ((Session, [String]) -> [String])?

    /// Creates a command.
    public init(
        name: String,
        aliases: [String] = [],
        forms: [[Param]],
        summary: @autoclosure @escaping () -> String,
        details: String = "",
        examples: [String] = [],
        suggest: ((Session, [String]) -> [String])? = nil,
        run: @escaping (Session, Invocation) throws -> Void
    ) {
        self.name = name
        self.aliases = aliases
        self.forms = forms
        self.options = Self.options(of: forms)
        self.summaryText = summary
        self.details = details
        self.examples = examples
        self.suggest = suggest
        self.run = run
    }

    /// The named options of all its forms, given anywhere after its name.
    /// Worked out once, when the forms are given, not each time a line is run.
    public private(set) var options: [OptionSpec]

    private static func options(of forms: [[Param]]) -> [OptionSpec] {
        var seen: [OptionSpec] = []
        for case .option(let spec) in forms.joined() where !seen.contains(where: { $0.name == spec.name }) {
            seen.append(spec)
        }
        return seen
    }

    /// The usage lines, one per form.
    public var usageLines: [String] {
        forms.map { form in ([name] + form.map(\.usage)).joined(separator: " ") }
    }
}
