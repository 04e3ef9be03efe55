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
        /// `malbild store init|list|members ADDRESS`, `store grant ADDRESS ROLE read|write`,
        /// `store revoke ADDRESS ROLE`.
        case store(verb: String, arguments: [String])
        /// `malbild push WS.json ADDRESS`.
        case push(file: String, address: String)
        /// `malbild pull ADDRESS WS.json`.
        case pull(address: String, file: String)
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

    /// Why the command line could not be understood; worded by the catalogue.
    enum UsageError: Error {
        case diffNeedsTwoFiles
        case decisionNeedsFile
        case needsScript(String)
        case goesWithReport(String)
        case needsValue(String)
        case langNeedsWord
        case userNeedsName
        case workspaceNeedsFile
        case unknownOption(String)
        case unexpectedArgument(String)
        case reportNeedsWorkspace
        case decisionNeedsOut
        case demoAndFile
        case storeUsage
        case pushUsage
        case pullUsage

        /// The message in a language.
        func message(_ t: Catalogue) -> String {
            switch self {
            case .diffNeedsTwoFiles: return t(.cliDiffNeedsTwoFiles)
            case .decisionNeedsFile: return t(.cliDecisionNeedsFile)
            case .needsScript(let verb): return t(.cliNeedsScript, verb)
            case .goesWithReport(let option): return t(.cliGoesWithReport, option)
            case .needsValue(let option): return t(.cliNeedsValue, option)
            case .langNeedsWord: return t(.cliLangNeedsWord)
            case .userNeedsName: return t(.cliUserNeedsName)
            case .workspaceNeedsFile: return t(.cliWorkspaceNeedsFile)
            case .unknownOption(let option): return t(.cliUnknownOption, option)
            case .unexpectedArgument(let argument): return t(.cliUnexpectedArgument, argument)
            case .reportNeedsWorkspace: return t(.cliReportNeedsWorkspace)
            case .decisionNeedsOut: return t(.cliDecisionNeedsOut)
            case .demoAndFile: return t(.cliDemoAndFile)
            case .storeUsage: return t(.cliStoreUsage)
            case .pushUsage: return t(.cliPushUsage)
            case .pullUsage: return t(.cliPullUsage)
            }
        }
    }

    /// The language the command line asks for (`--lang sv`), read before the rest so that
    /// its own errors and `--help` are in that language; nil when not given or not a language.
    static func language(in args: [String]) -> Language? {
        guard let i = args.firstIndex(of: "--lang"), i + 1 < args.count else { return nil }
        return Language(word: args[i + 1])
    }

    /// Parses `store …`, `push …` and `pull …`: fixed words, then `--lang` or `--user` anywhere.
    static func parseStore(_ args: [String], options: Options) throws -> Options {
        var options = options
        var words: [String] = []
        var rest = args[...]
        while let arg = rest.popFirst() {
            switch arg {
            case "--lang":
                guard let word = rest.popFirst(), let language = Language(word: word) else { throw UsageError.langNeedsWord }
                options.language = language
            case "--help", "-h":
                options.mode = .help
                return options
            default:
                if arg.hasPrefix("--") { throw UsageError.unknownOption(arg) }
                words.append(arg)
            }
        }
        switch words.first {
        case "push":
            guard words.count == 3 else { throw UsageError.pushUsage }
            options.mode = .push(file: words[1], address: words[2])
        case "pull":
            guard words.count == 3 else { throw UsageError.pullUsage }
            options.mode = .pull(address: words[1], file: words[2])
        default:
            let verb = words.dropFirst().first ?? ""
            let counts = ["init": 3, "list": 3, "members": 3, "grant": 5, "revoke": 4]
            guard counts[verb] == words.count else { throw UsageError.storeUsage }
            options.mode = .store(verb: verb, arguments: Array(words.dropFirst(2)))
        }
        return options
    }

    /// Parses the arguments after the program name.
    static func parse(_ args: [String]) throws -> Options {
        var options = Options()
        var rest = args[...]
        if rest.first == "diff" {
            let files = Array(rest.dropFirst())
            guard files.count == 2, !files.contains(where: { $0.hasPrefix("-") }) else {
                throw UsageError.diffNeedsTwoFiles
            }
            options.mode = .diff(files[0], files[1])
            return options
        }
        if rest.first == "store" || rest.first == "push" || rest.first == "pull" {
            return try parseStore(args, options: options)
        }
        if rest.first == "import-decision" {
            rest = rest.dropFirst()
            guard let file = rest.popFirst(), !file.hasPrefix("-") else {
                throw UsageError.decisionNeedsFile
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
                throw UsageError.needsScript(verb)
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
                guard case .report = options.mode else { throw UsageError.goesWithReport(arg) }
                guard let value = rest.popFirst() else { throw UsageError.needsValue(arg) }
                switch arg {
                case "--checkpoint": options.checkpoint = value
                case "--format": options.format = value
                case "--out": options.out = value
                default: options.csvStyle = value
                }
            case "--lang":
                guard let word = rest.popFirst(), let language = Language(word: word) else {
                    throw UsageError.langNeedsWord
                }
                options.language = language
            case "--user":
                guard let name = rest.popFirst(), !name.isEmpty else {
                    throw UsageError.userNeedsName
                }
                options.user = name
            case "--workspace":
                guard let file = rest.popFirst() else {
                    throw UsageError.workspaceNeedsFile
                }
                options.workspace = file
            default:
                if arg.hasPrefix("-") {
                    throw UsageError.unknownOption(arg)
                }
                if options.workspace == nil, case .shell = options.mode {
                    options.workspace = arg
                } else if options.workspace == nil, case .report = options.mode {
                    options.workspace = arg
                } else {
                    throw UsageError.unexpectedArgument(arg)
                }
            }
        }
        if case .report = options.mode, options.workspace == nil, !options.demo {
            throw UsageError.reportNeedsWorkspace
        }
        if case .importDecision = options.mode, options.out == nil {
            throw UsageError.decisionNeedsOut
        }
        if options.demo, options.workspace != nil {
            throw UsageError.demoAndFile
        }
        return options
    }
}
