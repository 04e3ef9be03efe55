/// Every command of the shell, looked up by name or alias.
public struct CommandTable {
    /// The commands in the order `help` lists them.
    public let commands: [Command]

    /// Where each name and alias is in ``commands``: the first command that has it.
    private let places: [String: Int]

    /// Creates a table.
    public init(commands: [Command]) {
        self.commands = commands
        var places: [String: Int] = [:]
        for (place, command) in commands.enumerated() {
            for name in [command.name] + command.aliases where places[name] == nil {
                places[name] = place
            }
        }
        self.places = places
    }

    /// The command with a name or alias, ignoring case.
    public func command(named name: String) -> Command? {
        guard let place = places[name] ?? places[name.lowercased()] else { return nil }
        return commands[place]
    }

    /// The name of the command a name or alias runs, without copying the command.
    public func commandName(of name: String) -> String? {
        guard let place = places[name] ?? places[name.lowercased()] else { return nil }
        return commands[place].name
    }

    /// Names that once were aliases of another command, by the command they ran:
    /// `jämför` was diff's and is now compare's. A line that fits only the old
    /// command's forms still runs it, with a note giving its new name.
    static let formerAliases: [String: String] = ["jämför": "diff"]

    /// Whether any former name is all ASCII (else a name of ASCII is none of them).
    static let formerAliasIsASCII = formerAliases.keys.contains { !$0.utf8.contains { $0 >= 0x80 } }

    /// Every name and alias.
    public var allNames: [String] {
        commands.flatMap { [$0.name] + $0.aliases }
    }

    /// Beyond this difference in length two words are not compared letter by letter
    /// (no suggestion looks further than a distance of 2).
    static let farApart = 8

    /// The known names nearest to a mistyped one, nearest first.
    /// `preferAliases` suggests the nearest of a command's names and aliases
    /// (a Swedish user mistyping "prognos" is shown "prognos", not "forecast"), and a
    /// command's Swedish name where its English one is nearest.
    public func suggestions(for name: String, preferAliases: Bool = false) -> [String] {
        let key = name.lowercased()
        // What was typed is the start of a name: those names first ("prog" is "prognos"),
        // then the nearest others.
        let started: [String] = key.count < 2 ? [] : commands.compactMap { command in
            let words = [command.name] + command.aliases
            guard let word = words.first(where: { $0.hasPrefix(key) }) else { return nil }
            if !preferAliases { return command.name }
            return word == command.name ? (command.swedishName ?? word) : word
        }
        if !started.isEmpty {
            let rest = nearest(key, preferAliases: preferAliases).filter { !started.contains($0) }
            return Array((started.sorted() + rest).prefix(3))
        }
        return nearest(key, preferAliases: preferAliases)
    }

    /// The names within a small edit distance of `key`, nearest first; else names it starts.
    private func nearest(_ key: String, preferAliases: Bool) -> [String] {
        let scored = commands.map { command -> (String, Int) in
            let words = [command.name] + command.aliases
            let distances = words.map { Self.distance(key, $0) }
            let best = distances.min() ?? Int.max
            var word = preferAliases ? (words.first { Self.distance(key, $0) == best } ?? command.name) : command.name
            // On a Swedish screen the English name is shown by its Swedish one: "gol" is "mål".
            if preferAliases, word == command.name, let swedish = command.swedishName { word = swedish }
            return (word, best)
        }
        let limit = max(1, min(2, key.count / 2))
        let near = scored.filter { $0.1 <= limit }.sorted { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }
        if !near.isEmpty { return Array(near.prefix(3).map(\.0)) }
        // A prefix of a name is a likely meaning too: "sa" for "save".
        return commands.filter { $0.name.hasPrefix(key) && key.count >= 2 }.prefix(3).map(\.name)
    }

    /// The edit distance between two words (insertions, deletions, changes, swaps).
    ///
    /// Words whose lengths differ by more than ``farApart`` are far apart whatever their
    /// letters, and only so much of the longer one is read as shows that: a number above
    /// ``farApart`` is returned (the distance is at least that). So a pasted text of a
    /// million characters is told apart from a command's name at once.
    static func distance(_ a: String, _ b: String) -> Int {
        // A word has no more characters than bytes: past this many, either one is far longer.
        let x = Array(a.prefix(b.utf8.count + farApart + 1)), y = Array(b.prefix(a.utf8.count + farApart + 1))
        if abs(x.count - y.count) > farApart { return abs(x.count - y.count) }
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var d = Array(repeating: Array(repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { d[i][0] = i }
        for j in 0...y.count { d[0][j] = j }
        for i in 1...x.count {
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[x.count][y.count]
    }
}
