extension Workspace {
    /// Applies one edit and returns the edit that undoes it.
    ///
    /// This is the only way a workspace changes. When the edit cannot be
    /// applied, it throws and the workspace is left as it was.
    public mutating func apply(_ edit: Edit) throws(EditError) -> Edit {
        switch edit {
        case let .setTitle(number, title):
            guard !title.isEmpty else { throw .emptyText(.title) }
            let i = try goalIndex(number)
            let old = goals[i].title
            goals[i].title = title
            return .setTitle(goal: number, title: old)

        case let .setAmbition(number, text):
            let i = try goalIndex(number)
            let old = goals[i].ambition
            goals[i].ambition = text
            return .setAmbition(goal: number, text: old)

        case let .setKind(number, kind):
            let i = try goalIndex(number)
            // A supporting goal never holds a forecast.
            if kind == .supporting, !goals[i].forecasts.isEmpty {
                throw .supportingGoalHasForecasts(number, checkpoints: goals[i].forecasts.map(\.checkpoint))
            }
            let old = goals[i].kind
            goals[i].kind = kind
            return .setKind(goal: number, kind: old)

        case let .setOwner(number, owner):
            let i = try goalIndex(number)
            if owner?.allSatisfy(\.isWhitespace) == true { throw .emptyText(.owner) }
            let old = goals[i].owner
            goals[i].owner = owner
            return .setOwner(goal: number, owner: old)

        case let .setArea(number, area):
            let i = try goalIndex(number)
            if let area, self.area(area) == nil { throw .noSuchArea(area) }
            let old = goals[i].area
            goals[i].area = area
            return .setArea(goal: number, area: old)

        case let .setStatus(number, status):
            let i = try goalIndex(number)
            let old = goals[i].status
            goals[i].status = status
            return .setStatus(goal: number, status: old)

        case let .setDecided(number, text):
            let i = try goalIndex(number)
            let old = goals[i].decided
            goals[i].decided = text
            return .setDecided(goal: number, text: old)

        case let .setCriterion(number, criterion, assessment):
            let i = try goalIndex(number)
            let old = goals[i].criteria[criterion]
            goals[i].criteria[criterion] = assessment
            return .setCriterion(goal: number, criterion: criterion, assessment: old)

        case let .insertStrategy(number, index, text):
            let i = try goalIndex(number)
            guard !text.isEmpty else { throw .emptyText(.strategy) }
            try Self.checkInsert(index, count: goals[i].strategies.count, what: .strategy)
            goals[i].strategies.insert(text, at: index)
            return .removeStrategy(goal: number, index: index)

        case let .removeStrategy(number, index):
            let i = try goalIndex(number)
            try Self.checkItem(index, count: goals[i].strategies.count, what: .strategy)
            let old = goals[i].strategies.remove(at: index)
            return .insertStrategy(goal: number, index: index, text: old)

        case let .insertDocument(number, index, text):
            let i = try goalIndex(number)
            guard !text.isEmpty else { throw .emptyText(.document) }
            try Self.checkInsert(index, count: goals[i].documents.count, what: .document)
            goals[i].documents.insert(text, at: index)
            return .removeDocument(goal: number, index: index)

        case let .removeDocument(number, index):
            let i = try goalIndex(number)
            try Self.checkItem(index, count: goals[i].documents.count, what: .document)
            let old = goals[i].documents.remove(at: index)
            return .insertDocument(goal: number, index: index, text: old)

        case let .insertNote(goal, index, note):
            guard !note.text.isEmpty else { throw .emptyText(.note) }
            if let goal {
                let i = try goalIndex(goal)
                try Self.checkInsert(index, count: goals[i].notes.count, what: .note)
                goals[i].notes.insert(note, at: index)
            } else {
                try Self.checkInsert(index, count: notes.count, what: .note)
                notes.insert(note, at: index)
            }
            return .removeNote(goal: goal, index: index)

        case let .removeNote(goal, index):
            let old: Note
            if let goal {
                let i = try goalIndex(goal)
                try Self.checkItem(index, count: goals[i].notes.count, what: .note)
                old = goals[i].notes.remove(at: index)
            } else {
                try Self.checkItem(index, count: notes.count, what: .note)
                old = notes.remove(at: index)
            }
            return .insertNote(goal: goal, index: index, note: old)

        case let .insertGoal(goal):
            guard self.goal(goal.number) == nil else { throw .goalExists(goal.number) }
            if let parent = goal.number.parent, self.goal(parent) == nil { throw .noParentGoal(goal.number, parent: parent) }
            guard !goal.title.isEmpty else { throw .emptyText(.title) }
            if goal.owner?.allSatisfy(\.isWhitespace) == true { throw .emptyText(.owner) }
            if let area = goal.area, self.area(area) == nil { throw .noSuchArea(area) }
            let at = goals.firstIndex { $0.number > goal.number } ?? goals.endIndex
            goals.insert(goal, at: at)
            return .removeGoal(number: goal.number)

        case let .removeGoal(number):
            let i = try goalIndex(number)
            let children = self.children(of: number).map(\.number)
            guard children.isEmpty else { throw .goalHasChildren(number, children: children) }
            let old = goals.remove(at: i)
            return .insertGoal(goal: old)

        case let .insertArea(index, area):
            guard !area.name.isEmpty else { throw .emptyText(.areaName) }
            try Self.checkInsert(index, count: areas.count, what: .area)
            if self.area(area.number) != nil { throw .areaExists(area.number) }
            areas.insert(area, at: index)
            return .removeArea(number: area.number)

        case let .removeArea(number):
            guard let i = areas.firstIndex(where: { $0.number == number }) else { throw .noSuchArea(number) }
            let members = goals.filter { $0.area == number }.map(\.number)
            guard members.isEmpty else { throw .areaInUse(number, goals: members) }
            let old = areas.remove(at: i)
            return .insertArea(index: i, area: old)

        case let .renameArea(number, name):
            guard !name.isEmpty else { throw .emptyText(.areaName) }
            guard let i = areas.firstIndex(where: { $0.number == number }) else { throw .noSuchArea(number) }
            let old = areas[i].name
            areas[i].name = name
            return .renameArea(number: number, name: old)

        case .insertIndicator, .removeIndicator, .setBaseline, .setTarget, .insertMeasurement,
             .removeMeasurement, .setDiscontinued, .setIndicatorDescription, .setAssessment, .setForecast, .setResult,
             .insertActivity, .removeActivity, .setActivityStatus, .setScale, .appendLog, .removeLastLog:
            return try applyFollowUp(edit)

        case .setInfo, .insertInfo, .removeInfo, .insertStep, .removeStep:
            return try applyInfo(edit)

        case .setCheckpoint, .setPeriodTarget, .setOwnScale:
            return try applyCalendar(edit)
        case .moveGoal, .setLinkedParent, .setIndicatorOwner, .setActivityOwner:
            return try applyGoalTree(edit)

        case .setKoladaRecord(let record):
            let old = kolada
            kolada = record.flatMap { $0.isEmpty ? nil : $0 }
            return .setKoladaRecord(record: old)
        }
    }

    func goalIndex(_ number: GoalNumber) throws(EditError) -> Int {
        guard let i = goalPosition(number) else { throw .noSuchGoal(number) }
        return i
    }

    static func checkInsert(_ index: Int, count: Int, what: EditItem) throws(EditError) {
        guard (0...count).contains(index) else { throw .noSuchItem(what: what, number: index + 1, count: count) }
    }

    static func checkItem(_ index: Int, count: Int, what: EditItem) throws(EditError) {
        guard (0..<count).contains(index) else { throw .noSuchItem(what: what, number: index + 1, count: count) }
    }
}
