// A line reader at a terminal that watches a FIFO for news while it waits for keys: each line
// written to the FIFO is shown above the prompt as `news: LINE`; each line entered is
// answered with `got [LINE]`. For the terminal tests of news at the prompt.
import Foundation
import LineEditing

guard CommandLine.arguments.count == 2 else {
    FileHandle.standardError.write(Data("usage: NewsReaderProbe FIFO\n".utf8))
    exit(2)
}
// Read and write, so that the FIFO never reads as ended while no writer has it open.
let news = open(CommandLine.arguments[1], O_RDWR | O_NONBLOCK)
guard news >= 0, let reader = EditLineReader(historyFile: nil) else { exit(1) }

var pending = ""
reader.watchNews(on: news) {
    var bytes = [UInt8](repeating: 0, count: 4096)
    let count = read(news, &bytes, bytes.count)
    guard count > 0 else { return [] }
    pending += String(decoding: bytes[0..<count], as: UTF8.self)
    var lines: [String] = []
    while let end = pending.firstIndex(of: "\n") {
        lines.append("news: " + pending[..<end])
        pending = String(pending[pending.index(after: end)...])
    }
    return lines
}
while case .line(let line) = reader.readLine(prompt: "probe> ") {
    print("got [\(line)]")
}
