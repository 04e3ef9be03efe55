import Foundation
import LineEditing
import MalbildShell

let version = "0.1.0"
let closedAtStart = ProcessStart.claimClosedStandardDescriptors()
let environment = ProcessStart.environment()

func fail(_ message: String, code: Int32) -> Never {
    // Straight to the descriptor, which gives up quietly where standard error cannot be written.
    let bytes = Array("malbild: \(message)\n".utf8)
    _ = write(2, bytes, bytes.count)
    exit(code)
}

/// Ends the process with `code`, or with 1 and a word on standard error when what it printed
/// (through `print` or a console) could not be written: nothing seen is not success.
func finish(_ code: Int32, console: StandardConsole? = nil) -> Never {
    var reason: String?
    if fflush(nil) != 0 { reason = String(cString: strerror(errno)) }
    if closedAtStart.contains(1) { reason = String(cString: strerror(EBADF)) }
    if let failure = console?.outputFailure, failure.descriptor == 1 { reason = failure.reason }
    if let reason, code == 0 { fail(words(.cannotWriteStandardOutput, reason), code: 1) }
    exit(code)
}

// The command line's own words: in the language it asks for, else the environment's.
let arguments = Array(CommandLine.arguments.dropFirst())
let words = Catalogue(Options.language(in: arguments) ?? Language.fromEnvironment(environment))

let options: Options
do {
    options = try Options.parse(arguments)
} catch let error as Options.UsageError {
    fail("\(error.message(words))\n\(words(.cliUsage).split(separator: "\n").prefix(3).joined(separator: "\n"))", code: 2)
} catch {
    fail("\(error)", code: 2)
}

switch options.mode {
case .help:
    print(words(.cliUsage))
    finish(0)
case .version:
    print("malbild \(version)")
    finish(0)
case .diff(let a, let b):
    do {
        let width = Terminal.isInteractive(environment: environment) ? Terminal.width() : 80
        let language = options.language ?? Language.fromEnvironment(environment)
        print(try FileComparison.text(from: URL(fileURLWithPath: a), to: URL(fileURLWithPath: b), width: width, language: language))
        finish(0)
    } catch {
        fail("\(error)", code: 2)
    }
case .report:
    let console = StandardConsole(isInteractive: false)
    console.treatAsClosed(closedAtStart)
    let session = Session(demo: true, year: 0, console: console, environment: environment)
    if let language = options.language { session.language = language }
    do {
        if let path = options.workspace {
            if Session.isStoreAddress(path) { try session.openStore(path) } else { try session.read(URL(fileURLWithPath: path)) }
        }
        try session.writeReport(checkpoint: options.checkpoint ?? session.workspace.calendar.resultCheckpoint?.id ?? "helår", format: options.format,
                                out: options.out, csvStyle: options.csvStyle)
        finish(0, console: console)
    } catch {
        fail(session.message(for: error), code: 2)
    }
case .importDecision(let file):
    let session = Session(demo: false, year: 2000, console: StandardConsole(isInteractive: false), environment: environment)
    if let language = options.language { session.language = language }
    if let user = options.user { session.user = user }
    do { try session.importDecision(file, out: options.out ?? "") } catch { fail(session.message(for: error), code: 2) }
    exit(0)
case .store, .push, .pull:
    let work = StoreCommandLine(t: words, year: ProcessStart.year(of: Date()))
    do {
        switch options.mode {
        case .store("init", let arguments): print(try work.initialize(arguments[0]))
        case .store("list", let arguments): print(try work.list(arguments[0]))
        case .store("members", let arguments): print(try work.members(arguments[0]))
        case .store("grant", let arguments): print(try work.grant(arguments[0], role: arguments[1], access: arguments[2]))
        case .store(_, let arguments): print(try work.revoke(arguments[0], role: arguments[1]))
        case .push(let file, let address): print(try work.push(file, to: address))
        case .pull(let address, let file): print(try work.pull(address, to: file))
        default: break
        }
        finish(0)
    } catch {
        fail(work.message(for: error), code: 2)
    }
case .shell, .run, .replay:
    break
}

// Choose the input: a script file, a terminal with line editing, or standard input.
var scriptName: String?
let reader: LineReader
if case .run(let script) = options.mode {
    do {
        reader = try PlainReader(path: script)
    } catch {
        fail("cannot read the script \(script): \(error)", code: 2)
    }
    scriptName = script
} else {
    let interactive = options.interactive ?? Terminal.isInteractive(environment: environment)
    if interactive, let editor = EditLineReader(historyFile: EditLineReader.historyFileURL(environment: environment)) {
        reader = editor
    } else {
        if interactive, let problem = EditLineReader.libraryProblem {
            FileHandle.standardError.write(Data("malbild: \(words(.lineEditingMissing, EditLineReader.libraryName, EditLineReader.libraryPackage, problem))\n".utf8))
        }
        reader = PlainReader(fileDescriptor: 0)
        scriptName = "stdin"
    }
}

let console = StandardConsole(
    isInteractive: reader.isInteractive,
    useColor: reader.isInteractive && Terminal.colorEnabled(environment: environment)
)
console.reader = reader
console.environment = environment
console.treatAsClosed(closedAtStart)
let clock: () -> Date
if let fixed = environment["MALBILD_NOW"], let date = ISO8601DateFormatter().date(from: fixed) {
    clock = { date }
} else {
    clock = Date.init
}

let startYear = ProcessStart.year(of: clock())
let session = Session(
    demo: options.demo,
    year: startYear,
    console: console,
    environment: environment,
    clock: clock
)
if let language = options.language { session.language = language }
session.echo = options.echo
session.bail = options.bail
if let user = options.user { session.user = user }

// Choose the workspace: named, the demo, the last one (at a terminal), or empty.
var workspacePath = options.workspace
// A shared store named in the environment is the workspace when none is named on the command line.
if workspacePath == nil, !options.demo, let address = environment["MALBILD_STORE"], !address.isEmpty {
    workspacePath = address
}
if workspacePath == nil, !options.demo, case .shell = options.mode, reader.isInteractive {
    workspacePath = Session.lastWorkspace(environment: environment)?.path
}
if case .replay(let script) = options.mode {
    // The script is read by the replay itself; commands come from nowhere else.
    guard FileManager.default.isReadableFile(atPath: script) else { fail("cannot read the script \(script)", code: 2) }
}
if let path = workspacePath {
    do {
        if Session.isStoreAddress(path) {
            try session.openStore(path)
        } else {
            try session.open(URL(fileURLWithPath: path))
        }
    } catch {
        fail(session.message(for: error), code: 2)
    }
}

if reader.isInteractive {
    let completer = ShellCompleter(session: session)
    (reader as? EditLineReader)?.completionProvider = completer
    (reader as? EditLineReader)?.quoteIsOpen = { Interpreter.quoteIsOpen($0) }
    (reader as? EditLineReader)?.historyText = { Session.withoutPasswords($0) }
    let what = options.demo
        ? session.t(.startDemo, session.workspace.decision.title, session.workspace.municipality.name, session.workspace.decision.caseReference)
        : session.file.map { "\($0.path)" } ?? session.storeName ?? session.t(.startEmpty)
    if case .shell = options.mode {
        console.write("Målbild \(version): \(what)\n")
        console.write(session.t(.startBanner) + "\n")
        if !options.noInit { session.runStartupFile() }
        session.mentionOrphanedScratch()
    }
}

if case .replay(let script) = options.mode {
    let named = options.workspace != nil || options.demo
    var status: Int32 = 0
    do {
        if let stay = try session.replay(script, step: options.step, here: named, canStay: true) {
            // The person stopped at a step to look around: a shell at the replayed state.
            (reader as? EditLineReader)?.completionProvider = ShellCompleter(session: stay)
            _ = Interpreter(session: stay, sourceName: nil).run(reader)
            if stay !== session { stay.close() }
        }
    } catch {
        console.writeError(session.message(for: error) + "\n")
        status = 1
    }
    session.close()
    finish(status, console: console)
}

let outcome = Interpreter(session: session, sourceName: scriptName, bail: options.bail).run(reader)
session.close()
switch outcome {
case .bailed:
    exit(3)
case .finished(let failures):
    // At a terminal the person saw each error as it came; leaving normally is not a failure.
    // A script has said why its output was lost; elsewhere it is said here.
    finish(failures > 0 && !reader.isInteractive ? 1 : 0, console: reader.isInteractive ? console : nil)
}
