import MalbildCore

extension Session {
    /// The goal holding an indicator, and the indicator, or an error naming the known ids.
    func indicator(_ id: String) throws -> (goal: Goal, indicator: Indicator) {
        if let goal = workspace.indicatorOwner(id), let indicator = goal.indicator(id) {
            return (goal, indicator)
        }
        let known = workspace.goals.flatMap { $0.indicators.map(\.id) }
        let list = known.isEmpty ? t(.noIndicatorsYetAdd) : t(.theIndicatorsAre, known.joined(separator: ", "))
        throw failure(.noSuchIndicatorID, id, list)
    }

    /// A baseline or target period: a year or a checkpoint id.
    func period(_ text: String) throws -> Period {
        if text.count == 4, let year = Int(text) { return .year(year) }
        if isPlanPeriod(text) { return .plan }
        if let checkpoint = workspace.calendar.checkpoint(text) { return .checkpoint(checkpoint.id) }
        let years = workspace.planYears
        let plan = years.count > 1 ? "\(years.lowerBound)-\(years.upperBound)" : "\(years.lowerBound)"
        throw failure(.calNotAPeriod, text, checkpointList, plan, years.lowerBound)
    }

    /// The day a value is for: a checkpoint's day, or a date (checked).
    func when(_ text: String) throws -> (day: Day, checkpoint: String?) {
        if let checkpoint = workspace.calendar.checkpoint(text) { return (checkpoint.day, checkpoint.id) }
        let day: Day
        do {
            day = try Day(parsing: text, year: workspace.planYear)
        } catch {
            throw failure(.orGiveCheckpoint, t.describe(error), checkpointList)
        }
        try requireYear(text, day: day, given: nil)
        return (day, nil)
    }

    /// A number typed with a decimal point or comma.
    func number(_ text: String, what: String) throws -> Double {
        guard let value = Number.read(text) else {
            throw failure(.notANumber, text, what)
        }
        guard Number.isAllowed(value) else { throw failure(.valueTooLarge, text, what) }
        return value
    }

    /// The checkpoint currently chosen.
    var currentCheckpoint: Checkpoint? {
        workspace.calendar.checkpoint(checkpoint)
    }

    var checkpointList: String {
        workspace.calendar.checkpoints.map(\.id).joined(separator: ", ")
    }

    /// A grade of the scale in use, typed as its words (hyphens for blanks) or its number.
    func grade(_ text: String, result: Bool) throws -> Grade {
        let scale = workspace.scale
        let words = text.first == "-" ? text : text.replacingOccurrences(of: "-", with: " ")
        if let grade = result ? scale.resultGrade(words) : scale.forecastGrade(words) { return grade }
        let grades = result ? scale.resultGrades : scale.forecastGrades
        // What a grade means, in words of either language (`partly`, `delvis`): the one grade
        // of the scale that means it.
        let meaning = text.lowercased().replacingOccurrences(of: " ", with: "-")
        if let fulfilment = Self.meaningWords.first(where: { $0.0 == meaning })?.1 {
            let meant = grades.filter { $0.fulfilment == fulfilment }
            if meant.count == 1, let grade = meant.first { return grade }
        }
        let list = grades.enumerated().map { "\($0.offset + 1) \($0.element.words)" }.joined(separator: ", ")
        if !scale.isBuiltIn { throw failure(.calNotAGradeOfOwnScale, text, scale.name, list) }
        throw failure(result ? .notAResultGrade : .notAForecastGrade, text, t.scaleName(scale.name), list)
    }

    /// A grade typed as the first words of a line, with the text after it:
    /// `uppfylls delvis Webben ligger efter` is the grade "uppfylls delvis"
    /// and the text "Webben ligger efter", not the grade "uppfylls".
    func grade(_ first: String, then rest: String, result: Bool) throws -> (Grade, String) {
        let scale = workspace.scale
        let grades = (result ? scale.resultGrades : scale.forecastGrades).sorted { $0.words.count > $1.words.count }
        let line = (first + " " + rest).lowercased()
        for grade in grades where grade.words.contains(" ") && (line == grade.words || line.hasPrefix(grade.words + " ")) {
            let text = String((first + " " + rest).dropFirst(min(line.count, grade.words.count + 1)))
            return (grade, text.hasPrefix("\"") && text.hasSuffix("\"") && text.count >= 2 ? String(text.dropFirst().dropLast()) : text)
        }
        return (try grade(first, result: result), rest)
    }

    /// Grade words to type in a command: blanks as hyphens.
    func gradeWords(result: Bool) -> [String] {
        let scale = workspace.scale
        return (result ? scale.resultGrades : scale.forecastGrades).map { $0.words.replacingOccurrences(of: " ", with: "-") }
    }
}
