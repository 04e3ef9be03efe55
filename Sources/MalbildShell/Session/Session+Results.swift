import MalbildCore

extension Session {
    /// The checkpoint a result typed now is kept at: the chosen checkpoint when it reports
    /// results, else the last checkpoint of its year that does.
    func resultCheckpoint() throws -> Checkpoint {
        guard let current = currentCheckpoint else { throw failure(.noCheckpointChosen) }
        guard let point = workspace.resultCheckpoint(for: current.id) else {
            throw failure(.resNoResultCheckpoint, current.day.year, current.id)
        }
        return point
    }
}
