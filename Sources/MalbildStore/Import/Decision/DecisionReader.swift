import Foundation
import MalbildCore

/// Reads a goal decision in the genre of the minutes' paragraph (§, title
/// and case, Beslut, Sammanfattning, goal areas, `Mål N. Title`,
/// `Ambitionsnivå: …`, the sentence on steering goals, Expedieras till,
/// Beslutsunderlag) into the edits that build a workspace.
///
/// Nothing is invented: a field the text does not hold stays empty. Nothing
/// is dropped: a line no field takes becomes a workspace note and is listed
/// with its reason. What could be read two ways is reported.
public struct DecisionReader {
    /// The workspace's name.
    public var name: String
    /// The plan year used when the text names none.
    public var fallbackYear: Int
    /// The time of the notes made of unplaced lines.
    public var time: Date
    /// The text of the note kept for an unplaced line.
    public var noteText: @Sendable (UnplacedLine) -> String

    /// Creates a reader.
    public init(name: String, fallbackYear: Int, time: Date,
                noteText: @escaping @Sendable (UnplacedLine) -> String = { "Rad \($0.line.number): \($0.line.text)" }) {
        self.name = name
        self.fallbackYear = fallbackYear
        self.time = time
        self.noteText = noteText
    }

    /// Reads a text; `path` names it in errors.
    public func read(text: String, path: String) throws(DecisionImportError) -> DecisionReading {
        let lines = ColumnLayout.lines(of: text)
        guard lines.contains(where: { !$0.text.isEmpty }) else { throw DecisionImportError(path: path, fault: .empty) }
        var parse = DecisionParse(lines: lines)
        parse.run()
        guard !parse.goals.isEmpty else { throw DecisionImportError(path: path, fault: .noGoals) }
        return try build(parse, lineCount: lines.last?.number ?? 0, path: path)
    }

    private func build(_ parse: DecisionParse, lineCount: Int, path: String) throws(DecisionImportError) -> DecisionReading {
        var ambiguities = parse.ambiguities
        let year: Int
        if let found = Self.year(in: parse.title) ?? Self.year(in: parse.decisionText) {
            year = found
        } else {
            year = fallbackYear
            ambiguities.append(.planYearNotStated(usedYear: fallbackYear))
        }
        var edits: [Edit] = []
        let info: [(InfoField, String)] = [
            (.body, Self.body(of: parse.decisionText)), (.title, parse.title), (.reference, parse.caseReference),
            (.paragraph, parse.paragraph), (.proposal, parse.proposal), (.decision, parse.decisionText), (.rule, parse.rule),
        ]
        for (field, value) in info where !value.isEmpty { edits.append(.setInfo(field: field, value: value)) }
        let lists: [(InfoList, [String])] = [
            (.summary, parse.summary), (.criterion, parse.criteria), (.followup, parse.followUp),
            (.document, parse.documents), (.dispatch, parse.dispatch),
        ]
        for (list, items) in lists {
            for (i, text) in items.enumerated() where !text.isEmpty { edits.append(.insertInfo(list: list, index: i, text: text)) }
        }
        for (i, step) in parse.path.enumerated() { edits.append(.insertStep(index: i, step: step)) }
        for (i, area) in parse.areas.enumerated() {
            edits.append(.insertArea(index: i, area: GoalArea(number: i + 1, name: area)))
        }
        let decided = parse.decisionText.lowercased().contains("beslutar")
        for goal in parse.goals {
            edits.append(.insertGoal(goal: Goal(
                number: GoalNumber(goal.number), title: goal.title, area: goal.area, kind: goal.kind ?? .supporting,
                ambition: goal.ambition, status: goal.proposal || !decided ? .proposed : .decided, documents: goal.documents
            )))
        }
        for (i, line) in parse.unplaced.enumerated() {
            edits.append(.insertNote(goal: nil, index: i, note: Note(time: time, text: noteText(line))))
        }
        var workspace = Workspace.empty(name: name, year: year)
        for edit in edits {
            do { _ = try workspace.apply(edit) } catch {
                throw DecisionImportError(path: path, fault: .cannotBuild(reason: error.description))
            }
        }
        return DecisionReading(planYear: year, edits: edits, workspace: workspace, unplaced: parse.unplaced,
                               ambiguities: ambiguities, lineCount: lineCount)
    }

    /// The one plan year a text names ("Kommunstyrelsens mål 2019"), if exactly one.
    static func year(in text: String) -> Int? {
        var years: Set<Int> = []
        var digits = ""
        for c in text + " " {
            if c.isASCII && c.isNumber {
                digits.append(c)
                continue
            }
            if digits.count == 4, c != "/", let y = Int(digits), (1900...2199).contains(y) { years.insert(y) }
            digits = ""
        }
        return years.count == 1 ? years.first : nil
    }

    /// The body a decision sentence names: "Kommunstyrelsen beslutar …" gives "Kommunstyrelsen".
    static func body(of decision: String) -> String {
        guard let range = decision.range(of: " beslutar") else { return "" }
        let before = decision[..<range.lowerBound]
        let words = before.split(separator: " ")
        guard (1...3).contains(words.count), before.first?.isUppercase == true else { return "" }
        return String(before)
    }
}
