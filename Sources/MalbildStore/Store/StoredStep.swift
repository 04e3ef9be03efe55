import Foundation
import MalbildCore

/// One step as a store keeps it: the edits one command made, in order, with the
/// log entry's `appendLog` edit last; their inverse, last edit first; who made it and when.
///
/// Applying `edits` to the state after step `sequence - 1` gives the state after this step.
public struct StoredStep: Equatable, Sendable {
    /// The step's place in its workspace's sequence, from 1; 0 while not yet stored.
    public var sequence: Int64
    /// Who made the step (`--user`, `set user`, the login name).
    public var user: String
    /// When the step was made, in whole seconds.
    public var time: Date
    /// The edits, in the order they were applied, the log entry's last.
    public var edits: [Edit]
    /// The edits that take the step back, in the order they are applied.
    public var inverse: [Edit]

    /// A step as made by a session, before a store has given it its place.
    public init(sequence: Int64 = 0, user: String, time: Date, edits: [Edit], inverse: [Edit]) {
        self.sequence = sequence
        self.user = user
        self.time = time
        self.edits = edits
        self.inverse = inverse
    }
}
