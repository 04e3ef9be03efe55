/// One slot in a command's form: what the word in that place must be.
///
/// Forms drive parsing, usage lines, help and Tab completion alike, so the
/// three can never disagree.
public enum Param: Equatable, Sendable {
    /// A fixed word, such as `add` in `goal add TITLE`.
    case word(String)
    /// One of a list of words, named for the usage line (e.g. FIELD).
    case choice(String, [String])
    /// A goal number.
    case goal
    /// A whole number, named for the usage line.
    case number(String)
    /// A file path.
    case file
    /// One word, named for the usage line (e.g. ID, VALUE).
    case single(String)
    /// A value: one number, which may be written in groups of thousands
    /// (`39 000`), named for the usage line.
    case amount(String)
    /// The id of an indicator of the workspace.
    case indicator
    /// A checkpoint of the calendar: delår1, delår2, helår.
    case checkpoint
    /// A date (YYYY-MM-DD) or a checkpoint: when a value is for.
    case when
    /// A grade of the scale in use, for a forecast or (`result: true`) a result.
    case grade(result: Bool)
    /// The name of a grade scale, built-in or the workspace's own.
    case scale
    /// A day: `YYYY-MM-DD`, `31/8`, or a day and a month's name, with or without a year,
    /// typed as one word in quotes or as two or three words (`31 mars`).
    case date
    /// The name of a command.
    case commandName
    /// A text: one quoted word or every remaining word, named for the usage line.
    case text(String)
    /// An optional text at the end of a form.
    case optionalText(String)
    /// A text at the end of a form that Tab completes from a list,
    /// e.g. an activity status that may be two words.
    case phrase(String, [String])
    /// A named option the form takes, anywhere after the command's name.
    case option(OptionSpec)

    /// How the slot reads in a usage line.
    public var usage: String {
        switch self {
        case .word(let w): return w
        case .choice(_, let words) where words.count <= 4: return words.joined(separator: "|")
        case .choice(let name, _): return name
        case .goal: return "N"
        case .number(let name): return name
        case .file: return "FILE"
        case .single(let name): return name
        case .amount(let name): return name
        case .indicator: return "ID"
        case .checkpoint: return "CHECKPOINT"
        case .grade: return "GRADE"
        case .scale: return "NAME"
        case .date: return "DATE"
        case .when: return "DATE|CHECKPOINT"
        case .commandName: return "COMMAND"
        case .text(let name): return "\"\(name)\""
        case .optionalText(let name): return "[\"\(name)\"]"
        case .phrase(let name, _): return name
        case .option(let spec): return spec.usage
        }
    }

    /// Whether the slot is a named option rather than a place for a word.
    var isOption: Bool {
        if case .option = self { return true }
        return false
    }

    /// Whether the slot takes every remaining word.
    var takesRest: Bool {
        switch self {
        case .text, .optionalText, .phrase: return true
        default: return false
        }
    }
}
