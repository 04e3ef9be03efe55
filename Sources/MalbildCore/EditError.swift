/// Why an edit could not be applied. The workspace is unchanged.
public enum EditError: Error, Equatable, CustomStringConvertible {
    /// No goal has the number.
    case noSuchGoal(GoalNumber)
    /// A goal with the number exists already.
    case goalExists(GoalNumber)
    /// No area has the number.
    case noSuchArea(Int)
    /// An area with the number exists already.
    case areaExists(Int)
    /// The area still holds goals.
    case areaInUse(Int, goals: [GoalNumber])
    /// A list position is outside the list.
    case noSuchItem(what: EditItem, number: Int, count: Int)
    /// A text that must not be empty is empty.
    case emptyText(EditItem)
    /// No indicator of the goal has the id.
    case noSuchIndicator(goal: GoalNumber, id: String, known: [String])
    /// An indicator with the id exists already on some goal.
    case indicatorExists(String, goal: GoalNumber)
    /// The indicator's series has ended.
    case indicatorDiscontinued(String, replacedBy: String?)
    /// A forecast was asked of a supporting goal (inriktningsmål).
    case noForecastForSupportingGoal(GoalNumber)
    /// A forecast was asked at a checkpoint that reports results, not forecasts.
    case noForecastAtCheckpoint(String)
    /// A result was given at a checkpoint that reports forecasts, not results.
    case noResultAtCheckpoint(String)
    /// No checkpoint of the calendar has the id.
    case noSuchCheckpoint(String, known: [String])
    /// No grade scale has the name.
    case noSuchScale(String)
    /// Not a four-digit Kolada municipality id.
    case notAKoladaID(String)
    /// Not a valid day.
    case notADay(DayError)
    /// A goal with a parent in another workspace must be a top-level goal of its own.
    case linkUnderAGoal(GoalNumber)
    /// Only a top-level goal can have a parent in another workspace.
    case linkOnSubGoal(GoalNumber, parent: GoalNumber)
    /// A goal's parent in another workspace cannot be in its own workspace.
    case linkToOwnWorkspace(GoalNumber, link: GoalLink)
    /// A value that is not finite or not smaller than ``Number/limit`` in size.
    case valueOutOfRange(Double)

    // Goals of any municipality: rules that hold whatever path.

    /// A goal that holds forecasts cannot become a supporting goal; the
    /// checkpoints with forecasts are named.
    case supportingGoalHasForecasts(GoalNumber, checkpoints: [String])
    /// A supporting goal's assessment takes an outcome grade, not a forecast phrase.
    case forecastGradeOnSupportingGoal(GoalNumber, grade: String, outcomeGrades: [String])
    /// The indicator's series ended on a given day and takes no value from it on.
    case indicatorEnded(String, from: Day, replacedBy: String?)
    /// A series cannot end on a day it has values on or after.
    case valuesAfterEnd(String, from: Day, days: [Day])

    // The workspace's own calendar, scales and targets per period.

    /// A checkpoint with the id exists already.
    case checkpointExists(String)
    /// A checkpoint id must be one word that is not a year, a date or `plan`.
    case badCheckpointID(String)
    /// A checkpoint's day must fall within the plan period.
    case dayOutsidePlanPeriod(Day, first: Int, last: Int)
    /// Something is recorded at the checkpoint; what is named.
    case checkpointInUse(String, uses: [CheckpointUse])
    /// The calendar keeps at least one checkpoint.
    case lastCheckpoint(String)
    /// A built-in scale cannot be changed or removed.
    case builtInScale(String)
    /// The scale is the one in use.
    case scaleInUse(String)
    /// A scale's name must be one word.
    case badScaleName(String)
    /// A scale needs at least one grade before it can be used.
    case scaleWithoutGrades(String)
    /// Two grades of a scale have the same words.
    case gradeWordsTwice(String)
    /// A threshold is a share of the target between 0 and 10 (1 = all of it).
    case thresholdOutOfRange(Double)
    // Goal chains: goals numbered as paths in a tree.

    /// A goal's number names a parent goal that does not exist.
    case noParentGoal(GoalNumber, parent: GoalNumber)
    /// The goal still has goals under it; they are named.
    case goalHasChildren(GoalNumber, children: [GoalNumber])
    /// A goal cannot move under itself or one of its own sub-goals.
    case moveIntoItself(GoalNumber, to: GoalNumber)
    /// The move would put a goal deeper than ``GoalNumber/maximumDepth`` levels.
    case goalTooDeep(GoalNumber)

    /// A message that says what is wrong.
    public var description: String {
        switch self {
        case .noSuchGoal(let n):
            return "there is no goal \(n)"
        case .goalExists(let n):
            return "goal \(n) exists already"
        case .noSuchArea(let n):
            return "there is no area \(n)"
        case .areaExists(let n):
            return "area \(n) exists already"
        case let .areaInUse(n, goals):
            let list = goals.map(\.description).joined(separator: ", ")
            return "area \(n) still holds goal\(goals.count == 1 ? "" : "s") \(list)"
        case let .noSuchItem(what, number, count):
            if count == 0 { return "there is no \(what.noun) \(number): there are none" }
            return "there is no \(what.noun) \(number): the numbers run from 1 to \(count)"
        case .emptyText(let what):
            return "the \(what.noun) cannot be empty"
        case let .noSuchIndicator(goal, id, known):
            let list = known.isEmpty ? "it has none yet" : "its indicators are " + known.joined(separator: ", ")
            return "goal \(goal) has no indicator \"\(id)\": \(list)"
        case let .indicatorExists(id, goal):
            return "an indicator \"\(id)\" exists already (on goal \(goal)): choose another id"
        case let .indicatorDiscontinued(id, replacedBy):
            let next = replacedBy.map { "; record new values on \"\($0)\"" } ?? ""
            return "the series \"\(id)\" has ended and takes no new values\(next)"
        case .noForecastForSupportingGoal(let goal):
            return "goal \(goal) is a supporting goal (inriktningsmål): no forecast can be reported for it, "
                + "as the decision says (\"en prognos för ett sådant mål kan inte redovisas\"); "
                + "it is followed up by a qualitative assessment: use assess qualitative \"…\""
        case .noForecastAtCheckpoint(let id):
            return "\(id) reports the year's result, not a forecast: use result GRADE \"…\""
        case .noResultAtCheckpoint(let id):
            return "\(id) reports a forecast, not the year's result: use forecast set GRADE \"…\""
        case let .noSuchCheckpoint(id, known):
            return "there is no checkpoint \"\(id)\": use " + known.joined(separator: ", ")
        case .notAKoladaID(let text):
            return "\"\(text)\" is not a Kolada municipality id: those are four digits, e.g. 0665 for Vaggeryd"
        case .notADay(let error):
            return error.description
        case .linkUnderAGoal(let number):
            return "goal \(number) has a parent in another workspace, so it stays a top-level goal: unlink it first (set parent none)"
        case let .linkOnSubGoal(number, parent):
            return "goal \(number) is under goal \(parent): only a top-level goal can have a parent in another workspace"
        case let .linkToOwnWorkspace(number, link):
            return "\(link) is in this workspace: give goal \(number) a parent here with set parent \(link.goal)"
        case .valueOutOfRange(let value):
            return "\(value) is too large: a value must be smaller than 1 000 000 000 000 000 in size"
        case let .supportingGoalHasForecasts(goal, checkpoints):
            return "goal \(goal) holds forecasts at " + checkpoints.joined(separator: ", ")
                + " and a supporting goal (inriktningsmål) holds none: clear them first "
                + "(checkpoint ID, then forecast clear), or answer yes when asked at a terminal"
        case let .forecastGradeOnSupportingGoal(goal, grade, grades):
            return "goal \(goal) is a supporting goal (inriktningsmål): its assessment takes an outcome grade, "
                + "not \"\(grade)\": use " + grades.joined(separator: ", ")
        case let .indicatorEnded(id, from, replacedBy):
            let next = replacedBy.map { "; record new values on \"\($0)\"" } ?? ""
            return "the series \"\(id)\" has ended: it takes values dated before \(from) only\(next)"
        case let .valuesAfterEnd(id, from, days):
            return "the series \"\(id)\" has values dated \(from) or later (" + days.map(\.description).joined(separator: ", ")
                + "): give a later --from, or correct those values first"
        case let .noParentGoal(number, parent):
            return "goal \(number) would sit under goal \(parent), and there is no goal \(parent): add goal \(parent) first"
        case let .goalHasChildren(number, children):
            return "goal \(number) has goals under it (" + children.map(\.description).joined(separator: ", ")
                + "): move or remove them first, or remove them with it: goal remove \(number) --with-children"
        case let .moveIntoItself(number, to):
            return "goal \(number) cannot become goal \(to): that is under itself"
        case .goalTooDeep(let number):
            return "goal \(number) would sit more than three levels deep (1.2.1 is the deepest)"
        case .noSuchScale(let name):
            return "there is no grade scale \"\(name)\": use " + GradeScale.all.map(\.name).joined(separator: ", ")
        case .checkpointExists(let id):
            return "a checkpoint \"\(id)\" exists already: move it with checkpoint set \(id) DATE"
        case .badCheckpointID(let id):
            return "\"\(id)\" cannot be a checkpoint id: give one word that is not a year, a date or plan, e.g. delår1"
        case let .dayOutsidePlanPeriod(day, first, last):
            let period = first == last ? "\(first)" : "\(first)–\(last)"
            return "\(day) is outside the plan period \(period)"
        case let .checkpointInUse(id, uses):
            return "\(id) is in use: " + uses.map(\.description).joined(separator: ", ") + "; clear those first"
        case .lastCheckpoint(let id):
            return "\(id) is the calendar's last checkpoint: add another one first"
        case .builtInScale(let name):
            return "\(name) is a built-in scale: it cannot be changed or removed (add a scale of your own)"
        case .scaleInUse(let name):
            return "the scale \(name) is in use: choose another one first (scale use NAME)"
        case .badScaleName(let name):
            return "\"\(name)\" cannot be a scale's name: give one word"
        case .scaleWithoutGrades(let name):
            return "the scale \(name) has no grades yet: add them with scale grade \(name) SYMBOL MEANING \"WORDS\""
        case .gradeWordsTwice(let words):
            return "the scale has a grade \"\(words)\" already"
        case .thresholdOutOfRange(let value):
            return "a threshold of \(Number.percent(value)) is not a share of the target: give 0 to 1000 percent"
        }
    }
}
