import MalbildCore

extension Catalogue {
    /// The words of the domain's values that no other table has.
    static let domainValues: [Key: Phrase] = [
        .sumLogged: Phrase("logged a change", "loggförde en ändring"),
        .sumRemovedLastLog: Phrase("removed the last log entry", "tog bort den senaste loggposten"),
        .logUndid: Phrase("undid: {0}", "ångrade: {0}"),
        .logRedid: Phrase("redid: {0}", "gjorde om: {0}"),
        .logImportedKolada: Phrase("imported {0} Kolada {0:value|values} from {1}", "importerade {0} {0:värde|värden} från Kolada ur {1}"),
        .logImportedValues: Phrase("imported {0} {0:value|values} from {1}", "importerade {0} {0:värde|värden} från {1}"),
        .logAcceptedKoladaTitle: Phrase("accepted Kolada's title of {0}", "tog Koladas rubrik för {0}"),
        .logReadDecision: Phrase("read the decision from {0}", "läste beslutet från {0}"),
        .valueNone: Phrase("none", "ingen"),
        .valueCheckpoint: Phrase("{0} {1} ({2})", "{0} {1} ({2})"),
        .valueForecasts: Phrase("forecast", "prognos"),
        .valueResults: Phrase("result", "utfall"),
        .valueMissing: Phrase("missing", "saknas"),
        .criterionWordInfluenceable: Phrase("influenceable", "påverkbar"),
        .criterionWordMeasurable: Phrase("measurable", "mätbar"),
        .criterionWordResourced: Phrase("resourced", "resurssatt"),
        .directionWordHigher: Phrase("higher", "högre"),
        .directionWordLower: Phrase("lower", "lägre"),
        .nounOwner: Phrase("owner", "ansvarig"),
        .infoWordName: Phrase("name", "namn"),
        .infoWordMunicipality: Phrase("municipality", "kommun"),
        .infoWordKolada: Phrase("kolada", "Kolada-id"),
        .infoWordBody: Phrase("body", "organ"),
        .infoWordTitle: Phrase("title", "ärendets rubrik"),
        .infoWordReference: Phrase("reference", "diarienummer"),
        .infoWordParagraph: Phrase("paragraph", "paragraf"),
        .infoWordDate: Phrase("date", "beslutsdag"),
        .infoWordProposal: Phrase("proposal", "förslag"),
        .infoWordDecision: Phrase("decision", "beslut"),
        .infoWordRule: Phrase("rule", "regel för inriktningsmål"),
        .infoWordGroup: Phrase("group", "jämförelsegrupp"),
        .listWordSummary: Phrase("summary", "sammanfattningsstycke"),
        .listWordCriterion: Phrase("criterion", "kriterietext"),
        .listWordFollowup: Phrase("followup", "uppföljningstext"),
        .listWordDocument: Phrase("document", "beslutsunderlag"),
        .listWordDispatch: Phrase("dispatch", "expediering"),
    ]

    /// What a log entry records as done.
    func words(_ change: LogChange) -> String {
        switch change {
        case .edit(let summary): return words(summary)
        case .undid(let step): return self(.logUndid, words(step))
        case .redid(let step): return self(.logRedid, words(step))
        case let .importedKolada(count, paths): return self(.logImportedKolada, count, paths.joined(separator: ", "))
        case let .importedValues(count, path): return self(.logImportedValues, count, path)
        case .acceptedKoladaTitle(let kpi): return self(.logAcceptedKoladaTitle, kpi)
        case .readDecision(let file): return self(.logReadDecision, file)
        case .writtenBefore(let sentence): return sentence
        }
    }

    /// What an edit did: "set the ambition level of goal 6".
    func words(_ summary: EditSummary) -> String {
        switch summary {
        case .setTitle(let g): return self(.sumSetTitle, g)
        case .setAmbition(let g): return self(.sumSetAmbition, g)
        case let .setKind(g, kind): return self(.sumSetKind, g, kindWord(kind))
        case let .movedToArea(g, area): return self(.sumMovedToArea, g, area)
        case .tookOutOfArea(let g): return self(.sumTookOutOfArea, g)
        case let .setStatus(g, status): return self(.sumSetStatus, g, statusWord(status))
        case .tookAsDecided(let g): return self(.sumTookAsDecided, g)
        case .keptDecided(let g): return self(.sumKeptDecided, g)
        case let .judged(g, criterion, verdict): return self(.sumJudged, g, criterionWord(criterion), verdictWord(verdict))
        case let .addedStrategy(g, n): return self(.sumAddedStrategy, n, g)
        case let .removedStrategy(g, n): return self(.sumRemovedStrategy, n, g)
        case let .addedDocument(g, n): return self(.sumAddedDocument, n, g)
        case let .removedDocument(g, n): return self(.sumRemovedDocument, n, g)
        case .addedNote(let g): return g.map { self(.sumAddedGoalNote, $0) } ?? self(.sumAddedWorkspaceNote)
        case .removedNote(let g): return g.map { self(.sumRemovedGoalNote, $0) } ?? self(.sumRemovedWorkspaceNote)
        case .addedGoal(let g): return self(.sumAddedGoal, g)
        case .removedGoal(let g): return self(.sumRemovedGoal, g)
        case .addedArea(let a): return self(.sumAddedArea, a)
        case .removedArea(let a): return self(.sumRemovedArea, a)
        case .renamedArea(let a): return self(.sumRenamedArea, a)
        case let .addedIndicator(g, id): return self(.sumAddedIndicator, id, g)
        case let .removedIndicator(g, id): return self(.sumRemovedIndicator, id, g)
        case let .setBaseline(g, id, cleared): return self(cleared ? .sumClearedBaseline : .sumSetBaseline, id, g)
        case let .setTarget(g, id, cleared): return self(cleared ? .sumClearedTarget : .sumSetTarget, id, g)
        case let .recordedValue(g, id, day, corrected): return self(corrected ? .sumCorrectedValue : .sumRecordedValue, id, day, g)
        case let .removedValue(g, id): return self(.sumRemovedValue, id, g)
        case let .setOwner(g, cleared): return self(cleared ? .sumClearedOwner : .sumSetOwner, g)
        case let .correctedIndicator(g, id): return self(.sumCorrectedIndicator, id, g)
        case let .discontinued(g, id, resumed): return self(resumed ? .sumResumedSeries : .sumDiscontinuedSeries, id, g)
        case let .assessed(g, checkpoint, cleared): return self(cleared ? .sumClearedAssessment : .sumAssessed, g, checkpoint)
        case let .setForecast(g, checkpoint, grade):
            return grade.map { self(.sumSetForecast, g, checkpoint, $0) } ?? self(.sumClearedForecast, g, checkpoint)
        case let .setResult(g, grade): return grade.map { self(.sumSetResult, g, $0) } ?? self(.sumClearedResult, g)
        case let .addedActivity(g, n): return self(.sumAddedActivity, n, g)
        case let .removedActivity(g, n): return self(.sumRemovedActivity, n, g)
        case let .setActivityStatus(g, n, status): return self(.sumSetActivityStatus, n, g, status.rawValue)
        case .choseScale(let name): return self(.sumChoseScale, scaleName(name))
        case .logged: return self(.sumLogged)
        case .removedLastLog: return self(.sumRemovedLastLog)
        case .setInfo(let field): return self(.sumSetInfo, infoWord(field))
        case let .addedInfo(list, n): return self(.sumAddedInfo, listWord(list), n)
        case let .removedInfo(list, n): return self(.sumRemovedInfo, listWord(list), n)
        case .addedStep(let n): return self(.sumAddedStep, n)
        case .removedStep(let n): return self(.sumRemovedStep, n)
        case .koladaRecord(let cleared): return self(cleared ? .sumClearedKolada : .sumUpdatedKolada)
        case let .setCheckpoint(id, day): return day.map { self(.sumSetCheckpoint, id, $0) } ?? self(.sumRemovedCheckpoint, id)
        case let .setPeriodTarget(goal, id, period, cleared):
            return self(cleared ? .sumClearedPeriodTarget : .sumSetPeriodTarget, id, period, goal)
        case let .definedScale(name, removed): return self(removed ? .sumRemovedScale : .sumDefinedScale, name)
        case let .movedGoal(from, to): return self(.sumMovedGoal, from, to)
        case let .linkedParent(goal, link): return link.map { self(.sumLinkedParent, goal, $0) } ?? self(.sumUnlinkedParent, goal)
        case let .setIndicatorOwner(goal, id, cleared): return self(cleared ? .sumClearedIndicatorOwner : .sumSetIndicatorOwner, id, goal)
        case let .setActivityOwner(goal, n, cleared): return self(cleared ? .sumClearedActivityOwner : .sumSetActivityOwner, n, goal)
        case let .removedGoalTree(goal, goals): return self(.sumRemovedGoalTree, goal, goals.map(\.description).joined(separator: ", "))
        }
    }

    /// A value before or after a change, with its words in this language and
    /// the user's texts as written.
    func words(_ value: ChangeValue) -> String {
        switch value {
        case .text(let text): return text
        case .nothing: return self(.valueNone)
        case .number(let n): return String(n)
        case .kind(let kind): return kindWord(kind)
        case .status(let status): return statusWord(status)
        case let .verdict(verdict, justification):
            return verdictWord(verdict) + (justification.isEmpty ? "" : ": " + justification)
        case .activityStatus(let status): return status.rawValue
        case let .reference(value, period): return "\(number(value)) (\(period))"
        case let .measurement(day, value, status):
            let shown = value.map(number) ?? self(.valueMissing) + (status.isEmpty ? "" : ": " + status)
            return "\(day): \(shown)"
        case let .indicator(id, name, source): return "\(id): \(name) (\(sourceWord(source)))"
        case let .definition(name, unit, source, direction):
            if let name { return "\(name); \(unit); \(sourceWord(source)); \(directionWord(direction))" }
            return "\(sourceWord(source)), \(unit), \(directionWord(direction))"
        case let .ended(reason, replacedBy): return reason + (replacedBy.map { " → " + $0 } ?? "")
        case let .graded(grade, text): return (grade.map { $0 + ": " } ?? "") + text
        case let .step(body, day, paragraph, action): return "\(body) \(day?.description ?? "") \(paragraph): \(action)"
        case .list(let values): return values.map(words).joined(separator: ", ")
        case let .period(first, last): return first == last ? String(first) : "\(first)–\(last)"
        case let .checkpoint(day, name, forecasts):
            return self(.valueCheckpoint, day, name, self(forecasts ? .valueForecasts : .valueResults))
        }
    }

    /// Why a criterion passed, failed or is not known.
    func words(_ reason: CriterionReason) -> String {
        switch reason {
        case .notJudged: return self(.notJudgedYet)
        case let .judged(verdict, justification):
            return justification.isEmpty ? self(.judgedNoJustification, verdictWord(verdict)) : justification
        case .needsIndicator(let lacks):
            if lacks.isEmpty { return self(.needsIndicatorNone) }
            let each = lacks.map { lack -> String in
                switch lack {
                case .discontinued(let id): return self(.indicatorIsDiscontinued, id)
                case .noTarget(let id): return self(.indicatorLacks, id, self(.targetNoun))
                }
            }
            return self(.needsIndicator, each.joined(separator: "; "))
        case let .measured(ids, withBaseline, justification):
            let evidence = self(withBaseline ? .measuredBy : .measuredByTargetOnly, ids.joined(separator: ", "))
            return justification.isEmpty ? evidence : "\(justification) (\(evidence))"
        case let .measuredThrough(goals, justification):
            let evidence = self(.resMeasuredThrough, goals.map(\.description).joined(separator: ", "))
            return justification.isEmpty ? evidence : "\(justification) (\(evidence))"
        }
    }

    /// Why a forecast is suggested for a goal as a whole.
    func words(_ reason: ForecastReason) -> String {
        switch reason {
        case .noIndicators(let goal): return self(.fcNoIndicators, goal)
        case let .throughGoalsUnder(goal, goals): return self(.resForecastThrough, goal, goals.map(\.description).joined(separator: ", "))
        case .noValuesAndTarget(let day): return self(.fcNoValuesAndTarget, day)
        case .allMet: return self(.fcAllMet)
        case .noneMet: return self(.fcNoneMet)
        case .someMet: return self(.fcSomeMet)
        case .partlyOnly: return self(.resPartlyOnly)
        }
    }

    /// How one indicator's forecast was reached.
    func words(_ reasoning: IndicatorReasoning) -> String {
        func latest(_ l: IndicatorReasoning.Latest) -> String { self(.fcLatest, number(l.value), l.day) }
        func target(_ value: Double) -> String { self(.fcTarget, number(value)) }
        switch reasoning {
        case .discontinued(let next): return next.map { self(.fcDiscontinuedReplaced, $0) } ?? self(.fcDiscontinued)
        case .noTarget: return self(.fcNoTarget)
        case .noValues(let day): return self(.fcNoValues, day)
        case let .meets(l, t): return self(.fcMeets, latest(l), target(t))
        case let .equalsBaseline(l, t): return self(.fcEqualsBaseline, latest(l), target(t))
        case let .line(count, l, projected, t, share):
            guard let share else { return self(.fcLineReached, count, latest(l), number(projected), target(t)) }
            return self(.fcLineShare, count, latest(l), number(projected), target(t), Number.percent(share))
        case let .noBaseline(l, t): return self(.fcNoBaseline, latest(l), target(t))
        case let .pace(l, baseline, t, progress, gone, outcome):
            let key: Key
            switch outcome {
            case .onTrack: key = .fcOnTrack
            case .behind: key = .fcBehind
            case .noProgress: key = .fcNoProgress
            }
            return self(key, latest(l), number(baseline), target(t), Number.percent(progress), Number.percent(gone))
        case .yearly(let inner): return self(.fcYearly, words(inner))
        case let .yearLine(count, l, projected, year, t, share):
            guard let share else { return self(.fcYearLineReached, count, latest(l), number(projected), year, target(t)) }
            return self(.fcYearLineShare, count, latest(l), number(projected), year, target(t), Number.percent(share))
        case let .yearOne(l, t): return self(.fcYearOne, latest(l), target(t))
        case let .judged(basis, outcome):
            let head: String
            switch basis {
            case let .line(count, l, projected, t): head = self(.fcLineHead, count, latest(l), number(projected), target(t))
            case let .yearLine(count, l, projected, year, t):
                head = self(.fcYearLineHead, count, latest(l), number(projected), year, target(t))
            case let .latest(l, t): head = self(.fcAgainst, latest(l), target(t))
            }
            switch outcome {
            case .reached: return self(.fcThresholdReached, head)
            case let .partly(reached, share): return self(.fcThresholdPartly, head, Number.percent(reached), Number.percent(share))
            case let .notMet(reached, share): return self(.fcThresholdNotMet, head, Number.percent(reached), Number.percent(share))
            }
        }
    }

    /// What a difference between two workspaces is about.
    func words(_ subject: DiffSubject) -> String {
        switch subject {
        case .name: return self(.diffNameChanged)
        case .municipality: return self(.diffMunicipalityChanged)
        case .planYear: return self(.diffPlanYearChanged)
        case .decision: return self(.diffDecisionChanged)
        case .scale: return self(.diffScaleChanged)
        case .areaAdded(let a): return self(.diffAreaAdded, a)
        case .areaRemoved(let a): return self(.diffAreaRemoved, a)
        case .areaRenamed(let a): return self(.diffAreaRenamed, a)
        case .added(let item):
            switch item {
            case .workspaceNote: return self(.diffWorkspaceNoteAdded)
            case .strategy: return self(.diffStrategyAdded)
            case .document: return self(.diffDocumentAdded)
            case .note: return self(.diffNoteAdded)
            case .activity: return self(.diffActivityAdded)
            }
        case .removed(let item):
            switch item {
            case .workspaceNote: return self(.diffWorkspaceNoteRemoved)
            case .strategy: return self(.diffStrategyRemoved)
            case .document: return self(.diffDocumentRemoved)
            case .note: return self(.diffNoteRemoved)
            case .activity: return self(.diffActivityRemoved)
            }
        case .goalAdded: return self(.diffAdded)
        case .goalRemoved: return self(.diffRemoved)
        case .goalMoved(let from): return self(.diffMovedFrom, from)
        case .title: return self(.diffTitleChanged)
        case .ambition: return self(.diffAmbitionChanged)
        case .kind: return self(.diffKindChanged)
        case .area: return self(.diffAreaChanged)
        case .status: return self(.diffStatusChanged)
        case .criterion(let c): return self(.diffCriterionChanged, criterionWord(c))
        case .indicatorAdded(let id): return self(.diffIndicatorAdded, id)
        case .indicatorRemoved(let id): return self(.diffIndicatorRemoved, id)
        case .indicatorRenamed(let id): return self(.diffIndicatorRenamed, id)
        case .indicatorRedefined(let id): return self(.diffIndicatorRedefined, id)
        case .baseline(let id): return self(.diffBaselineChanged, id)
        case .target(let id): return self(.diffTargetChanged, id)
        case let .valuesRecorded(count, id):
            return count == 1 ? self(.diffOneValueRecorded, id) : self(.diffValuesRecorded, count, id)
        case .valuesChanged(let id): return self(.diffValuesChanged, id)
        case .seriesResumed(let id): return self(.diffSeriesResumed, id)
        case .seriesEnded(let id): return self(.diffSeriesEnded, id)
        case .forecast(let c): return self(.diffForecastChanged, c)
        case .assessment(let c): return self(.diffAssessmentChanged, c)
        case .result: return self(.diffResultChanged)
        case .activityStatus(let n): return self(.diffActivityStatusChanged, n)
        case .planPeriod: return self(.diffPlanPeriodChanged)
        case .checkpointAdded(let id): return self(.diffCheckpointAdded, id)
        case .checkpointRemoved(let id): return self(.diffCheckpointRemoved, id)
        case .checkpointChanged(let id): return self(.diffCheckpointChanged, id)
        case .scaleDefined(let name): return self(.diffScaleDefined, name)
        case .scaleRedefined(let name): return self(.diffScaleRedefined, name)
        case .scaleRemoved(let name): return self(.diffScaleRemoved, name)
        case .periodTargets(let id): return self(.diffPeriodTargetsChanged, id)
        }
    }

    /// A verdict as a word: yes, ja.
    func verdictWord(_ verdict: Verdict) -> String {
        switch verdict {
        case .yes: return self(.verdictYes)
        case .no: return self(.verdictNo)
        case .unknown: return self(.verdictUnknown)
        }
    }

    /// A criterion as a word: measurable, mätbar.
    func criterionWord(_ criterion: Criterion) -> String {
        switch criterion {
        case .influenceable: return self(.criterionWordInfluenceable)
        case .measurable: return self(.criterionWordMeasurable)
        case .resourced: return self(.criterionWordResourced)
        }
    }

    /// A direction as a word: higher, högre.
    func directionWord(_ direction: Direction) -> String {
        self(direction == .higher ? .directionWordHigher : .directionWordLower)
    }

    /// A text of the workspace's record as a word: body, organ.
    func infoWord(_ field: InfoField) -> String {
        switch field {
        case .name: return self(.infoWordName)
        case .municipality: return self(.infoWordMunicipality)
        case .kolada: return self(.infoWordKolada)
        case .body: return self(.infoWordBody)
        case .title: return self(.infoWordTitle)
        case .reference: return self(.infoWordReference)
        case .paragraph: return self(.infoWordParagraph)
        case .date: return self(.infoWordDate)
        case .proposal: return self(.infoWordProposal)
        case .decision: return self(.infoWordDecision)
        case .rule: return self(.infoWordRule)
        case .group: return self(.infoWordGroup)
        }
    }

    /// A list of the workspace's record as a word for one of its texts: dispatch, expediering.
    func listWord(_ list: InfoList) -> String {
        switch list {
        case .summary: return self(.listWordSummary)
        case .criterion: return self(.listWordCriterion)
        case .followup: return self(.listWordFollowup)
        case .document: return self(.listWordDocument)
        case .dispatch: return self(.listWordDispatch)
        }
    }
}
