import Foundation
import MalbildReport

extension Session {
    /// `report`: renders the report and prints it or writes it to a file.
    public func writeReport(checkpoint: String, format text: String?, out: String?, csvStyle: String?) throws {
        let format: ReportFormat
        switch text?.lowercased() {
        case nil: format = out.map { Self.format(forFile: $0) } ?? .markdown
        case "markdown": format = .markdown
        case let word?:
            guard let f = ReportFormat(rawValue: word) else {
                throw failure(.notAReportFormat, word)
            }
            format = f
        }
        let style: CSVStyle
        switch csvStyle?.lowercased() {
        case nil, "excel": style = .swedishExcel
        case "plain": style = .plain
        case let other?: throw failure(.notACSVStyle, other)
        }
        let report: String
        do {
            report = try Report.render(workspace, checkpoint: checkpoint, format: format, csvStyle: style)
        } catch {
            throw ShellError.failed(message(for: error))
        }
        guard let out else {
            console.write(report.hasSuffix("\n") ? report : report + "\n")
            return
        }
        let url = URL(fileURLWithPath: out)
        let folder = url.deletingLastPathComponent()
        guard FileManager.default.fileExists(atPath: folder.path) else {
            throw failure(.folderMissing, url.path, folder.path)
        }
        if FileManager.default.fileExists(atPath: url.path),
           !console.confirm(t(.writeOverQuestion, url.path), whenNotAsked: true) {
            return say(.nothingWritten)
        }
        do {
            try Data(report.utf8).write(to: url, options: .atomic)
        } catch {
            throw failure(.cannotWrite, url.path, error.localizedDescription)
        }
        say(.reportWritten, checkpoint, format.rawValue, url.path)
    }

    /// The format a file's ending suggests: `r.html` is HTML.
    static func format(forFile path: String) -> ReportFormat {
        let ending = URL(fileURLWithPath: path).pathExtension.lowercased()
        return ReportFormat(rawValue: ending == "markdown" ? "md" : ending) ?? .markdown
    }
}
