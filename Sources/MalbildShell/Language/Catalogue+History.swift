extension Catalogue {
    /// Undo and redo.
    static let history: [Key: Phrase] = [
        .undid: Phrase("Undid: {0}.", "Ångrade: {0}."),
        .nothingToUndo: Phrase("Nothing to undo.", "Det finns inget att ångra."),
        .redid: Phrase("Redid: {0}.", "Gjorde om: {0}."),
        .nothingToRedo: Phrase("Nothing to redo.", "Det finns inget att göra om."),
    ]
}
