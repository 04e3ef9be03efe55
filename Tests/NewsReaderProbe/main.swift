// A line reader at a terminal that watches a FIFO for news while it waits for keys: each line
// written to the FIFO is shown above the prompt as `news: LINE`; each line entered is
// answered with `got [LINE]`. The prompt counts the news taken in: `probe> `, then `probe 1> `... For the terminal tests of news at the prompt.
import Foundation
import LineEditing

guard CommandLine.arguments.count == 2 else {
    FileHandle.standardError.write(Data("usage: NewsReaderProbe FIFO\n".utf8))
    exit(2)
}
// Read and write, so that the FIFO never reads as ended while no writer has it open.
let news = open(CommandLine.arguments[1], O_RDWR | O_NONBLOCK)
guard news >= 0, let reader = EditLineReader(historyFile: nil) else { exit(1) }

/// What has come on the FIFO: an unfinished line, and how many lines were shown.
final class NewsState {
    var pending = ""
    var taken = 0
    var prompt: String { taken == 0 ? "probe> " : "probe \(taken)> " }
}
let state = NewsState()
reader.watchNews(on: news, lines: {
    var bytes = [UInt8](repeating: 0, count: 4096)
    let count = read(news, &bytes, bytes.count)
    guard count > 0 else { return [] }
    state.pending += String(decoding: bytes[0..<count], as: UTF8.self)
    var lines: [String] = []
    while let end = state.pending.firstIndex(of: "\n") {
        lines.append("news: " + state.pending[..<end])
        state.pending = String(state.pending[state.pending.index(after: end)...])
    }
    state.taken += lines.count
    return lines
}, prompt: { state.prompt })
while case .line(let line) = reader.readLine(prompt: state.prompt) {
    print("got [\(line)]")
}
