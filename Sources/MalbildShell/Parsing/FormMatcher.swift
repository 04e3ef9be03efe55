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
        for (index, form) in forms.enumerated() {
            let slots = form.filter { !$0.isOption }
            if let values = fit(words, slots) {
                return Invocation(form: index, values: values, params: slots)
            }
        }
        return nil
    }

    private static func fit(_ words: [String], _ form: [Param]) -> [String?]? {
        var values: [String?] = []
        var i = 0
        for (slot, param) in form.enumerated() {
            if param.takesRest {
                guard slot == form.count - 1 else { return nil }
                let rest = Array(words[min(i, words.count)...])
                if rest.isEmpty {
                    if case .optionalText = param { values.append(nil); return values }
                    return nil
                }
                values.append(rest.count == 1 ? rest[0] : rest.joined(separator: " "))
                return values
            }
            guard i < words.count else { return nil }
            let w = words[i]
            switch param {
            case .word(let fixed):
                guard w.lowercased() == fixed else { return nil }
            case .choice(_, let options):
                guard let found = options.first(where: { $0.lowercased() == w.lowercased() }) else { return nil }
                values.append(found)
                i += 1
                continue
            case .goal, .number:
                guard FormMatcher.smallNumber(w) != nil else { return nil }
            case .file, .text, .optionalText, .commandName, .phrase, .option, .single, .indicator, .checkpoint, .grade, .when:
                break
            }
            values.append(w)
            i += 1
        }
        return i == words.count ? values : nil
    }

    /// The candidates for the next word, given the words already complete.
    static func nextParams(after words: [String], forms: [[Param]]) -> [Param] {
        var result: [Param] = []
        for form in forms.map({ $0.filter { !$0.isOption } }) {
            var i = 0
            var fits = true
            while i < words.count {
                guard i < form.count else { fits = false; break }
                let p = form[i]
                if p.takesRest { fits = false; break }
                switch p {
                case .word(let fixed): fits = words[i].lowercased() == fixed
                case .choice(_, let options): fits = options.contains { $0.lowercased() == words[i].lowercased() }
                case .goal, .number: fits = FormMatcher.smallNumber(words[i]) != nil
                default: fits = true
                }
                if !fits { break }
                i += 1
            }
            if fits, i < form.count { result.append(form[i]) }
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
                    problem = t(.wordMissing, param.usage)
                    break
                }
                let w = words[i]
                switch param {
                case .word(let fixed) where w.lowercased() != fixed:
                    problem = t(.wordDoesNotFit, w)
                case .choice(_, let options) where !options.contains(where: { $0.lowercased() == w.lowercased() }):
                    problem = t(.wordNotOneOf, w, options.joined(separator: ", "))
                    if let near = options.min(by: { CommandTable.distance(w.lowercased(), $0) < CommandTable.distance(w.lowercased(), $1) }),
                       CommandTable.distance(w.lowercased(), near) <= 2 {
                        problem = (problem ?? "") + t(.didYouMeanWord, near)
                    }
                    listsChoices = true
                case .goal where smallNumber(w) == nil:
                    problem = Int(w) == nil ? t(.wordNotAGoalNumber, w) : t(.numberOutOfRange, w, "N")
                case .number(let name) where smallNumber(w) == nil:
                    problem = Int(w) == nil ? t(.wordNotANumber, w, name) : t(.numberOutOfRange, w, name)
                default:
                    break
                }
                if problem != nil { break }
                i += 1
            }
            if problem == nil, i < words.count { problem = t(.wordTooMany, words[i]) }
            guard let problem else { continue }
            let score = 2 * i + (listsChoices ? 1 : 0)
            if score > (best?.score ?? -1) { best = (score, problem) }
        }
        return best?.problem
    }
}
