import MalbildCore

/// The sentences the log held before it kept changes as values (formats 1 to
/// 4 and journals of that time): each known shape is read once, when a file or
/// journal is read, into the ``LogChange`` it says. A sentence of no known
/// shape stays ``LogChange/writtenBefore(_:)``, shown as it was written.
public enum OldLogSentences {
    /// The change an old sentence says, or `.writtenBefore` with the sentence.
    public static func change(_ sentence: String) -> LogChange {
        read(sentence) ?? .writtenBefore(sentence)
    }

    /// A log entry with its old sentence, if it has one, read into a value,
    /// and its before and after with it where the change says what they are
    /// (a status, a kind, a verdict, "none").
    public static func upgrade(_ entry: LogEntry) -> LogEntry {
        guard case .writtenBefore(let sentence) = entry.change else { return entry }
        var upgraded = entry
        upgraded.change = change(sentence)
        upgraded.before = entry.before.map { value($0, of: upgraded.change) }
        upgraded.after = entry.after.map { value($0, of: upgraded.change) }
        return upgraded
    }

    /// An old before or after text as the value the change says it is; any
    /// other text stays as written.
    private static func value(_ old: ChangeValue, of change: LogChange) -> ChangeValue {
        guard case .text(let text) = old else { return old }
        switch change {
        case .undid(let step), .redid(let step): return value(old, of: step)
        case .edit(.setStatus): return AmbitionStatus(rawValue: text).map(ChangeValue.status) ?? old
        case .edit(.setKind): return GoalKind(rawValue: text).map(ChangeValue.kind) ?? old
        case .edit(.judged):
            let parts = text.split(separator: ":", maxSplits: 1)
            guard let first = parts.first, let verdict = Verdict(rawValue: String(first)) else { return old }
            let justification = parts.count > 1 ? String(parts[1].dropFirst(parts[1].hasPrefix(" ") ? 1 : 0)) : ""
            return .verdict(verdict, justification: justification)
        case .edit(.movedToArea), .edit(.tookOutOfArea):
            if text == "none" { return .nothing }
            return Int(text).map(ChangeValue.number) ?? old
        case .edit(.setOwner):
            return text == "none" ? .nothing : old
        default:
            return old
        }
    }

    private static func read(_ sentence: String) -> LogChange? {
        for (prefix, make) in [("undid: ", LogChange.undid), ("redid: ", LogChange.redid)] where sentence.hasPrefix(prefix) {
            return read(String(sentence.dropFirst(prefix.count))).map(make)
        }
        for shape in steps {
            if let values = match(sentence, shape.template), let change = shape.make(values) { return change }
        }
        for shape in edits {
            if let values = match(sentence, shape.template), let summary = shape.make(values) { return .edit(summary) }
        }
        return nil
    }

    private typealias Values = [String]

    /// Steps named by their command rather than by an edit.
    private static let steps: [(template: String, make: @Sendable (Values) -> LogChange?)] = [
        ("imported {} Kolada values from {}", { v in Int(v[0]).map { .importedKolada(count: $0, paths: v[1].components(separatedBy: ", ")) } }),
        ("imported {} Kolada value from {}", { v in Int(v[0]).map { .importedKolada(count: $0, paths: v[1].components(separatedBy: ", ")) } }),
        ("imported {} values from {}", { v in Int(v[0]).map { .importedValues(count: $0, path: v[1]) } }),
        ("imported {} value from {}", { v in Int(v[0]).map { .importedValues(count: $0, path: v[1]) } }),
        ("accepted Kolada's title of {}", { v in .acceptedKoladaTitle(kpi: v[0]) }),
        ("read the decision from {}", { v in .readDecision(file: v[0]) }),
    ]

    /// The summaries edits had, most specific first.
    private static let edits: [(template: String, make: @Sendable (Values) -> EditSummary?)] = [
        ("set the title of goal {}", { v in goal(v[0]).map { .setTitle(goal: $0) } }),
        ("set the ambition level of goal {}", { v in goal(v[0]).map { .setAmbition(goal: $0) } }),
        ("made goal {} {}", { v in both(goal(v[0]), GoalKind(rawValue: v[1])).map { .setKind(goal: $0, kind: $1) } }),
        ("moved goal {} to area {}", { v in both(goal(v[0]), int(v[1])).map { .movedToArea(goal: $0, area: $1) } }),
        ("took goal {} out of its area", { v in goal(v[0]).map { .tookOutOfArea(goal: $0) } }),
        ("set the status of goal {} to {}", { v in both(goal(v[0]), AmbitionStatus(rawValue: v[1])).map { .setStatus(goal: $0, status: $1) } }),
        ("took the wording of goal {} as decided", { v in goal(v[0]).map { .tookAsDecided(goal: $0) } }),
        ("kept the decided wording of goal {}", { v in goal(v[0]).map { .keptDecided(goal: $0) } }),
        ("judged goal {} {}: {}", { v in
            guard let g = goal(v[0]), let c = Criterion(rawValue: v[1]), let verdict = Verdict(rawValue: v[2]) else { return nil }
            return .judged(goal: g, criterion: c, verdict: verdict)
        }),
        ("added strategy {} to goal {}", { v in both(goal(v[1]), int(v[0])).map { .addedStrategy(goal: $0, number: $1) } }),
        ("removed strategy {} from goal {}", { v in both(goal(v[1]), int(v[0])).map { .removedStrategy(goal: $0, number: $1) } }),
        ("added steering document {} to goal {}", { v in both(goal(v[1]), int(v[0])).map { .addedDocument(goal: $0, number: $1) } }),
        ("removed steering document {} from goal {}", { v in both(goal(v[1]), int(v[0])).map { .removedDocument(goal: $0, number: $1) } }),
        ("added a note to the workspace", { _ in .addedNote(goal: nil) }),
        ("added a note to goal {}", { v in goal(v[0]).map { .addedNote(goal: $0) } }),
        ("removed a note from the workspace", { _ in .removedNote(goal: nil) }),
        ("removed a note from goal {}", { v in goal(v[0]).map { .removedNote(goal: $0) } }),
        ("added goal {}", { v in goal(v[0]).map { .addedGoal(goal: $0) } }),
        ("removed goal {}", { v in goal(v[0]).map { .removedGoal(goal: $0) } }),
        ("added area {}", { v in int(v[0]).map { .addedArea(area: $0) } }),
        ("removed area {}", { v in int(v[0]).map { .removedArea(area: $0) } }),
        ("renamed area {}", { v in int(v[0]).map { .renamedArea(area: $0) } }),
        ("added indicator {} to goal {}", { v in goal(v[1]).map { .addedIndicator(goal: $0, indicator: v[0]) } }),
        ("removed indicator {} from goal {}", { v in goal(v[1]).map { .removedIndicator(goal: $0, indicator: v[0]) } }),
        ("cleared the baseline of {} (goal {})", { v in goal(v[1]).map { .setBaseline(goal: $0, indicator: v[0], cleared: true) } }),
        ("set the baseline of {} (goal {})", { v in goal(v[1]).map { .setBaseline(goal: $0, indicator: v[0], cleared: false) } }),
        ("cleared the target of {} (goal {})", { v in goal(v[1]).map { .setTarget(goal: $0, indicator: v[0], cleared: true) } }),
        ("set the target of {} (goal {})", { v in goal(v[1]).map { .setTarget(goal: $0, indicator: v[0], cleared: false) } }),
        ("recorded the value of {} for {} (goal {})", { v in
            both(goal(v[2]), try? Day(parsing: v[1])).map { .recordedValue(goal: $0, indicator: v[0], day: $1, corrected: false) }
        }),
        ("corrected the value of {} for {} (goal {})", { v in
            both(goal(v[2]), try? Day(parsing: v[1])).map { .recordedValue(goal: $0, indicator: v[0], day: $1, corrected: true) }
        }),
        ("removed a value of {} (goal {})", { v in goal(v[1]).map { .removedValue(goal: $0, indicator: v[0]) } }),
        ("cleared the owner of goal {}", { v in goal(v[0]).map { .setOwner(goal: $0, cleared: true) } }),
        ("set the owner of goal {}", { v in goal(v[0]).map { .setOwner(goal: $0, cleared: false) } }),
        ("corrected the indicator {} (goal {})", { v in goal(v[1]).map { .correctedIndicator(goal: $0, indicator: v[0]) } }),
        ("resumed the series {} (goal {})", { v in goal(v[1]).map { .discontinued(goal: $0, indicator: v[0], resumed: true) } }),
        ("discontinued the series {} (goal {})", { v in goal(v[1]).map { .discontinued(goal: $0, indicator: v[0], resumed: false) } }),
        ("cleared the assessment of goal {} at {}", { v in goal(v[0]).map { .assessed(goal: $0, checkpoint: v[1], cleared: true) } }),
        ("assessed goal {} at {}", { v in goal(v[0]).map { .assessed(goal: $0, checkpoint: v[1], cleared: false) } }),
        ("cleared the forecast of goal {} at {}", { v in goal(v[0]).map { .setForecast(goal: $0, checkpoint: v[1], grade: nil) } }),
        ("set the forecast of goal {} at {} to {}", { v in goal(v[0]).map { .setForecast(goal: $0, checkpoint: v[1], grade: v[2]) } }),
        ("cleared the result of goal {}", { v in goal(v[0]).map { .setResult(goal: $0, grade: nil) } }),
        ("set the result of goal {} to {}", { v in goal(v[0]).map { .setResult(goal: $0, grade: v[1]) } }),
        ("added activity {} to goal {}", { v in both(goal(v[1]), int(v[0])).map { .addedActivity(goal: $0, number: $1) } }),
        ("removed activity {} from goal {}", { v in both(goal(v[1]), int(v[0])).map { .removedActivity(goal: $0, number: $1) } }),
        ("set activity {} of goal {} to {}", { v in
            guard let n = int(v[0]), let g = goal(v[1]), let s = ActivityStatus(rawValue: v[2]) else { return nil }
            return .setActivityStatus(goal: g, number: n, status: s)
        }),
        ("chose the {} grade scale", { v in .choseScale(name: v[0]) }),
        ("removed the last log entry", { _ in .removedLastLog }),
        ("set the workspace's {}", { v in InfoField(rawValue: v[0]).map { .setInfo(field: $0) } }),
        ("added {} {} to the workspace", { v in both(InfoList(rawValue: v[0]), int(v[1])).map { .addedInfo(list: $0, number: $1) } }),
        ("removed {} {} from the workspace", { v in both(InfoList(rawValue: v[0]), int(v[1])).map { .removedInfo(list: $0, number: $1) } }),
        ("added step {} to the decision path", { v in int(v[0]).map { .addedStep(number: $0) } }),
        ("removed step {} from the decision path", { v in int(v[0]).map { .removedStep(number: $0) } }),
        ("cleared what is kept from Kolada", { _ in .koladaRecord(cleared: true) }),
        ("updated what is kept from Kolada", { _ in .koladaRecord(cleared: false) }),
    ]

    private static func goal(_ text: String) -> GoalNumber? {
        GoalNumber(text)
    }

    private static func int(_ text: String) -> Int? {
        Int(text)
    }

    private static func both<A, B>(_ a: A?, _ b: B?) -> (A, B)? {
        guard let a, let b else { return nil }
        return (a, b)
    }

    /// The texts in the holes (`{}`) of a template, when the sentence has its
    /// shape: each hole takes the shortest text up to the words after it, the
    /// last one the rest before the template's end. Nil when it does not fit.
    static func match(_ sentence: String, _ template: String) -> [String]? {
        let literals = template.components(separatedBy: "{}")
        if literals.count == 1 { return sentence == template ? [] : nil }
        guard let first = literals.first, let last = literals.last, sentence.hasPrefix(first), sentence.hasSuffix(last),
              sentence.count > first.count + last.count else { return nil }
        let body = sentence.dropFirst(first.count).dropLast(last.count)
        var rest = Substring(body)
        var values: [String] = []
        for literal in literals.dropFirst().dropLast() {
            guard let found = rest.range(of: literal), found.lowerBound > rest.startIndex else { return nil }
            values.append(String(rest[..<found.lowerBound]))
            rest = rest[found.upperBound...]
        }
        guard !rest.isEmpty else { return nil }
        values.append(String(rest))
        return values
    }
}
