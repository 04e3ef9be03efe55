import MalbildCore

/// Matches the words after a command name against the command's forms.
enum FormMatcher {
    /// A number typed for a goal or a list position: 0 to 999999, so that
    /// arithmetic on it can never overflow.
    static func smallNumber(_ word: String) -> Int? {
        guard let n = Int(word), (0...999_999).contains(n) else { return nil }
        return n
    }

    /// The first form the words fit, or nil when none does.
    static func match(_ words: [String], forms: [[Param]]) -> Invocation? {
        match(words.map { Token(text: $0, quoted: false, offset: 0) }, forms: forms)
    }

    /// The first form the words fit, or nil when none does. A text that takes
    /// the rest of the line is the words as typed (see ``Token/joined(_:)``).
    static func match(_ words: [Token], forms: [[Param]]) -> Invocation? {
        var values: [String?] = []
        values.reserveCapacity(8)
        for (index, form) in forms.enumerated() {
            // Most forms have no options: they are their own slots, not copied.
            let slots = form.contains(where: \.isOption) ? form.filter { !$0.isOption } : form
            values.removeAll(keepingCapacity: true)
            if fit(words[...], slots[...], into: &values) {
                return Invocation(form: index, values: values, params: slots)
            }
        }
        return nil
    }

    /// Fits the words to the slots, trying a date phrase (`31 april`) for a
    /// date and a number written in groups of thousands (`39 000`) for a
    /// value before one word each. The slots' values are added to `values`;
    /// when the words do not fit, `values` is left as it was.
    private static func fit(_ words: ArraySlice<Token>, _ form: ArraySlice<Param>, into values: inout [String?]) -> Bool {
        guard let param = form.first else { return words.isEmpty }
        let rest = form.dropFirst()
        if param.takesRest {
            guard rest.isEmpty else { return false }
            if words.isEmpty {
                if case .optionalText = param {
                    values.append(nil)
                    return true
                }
                return false
            }
            values.append(Token.joined(words))
            return true
        }
        guard let w = words.first else { return false }
        switch param {
        case .word(let fixed):
            // `lägg till` is `add`: the command is given the English word.
            guard let used = CommandWords.spelled(fixed, by: words) else { return false }
            return fit(words.dropFirst(used), rest, taking: fixed, into: &values)
        case .choice(_, let options):
            guard let (found, used) = CommandWords.choice(options, by: words) else { return false }
            return fit(words.dropFirst(used), rest, taking: found, into: &values)
        case .goal:
            guard GoalNumber(w.text) != nil else { return false }
        case .number:
            guard FormMatcher.smallNumber(w.text) != nil else { return false }
        case .when, .date:
            // A year after a day and month is the date's year, never the value:
            // `30 april 2019` with the value forgotten is refused, not read as 2019.
            let withYear = words.count >= 3 && isDatePhrase(Array(words.prefix(3)))
            for length in withYear ? [3] : [2] where words.count >= length {
                let phrase = Array(words.prefix(length))
                if isDatePhrase(phrase),
                   fit(words.dropFirst(length), rest, taking: phrase.map(\.text).joined(separator: " "), into: &values) {
                    return true
                }
            }
            if withYear { return false }
        case .amount:
            var groups = 1
            while groups < words.count, isThousands(words[words.startIndex + groups]) { groups += 1 }
            if groups > 1, isNumberStart(w) {
                for length in stride(from: groups, to: 1, by: -1) {
                    let number = words.prefix(length).map(\.text).joined(separator: " ")
                    if fit(words.dropFirst(length), rest, taking: number, into: &values) { return true }
                }
            }
        case .file, .text, .optionalText, .commandName, .phrase, .option, .single, .indicator, .checkpoint, .grade, .scale:
            break
        }
        return fit(words.dropFirst(), rest, taking: w.text, into: &values)
    }

    /// Fits the words to the slots after one that takes `value`: `value` and their values
    /// are added to `values`, or nothing when they do not fit.
    private static func fit(_ words: ArraySlice<Token>, _ form: ArraySlice<Param>, taking value: String,
                            into values: inout [String?]) -> Bool {
        let mark = values.count
        values.append(value)
        if fit(words, form, into: &values) { return true }
        values.removeSubrange(mark...)
        return false
    }

    /// How many words a slot takes at a place when it is judged for a
    /// message: a date phrase or a number in groups of thousands is one value.
    private static func width(of param: Param, at i: Int, in words: [String]) -> Int {
        let tokens = words[i...].prefix(3).map { Token(text: $0, quoted: false, offset: 0) }
        switch param {
        case .word(let fixed):
            return CommandWords.spelled(fixed, by: tokens[...]) ?? 1
        case .choice(_, let options):
            return CommandWords.choice(options, by: tokens[...])?.1 ?? 1
        case .when, .date:
            if tokens.count == 3, isDatePhrase(tokens) { return 3 }
            if tokens.count >= 2, isDatePhrase(Array(tokens.prefix(2))) { return 2 }
        case .amount:
            guard let first = tokens.first, isNumberStart(first) else { return 1 }
            var n = 1
            while i + n < words.count, isThousands(Token(text: words[i + n], quoted: false, offset: 0)) { n += 1 }
            return n
        default:
            break
        }
        return 1
    }

    /// A day and a month name, perhaps with a year, typed without quotes.
    private static func isDatePhrase(_ words: [Token]) -> Bool {
        guard words.count >= 2, !words.contains(where: \.quoted),
              words[0].text.count <= 2, Int(words[0].text) != nil,
              Day.isMonthName(words[1].text.lowercased())
        else { return false }
        return words.count == 2 || (words[2].text.count == 4 && Int(words[2].text) != nil)
    }

    private static func isDigit(_ c: Character) -> Bool {
        ("0"..."9").contains(c)
    }

    /// The first group of a number written with blanks between thousands: 1 to 3 digits.
    private static func isNumberStart(_ word: Token) -> Bool {
        let digits = word.text.hasPrefix("-") ? word.text.dropFirst() : Substring(word.text)
        return !word.quoted && (1...3).contains(digits.count) && digits.allSatisfy(isDigit)
    }

    /// A later group of thousands: exactly three digits, perhaps with decimals (`000,5`).
    private static func isThousands(_ word: Token) -> Bool {
        let whole = word.text.prefix { $0 != "," && $0 != "." }
        let fraction = word.text.dropFirst(whole.count).dropFirst()
        return !word.quoted && whole.count == 3 && whole.allSatisfy(isDigit) && fraction.allSatisfy(isDigit)
    }

    /// The candidates for the next word, given the words already complete.
    static func nextParams(after words: [String], forms: [[Param]]) -> [Param] {
        var result: [Param] = []
        for form in forms.map({ $0.filter { !$0.isOption } }) {
            let tokens = words.map { Token(text: $0, quoted: false, offset: 0) }
            var i = 0
            var slot = 0
            var fits = true
            while i < words.count {
                guard slot < form.count else { fits = false; break }
                let p = form[slot]
                if p.takesRest { fits = false; break }
                var used = 1
                switch p {
                case .word(let fixed):
                    used = CommandWords.spelled(fixed, by: tokens[i...]) ?? 0
                    fits = used > 0
                case .choice(_, let options):
                    used = CommandWords.choice(options, by: tokens[i...])?.1 ?? 0
                    fits = used > 0
                case .goal: fits = GoalNumber(words[i]) != nil
                case .number: fits = FormMatcher.smallNumber(words[i]) != nil
                default: fits = true
                }
                if !fits { break }
                i += used
                slot += 1
            }
            if fits, slot < form.count { result.append(form[slot]) }
        }
        return result
    }
}

extension FormMatcher {
    /// Says which word does not fit, judged against the form that fits the
    /// longest run of words: `"maybe" is not one of yes, no, unknown`.
    static func problem(with words: [String], forms: [[Param]], t: Catalogue = .english) -> String? {
        // The form that fits most words wins; on a tie, the one that can
        // list what would have fitted.
        var best: (score: Int, problem: String)?
        let tokens = words.map { Token(text: $0, quoted: false, offset: 0) }
        for form in forms.map({ $0.filter { !$0.isOption } }) {
            var i = 0
            var problem: String?
            var listsChoices = false
            for param in form {
                if param.takesRest {
                    if i >= words.count, case .text(let name) = param { problem = t(.wordMissing, name) }
                    i = words.count
                    break
                }
                guard i < words.count else {
                    problem = t(.wordMissing, t.usage(param))
                    break
                }
                let w = words[i]
                switch param {
                case .word(let fixed) where CommandWords.spelled(fixed, by: tokens[i...]) == nil:
                    problem = t(.wordDoesNotFit, w)
                case .choice(_, let options) where CommandWords.choice(options, by: tokens[i...]) == nil:
                    problem = t(.wordNotOneOf, w, CommandWords.offered(options, in: t.language).joined(separator: ", "))
                    if let near = CommandWords.offered(options, in: t.language).min(by: { CommandTable.distance(w.lowercased(), $0) < CommandTable.distance(w.lowercased(), $1) }),
                       CommandTable.distance(w.lowercased(), near) <= 2 {
                        problem = (problem ?? "") + t(.didYouMeanWord, near)
                    }
                    listsChoices = true
                case .goal where GoalNumber(w) == nil:
                    problem = Int(w) == nil ? t(.wordNotAGoalNumber, w) : t(.notAGoalPath, w)
                case .number(let name) where smallNumber(w) == nil:
                    problem = Int(w) == nil ? t(.wordNotANumber, w, name) : t(.numberOutOfRange, w, name)
                default:
                    break
                }
                if problem != nil { break }
                i += width(of: param, at: i, in: words)
            }
            if problem == nil, i < words.count { problem = t(.wordTooMany, words[i]) }
            guard let problem else { continue }
            let score = 2 * i + (listsChoices ? 1 : 0)
            if score > (best?.score ?? -1) { best = (score, problem) }
        }
        return best?.problem
    }
}
