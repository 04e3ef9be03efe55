/// One step on the path from proposal to decision, such as
/// "KSAU 2019-02-20 § 22: proposed".
public struct DecisionStep: Codable, Equatable, Sendable {
    /// The body that acted, e.g. "Kommunstyrelsens arbetsutskott (KSAU)".
    public var body: String
    /// The day of the meeting, when the source gives it.
    public var day: Day?
    /// The paragraph in the minutes, e.g. "§ 22".
    public var paragraph: String
    /// What the body did, in words: "proposed", "decided", "held a dialogue".
    public var action: String

    /// Creates a step.
    public init(body: String, day: Day?, paragraph: String, action: String) {
        self.body = body
        self.day = day
        self.paragraph = paragraph
        self.action = action
    }
}
