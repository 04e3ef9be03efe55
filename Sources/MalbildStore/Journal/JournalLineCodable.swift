/// An entry that writes and reads its journal lines itself, without the generic `Codable`
/// path: what it writes must be the JSON its `Codable` conformance writes with the store's
/// encoder, so that journals written either way read back either way.
public protocol JournalLineCodable {
    /// Writes the entry as one JSON value (the `entry` member of its line).
    func writeJournalValue(into writer: inout JournalLineWriter) throws
    /// Reads an entry from the object written by ``writeJournalValue(into:)`` (or by the
    /// store's encoder).
    static func readJournalValue(_ fields: JournalFields) throws(JournalLineError) -> Self
}
