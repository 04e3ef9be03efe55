/// Everything a board's goals for one plan year consist of: the decision,
/// the calendar, the goal areas, the goals and the notes.
///
/// A workspace changes only through ``Workspace/apply(_:)``.
public struct Workspace: Codable, Equatable, Sendable {
    /// A short name shown in the prompt, e.g. "ks2019".
    public internal(set) var name: String
    /// The municipality.
    public internal(set) var municipality: Municipality
    /// The body whose goals these are, e.g. "Kommunstyrelsen".
    public internal(set) var body: String
    /// The plan year.
    public internal(set) var planYear: Int
    /// The decision the goals come from.
    public internal(set) var decision: Decision
    /// The three criteria in the source's words, in order: influence, measurability, resources.
    public internal(set) var criteriaText: [String]
    /// The source's rule for goals that are supporting (inriktningsmål).
    public internal(set) var supportingGoalRule: String
    /// How the goals are followed up, in the source's words.
    public internal(set) var followUp: [String]
    /// The reporting calendar.
    public internal(set) var calendar: ReportingCalendar
    /// The goal areas, in order.
    public internal(set) var areas: [GoalArea]
    /// The goals, ordered by number.
    public internal(set) var goals: [Goal]
    /// Notes on the workspace as a whole.
    public internal(set) var notes: [Note]
    /// The name of the grade scale in use (see ``GradeScale``).
    public internal(set) var scaleName: String
    /// Every change made, oldest first.
    public internal(set) var log: [LogEntry]
    /// What is kept from Kolada beside the goals (KPI titles, place names, other places'
    /// values, the comparison group); nil when nothing is, and then absent from the file.
    public internal(set) var kolada: KoladaRecord?
    /// The last year of a plan period of more than one year (e.g. 2027 for 2024–2027); nil
    /// when the plan period is the plan year alone, and then absent from the file.
    public internal(set) var lastPlanYear: Int?
    /// The grade scales the workspace defines beside the built-in ones; nil when none,
    /// and then absent from the file.
    public internal(set) var ownScales: [GradeScale]?

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
        self.name = name
        self.municipality = municipality
        self.body = body
        self.planYear = planYear
        self.decision = decision
        self.criteriaText = criteriaText
        self.supportingGoalRule = supportingGoalRule
        self.followUp = followUp
        let last = lastPlanYear.flatMap { $0 > planYear ? $0 : nil }
        self.lastPlanYear = last
        self.calendar = calendar ?? .standard(years: planYear...(last ?? planYear))
        self.areas = areas
        self.goals = goals.sorted { $0.number < $1.number }
        self.notes = notes
        self.scaleName = scaleName
        self.log = log
        self.kolada = kolada
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
    public func goal(_ number: GoalNumber) -> Goal? {
        goalPosition(number).map { goals[$0] }
    }

    /// Whether a goal with the number exists (no goal is copied to tell).
    public func hasGoal(_ number: GoalNumber) -> Bool {
        goalPosition(number) != nil
    }

    /// Where in ``goals`` the goal with a number is. By index, so that only the numbers are
    /// looked at, not each goal copied: this runs on nearly every command.
    func goalPosition(_ number: GoalNumber) -> Int? {
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
