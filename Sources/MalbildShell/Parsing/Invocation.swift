import MalbildCore

/// A command line matched against one of its command's forms.
public struct Invocation: Sendable {
    /// The index of the matched form in the command's list.
    public var form: Int
    /// The words given for each slot of the form, in order; a missing optional text is nil.
    public var values: [String?]
    /// The slots of the matched form.
    public var params: [Param]
    /// The options given, by name; a flag's value is the empty string.
    public var options: [String: [String]] = [:]

    /// The last value given for an option.
    public func option(_ name: String) -> String? {
        options[name]?.last
    }

    /// Whether a flag or option was given.
    public func flag(_ name: String) -> Bool {
        options[name] != nil
    }

    /// The word given for the first slot with a name (choice, number, text).
    public func value(_ name: String) -> String? {
        for (i, p) in params.enumerated() {
            switch p {
            case .choice(let n, _) where n == name, .number(let n) where n == name,
                 .text(let n) where n == name, .optionalText(let n) where n == name,
                 .phrase(let n, _) where n == name, .single(let n) where n == name,
                 .amount(let n) where n == name:
                return values[i]
            default: continue
            }
        }
        return nil
    }

    /// The goal number given, if the form has a goal slot.
    public var goal: GoalNumber? {
        guard let i = params.firstIndex(of: .goal), let v = values[i] else { return nil }
        return GoalNumber(v)
    }

    /// The indicator id given, if the form has an indicator slot.
    public var indicator: String? {
        guard let i = params.firstIndex(of: .indicator) else { return nil }
        return values[i]
    }

    /// The grade given, if the form has a grade slot.
    public var grade: String? {
        guard let i = params.firstIndex(where: { if case .grade = $0 { return true } else { return false } }) else { return nil }
        return values[i]
    }

    /// The day given, if the form has a date slot: as typed, a date phrase's words joined.
    public var date: String? {
        guard let i = params.firstIndex(of: .date) else { return nil }
        return values[i]
    }

    /// The scale's name given, if the form has a scale slot.
    public var scale: String? {
        guard let i = params.firstIndex(of: .scale) else { return nil }
        return values[i]
    }

    /// The date or checkpoint given, if the form has such a slot.
    public var when: String? {
        guard let i = params.firstIndex(of: .when) else { return nil }
        return values[i]
    }

    /// The checkpoint given, if the form has a checkpoint slot.
    public var checkpoint: String? {
        guard let i = params.firstIndex(of: .checkpoint) else { return nil }
        return values[i]
    }

    /// The file given, if the form has a file slot.
    public var file: String? {
        guard let i = params.firstIndex(of: .file) else { return nil }
        return values[i]
    }

    /// Whether the form holds a fixed word, e.g. `has("add")`.
    public func has(_ word: String) -> Bool {
        params.contains(.word(word))
    }
}
