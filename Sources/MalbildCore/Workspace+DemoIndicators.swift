import Foundation

// Example indicators for the demo's steering goals, so that assessments and
// forecasts have something to work on. Every value is an example, not data from
// a real source, and is marked as such. The two Kolada KPI ids are real ids:
// N03926 (long-term unemployment, goal 2) and N00999 (new enterprises, goal 3).
// Goal 1's buildable plots have no Kolada KPI and are entered by hand.

extension Workspace {
    /// What the demo says about its example values, as a workspace note.
    static let demoExampleNote = Note(
        time: Date(timeIntervalSince1970: 1_550_620_800),
        text: "The indicators of goals 1, 2, 3 and 6 and every value of them are examples for learning the tool, not data. "
            + "The Kolada KPI ids are real: N03926 (goal 2, long-term unemployment) and N00999 (goal 3, new enterprises), "
            + "so kolada urls and import kolada bring in their real values; import kolada with their KPI metadata "
            + "keeps Kolada's titles. Goal 1's buildable plots have no Kolada KPI and are entered by hand. Replace the "
            + "example values before real use."
    )

    /// The demo's example indicators, by goal number.
    static var demoIndicators: [GoalNumber: [Indicator]] {
        [
            1: [
                example("tomter", "Byggklara tomter till salu", .manual, unit: "tomter", .higher,
                        baseline: (2018, 12), target: (2019, 20),
                        values: [("delår1", 15, nil, nil), ("delår2", 18, nil, nil)]),
            ],
            2: [
                example("langtid", "Långtidsarbetslösa 25–64 år, andel av befolkningen", .kolada(kpi: "N03926"), unit: "%", .lower,
                        baseline: (2018, 2.4), target: (2019, 2.0),
                        values: [("delår1", 2.3, 2.1, 2.5), ("delår2", 2.2, 2.0, 2.4)]),
            ],
            3: [
                example("nyforetag", "Nyregistrerade företag per 1 000 invånare", .kolada(kpi: "N00999"), unit: "per 1 000 inv.", .higher,
                        baseline: (2018, 5.1), target: (2019, 5.5),
                        values: [("delår1", 5.6, nil, nil)]),
            ],
            6: [
                example("nii", "Nöjd Inflytande-Index (NII), SCB:s medborgarundersökning", .scb(index: "NII"), unit: "index 0–100", .higher,
                        baseline: (2018, 40), target: (2019, 45),
                        values: [], earlier: [(2018, 40, 41, 39)]),
                example("fullmaktige", "Visningar per sänt fullmäktigesammanträde", .manual, unit: "visningar", .higher,
                        baseline: (2018, 150), target: (2019, 250),
                        values: [("delår1", 190, nil, nil), ("delår2", 205, nil, nil)]),
                example("webb", "Besök på kommunens webbplats per månad", .manual, unit: "besök", .higher,
                        baseline: (2018, 38_000), target: (2019, 42_000),
                        values: [("delår1", 38_800, nil, nil), ("delår2", 40_100, nil, nil)]),
                example("sociala", "Följare i kommunens sociala medier", .manual, unit: "följare", .higher,
                        baseline: (2018, 2_400), target: (2019, 3_000),
                        values: [("delår1", 2_650, nil, nil), ("delår2", 2_900, nil, nil)]),
            ],
        ]
    }

    private static func example(
        _ id: String, _ name: String, _ source: IndicatorSource, unit: String, _ direction: Direction,
        baseline: (Int, Double), target: (Int, Double),
        values: [(String, Double, Double?, Double?)],
        earlier: [(Int, Double, Double?, Double?)] = []
    ) -> Indicator {
        let calendar = ReportingCalendar.standard(year: 2019)
        var measurements: MeasurementSeries = []
        for (year, total, women, men) in earlier {
            if let day = try? Day(year: year, month: 12, day: 31) {
                measurements.append(Measurement(day: day, total: total, women: women, men: men, example: true))
            }
        }
        for (checkpoint, total, women, men) in values {
            if let c = calendar.checkpoint(checkpoint) {
                measurements.append(Measurement(day: c.day, checkpoint: c.id, total: total, women: women, men: men, example: true))
            }
        }
        return Indicator(
            id: id, name: name, source: source, unit: unit, direction: direction,
            baseline: Reference(period: .year(baseline.0), value: baseline.1, example: true),
            target: Reference(period: .year(target.0), value: target.1, example: true),
            measurements: measurements
        )
    }
}
