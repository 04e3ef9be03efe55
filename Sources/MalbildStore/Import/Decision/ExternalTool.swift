import Foundation

/// A program of the system run for its output: `pdftotext`, `unzip`, `pandoc`.
public enum ExternalTool {
    /// Why a tool gave no output.
    public enum Failure: Error, Equatable, Sendable {
        /// The tool is not on the PATH.
        case missing
        /// It could not start or ended with an error: its first line of error output.
        case failed(String)
    }

    /// Runs a tool found on the PATH, with no input, and gives its standard output.
    public static func run(_ tool: String, _ arguments: [String]) -> Result<Data, Failure> {
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .map { "\($0)/\(tool)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let path else { return .failure(.missing) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return .failure(.failed("\(error)")) }
        // Both pipes are read to their end before waiting, so a large output cannot block the tool.
        let errors = ErrorCollector(err.fileHandleForReading)
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let message = errors.text()
        guard process.terminationStatus == 0 else {
            return .failure(.failed(message.split(separator: "\n").first.map(String.init) ?? "exit status \(process.terminationStatus)"))
        }
        return .success(data)
    }
}
