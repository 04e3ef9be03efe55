import Foundation
import Testing
@testable import MalbildCore
@testable import MalbildShell

/// The store's promise under SIGKILL: a generated script of varied changes (Swedish texts,
/// indicators, measurements, a large import, undo and redo, goals added and removed, saves)
/// runs in the real binary on a saved workspace and is killed at many moments spread over
/// its run, during saves and during the large import too. After each kill the workspace as
/// the next open recovers it must equal the state after some prefix of the script that
/// holds every command the killed process acknowledged; nothing torn, nothing lost.
///
/// The states after each prefix come from running the same script in this process. Bounded:
/// a fixed seed, a fixed number of kills, and a size that keeps the loop to about a minute.
@Suite(.serialized) struct KillLoopTests {
    /// Kills at moments spread evenly over the run.
    static let spreadKills = 30
    /// Kills aimed at a save under way (a temporary file of the workspace exists).
    static let saveKills = 5
    /// Kills aimed at the large import under way.
    static let importKills = 5
    /// Rows of the large import.
    static let importRows = 4_000

    @Test func everyAcknowledgedCommandSurvivesSIGKILLAndNothingTornComesBack() throws {
        let started = Date()
        let work = try KillLoopFolder()
        let csv = work.url.appendingPathComponent("stor-import.csv")
        try Data(Self.largeCSV(rows: Self.importRows).utf8).write(to: csv)
        let script = Self.script(seed: 0x6d61_6c62_696c_64, importing: csv.path)
        let scriptFile = work.url.appendingPathComponent("skript.mal")
        try Data((script.joined(separator: "\n") + "\n").utf8).write(to: scriptFile)

        // The saved workspace every run starts from.
        let base = work.url.appendingPathComponent("base.json")
        let made = try KillLoopProcess.run(["--demo", "--batch"], in: work.url, input: "save base.json\n")
        #expect(made.status == 0, "\(made.output)")

        // The state after each prefix of the script, by the same commands in this process.
        let states = try Self.prefixStates(of: script, base: base, in: work.url)

        // One run to the end, to know how long a run takes.
        let runFolder = work.url.appendingPathComponent("run")
        try Self.prepare(runFolder, from: base)
        let clock = Date()
        let full = try KillLoopProcess.run(["ws.json", "--batch", "--echo"], in: runFolder, inputFile: scriptFile)
        let runTime = Date().timeIntervalSince(clock)
        #expect(full.status != 2 && Self.acknowledged(script, in: full.output, finished: true) == script.count,
                "\(full.output.suffix(2000))")

        var kills = 0
        var lost = 0
        var duringSave = 0
        var duringImport = 0
        var outcomes: [String] = []
        func killAndCheck(_ moment: KillLoopProcess.Moment, _ label: String) throws {
            try Self.prepare(runFolder, from: base)
            let live = try KillLoopProcess(["ws.json", "--batch", "--echo"], in: runFolder, inputFile: nil)
            guard let hit = live.kill(at: moment, script: script) else {  // it ended before the moment came
                outcomes.append("\(label): ended first")
                return
            }
            kills += 1
            if hit, case .duringSave = moment { duringSave += 1 }
            if hit, case .duringImport = moment { duringImport += 1 }
            let acked = Self.acknowledged(script, in: live.output, finished: false)
            // Every fifth reopen is the binary's, saving what it recovered; the others open in
            // this process, by the same code the binary opens with.
            let reopened: Workspace
            if kills % 5 == 0 {
                let reopen = try KillLoopProcess.run(["ws.json", "--batch"], in: runFolder, input: "save\n")
                #expect(reopen.status == 0, "\(label): \(reopen.output)")
                reopened = try Self.load(runFolder.appendingPathComponent("ws.json"))
            } else {
                reopened = try Self.reopen(runFolder.appendingPathComponent("ws.json"))
            }
            let prefixes = states.indices.filter { states[$0] == reopened }
            let kept = prefixes.contains { $0 >= acked }
            if !kept { lost += 1 }
            #expect(kept, "\(label): acknowledged \(acked) commands, the reopened workspace equals prefixes \(prefixes)")
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: runFolder.path).filter { $0.contains(".tmp-") }
            #expect(leftovers.isEmpty, "\(label): \(leftovers)")
            outcomes.append("\(label): acked \(acked), reopened at \(prefixes.last ?? -1)\(hit ? "" : " (missed its aim)")")
        }
        let delays: [TimeInterval] = [0, 0.001, 0.004, 0.012]
        for i in 0..<Self.spreadKills {
            let command = (2 * i + 1) * script.count / (2 * Self.spreadKills)
            try killAndCheck(.atCommand(command, delay: delays[i % delays.count]), "kill \(i + 1) at command \(command + 1)")
        }
        let saves = script.filter { $0 == "save" }.count
        for i in 0..<Self.saveKills {
            try killAndCheck(.duringSave(i % saves), "kill during save \(i % saves + 1)")
        }
        for i in 0..<Self.importKills {
            try killAndCheck(.duringImport(delay: 0.05 + 0.1 * Double(i)), "kill during the import \(i + 1)")
        }
        let took = Date().timeIntervalSince(started)
        print("kill loop: \(kills) kills (\(duringSave) while a save wrote its file, \(duringImport) during the import), "
              + "\(lost) lost; a run takes \(String(format: "%.2f", runTime)) s, the loop \(String(format: "%.1f", took)) s")
        print(outcomes.joined(separator: "\n"))
        #expect(kills >= Self.spreadKills + Self.saveKills, "\(outcomes.joined(separator: "\n"))")
        #expect(lost == 0)
    }

    // MARK: The script

    /// A fixed-seed generator (SplitMix64), so every run kills the same script.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9e37_79b9_7f4a_7c15
            var z = state
            z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
            z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    }

    static let words = [
        "kvinnors", "och", "mäns", "delaktighet", "i", "kommunens", "dialog", "för", "att", "nå", "unga",
        "på", "fritidsgårdar", "i", "Skillingaryd", "Vaggeryd", "föreningslivet", "ambitionsnivå", "ökar",
        "medborgarlöfte", "öppettider", "bibliotek", "välfärd", "är", "inflytande", "områdesråd", "äldre",
    ]

    static func text(_ g: inout Generator) -> String {
        let count = 3 + g.below(9)
        let body = (0..<count).map { _ in g.pick(words) }.joined(separator: " ")
        return "Att " + body + (g.below(3) == 0 ? " – “citat” och 100 %" : ".")
    }

    /// About 110 commands: edits of every kind on several goals, a large import, undo and
    /// redo of it, goals added and removed, and saves along the way.
    static func script(seed: UInt64, importing csvPath: String) -> [String] {
        var g = Generator(state: seed)
        var lines: [String] = []
        var indicators: [String] = []
        func smallChanges(_ count: Int) {
            for _ in 0..<count {
                switch g.below(12) {
                case 0: lines.append("goal \(g.pick([2, 3, 4, 6, 8]))")
                case 1, 2: lines.append("note \"\(text(&g))\"")
                case 3: lines.append("set ambition \"\(text(&g))\"")
                case 4:
                    let id = "mått\(indicators.count + 1)"
                    indicators.append(id)
                    lines.append("indicator add \(id) \"Antal besök på \(g.pick(["bibliotek", "fritidsgård", "badhus"]))\" --unit besök")
                case 5:
                    guard let id = indicators.last else { fallthrough }
                    lines.append("baseline \(id) 2018 \(100 + g.below(900))")
                case 6:
                    guard let id = indicators.last else { fallthrough }
                    lines.append("measure \(id) delår1 \(g.below(1000)),\(g.below(10)) --women \(g.below(500)) --men \(g.below(500))")
                case 7: lines.append("undo")
                case 8: lines.append("redo")
                case 9: lines.append("assess qualitative \"\(text(&g))\"")
                case 10: lines.append("criteria measurable \(g.pick(["yes", "no", "unknown"])) \"\(text(&g))\"")
                default: lines.append("measure webb \(2019)-0\(1 + g.below(9))-1\(g.below(9)) \(30000 + g.below(9000))")
                }
            }
        }
        lines.append("goal 6")
        smallChanges(30)
        lines.append("goal add \"Ett nytt mål om ökad delaktighet för unga i Vaggeryd\"")
        lines.append("note \"Målet läggs till på prov – ta bort det om gruppen inte enas\"")
        smallChanges(10)
        lines.append("goal 6")
        lines.append("save")
        lines.append("import csv \(csvPath)")
        lines.append("save")
        smallChanges(12)
        lines.append("goal 6")
        lines.append("undo")
        lines.append("undo")
        lines.append("redo")
        lines.append("save")
        lines.append("goal remove 9")
        smallChanges(25)
        lines.append("goal 6")
        lines.append("save")
        smallChanges(10)
        return lines
    }

    /// A spreadsheet of `rows` daily values for the demo's `webb` indicator.
    static func largeCSV(rows: Int) -> String {
        var text = "Indikator;Datum;Värde;Kvinnor;Män\n"
        var day = Date(timeIntervalSince1970: -315_619_200)  // 1960-01-01
        let format = Date.ISO8601FormatStyle().year().month().day()
        for i in 0..<rows {
            text += "webb;\(day.formatted(format));\(20000 + (i * 37) % 9000),\(i % 10);;\n"
            day += 86_400
        }
        return text
    }

    // MARK: States and checks

    static let now = Date(timeIntervalSince1970: 1_550_669_400)  // 2019-02-20T13:30:00Z, as the binary's MALBILD_NOW

    /// The workspace after each prefix of the script (index 0: before any command).
    static func prefixStates(of script: [String], base: URL, in folder: URL) throws -> [Workspace] {
        let reference = folder.appendingPathComponent("reference")
        try prepare(reference, from: base)
        let session = Session(workspace: .demo, console: RecordingConsole(),
                              environment: ["USER": "tester", "MALBILD_USER": "tester"], clock: { now })
        try session.open(reference.appendingPathComponent("ws.json"))
        var states = [session.workspace]
        for command in script {
            try? session.execute(command)
            states.append(session.workspace)
        }
        session.close()
        return states
    }

    /// How many commands the killed process acknowledged: a command is done once the echo of
    /// the next one was written (a command's change is journaled before it answers).
    static func acknowledged(_ script: [String], in output: String, finished: Bool) -> Int {
        var rest = Substring(output)
        var echoed = 0
        for command in script {
            guard let range = rest.range(of: "> " + command + "\n") else { break }
            echoed += 1
            rest = rest[range.upperBound...]
        }
        // The last command echoed may still have been running, unless the run went to the end.
        return finished ? echoed : max(0, echoed - 1)
    }

    static func prepare(_ folder: URL, from base: URL) throws {
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: base, to: folder.appendingPathComponent("ws.json"))
    }

    /// Opens a workspace as the next session would, recovering its journal, and lets it go again.
    static func reopen(_ url: URL) throws -> Workspace {
        let session = Session(workspace: .demo, console: RecordingConsole(), environment: [:], clock: { now })
        try session.open(url)
        defer { session.close() }
        return session.workspace
    }

    static func load(_ url: URL) throws -> Workspace {
        let session = Session(workspace: .demo, console: RecordingConsole(), environment: [:])
        try session.read(url)
        return session.workspace
    }
}

/// A fresh folder for the kill loop, removed when the value goes away.
final class KillLoopFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("malbild-kill-" + UUID().uuidString)
            .resolvingSymlinksInPath()
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}

/// The built `malbild` binary run for the kill loop: its output goes to a file, so that all
/// it wrote before a SIGKILL can be read after.
final class KillLoopProcess {
    /// When to kill.
    enum Moment {
        /// Once the command at this place in the script has begun, and this many seconds more.
        case atCommand(Int, delay: TimeInterval)
        /// While a save writes its temporary file: the save that is this many saves into the script.
        case duringSave(Int)
        /// This long after the large import began.
        case duringImport(delay: TimeInterval)
    }

    struct Result {
        var output: String
        var status: Int32
    }

    private let process = Process()
    private let outputURL: URL
    private let folder: URL

    /// The binary: `MALBILD_BIN`, or `malbild` beside the test bundle.
    static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["MALBILD_BIN"] { return URL(fileURLWithPath: path) }
        var folder = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("malbild")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return Bundle.main.bundleURL.appendingPathComponent("malbild")
    }

    static func environment(home: URL) -> [String: String] {
        [
            "PATH": "/usr/bin:/bin", "HOME": home.path, "XDG_STATE_HOME": home.appendingPathComponent("state").path,
            "XDG_CONFIG_HOME": home.appendingPathComponent("config").path, "MALBILD_HISTORY": "",
            "MALBILD_NOW": "2019-02-20T13:30:00Z", "TZ": "UTC", "LANG": "C.UTF-8", "USER": "tester",
        ]
    }

    /// Where the script is written to a live process, a few commands ahead of it.
    private let input = Pipe()
    private var fed = 0

    /// Starts the binary; its input is the file, or (nil) what `feed` writes.
    init(_ arguments: [String], in folder: URL, inputFile: URL?) throws {
        self.folder = folder
        outputURL = folder.deletingLastPathComponent().appendingPathComponent("output-\(UUID().uuidString).txt")
        FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        process.executableURL = Self.binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = Self.environment(home: folder.deletingLastPathComponent().appendingPathComponent(".home"))
        if let inputFile {
            process.standardInput = try FileHandle(forReadingFrom: inputFile)
        } else {
            process.standardInput = input
        }
        let out = try FileHandle(forWritingTo: outputURL)
        process.standardOutput = out
        process.standardError = out
        try process.run()
    }

    deinit {
        try? FileManager.default.removeItem(at: outputURL)
    }

    /// Everything the process wrote.
    var output: String {
        String(decoding: (try? Data(contentsOf: outputURL)) ?? Data(), as: UTF8.self)
    }

    /// Writes the script's commands up to (not including) `end` to the process, so that it
    /// never runs far past the moment a kill is aimed at.
    func feed(_ script: [String], upTo end: Int) {
        let end = min(end, script.count)
        guard end > fed else { return }
        input.fileHandleForWriting.write(Data(script[fed..<end].map { $0 + "\n" }.joined().utf8))
        fed = end
    }

    /// How many commands of the script the process has begun (their echo was written).
    func begun(_ script: [String]) -> Int {
        var rest = Substring(output)
        var echoed = 0
        for command in script {
            guard let range = rest.range(of: "> " + command + "\n") else { break }
            echoed += 1
            rest = rest[range.upperBound...]
        }
        return echoed
    }

    /// Kills with SIGKILL at the moment. Nil when the process ended before it; else whether
    /// the kill hit what it aimed at (a save writing its file, an import not yet done).
    func kill(at moment: Moment, script: [String]) -> Bool? {
        let deadline = Date().addingTimeInterval(60)
        var hit = true
        switch moment {
        case .atCommand(let index, let delay):
            feed(script, upTo: index + 4)
            while process.isRunning, Date() < deadline, begun(script) <= index { usleep(300) }
            if delay > 0 { Thread.sleep(forTimeInterval: delay) }
        case .duringSave(let nth):
            let saves = script.indices.filter { script[$0] == "save" }
            let index = saves[min(nth, saves.count - 1)]
            feed(script, upTo: index + 3)
            while process.isRunning, Date() < deadline, begun(script) <= index { usleep(200) }
            hit = false
            while process.isRunning, Date() < deadline, begun(script) <= index + 1 {
                usleep(50)
                let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
                if names.contains(where: { $0.hasPrefix(".ws.json.tmp-") }) {
                    hit = true
                    break
                }
            }
        case .duringImport(let delay):
            guard let index = script.firstIndex(where: { $0.hasPrefix("import ") }) else { return nil }
            feed(script, upTo: index + 4)
            while process.isRunning, Date() < deadline, begun(script) <= index { usleep(300) }
            Thread.sleep(forTimeInterval: delay)
            hit = !output.contains("Imported ")
        }
        guard process.isRunning else { return nil }
        Foundation.kill(process.processIdentifier, SIGKILL)
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        return process.terminationReason == .uncaughtSignal ? hit : nil
    }

    /// Runs to the end with the given input.
    static func run(_ arguments: [String], in folder: URL, input: String) throws -> Result {
        let inputURL = folder.appendingPathComponent(".input-\(UUID().uuidString)")
        try Data(input.utf8).write(to: inputURL)
        defer { try? FileManager.default.removeItem(at: inputURL) }
        return try run(arguments, in: folder, inputFile: inputURL)
    }

    /// Runs to the end with input from a file.
    static func run(_ arguments: [String], in folder: URL, inputFile: URL) throws -> Result {
        let live = try KillLoopProcess(arguments, in: folder, inputFile: inputFile)
        live.process.waitUntilExit()
        return Result(output: live.output, status: live.process.terminationStatus)
    }
}
