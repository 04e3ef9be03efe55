import MalbildCore

extension CommandTable {
    /// The values Tab offers after `set FIELD`: the kinds, the statuses, or the
    /// goal areas of the workspace (and `none`).
    static func fieldValues(_ field: String, in workspace: Workspace) -> [String] {
        switch CommandWords.english[field.lowercased()] ?? field.lowercased() {
        case "kind": return GoalKind.words
        case "status": return AmbitionStatus.allCases.map(\.rawValue) + ["utkast", "förslag", "beslutad"]
        case "area": return workspace.areas.map { String($0.number) } + ["none"]
        case "parent": return workspace.goals.filter { $0.number.depth < GoalNumber.maximumDepth }.map(\.number.description) + ["none"]
        default: return []
        }
    }

    /// The values Tab offers after `set FIELD`, in the screen's language: `sätt typ`
    /// offers styrande, stödjande and inriktningsmål.
    static func fieldValues(_ field: String, in workspace: Workspace, language: Language) -> [String] {
        let values = fieldValues(field, in: workspace)
        guard language == .sv else { return values.filter { !CommandWords.isSwedish($0) && !["utkast", "förslag"].contains($0) } }
        return CommandWords.offered(values, in: .sv) + (CommandWords.swedish["supporting"]?.dropFirst() ?? [])
    }
}
