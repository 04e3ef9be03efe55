import CEditLine
import Foundation

/// Reads lines at a terminal with libedit: emacs key bindings, history, Tab completion, and
/// Swedish letters whatever the locale environment says.
///
/// Creating a reader sets `LC_CTYPE` from the environment, falling back to C.UTF-8 when that
/// is not UTF-8 (libedit drops å, ä, ö otherwise), and installs a SIGINT handler (without
/// SA_RESTART) for the rest of the process: Ctrl-C then drops the half-typed line
/// (``LineInput/interrupted``) and never ends the process; one pressed while a command runs is
/// ignored. The handler wakes libedit's character reader through a pipe, so no Ctrl-C is lost
/// however it falls between reads. `~/.editrc` is read last, so the user's own bindings win.
public final class EditLineReader: LineReader {
    /// The number of lines the history keeps.
    public static let historySize: Int32 = 1000

    /// Supplies candidates when the user presses Tab; Tab beeps while this is nil.
    /// Held strongly.
    public var completionProvider: (any CompletionProvider)?

    /// The file the history is loaded from and saved to after each line; nil keeps no file.
    public let historyFile: URL?

    private let editLine: OpaquePointer
    private let history: OpaquePointer
    private var prompt: UnsafeMutablePointer<wchar_t>
    /// EL_ADDFN keeps these pointers: they live as long as the reader.
    private let completeName: UnsafeMutablePointer<wchar_t>
    private let completeHelp: UnsafeMutablePointer<wchar_t>

    /// Marks the start and end of non-printing text (escape sequences) in the prompt.
    private static let promptEscape: wchar_t = 1

    /// A reader on standard input and output that keeps its history in `historyFile`
    /// (created with its folders on the first saved line; nil for no file). Returns nil when
    /// libedit cannot start; read with a ``PlainReader`` then.
    public init?(historyFile: URL?, programName: String = "malbild") {
        _ = malbild_setup_locale()
        _ = malbild_install_sigint_handler()
        guard
            let editLine = el_init(
                programName, malbild_stdin(), malbild_stdout(), malbild_stderr())
        else { return nil }
        guard let history = history_winit() else {
            el_end(editLine)
            return nil
        }
        self.editLine = editLine
        self.history = history
        self.historyFile = historyFile
        self.prompt = Self.wideCopy("")
        self.completeName = Self.wideCopy("malbild-complete")
        self.completeHelp = Self.wideCopy("Complete the word before the cursor")

        _ = malbild_history_set_size(history, Self.historySize)
        _ = malbild_history_set_unique(history, 1)
        if let historyFile {
            _ = malbild_history_load(history, historyFile.path)
        }

        _ = malbild_el_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        _ = malbild_el_set_editor(editLine, Self.wideArray("emacs"))
        _ = malbild_el_set_signal(editLine, 0)
        _ = malbild_el_set_read_char(editLine, malbild_el_read_char)
        _ = malbild_el_set_prompt_esc(editLine, promptCallback, Self.promptEscape)
        _ = malbild_el_set_history(editLine, history)
        _ = malbild_el_add_function(editLine, completeName, completeHelp, completeCallback)
        _ = malbild_el_bind(editLine, Self.wideArray("^I"), completeName)
        _ = el_source(editLine, nil)
    }

    /// Where the history is kept under `environment`: `$MALBILD_HISTORY` when set (the empty
    /// string means no history file), else `$XDG_STATE_HOME/malbild/history` (when that is an
    /// absolute path), else `$HOME/.local/state/malbild/history`; nil when none applies.
    public static func historyFileURL(environment: [String: String]) -> URL? {
        if let explicit = environment["MALBILD_HISTORY"] {
            return explicit.isEmpty ? nil : URL(fileURLWithPath: explicit)
        }
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return URL(fileURLWithPath: state, isDirectory: true)
                .appendingPathComponent("malbild/history")
        }
        if let home = environment["HOME"], !home.isEmpty {
            return URL(fileURLWithPath: home, isDirectory: true)
                .appendingPathComponent(".local/state/malbild/history")
        }
        return nil
    }

    deinit {
        el_end(editLine)
        history_wend(history)
        prompt.deallocate()
        completeName.deallocate()
        completeHelp.deallocate()
    }

    /// Always true: a person is typing.
    public var isInteractive: Bool { true }

    /// Shows `prompt` and lets the user edit a line. Escape sequences in the prompt (colours)
    /// are not counted towards its width.
    ///
    /// Ctrl-C gives ``LineInput/interrupted`` (shown as `^C`) and Ctrl-D on an empty line (or a
    /// terminal that went away) ``LineInput/endOfInput`` (shown as `^D`); both move the cursor
    /// to a fresh line. The next call starts with an empty line.
    public func readLine(prompt: String) -> LineInput {
        setPrompt(prompt)
        // el_wgets prints the prompt before it switches the terminal to editing mode; keys typed
        // in between would be handled by the terminal driver (echoed twice, or Ctrl-C and Ctrl-D
        // lost). Switching first closes that window.
        _ = malbild_el_prep_term(editLine, 1)
        malbild_clear_interrupts()
        malbild_set_errno(0)
        var count: Int32 = 0
        guard let wide = el_wgets(editLine, &count) else {
            // libedit has echoed "^D" for Ctrl-D; show Ctrl-C the same way.
            if count == -1 && malbild_errno() == EINTR {
                write("^C\n")
                return .interrupted
            }
            write("\n")
            return .endOfInput
        }
        var length = Int(count)
        while length > 0 && (wide[length - 1] == 0x0A || wide[length - 1] == 0x0D) { length -= 1 }
        return .line(Self.string(from: wide, count: length))
    }

    /// Enters `line` into the history, unless it is blank or the same as the line before, and
    /// saves the history file.
    public func addHistory(_ line: String) {
        guard !line.allSatisfy(\.isWhitespace) else { return }
        _ = malbild_history_enter(history, Self.wideArray(line))
        saveHistory()
    }

    private func saveHistory() {
        guard let historyFile else { return }
        try? FileManager.default.createDirectory(
            at: historyFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        _ = malbild_history_save(history, historyFile.path)
    }

    /// Called by libedit for the prompt text.
    fileprivate var promptText: UnsafeMutablePointer<wchar_t> { prompt }

    private func setPrompt(_ text: String) {
        prompt.deallocate()
        prompt = Self.wideCopy(Self.markingEscapes(in: text))
    }

    /// `prompt` with each escape sequence (ESC up to and including the first letter after it,
    /// as in ESC [ 1 ; 3 1 m) put between two U+0001 marks, which libedit does not print or
    /// count towards the prompt's width.
    static func markingEscapes(in prompt: String) -> String {
        var marked = String.UnicodeScalarView()
        var inEscape = false
        for scalar in prompt.unicodeScalars {
            if scalar == "\u{1B}" && !inEscape {
                inEscape = true
                marked.append("\u{1}")
            }
            marked.append(scalar)
            if inEscape && scalar != "\u{1B}" && scalar.properties.isAlphabetic {
                inEscape = false
                marked.append("\u{1}")
            }
        }
        if inEscape { marked.append("\u{1}") }
        return String(marked)
    }

    /// Called by libedit when Tab is pressed; returns a CC_* code.
    fileprivate func complete() -> UInt8 {
        guard let provider = completionProvider, let info = el_wline(editLine) else {
            return UInt8(CC_ERROR)
        }
        let before = Self.string(
            from: info.pointee.buffer, count: info.pointee.buffer.distance(to: info.pointee.cursor))
        let candidates = provider.completions(forLine: before)
        switch CompletionPlan.plan(lineBeforeCursor: before, candidates: candidates) {
        case .none:
            return UInt8(CC_ERROR)
        case let .replace(wordLength, text):
            el_deletestr(editLine, Int32(wordLength))
            let inserted = text.isEmpty || el_winsertstr(editLine, Self.wideArray(text)) == 0
            return UInt8(inserted ? CC_REFRESH : CC_REFRESH_BEEP)
        case let .list(candidates):
            write("\n" + CompletionPlan.columns(candidates, width: Terminal.width()))
            return UInt8(CC_REDISPLAY)
        }
    }

    private func write(_ text: String) {
        let output = malbild_stdout()
        fputs(text, output)
        fflush(output)
    }

    private static func string(from wide: UnsafePointer<wchar_t>, count: Int) -> String {
        var scalars = String.UnicodeScalarView()
        for index in 0..<max(count, 0) {
            if let scalar = Unicode.Scalar(UInt32(bitPattern: wide[index])) {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    private static func wideArray(_ text: String) -> [wchar_t] {
        text.unicodeScalars.map { wchar_t(bitPattern: $0.value) } + [0]
    }

    private static func wideCopy(_ text: String) -> UnsafeMutablePointer<wchar_t> {
        let wide = wideArray(text)
        let pointer = UnsafeMutablePointer<wchar_t>.allocate(capacity: wide.count)
        pointer.initialize(from: wide, count: wide.count)
        return pointer
    }
}

/// The reader that owns `editLine`, from its client data.
private func reader(of editLine: OpaquePointer?) -> EditLineReader? {
    guard let editLine, let data = malbild_el_get_clientdata(editLine) else { return nil }
    return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue()
}

private let promptCallback: @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<wchar_t>? = {
    reader(of: $0)?.promptText
}

private let completeCallback: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { editLine, _ in
    reader(of: editLine)?.complete() ?? UInt8(CC_ERROR)
}
