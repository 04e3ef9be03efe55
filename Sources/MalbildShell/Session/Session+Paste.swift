import LineEditing

extension Session {
    /// After a command refused at a terminal: a note that the line held pasted lines that were
    /// joined into it, so a refusal of the joined words does not hide where they came from.
    func pastedNote(_ reader: LineReader) -> String {
        let joined = reader.pastedLinesJoined
        guard reader.isInteractive, joined > 0 else { return "" }
        return "\n" + t(.polPastedLinesJoined, joined)
    }
}
