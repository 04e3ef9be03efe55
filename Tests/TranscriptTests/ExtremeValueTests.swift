import Foundation
import Testing

/// Values at the edges of a Double, through the real binary: a workspace file that holds them
/// is refused at once, and one rule for values holds for `measure`, the Kolada import and the
/// CSV import alike.
@Suite struct ExtremeValueTests {
    /// The demo saved to `ws.json` in the folder, with its first indicator's values replaced.
    static func workspace(in folder: URL, totals: [Double], baseline: Double? = nil) throws {
        try "save ws.json\n".write(to: folder.appendingPathComponent("make.mal"), atomically: true, encoding: .utf8)
        let made = try Malbild.run(["run", "make.mal", "--demo"], in: folder)
        try #require(made.status == 0, "\(made.output)")
        let url = folder.appendingPathComponent("ws.json")
        var file = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        var workspace = try #require(file["workspace"] as? [String: Any])
        var goals = try #require(workspace["goals"] as? [[String: Any]])
        var indicators = try #require(goals[0]["indicators"] as? [[String: Any]])
        var values = try #require(indicators[0]["values"] as? [String: Any])
        let days = try #require(values["day"] as? [Any])
        try #require(days.count == totals.count, "the demo's first indicator has \(days.count) values")
        values["total"] = totals
        indicators[0]["values"] = values
        if let baseline, var reference = indicators[0]["baseline"] as? [String: Any] {
            reference["value"] = baseline
            indicators[0]["baseline"] = reference
        }
        goals[0]["indicators"] = indicators
        workspace["goals"] = goals
        file["workspace"] = workspace
        try JSONSerialization.data(withJSONObject: file).write(to: url)
    }

    /// A file's values answer to the same rule as typed ones: a workspace file holding values at
    /// the ends of a Double is refused by name, at once, by every command that opens it, and
    /// nothing is written. (The chart's ends for any finite value: `ExtremeChartTests`.)
    @Test(arguments: [
        [1.7976931348623157e308, -1.7976931348623157e308],
        [1.7976931348623157e308, 1.7976931348623157e308],
        [-1e308, Double.leastNonzeroMagnitude],
        [1e300, 1e300 * (1 + 1e-15)],
        [1e15, 1e15 + 0.25],
    ])
    func aFileOfExtremeValuesIsRefusedAtOnce(totals: [Double]) throws {
        let work = try TemporaryFolder()
        try Self.workspace(in: work.url, totals: totals, baseline: -1.7976931348623157e308)
        let before = try Data(contentsOf: work.url.appendingPathComponent("ws.json"))
        for format in ["html", "md", "csv", "json"] {
            let result = try BoundedRun.run(["report", "ws.json", "--checkpoint", "helår", "--format", format, "--out", "r.\(format)"],
                                            in: work.url, seconds: 60)
            #expect(result.outcome == .exited(2), "\(format) with \(totals): \(result.outcome) \(result.output.prefix(500))")
            #expect(result.output.contains("ws.json"), "the refusal names the file: \(result.output.prefix(500))")
            #expect(!FileManager.default.fileExists(atPath: work.url.appendingPathComponent("r.\(format)").path))
        }
        #expect(try Data(contentsOf: work.url.appendingPathComponent("ws.json")) == before)
    }

    @Test func everyWayAValueComesInHasTheSameRule() throws {
        let work = try TemporaryFolder()
        try Self.workspace(in: work.url, totals: [15, 18])
        let kolada = """
            {"values": [{"kpi": "N03926", "municipality": "0665", "period": 2017, "values": [
              {"gender": "T", "count": 1, "status": "", "value": 1000000000000000}]}]}
            """
        try kolada.write(to: work.url.appendingPathComponent("big.json"), atomically: true, encoding: .utf8)
        try "indicator,date,value\nwebb,2019-05-31,1000000000000000\n"
            .write(to: work.url.appendingPathComponent("big.csv"), atomically: true, encoding: .utf8)
        try "indicator,date,value\nwebb,2019-05-31,999999999999999.9\n"
            .write(to: work.url.appendingPathComponent("edge.csv"), atomically: true, encoding: .utf8)
        let before = try Data(contentsOf: work.url.appendingPathComponent("ws.json"))
        for (command, refused) in [
            ("measure webb 2019-05-31 1000000000000000", true),
            ("import kolada big.json", true),
            ("import csv big.csv", true),
            ("import csv edge.csv", false),
        ] {
            try (command + "\n").write(to: work.url.appendingPathComponent("one.mal"), atomically: true, encoding: .utf8)
            let result = try Malbild.run(["run", "one.mal", "--workspace", "ws.json"], in: work.url)
            #expect(result.status == (refused ? 1 : 0), "\(command): \(result.output)")
            if refused {
                #expect(result.output.contains("too large"), "\(command): \(result.output)")
                #expect(try Data(contentsOf: work.url.appendingPathComponent("ws.json")) == before)
                let journal = (try? Data(contentsOf: work.url.appendingPathComponent("ws.json.journal"))) ?? Data()
                #expect(journal.isEmpty, "\(command) left a journal")
            }
        }
    }
}
