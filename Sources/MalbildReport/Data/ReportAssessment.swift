/// The qualitative assessment of a goal at a checkpoint, with the added
/// values (mervärden) nobody could foresee at the start of the year.
public struct ReportAssessment: Codable, Equatable, Sendable {
    /// The assessment, as entered.
    public var text: String
    /// The grade, if one was given.
    public var grade: ReportGrade?
    /// The added values, as entered.
    public var addedValues: [String]

    /// Creates an assessment of a report.
    public init(text: String, grade: ReportGrade? = nil, addedValues: [String] = []) {
        self.text = text
        self.grade = grade
        self.addedValues = addedValues
    }
}
