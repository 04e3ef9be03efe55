/// Something recorded at a checkpoint, which keeps it from being removed.
public enum CheckpointUse: Equatable, Sendable, CustomStringConvertible {
    /// A goal's assessment at the checkpoint.
    case assessment(goal: GoalNumber)
    /// A goal's forecast at the checkpoint.
    case forecast(goal: GoalNumber)
    /// A goal's result at the checkpoint.
    case result(goal: GoalNumber)
    /// Values of an indicator entered for the checkpoint.
    case values(indicator: String)
    /// An indicator's baseline or target for the checkpoint.
    case reference(indicator: String)

    /// The use in words: "the forecast of goal 6".
    public var description: String {
        switch self {
        case .assessment(let goal): return "the assessment of goal \(goal)"
        case .forecast(let goal): return "the forecast of goal \(goal)"
        case .result(let goal): return "the result of goal \(goal)"
        case .values(let id): return "values of \(id)"
        case .reference(let id): return "a baseline or target of \(id)"
        }
    }
}
