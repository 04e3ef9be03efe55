import Foundation

/// A small stand-in for the workspace.
struct TestDocument: Codable, Equatable {
    var title: String
    var goals: [TestGoal]
    var updated: Date
}

/// A stand-in for a goal, with an enumeration to get wrong.
struct TestGoal: Codable, Equatable {
    enum Kind: String, Codable { case goal, ambition }
    var number: Int
    var kind: Kind
    var text: String
}

/// A stand-in for an edit.
struct TestEntry: Codable, Equatable {
    var op: String
    var value: Int
}

/// A document whose encoding always fails.
struct ExplodingDocument: Codable {
    struct Refused: Error {}
    init() {}
    init(from decoder: any Decoder) throws { throw Refused() }
    func encode(to encoder: any Encoder) throws {
        throw EncodingError.invalidValue(self, .init(codingPath: [], debugDescription: "refused on purpose"))
    }
}

/// An entry whose encoding always fails.
struct ExplodingEntry: Codable {
    init() {}
    init(from decoder: any Decoder) throws { throw ExplodingDocument.Refused() }
    func encode(to encoder: any Encoder) throws {
        throw EncodingError.invalidValue(self, .init(codingPath: [], debugDescription: "refused on purpose"))
    }
}

extension TestDocument {
    /// A document with two goals; `updated` has a fraction of a second.
    static let sample = TestDocument(
        title: "KS mål 2019 – Vaggeryd",
        goals: [
            TestGoal(number: 1, kind: .goal, text: "Hållbar tillväxt"),
            TestGoal(number: 2, kind: .ambition, text: "Öka andelen/antalet"),
        ],
        updated: Date(timeIntervalSince1970: 1_556_620_920.25))
}
