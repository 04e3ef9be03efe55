/// A value before or after a change, as data: the log's before and after and
/// a difference's old and new. The shell words the parts that are words
/// (kinds, statuses, verdicts, "none") in the screen's language; texts the user
/// wrote are kept as they are.
public indirect enum ChangeValue: Codable, Equatable, Sendable {
    /// A text as written.
    case text(String)
    /// No value: no area, no owner, no baseline.
    case nothing
    /// A number, such as an area's or a plan year.
    case number(Int)
    /// A kind of goal.
    case kind(GoalKind)
    /// A status of an ambition level.
    case status(AmbitionStatus)
    /// A verdict on a criterion, with its justification (empty when none).
    case verdict(Verdict, justification: String)
    /// A status of an activity.
    case activityStatus(ActivityStatus)
    /// A reference value (baseline or target) for a period.
    case reference(value: Double, period: Period)
    /// A recorded value for a day; nil when it is missing, with the reason given.
    case measurement(day: Day, value: Double?, status: String)
    /// An indicator as added: its id, name and source.
    case indicator(id: String, name: String, source: String)
    /// What an indicator is: its name (when it is part of it), unit, source and direction.
    case definition(name: String?, unit: String, source: String, direction: Direction)
    /// Why a series ended and, when given, the series that replaces it.
    case ended(reason: String, replacedBy: String?)
    /// A grade (when there is one) and its text.
    case graded(grade: String?, text: String)
    /// A step of the decision path.
    case step(body: String, day: Day?, paragraph: String, action: String)
    /// Several values, in order.
    case list([ChangeValue])
    /// A checkpoint of the calendar: its day, its name, and whether it takes forecasts
    /// (else results).
    case checkpoint(day: Day, name: String, forecasts: Bool)
    /// A period of years, first to last.
    case period(Int, Int)

    // The file names each case's value: {"kind": {"kind": "steering"}}.
    enum TextCodingKeys: String, CodingKey { case _0 = "text" }
    enum NumberCodingKeys: String, CodingKey { case _0 = "number" }
    enum KindCodingKeys: String, CodingKey { case _0 = "kind" }
    enum StatusCodingKeys: String, CodingKey { case _0 = "status" }
    enum VerdictCodingKeys: String, CodingKey {
        case _0 = "verdict"
        case justification
    }
    enum ActivityStatusCodingKeys: String, CodingKey { case _0 = "status" }
    enum ListCodingKeys: String, CodingKey { case _0 = "values" }
    enum PeriodCodingKeys: String, CodingKey {
        case _0 = "first"
        case _1 = "last"
    }
}
