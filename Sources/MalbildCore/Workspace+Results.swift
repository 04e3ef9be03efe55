extension Workspace {
    /// Where a goal's single result from a file written before results were kept per
    /// checkpoint belongs: the plan year's last checkpoint that reports results; failing
    /// that the calendar's last such checkpoint, or its last checkpoint of all.
    public var singleResultCheckpoint: String {
        let points = calendar.checkpoints
        return (points.last { !$0.forecasts && $0.day.year == planYear }
            ?? points.last { !$0.forecasts }
            ?? points.last)?.id ?? ""
    }

    /// The checkpoint a result given at a checkpoint is kept at: the checkpoint itself when
    /// it reports results, else the last checkpoint of its year that does; nil when its
    /// year has none or there is no such checkpoint.
    public func resultCheckpoint(for id: String) -> Checkpoint? {
        guard let point = calendar.checkpoint(id) else { return nil }
        if !point.forecasts { return point }
        return calendar.checkpoints.last { !$0.forecasts && $0.day.year == point.day.year }
    }

    /// The workspace with each goal's single result, as a file written before results were
    /// kept per checkpoint holds it, placed at ``singleResultCheckpoint`` (where a file edited
    /// by hand holds both, the result kept per checkpoint wins). Changes nothing else; a
    /// reader of workspace files calls it once on reading.
    public func placingSingleResults() -> Workspace {
        guard goals.contains(where: { $0.result != nil }) else { return self }
        var copy = self
        let at = singleResultCheckpoint
        for g in copy.goals.indices {
            guard var single = copy.goals[g].result else { continue }
            copy.goals[g].result = nil
            var results = copy.goals[g].results ?? []
            if single.checkpoint.isEmpty { single.checkpoint = at }
            guard !results.contains(where: { $0.checkpoint == single.checkpoint }) else { continue }
            results.append(single)
            let order = calendar.checkpoints.map(\.id)
            results.sort { (order.firstIndex(of: $0.checkpoint) ?? order.count) < (order.firstIndex(of: $1.checkpoint) ?? order.count) }
            copy.goals[g].results = results
        }
        return copy
    }
}
