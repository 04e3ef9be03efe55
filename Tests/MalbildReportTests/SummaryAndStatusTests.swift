import MalbildCore
import Testing
@testable import MalbildReport

/// The report's summary adds up, and an ambition level that is not decided is
/// marked as such in every format.
@Suite struct SummaryAndStatusTests {
    @Test(arguments: ["delår1", "delår2", "helår"])
    func theGradeCountsAddUpToTheSteeringGoals(checkpoint: String) throws {
        let data = try ReportData(Workspace.demo, checkpoint: checkpoint)
        let total = data.summary.grades.map(\.count).reduce(0, +)
        #expect(total == data.summary.steeringGoals)
        // Every steering goal listed as without an assessment is counted as not assessed.
        let unassessedSteering = data.summary.unassessed.filter { $0.kind == .steering }.count
        let notAssessed = data.summary.grades.filter { $0.grade.fulfilment == .notAssessed }.map(\.count).reduce(0, +)
        #expect(unassessedSteering > 0)
        #expect(notAssessed == unassessedSteering)
    }

    @Test func theMarkdownSummaryCountsTheGoalsWithoutAForecast() throws {
        let text = try Report.render(.demo, checkpoint: "delår1", format: .markdown)
        #expect(text.contains("| – ej bedömd | 4 |"), "\(text.prefix(1200))")
    }

    /// The demo with goal 6 proposed and goal 4 a draft.
    static func undecided() throws -> Workspace {
        var w = Workspace.demo
        _ = try w.apply(.setStatus(goal: 6, status: .proposed))
        _ = try w.apply(.setStatus(goal: 4, status: .draft))
        return w
    }

    @Test(arguments: ReportFormat.allCases)
    func anUndecidedAmbitionIsMarked(format: ReportFormat) throws {
        let decided = try Report.render(.demo, checkpoint: "delår1", format: format)
        let text = try Report.render(Self.undecided(), checkpoint: "delår1", format: format)
        switch format {
        case .json:
            #expect(text.contains("\"status\" : \"proposed\""))
            #expect(text.contains("\"status\" : \"draft\""))
        default:
            #expect(text.contains("Förslag"), "\(format)")
            #expect(!decided.contains("Förslag"), "\(format)")
        }
        if format == .markdown || format == .html {
            #expect(text.contains("Utkast"), "\(format)")
            #expect(!decided.contains("Utkast"), "\(format)")
        }
    }
}

/// A goal's owner is named in the report, as entered, and absent when not given.
@Suite struct ReportOwnerTests {
    @Test(arguments: ReportFormat.allCases)
    func theOwnerIsNamed(format: ReportFormat) throws {
        var w = Workspace.demo
        _ = try w.apply(.setOwner(goal: 6, owner: "Kommunstyrelsen & <KSAU>"))
        let text = try Report.render(w, checkpoint: "delår1", format: format)
        let plain = try Report.render(.demo, checkpoint: "delår1", format: format)
        switch format {
        case .markdown: #expect(text.contains("**Ansvarig:** Kommunstyrelsen & \\<KSAU\\>"))
        case .html: #expect(text.contains("<strong>Ansvarig:</strong> Kommunstyrelsen &amp; &lt;KSAU&gt;"))
        case .json: #expect(text.contains("\"owner\" : \"Kommunstyrelsen & <KSAU>\""))
        case .csv: break
        }
        #expect(!plain.contains("Ansvarig") && !plain.contains("\"owner\""))
    }
}
