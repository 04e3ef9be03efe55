import MalbildCore

/// Something in a decision that could be read more than one way: reported,
/// with what was done, never settled by a guess.
public enum DecisionAmbiguity: Equatable, Sendable {
    /// Neither a sentence nor a marker says whether the goal is steering or
    /// supporting; it is left supporting (the kind that promises no forecast).
    case kindNotStated(goal: Int)
    /// The goal's own marker and the sentence that lists goals disagree; the
    /// goal's own marker is kept.
    case kindConflict(goal: Int, marker: GoalKind, sentence: GoalKind, line: Int)
    /// A sentence names a goal the text does not hold.
    case sentenceNamesUnknownGoal(goal: Int, line: Int)
    /// Goals are numbered anew in each area; they are numbered through in
    /// order, and a sentence listing goal numbers is not applied.
    case numberedPerArea(line: Int, written: Int, readAs: Int)
    /// A sentence listing goals by number was not applied, because goals are numbered per area.
    case sentenceNotApplied(line: Int)
    /// A goal's title ends in parentheses that do not say they are steering
    /// documents; they are kept in the title.
    case parenthesesKeptInTitle(goal: Int, text: String)
    /// More than one paragraph of the summary speaks of inriktningsmål; all stay in the summary.
    case severalRules(lines: [Int])
    /// A goal number is used twice in the same area; the later goal gets the next free number.
    case goalNumberRepeated(line: Int, written: Int, readAs: Int)
    /// The goal has no `Ambitionsnivå:`; its ambition level is empty.
    case noAmbition(goal: Int)
    /// The text names no plan year; the year given is used.
    case planYearNotStated(usedYear: Int)

}
