import MalbildCore

extension Catalogue {
    /// The message of an error in this language: the core's errors through
    /// the catalogue, and the store's errors too (``describeStore(_:)``).
    func describe(_ error: Error) -> String {
        if let error = error as? ShellError { return error.message(self) }
        if let text = describeStore(error) { return text }
        if let text = describePostgres(error) { return text }
        guard language == .sv else { return String(describing: error) }
        switch error {
        case let error as EditError: return describe(error)
        case let error as DayError: return describe(error)
        case let error as IndicatorSourceError: return describe(error)
        default: return String(describing: error)
        }
    }

    private func describe(_ error: EditError) -> String {
        switch error {
        case .noSuchGoal(let n): return self(.errNoSuchGoal, n)
        case .goalExists(let n): return self(.errGoalExists, n)
        case .noSuchArea(let n): return self(.errNoSuchArea, n)
        case .areaExists(let n): return self(.errAreaExists, n)
        case let .areaInUse(n, goals): return self(.errAreaInUse, n, goals.count, goals.map(\.description).joined(separator: ", "))
        case let .noSuchItem(what, number, count):
            let noun = itemNoun(what)
            return count == 0 ? self(.errNoSuchItemNone, noun, number) : self(.errNoSuchItem, noun, number, count)
        case .emptyText(let what): return self(.errEmptyText, itemNoun(what))
        case let .noSuchIndicator(goal, id, known):
            let list = known.isEmpty ? self(.errItHasNone) : self(.errItsIndicatorsAre, known.joined(separator: ", "))
            return self(.errNoSuchIndicator, goal, id, list)
        case let .indicatorExists(id, goal): return self(.errIndicatorExists, id, goal)
        case let .indicatorDiscontinued(id, replacedBy):
            return self(.errIndicatorDiscontinued, id) + (replacedBy.map { self(.errRecordOn, $0) } ?? "")
        case .noForecastForSupportingGoal(let goal): return self(.errNoForecastSupporting, goal)
        case let .supportingGoalHasForecasts(goal, checkpoints):
            return self(.errSupportingHasForecasts, goal, checkpoints.joined(separator: ", "))
        case let .indicatorEnded(id, from, replacedBy):
            return self(.errIndicatorEnded, id, from) + (replacedBy.map { self(.errRecordOn, $0) } ?? "")
        case let .valuesAfterEnd(id, from, days):
            return self(.errValuesAfterEnd, id, from, days.map(\.description).joined(separator: ", "))
        case let .forecastGradeOnSupportingGoal(goal, grade, grades):
            return self(.errForecastGradeOnSupporting, goal, grade, grades.joined(separator: ", "))
        case .noForecastAtCheckpoint(let id): return self(.errNoForecastAtCheckpoint, id)
        case .noResultAtCheckpoint(let id): return self(.errNoResultAtCheckpoint, id)
        case let .noSuchCheckpoint(id, known): return self(.noSuchCheckpointUse, id, known.joined(separator: ", "))
        case .notAKoladaID(let text): return self(.errNotAKoladaID, text)
        case .notADay(let error): return describe(error)
        case .noSuchScale(let name): return self(.errNoSuchScale, name, GradeScale.all.map(\.name).joined(separator: ", "))
        case .valueOutOfRange(let value): return self(.errValueOutOfRange, String(value))
        case .checkpointExists, .badCheckpointID, .dayOutsidePlanPeriod, .checkpointInUse, .lastCheckpoint, .builtInScale,
             .scaleInUse, .badScaleName, .scaleWithoutGrades, .gradeWordsTwice, .thresholdOutOfRange:
            return describeCalendar(error) ?? error.description
        case let .noParentGoal(number, parent): return self(.errNoParentGoal, number, parent)
        case .linkUnderAGoal(let number): return self(.errLinkUnderAGoal, number)
        case let .linkOnSubGoal(number, parent): return self(.errLinkOnSubGoal, number, parent)
        case let .linkToOwnWorkspace(number, link): return self(.errLinkToOwnWorkspace, number, link, link.goal)
        case let .goalHasChildren(number, children): return self(.errGoalHasChildren, number, children.map(\.description).joined(separator: ", "))
        case let .moveIntoItself(number, to): return self(.errMoveIntoItself, number, to)
        case .goalTooDeep(let number): return self(.errGoalTooDeep, number)
        }
    }

    private func describe(_ error: DayError) -> String {
        switch error {
        case .notADate(let text): return self(.errNotADate, text)
        case .noSuchMonth(let month): return self(.errNoSuchMonth, month)
        case .yearOutOfRange(let year): return self(.errYearOutOfRange, year)
        case let .noSuchDay(year, month, day, length):
            let m = month < 10 ? "0\(month)" : "\(month)"
            let d = day < 10 ? "0\(day)" : "\(day)"
            if month == 2 && day == 29 { return self(.errNotALeapYear, "\(year)-\(m)-\(d)", year) }
            let name = Self.months.indices.contains(month - 1) ? self(Self.months[month - 1]) : String(month)
            return self(.errNoSuchDay, "\(year)-\(m)-\(d)", name, length)
        }
    }

    private func describe(_ error: IndicatorSourceError) -> String {
        switch error {
        case .unknown(let text): return self(.errNotASource, text)
        case .missingValue(let kind): return self(.errSourceNeedsValue, kind)
        case .badKPI(let text): return self(.errBadKPI, text)
        case .badSCBIndex(let text): return self(.errBadSCBIndex, text)
        }
    }

    /// The names of the months, January first.
    static let months: [Key] = [
        .monthJanuary, .monthFebruary, .monthMarch, .monthApril, .monthMay, .monthJune,
        .monthJuly, .monthAugust, .monthSeptember, .monthOctober, .monthNovember, .monthDecember,
    ]

    /// What an edit did, in this language: "set the ambition level of goal 6".
    func summary(of edit: Edit) -> String {
        words(edit.summary)
    }
}
