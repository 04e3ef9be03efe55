import MalbildCore

/// One goal as a report shows it at a checkpoint.
public struct ReportGoal: Codable, Equatable, Sendable {
    /// The goal's number.
    public var number: GoalNumber
    /// The title, as entered.
    public var title: String
    /// Steering or supporting (inriktningsmål).
    public var kind: GoalKind
    /// The ambition level, as entered.
    public var ambition: String
    /// Whether the ambition level is a draft, proposed or decided; every
    /// format marks one that is not decided.
    public var status: AmbitionStatus
    /// The body or person responsible, if given.
    public var owner: String?
    /// The workspace and number the goal has there, when it is another workspace's goal
    /// shown under the goal it breaks down (a consolidated report).
    public var origin: GoalLink?
    /// The forecast at a delår checkpoint; steering goals only.
    public var forecast: ReportAppraisal?
    /// The year's result at the helår checkpoint.
    public var result: ReportAppraisal?
    /// The qualitative assessment at the checkpoint.
    public var assessment: ReportAssessment?
    /// The activities with their status.
    public var activities: [Activity]
    /// The indicators as of the checkpoint's day.
    public var indicators: [ReportIndicator]
    /// Whether the goal has the assessment its kind needs at the checkpoint.
    public var assessed: Bool
    /// How the goals right under it stand at the checkpoint; nil for a goal with none.
    public var rollUp: ReportRollUp?

    /// Creates a goal of a report.
    public init(
        number: GoalNumber,
        title: String,
        kind: GoalKind,
        ambition: String,
        status: AmbitionStatus = .decided,
        owner: String? = nil,
        forecast: ReportAppraisal? = nil,
        result: ReportAppraisal? = nil,
        assessment: ReportAssessment? = nil,
        activities: [Activity] = [],
        indicators: [ReportIndicator] = [],
        assessed: Bool,
        rollUp: ReportRollUp? = nil,
        origin: GoalLink? = nil
    ) {
        self.number = number
        self.title = title
        self.kind = kind
        self.ambition = ambition
        self.status = status
        self.owner = owner
        self.origin = origin
        self.forecast = forecast
        self.result = result
        self.assessment = assessment
        self.activities = activities
        self.indicators = indicators
        self.assessed = assessed
        self.rollUp = rollUp
    }

    /// The forecast or the result, whichever the checkpoint reports.
    public var appraisal: ReportAppraisal? { forecast ?? result }

    /// The goal as named in a list.
    public var reference: ReportGoalReference {
        ReportGoalReference(number: number, title: title, kind: kind)
    }
}
