/// The wording of a goal as the board decided it, kept while a rewritten
/// ambition level is a draft or a proposal, so that a proposal can be set
/// against what was decided.
public struct DecidedText: Codable, Equatable, Sendable {
    /// The decided title.
    public var title: String
    /// The decided ambition level.
    public var ambition: String

    /// Creates a decided wording.
    public init(title: String, ambition: String) {
        self.title = title
        self.ambition = ambition
    }
}
