import Foundation

/// An entry is written with its change as data (`change`, and `before` and
/// `after` as values). An entry written before that (a `summary` sentence,
/// `before` and `after` as texts) is read with the sentence kept as
/// ``LogChange/writtenBefore(_:)`` and the texts as ``ChangeValue/text(_:)``;
/// the store reads such sentences into values when it opens an older file.
extension LogEntry {
    private enum CodingKeys: String, CodingKey {
        case time, user, goal, change, before, after, summary
    }

    /// Reads an entry in either shape.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        time = try c.decode(Date.self, forKey: .time)
        user = try c.decode(String.self, forKey: .user)
        goal = try c.decodeIfPresent(GoalNumber.self, forKey: .goal)
        if c.contains(.change) {
            change = try c.decode(LogChange.self, forKey: .change)
        } else {
            change = .writtenBefore(try c.decode(String.self, forKey: .summary))
        }
        before = try Self.value(c, .before)
        after = try Self.value(c, .after)
    }

    /// Writes the entry with its change as data.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(time, forKey: .time)
        try c.encode(user, forKey: .user)
        try c.encodeIfPresent(goal, forKey: .goal)
        try c.encode(change, forKey: .change)
        try c.encodeIfPresent(before, forKey: .before)
        try c.encodeIfPresent(after, forKey: .after)
    }

    private static func value(_ c: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys) throws -> ChangeValue? {
        if let text = try? c.decodeIfPresent(String.self, forKey: key) { return .text(text) }
        return try c.decodeIfPresent(ChangeValue.self, forKey: key)
    }
}
