/// One line of a decision's text with its number in the text as read
/// (after a PDF's or Word file's text is taken out), counted from 1.
public struct DecisionLine: Equatable, Sendable {
    /// The line number.
    public var number: Int
    /// The line, with white space at both ends taken away.
    public var text: String

    /// Creates a line.
    public init(number: Int, text: String) {
        self.number = number
        self.text = text
    }
}
