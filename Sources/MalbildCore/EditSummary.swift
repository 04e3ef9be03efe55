/// What an edit does, as a value: the shell's catalogue words it for undo,
/// redo, status and the log, in the screen's language.
///
/// Goal numbers are carried as they are, never computed with; list positions
/// are counted from 1, as the user sees them.
public enum EditSummary: Codable, Equatable, Sendable {
    /// Set a goal's title.
    case setTitle(goal: Int)
    /// Set a goal's ambition level.
    case setAmbition(goal: Int)
    /// Made a goal steering or supporting.
    case setKind(goal: Int, kind: GoalKind)
    /// Moved a goal to an area.
    case movedToArea(goal: Int, area: Int)
    /// Took a goal out of its area.
    case tookOutOfArea(goal: Int)
    /// Set the status of a goal's ambition level.
    case setStatus(goal: Int, status: AmbitionStatus)
    /// Took a goal's wording as decided.
    case tookAsDecided(goal: Int)
    /// Kept a goal's decided wording.
    case keptDecided(goal: Int)
    /// Judged a goal on a criterion.
    case judged(goal: Int, criterion: Criterion, verdict: Verdict)
    /// Added a strategy at a position.
    case addedStrategy(goal: Int, number: Int)
    /// Removed the strategy at a position.
    case removedStrategy(goal: Int, number: Int)
    /// Added a steering document at a position.
    case addedDocument(goal: Int, number: Int)
    /// Removed the steering document at a position.
    case removedDocument(goal: Int, number: Int)
    /// Added a note to a goal, or to the workspace when `goal` is nil.
    case addedNote(goal: Int?)
    /// Removed a note from a goal, or from the workspace when `goal` is nil.
    case removedNote(goal: Int?)
    /// Added a goal.
    case addedGoal(goal: Int)
    /// Removed a goal.
    case removedGoal(goal: Int)
    /// Added an area.
    case addedArea(area: Int)
    /// Removed an area.
    case removedArea(area: Int)
    /// Renamed an area.
    case renamedArea(area: Int)
    /// Added an indicator to a goal.
    case addedIndicator(goal: Int, indicator: String)
    /// Removed an indicator from a goal.
    case removedIndicator(goal: Int, indicator: String)
    /// Set (or, when `cleared`, cleared) an indicator's baseline.
    case setBaseline(goal: Int, indicator: String, cleared: Bool)
    /// Set (or, when `cleared`, cleared) an indicator's target.
    case setTarget(goal: Int, indicator: String, cleared: Bool)
    /// Recorded (or, when `corrected`, corrected) an indicator's value for a day.
    case recordedValue(goal: Int, indicator: String, day: Day, corrected: Bool)
    /// Removed a value of an indicator.
    case removedValue(goal: Int, indicator: String)
    /// Set (or, when `cleared`, cleared) the owner of a goal.
    case setOwner(goal: Int, cleared: Bool)
    /// Corrected what an indicator is.
    case correctedIndicator(goal: Int, indicator: String)
    /// Ended (or, when `resumed`, resumed) an indicator's series.
    case discontinued(goal: Int, indicator: String, resumed: Bool)
    /// Assessed (or, when `cleared`, cleared the assessment of) a goal at a checkpoint.
    case assessed(goal: Int, checkpoint: String, cleared: Bool)
    /// Set the forecast of a goal at a checkpoint to a grade, or cleared it (nil).
    case setForecast(goal: Int, checkpoint: String, grade: String?)
    /// Set the year's result of a goal to a grade, or cleared it (nil).
    case setResult(goal: Int, grade: String?)
    /// Added an activity at a position.
    case addedActivity(goal: Int, number: Int)
    /// Removed the activity at a position.
    case removedActivity(goal: Int, number: Int)
    /// Set the status of the activity at a position.
    case setActivityStatus(goal: Int, number: Int, status: ActivityStatus)
    /// Chose a grade scale by name.
    case choseScale(name: String)
    /// Added an entry to the log.
    case logged
    /// Removed the last log entry.
    case removedLastLog
    /// Set one text of the workspace's record.
    case setInfo(field: InfoField)
    /// Added a text to a list of the workspace's record, at a position.
    case addedInfo(list: InfoList, number: Int)
    /// Removed the text at a position of a list of the workspace's record.
    case removedInfo(list: InfoList, number: Int)
    /// Added a step to the decision path, at a position.
    case addedStep(number: Int)
    /// Removed the step at a position of the decision path.
    case removedStep(number: Int)
    /// Updated (or, when `cleared`, cleared) what is kept from Kolada.
    case koladaRecord(cleared: Bool)

    // The workspace's own calendar, scales and targets per period.

    /// Set the checkpoint with the id to a day, or (with nil) removed it.
    case setCheckpoint(id: String, day: Day?)
    /// Set or cleared an indicator's target for one period.
    case setPeriodTarget(goal: Int, indicator: String, period: Period, cleared: Bool)
    /// Defined or removed one of the workspace's own grade scales.
    case definedScale(name: String, removed: Bool)
}
