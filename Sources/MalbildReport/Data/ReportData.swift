import MalbildCore

/// Everything a report shows, built once from a workspace at a checkpoint
/// and rendered by each format: the header, the summary and the goals by area.
///
/// Build it with ``init(_:checkpoint:)``; it is plain data, so JSON of it is
/// the report for other tools.
public struct ReportData: Codable, Equatable, Sendable {
    /// The report's heading, e.g. "Delårsrapport 1 per 2019-04-30".
    public var title: String
    /// The workspace's short name, e.g. "ks2019".
    public var workspace: String
    /// The body whose goals these are, e.g. "Kommunstyrelsen".
    public var body: String
    /// The municipality's name, e.g. "Vaggeryd".
    public var municipality: String
    /// The plan year; in a plan period of several years, the year of the report's checkpoint.
    public var planYear: Int
    /// The title of the decision the goals come from, e.g. "Kommunstyrelsens mål 2019".
    public var decision: String
    /// The case reference (diarienummer), e.g. "KS 2018/109".
    public var caseReference: String
    /// The paragraph of the minutes, e.g. "§55".
    public var paragraph: String
    /// The checkpoint the report is for.
    public var checkpoint: ReportCheckpoint
    /// The checkpoints of the calendar up to and including this one, in order.
    public var checkpoints: [ReportCheckpoint]
    /// The name of the grade scale in use.
    public var scale: String
    /// The counts by grade and the goals without an assessment.
    public var summary: ReportSummary
    /// The goal areas in order, each with its goals; goals without an area come last.
    public var areas: [ReportArea]
    /// Whether any value shown is an example value, not data from a real source.
    public var hasExampleValues: Bool
    /// Kolada indicators beside other places (country, comparison group, rank); nil when the
    /// workspace keeps no other places' values.
    public var comparisons: [ReportComparison]?

    /// Creates report data from its parts; ``init(_:checkpoint:)`` builds it from a workspace.
    public init(
        title: String,
        workspace: String,
        body: String,
        municipality: String,
        planYear: Int,
        decision: String,
        caseReference: String,
        paragraph: String,
        checkpoint: ReportCheckpoint,
        checkpoints: [ReportCheckpoint],
        scale: String,
        summary: ReportSummary,
        areas: [ReportArea],
        hasExampleValues: Bool
    ) {
        self.title = title
        self.workspace = workspace
        self.body = body
        self.municipality = municipality
        self.planYear = planYear
        self.decision = decision
        self.caseReference = caseReference
        self.paragraph = paragraph
        self.checkpoint = checkpoint
        self.checkpoints = checkpoints
        self.scale = scale
        self.summary = summary
        self.areas = areas
        self.hasExampleValues = hasExampleValues
    }

    /// Every goal, area by area.
    public var goals: [ReportGoal] { areas.flatMap(\.goals) }
}
