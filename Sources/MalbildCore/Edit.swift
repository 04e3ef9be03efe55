/// One change to a workspace, as a value.
///
/// Every command that changes the workspace makes an edit and hands it to
/// ``Workspace/apply(_:)``, which returns the edit that undoes it. That one
/// path gives undo and redo, the journal and replay.
public indirect enum Edit: Codable, Equatable, Sendable {
    /// Sets a goal's title.
    case setTitle(goal: GoalNumber, title: String)
    /// Sets a goal's ambition level text.
    case setAmbition(goal: GoalNumber, text: String)
    /// Sets whether a goal is steering or supporting.
    case setKind(goal: GoalNumber, kind: GoalKind)
    /// Moves a goal to an area, or out of every area.
    case setArea(goal: GoalNumber, area: Int?)
    /// Sets the status of a goal's ambition level.
    case setStatus(goal: GoalNumber, status: AmbitionStatus)
    /// Keeps (or, with nil, forgets) the decided wording of a goal.
    case setDecided(goal: GoalNumber, text: DecidedText?)
    /// Sets a goal's verdict and justification on one criterion.
    case setCriterion(goal: GoalNumber, criterion: Criterion, assessment: CriterionAssessment)
    /// Inserts a strategy at a position in a goal's list.
    case insertStrategy(goal: GoalNumber, index: Int, text: String)
    /// Removes the strategy at a position.
    case removeStrategy(goal: GoalNumber, index: Int)
    /// Inserts a steering document at a position in a goal's list.
    case insertDocument(goal: GoalNumber, index: Int, text: String)
    /// Removes the steering document at a position.
    case removeDocument(goal: GoalNumber, index: Int)
    /// Inserts a note on a goal, or on the workspace when `goal` is nil.
    case insertNote(goal: GoalNumber?, index: Int, note: Note)
    /// Removes a note from a goal, or from the workspace when `goal` is nil.
    case removeNote(goal: GoalNumber?, index: Int)
    /// Adds a whole goal; its number must be free.
    case insertGoal(goal: Goal)
    /// Removes a goal.
    case removeGoal(number: GoalNumber)
    /// Inserts a goal area at a position.
    case insertArea(index: Int, area: GoalArea)
    /// Removes a goal area that no goal belongs to.
    case removeArea(number: Int)
    /// Renames a goal area.
    case renameArea(number: Int, name: String)
    /// Adds an indicator to a goal at a position.
    case insertIndicator(goal: GoalNumber, index: Int, indicator: Indicator)
    /// Removes an indicator, with its values.
    case removeIndicator(goal: GoalNumber, id: String)
    /// Sets or clears an indicator's baseline.
    case setBaseline(goal: GoalNumber, indicator: String, reference: Reference?)
    /// Sets or clears an indicator's target.
    case setTarget(goal: GoalNumber, indicator: String, reference: Reference?)
    /// Inserts a recorded value at a position in an indicator's history.
    case insertMeasurement(goal: GoalNumber, indicator: String, index: Int, measurement: Measurement)
    /// Removes the recorded value at a position.
    case removeMeasurement(goal: GoalNumber, indicator: String, index: Int)
    /// Marks an indicator's series as ended, or takes the mark away.
    case setDiscontinued(goal: GoalNumber, indicator: String, discontinuation: Discontinuation?)
    /// Sets or clears the assessment at a checkpoint.
    case setAssessment(goal: GoalNumber, checkpoint: String, assessment: Assessment?)
    /// Sets or clears the forecast at a checkpoint; steering goals only.
    case setForecast(goal: GoalNumber, checkpoint: String, forecast: Forecast?)
    /// Sets or clears the result at a checkpoint that reports results. An empty checkpoint
    /// (a journal line written before results were kept per checkpoint) means the one
    /// ``Workspace/singleResultCheckpoint`` places an older file's result at.
    case setResult(goal: GoalNumber, checkpoint: String, result: YearResult?)
    /// Inserts an activity at a position.
    case insertActivity(goal: GoalNumber, index: Int, activity: Activity)
    /// Removes the activity at a position.
    case removeActivity(goal: GoalNumber, index: Int)
    /// Sets an activity's status.
    case setActivityStatus(goal: GoalNumber, index: Int, status: ActivityStatus)
    /// Chooses the grade scale.
    case setScale(name: String)
    /// Adds an entry to the workspace's log of changes. Logged changes are
    /// never undone: an undo is logged as a change of its own.
    case appendLog(entry: LogEntry)
    /// Removes the last log entry; only the inverse of ``appendLog(entry:)``.
    case removeLastLog
    /// Sets one text of the workspace's record.
    case setInfo(field: InfoField, value: String)
    /// Inserts a text into a list of the workspace's record.
    case insertInfo(list: InfoList, index: Int, text: String)
    /// Removes a text from a list of the workspace's record.
    case removeInfo(list: InfoList, index: Int)
    /// Inserts a step into the decision path.
    case insertStep(index: Int, step: DecisionStep)
    /// Removes a step from the decision path.
    case removeStep(index: Int)

    // Kolada's record beside the goals.

    /// Replaces what is kept from Kolada (KPI titles, place names, other places' values),
    /// or clears it.
    case setKoladaRecord(record: KoladaRecord?)

    // Goals of any municipality.

    /// Corrects what an indicator is: its name, unit, source and direction.
    /// Its id, values, baseline and target are kept.
    case setIndicatorDescription(goal: GoalNumber, indicator: String, description: IndicatorDescription)
    /// Sets or clears the body or person responsible for a goal.
    case setOwner(goal: GoalNumber, owner: String?)

    // Goal chains: goals numbered as paths in a tree, owners everywhere.

    /// Moves a goal with every goal under it to a new number (a new place in the tree);
    /// history, notes, indicators, assessments and log entries go with them.
    case moveGoal(from: GoalNumber, to: GoalNumber)
    /// Names a goal of another workspace as a top-level goal's parent, or (nil) unlinks it.
    case setLinkedParent(goal: GoalNumber, link: GoalLink?)
    /// Sets or clears the body or person responsible for an indicator.
    case setIndicatorOwner(goal: GoalNumber, indicator: String, owner: String?)
    /// Sets or clears the body or person responsible for an activity.
    case setActivityOwner(goal: GoalNumber, index: Int, owner: String?)

    // The workspace's own calendar, scales and targets per period.

    /// Adds a checkpoint, changes the one with the id, or (with nil) removes it.
    case setCheckpoint(id: String, checkpoint: Checkpoint?)
    /// Sets or (with nil) clears an indicator's target for one period; the first
    /// target set is the indicator's ``Indicator/target``, the others sit beside it.
    case setPeriodTarget(goal: GoalNumber, indicator: String, period: Period, reference: Reference?)
    /// Adds or replaces one of the workspace's own grade scales, or (with nil) removes it.
    case setOwnScale(name: String, scale: GradeScale?)
}
