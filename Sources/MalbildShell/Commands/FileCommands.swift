import Foundation
import LineEditing

extension CommandTable {
    /// Commands for workspaces on disk, scripts and leaving.
    static var files: [Command] {
        [
            Command(
                name: "new",
                aliases: ["ny"],
                forms: [[.optionalText("NAME"), .option(OptionSpec("year", value: "YEAR"))]],
                summary: "Start an empty workspace (asks first at a terminal when changes are unsaved).",
                details: "The plan year is this year unless --year gives another.",
                examples: ["new", "new ks2020 --year 2020"]
            ) { session, inv in
                let year = try inv.option("year").map { text -> Int in
                    guard let y = Int(text), (1900...2200).contains(y) else {
                        throw session.failure(.notAPlanYear, text)
                    }
                    return y
                }
                guard session.mayDiscardChanges(before: session.t(.beforeNew)) else { return }
                try session.startNew(name: inv.value("NAME") ?? "untitled", year: year)
            },
            Command(
                name: "open",
                aliases: ["öppna"],
                forms: [[.file]],
                summary: "Open a workspace file (asks first at a terminal when changes are unsaved).",
                details: "A file that does not exist yet is created by the first save. Changes not saved when a session was killed are recovered from the file's journal.",
                examples: ["open ks2019.json"]
            ) { session, inv in
                guard session.mayDiscardChanges(before: session.t(.beforeOpen)) else { return }
                try session.open(URL(fileURLWithPath: inv.file ?? ""))
            },
            Command(
                name: "save",
                aliases: ["spara"],
                forms: [[], [.file]],
                summary: "Save the workspace to its file, or to FILE (which it then belongs to).",
                details: "The file is written whole to a temporary file beside it, then moved over the old one, so a crash never leaves half a file.",
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
                guard !FileManager.default.fileExists(atPath: path) else {
                    throw session.failure(.exportExists, path)
                }
                try session.writeFile(Data(ScriptExport.script(for: session.workspace).utf8), to: URL(fileURLWithPath: path))
                session.say(.exportWrote, path)
            },
            Command(
                name: "echo",
                forms: [[.choice("MODE", ["on", "off"])]],
                summary: "Print each command of a script before its output (on), or not (off).",
                examples: ["echo on"]
            ) { session, inv in
                session.echo = inv.value("MODE") == "on"
            },
        ]
    }
}
