import Foundation
import LineEditing

extension CommandTable {
    /// Commands for workspaces on disk, scripts and leaving.
    static var files: [Command] {
        [
            Command(
                name: "new",
                aliases: ["ny"],
                forms: [[.optionalText("NAME"), .option(OptionSpec("year", value: "YEAR")), .option(OptionSpec("years", value: "FIRST-LAST")), .option(OptionSpec("demo"))]],
                summary: "Start an empty workspace (asks first at a terminal when changes are unsaved).",
                details: "The plan year is this year unless --year gives another; --years gives a plan period of several years (2024-2027), each year with the standard checkpoints. new --demo starts on the built-in demo workspace instead. In a script, unsaved changes are kept (in the file's journal, or for recover) rather than lost.",
                examples: ["new", "new ks2020 --year 2020", "new kf --years 2024-2027", "new --demo"]
            ) { session, inv in
                if inv.flag("demo") {
                    guard session.mayDiscardChanges(before: session.t(.beforeNew)) else { return }
                    return session.startDemo()
                }
                let year = try inv.option("year").map { text -> Int in
                    guard let y = Int(text), (1900...2200).contains(y) else {
                        throw session.failure(.notAPlanYear, text)
                    }
                    return y
                }
                let years = try inv.option("years").map { try session.planPeriod($0) }
                if year != nil, years != nil { throw session.failure(.calYearAndYears) }
                guard session.mayDiscardChanges(before: session.t(.beforeNew)) else { return }
                try session.startNew(name: inv.value("NAME") ?? session.t(.untitledName), year: year, years: years)
            },
            Command(
                name: "open",
                aliases: ["öppna"],
                forms: [[.file], [.option(OptionSpec("demo"))]],
                summary: "Open a workspace file, or a workspace in a shared store (asks first at a terminal when changes are unsaved).",
                details: "A file that does not exist yet is created by the first save. Changes not saved when a session was killed are recovered from the file's journal. open --demo opens the built-in demo workspace, without a file. open postgresql://HOST/DATABASE?workspace=NAME opens a workspace in a shared PostgreSQL store, where each change is kept as it is made and others' changes show between prompts. In a script, unsaved changes are kept (in the file's journal, or for recover) rather than lost.",
                examples: ["open ks2019.json", "open --demo", "open 'postgresql:///malbild?workspace=ks2024'"]
            ) { session, inv in
                guard inv.flag("demo") || inv.file != nil else {
                    // Bare `open` is the first form's missing FILE, as before there was --demo.
                    let open = CommandTable.standard.command(named: "open")
                    throw ShellError.usage(command: session.t.commandName("open"), problem: FormMatcher.problem(with: [], forms: [[.file]], t: session.t),
                                           lines: open.map(session.t.usageLines) ?? [])
                }
                guard session.mayDiscardChanges(before: session.t(.beforeOpen)) else { return }
                if inv.flag("demo") { return session.startDemo() }
                let name = inv.file ?? ""
                if Session.isStoreAddress(name) { return try session.openStore(name) }
                try session.open(URL(fileURLWithPath: name))
            },
            Command(
                name: "save",
                aliases: ["spara"],
                forms: [[], [.file]],
                summary: "Save the workspace to its file, or to FILE (which it then belongs to).",
                details: "The file is written whole to a temporary file beside it, then moved over the old one, so a crash never leaves half a file. A name without an ending gets .json (save ks2019 writes ks2019.json). A read-only file, or one changed on disk since it was opened, is not written over.",
                examples: ["save", "save ks2019.json"]
            ) { session, inv in
                try session.save(to: inv.file.map { URL(fileURLWithPath: $0) })
            },
            Command(
                name: "status",
                aliases: ["läge"],
                forms: [[]],
                summary: "Tell the file, the unsaved changes, the journal and the undo history.",
                examples: ["status"]
            ) { session, _ in
                session.say(session.statusText())
            },
            Command(
                name: "quit",
                aliases: ["exit", "avsluta"],
                forms: [[]],
                summary: "Leave the shell (asks first at a terminal when changes are unsaved).",
                examples: ["quit"]
            ) { session, _ in
                session.requestQuit()
            },
            Command(
                name: "source",
                aliases: ["kör"],
                forms: [[.file]],
                summary: "Run the commands of a script file in this session.",
                details: "Errors name the script's file and line. The commands' changes can be undone one by one.",
                examples: ["source dialog-2019-02-20.mal"]
            ) { session, inv in
                try session.source(inv.file ?? "")
            },
            Command(
                name: "export",
                aliases: ["exportera"],
                forms: [[.word("script"), .file]],
                summary: "Write the workspace as a script that rebuilds it exactly (malbild run FILE).",
                details: "The script holds the record, areas, goals, indicators and values, assessments, forecasts and results. The log is history and is not in it: a rebuild logs its own changes. An existing file is never written over.",
                examples: ["export script ks2019.mal"]
            ) { session, inv in
                let path = inv.file ?? ""
                guard !path.isEmpty else { throw session.failure(.giveFileName) }
                try session.checkNameToWrite(URL(fileURLWithPath: path))
                try session.checkNotCompanion(URL(fileURLWithPath: path))
                guard !FileManager.default.fileExists(atPath: path) else {
                    throw session.failure(.exportExists, path)
                }
                try session.writeFile(Data(ScriptExport.script(for: session.workspace, t: session.t).utf8), to: URL(fileURLWithPath: path))
                session.say(.exportWrote, path)
            },
            Command(
                name: "echo",
                aliases: ["eko"],
                forms: [[.choice("MODE", ["on", "off"])]],
                summary: "Print each command of a script before its output (on), or not (off).",
                examples: ["echo on"]
            ) { session, inv in
                session.echo = inv.value("MODE") == "on"
            },
        ]
    }
}
