/// The decision a workspace's goals come from: the minutes' paragraph, its
/// text, the path that led to it and the documents it rests on.
public struct Decision: Codable, Equatable, Sendable {
    /// The case's title, e.g. "Kommunstyrelsens mål 2019".
    public var title: String
    /// The case reference (diarienummer), e.g. "KS 2018/109".
    public var caseReference: String
    /// The paragraph of the minutes, e.g. "§55".
    public var paragraph: String
    /// The day of the decision, when the source gives it.
    public var day: Day?
    /// Whose proposal was decided on, e.g. "Arbetsutskottets förslag till kommunstyrelsen".
    public var proposal: String
    /// What was decided, in the minutes' words.
    public var text: String
    /// The summary (sammanfattning), paragraph by paragraph.
    public var summary: [String]
    /// The steps from proposal to decision.
    public var path: [DecisionStep]
    /// The decision documents (beslutsunderlag).
    public var documents: [String]
    /// Where the decision is sent (expedieras till).
    public var dispatchedTo: [String]

    /// Creates a decision record.
    public init(
        title: String = "",
        caseReference: String = "",
        paragraph: String = "",
        day: Day? = nil,
        proposal: String = "",
        text: String = "",
        summary: [String] = [],
        path: [DecisionStep] = [],
        documents: [String] = [],
        dispatchedTo: [String] = []
    ) {
        self.title = title
        self.caseReference = caseReference
        self.paragraph = paragraph
        self.day = day
        self.proposal = proposal
        self.text = text
        self.summary = summary
        self.path = path
        self.documents = documents
        self.dispatchedTo = dispatchedTo
    }
}
