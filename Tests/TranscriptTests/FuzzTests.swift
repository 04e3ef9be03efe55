import Foundation
import Testing

/// The command language and both importers under mutated input, through the real binary:
/// the golden transcripts and valid Kolada and CSV files, mutated (see ``Mutator``), each
/// run with a time bound. No input may end the process by a signal, leave it running past
/// the bound, or end it with an exit code outside 0–3; an import that is refused must leave
/// the workspace's files exactly as they were.
///
/// The normal run uses a fixed seed and a few dozen inputs per target. `scripts/fuzz` runs
/// many more with `MALBILD_FUZZ_SEED`, `MALBILD_FUZZ_COUNT` (inputs per target),
/// `MALBILD_FUZZ_SECONDS` (the bound per input) and `MALBILD_FUZZ_KEEP` (a folder where each
/// failing input is kept, to be run again by hand).
@Suite(.serialized) struct FuzzTests {
    struct Settings {
        var seed: UInt64
        var count: Int?
        var seconds: Double
        var keep: URL?

        static var current: Settings {
            let env = ProcessInfo.processInfo.environment
            return Settings(
                seed: env["MALBILD_FUZZ_SEED"].flatMap { UInt64($0) } ?? 20_261_126,
                count: env["MALBILD_FUZZ_COUNT"].flatMap { Int($0) },
                seconds: env["MALBILD_FUZZ_SECONDS"].flatMap { Double($0) } ?? 30,
                keep: env["MALBILD_FUZZ_KEEP"].map { URL(fileURLWithPath: $0) }
            )
        }
    }

    /// What one target's run found.
    struct Tally: CustomStringConvertible {
        var target: String
        var seed: UInt64
        var inputs = 0
        var exitedZero = 0
        var crashes = 0
        var hangs = 0
        var badExits = 0
        var changedOnRefusal = 0
        var slowest = 0.0

        var description: String {
            "fuzz \(target): \(inputs) inputs (\(exitedZero) ran without an error), \(crashes) crashes, \(hangs) hangs, \(badExits) other exit codes, "
                + "\(changedOnRefusal) refused imports that changed the workspace (seed \(seed), slowest \(String(format: "%.2f", slowest)) s)"
        }
    }

    static let transcripts = TranscriptTests.folder
    static let importFiles = transcripts.appendingPathComponent("import.files")

    /// Lines that have crashed or could crash a shell: numbers past a list's end, empty
    /// lists right after `goal add`, extreme values, odd years.
    static let slips = [
        "goal add \"Nytt mål\"", "strategy remove 1", "document remove 1", "strategy remove 0", "document remove 999999",
        "activity status 1 klar", "activity remove 1", "workspace remove step 1", "note remove 1", "goal 999999",
        "measure nii delår1 1e308", "measure nii delår1 99999999999999999999", "baseline nii 2018 1000000000000000",
        "target nii 2019 -999999999999999.9", "kolada urls --years -9223372036854775808-9223372036854775807",
        "kolada urls --years 9223372036854775807", "compare nii --year 99999999999999999999", "area rename 0 x",
        "report --format html --out r.html", "report --format csv --csv-style plain --out r.csv", "export script e.mal",
        "undo", "undo", "redo", "top", "goal 6", "set area 999999", "scale use 999999",
    ]

    /// The scripts to mutate: each transcript's lines after its `# args:` line, with its arguments and files.
    static func scripts() throws -> [(name: String, args: [String], body: [UInt8], files: URL?)] {
        try TranscriptTests.names.map { name in
            let text = try String(contentsOf: transcripts.appendingPathComponent(name + ".mal"), encoding: .utf8)
            var lines = text.components(separatedBy: "\n")
            var args: [String] = []
            if let first = lines.first, first.hasPrefix("# args:") {
                args = first.dropFirst("# args:".count).split(separator: " ").map(String.init)
                lines.removeFirst()
            }
            let files = transcripts.appendingPathComponent(name + ".files")
            return (name, args, Array(lines.joined(separator: "\n").utf8),
                    FileManager.default.fileExists(atPath: files.path) ? files : nil)
        }
    }

    @Test func theCommandLanguageNeitherCrashesNorHangs() throws {
        let settings = Settings.current
        let scripts = try Self.scripts()
        let pool = scripts.flatMap { String(decoding: $0.body, as: UTF8.self).components(separatedBy: "\n") }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") } + Self.slips
        let mutator = Mutator(lines: pool)
        var rng = SeededGenerator(seed: settings.seed)
        var tally = Tally(target: "commands", seed: settings.seed)
        for _ in 0..<(settings.count ?? 60) {
            guard let script = scripts.randomElement(using: &rng) else { break }
            let (bytes, what) = mutator.mutate(script.body, using: &rng)
            let work = try TemporaryFolder()
            if let files = script.files {
                for item in try FileManager.default.contentsOfDirectory(atPath: files.path) {
                    try FileManager.default.copyItem(at: files.appendingPathComponent(item), to: work.url.appendingPathComponent(item))
                }
            }
            try Data(bytes).write(to: work.url.appendingPathComponent("fuzz.mal"))
            let result = try BoundedRun.run(["run", "fuzz.mal"] + script.args, in: work.url, seconds: settings.seconds)
            tally.inputs += 1
            Self.judge(result, input: bytes, name: "fuzz.mal", from: script.name, args: script.args, what: what,
                       settings: settings, tally: &tally)
        }
        print(tally)
        Self.report(tally)
    }

    @Test func theKoladaImportNeitherCrashesNorHangsNorChangesOnRefusal() throws {
        let seeds = try ["kolada.json", "notkolada.json"].map { try Array(Data(contentsOf: Self.importFiles.appendingPathComponent($0))) }
            + [Array(Self.koladaPage.utf8)]
        try Self.fuzzImport(target: "kolada", file: "data.json", command: "import kolada data.json", seeds: seeds, salt: 1)
    }

    @Test func theCSVImportNeitherCrashesNorHangsNorChangesOnRefusal() throws {
        let seeds = try ["matvarden.csv", "plain.csv"].map { try Array(Data(contentsOf: Self.importFiles.appendingPathComponent($0))) }
            + [Array(Self.validCSV.utf8)]
        try Self.fuzzImport(target: "csv", file: "data.csv", command: "import csv data.csv", seeds: seeds, salt: 2)
    }

    /// A valid spreadsheet of the demo's values, with quotes, a status and a decimal comma.
    static let validCSV = "\u{FEFF}Indikator;Datum;Värde;Kvinnor;Män;Status\r\n"
        + "webb;2019-05-31;39 600;;;\r\n"
        + "fullmaktige;delår2;210,5;110;100,5;\r\n"
        + "webb;2019-07-31;-;;;\"ej publicerat; kommer \"\"senare\"\"\"\r\n"

    /// A Kolada page with paging links and a missing value.
    static let koladaPage = """
        {"count": 2, "next_page": null, "previous_page": null, "values": [
         {"kpi": "N03926", "municipality": "0665", "period": 2017, "values": [
          {"gender": "T", "count": 1, "status": "", "value": 2.75},
          {"gender": "K", "count": 1, "status": "Saknas", "value": null}]}]}
        """

    static func fuzzImport(target: String, file: String, command: String, seeds: [[UInt8]], salt: UInt64) throws {
        let settings = Settings.current
        let template = try TemporaryFolder()
        try "save ws.json\n".write(to: template.url.appendingPathComponent("make.mal"), atomically: true, encoding: .utf8)
        let made = try BoundedRun.run(["run", "make.mal", "--demo"], in: template.url, seconds: 60)
        try #require(made.outcome == .exited(0), "the demo could not be saved: \(made.output)")
        let workspace = try Data(contentsOf: template.url.appendingPathComponent("ws.json"))
        let mutator = Mutator(lines: [])
        var rng = SeededGenerator(seed: settings.seed &+ salt)
        var tally = Tally(target: target, seed: settings.seed)
        for n in 0..<(settings.count ?? 40) {
            guard let seed = seeds.randomElement(using: &rng) else { break }
            let (bytes, what) = mutator.mutate(seed, using: &rng)
            let work = try TemporaryFolder()
            try workspace.write(to: work.url.appendingPathComponent("ws.json"))
            try Data(bytes).write(to: work.url.appendingPathComponent(file))
            let skip = n % 3 == 2 ? " --skip-bad" : ""
            try (command + skip + "\n").write(to: work.url.appendingPathComponent("imp.mal"), atomically: true, encoding: .utf8)
            let before = Self.snapshot(work.url, except: [file, "imp.mal"])
            let result = try BoundedRun.run(["run", "imp.mal", "--workspace", "ws.json"], in: work.url, seconds: settings.seconds)
            tally.inputs += 1
            Self.judge(result, input: bytes, name: file, from: target, args: ["--workspace", "ws.json"], what: what,
                       settings: settings, tally: &tally)
            if case .exited(let code) = result.outcome, code != 0 {
                let after = Self.snapshot(work.url, except: [file, "imp.mal"])
                if after != before {
                    tally.changedOnRefusal += 1
                    let kept = Self.keep(bytes, name: file, settings: settings)
                    let differing = Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }.sorted()
                    let mutations = what.joined(separator: "; ")
                    let output = result.output.prefix(800)
                    Issue.record("\(target): a refused import changed \(differing); input kept at \(kept); mutations: \(mutations)\n\(output)")
                }
            }
        }
        print(tally)
        Self.report(tally)
    }

    /// The folder's files (not its subfolders) and their bytes.
    static func snapshot(_ folder: URL, except: Set<String>) -> [String: Data] {
        var files: [String: Data] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where !except.contains(name) {
            let url = folder.appendingPathComponent(name)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                files[name] = (try? Data(contentsOf: url)) ?? Data()
            }
        }
        return files
    }

    /// Records a crash, a hang or an exit code outside 0–3.
    static func judge(_ result: BoundedRun.Result, input: [UInt8], name: String, from: String, args: [String],
                      what: [String], settings: Settings, tally: inout Tally) {
        tally.slowest = max(tally.slowest, result.seconds)
        if result.outcome == .exited(0) { tally.exitedZero += 1 }
        let problem: String
        switch result.outcome {
        case .exited(let code) where (0...3).contains(code):
            return
        case .exited(let code):
            tally.badExits += 1
            problem = "exit code \(code)"
        case .signalled(let signal):
            tally.crashes += 1
            problem = "killed by signal \(signal)"
        case .timedOut:
            tally.hangs += 1
            problem = "still running after \(settings.seconds) s"
        }
        let kept = keep(input, name: name, settings: settings)
        let arguments = args.joined(separator: " ")
        let mutations = what.joined(separator: "; ")
        let output = result.output.suffix(1500)
        Issue.record("\(from): \(problem); input kept at \(kept) (run with \(arguments)); mutations: \(mutations)\n\(output)")
    }

    /// Copies a failing input where it can be run again; its path.
    static func keep(_ input: [UInt8], name: String, settings: Settings) -> String {
        let folder = settings.keep ?? FileManager.default.temporaryDirectory.appendingPathComponent("malbild-fuzz-failures")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(UUID().uuidString.prefix(8) + "-" + name)
        try? Data(input).write(to: url)
        return url.path
    }

    /// Appends a run's tally to `MALBILD_FUZZ_TALLY`, for scripts/fuzz to sum up.
    static func report(_ tally: Tally) {
        guard let path = ProcessInfo.processInfo.environment["MALBILD_FUZZ_TALLY"] else { return }
        let line = "\(tally.target) \(tally.inputs) \(tally.crashes) \(tally.hangs) \(tally.badExits) \(tally.changedOnRefusal)\n"
        if let handle = FileHandle(forWritingAtPath: path) {
            handle.seekToEndOfFile()
            handle.write(Data(line.utf8))
            try? handle.close()
        } else {
            try? line.write(toFile: path, atomically: false, encoding: .utf8)
        }
    }
}
