/// The three criteria of one goal's ambition level.
public struct Criteria: Codable, Equatable, Sendable {
    /// Within the board's power and area of responsibility.
    public var influenceable: CriterionAssessment
    /// Measurable.
    public var measurable: CriterionAssessment
    /// Resourced.
    public var resourced: CriterionAssessment

    /// Creates criteria, all unknown by default.
    public init(
        influenceable: CriterionAssessment = .init(),
        measurable: CriterionAssessment = .init(),
        resourced: CriterionAssessment = .init()
    ) {
        self.influenceable = influenceable
        self.measurable = measurable
        self.resourced = resourced
    }

    /// The assessment of one criterion.
    public subscript(criterion: Criterion) -> CriterionAssessment {
        get {
            switch criterion {
            case .influenceable: return influenceable
            case .measurable: return measurable
            case .resourced: return resourced
            }
        }
        set {
            switch criterion {
            case .influenceable: influenceable = newValue
            case .measurable: measurable = newValue
            case .resourced: resourced = newValue
            }
        }
    }
}
