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

    /// Tells whether a quote is open at the end of a command's text (its earlier lines joined
    /// by line breaks): a pasted line break there is kept as a line break in the text; anywhere
    /// else it becomes a space. Nil: every pasted line break becomes a space.
    public var quoteIsOpen: (@Sendable (String) -> Bool)?
    /// What of an entered line the history keeps (and saves to its file), e.g. with a
    /// password taken out; the line as entered when nil.
    public var historyText: (@Sendable (String) -> String)?

    /// The text of the line the last Ctrl-C dropped (empty when none).
    public private(set) var droppedText = ""

    /// How many pasted line breaks the last line read took as blanks.
    public private(set) var pastedLinesJoined = 0

    /// The file the history is loaded from and saved to after each line; nil keeps no file.
    public let historyFile: URL?

    private let editLine: OpaquePointer
    private let history: OpaquePointer
    private var prompt: UnsafeMutablePointer<wchar_t>
    /// EL_ADDFN keeps these pointers: they live as long as the reader.
    private let completeName: UnsafeMutablePointer<wchar_t>
    private let completeHelp: UnsafeMutablePointer<wchar_t>
    /// Names and help texts of the other functions bound by the reader (kept alive likewise).
    private var functionTexts: [UnsafeMutablePointer<wchar_t>] = []
    /// Whether standard input and output are a terminal (bracketed paste and telling pasted
    /// line breaks from Enter apply).
    private let atTerminal: Bool
    /// The earlier lines of the command being read (for the quote rule of pasted text).
    private var earlierLines = ""
    /// The text the next line starts with.
    private var prefillText = ""
    /// Gives the lines to show when the watched descriptor becomes readable (see ``watchNews(on:lines:)``).
    private var newsLines: (() -> [String])?
    /// Gives the prompt after news, which may have changed it.
    private var newsPrompt: (() -> String)?
    /// Where the cursor was in the line (characters from its start) when news came.
    private var cursorBeforeNews = 0
    /// The prompt's width on the screen (its escape sequences not counted).
    private var promptWidth = 0

    /// Turns the terminal's bracketed paste on and off.
    private static let bracketedPasteOn = "\u{1B}[?2004h"
    private static let bracketedPasteOff = "\u{1B}[?2004l"
    /// What the terminal sends before and after a pasted block when bracketed paste is on.
    private static let pasteStart = "\u{1B}[200~"
    private static let pasteEnd: [UInt8] = Array("\u{1B}[201~".utf8)
    /// How long a bracketed paste may pause before its end is taken as lost.
    private static let pastePauseMilliseconds: Int32 = 1000

    /// Marks the start and end of non-printing text (escape sequences) in the prompt.
    private static let promptEscape: wchar_t = 1

    /// The library line editing needs, loaded when the first reader is made.
    public static let libraryName = MALBILD_EDITLINE_LIBRARY
    /// The Debian package that installs ``libraryName``.
    public static let libraryPackage = MALBILD_EDITLINE_PACKAGE

    /// Why ``libraryName`` could not be loaded, in the dynamic loader's words; nil when it
    /// was loaded or no reader was made yet.
    public static var libraryProblem: String? {
        let text = String(cString: malbild_editline_error())
        return text.isEmpty ? nil : text
    }

    /// A reader on standard input and output that keeps its history in `historyFile`
    /// (created with its folders on the first saved line; nil for no file). Returns nil when
    /// libedit cannot be loaded (``libraryProblem`` says why) or cannot start; read with a
    /// ``PlainReader`` then.
    public init?(historyFile: URL?, programName: String = "malbild") {
        _ = malbild_setup_locale()
        _ = malbild_install_sigint_handler()
        guard
            let editLine = malbild_editline_el_init(
                programName, malbild_stdin(), malbild_stdout(), malbild_stderr())
        else { return nil }
        guard let history = malbild_editline_history_winit() else {
            malbild_editline_el_end(editLine)
            return nil
        }
        self.editLine = editLine
        self.history = history
        self.historyFile = historyFile
        self.prompt = Self.wideCopy("")
        self.completeName = Self.wideCopy("malbild-complete")
        self.completeHelp = Self.wideCopy("Complete the word before the cursor")
        self.atTerminal = isatty(0) == 1 && isatty(1) == 1

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
        // Home, End and Delete as the common terminals send them (libedit's emacs mode knows
        // only some), bound before ~/.editrc so a user's own binding wins.
        for (keys, function) in Self.movementKeys {
            for key in keys { _ = malbild_el_bind(editLine, Self.wideArray(key), Self.wideArray(function)) }
        }
        _ = malbild_editline_el_source(editLine, nil)
        // Bound after ~/.editrc: these are not keys a person presses, and must keep working.
        bind(Self.pasteStart, name: "malbild-paste", help: "Insert a pasted block", pasteCallback)
        bind(Self.key(MALBILD_KEY_PASTED_BREAK), name: "malbild-pasted-break",
             help: "Insert a pasted line break", pastedBreakCallback)
        bind(Self.key(MALBILD_KEY_INTERRUPT), name: "malbild-interrupt",
             help: "Drop the line (Ctrl-C)", interruptCallback)
        bind(Self.key(MALBILD_KEY_PREFILL), name: "malbild-prefill",
             help: "Start the line with a given text", prefillCallback)
        bind(Self.key(MALBILD_KEY_NEWS), name: "malbild-news",
             help: "Make room for news above the prompt", newsCallback)
        bind(Self.key(MALBILD_KEY_NEWS_SHOW), name: "malbild-news-show",
             help: "Show news above the prompt", newsShowCallback)
        _ = malbild_el_bind(editLine, Self.wideArray(Self.key(MALBILD_KEY_RESIZED)),
                            Self.wideArray("ed-redisplay"))
        _ = malbild_el_bind(editLine, Self.wideArray(Self.key(MALBILD_KEY_REDRAW)),
                            Self.wideArray("ed-redisplay"))
        _ = malbild_install_sigwinch_handler()
        malbild_set_paste_detection(atTerminal ? 1 : 0)
    }

    /// The escape sequences of Home, End and Delete (xterm, VT220, rxvt, tmux and screen), with
    /// the libedit function each is bound to.
    private static let movementKeys: [(keys: [String], function: String)] = [
        (["\\e[H", "\\eOH", "\\e[1~", "\\e[7~"], "ed-move-to-beg"),
        (["\\e[F", "\\eOF", "\\e[4~", "\\e[8~"], "ed-move-to-end"),
        (["\\e[3~"], "ed-delete-next-char"),
    ]

    /// The synthetic key `code` as a string.
    private static func key(_ code: Int32) -> String {
        String(Character(Unicode.Scalar(UInt8(truncatingIfNeeded: code))))
    }

    /// Adds a function of the reader to libedit and binds `key` to it.
    private func bind(
        _ key: String, name: String, help: String,
        _ function: @convention(c) (OpaquePointer?, Int32) -> UInt8
    ) {
        let namePointer = Self.wideCopy(name)
        let helpPointer = Self.wideCopy(help)
        functionTexts += [namePointer, helpPointer]
        _ = malbild_el_add_function(editLine, namePointer, helpPointer, function)
        _ = malbild_el_bind(editLine, Self.wideArray(key), namePointer)
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
        malbild_editline_el_end(editLine)
        malbild_editline_history_wend(history)
        prompt.deallocate()
        completeName.deallocate()
        completeHelp.deallocate()
        functionTexts.forEach { $0.deallocate() }
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
        readLine(prompt: prompt, continuing: "", initialText: "")
    }

    /// Shows `prompt` and lets the user edit a line that starts as `initialText` (cursor at its
    /// end); `earlier` is the command's text so far when this line continues it (for the quote
    /// rule of pasted text). Otherwise as ``readLine(prompt:)``.
    ///
    /// Bracketed paste is on while the line is edited and off at all other times (commands,
    /// programs they start, after the shell ends). A pasted block is one insertion: its line
    /// breaks become spaces, or stay line breaks inside an open quote (``quoteIsOpen``), and it
    /// never ends the line. Where the terminal does not bracket a paste, a line break followed
    /// within a few milliseconds by more input is taken the same way.
    public func readLine(prompt: String, continuing earlier: String, initialText: String) -> LineInput {
        setPrompt(prompt)
        earlierLines = earlier
        prefillText = initialText
        droppedText = ""
        pastedLinesJoined = 0
        if malbild_take_window_change() != 0 { malbild_editline_el_resize(editLine) }
        // el_wgets prints the prompt before it switches the terminal to editing mode; keys typed
        // in between would be handled by the terminal driver (echoed twice, or Ctrl-C and Ctrl-D
        // lost). Switching first closes that window.
        _ = malbild_el_prep_term(editLine, 1)
        malbild_clear_interrupts()
        if !initialText.isEmpty { malbild_request_prefill() }
        if atTerminal { write(Self.bracketedPasteOn) }
        malbild_set_errno(0)
        var count: Int32 = 0
        let result = malbild_editline_el_wgets(editLine, &count)
        if atTerminal { write(Self.bracketedPasteOff) }
        guard let wide = result else {
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

    /// While a line is read, watches `descriptor` as well as the keyboard: when it becomes
    /// readable, `lines` is called, and what it returns is printed above the prompt, which is
    /// drawn again below it (as `prompt` then gives it, when given) with the line being typed as
    /// it was (text and cursor). `lines` must
    /// take in what made the descriptor readable, or it is called again at once. Nil stops
    /// watching.
    public func watchNews(on descriptor: Int32?, lines: (() -> [String])?, prompt: (() -> String)? = nil) {
        newsLines = descriptor == nil ? nil : lines
        newsPrompt = prompt
        malbild_set_news_fd(newsLines == nil ? -1 : descriptor ?? -1)
    }

    /// Enters `line` into the history, unless it is blank or the same as the line before, and
    /// saves the history file.
    public func addHistory(_ line: String) {
        guard !line.allSatisfy(\.isWhitespace) else { return }
        _ = malbild_history_enter(history, Self.wideArray(historyText?(line) ?? line))
        saveHistory()
    }

    private func saveHistory() {
        guard let historyFile else { return }
        try? FileManager.default.createDirectory(
            at: historyFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        _ = malbild_history_save(history, historyFile.path)
    }

    /// The text of the line before the cursor, and after it.
    private func lineParts() -> (before: String, after: String) {
        guard let info = malbild_editline_el_wline(editLine) else { return ("", "") }
        guard let buffer = info.pointee.buffer, let cursor = info.pointee.cursor,
              let last = info.pointee.lastchar
        else { return ("", "") }
        let before = Self.string(from: buffer, count: buffer.distance(to: cursor))
        let after = Self.string(from: cursor, count: cursor.distance(to: last))
        return (before, after)
    }

    /// The command's text up to the cursor, earlier lines included.
    private func commandBeforeCursor() -> String {
        let before = lineParts().before
        return earlierLines.isEmpty ? before : earlierLines + "\n" + before
    }

    /// What a pasted line break after `text` becomes: a line break inside an open quote,
    /// else a space (none when `text` already ends in a blank).
    private func pastedBreak(after text: String) -> String {
        if quoteIsOpen?(text) == true { return "\n" }
        return text.last.map { $0 == " " || $0 == "\t" || $0 == "\n" } ?? true ? "" : " "
    }

    /// `pasted` as it goes into the line after `before`: line breaks (CR LF, CR, LF) become
    /// spaces or stay line breaks by the quote rule, control characters other than Tab are
    /// left out, and line breaks at the very end are dropped (they would be Enter).
    func insertion(for pasted: String, after before: String) -> String {
        var text = pasted.replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\r", with: "\n")
        while text.last == "\n" { text.removeLast() }
        var result = ""
        for character in text {
            if character == "\n" {
                while result.last == " " || result.last == "\t" { result.removeLast() }
                let context = before + result
                result += pastedBreak(after: context)
            } else if character == "\t" || !character.unicodeScalars.contains(where: {
                $0.properties.generalCategory == .control
            }) {
                result.append(character)
            }
        }
        return result
    }

    /// Called by libedit when a bracketed paste starts: reads the block up to its end mark and
    /// inserts it as one text. A terminal that brackets its pastes needs no telling them apart by
    /// timing, so from here on a line break is Enter however soon more input follows it: keys
    /// typed ahead while a command runs are then never joined into one line.
    fileprivate func paste() -> UInt8 {
        malbild_set_paste_detection(0)
        var bytes: [UInt8] = []
        while true {
            let byte = malbild_read_byte(Self.pastePauseMilliseconds)
            if byte == -3 { break }  // Ctrl-C: the next read drops the line
            if byte < 0 { break }
            bytes.append(UInt8(truncatingIfNeeded: byte))
            if bytes.count >= Self.pasteEnd.count, bytes.suffix(Self.pasteEnd.count).elementsEqual(Self.pasteEnd) {
                bytes.removeLast(Self.pasteEnd.count)
                break
            }
        }
        let pasted = String(decoding: bytes, as: UTF8.self)
        let text = insertion(for: pasted, after: commandBeforeCursor())
        var breaks = pasted.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        while breaks.last == "\n" { breaks.removeLast() }
        pastedLinesJoined += max(0, breaks.filter { $0 == "\n" }.count - text.filter { $0 == "\n" }.count)
        guard !text.isEmpty else { return UInt8(CC_NORM) }
        return UInt8(malbild_editline_el_winsertstr(editLine, Self.wideArray(text)) == 0 ? CC_REFRESH : CC_REFRESH_BEEP)
    }

    /// Called by libedit for a line break that came as part of a paste the terminal did not
    /// bracket.
    fileprivate func pastedLineBreak() -> UInt8 {
        let before = commandBeforeCursor()
        var trailingBlanks = 0
        for character in before.reversed() {
            guard character == " " || character == "\t" else { break }
            trailingBlanks += 1
        }
        let kept = String(before.dropLast(trailingBlanks))
        let text = pastedBreak(after: kept)
        if text != "\n" { pastedLinesJoined += 1 }
        if text == "\n" && trailingBlanks > 0 { malbild_editline_el_deletestr(editLine, Int32(trailingBlanks)) }
        guard !text.isEmpty else { return UInt8(CC_NORM) }
        return UInt8(malbild_editline_el_winsertstr(editLine, Self.wideArray(text)) == 0 ? CC_REFRESH : CC_REFRESH_BEEP)
    }

    /// Called by libedit on Ctrl-C: keeps the line's text and puts the cursor after it, so the
    /// `^C` and the next prompt come below the whole line; the read after it ends the line.
    fileprivate func interrupt() -> UInt8 {
        let (before, after) = lineParts()
        droppedText = before + after
        malbild_editline_el_cursor(editLine, Int32(after.unicodeScalars.count))
        return UInt8(CC_CURSOR)
    }

    /// Called by libedit when news came: puts the cursor at the start of the line, on the
    /// prompt's row, so that the news can be written from there (the next key shows it).
    fileprivate func newsArrived() -> UInt8 {
        let (before, _) = lineParts()
        cursorBeforeNews = before.unicodeScalars.count
        guard cursorBeforeNews > 0 else { return UInt8(CC_NORM) }
        malbild_editline_el_cursor(editLine, Int32(-cursorBeforeNews))
        return UInt8(CC_CURSOR)
    }

    /// Called by libedit right after ``newsArrived()``: writes the news from the prompt's row
    /// down, and draws the prompt and the line again below it, the cursor where it was.
    fileprivate func showNews() -> UInt8 {
        let lines = newsLines?() ?? []
        let restore = cursorBeforeNews
        cursorBeforeNews = 0
        guard !lines.isEmpty else {
            if restore > 0 { malbild_editline_el_cursor(editLine, Int32(restore)) }
            return UInt8(CC_CURSOR)
        }
        let (before, after) = lineParts()
        let columns = Terminal.width()
        // The rows the prompt and line take below the first: they must exist below the news,
        // for libedit clears them before it draws the line again.
        let rowsBelow = (promptWidth + (before + after).unicodeScalars.count) / max(columns, 1)
        var text = "\r\u{1B}[J"
        for line in lines { text += line.replacingOccurrences(of: "\n", with: "\r\n") + "\r\n" }
        if rowsBelow > 0 { text += String(repeating: "\n", count: rowsBelow) + "\u{1B}[\(rowsBelow)A" }
        write(text)
        if let newsPrompt { setPrompt(newsPrompt()) }
        if restore > 0 { malbild_editline_el_cursor(editLine, Int32(restore)) }
        return UInt8(CC_REDISPLAY)
    }

    /// Called by libedit first on a line that starts with a given text.
    fileprivate func prefill() -> UInt8 {
        let text = prefillText
        prefillText = ""
        guard !text.isEmpty else { return UInt8(CC_NORM) }
        return UInt8(malbild_editline_el_winsertstr(editLine, Self.wideArray(text)) == 0 ? CC_REFRESH : CC_REFRESH_BEEP)
    }

    /// Called by libedit for the prompt text.
    fileprivate var promptText: UnsafeMutablePointer<wchar_t> { prompt }

    private func setPrompt(_ text: String) {
        var width = 0
        var inEscape = false
        for scalar in text.unicodeScalars {
            if scalar == "\u{1B}" { inEscape = true } else if inEscape { inEscape = !scalar.properties.isAlphabetic } else { width += 1 }
        }
        promptWidth = width
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
        guard let provider = completionProvider, let info = malbild_editline_el_wline(editLine) else {
            return UInt8(CC_ERROR)
        }
        let before = Self.string(
            from: info.pointee.buffer, count: info.pointee.buffer.distance(to: info.pointee.cursor))
        let candidates = provider.completions(forLine: before)
        switch CompletionPlan.plan(lineBeforeCursor: before, candidates: candidates) {
        case .none:
            return UInt8(CC_ERROR)
        case let .replace(wordLength, text):
            malbild_editline_el_deletestr(editLine, Int32(wordLength))
            let inserted = text.isEmpty || malbild_editline_el_winsertstr(editLine, Self.wideArray(text)) == 0
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

private let pasteCallback: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { editLine, _ in
    reader(of: editLine)?.paste() ?? UInt8(CC_ERROR)
}

private let pastedBreakCallback: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { editLine, _ in
    reader(of: editLine)?.pastedLineBreak() ?? UInt8(CC_ERROR)
}

private let interruptCallback: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { editLine, _ in
    reader(of: editLine)?.interrupt() ?? UInt8(CC_ERROR)
}

private let prefillCallback: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { editLine, _ in
    reader(of: editLine)?.prefill() ?? UInt8(CC_ERROR)
}

private let newsCallback: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { editLine, _ in
    reader(of: editLine)?.newsArrived() ?? UInt8(CC_NORM)
}

private let newsShowCallback: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { editLine, _ in
    reader(of: editLine)?.showNews() ?? UInt8(CC_NORM)
}
