/// A forecast (prognos) or a year's result (resultat): the grade and the words
/// that go with it.
public struct ReportAppraisal: Codable, Equatable, Sendable {
    /// The grade.
    public var grade: ReportGrade
    /// The rationale of a forecast, or the account of a result, as entered.
    public var text: String

    /// Creates an appraisal.
    public init(grade: ReportGrade, text: String) {
        self.grade = grade
        self.text = text
    }
}
