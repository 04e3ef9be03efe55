/// What an edit does, as a value: the shell's catalogue words it for undo,
/// redo, status and the log, in the screen's language.
///
/// Goal numbers are carried as they are, never computed with; list positions
/// are counted from 1, as the user sees them.
public enum EditSummary: Codable, Equatable, Sendable {
    /// Set a goal's title.
    case setTitle(goal: GoalNumber)
    /// Set a goal's ambition level.
    case setAmbition(goal: GoalNumber)
    /// Made a goal steering or supporting.
    case setKind(goal: GoalNumber, kind: GoalKind)
    /// Moved a goal to an area.
    case movedToArea(goal: GoalNumber, area: Int)
    /// Took a goal out of its area.
    case tookOutOfArea(goal: GoalNumber)
    /// Set the status of a goal's ambition level.
    case setStatus(goal: GoalNumber, status: AmbitionStatus)
    /// Took a goal's wording as decided.
    case tookAsDecided(goal: GoalNumber)
    /// Kept a goal's decided wording.
    case keptDecided(goal: GoalNumber)
    /// Judged a goal on a criterion.
    case judged(goal: GoalNumber, criterion: Criterion, verdict: Verdict)
    /// Added a strategy at a position.
    case addedStrategy(goal: GoalNumber, number: Int)
    /// Removed the strategy at a position.
    case removedStrategy(goal: GoalNumber, number: Int)
    /// Added a steering document at a position.
    case addedDocument(goal: GoalNumber, number: Int)
    /// Removed the steering document at a position.
    case removedDocument(goal: GoalNumber, number: Int)
    /// Added a note to a goal, or to the workspace when `goal` is nil.
    case addedNote(goal: GoalNumber?)
    /// Removed a note from a goal, or from the workspace when `goal` is nil.
    case removedNote(goal: GoalNumber?)
    /// Added a goal.
    case addedGoal(goal: GoalNumber)
    /// Removed a goal.
    case removedGoal(goal: GoalNumber)
    /// Added an area.
    case addedArea(area: Int)
    /// Removed an area.
    case removedArea(area: Int)
    /// Renamed an area.
    case renamedArea(area: Int)
    /// Added an indicator to a goal.
    case addedIndicator(goal: GoalNumber, indicator: String)
    /// Removed an indicator from a goal.
    case removedIndicator(goal: GoalNumber, indicator: String)
    /// Set (or, when `cleared`, cleared) an indicator's baseline.
    case setBaseline(goal: GoalNumber, indicator: String, cleared: Bool)
    /// Set (or, when `cleared`, cleared) an indicator's target.
    case setTarget(goal: GoalNumber, indicator: String, cleared: Bool)
    /// Recorded (or, when `corrected`, corrected) an indicator's value for a day.
    case recordedValue(goal: GoalNumber, indicator: String, day: Day, corrected: Bool)
    /// Removed a value of an indicator.
    case removedValue(goal: GoalNumber, indicator: String)
    /// Named a goal of another workspace as a goal's parent, or (nil) unlinked it.
    case linkedParent(goal: GoalNumber, link: GoalLink?)
    /// Set (or, when `cleared`, cleared) the owner of a goal.
    case setOwner(goal: GoalNumber, cleared: Bool)
    /// Corrected what an indicator is.
    case correctedIndicator(goal: GoalNumber, indicator: String)
    /// Ended (or, when `resumed`, resumed) an indicator's series.
    case discontinued(goal: GoalNumber, indicator: String, resumed: Bool)
    /// Assessed (or, when `cleared`, cleared the assessment of) a goal at a checkpoint.
    case assessed(goal: GoalNumber, checkpoint: String, cleared: Bool)
    /// Set the forecast of a goal at a checkpoint to a grade, or cleared it (nil).
    case setForecast(goal: GoalNumber, checkpoint: String, grade: String?)
    /// Set the year's result of a goal to a grade, or cleared it (nil).
    case setResult(goal: GoalNumber, grade: String?)
    /// Added an activity at a position.
    case addedActivity(goal: GoalNumber, number: Int)
    /// Removed the activity at a position.
    case removedActivity(goal: GoalNumber, number: Int)
    /// Set the status of the activity at a position.
    case setActivityStatus(goal: GoalNumber, number: Int, status: ActivityStatus)
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
    case setPeriodTarget(goal: GoalNumber, indicator: String, period: Period, cleared: Bool)
    /// Defined or removed one of the workspace's own grade scales.
    case definedScale(name: String, removed: Bool)

    // Goal chains.

    /// Moved a goal, with every goal under it, to a new number.
    case movedGoal(from: GoalNumber, to: GoalNumber)
    /// Set or cleared the owner of an indicator.
    case setIndicatorOwner(goal: GoalNumber, indicator: String, cleared: Bool)
    /// Set or cleared the owner of an activity (numbered from 1).
    case setActivityOwner(goal: GoalNumber, number: Int, cleared: Bool)
    /// Removed a goal with the goals under it, in one step.
    case removedGoalTree(goal: GoalNumber, goals: [GoalNumber])
}
