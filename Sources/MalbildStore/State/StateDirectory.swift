import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Målbild's folder for state that is not a document: `$XDG_STATE_HOME/malbild`, or
/// `~/.local/state/malbild` when that variable is unset, empty or not an absolute path (as
/// the XDG Base Directory specification says).
///
/// It holds `lastWorkspace` (the path of the workspace opened last, one line) and is the
/// place for the line editor's `history`. The environment is a parameter, so that tests
/// can point it at a temporary folder.
public struct StateDirectory: Equatable, Sendable {
    /// The folder, `…/malbild`. It is created when something is first written to it.
    public let url: URL

    /// Uses a given folder as it is.
    public init(url: URL) {
        self.url = url
    }

    /// Finds the folder from an environment: `XDG_STATE_HOME` when it is an absolute path,
    /// else `HOME`, else the user's home folder from the user database.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            url = URL(fileURLWithPath: state, isDirectory: true).appendingPathComponent("malbild", isDirectory: true)
            return
        }
        let home: String
        if let value = environment["HOME"], value.hasPrefix("/") {
            home = value
        } else if let entry = getpwuid(getuid()), let directory = entry.pointee.pw_dir {
            home = String(cString: directory)
        } else {
            home = FileManager.default.homeDirectoryForCurrentUser.path
        }
        url = URL(fileURLWithPath: home, isDirectory: true)
            .appendingPathComponent(".local/state/malbild", isDirectory: true)
    }

    /// The file recording the workspace opened last.
    public var lastWorkspaceURL: URL { url.appendingPathComponent("lastWorkspace") }

    /// The line editor's history file.
    public var historyURL: URL { url.appendingPathComponent("history") }

    /// Creates the folder (and its parents) when missing, readable only by the user.
    ///
    /// - Throws: `StateDirectoryError` with `.cannotWrite`.
    public func create() throws {
        do {
            try FileManager.default.createDirectory(
                at: url, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw StateDirectoryError(path: url.path, fault: .cannotWrite(reason: error.localizedDescription))
        }
    }

    /// The workspace opened last, or nil when none is recorded. The file may since have been
    /// moved or removed; the caller checks.
    ///
    /// - Throws: `StateDirectoryError` with `.cannotRead` when the record exists but cannot
    ///   be read.
    public func readLastWorkspace() throws -> URL? {
        let path = lastWorkspaceURL.path
        let data: Data
        do {
            switch try FileSystem.readFile(path: path) {
            case .missing: return nil
            case .contents(let bytes): data = bytes
            }
        } catch {
            throw StateDirectoryError(path: path, fault: .cannotRead(reason: error.reason))
        }
        let text = String(decoding: data, as: UTF8.self)
        let line = text.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? ""
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("/") else { return nil }
        return URL(fileURLWithPath: trimmed)
    }

    /// Records the workspace opened last (as an absolute path), replacing the record
    /// atomically.
    ///
    /// - Throws: `StateDirectoryError` with `.cannotWrite`.
    public func writeLastWorkspace(_ workspaceURL: URL) throws {
        let path = lastWorkspaceURL.path
        let remembered = workspaceURL.standardizedFileURL.path
        // One line holds the path: a line break (or any control character) would name another file.
        guard !remembered.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw StateDirectoryError(path: path, fault: .cannotWrite(reason: "the path \(remembered.debugDescription) holds a control character"))
        }
        try create()
        let line = remembered + "\n"
        do {
            try FileSystem.replaceAtomically(path: path, with: Data(line.utf8), mode: 0o600)
        } catch {
            throw StateDirectoryError(path: path, fault: .cannotWrite(reason: String(describing: error)))
        }
    }

    /// The workspace opened last, or nil when none is recorded or the record cannot be read
    /// (the state is a convenience, never a reason to fail).
    public func lastWorkspace() -> URL? {
        (try? readLastWorkspace()) ?? nil
    }

    /// Records the workspace opened last, quietly doing nothing when that fails.
    public func rememberLastWorkspace(_ workspaceURL: URL) {
        try? writeLastWorkspace(workspaceURL)
    }

    /// Removes the record of the workspace opened last, if there is one.
    public func forgetLastWorkspace() {
        try? FileSystem.removeFile(path: lastWorkspaceURL.path)
    }
}
