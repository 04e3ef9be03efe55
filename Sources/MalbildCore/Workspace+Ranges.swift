/// The ranges a workspace's numbers keep, whichever way they came in: typed, imported or
/// read from a file. A file is checked against them when it is opened, so that a crafted or
/// damaged number (a plan year of −9223372036854775808, a value of 1e308) is refused with
/// its place instead of breaking a later command.
extension Workspace {
    /// Years: those a date can have.
    public static let yearRange = 1000...9999
    /// Goal and area numbers: those a command can type.
    public static let numberRange = 0...999_999
    /// The largest magnitude a value may have (exclusive): what `measure` reads.
    public static let valueLimit = 1e15

    /// The first number out of range, with its place (`goals[2].indicators[0].measurements[5]`)
    /// and what is wrong; nil when all are in range.
    public func firstValueOutOfRange() -> (place: String, detail: String)? {
        func year(_ y: Int, _ place: String) -> (place: String, detail: String)? {
            Self.yearRange.contains(y) ? nil : (place, "the year \(y) is outside \(Self.yearRange.lowerBound)–\(Self.yearRange.upperBound)")
        }
        func number(_ n: Int, _ place: String) -> (place: String, detail: String)? {
            Self.numberRange.contains(n) ? nil : (place, "the number \(n) is outside \(Self.numberRange.lowerBound)–\(Self.numberRange.upperBound)")
        }
        func value(_ v: Double?, _ place: String) -> (place: String, detail: String)? {
            guard let v else { return nil }
            return v.isFinite && abs(v) < Self.valueLimit ? nil : (place, "the value \(v) is not a number below 1e15 in size")
        }
        if let problem = year(planYear, "planYear") { return problem }
        if let last = lastPlanYear, !(planYear...planYear + 9).contains(last) {
            return ("lastPlanYear", "the plan period \(planYear)–\(last) is not one to ten years from the plan year")
        }
        for (s, scale) in (ownScales ?? []).enumerated() {
            for (g, grade) in (scale.forecastGrades + scale.resultGrades).enumerated() {
                if let t = grade.threshold, !(t.isFinite && t >= 0 && t <= 10) {
                    return ("ownScales[\(s)].grades[\(g)].threshold", "the threshold \(t) is not a share between 0 and 10")
                }
            }
        }
        for (i, checkpoint) in calendar.checkpoints.enumerated() {
            if let problem = year(checkpoint.day.year, "calendar.checkpoints[\(i)].day") { return problem }
        }
        for (i, area) in areas.enumerated() {
            if let problem = number(area.number, "areas[\(i)].number") { return problem }
        }
        for (g, goal) in goals.enumerated() {
            let at = "goals[\(g)]"
            for part in goal.number.parts {
                if let problem = number(part, at + ".number") { return problem }
            }
            if let parent = goal.number.parent, self.goal(parent) == nil {
                return (at + ".number", "goal \(goal.number) sits under goal \(parent), and there is no goal \(parent)")
            }
            if let area = goal.area, let problem = number(area, at + ".area") { return problem }
            for (a, activity) in goal.activities.enumerated() {
                if let due = activity.due, let problem = year(due.year, at + ".activities[\(a)].due") { return problem }
            }
            for (i, indicator) in goal.indicators.enumerated() {
                let here = at + ".indicators[\(i)]"
                let others = indicator.periodTargets.enumerated().map { ("periodTargets[\($0.offset)]", Optional($0.element)) }
                for (name, reference) in [("baseline", indicator.baseline), ("target", indicator.target)] + others {
                    guard let reference else { continue }
                    if case .year(let y) = reference.period, let problem = year(y, "\(here).\(name).period") { return problem }
                    if let problem = value(reference.value, "\(here).\(name).value") { return problem }
                }
                let series = indicator.measurements
                for m in series.indices {
                    // The place is only written for the value found out of range: a series may
                    // hold a million values.
                    let problem = year(series.day(at: m).year, ".day") ?? value(series.total(at: m), ".total")
                        ?? value(series.women(at: m), ".women") ?? value(series.men(at: m), ".men")
                    if let problem { return ("\(here).measurements[\(m)]" + problem.place, problem.detail) }
                }
            }
        }
        return nil
    }
}
