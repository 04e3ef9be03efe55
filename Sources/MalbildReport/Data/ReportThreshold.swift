import MalbildCore

/// A grade of the scale and the share of the goals under a goal that must be met for the
/// roll-up to suggest it (see ``MalbildCore/RollUp``).
public struct ReportThreshold: Codable, Equatable, Sendable {
    /// The grade.
    public var grade: ReportGrade
    /// The share met it takes, 1 for all.
    public var share: Double

    /// Creates a threshold.
    public init(grade: ReportGrade, share: Double) {
        self.grade = grade
        self.share = share
    }
}
