import Foundation

/// Runs the built `malbild` binary with a time bound, its output to a file: for inputs
/// that may make it crash or hang. As root, the binary runs as the user `nobody`
/// (through `setpriv`), so that no mutated path can write outside the world-writable
/// folders.
enum BoundedRun {
    /// How a bounded run ended.
    enum Outcome: Equatable {
        /// It exited with this code.
        case exited(Int32)
        /// A signal ended it (a crash: SIGILL, SIGSEGV, SIGABRT, SIGTRAP...).
        case signalled(Int32)
        /// It was still running at the time bound, and was killed.
        case timedOut
    }

    /// The result: how it ended, its output (standard output and error together), and how long it took.
    struct Result {
        var outcome: Outcome
        var output: String
        var seconds: Double
    }

    /// Whether runs drop root's rights first.
    static let dropsRoot = getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")

    /// Prepares a folder for a run: as root, everyone may write in it (the run is `nobody`).
    static func share(_ folder: URL) {
        guard dropsRoot else { return }
        chmod(folder.path, 0o777)
        if let items = try? FileManager.default.contentsOfDirectory(atPath: folder.path) {
            for item in items { chmod(folder.appendingPathComponent(item).path, 0o666) }
        }
    }

    /// Runs `malbild ARGUMENTS` in `folder`, standard input empty, killed after `seconds`.
    static func run(_ arguments: [String], in folder: URL, seconds: Double) throws -> Result {
        share(folder)
        let process = Process()
        if dropsRoot {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", "--", Malbild.binary.path] + arguments
        } else {
            process.executableURL = Malbild.binary
            process.arguments = arguments
        }
        process.currentDirectoryURL = folder
        let home = folder.appendingPathComponent(".home")
        process.environment = Malbild.environment(home: home)
        let outputFile = FileManager.default.temporaryDirectory
            .appendingPathComponent("malbild-bounded-\(UUID().uuidString).out")
        FileManager.default.createFile(atPath: outputFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: outputFile) }
        let output = try FileHandle(forWritingTo: outputFile)
        defer { try? output.close() }
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        let start = Date()
        try process.run()
        var timedOut = false
        if done.wait(timeout: .now() + seconds) == .timedOut {
            timedOut = true
            kill(process.processIdentifier, SIGKILL)
            done.wait()
        }
        let elapsed = Date().timeIntervalSince(start)
        let data = (try? Data(contentsOf: outputFile)) ?? Data()
        let text = String(decoding: data.prefix(200_000), as: UTF8.self)
        let outcome: Outcome
        if timedOut {
            outcome = .timedOut
        } else if process.terminationReason == .uncaughtSignal {
            outcome = .signalled(process.terminationStatus)
        } else {
            outcome = .exited(process.terminationStatus)
        }
        return Result(outcome: outcome, output: text, seconds: elapsed)
    }
}
