import MalbildCore

/// Workspaces the report tests are built on.
enum Fixtures {
    /// A day from its ISO text; the fixtures only use days that exist.
    static func day(_ text: String) -> Day {
        try! Day(parsing: text)
    }

    /// The ambition of goal 6 in ``rich``: markup and an ampersand that must show as text.
    static let hostileAmbition = "Att öka <script>alert(1)</script> & \"inflytandet\" för alla"

    /// A workspace with something of everything: steering and supporting goals,
    /// forecasts at both interim checkpoints, a result, an assessment with added
    /// values, activities, indicators split by gender with example values, an
    /// indicator with nothing recorded, a goal without an area and an empty area.
    static var rich: Workspace {
        let nii = Indicator(
            id: "nii",
            name: "Nöjd Inflytande-Index (NII)",
            source: .scb(index: "NII"),
            unit: "index 0–100",
            direction: .higher,
            baseline: Reference(period: .year(2018), value: 40, example: true),
            target: Reference(period: .year(2019), value: 45),
            measurements: [
                Measurement(day: day("2018-12-31"), total: 40, women: 41, men: 39),
                Measurement(day: day("2019-04-30"), checkpoint: "delår1", total: 42.5, women: 44, men: 41, example: true),
                Measurement(day: day("2019-08-31"), checkpoint: "delår2", total: 46, women: 47, men: 45),
                Measurement(day: day("2019-12-31"), checkpoint: "helår", total: 47.25, women: 48, men: 46.5),
            ]
        )
        let web = Indicator(
            id: "webb",
            name: "Besök på webbplatsen per månad",
            source: .manual,
            unit: "besök",
            direction: .higher,
            baseline: Reference(period: .year(2018), value: 38_000),
            target: Reference(period: .year(2019), value: 42_000),
            measurements: [
                Measurement(day: day("2019-04-30"), total: 38_800),
                Measurement(day: day("2019-08-31"), total: nil, status: "ej publicerat"),
            ]
        )
        let longTerm = Indicator(
            id: "langtid",
            name: "Långtidsarbetslösa 25–64 år",
            source: .kolada(kpi: "N03926"),
            unit: "%",
            direction: .lower,
            baseline: Reference(period: .year(2018), value: 2.4),
            target: Reference(period: .year(2019), value: 2.0),
            measurements: [Measurement(day: day("2019-04-30"), total: 2.5, women: 2.1, men: 2.9)]
        )
        let empty = Indicator(
            id: "utbyte",
            name: "Utbyten; \"vänorter\"\nper år",
            source: .kommunkompassen(area: "Samhällsutveckling"),
            unit: "antal"
        )
        return Workspace(
            name: "prov",
            municipality: Municipality(name: "Provby", koladaID: "9999"),
            body: "Kommunstyrelsen",
            planYear: 2019,
            decision: Decision(title: "Kommunstyrelsens mål 2019", caseReference: "KS 2018/1", paragraph: "§1"),
            areas: [
                GoalArea(number: 1, name: "Demokrati & service"),
                GoalArea(number: 2, name: "Arbete"),
                GoalArea(number: 3, name: "Tomt område"),
            ],
            goals: [
                Goal(
                    number: 6,
                    title: "Ökat medborgarinflytande",
                    area: 1,
                    kind: .steering,
                    ambition: hostileAmbition,
                    indicators: [nii, web],
                    forecasts: [
                        Forecast(checkpoint: "delår1", grade: "uppfylls delvis", rationale: "NII ökar, men långsamt."),
                        Forecast(checkpoint: "delår2", grade: "uppfylls", rationale: "NII når målvärdet redan i augusti."),
                    ],
                    results: [YearResult(checkpoint: "helår", grade: "uppfyllt", text: "Målvärdet nåddes: 47,25 mot 45.")],
                    activities: [Activity(text: "Webbsända fullmäktige", owner: "Kansliet", due: day("2019-06-30"), status: .genomförd)]
                ),
                Goal(number: 2, title: "Minskad långtidsarbetslöshet", area: 2, kind: .steering, ambition: "Färre långtidsarbetslösa.",
                     indicators: [longTerm]),
                Goal(
                    number: 5,
                    title: "Vi ska bli en friskare kommun",
                    area: 1,
                    kind: .supporting,
                    ambition: "Att integrera kunskap och hälsa i samhällsplaneringen.",
                    assessments: [
                        Assessment(checkpoint: "delår1", text: "Folkhälsorådet har kommit igång.", grade: "uppfylls delvis",
                                   addedValues: ["Ny mötesplats för unga", "Fler deltar i föreningslivet"]),
                    ],
                    activities: [
                        Activity(text: "Starta folkhälsorådet", status: .genomförd),
                        Activity(text: "Kartlägga ungas psykiska ohälsa", owner: "Socialtjänsten", status: .försenad),
                    ]
                ),
                Goal(number: 9, title: "Internationell samverkan", kind: .supporting, ambition: "Hitta en vänort.",
                     indicators: [empty]),
            ]
        )
    }

    /// The demo without any recorded value.
    static var demoWithoutValues: Workspace {
        let demo = Workspace.demo
        let goals = demo.goals.map { goal in
            var goal = goal
            goal.indicators = goal.indicators.map { indicator in
                var indicator = indicator
                indicator.measurements = []
                return indicator
            }
            return goal
        }
        return Workspace(name: demo.name, municipality: demo.municipality, body: demo.body, planYear: demo.planYear,
                         decision: demo.decision, areas: demo.areas, goals: goals)
    }
}
