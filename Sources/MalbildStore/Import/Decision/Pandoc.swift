import Foundation

/// A Word file (.docx) made from Markdown by pandoc (the Debian package pandoc).
public enum Pandoc {
    /// The Word file's bytes; `.missing` when pandoc is not installed.
    public static func docx(fromMarkdown markdown: String) throws(ExternalTool.Failure) -> Data {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("malbild-pandoc-\(UUID().uuidString)")
        let input = folder.appendingPathComponent("decision.md")
        let output = folder.appendingPathComponent("decision.docx")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(markdown.utf8).write(to: input)
        } catch {
            throw .failed("\(error)")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        switch ExternalTool.run("pandoc", ["--from", "markdown", "--to", "docx", "--output", output.path, input.path]) {
        case .success: break
        case .failure(let failure): throw failure
        }
        do { return try Data(contentsOf: output) } catch { throw .failed("\(error)") }
    }
}
