extension Workspace {
    /// Applies the edits of the workspace's record: municipality, decision,
    /// and the source's texts. Called by ``apply(_:)``.
    mutating func applyInfo(_ edit: Edit) throws(EditError) -> Edit {
        switch edit {
        case let .setInfo(field, value):
            let old = info(field)
            switch field {
            case .name:
                guard !value.isEmpty else { throw .emptyText(.name) }
                name = value
            case .municipality: municipality.name = value
            case .kolada:
                guard value.isEmpty || (value.count == 4 && value.allSatisfy(\.isNumber)) else { throw .notAKoladaID(value) }
                municipality.koladaID = value
            case .body: body = value
            case .title: decision.title = value
            case .reference: decision.caseReference = value
            case .paragraph: decision.paragraph = value
            case .date:
                if value.isEmpty {
                    decision.day = nil
                } else {
                    do { decision.day = try Day(parsing: value) } catch { throw .notADay(error) }
                }
            case .proposal: decision.proposal = value
            case .decision: decision.text = value
            case .rule: supportingGoalRule = value
            case .group:
                guard value.isEmpty || KoladaRecord.isPlaceID(value) else { throw .notAKoladaID(value) }
                var record = kolada ?? KoladaRecord()
                record.group = value.isEmpty ? nil : value
                kolada = record.isEmpty ? nil : record
            }
            return .setInfo(field: field, value: old)

        case let .insertInfo(list, index, text):
            guard !text.isEmpty else { throw .emptyText(.info(list)) }
            try Self.checkInsert(index, count: items(list).count, what: .info(list))
            var all = items(list)
            all.insert(text, at: index)
            setItems(list, all)
            return .removeInfo(list: list, index: index)

        case let .removeInfo(list, index):
            try Self.checkItem(index, count: items(list).count, what: .info(list))
            var all = items(list)
            let old = all.remove(at: index)
            setItems(list, all)
            return .insertInfo(list: list, index: index, text: old)

        case let .insertStep(index, step):
            guard !step.body.isEmpty else { throw .emptyText(.stepBody) }
            try Self.checkInsert(index, count: decision.path.count, what: .step)
            decision.path.insert(step, at: index)
            return .removeStep(index: index)

        case let .removeStep(index):
            try Self.checkItem(index, count: decision.path.count, what: .step)
            let old = decision.path.remove(at: index)
            return .insertStep(index: index, step: old)

        default:
            return try apply(edit)
        }
    }

    /// A text of the record.
    public func info(_ field: InfoField) -> String {
        switch field {
        case .name: return name
        case .municipality: return municipality.name
        case .kolada: return municipality.koladaID
        case .body: return body
        case .title: return decision.title
        case .reference: return decision.caseReference
        case .paragraph: return decision.paragraph
        case .date: return decision.day?.description ?? ""
        case .proposal: return decision.proposal
        case .decision: return decision.text
        case .rule: return supportingGoalRule
        case .group: return kolada?.group ?? ""
        }
    }

    /// A list of the record.
    public func items(_ list: InfoList) -> [String] {
        switch list {
        case .summary: return decision.summary
        case .criterion: return criteriaText
        case .followup: return followUp
        case .document: return decision.documents
        case .dispatch: return decision.dispatchedTo
        }
    }

    private mutating func setItems(_ list: InfoList, _ all: [String]) {
        switch list {
        case .summary: decision.summary = all
        case .criterion: criteriaText = all
        case .followup: followUp = all
        case .document: decision.documents = all
        case .dispatch: decision.dispatchedTo = all
        }
    }
}
