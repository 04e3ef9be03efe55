/// The year's outcome for a goal, reported at helår in the annual report.
public struct YearResult: Codable, Equatable, Sendable {
    /// The grade, in the words of the scale in use.
    public var grade: String
    /// The account of the result.
    public var text: String

    /// Creates a result.
    public init(grade: String, text: String) {
        self.grade = grade
        self.text = text
    }
}
