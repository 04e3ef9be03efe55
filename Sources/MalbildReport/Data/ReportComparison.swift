import MalbildCore

/// One Kolada indicator's position beside other places, for the report: the municipality's
/// value, the whole country's, the chosen comparison group's, and its rank among the
/// municipalities kept in the workspace. A relative position, not a judgement of the goal.
public struct ReportComparison: Codable, Equatable, Sendable {
    /// The goal the indicator belongs to.
    public var goal: GoalNumber
    /// The indicator's id.
    public var indicator: String
    /// The indicator's name.
    public var name: String
    /// The Kolada KPI.
    public var kpi: String
    /// The year compared.
    public var year: Int
    /// Whether higher values are better.
    public var direction: Direction
    /// The municipality's value.
    public var own: Double?
    /// The whole country's value.
    public var country: Double?
    /// The comparison group's name, when one is chosen.
    public var group: String?
    /// The comparison group's value (the mean of its members), when it has one.
    public var groupValue: Double?
    /// How many members contributed to the group's value, when known.
    public var groupCount: Int?
    /// The rank among the municipalities (1 is best), and how many are ranked.
    public var rank: Int?
    /// How many municipalities are ranked.
    public var ranked: Int

    /// The comparisons of a workspace's Kolada indicators that have other places' values kept.
    static func all(in workspace: Workspace) -> [ReportComparison] {
        guard let record = workspace.kolada, !record.series.isEmpty else { return [] }
        var rows: [ReportComparison] = []
        for goal in workspace.goals {
            for indicator in goal.indicators {
                guard case .kolada(let source) = indicator.source else { continue }
                let kpi = source.uppercased()
                let ownValue: (Int) -> Double? = { y in
                    indicator.currentValues.last { $0.day.year == y && $0.day.month == 12 && $0.day.day == 31 && $0.total != nil }?.total
                }
                guard let position = ComparisonPosition(record: record, kpi: kpi, own: workspace.municipality.koladaID,
                                                        ownValue: ownValue, direction: indicator.direction,
                                                        group: record.group) else { continue }
                let group = record.group.flatMap { id in position.groups.first { $0.id == id } }
                rows.append(ReportComparison(
                    goal: goal.number, indicator: indicator.id, name: indicator.name, kpi: kpi, year: position.year,
                    direction: indicator.direction, own: position.own, country: position.country?.value,
                    group: record.group.map { record.name(of: $0) }, groupValue: group?.value, groupCount: group?.count,
                    rank: position.rank, ranked: position.ranked))
            }
        }
        return rows
    }

    /// The rank as text: `2 av 4 (lägre är bättre)`, or a dash.
    var rankText: String {
        guard let rank else { return "–" }
        return "\(rank) av \(ranked) (\(Swedish.direction(direction)))"
    }

    /// The group's value as text: `2,4 (medel av 7)`, or a dash.
    var groupText: String {
        guard let groupValue else { return "–" }
        return Swedish.number(groupValue) + (groupCount.map { " (medel av \($0))" } ?? "")
    }

    /// A value as text, or a dash.
    static func text(_ value: Double?) -> String {
        value.map(Swedish.number) ?? "–"
    }

    /// The heading of the report's comparison section.
    static let heading = "Jämförelse med andra kommuner (Kolada)"

    /// The sentence under the heading.
    static func lead(group: String?) -> String {
        "Placeringen är relativ: den visar var kommunen ligger bland de kommuner vars värden lästes in, "
            + "inte om målet nås." + (group.map { " Jämförelsegrupp: \($0)." } ?? "")
    }
}
