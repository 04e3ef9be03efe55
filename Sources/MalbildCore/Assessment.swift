/// The working group's own assessment of a goal at a checkpoint: the
/// qualitative judgement of development that supporting goals are followed
/// up by, with the measurable added values (mervärden) nobody could foresee
/// at the start of the year.
public struct Assessment: Codable, Equatable, Sendable {
    /// The checkpoint it is for, e.g. `delår1`.
    public var checkpoint: String
    /// The qualitative assessment.
    public var text: String
    /// A grade in the words of the scale in use, if one was given.
    public var grade: String?
    /// Unforeseen measurable added values.
    public var addedValues: [String]

    /// Creates an assessment.
    public init(checkpoint: String, text: String, grade: String? = nil, addedValues: [String] = []) {
        self.checkpoint = checkpoint
        self.text = text
        self.grade = grade
        self.addedValues = addedValues
    }
}
