import Foundation
import Testing

/// The command line in Swedish: `--help`, its mistakes, recorded and exported scripts.
@Suite struct SwedishCommandLineTests {
    @Test func helpAndMistakesUnderLangSvAreSwedish() throws {
        let work = try TemporaryFolder()
        let help = try Malbild.run(["--lang", "sv", "--help"], in: work.url)
        #expect(help.status == 0)
        #expect(help.output.hasPrefix("användning: malbild"))
        #expect(help.output.contains("Slutkoder:"))
        #expect(!help.output.contains("usage:"))
        let wrong = try Malbild.run(["--lang", "sv", "--nonsense"], in: work.url)
        #expect(wrong.status == 2)
        #expect(wrong.output.contains("malbild: okänd flagga \"--nonsense\""), "\(wrong.output)")
        #expect(wrong.output.contains("användning: malbild"))
        let noScript = try Malbild.run(["run", "--lang", "sv"], in: work.url)
        #expect(noScript.status == 2)
        #expect(noScript.output.contains("run behöver en skriptfil"), "\(noScript.output)")
    }

    @Test func recordedAndExportedScriptsHaveSwedishComments() throws {
        let work = try TemporaryFolder()
        let script = "spela-in starta inspelning.mal\nmålen\nspela-in stopp\nexportera skript export.mal\n"
        try script.write(to: work.url.appendingPathComponent("s.mal"), atomically: true, encoding: .utf8)
        let result = try Malbild.run(["run", "s.mal", "--demo", "--lang", "sv"], in: work.url)
        #expect(result.status == 0, "\(result.output)")
        let recorded = try String(contentsOf: work.url.appendingPathComponent("inspelning.mal"), encoding: .utf8)
        #expect(recorded.contains("# Målbild-session inspelad"), "\(recorded)")
        #expect(recorded.contains("inget mål valt"), "\(recorded)")
        #expect(recorded.contains("# start: demo"), "\(recorded)")
        let exported = try String(contentsOf: work.url.appendingPathComponent("export.mal"), encoding: .utf8)
        #expect(exported.hasPrefix("# Arbetsytan ks2019 som ett Målbild-skript"), "\(exported.prefix(200))")
    }

    @Test func anOldScriptUsingJämförForDiffStillRunsWithANote() throws {
        let work = try TemporaryFolder()
        let script = "spara ks.json\nmål 6\nsätt status föreslagen\njämför ks.json\nskillnad ks.json\n"
        try script.write(to: work.url.appendingPathComponent("gammal.mal"), atomically: true, encoding: .utf8)
        let result = try Malbild.run(["run", "gammal.mal", "--demo", "--lang", "sv"], in: work.url)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("varning: \"jämför\" betyder nu något annat (jämför); raden kördes som skillnad, som nu skrivs \"skillnad\""), "\(result.output)")
        // Both lines showed the same difference: the old word ran diff.
        let lines = result.output.components(separatedBy: "\n").filter { $0.hasPrefix("mål 6: status") }
        #expect(lines.count == 2, "\(result.output)")
    }
}
