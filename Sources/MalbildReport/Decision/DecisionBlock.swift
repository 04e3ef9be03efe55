/// One part of a drafted decision, before it is written in a format.
enum DecisionBlock: Equatable {
    /// The paragraph of the minutes, e.g. "§55".
    case paragraphNumber(String)
    /// The case's title with its reference.
    case title(String)
    /// A section heading: Beslut, Sammanfattning, Expedieras till, Beslutsunderlag.
    case heading(String)
    /// A goal area's heading.
    case area(String)
    /// A goal's heading: "Mål 6. Title (Befintliga styrdokument - …)".
    case goal(String)
    /// The mark that a goal's ambition level is the working committee's proposal.
    case proposalMark
    /// A labelled text: "Ambitionsnivå: …".
    case labelled(label: String, text: String)
    /// A paragraph.
    case text(String)
    /// A list with bullets.
    case bullets([String])
    /// Lines that belong together without bullets (the documents, where it is sent).
    case lines([String])
}
