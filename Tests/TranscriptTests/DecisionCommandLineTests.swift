import Foundation
import Testing

/// Reading a decision and drafting one through the binary, with real files.
@Suite struct DecisionCommandLineTests {
    static let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/ks-mal-2019.txt")
    static let areas = ["Tillväxt, hållbarhet och fysisk planering", "Arbete och fritid", "Kunskap och hälsa",
                        "Demokrati, delaktighet/ tillgänglighet och service", "Samverkan regionalt/nationellt/internationellt",
                        "Intern resursanvändning och styrning"]

    /// The words of a text, an area heading's colon taken away.
    static func words(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var line = line.trimmingCharacters(in: .whitespaces)
            if line.hasSuffix(":"), areas.contains(String(line.dropLast())) { line.removeLast() }
            return line
        }.joined(separator: " ").split(separator: " ").map(String.init)
    }

    /// The workspace in a file, without what the text does not hold (its name, log and notes).
    static func content(_ url: URL) throws -> NSDictionary {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        var workspace = json?["workspace"] as? [String: Any] ?? [:]
        for key in ["name", "log", "notes"] { workspace[key] = nil }
        return workspace as NSDictionary
    }

    @Test func importDecisionWritesANewWorkspaceAndNeverWritesOverAFile() throws {
        let work = try TemporaryFolder()
        let result = try Malbild.run(["import-decision", Self.seed.path, "--out", "ks.json"], in: work.url)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.replacingOccurrences(of: "\n", with: " ").contains("6 areas, 8 goals"))
        #expect(result.output.contains("Every line was placed."))
        let file = work.url.appendingPathComponent("ks.json")
        let written = try Data(contentsOf: file)
        #expect(String(decoding: written, as: UTF8.self).contains("Ökat medborgarinflytande"))
        // A second time, and over a file that is not a workspace: refused, both left as they were.
        let again = try Malbild.run(["import-decision", Self.seed.path, "--out", "ks.json"], in: work.url)
        #expect(again.status == 2)
        #expect(again.output.contains("\(file.path) exists"))
        #expect(try Data(contentsOf: file) == written)
        let notes = work.url.appendingPathComponent("anteckningar.txt")
        try Data("mina anteckningar\n".utf8).write(to: notes)
        let over = try Malbild.run(["import-decision", Self.seed.path, "--out", "anteckningar.txt"], in: work.url)
        #expect(over.status == 2)
        #expect(try String(contentsOf: notes, encoding: .utf8) == "mina anteckningar\n")
    }

    @Test(arguments: [["import-decision"], ["import-decision", "x.txt"], ["import-decision", "--out", "w.json"]])
    func importDecisionMistakesExitTwo(args: [String]) throws {
        let work = try TemporaryFolder()
        let result = try Malbild.run(args, in: work.url)
        #expect(result.status == 2, "\(args)")
        #expect(result.output.hasPrefix("malbild: "), "\(args): \(result.output)")
    }

    @Test func aFileOfAnotherKindIsNamed() throws {
        let work = try TemporaryFolder()
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]).write(to: work.url.appendingPathComponent("beslut.pdf"))
        let result = try Malbild.run(["import-decision", "beslut.pdf", "--out", "w.json"], in: work.url)
        #expect(result.status == 2)
        #expect(result.output.contains("beslut.pdf is a PNG image, not a decision"))
        #expect(!FileManager.default.fileExists(atPath: work.url.appendingPathComponent("w.json").path))
    }

    /// The round trip: the seed read, goal 6 rewritten, the decision drafted.
    /// Put goal 6's decided text back and take the proposal mark away, and the draft is the seed, word by word.
    @Test func theDraftDiffersFromTheSeedExactlyInGoal6AndTheProposalMark() throws {
        let work = try TemporaryFolder()
        let read = try Malbild.run(["import-decision", Self.seed.path, "--out", "ks.json"], in: work.url)
        #expect(read.status == 0)
        let proposal = "Att öka kvinnors och mäns upplevelse av att kunna påverka, mätt med NII."
        let session = try Malbild.run(["ks.json"], in: work.url,
                                      input: "goal 6\nset ambition \"\(proposal)\"\nreport decision --out utkast.txt\nsave\n")
        #expect(session.status == 0, "\(session.output)")
        let draft = try String(contentsOf: work.url.appendingPathComponent("utkast.txt"), encoding: .utf8)
        let seed = try String(contentsOf: Self.seed, encoding: .utf8)
        let decided = "Att öka kvinnors och mäns upplevelse av att kunna påverka samhällsutvecklingen i kommunen vilket följs upp genom SCB medborgarundersöknings delområde Nöjd inflytande index samt genom hur många som tar del av fullmäktiges sammanträde, webbplats i övrigt och sociala medier. Detta innebär bl.a. att utveckla de kommunala råden samt digitala kanaler och möjligheter att ha dialog i syfte att få tidiga inspel och kunna ta kloka beslut. Även synen på mångfald och jämställdhet behöver utvecklas för att alla ska känna att de har en plats i den kommunala demokratin."
        #expect(draft.contains("Mål 6. Ökat medborgarinflytande\nArbetsutskottets förslag\nAmbitionsnivå: \(proposal)\n"))
        #expect(draft.components(separatedBy: "Arbetsutskottets förslag\n").count == 2)
        #expect(!draft.contains(decided))
        let undone = draft.replacingOccurrences(of: proposal, with: decided)
            .replacingOccurrences(of: "\nArbetsutskottets förslag\n", with: "\n")
        #expect(Self.words(undone) == Self.words(seed))
        // The saved workspace keeps the decided text beside the proposal.
        let saved = try String(contentsOf: work.url.appendingPathComponent("ks.json"), encoding: .utf8)
        #expect(saved.contains("\"decided\" : {"))
    }

    @Test func theDraftReadsBackIntoTheSameWorkspaceAsTextAndAsWord() throws {
        let work = try TemporaryFolder()
        #expect(try Malbild.run(["import-decision", Self.seed.path, "--out", "seed.json"], in: work.url).status == 0)
        let draft = try Malbild.run(["--demo"], in: work.url,
                                    input: "report decision --out utkast.txt\nreport decision --format docx --out utkast.docx\n")
        #expect(draft.status == 0, "\(draft.output)")
        let docx = try Data(contentsOf: work.url.appendingPathComponent("utkast.docx"))
        #expect(docx.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        for (file, json) in [("utkast.txt", "text.json"), ("utkast.docx", "word.json")] {
            let result = try Malbild.run(["import-decision", file, "--out", json], in: work.url)
            #expect(result.status == 0, "\(file): \(result.output)")
            #expect(result.output.contains("Every line was placed."), "\(file): \(result.output)")
            #expect(try Self.content(work.url.appendingPathComponent(json)) == Self.content(work.url.appendingPathComponent("seed.json")), "\(file)")
        }
    }

    @Test func withoutPandocTheWordFileIsAClearErrorAndNothingIsWritten() throws {
        let work = try TemporaryFolder()
        let process = Process()
        process.executableURL = Malbild.binary
        process.arguments = ["--demo"]
        process.currentDirectoryURL = work.url
        var environment = Malbild.environment(home: work.url.appendingPathComponent(".home"))
        environment["PATH"] = work.url.appendingPathComponent("no-tools").path
        process.environment = environment
        let output = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = input
        try process.run()
        input.fileHandleForWriting.write(Data("report decision --format docx --out beslut.docx\nreport decision --format html --out beslut.html\n".utf8))
        try input.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(text.contains("pandoc is not installed, and it makes the Word file: apt-get install pandoc"))
        #expect(!FileManager.default.fileExists(atPath: work.url.appendingPathComponent("beslut.docx").path))
        #expect(FileManager.default.fileExists(atPath: work.url.appendingPathComponent("beslut.html").path))
    }
}
