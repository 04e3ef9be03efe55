import Foundation
import MalbildCore
import MalbildStore

extension Session {
    /// `record start FILE`.
    func startRecording(_ path: String) throws {
        if let recorder { throw failure(.alreadyRecording, recorder.url.path) }
        let url = URL(fileURLWithPath: path)
        try checkNameToWrite(url)
        try checkNotCompanion(url)
        // A file is where the script starts only when it holds the workspace as it is now.
        let saved = unsavedChanges == 0 ? file?.path : nil
        let start = saved ?? (workspace.content == Workspace.demo ? "demo" : workspace.goals.isEmpty && workspace.areas.isEmpty ? "empty" : nil)
        var header = [t(.recordHeader, NoteTime.format(clock()), user, workspace.name)]
        if let start {
            header.append("start: \(start)")
        } else {
            header.append(t(.recordStartsUnsaved))
        }
        recorder = try Recorder(url: url, header: header, t: t)
        say(.recordingTo, url.path)
    }

    /// `record stop`.
    func stopRecording() throws {
        guard let recorder else { throw failure(.notRecording) }
        recorder.stop()
        self.recorder = nil
        say(.recordingStopped, recorder.count, recorder.url.path)
    }

    /// `replay FILE [--step] [--here]`: runs a script with each command shown
    /// before its output; by default on a copy, so the workspace is unchanged.
    ///
    /// With `step`, only Enter runs a step; another key says which keys there are. Returns the
    /// session to go on in when the person chose to stay at the replayed state (`h`, offered
    /// when `canStay`: from the command line, or with `here`), else nil.
    @discardableResult
    public func replay(_ path: String, step: Bool, here: Bool, canStay: Bool = false) throws -> Session? {
        guard FileManager.default.fileExists(atPath: path) else { throw failure(.doesNotExist, path) }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw failure(.notUTF8, path)
        }
        let script = ScriptFile(text: text)
        if step, !console.isInteractive { throw failure(.stepNeedsTerminal) }
        let target: Session
        if here {
            target = self
        } else {
            target = Session(workspace: try replayBase(script.start), console: console, environment: environment, clock: clock)
            target.user = user
            target.language = language
            target.isReplay = true
        }
        let total = script.steps.count
        var ran = 0, skipped = 0, failed = 0
        var staysAtReplayedState = false
        steps: for (i, s) in script.steps.enumerated() {
            for comment in s.comments { console.write("# \(comment)\n") }
            let position = "[\(i + 1)/\(total)]"
            if step {
                console.write("\(position) \(target.prompt)\(s.command)\n")
                switch askAtStep(canStay: canStay || here) {
                case .run:
                    break
                case .skip:
                    skipped += 1
                    continue steps
                case .stop:
                    say(.stoppedAt, i + 1, total)
                    break steps
                case .stay:
                    say(.stoppedAt, i + 1, total)
                    staysAtReplayedState = true
                    break steps
                }
            } else {
                console.write("\(position) \(target.prompt)\(s.command)\n")
            }
            do {
                try target.execute(s.command)
                ran += 1
            } catch {
                failed += 1
                console.writeError("\(path):\(s.line): \(target.message(for: error))\n")
            }
        }
        if let line = script.unfinished {
            console.writeError("\(path):\(line): " + t(.scriptEndsUnfinished) + "\n")
        }
        var summary = t(.replayed, ran, total)
        if skipped > 0 { summary += t(.replaySkipped, skipped) }
        if failed > 0 { summary += t(.replayFailed, failed) }
        summary += here ? "." : t(.replayOnCopy)
        say(summary)
        if staysAtReplayedState {
            say(here ? t(.stayingHere) : t(.stayingOnCopy))
            // From here on the copy is a workspace of its own, which may be saved.
            target.isReplay = false
            return target
        }
        let problems = failed + (script.unfinished == nil ? 0 : 1)
        if problems > 0 { throw failure(.replayNotClean, path) }
        return nil
    }

    /// What the person at a step of `replay --step` chose.
    private enum StepChoice {
        case run, skip, stop, stay
    }

    /// Asks at a step until a known key comes: only Enter runs the step.
    private func askAtStep(canStay: Bool) -> StepChoice {
        while true {
            switch console.answer(t(.stepQuestion), initialText: "") {
            case .interrupted, .endOfInput:
                return .stop
            case .text(let typed):
                switch typed.trimmingCharacters(in: .whitespaces).lowercased() {
                case "": return .run
                case "s": return .skip
                case "q": return .stop
                case "h" where canStay: return .stay
                case "h": say(.stayNeedsHere)
                default: say(.stepKeys)
                }
            }
        }
    }

    /// The workspace a replay starts from: as the script's `# start:` line
    /// says (the demo, an empty one, or a file read but never written),
    /// otherwise a copy of this session's.
    private func replayBase(_ start: String?) throws -> Workspace {
        switch start {
        case "demo": return .demo
        case "empty": return .empty(years: workspace.planYears)
        case let path?:
            do { return try WorkspaceFile<Workspace>.load(from: URL(fileURLWithPath: path)) } catch {
                throw failure(.replayStartUnreadable, path, message(for: error))
            }
        case nil: return workspace
        }
    }
}
