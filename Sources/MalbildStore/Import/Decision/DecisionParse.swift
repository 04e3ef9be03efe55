import MalbildCore

/// One pass over a decision's lines, section by section, collecting each
/// field's text; see ``DecisionReader``.
struct DecisionParse {
    /// A goal as it is read.
    struct ReadGoal {
        var number: Int
        var written: Int
        var line: Int
        var titleLines: [String]
        var title = ""
        var area: Int?
        var kind: GoalKind?
        var kindFromMarker = false
        var ambitionLines: [String] = []
        var ambition = ""
        var hasAmbition = false
        var proposal = false
        var documents: [String] = []
        var phase = Phase.title
        /// Paragraphs after the ambition level that belong to no field (yet).
        var trailing: [[DecisionLine]] = []

        enum Phase { case title, beforeAmbition, ambition, after }
    }

    enum State { case header, decision, summary, goals, dispatch, documents, path }

    enum Block {
        case paragraph([DecisionLine])
        case bullet([DecisionLine])
    }

    let lines: [DecisionLine]
    private let labelledOnly: Bool
    private var state = State.header

    var paragraph = ""
    var title = ""
    var caseReference = ""
    var proposal = ""
    var decisionText = ""
    var summary: [String] = []
    var criteria: [String] = []
    var rule = ""
    var followUp: [String] = []
    var dispatch: [String] = []
    var documents: [String] = []
    var path: [DecisionStep] = []
    var areas: [String] = []
    var goals: [ReadGoal] = []
    var unplaced: [UnplacedLine] = []
    var ambiguities: [DecisionAmbiguity] = []

    private var decisionParagraphs: [[DecisionLine]] = []
    private var summaryBlocks: [Block] = []
    private var followUpParagraphs: [[DecisionLine]] = []
    private var listItems: [DecisionLine] = []
    private var listClosed = false
    private var blankBefore = true
    private var titleLine: DecisionLine?

    init(lines: [DecisionLine]) {
        self.lines = lines
        labelledOnly = lines.contains { DecisionText.goalHeading($0.text)?.labelled == true }
    }

    private func goalHeading(_ text: String) -> (number: Int, title: String, kind: DecisionText.GoalKindLabel?, labelled: Bool)? {
        guard let heading = DecisionText.goalHeading(text), heading.labelled || !labelledOnly else { return nil }
        return heading
    }

    mutating func run() {
        var i = 0
        while i < lines.count {
            let line = lines[i]
            defer { i += 1 }
            if line.text.isEmpty {
                blank()
                blankBefore = true
                continue
            }
            if DecisionText.isPageFurniture(line.text) {
                unplaced.append(UnplacedLine(line: line, reason: .pageFurniture))
                continue
            }
            defer { blankBefore = false }
            if let (section, rest) = DecisionText.section(line.text) {
                open(section)
                if !rest.isEmpty { take(DecisionLine(number: line.number, text: rest)) }
                continue
            }
            let mayStartGoals = [State.header, .decision, .summary, .goals, .path].contains(state)
            if mayStartGoals, let heading = goalHeading(line.text) {
                startGoal(heading, line: line.number)
                continue
            }
            if mayStartGoals, isAreaHeading(at: i) {
                closeGoal(last: false)
                state = .goals
                var name = line.text
                while name.hasSuffix(":") { name.removeLast() }
                areas.append(DecisionText.trimmed(name))
                continue
            }
            take(line)
        }
        finish()
    }

    /// A line that names a goal area: it is followed by a goal, does not end
    /// a sentence, and stands on its own (after a blank line or a sentence's
    /// end) or ends with a colon.
    private func isAreaHeading(at i: Int) -> Bool {
        let text = lines[i].text
        guard text.count <= 120, let first = text.first, !first.isLowercase,
              let last = text.last, !".,;".contains(last),
              DecisionText.ambition(text) == nil, DecisionText.kindMarker(text) == nil,
              !DecisionText.isProposalMarker(text), DecisionText.bullet(text) == nil else { return false }
        guard let next = lines[(i + 1)...].first(where: { !$0.text.isEmpty }), goalHeading(next.text) != nil else { return false }
        if last == ":" || blankBefore || i == 0 { return true }
        let previous = lines[i - 1].text
        return previous.last.map { ".:!?".contains($0) } ?? true
    }

    private mutating func open(_ section: DecisionText.Section) {
        closeGoal(last: true)
        closeList()
        switch section {
        case .decision: state = .decision
        case .summary: state = .summary
        case .dispatch: state = .dispatch
        case .documents: state = .documents
        case .path: state = .path
        }
        listClosed = false
    }

    private mutating func startGoal(_ heading: (number: Int, title: String, kind: DecisionText.GoalKindLabel?, labelled: Bool), line: Int) {
        closeGoal(last: false)
        state = .goals
        var goal = ReadGoal(number: heading.number, written: heading.number, line: line, titleLines: [heading.title])
        goal.area = areas.isEmpty ? nil : areas.count
        if let kind = heading.kind {
            goal.kind = kind == .steering ? .steering : .supporting
            goal.kindFromMarker = true
        }
        goals.append(goal)
    }

    /// A blank line ends the paragraph, the goal's title or its ambition level.
    private mutating func blank() {
        switch state {
        case .header: break
        case .decision: if decisionParagraphs.last?.isEmpty == false { decisionParagraphs.append([]) }
        case .summary: summaryBlocks.append(.paragraph([]))
        case .goals:
            guard let i = goals.indices.last else { return }
            switch goals[i].phase {
            case .title: goals[i].phase = .beforeAmbition
            case .beforeAmbition: break
            case .ambition: goals[i].phase = .after
            case .after: if goals[i].trailing.last?.isEmpty == false { goals[i].trailing.append([]) }
            }
        case .path: break
        case .dispatch, .documents:
            // One blank line may stand between items (a Word file's paragraphs); two end the list.
            if !listItems.isEmpty, blankBefore { listClosed = true }
        }
    }

    private mutating func take(_ line: DecisionLine) {
        switch state {
        case .header: takeHeader(line)
        case .decision:
            if decisionParagraphs.isEmpty { decisionParagraphs.append([]) }
            decisionParagraphs[decisionParagraphs.count - 1].append(line)
        case .summary: takeSummary(line)
        case .goals: takeGoal(line)
        case .path:
            let text = DecisionText.bullet(line.text) ?? line.text
            if let step = DecisionText.step(text) {
                path.append(step)
            } else {
                unplaced.append(UnplacedLine(line: line, reason: .pathWithoutDay))
            }
        case .dispatch, .documents:
            if listClosed {
                unplaced.append(UnplacedLine(line: line, reason: .afterDocuments))
            } else if let item = DecisionText.bullet(line.text) {
                listItems.append(DecisionLine(number: line.number, text: item))
            } else if let last = listItems.indices.last, line.text.first?.isLowercase == true {
                listItems[last].text = DecisionText.join([listItems[last].text, line.text])
            } else {
                listItems.append(line)
            }
        }
    }

    private mutating func takeHeader(_ line: DecisionLine) {
        var text = line.text
        if paragraph.isEmpty, text.hasPrefix("§") {
            let digits = text.dropFirst().drop { $0 == " " }.prefix { $0.isNumber }
            if !digits.isEmpty {
                let end = text.dropFirst().drop { $0 == " " }.dropFirst(digits.count)
                paragraph = String(text[..<end.startIndex])
                text = DecisionText.trimmed(end)
                // The title follows the paragraph's number; a line before it was something else.
                if let earlier = titleLine {
                    unplaced.append(UnplacedLine(line: earlier, reason: .beforeDecision))
                    title = ""
                    titleLine = nil
                }
                if text.isEmpty { return }
            }
        }
        let lower = text.lowercased()
        if caseReference.isEmpty, lower.hasPrefix("dnr") {
            caseReference = DecisionText.trimmed(text.dropFirst(3).drop { $0 == "." || $0 == ":" })
            return
        }
        if title.isEmpty {
            if text.hasSuffix(")"), let open = text.lastIndex(of: "(") {
                let inside = text[text.index(after: open)..<text.index(before: text.endIndex)]
                if inside.contains(where: \.isNumber) && (inside.contains("/") || inside.lowercased().hasPrefix("dnr")) {
                    var reference = DecisionText.trimmed(inside)
                    if reference.lowercased().hasPrefix("dnr") { reference = DecisionText.trimmed(reference.dropFirst(3).drop { $0 == "." }) }
                    if caseReference.isEmpty { caseReference = reference }
                    title = DecisionText.trimmed(text[..<open])
                    titleLine = line
                    return
                }
            }
            title = text
            titleLine = line
            return
        }
        unplaced.append(UnplacedLine(line: line, reason: .beforeDecision))
    }

    private mutating func takeSummary(_ line: DecisionLine) {
        if let item = DecisionText.bullet(line.text) {
            summaryBlocks.append(.bullet([DecisionLine(number: line.number, text: item)]))
            return
        }
        switch summaryBlocks.last {
        case .bullet(var bullet)? where line.text.first?.isLowercase == true:
            bullet.append(line)
            summaryBlocks[summaryBlocks.count - 1] = .bullet(bullet)
        case .paragraph(var lines)?:
            lines.append(line)
            summaryBlocks[summaryBlocks.count - 1] = .paragraph(lines)
        default:
            summaryBlocks.append(.paragraph([line]))
        }
    }

    private mutating func takeGoal(_ line: DecisionLine) {
        guard let i = goals.indices.last else {
            // Text after an area heading that is no goal cannot happen (a heading is followed by a goal).
            unplaced.append(UnplacedLine(line: line, reason: .afterDocuments))
            return
        }
        let text = line.text
        if let marker = DecisionText.kindMarker(text), goals[i].phase != .after || goals[i].trailing.allSatisfy(\.isEmpty) {
            goals[i].kind = marker == .steering ? .steering : .supporting
            goals[i].kindFromMarker = true
            if goals[i].phase == .title { goals[i].phase = .beforeAmbition }
            if goals[i].phase == .ambition { goals[i].phase = .after }
            return
        }
        if DecisionText.isProposalMarker(text), goals[i].phase != .after {
            goals[i].proposal = true
            if goals[i].phase == .title { goals[i].phase = .beforeAmbition }
            return
        }
        if goals[i].phase != .after, let ambition = DecisionText.ambition(text) {
            goals[i].phase = .ambition
            goals[i].hasAmbition = true
            if ambition.proposal { goals[i].proposal = true }
            if !ambition.text.isEmpty { goals[i].ambitionLines.append(ambition.text) }
            return
        }
        switch goals[i].phase {
        case .title: goals[i].titleLines.append(text)
        case .beforeAmbition: unplaced.append(UnplacedLine(line: line, reason: .inGoalBeforeAmbition(goal: goals[i].written)))
        case .ambition: goals[i].ambitionLines.append(text)
        case .after:
            if goals[i].trailing.isEmpty { goals[i].trailing.append([]) }
            goals[i].trailing[goals[i].trailing.count - 1].append(line)
        }
    }

    /// Ends the goal being read; its trailing paragraphs are the follow-up
    /// when it is the last goal, and unplaced between goals.
    private mutating func closeGoal(last: Bool) {
        guard let i = goals.indices.last else { return }
        let trailing = goals[i].trailing.filter { !$0.isEmpty }
        goals[i].trailing = []
        guard !trailing.isEmpty else { return }
        if last {
            followUpParagraphs += trailing
        } else {
            for line in trailing.joined() {
                unplaced.append(UnplacedLine(line: line, reason: .betweenGoals(afterGoal: goals[i].written)))
            }
        }
    }

    private mutating func closeList() {
        let items = listItems.map(\.text)
        listItems = []
        switch state {
        case .dispatch: dispatch += items
        case .documents: documents += items
        default: break
        }
    }

    private mutating func finish() {
        closeGoal(last: true)
        closeList()
        finishDecision()
        finishSummary()
        followUp = followUpParagraphs.map { DecisionText.join($0.map(\.text)) }
        finishGoals()
        applyKindSentences()
        for goal in goals where goal.kind == nil { ambiguities.append(.kindNotStated(goal: goal.number)) }
        for goal in goals where !goal.hasAmbition { ambiguities.append(.noAmbition(goal: goal.number)) }
        unplaced.sort { $0.line.number < $1.line.number }
    }

    private mutating func finishDecision() {
        var paragraphs = decisionParagraphs.filter { !$0.isEmpty }
        if var first = paragraphs.first, let line = first.first {
            let lower = line.text.lowercased()
            if lower.contains("förslag"), !lower.contains("beslutar") {
                proposal = line.text
                first.removeFirst()
                paragraphs[0] = first
            }
        }
        decisionText = paragraphs.filter { !$0.isEmpty }.map { DecisionText.join($0.map(\.text)) }.joined(separator: "\n\n")
    }

    private mutating func finishSummary() {
        var rules: [(index: Int, line: Int)] = []
        var bulletsDone = false
        var inBullets = false
        for block in summaryBlocks {
            switch block {
            case .paragraph(let lines):
                guard let first = lines.first else { continue }
                if inBullets { bulletsDone = true }
                inBullets = false
                let text = DecisionText.join(lines.map(\.text))
                if text.lowercased().contains("inriktningsmål") { rules.append((summary.count, first.number)) }
                summary.append(text)
            case .bullet(let lines):
                let text = DecisionText.join(lines.map(\.text))
                if bulletsDone {
                    // A second list: kept in the summary with its bullet.
                    summary.append("• " + text)
                } else {
                    inBullets = true
                    criteria.append(text)
                }
            }
        }
        if rules.count == 1, let only = rules.first {
            rule = summary.remove(at: only.index)
        } else if rules.count > 1 {
            ambiguities.append(.severalRules(lines: rules.map(\.line)))
        }
    }

    /// Titles, steering documents, ambition levels and numbers.
    private mutating func finishGoals() {
        for i in goals.indices {
            var title = DecisionText.join(goals[i].titleLines)
            if title.hasSuffix(")"), let open = title.lastIndex(of: "(") {
                let inside = String(title[title.index(after: open)..<title.index(before: title.endIndex)])
                let before = DecisionText.trimmed(title[..<open])
                if let marker = DecisionText.kindMarker(inside), !before.isEmpty {
                    if goals[i].kind == nil { goals[i].kind = marker == .steering ? .steering : .supporting }
                    goals[i].kindFromMarker = true
                    title = before
                } else if let documents = Self.steeringDocuments(inside), !before.isEmpty {
                    goals[i].documents = documents
                    title = before
                } else {
                    ambiguities.append(.parenthesesKeptInTitle(goal: goals[i].written, text: "(" + inside + ")"))
                }
            }
            goals[i].title = title
            goals[i].ambition = DecisionText.join(goals[i].ambitionLines)
        }
        // Goals numbered anew in each area are numbered through in order.
        var perArea = false
        for i in goals.indices.dropFirst() where goals[i].written <= goals[i - 1].written && goals[i].area != goals[i - 1].area {
            perArea = true
        }
        if perArea {
            for i in goals.indices {
                goals[i].number = i + 1
                if goals[i].written != i + 1 {
                    ambiguities.append(.numberedPerArea(line: goals[i].line, written: goals[i].written, readAs: i + 1))
                }
            }
            return
        }
        var used: Set<Int> = []
        for i in goals.indices {
            if used.contains(goals[i].number) {
                let free = (used.max() ?? 0) + 1
                ambiguities.append(.goalNumberRepeated(line: goals[i].line, written: goals[i].written, readAs: free))
                goals[i].number = free
            }
            used.insert(goals[i].number)
        }
        goals.sort { $0.number < $1.number }
    }

    /// "Befintliga styrdokument - A, B och C" gives A, B, C; nil when the
    /// text does not say it lists steering documents.
    static func steeringDocuments(_ text: String) -> [String]? {
        guard let range = text.range(of: "styrdokument", options: .caseInsensitive) else { return nil }
        var rest = text[range.upperBound...].drop { $0 == " " }
        guard let mark = rest.first, ["-", "–", ":"].contains(mark) else { return nil }
        rest = rest.dropFirst()
        var items: [String] = []
        for part in rest.split(separator: ",") {
            let pieces = part.components(separatedBy: " och ")
            items += pieces.map(DecisionText.trimmed).filter { !$0.isEmpty }
        }
        return items.isEmpty ? nil : items
    }

    /// Applies the sentences that list goals by number as steering or
    /// supporting ("Mål 1, 2, 3 och 6 är styrande …").
    private mutating func applyKindSentences() {
        let paragraphs = followUpParagraphs.filter { !$0.isEmpty } + summaryBlocks.compactMap {
            if case .paragraph(let lines) = $0, !lines.isEmpty { return lines } else { return nil }
        }
        for lines in paragraphs {
            guard let line = lines.first?.number else { continue }
            for sentence in Self.kindSentences(DecisionText.join(lines.map(\.text))) {
                if goals.contains(where: { $0.number != $0.written }) {
                    ambiguities.append(.sentenceNotApplied(line: line))
                    break
                }
                for number in sentence.goals {
                    guard let i = goals.firstIndex(where: { $0.number == number }) else {
                        ambiguities.append(.sentenceNamesUnknownGoal(goal: number, line: line))
                        continue
                    }
                    if goals[i].kindFromMarker, let marker = goals[i].kind, marker != sentence.kind {
                        ambiguities.append(.kindConflict(goal: number, marker: marker, sentence: sentence.kind, line: line))
                    } else if !goals[i].kindFromMarker {
                        goals[i].kind = sentence.kind
                    }
                }
            }
        }
    }

    /// The goals a paragraph's sentences name as steering or supporting.
    static func kindSentences(_ text: String) -> [(goals: [Int], kind: GoalKind)] {
        var found: [(goals: [Int], kind: GoalKind)] = []
        for sentence in text.split(separator: ".") {
            var words = sentence.split(whereSeparator: { $0 == " " || $0 == "," })[...]
            guard let first = words.first, first.lowercased() == "mål" else { continue }
            words = words.dropFirst()
            var numbers: [Int] = []
            while let word = words.first {
                if let n = Int(word) { numbers.append(n) } else if !["och", "samt", "&"].contains(word.lowercased()) { break }
                words = words.dropFirst()
            }
            guard !numbers.isEmpty, let verb = words.first, ["är", "blir"].contains(verb.lowercased()) else { continue }
            var previous = ""
            for word in words.dropFirst() {
                let lower = word.lowercased()
                if lower == "styrande" {
                    found.append((numbers, ["inte", "ej"].contains(previous) ? .supporting : .steering))
                    break
                }
                if lower == "stödjande" || lower == "inriktningsmål" {
                    found.append((numbers, .supporting))
                    break
                }
                previous = lower
            }
        }
        return found
    }
}
