/// A document whose numbers are checked after it is read from a file, as the shell checks
/// the numbers a user types: a file must not bring in what no command would let in.
public protocol CheckedDocument {
    /// The first value out of range, with its place (such as `goals[2].indicators[0]`) and
    /// what is wrong with it; nil when every value is in range.
    func outOfRange() -> (place: String, detail: String)?
}
