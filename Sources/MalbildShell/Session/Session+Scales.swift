import MalbildCore

extension Session {
    /// A scale by the name typed: the workspace's own first, then a built-in one by its name in
    /// either language (`tre` is `three`).
    func scaleNamed(_ name: String) -> GradeScale? {
        workspace.scale(named: name) ?? workspace.scale(named: CommandWords.englishWord(name))
    }

    /// The meanings a grade of one's own may have, as typed.
    static let meaningWords: [(String, Fulfilment)] = [
        ("met", .met), ("partly", .partly), ("not-met", .notMet), ("not-assessable", .notAssessed),
        ("uppfyllt", .met), ("delvis", .partly), ("ej-uppfyllt", .notMet), ("ej-bedömbart", .notAssessed),
    ]

    /// `scale add NAME ["SUMMARY"]`: a scale of the workspace's own, without grades yet.
    func addScale(_ name: String, summary: String) throws {
        if let existing = scaleNamed(name) {
            throw existing.isBuiltIn ? EditError.builtInScale(existing.name) : failure(.calScaleExists, existing.name)
        }
        try perform(.setOwnScale(name: name, scale: .own(name: name, summary: summary, grades: [])))
        say(.calScaleAdded, name)
    }

    /// `scale grade NAME SYMBOL MEANING "WORDS" [--threshold PERCENT]`: one more grade,
    /// after the ones there are (best first).
    func addScaleGrade(_ name: String, symbol: String, meaning: String, words: String, threshold: String?) throws {
        let scale = try ownScale(name)
        guard let fulfilment = Self.meaningWords.first(where: { $0.0 == meaning.lowercased() })?.1 else {
            throw failure(.calNotAMeaning, meaning)
        }
        let share = try threshold.map { text -> Double in
            let digits = text.hasSuffix("%") ? String(text.dropLast()) : text
            guard let percent = Number.read(digits), percent.isFinite else { throw failure(.calNotAThreshold, text) }
            return percent / 100
        }
        let grade = Grade(words: words, fulfilment: fulfilment, symbol: symbol, threshold: share)
        let changed = GradeScale.own(name: scale.name, summary: scale.summary, grades: scale.ownGrades + [grade])
        try perform(.setOwnScale(name: scale.name, scale: changed))
        say(.calGradeAdded, scale.name, ScaleText.grade(grade, color: console.useColor, t: t))
    }

    /// `scale show NAME`.
    func showScale(_ name: String) throws {
        guard let scale = scaleNamed(name) else { throw noSuchScale(name) }
        say(ScaleText.detail(scale, current: workspace.scale, color: console.useColor, t: t))
    }

    /// `scale remove NAME`.
    func removeScale(_ name: String) throws {
        let scale = try ownScale(name)
        try perform(.setOwnScale(name: scale.name, scale: nil))
        say(.calScaleRemoved, scale.name)
    }

    /// `scale use NAME`.
    func useScale(_ name: String) throws {
        guard let scale = scaleNamed(name) else { throw noSuchScale(name) }
        try perform(.setScale(name: scale.name))
    }

    private func ownScale(_ name: String) throws -> GradeScale {
        guard let scale = scaleNamed(name) else { throw noSuchScale(name) }
        if scale.isBuiltIn { throw EditError.builtInScale(scale.name) }
        return scale
    }

    private func noSuchScale(_ name: String) -> ShellError {
        failure(.calNoSuchScale, name, workspace.scales.map(\.name).joined(separator: ", "))
    }
}
