import Foundation
import Testing

/// Starting the built `malbild` at a pseudo-terminal, with a home of its own.
struct MalbildProcess {
    /// A temporary folder used as HOME and state folder; removed by ``removeHome()``.
    let home: URL
    /// Where the history is kept (`MALBILD_HISTORY`), inside ``home``.
    let historyFile: URL

    /// A fresh temporary home.
    init() throws {
        home = FileManager.default.temporaryDirectory
            .appendingPathComponent("malbild-terminal-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        historyFile = home.appendingPathComponent("state/malbild/history")
    }

    /// The `malbild` to test: `$MALBILD_BIN`, else the one built beside the test binary
    /// (`.build/<config>/MalbildPackageTests.xctest` and `.build/<config>/malbild`).
    static func executable(named name: String = "malbild") throws -> URL {
        let environment = ProcessInfo.processInfo.environment
        if name == "malbild", let override = environment["MALBILD_BIN"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        let folders = [
            Bundle.main.executableURL,
            URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath(),
        ].compactMap { $0?.deletingLastPathComponent() }
        for folder in folders {
            let candidate = folder.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw PseudoTerminal.StartError(
            description: "no \(name) in \(Set(folders.map(\.path)).sorted()); "
                + "build it or set MALBILD_BIN")
    }

    /// The environment of the child: a terminal, the temporary home and history, and a UTF-8
    /// locale unless `utf8Locale` is false (then no LANG, LC_ALL or LC_CTYPE at all), and `cat`
    /// as the pager, so output longer than the screen comes through as it is.
    func environment(utf8Locale: Bool = true) -> [String: String] {
        var environment = [
            "TERM": "xterm",
            "HOME": home.path,
            "XDG_STATE_HOME": home.appendingPathComponent("state").path,
            "MALBILD_HISTORY": historyFile.path,
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "PAGER": "/bin/cat",
        ]
        if utf8Locale { environment["LANG"] = "C.UTF-8" }
        return environment
    }

    /// Starts `malbild` with `arguments` at a new 80x24 pseudo-terminal, in ``home``.
    func start(_ arguments: [String] = ["--demo"], utf8Locale: Bool = true) throws
        -> PseudoTerminal
    {
        try PseudoTerminal(
            executable: Self.executable(), arguments: arguments,
            environment: environment(utf8Locale: utf8Locale), directory: home)
    }

    /// Deletes the temporary home.
    func removeHome() {
        try? FileManager.default.removeItem(at: home)
    }
}
