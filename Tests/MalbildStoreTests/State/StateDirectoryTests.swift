import Foundation
import Testing
@testable import MalbildStore

@Suite("The state folder")
struct StateDirectoryTests {
    @Test("XDG_STATE_HOME is used when it is an absolute path")
    func xdgStateHome() {
        let state = StateDirectory(environment: ["XDG_STATE_HOME": "/srv/state", "HOME": "/home/anna"])
        #expect(state.url.path == "/srv/state/malbild")
        #expect(state.lastWorkspaceURL.path == "/srv/state/malbild/lastWorkspace")
        #expect(state.historyURL.path == "/srv/state/malbild/history")
    }

    @Test("without it, or with a relative one, ~/.local/state is used", arguments: [
        ["HOME": "/home/anna"],
        ["HOME": "/home/anna", "XDG_STATE_HOME": ""],
        ["HOME": "/home/anna", "XDG_STATE_HOME": "relative/state"],
    ])
    func homeFallback(environment: [String: String]) {
        #expect(StateDirectory(environment: environment).url.path == "/home/anna/.local/state/malbild")
    }

    @Test("the last workspace is written, read back and forgotten")
    func lastWorkspace() throws {
        let folder = try TemporaryFolder()
        let state = StateDirectory(environment: ["XDG_STATE_HOME": folder.url.path])
        #expect(try state.readLastWorkspace() == nil)
        #expect(state.lastWorkspace() == nil)
        let workspace = URL(fileURLWithPath: "/home/anna/mål/ks 2019.json")
        try state.writeLastWorkspace(workspace)
        #expect(try String(contentsOf: state.lastWorkspaceURL, encoding: .utf8) == workspace.path + "\n")
        #expect(try state.readLastWorkspace() == workspace)
        let other = URL(fileURLWithPath: "/tmp/other.json")
        state.rememberLastWorkspace(other)
        #expect(state.lastWorkspace() == other)
        #expect(try FileManager.default.contentsOfDirectory(atPath: state.url.path) == ["lastWorkspace"])
        state.forgetLastWorkspace()
        #expect(state.lastWorkspace() == nil)
    }

    @Test("the folder is created readable only by the user")
    func folderPermissions() throws {
        let folder = try TemporaryFolder()
        let state = StateDirectory(environment: ["XDG_STATE_HOME": folder.url.appendingPathComponent("deep/er").path])
        try state.create()
        let mode = try FileManager.default.attributesOfItem(atPath: state.url.path)[.posixPermissions] as? Int
        #expect(mode == 0o700)
    }

    @Test("a record that is not an absolute path is no record")
    func relativeRecord() throws {
        let folder = try TemporaryFolder()
        let state = StateDirectory(environment: ["XDG_STATE_HOME": folder.url.path])
        try state.create()
        try Data("ks.json\n".utf8).write(to: state.lastWorkspaceURL)
        #expect(state.lastWorkspace() == nil)
    }
}
