/// A goal of another workspace of the same store, named as `workspace:number`
/// (`ks2024:2`): the parent of a committee's goal that breaks down a goal of the council's.
public struct GoalLink: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The name of the workspace the goal is in.
    public var workspace: String
    /// The goal's number in that workspace.
    public var goal: GoalNumber

    /// A link to a goal of a workspace.
    public init(workspace: String, goal: GoalNumber) {
        self.workspace = workspace
        self.goal = goal
    }

    /// Reads `workspace:number`; nil when the text is not of that shape (a workspace name of
    /// letters, digits, `-`, `_` or `.`, then a colon, then a goal number).
    public init?(_ text: String) {
        guard let colon = text.lastIndex(of: ":") else { return nil }
        let name = String(text[..<colon])
        guard !name.isEmpty, name.unicodeScalars.allSatisfy(Self.isNameScalar),
              let goal = GoalNumber(String(text[text.index(after: colon)...])) else { return nil }
        self.init(workspace: name, goal: goal)
    }

    /// `workspace:number`.
    public var description: String { "\(workspace):\(goal)" }

    /// Whether a character may stand in a workspace name that a link names.
    public static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_.".unicodeScalars.contains(scalar)
    }

    /// Written as its text, `ks2024:2`.
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let link = GoalLink(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                debugDescription: "\"\(text)\" is not a goal of another workspace (workspace:number)"))
        }
        self = link
    }

    /// Written as its text, `ks2024:2`.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
