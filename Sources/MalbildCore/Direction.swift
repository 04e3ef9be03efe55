/// Which way an indicator should move.
public enum Direction: String, Codable, Sendable, CaseIterable {
    /// Higher values are better (e.g. NII).
    case higher
    /// Lower values are better (e.g. long-term unemployment).
    case lower

    /// Whether `value` has reached `target` in this direction.
    public func meets(_ value: Double, target: Double) -> Bool {
        self == .higher ? value >= target : value <= target
    }

    /// Whether moving from `old` to `new` is better, the same or worse.
    public func trend(from old: Double, to new: Double) -> Trend {
        if abs(new - old) < 1e-9 { return .unchanged }
        return (new > old) == (self == .higher) ? .better : .worse
    }
}
