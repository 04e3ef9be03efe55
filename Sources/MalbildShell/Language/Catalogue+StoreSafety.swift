extension Catalogue {
    /// Files kept safe: journals read step by step, locks and files checked before writing,
    /// names and companions refused, work kept when a script moves on.
    static let storeSafety: [Key: Phrase] = [
        .journalLinesSetAside: Phrase(
            "line {0} of the journal of {1} cannot be read ({2}); the {3} {3:change|changes} before it {3:was|were} recovered, and {4} {4:line|lines} from there on {4:was|were} kept aside in {5}",
            "rad {0} i journalen för {1} går inte att läsa ({2}); {3} {3:ändring|ändringar} före den återställdes, och {4} {4:rad|rader} därifrån sparades undan i {5}"),
        .fileChangedOnDisk: Phrase(
            "{0} was changed on disk since this session read or saved it (by another program or session); it was not written over. Keep this session's work with save OTHER.json",
            "{0} har ändrats på disken sedan den här sessionen läste eller sparade den (av ett annat program eller en annan session); den skrevs inte över. Behåll sessionens arbete med spara ANNAN.json"),
        .controlCharacterInName: Phrase(
            "the file name {0} holds a control character (such as a line break); choose a name without one",
            "filnamnet {0} innehåller ett styrtecken (till exempel en radbrytning); välj ett namn utan"),
        .companionNotWritten: Phrase(
            "{0} is {1}: it is never written over; choose another file",
            "{0} är {1}: den skrivs aldrig över; välj en annan fil"),
        .companionJournal: Phrase("the journal of a workspace", "journalen för en arbetsyta"),
        .companionLock: Phrase("the lock of a workspace", "låset för en arbetsyta"),
        .companionKeptAside: Phrase("a journal kept aside", "en journal som sparats undan"),
        .companionTemporary: Phrase("a temporary file of a save", "en tillfällig fil från en sparning"),
        .savedWithEnding: Phrase("Saved {0} (.json added to the name).", "Sparade {0} (.json lades till namnet)."),
        .demoStarted: Phrase("Opened {0}, without a file: save FILE writes it.", "Öppnade {0}, utan fil: spara FIL skriver den."),
        .scratchKeptForRecover: Phrase(
            "{0} {0:change|changes} to {1} {0:was|were} not saved; {0:it is|they are} kept in the state folder and recover brings {0:it|them} back",
            "{0} {0:ändring|ändringar} i {1} sparades inte; {0:den|de} sparas undan i tillståndsmappen och återställ tar tillbaka {0:den|dem}"),
        .diffSessionStart: Phrase("the start of this session", "sessionens början"),
    ]
}
