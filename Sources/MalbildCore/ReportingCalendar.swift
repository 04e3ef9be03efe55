/// The checkpoints of a plan year: the interim reports and the annual report.
public struct ReportingCalendar: Codable, Equatable, Sendable {
    /// The checkpoints in the order of the year.
    public var checkpoints: [Checkpoint]

    /// Creates a calendar.
    public init(checkpoints: [Checkpoint]) {
        self.checkpoints = checkpoints
    }

    /// The usual Swedish municipal calendar: delår 1 on 30 April, delår 2 on
    /// 31 August, and the full year (helår) on 31 December.
    public static func standard(year: Int) -> ReportingCalendar {
        // These three days exist in every year, so the checks cannot fail.
        let days = [(4, 30), (8, 31), (12, 31)].compactMap { try? Day(year: year, month: $0.0, day: $0.1) }
        return ReportingCalendar(checkpoints: [
            Checkpoint(id: "delår1", name: "Delårsrapport 1 (delår 1)", day: days[0], forecasts: true),
            Checkpoint(id: "delår2", name: "Delårsrapport 2 (delår 2)", day: days[1], forecasts: true),
            Checkpoint(id: "helår", name: "Årsredovisning (helår)", day: days[2], forecasts: false),
        ])
    }

    /// The standard calendar in each year of a plan period. For one year the ids are
    /// those of ``standard(year:)``; for more, each id ends in its year: `delår1-2025`.
    public static func standard(years: ClosedRange<Int>) -> ReportingCalendar {
        guard years.count > 1 else { return standard(year: years.lowerBound) }
        return ReportingCalendar(checkpoints: years.flatMap { year in
            standard(year: year).checkpoints.map {
                Checkpoint(id: "\($0.id)-\(year)", name: "\($0.name) \(year)", day: $0.day, forecasts: $0.forecasts)
            }
        })
    }

    /// The checkpoint a goal's one result for the year is shown at: the last that
    /// reports results, not forecasts.
    public var resultCheckpoint: Checkpoint? {
        checkpoints.last { !$0.forecasts }
    }

    /// The checkpoint with an identifier; `delar1` and `delår1` alike.
    public func checkpoint(_ id: String) -> Checkpoint? {
        let wanted = Self.fold(id)
        return checkpoints.first { Self.fold($0.id) == wanted }
    }

    private static func fold(_ text: String) -> String {
        String(text.lowercased().map { $0 == "å" ? "a" : $0 }.filter { $0 != " " })
    }
}
