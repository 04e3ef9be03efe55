/// A goal's outcome at a checkpoint that reports results (helår), in the annual report.
public struct YearResult: Equatable, Sendable {
    /// The checkpoint the result is reported at, e.g. `helår` or `helår-2025`; empty only
    /// in a result read from a file written before results were kept per checkpoint,
    /// until ``Workspace/placingSingleResults()`` places it.
    public var checkpoint: String
    /// The grade, in the words of the scale in use.
    public var grade: String
    /// The account of the result.
    public var text: String

    /// Creates a result.
    public init(checkpoint: String, grade: String, text: String) {
        self.checkpoint = checkpoint
        self.grade = grade
        self.text = text
    }
}
