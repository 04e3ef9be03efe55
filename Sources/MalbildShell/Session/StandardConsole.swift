import Foundation
import LineEditing

/// The console of a real process: standard output and standard error, and
/// questions asked through the line reader at a terminal.
public final class StandardConsole: Console {
    /// The reader that answers questions; nil or non-interactive: nobody is asked.
    public var reader: LineReader?
    /// Whether a person is at a terminal.
    public let isInteractive: Bool
    /// Whether output may be coloured.
    public let useColor: Bool
    /// The language questions are asked in; the session keeps it in step with its own.
    public var language: Language = .en
    private let fixedWidth: Int?

    /// Creates a console; `width` fixes the layout width (otherwise the
    /// terminal's, or 80 when output is not a terminal).
    public init(isInteractive: Bool, useColor: Bool = false, width: Int? = nil) {
        self.isInteractive = isInteractive
        self.useColor = useColor
        self.fixedWidth = width
    }

    /// Output held back while a command runs at a terminal, to go through a pager when it is
    /// longer than the screen; nil when output is written at once.
    private var held: String?
    /// The environment (for `PAGER` and `PATH`).
    public var environment: [String: String] = [:]

    /// Whether a script's output (off a terminal) is held back and written in larger pieces,
    /// standard output and standard error in the order they came: see ``holdScriptOutput()``.
    public private(set) var holdsScriptOutput = false
    /// The script's output held back, in order, and where each run of it for one descriptor
    /// ends: the buffer keeps its room from one piece to the next.
    private var scriptOutput: [UInt8] = []
    private var scriptRuns: [(descriptor: Int32, end: Int)] = []
    /// How many bytes of a script's output are held back.
    public private(set) var heldByteCount = 0
    /// The first output that could not be written (a full disk, a pipe closed while SIGPIPE is
    /// ignored): to which descriptor, and the system's reason. Nothing more is written there.
    public private(set) var outputFailure: (descriptor: Int32, reason: String)?
    /// Standard output or error when the process was started without them (`/dev/null` now
    /// holds their numbers): writing there fails as writing to a closed descriptor does.
    private var closedDescriptors: [Int32] = []

    /// Treats these descriptors as closed: see ``outputFailure``.
    public func treatAsClosed(_ descriptors: [Int32]) {
        closedDescriptors = descriptors
    }

    /// Run before held output is written, to make lasting what it acknowledges first: nil when
    /// that was done; otherwise how many of the held bytes may still be written, and an error
    /// to write after them.
    public var beforeWritingHeldOutput: (() -> (keep: Int, error: String)?)?

    /// Holds a script's output back from now on, off a terminal (where nobody watches it come),
    /// so that it is written in a few large pieces instead of a write per line. Questions,
    /// programs the script starts and ``releaseHeldOutput()`` write it out.
    public func holdScriptOutput() {
        guard !isInteractive, isatty(1) == 0 else { return }
        holdsScriptOutput = true
    }

    private func hold(_ text: String, on descriptor: Int32) {
        var text = text
        text.withUTF8 { scriptOutput.append(contentsOf: $0) }
        if let last = scriptRuns.indices.last, scriptRuns[last].descriptor == descriptor {
            scriptRuns[last].end = scriptOutput.count
        } else {
            scriptRuns.append((descriptor, scriptOutput.count))
        }
        heldByteCount = scriptOutput.count
    }

    /// Writes the script's output held back, after ``beforeWritingHeldOutput`` (which may
    /// cut it short, and add an error).
    private func writeScriptOutput() {
        let outcome = beforeWritingHeldOutput?()
        let keep = min(outcome?.keep ?? scriptOutput.count, scriptOutput.count)
        var start = 0
        for run in scriptRuns where start < keep {
            let end = min(run.end, keep)
            scriptOutput.withUnsafeBytes { writeAll(UnsafeRawBufferPointer(rebasing: $0[start..<end]), to: run.descriptor) }
            start = end
        }
        scriptOutput.removeAll(keepingCapacity: true)
        scriptRuns.removeAll(keepingCapacity: true)
        heldByteCount = 0
        if let error = outcome?.error { emit(error, to: 2) }
    }

    /// Writes a text's UTF-8 bytes to a descriptor (see ``writeAll(_:to:)``).
    private func emit(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { writeAll(UnsafeRawBufferPointer($0), to: descriptor) }
    }

    /// Writes all of `bytes` to a descriptor, going on after a partial write or an interruption,
    /// and waiting while a descriptor that does not block is full. Output that cannot be
    /// written is noted in ``outputFailure`` (the first such) and not tried again there.
    private func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) {
        guard let base = bytes.baseAddress, outputFailure?.descriptor != descriptor else { return }
        if closedDescriptors.contains(descriptor) {
            if outputFailure == nil { outputFailure = (descriptor, String(cString: strerror(EBADF))) }
            return
        }
        var offset = 0
        while offset < bytes.count {
            let written = writeToDescriptor(descriptor, base + offset, bytes.count - offset)
            if written > 0 {
                offset += written
                continue
            }
            let code = written < 0 ? errno : EIO
            if code == EINTR { continue }
            if code == EAGAIN || code == EWOULDBLOCK {
                var ready = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                if poll(&ready, 1, -1) >= 0 || errno == EINTR { continue }
            }
            if outputFailure == nil { outputFailure = (descriptor, String(cString: strerror(code))) }
            return
        }
    }

    /// Writes to standard output at once, so it interleaves with errors in order (or holds it
    /// for the pager, see ``beginCommandOutput()``). At a terminal, lines wider than it are
    /// broken between words (see ``fitted(_:)``).
    public func write(_ text: String) {
        if held != nil {
            held?.append(text)
            return
        }
        if holdsScriptOutput { return hold(text, on: 1) }
        emit(fitted(text), to: 1)
    }

    /// Writes to standard error at once, after any output held so far; wrapped as
    /// ``write(_:)`` is.
    public func writeError(_ text: String) {
        if holdsScriptOutput { return hold(text, on: 2) }
        releaseHeldOutput()
        emit(fitted(text), to: 2)
    }

    /// At a terminal, starts holding a command's output back, so that output longer than the
    /// screen can go through a pager at ``endCommandOutput()``. Questions, errors and programs
    /// the command starts (see ``releaseHeldOutput()``) let what is held out first.
    public func beginCommandOutput() {
        guard isInteractive, fixedWidth == nil, isatty(1) == 1 else { return }
        held = ""
    }

    /// Writes what was held since ``beginCommandOutput()``: through `$PAGER` (else
    /// `less -FRX`, else a small pager of its own) when it is longer than the screen.
    public func endCommandOutput() {
        guard let text = held else { return }
        held = nil
        let fittedText = fitted(text)
        let lines = fittedText.split(separator: "\n", omittingEmptySubsequences: false).count
        if lines >= Terminal.rows(), Pager.show(fittedText, environment: environment, reader: reader, t: Catalogue(language)) { return }
        emit(fittedText, to: 1)
    }

    /// Writes what is held at once and stops holding (before a question, an error, or a
    /// program that takes the terminal).
    public func releaseHeldOutput() {
        if holdsScriptOutput { writeScriptOutput() }
        guard let text = held else { return }
        held = nil
        emit(fitted(text), to: 1)
    }

    /// `text` with its lines wider than the terminal broken at word boundaries, at the width
    /// the terminal has now (so it follows a resize); unchanged off a terminal or at a fixed
    /// width, where output is laid out for files and pipes.
    private func fitted(_ text: String) -> String {
        guard isInteractive, fixedWidth == nil else { return text }
        return TextLayout.wrapLongLines(text, width: Terminal.width())
    }

    /// Reads one answer at a terminal.
    public func ask(_ prompt: String) -> String? {
        releaseHeldOutput()
        guard isInteractive, let reader, reader.isInteractive else { return nil }
        if case .line(let answer) = reader.readLine(prompt: promptLine(prompt)) { return answer }
        return nil
    }

    /// Asks at a terminal, the answer starting as `initialText`; elsewhere nobody answers.
    public func answer(_ prompt: String, initialText: String) -> ConsoleAnswer {
        releaseHeldOutput()
        guard isInteractive, let reader, reader.isInteractive else { return .endOfInput }
        switch reader.readLine(prompt: promptLine(prompt), continuing: "", initialText: initialText) {
        case .line(let text): return .text(text)
        case .interrupted: return .interrupted
        case .endOfInput: return .endOfInput
        }
    }

    /// Asks at a terminal; elsewhere answers `whenNotAsked` without asking.
    public func confirm(_ question: String, whenNotAsked: Bool) -> Bool {
        releaseHeldOutput()
        guard isInteractive, let reader, reader.isInteractive else { return whenNotAsked }
        while true {
            switch reader.readLine(prompt: promptLine(question + " " + Catalogue(language)(.confirmSuffix) + " ")) {
            case .line(let answer):
                switch answer.trimmingCharacters(in: .whitespaces).lowercased() {
                case "y", "yes", "j", "ja": return true
                case "", "n", "no", "nej": return false
                default: write(Catalogue(language)(.answerYesOrNo) + "\n")
                }
            case .interrupted, .endOfInput:
                return false
            }
        }
    }

    /// A question as the line editor's prompt. One wider than the terminal is broken between
    /// words: all but its last line is written as output, and the last line is the prompt, which
    /// the line editor would otherwise break anywhere.
    private func promptLine(_ prompt: String) -> String {
        let room = width - 1
        guard prompt.count > room else { return prompt }
        var lines = TextLayout.wrap(prompt, width: room).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.count > 1 else { return prompt }
        let last = lines.removeLast()
        write(lines.joined(separator: "\n") + "\n")
        return last + (prompt.hasSuffix(" ") ? " " : "")
    }

    /// The layout width.
    public var width: Int {
        if let fixedWidth { return fixedWidth }
        return isInteractive ? Terminal.width() : 80
    }
}

/// The system's `write`, under a name no member of the console hides.
private func writeToDescriptor(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
