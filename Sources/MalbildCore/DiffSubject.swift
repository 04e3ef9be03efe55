/// What one difference between two workspaces is about, as a value: the
/// shell's catalogue words it.
public enum DiffSubject: Equatable, Sendable {
    /// The workspace's name.
    case name
    /// The municipality.
    case municipality
    /// The plan year.
    case planYear
    /// The decision record.
    case decision
    /// The grade scale.
    case scale
    /// An area was added.
    case areaAdded(area: Int)
    /// An area was removed.
    case areaRemoved(area: Int)
    /// An area was renamed.
    case areaRenamed(area: Int)
    /// An item was added to a list.
    case added(Item)
    /// An item was removed from a list.
    case removed(Item)
    /// The goal was added.
    case goalAdded
    /// The goal was removed.
    case goalRemoved
    /// The goal was moved (`set parent`, `set number`) from another number.
    case goalMoved(from: GoalNumber)
    /// The goal's title.
    case title
    /// The goal's ambition level.
    case ambition
    /// The goal's kind.
    case kind
    /// The goal's area.
    case area
    /// The status of the goal's ambition level.
    case status
    /// The verdict on a criterion.
    case criterion(Criterion)
    /// An indicator was added.
    case indicatorAdded(id: String)
    /// An indicator was removed.
    case indicatorRemoved(id: String)
    /// An indicator was renamed.
    case indicatorRenamed(id: String)
    /// An indicator's source, unit or direction.
    case indicatorRedefined(id: String)
    /// An indicator's baseline.
    case baseline(id: String)
    /// An indicator's target.
    case target(id: String)
    /// Values recorded after the ones there were.
    case valuesRecorded(count: Int, id: String)
    /// Values changed otherwise.
    case valuesChanged(id: String)
    /// A series resumed.
    case seriesResumed(id: String)
    /// A series ended.
    case seriesEnded(id: String)
    /// The forecast at a checkpoint.
    case forecast(checkpoint: String)
    /// The assessment at a checkpoint.
    case assessment(checkpoint: String)
    /// The year's result.
    case result
    /// The status of the activity at a position (from 1).
    case activityStatus(number: Int)

    // The workspace's own calendar, scales and targets per period.

    /// The plan period changed.
    case planPeriod
    /// A checkpoint was added.
    case checkpointAdded(id: String)
    /// A checkpoint was removed.
    case checkpointRemoved(id: String)
    /// A checkpoint's day, name or kind changed.
    case checkpointChanged(id: String)
    /// One of the workspace's own scales was defined.
    case scaleDefined(name: String)
    /// One of the workspace's own scales was redefined.
    case scaleRedefined(name: String)
    /// One of the workspace's own scales was removed.
    case scaleRemoved(name: String)
    /// An indicator's targets per period changed.
    case periodTargets(id: String)

    /// The lists whose items are compared as texts.
    public enum Item: Equatable, Sendable, CaseIterable {
        /// A note on the workspace.
        case workspaceNote
        /// A strategy of a goal.
        case strategy
        /// A steering document of a goal.
        case document
        /// A note on a goal.
        case note
        /// An activity of a goal.
        case activity
    }
}
