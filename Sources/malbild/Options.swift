import MalbildShell

/// What the command line asked for.
struct Options {
    enum Mode {
        /// The shell: at a terminal with line editing, otherwise reading standard input.
        case shell
        /// `malbild run SCRIPT`.
        case run(script: String)
        /// `malbild replay SCRIPT`.
        case replay(script: String)
        /// `malbild report [WORKSPACE] …`.
        case report
        /// `malbild diff A.json B.json`.
        case diff(String, String)
        /// `malbild import-decision FILE --out WS.json`.
        case importDecision(file: String)
        /// `--help`.
        case help
        /// `--version`.
        case version
    }

    var mode: Mode = .shell
    var workspace: String?
    var demo = false
    var echo = false
    var step = false
    var bail = false
    var user: String?
    var noInit = false
    var checkpoint: String?
    var format: String?
    var out: String?
    var csvStyle: String?
    /// `--lang sv|en`: the language of the shell.
    var language: Language?
    /// Forced by `--interactive` (true) or `--batch` (false).
    var interactive: Bool?

    /// Why the command line could not be understood.
    struct UsageError: Error, CustomStringConvertible {
        let description: String
    }

    static let usage = """
        usage: malbild [FILE.json | --demo] [--interactive | --batch] [--user NAME] [--lang sv|en]
               malbild run SCRIPT.mal [--workspace FILE.json | --demo] [--echo] [--bail] [--user NAME]
               malbild replay SCRIPT.mal [--step] [--workspace FILE.json | --demo]
               malbild report WORKSPACE.json|--demo [--checkpoint delår1|delår2|helår]
                      [--format md|html|csv|json] [--out FILE] [--csv-style excel|plain]
               malbild diff A.json B.json
               malbild import-decision DECISION.pdf|.docx|.txt --out WORKSPACE.json
               malbild --help | --version

        Målbild is a line-editing shell for a municipal board's goals: ambition levels,
        the three criteria, and their follow-up.

          malbild               open the last workspace, or start an empty one
          malbild FILE.json     open a workspace file (created by the first save)
          malbild --demo        open the built-in demo: Kommunstyrelsens mål 2019, Vaggeryd
          malbild run SCRIPT    run a script without a prompt; input that is not a terminal
                                runs the same way
          malbild replay SCRIPT show a recorded session command by command (--step: wait
                                at each); without a workspace it runs on a copy of where
                                the script starts
          malbild report WS     the interim or annual report of a workspace file (or the demo)
          malbild diff A B      what differs between two workspace files, goal by goal
          malbild import-decision FILE --out WS.json
                                read a goal decision (text, PDF or Word) into a new
                                workspace file; lines not placed are kept as notes

        Options:
          --workspace FILE  the workspace a script runs on (default: an empty one)
          --demo            run on the built-in demo workspace
          --echo            print each command of a script before its output
          --step            with replay: wait at each command (Enter runs, s skips, q stops)
          --bail            stop at the first failing command
          --user NAME       the name changes are logged under (default: the login name)
          --no-init         do not run ~/.config/malbild/init.mal at an interactive start
          --lang sv|en      the language of messages and help: svenska or English (default:
                            MALBILD_LANG, else English); "language sv" switches inside
          --interactive     line editing and questions even if not at a terminal
          --batch           no prompt, no questions, even at a terminal
          --help            this text
          --version         the version

        Exit codes: 0 all went well; 1 a command failed and the run went on;
        2 the command line was wrong or its files could not be opened; 3 stopped at the
        first failure under --bail.

        Inside the shell, "help" lists the commands.
        """

    /// Parses the arguments after the program name.
    static func parse(_ args: [String]) throws -> Options {
        var options = Options()
        var rest = args[...]
        if rest.first == "diff" {
            let files = Array(rest.dropFirst())
            guard files.count == 2, !files.contains(where: { $0.hasPrefix("-") }) else {
                throw UsageError(description: "diff needs two workspace files: malbild diff A.json B.json")
            }
            options.mode = .diff(files[0], files[1])
            return options
        }
        if rest.first == "import-decision" {
            rest = rest.dropFirst()
            guard let file = rest.popFirst(), !file.hasPrefix("-") else {
                throw UsageError(description: "import-decision needs a decision file: malbild import-decision FILE --out WS.json")
            }
            options.mode = .importDecision(file: file)
        }
        if rest.first == "report" {
            rest = rest.dropFirst()
            options.mode = .report
        }
        if rest.first == "run" || rest.first == "replay" {
            let verb = rest.first ?? "run"
            rest = rest.dropFirst()
            guard let script = rest.first, !script.hasPrefix("--") else {
                throw UsageError(description: "\(verb) needs a script file: malbild \(verb) SCRIPT.mal")
            }
            options.mode = verb == "run" ? .run(script: script) : .replay(script: script)
            rest = rest.dropFirst()
        }
        while let arg = rest.popFirst() {
            switch arg {
            case "--help", "-h": options.mode = .help
            case "--version": options.mode = .version
            case "--demo": options.demo = true
            case "--echo": options.echo = true
            case "--step": options.step = true
            case "--no-init": options.noInit = true
            case "--bail": options.bail = true
            case "--interactive": options.interactive = true
            case "--batch": options.interactive = false
            case "--checkpoint", "--format", "--out", "--csv-style":
                if arg == "--out", case .importDecision = options.mode, let value = rest.popFirst() {
                    options.out = value
                    continue
                }
                guard case .report = options.mode else { throw UsageError(description: "\(arg) goes with malbild report") }
                guard let value = rest.popFirst() else { throw UsageError(description: "\(arg) needs a value") }
                switch arg {
                case "--checkpoint": options.checkpoint = value
                case "--format": options.format = value
                case "--out": options.out = value
                default: options.csvStyle = value
                }
            case "--lang":
                guard let word = rest.popFirst(), let language = Language(word: word) else {
                    throw UsageError(description: "--lang needs sv or en: --lang sv")
                }
                options.language = language
            case "--user":
                guard let name = rest.popFirst(), !name.isEmpty else {
                    throw UsageError(description: "--user needs a name: --user anna")
                }
                options.user = name
            case "--workspace":
                guard let file = rest.popFirst() else {
                    throw UsageError(description: "--workspace needs a file: --workspace FILE.json")
                }
                options.workspace = file
            default:
                if arg.hasPrefix("-") {
                    throw UsageError(description: "unknown option \"\(arg)\"")
                }
                if options.workspace == nil, case .shell = options.mode {
                    options.workspace = arg
                } else if options.workspace == nil, case .report = options.mode {
                    options.workspace = arg
                } else {
                    throw UsageError(description: "unexpected argument \"\(arg)\"")
                }
            }
        }
        if case .report = options.mode, options.workspace == nil, !options.demo {
            throw UsageError(description: "report needs a workspace: malbild report FILE.json (or --demo)")
        }
        if case .importDecision = options.mode, options.out == nil {
            throw UsageError(description: "import-decision needs --out: malbild import-decision FILE --out WS.json")
        }
        if options.demo, options.workspace != nil {
            throw UsageError(description: "--demo and a workspace file exclude each other: open the demo and \"save FILE\" to keep a copy")
        }
        return options
    }
}
