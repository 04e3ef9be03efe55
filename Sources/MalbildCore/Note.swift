import Foundation

/// A timestamped note of what was said, on a goal or on the workspace.
public struct Note: Codable, Equatable, Sendable {
    /// When the note was written.
    public var time: Date
    /// What was said.
    public var text: String

    /// Creates a note.
    public init(time: Date, text: String) {
        self.time = time
        self.text = text
    }
}
