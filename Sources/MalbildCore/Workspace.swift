/// Everything a board's goals for one plan year consist of: the decision,
/// the calendar, the goal areas, the goals and the notes.
///
/// A workspace changes only through ``Workspace/apply(_:)``.
public struct Workspace: Codable, Equatable, Sendable {
    /// The fields, in one box shared by copies until one of them changes (copy on write):
    /// a workspace is read through the session for nearly every command, and a copy then
    /// costs one reference, not one for each field.
    private var fields: Fields

    /// A short name shown in the prompt, e.g. "ks2019".
    public internal(set) var name: String {
        get { fields.name }
        _modify {
            makeFieldsUnique()
            yield &fields.name
        }
    }

    /// The municipality.
    public internal(set) var municipality: Municipality {
        get { fields.municipality }
        _modify {
            makeFieldsUnique()
            yield &fields.municipality
        }
    }

    /// The body whose goals these are, e.g. "Kommunstyrelsen".
    public internal(set) var body: String {
        get { fields.body }
        _modify {
            makeFieldsUnique()
            yield &fields.body
        }
    }

    /// The plan year.
    public internal(set) var planYear: Int {
        get { fields.planYear }
        _modify {
            makeFieldsUnique()
            yield &fields.planYear
        }
    }

    /// The decision the goals come from.
    public internal(set) var decision: Decision {
        get { fields.decision }
        _modify {
            makeFieldsUnique()
            yield &fields.decision
        }
    }

    /// The three criteria in the source's words, in order: influence, measurability, resources.
    public internal(set) var criteriaText: [String] {
        get { fields.criteriaText }
        _modify {
            makeFieldsUnique()
            yield &fields.criteriaText
        }
    }

    /// The source's rule for goals that are supporting (inriktningsmål).
    public internal(set) var supportingGoalRule: String {
        get { fields.supportingGoalRule }
        _modify {
            makeFieldsUnique()
            yield &fields.supportingGoalRule
        }
    }

    /// How the goals are followed up, in the source's words.
    public internal(set) var followUp: [String] {
        get { fields.followUp }
        _modify {
            makeFieldsUnique()
            yield &fields.followUp
        }
    }

    /// The reporting calendar.
    public internal(set) var calendar: ReportingCalendar {
        get { fields.calendar }
        _modify {
            makeFieldsUnique()
            yield &fields.calendar
        }
    }

    /// The goal areas, in order.
    public internal(set) var areas: [GoalArea] {
        get { fields.areas }
        _modify {
            makeFieldsUnique()
            yield &fields.areas
        }
    }

    /// The goals, ordered by number.
    public internal(set) var goals: [Goal] {
        get { fields.goals }
        _modify {
            makeFieldsUnique()
            yield &fields.goals
        }
    }

    /// Notes on the workspace as a whole.
    public internal(set) var notes: [Note] {
        get { fields.notes }
        _modify {
            makeFieldsUnique()
            yield &fields.notes
        }
    }

    /// The name of the grade scale in use (see ``GradeScale``).
    public internal(set) var scaleName: String {
        get { fields.scaleName }
        _modify {
            makeFieldsUnique()
            yield &fields.scaleName
        }
    }

    /// Every change made, oldest first.
    public internal(set) var log: [LogEntry] {
        get { fields.log }
        _modify {
            makeFieldsUnique()
            yield &fields.log
        }
    }

    /// What is kept from Kolada beside the goals (KPI titles, place names, other places'
    /// values, the comparison group); nil when nothing is, and then absent from the file.
    public internal(set) var kolada: KoladaRecord? {
        get { fields.kolada }
        _modify {
            makeFieldsUnique()
            yield &fields.kolada
        }
    }

    /// The last year of a plan period of more than one year (e.g. 2027 for 2024–2027); nil
    /// when the plan period is the plan year alone, and then absent from the file.
    public internal(set) var lastPlanYear: Int? {
        get { fields.lastPlanYear }
        _modify {
            makeFieldsUnique()
            yield &fields.lastPlanYear
        }
    }

    /// The grade scales the workspace defines beside the built-in ones; nil when none,
    /// and then absent from the file.
    public internal(set) var ownScales: [GradeScale]? {
        get { fields.ownScales }
        _modify {
            makeFieldsUnique()
            yield &fields.ownScales
        }
    }

    /// Gives this workspace a box of its own before one of its fields changes, when the box
    /// is shared with a copy.
    private mutating func makeFieldsUnique() {
        if !isKnownUniquelyReferenced(&fields) { fields = fields.copy() }
    }

    /// Creates a workspace.
    public init(
        name: String,
        municipality: Municipality = Municipality(name: "", koladaID: ""),
        body: String = "",
        planYear: Int,
        decision: Decision = Decision(),
        criteriaText: [String] = [],
        supportingGoalRule: String = "",
        followUp: [String] = [],
        calendar: ReportingCalendar? = nil,
        areas: [GoalArea] = [],
        goals: [Goal] = [],
        notes: [Note] = [],
        scaleName: String = GradeScale.threeLevel.name,
        log: [LogEntry] = [],
        kolada: KoladaRecord? = nil,
        lastPlanYear: Int? = nil
    ) {
        let last = lastPlanYear.flatMap { $0 > planYear ? $0 : nil }
        fields = Fields(
            name: name, municipality: municipality, body: body, planYear: planYear, decision: decision,
            criteriaText: criteriaText, supportingGoalRule: supportingGoalRule, followUp: followUp,
            calendar: calendar ?? .standard(years: planYear...(last ?? planYear)), areas: areas,
            goals: goals.sorted { $0.number < $1.number }, notes: notes, scaleName: scaleName, log: log,
            kolada: kolada, lastPlanYear: last, ownScales: nil
        )
    }

    /// The grade scale in use.
    public var scale: GradeScale { scale(named: scaleName) ?? .threeLevel }

    /// The plan period: the plan year, or the years from it to ``lastPlanYear``.
    public var planYears: ClosedRange<Int> { planYear...max(planYear, lastPlanYear ?? planYear) }

    /// The scales there are here: the built-in ones, then the workspace's own.
    public var scales: [GradeScale] { GradeScale.all + (ownScales ?? []) }

    /// The scale with a name, built-in or the workspace's own, ignoring case.
    public func scale(named name: String) -> GradeScale? {
        scales.first { $0.name.lowercased() == name.lowercased() }
    }

    /// An empty workspace for a plan year.
    public static func empty(name: String = "untitled", year: Int) -> Workspace {
        Workspace(name: name, planYear: year)
    }

    /// An empty workspace for a plan period of one or more years, with the
    /// standard checkpoints in each year.
    public static func empty(name: String = "untitled", years: ClosedRange<Int>) -> Workspace {
        Workspace(name: name, planYear: years.lowerBound, lastPlanYear: years.upperBound)
    }

    /// The workspace without its log: what it holds, not how it got there.
    public var content: Workspace {
        var copy = self
        copy.log = []
        return copy
    }

    /// The workspace with each log entry read anew, for a reader of older
    /// files whose entries were written in another shape; changes nothing else.
    public func readingLog(_ read: (LogEntry) -> LogEntry) -> Workspace {
        var copy = self
        copy.log = log.map(read)
        return copy
    }

    /// The goal with a number.
    @inlinable
    public func goal(_ number: GoalNumber) -> Goal? {
        goalPosition(number).map { goals[$0] }
    }

    /// Whether a goal with the number exists (no goal is copied to tell).
    @inlinable
    public func hasGoal(_ number: GoalNumber) -> Bool {
        goalPosition(number) != nil
    }

    /// Where in ``goals`` the goal with a number is. By index, so that only the numbers are
    /// looked at, not each goal copied: this runs on nearly every command.
    @inlinable
    func goalPosition(_ number: GoalNumber) -> Int? {
        // The goals are taken once: each use of the property would be a call and a reference count.
        let goals = goals
        for i in goals.indices where goals[i].number == number { return i }
        return nil
    }

    /// The area with a number.
    public func area(_ number: Int) -> GoalArea? {
        areas.first { $0.number == number }
    }

    /// The number the next added goal gets.
    public var nextGoalNumber: GoalNumber {
        // By index, so that no goal is copied: this runs on every goal added.
        var highest = 0
        let goals = goals
        for i in goals.indices where goals[i].number.depth == 1 { highest = max(highest, goals[i].number.last) }
        return GoalNumber(highest + 1)
    }

    /// The number the next goal added under a parent gets (`1.3` when `1.1` and `1.2`
    /// exist); nil when the parent sits at the deepest level already.
    public func nextChildNumber(of parent: GoalNumber) -> GoalNumber? {
        parent.child((children(of: parent).map(\.number.last).max() ?? 0) + 1)
    }

    /// The goals right under a goal, in number order.
    public func children(of parent: GoalNumber) -> [Goal] {
        goals.filter { $0.number.parent == parent }
    }

    /// Every goal under a goal, at any depth, in tree order.
    public func descendants(of parent: GoalNumber) -> [Goal] {
        goals.filter { $0.number != parent && $0.number.isWithin(parent) }
    }

    /// The number the next added area gets.
    public var nextAreaNumber: Int { (areas.map(\.number).max() ?? 0) + 1 }
}

// The workspace file's members are the fields' names, as they were when the fields were
// the workspace's own stored properties; a field that is nil is left out.
extension Workspace {
    /// The members of a workspace in its file.
    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, municipality, body, planYear, decision, criteriaText, supportingGoalRule, followUp, calendar, areas, goals, notes, scaleName, log, kolada, lastPlanYear, ownScales
    }

    /// Reads a workspace from its members.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        fields = Fields(
            name: try container.decode(String.self, forKey: .name),
            municipality: try container.decode(Municipality.self, forKey: .municipality),
            body: try container.decode(String.self, forKey: .body),
            planYear: try container.decode(Int.self, forKey: .planYear),
            decision: try container.decode(Decision.self, forKey: .decision),
            criteriaText: try container.decode([String].self, forKey: .criteriaText),
            supportingGoalRule: try container.decode(String.self, forKey: .supportingGoalRule),
            followUp: try container.decode([String].self, forKey: .followUp),
            calendar: try container.decode(ReportingCalendar.self, forKey: .calendar),
            areas: try container.decode([GoalArea].self, forKey: .areas),
            goals: try container.decode([Goal].self, forKey: .goals),
            notes: try container.decode([Note].self, forKey: .notes),
            scaleName: try container.decode(String.self, forKey: .scaleName),
            log: try container.decode([LogEntry].self, forKey: .log),
            kolada: try container.decodeIfPresent(KoladaRecord.self, forKey: .kolada),
            lastPlanYear: try container.decodeIfPresent(Int.self, forKey: .lastPlanYear),
            ownScales: try container.decodeIfPresent([GradeScale].self, forKey: .ownScales)
        )
    }

    /// Writes the workspace's members.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(municipality, forKey: .municipality)
        try container.encode(body, forKey: .body)
        try container.encode(planYear, forKey: .planYear)
        try container.encode(decision, forKey: .decision)
        try container.encode(criteriaText, forKey: .criteriaText)
        try container.encode(supportingGoalRule, forKey: .supportingGoalRule)
        try container.encode(followUp, forKey: .followUp)
        try container.encode(calendar, forKey: .calendar)
        try container.encode(areas, forKey: .areas)
        try container.encode(goals, forKey: .goals)
        try container.encode(notes, forKey: .notes)
        try container.encode(scaleName, forKey: .scaleName)
        try container.encode(log, forKey: .log)
        try container.encodeIfPresent(kolada, forKey: .kolada)
        try container.encodeIfPresent(lastPlanYear, forKey: .lastPlanYear)
        try container.encodeIfPresent(ownScales, forKey: .ownScales)
    }

    /// Whether two workspaces hold the same: the same box, or equal fields.
    public static func == (lhs: Workspace, rhs: Workspace) -> Bool {
        if lhs.fields === rhs.fields { return true }
        return lhs.name == rhs.name
            && lhs.municipality == rhs.municipality
            && lhs.body == rhs.body
            && lhs.planYear == rhs.planYear
            && lhs.decision == rhs.decision
            && lhs.criteriaText == rhs.criteriaText
            && lhs.supportingGoalRule == rhs.supportingGoalRule
            && lhs.followUp == rhs.followUp
            && lhs.calendar == rhs.calendar
            && lhs.areas == rhs.areas
            && lhs.goals == rhs.goals
            && lhs.notes == rhs.notes
            && lhs.scaleName == rhs.scaleName
            && lhs.log == rhs.log
            && lhs.kolada == rhs.kolada
            && lhs.lastPlanYear == rhs.lastPlanYear
            && lhs.ownScales == rhs.ownScales
    }
}

/// A workspace shows its fields when it is printed or a test's comparison fails, not its box.
extension Workspace: CustomReflectable {
    public var customMirror: Mirror {
        Mirror(self, children: Mirror(reflecting: fields).children, displayStyle: .struct)
    }
}
