extension Catalogue {
    /// Every command's help in Swedish, by command name.
    public static let swedishHelp: [String: CommandHelp] = [:]
}
