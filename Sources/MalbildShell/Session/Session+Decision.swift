import Foundation
import MalbildCore
import MalbildReport
import MalbildStore

extension Session {
    /// `import decision FILE`: reads a goal decision (text, PDF or Word) into
    /// a new workspace, as one step that undo takes back, asking first at a
    /// terminal when changes are unsaved.
    func importDecision(_ path: String) throws {
        guard !path.isEmpty else { throw failure(.importNeedsFile) }
        let url = URL(fileURLWithPath: path)
        let reading = try readDecision(url, name: Self.name(of: url))
        guard mayDiscardChanges(before: t(.beforeImportDecision)) else { return }
        // As `new` and `open` leave a file: unsaved changes of a script stay in its journal.
        leaveCurrent()
        workspace = .empty(name: Self.name(of: url), year: reading.planYear)
        focus = nil
        resetHistory(savedState: true)
        try perform(reading.edits, change: .readDecision(file: url.lastPathComponent))
        say(decisionReport(reading, path: path))
        say(.decisionSaveHint)
    }

    /// `malbild import-decision FILE --out WS.json`: reads a decision into a
    /// new workspace file; never writes over a file that exists.
    public func importDecision(_ path: String, out: String) throws {
        let target = URL(fileURLWithPath: out)
        if FileManager.default.fileExists(atPath: target.path) { throw failure(.decisionOutExists, target.path) }
        let url = URL(fileURLWithPath: path)
        let reading = try readDecision(url, name: Self.name(of: target))
        var w = reading.workspace
        let entry = LogEntry(time: clock(), user: user, goal: nil, change: .readDecision(file: url.lastPathComponent))
        do { _ = try w.apply(.appendLog(entry: entry)) } catch { throw ShellError.failed(t.describe(error)) }
        // Checked again just before writing: a file that appeared meanwhile is not ours either.
        if FileManager.default.fileExists(atPath: target.path) { throw failure(.decisionOutExists, target.path) }
        do { try WorkspaceFile<Workspace>.save(w, to: target) } catch { throw ShellError.failed(message(for: error)) }
        say(decisionReport(reading, path: path))
        say(.decisionWrittenTo, target.path)
    }

    private func readDecision(_ url: URL, name: String) throws -> DecisionReading {
        let t = self.t
        let reader = DecisionReader(name: name, fallbackYear: Self.currentYear(clock()), time: clock()) { line in
            t(.decisionNote, line.line.number, line.line.text)
        }
        do {
            let (text, _) = try DecisionFile.text(of: url)
            return try reader.read(text: text, path: url.standardizedFileURL.path)
        } catch {
            throw ShellError.failed(describe(error))
        }
    }

    /// What was read, what was not placed and why, and what to check.
    func decisionReport(_ reading: DecisionReading, path: String) -> String {
        let w = reading.workspace
        let steering = w.goals.filter { $0.kind == .steering }.map { $0.number.description }
        let supporting = w.goals.filter { $0.kind == .supporting }.map { $0.number.description }
        var lines = [t(.decisionRead, path, reading.lineCount, w.areas.count, w.goals.count)]
        if !w.decision.title.isEmpty {
            lines.append("  " + [w.decision.paragraph, w.decision.title, w.decision.caseReference.isEmpty ? "" : "(\(w.decision.caseReference))"]
                .filter { !$0.isEmpty }.joined(separator: " "))
        }
        lines.append("  " + t(.decisionKinds, steering.isEmpty ? "-" : steering.joined(separator: ", "),
                              supporting.isEmpty ? "-" : supporting.joined(separator: ", ")))
        if !w.decision.path.isEmpty { lines.append("  " + t(.decisionPathRead, w.decision.path.count)) }
        let proposals = w.goals.filter { $0.status != .decided }.map { $0.number.description }
        if !proposals.isEmpty { lines.append("  " + t(.decisionProposals, proposals.joined(separator: ", "))) }
        if reading.unplaced.isEmpty {
            lines.append(t(.decisionAllPlaced))
        } else {
            lines.append(t(.decisionUnplacedHeading, reading.unplaced.count))
            for line in reading.unplaced {
                lines.append("  " + t(.decisionUnplacedLine, line.line.number, line.line.text, reason(line.reason)))
            }
        }
        if !reading.ambiguities.isEmpty {
            lines.append(t(.decisionCheckHeading, reading.ambiguities.count))
            for a in reading.ambiguities { lines.append("  " + describe(a)) }
        }
        // Wrapped at the terminal's width; an item's lines after its first indented under it.
        return lines.map { line -> String in
            guard line.hasPrefix("  ") else { return TextLayout.wrap(line, width: console.width) }
            return "  " + TextLayout.wrap(String(line.dropFirst(2)), width: console.width, indent: "    ").dropFirst(4)
        }.joined(separator: "\n")
    }

    private func reason(_ reason: UnplacedLine.Reason) -> String {
        switch reason {
        case .beforeDecision: return t(.decisionReasonBefore)
        case .betweenGoals(let goal): return t(.decisionReasonBetween, goal)
        case .inGoalBeforeAmbition(let goal): return t(.decisionReasonInGoal, goal)
        case .afterDocuments: return t(.decisionReasonAfter)
        case .pathWithoutDay: return t(.decisionReasonPath)
        case .pageFurniture: return t(.decisionReasonPage)
        }
    }

    private func kindWord(_ kind: GoalKind) -> String {
        t(kind == .steering ? .wordSteering : .wordSupporting)
    }

    private func describe(_ a: DecisionAmbiguity) -> String {
        switch a {
        case .kindNotStated(let goal): return t(.decisionKindNotStated, goal)
        case let .kindConflict(goal, marker, sentence, line):
            return t(.decisionKindConflict, goal, kindWord(marker), line, kindWord(sentence))
        case let .sentenceNamesUnknownGoal(goal, line): return t(.decisionUnknownGoal, line, goal)
        case let .numberedPerArea(line, written, readAs): return t(.decisionPerArea, line, written, readAs)
        case .sentenceNotApplied(let line): return t(.decisionSentenceNotApplied, line)
        case let .parenthesesKeptInTitle(goal, text): return t(.decisionParentheses, goal, text)
        case .severalRules(let lines): return t(.decisionSeveralRules, lines.map(String.init).joined(separator: ", "))
        case let .goalNumberRepeated(line, written, readAs): return t(.decisionNumberRepeated, line, written, readAs)
        case .noAmbition(let goal): return t(.decisionNoAmbition, goal)
        case .planYearNotStated(let year): return t(.decisionNoYear, year)
        }
    }

    private func describe(_ error: Error) -> String {
        guard let error = error as? DecisionImportError else { return message(for: error) }
        let p = error.path
        switch error.fault {
        case .missing: return t(.decisionMissing, p)
        case .isFolder: return t(.decisionIsFolder, p)
        case .notReadable(let reason): return t(.decisionNotReadable, p, reason)
        case .otherKind(let kind): return t(.decisionOtherKind, p, fileKind(kind))
        case let .toolMissing(tool, package): return t(.decisionToolMissing, p, tool, package)
        case let .toolFailed(tool, message): return t(.decisionToolFailed, tool, p, message)
        case .noGoals: return t(.decisionNoGoals, p)
        case .empty: return t(.decisionEmpty, p)
        case .cannotBuild(let reason): return t(.decisionCannotBuild, p, reason)
        }
    }

    private func fileKind(_ kind: OtherFileKind) -> String {
        switch kind {
        case .png: return t(.decisionKindPNG)
        case .jpeg: return t(.decisionKindJPEG)
        case .gif: return t(.decisionKindGIF)
        case .oldOffice: return t(.decisionKindOldOffice)
        case .gzip: return t(.decisionKindGzip)
        case .rtf: return t(.decisionKindRTF)
        case .program: return t(.decisionKindProgram)
        case .zip: return t(.decisionKindZip)
        case .json: return t(.decisionKindJSON)
        case .html: return t(.decisionKindHTML)
        case .binary: return t(.decisionKindBinary)
        }
    }

    /// `report decision [--format md|txt|html|docx] [--out FILE] [--changes]`.
    public func writeDecision(format text: String?, out: String?, changes: Bool) throws {
        let format: DecisionFormat
        if let text {
            guard let f = DecisionFormat(rawValue: text.lowercased() == "markdown" ? "md" : text.lowercased()) else {
                throw failure(.decisionNotAFormat, text)
            }
            format = f
        } else if let out {
            // The file's ending names the format; an ending of another kind (beslut.pdf) is not written as Markdown.
            let ending = URL(fileURLWithPath: out).pathExtension.lowercased()
            guard let f = ending.isEmpty ? .markdown : DecisionFormat(rawValue: ending == "markdown" ? "md" : ending) else {
                throw failure(.decisionNotAFormat, ending)
            }
            format = f
        } else {
            format = .text
        }
        let content: DecisionDocument.Content = changes ? .changes : .draft
        let document = DecisionDocument.render(workspace, content: content, format: format)
        guard let out else {
            guard format != .docx else { throw failure(.decisionDocxNeedsOut) }
            console.write(document)
            return
        }
        let url = URL(fileURLWithPath: out)
        if FileManager.default.fileExists(atPath: url.path) {
            if (try? WorkspaceFile<Workspace>.load(from: url)) != nil { throw failure(.reportOverWorkspace, url.path) }
            guard console.confirm(t(.writeOverQuestion, url.path), whenNotAsked: true) else { return say(.nothingWritten) }
        }
        let data: Data
        if format == .docx {
            do { data = try Pandoc.docx(fromMarkdown: document) } catch {
                switch error {
                case .missing: throw failure(.decisionPandocMissing)
                case .failed(let message): throw failure(.decisionPandocFailed, message)
                }
            }
        } else {
            data = Data(document.utf8)
        }
        try writeFile(data, to: url)
        say(changes ? .decisionChangesWritten : .decisionDraftWritten, format.rawValue, url.path)
    }
}
