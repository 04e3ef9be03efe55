import Foundation
import MalbildCore
import MalbildStore

/// The state of one shell: the workspace, the focused goal, the undo history,
/// the file it is saved to and where output goes.
///
/// Commands read the workspace freely; every change goes through
/// ``perform(_:change:)``, which applies the edits, records them for undo and
/// appends them to the journal before the command is acknowledged.
public final class Session {
    /// The workspace being worked on.
    public internal(set) var workspace: Workspace
    /// The number of the goal commands work on, if one is chosen.
    public internal(set) var focus: GoalNumber?
    /// The file the workspace is saved to, if any.
    public var file: URL? { fileStore?.file }
    /// How many steps the workspace is away from what its file holds (or,
    /// with no file, from how it started): undoing back to the saved state
    /// brings this to 0.
    public var unsavedChanges: Int {
        // A store that keeps each step as it is made holds nothing unsaved.
        if store?.keepsEachStep == true { return 0 }
        guard let savedDepth else { return max(1, undoStack.count + changesBeforeHistory) }
        return abs(undoStack.count - savedDepth)
    }
    /// The checkpoint that assessments and forecasts are made for
    /// (`checkpoint delår1|delår2|helår`); the calendar's first when the one chosen
    /// is not in the workspace's calendar.
    public internal(set) var checkpoint: String {
        get {
            let calendar = workspace.calendar
            return calendar.checkpoint(chosenCheckpoint)?.id ?? calendar.checkpoints.first?.id ?? chosenCheckpoint
        }
        set { chosenCheckpoint = newValue }
    }
    /// The checkpoint last chosen, as typed.
    var chosenCheckpoint = "delår1"
    /// Who is making the changes, for the log: `--user`, `set user`, or the login name.
    public var user: String {
        get {
            if let chosenUser { return chosenUser }
            // Looked up when first needed: without USER or LOGNAME it is a look-up in the
            // system's user database, which a run that changes nothing does not need.
            let name = environment["MALBILD_USER"] ?? environment["USER"] ?? environment["LOGNAME"]
                ?? (NSUserName().isEmpty ? "unknown" : NSUserName())
            chosenUser = name
            return name
        }
        set { chosenUser = newValue }
    }
    /// The user chosen or looked up so far.
    private var chosenUser: String?
    /// The language messages, help and headings are given in: `--lang`,
    /// `MALBILD_LANG`, or English; `language sv|en` switches it.
    public var language: Language {
        didSet { (console as? StandardConsole)?.language = language }
    }
    /// Whether commands are echoed before they run.
    public var echo = false
    /// Whether scripts stop at their first failing command (`--bail`), also in `source`.
    public var bail = false
    /// Set by `quit`; the reading loop stops.
    public internal(set) var quitRequested = false
    /// Set when the leave question got no answer (end of input): the changes stay in the
    /// journal for the next open or `recover`, as at the end of a script.
    var keepsChangesOnClose = false
    /// Where output goes.
    public let console: Console
    /// The command table.
    public private(set) var commands = CommandTable(commands: [])
    /// Where the session's files and folders are looked up (HOME, XDG folders).
    public let environment: [String: String]
    /// The clock, for note times.
    let clock: () -> Date

    /// The depth of the undo history at which the workspace equals its
    /// file; nil when no undo or redo can bring it back there.
    var savedDepth: Int? = 0
    /// Changes made before the undo history began (recovered from a journal).
    var changesBeforeHistory = 0
    /// The script this session's commands are recorded to, if recording.
    var recorder: Recorder?
    /// Where a workspace without a file is kept until its first save (see ``ensureScratchJournal()``).
    var scratch: URL? { fileStore?.scratch }
    /// Whether this session is a replay, where file commands are skipped.
    var isReplay = false
    /// The lesson under way, if any.
    var tutorial: TutorialState?
    var undoStack = HistoryStack()
    var redoStack = HistoryStack()
    /// Where the workspace is kept and each step is appended: its file, a scratch copy, or a
    /// shared store; nil while nothing keeps it (a lesson, a replay, no state folder).
    var store: WorkspaceStore?
    /// The sequence number of the last step of the store this session has seen (its own or others').
    var sequence: Int64 = 0
    /// Why the store could not be reached, while the session is read-only because of it.
    var storeOutage: StoreUnavailable?
    /// Steps others appended that this session applied, since the oldest step undo can reach.
    var othersSteps: [StoredStep] = []
    /// The store as a file store, for what only a file does (save, save as, its journal and lock).
    var fileStore: FileStore? { store as? FileStore }
    /// How deep `source` commands are nested.
    var sourceDepth = 0
    /// The workspace as this session started on it (opened, new, the demo, recovered):
    /// what `diff` compares with when there is no file.
    var startingPoint: Workspace?
    /// The other workspaces of a shared store, read for the goals that break down this
    /// workspace's goals; nil when the workspace has no store that holds others.
    var otherWorkspaces: (() throws -> [(name: String, workspace: Workspace)])?
    /// The workspace's name in its shared store, which links from other workspaces name
    /// (whatever name the workspace holds itself); nil without a shared store.
    var nameInStore: String?
    /// Texts written with `edit` that were not stored (refused), by goal and field: the next
    /// `edit` of that field starts from them, so nothing typed is lost.
    var editDrafts: [String: String] = [:]
    /// The inverses of the steps a script appended whose journal lines are still held back
    /// (see ``holdScriptOutput()``), oldest first.
    var heldInverses: [[Edit]] = []
    /// How many bytes of held output came before the first of those steps.
    var heldOutputMark = 0
    /// The count of unsaved changes (where the undo history was saved, and the changes it does
    /// not reach) and the recording as they were before the first held step: what a held piece
    /// that cannot be written goes back to, with the undo history's mark.
    var heldHistory: (savedDepth: Int?, before: Int, recording: (offset: UInt64, count: Int)?) = (0, 0, nil)
    /// Whether a script was told that its output cannot be written.
    var outputFailureReported = false
    /// Where the command that made the first held step began (its script and line), and the
    /// count of commands run when it was made.
    var heldFrom: (source: String?, line: Int, command: Int) = (nil, 0, 0)
    /// The script the command now running comes from (nil at a terminal) and its first line,
    /// set by the interpreter, for errors found after the command.
    public var commandSource: (name: String?, line: Int) = (nil, 0)
    /// How many commands the interpreter has run.
    public var commandsRun = 0
    /// Whether the shared store said at open that its role may only read the workspace.
    var storeReadsOnly = false
    /// Whether held steps could not be written: the script stops.
    public internal(set) var heldStepsFailed = false
    /// How many commands failed because their held steps could not be written.
    public internal(set) var heldStepsFailures = 0

    /// Creates a session on a workspace that is not yet tied to a file.
    public init(
        workspace: Workspace,
        console: Console,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        clock: @escaping () -> Date = Date.init
    ) {
        self.workspace = workspace
        self.startingPoint = workspace
        self.console = console
        self.environment = environment
        // Whole seconds: times written to disk read back equal.
        self.clock = { Date(timeIntervalSince1970: clock().timeIntervalSince1970.rounded(.down)) }
        self.language = Language.fromEnvironment(environment)
        self.commands = CommandTable.standard
        (console as? StandardConsole)?.language = language
    }

    /// The shell's strings in the session's language.
    public var t: Catalogue {
        Catalogue(language)
    }

    /// The prompt: the workspace's name, a `*` when there are unsaved
    /// changes, and the focused goal, e.g. `ks2019* mål 6> `.
    public var prompt: String {
        var text = tutorial.map { t(.promptLesson, $0.lesson.number) } ?? ""
        text += workspace.name + (unsavedChanges > 0 ? "*" : "")
        if let focus { text += " mål \(focus)" }
        return text + "> "
    }

    /// Writes a line of output.
    func say(_ text: String) {
        console.write(text.hasSuffix("\n") ? text : text + "\n")
    }

    /// Writes a line of output from the catalogue.
    func say(_ key: Key, _ values: Any...) {
        say(t.text(key, values))
    }

    /// An error whose message is a string of the catalogue.
    func failure(_ key: Key, _ values: Any...) -> ShellError {
        ShellError.failed(t.text(key, values))
    }

    /// The message of an error in the session's language.
    public func message(for error: Error) -> String {
        if let error = error as? ShellError { return error.message(t) }
        return t.describe(error)
    }

    /// Writes a warning, prefixed `warning:`.
    func warn(_ text: String) {
        console.writeError(t(.warningPrefix) + text + "\n")
    }

    /// The focused goal, or an error naming the command that needs one.
    func focusedGoal(for command: String) throws -> Goal {
        guard let focus, let goal = workspace.goal(focus) else { throw ShellError.noFocus(command: command) }
        return goal
    }

    /// The goal with a number, or an error that says it does not exist.
    func existingGoal(_ number: GoalNumber) throws -> Goal {
        guard let goal = workspace.goal(number) else {
            let numbers = workspace.goals.map(\.number.description).joined(separator: ", ")
            let known = numbers.isEmpty ? t(.noGoalsYet) : t(.theGoalsAre, numbers)
            throw failure(.noSuchGoal, number, known)
        }
        return goal
    }
}
