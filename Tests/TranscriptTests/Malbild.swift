import Foundation

/// Runs the built `malbild` binary as a user would, in a given folder.
enum Malbild {
    struct Result {
        var output: String
        var status: Int32
    }

    /// The binary: `MALBILD_BIN`, or `malbild` beside the test bundle.
    static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["MALBILD_BIN"] { return URL(fileURLWithPath: path) }
        var folder = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("malbild")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return Bundle.main.bundleURL.appendingPathComponent("malbild")
    }

    /// A fixed, private environment: no user files, a fixed clock and zone.
    static func environment(home: URL) -> [String: String] {
        [
            "PATH": "/usr/bin:/bin",
            "HOME": home.path,
            "XDG_STATE_HOME": home.appendingPathComponent("state").path,
            "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
            "MALBILD_HISTORY": "",
            "MALBILD_NOW": "2019-02-20T13:30:00Z",
            "TZ": "UTC",
            "LANG": "C.UTF-8",
            "USER": "tester",
        ]
    }

    /// Runs with arguments and standard input; standard output and error go
    /// to one pipe, so their order is kept. `adding` sets more environment variables.
    static func run(_ arguments: [String], in folder: URL, input: String = "", timeout: TimeInterval = 600,
                    adding extra: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = environment(home: folder.appendingPathComponent(".home")).merging(extra) { _, new in new }
        let output = Pipe()
        let stdin = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = stdin
        try process.run()
        // A run that hangs is killed, so the test fails instead of waiting for ever.
        let pid = process.processIdentifier
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout) {
            if process.isRunning { kill(pid, SIGKILL) }
        }
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(output: String(decoding: data, as: UTF8.self), status: process.terminationStatus)
    }
}

/// A fresh folder, removed when the value goes away.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("malbild-test-" + UUID().uuidString)
            .resolvingSymlinksInPath()
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}
