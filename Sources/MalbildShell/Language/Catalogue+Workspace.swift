extension Catalogue {
    /// The workspace's record, the diff and the log.
    static let workspace: [Key: Phrase] = [
        .stepAdded: Phrase("Added step {0} to the decision path.", "Lade till steg {0} i beslutsgången."),
        .stepRemoved: Phrase("Removed step {0} of the decision path.", "Tog bort steg {0} ur beslutsgången."),
        .infoCleared: Phrase("Cleared the workspace's {0}.", "Tömde arbetsytans {0}."),
        .infoSet: Phrase("Workspace {0}: {1}", "Arbetsytans {0}: {1}"),
        .infoAdded: Phrase("Added {0} {1}: {2}", "Lade till {0} {1}: {2}"),
        .infoRemoved: Phrase("Removed {0} {1}.", "Tog bort {0} {1}."),
        .diffNoFile: Phrase("this workspace has not been saved to a file yet: nothing to compare with (diff FILE compares with another file)",
                            "arbetsytan har inte sparats i en fil än: det finns inget att jämföra med (skillnad FIL jämför med en annan fil)"),
        .thisSession: Phrase("this session", "den här sessionen"),
        .noDifferences: Phrase("No differences.", "Inga skillnader."),
        .differencesCount: Phrase("{0} {0:difference|differences}.", "{0} {0:skillnad|skillnader}."),
        .diffGoal: Phrase("goal {0}: ", "mål {0}: "),
        .diffWorkspace: Phrase("workspace: ", "arbetsytan: "),
        .noChangesLogged: Phrase("No changes logged.", "Inga ändringar är loggade."),
        .logBefore: Phrase("  before:", "  före:"),
        .logAfter: Phrase("  after:", "  efter:"),
    ]
}
