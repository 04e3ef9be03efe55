import Foundation
import MalbildCore
import MalbildStore

/// Times the PostgreSQL store's paths for the bench: one step's round trip, and a second
/// store catching up with every step and loading the workspace.
public enum PostgresMeasurement {
    /// What one measurement found.
    public struct Figures: Equatable, Sendable {
        /// How many steps were appended.
        public var steps: Int
        /// The mean time of one ``PostgresStore/append(_:after:)``, in seconds.
        public var appendSeconds: Double
        /// The time a second store took to read every step (``PostgresStore/steps(after:)``
        /// from 0), in seconds.
        public var catchUpSeconds: Double
        /// The time a second store took to load the workspace (latest snapshot and the
        /// steps after it), in seconds.
        public var loadSeconds: Double
        /// The workspace the second store loaded.
        public var loaded: Workspace
    }

    /// Makes a workspace `name` from `start` in the store `address` names (its tables must be
    /// installed), appends `steps` one after the other through one store, then reads them all
    /// and loads the workspace through another.
    ///
    /// - Throws: what the stores throw; ``StoreConflict`` when another writer uses the
    ///   workspace meanwhile.
    public static func measure(
        address: PostgresAddress, start: Workspace, steps: [StoredStep], snapshotInterval: Int64 = 200
    ) throws -> Figures {
        let writer = try PostgresStore(address: address)
        defer { writer.close() }
        writer.snapshotInterval = snapshotInterval
        try PostgresStore.create(start, named: address.workspace, on: writer.connection)
        var sequence: Int64 = 0
        let appendStart = DispatchTime.now()
        for step in steps {
            sequence = try writer.append(step, after: sequence)
        }
        let appendTime = seconds(since: appendStart)

        let reader = try PostgresStore(address: address)
        defer { reader.close() }
        let catchUpStart = DispatchTime.now()
        let read = try reader.steps(after: 0)
        let catchUpTime = seconds(since: catchUpStart)
        let loadStart = DispatchTime.now()
        let contents = try reader.load()
        let loadTime = seconds(since: loadStart)
        guard read.count == steps.count, contents.sequence == sequence else {
            throw PostgresStoreError.unreadable(
                workspace: address.workspace, sequence: contents.sequence,
                detail: "\(read.count) steps read back of \(steps.count) appended")
        }
        return Figures(
            steps: steps.count, appendSeconds: steps.isEmpty ? 0 : appendTime / Double(steps.count),
            catchUpSeconds: catchUpTime, loadSeconds: loadTime, loaded: contents.workspace)
    }

    private static func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000_000
    }
}
