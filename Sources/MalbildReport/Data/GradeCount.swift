/// How many goals have one grade.
public struct GradeCount: Codable, Equatable, Sendable {
    /// The grade.
    public var grade: ReportGrade
    /// The number of goals with it.
    public var count: Int

    /// Creates a count.
    public init(grade: ReportGrade, count: Int) {
        self.grade = grade
        self.count = count
    }
}
