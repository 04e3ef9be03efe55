extension Catalogue {
    /// Recording sessions and replaying them.
    static let recording: [Key: Phrase] = [
        .alreadyRecording: Phrase("already recording to {0}: record stop first", "spelar redan in till {0}: spela-in stopp först"),
        .recordingTo: Phrase("Recording to {0}: each command that works is written there with the time and the goal. record stop ends it.",
                             "Spelar in till {0}: varje kommando som lyckas skrivs dit med tid och mål. spela-in stopp avslutar."),
        .notRecording: Phrase("not recording: record start FILE begins", "ingen inspelning pågår: spela-in starta FIL börjar en"),
        .recordingStopped: Phrase("Stopped recording: {0} {0:command|commands} in {1}.", "Inspelningen är slut: {0} {0:kommando|kommandon} i {1}."),
        .recordExists: Phrase("{0} exists already: record into a new file", "{0} finns redan: spela in till en ny fil"),
        .cannotCreate: Phrase("cannot create {0}", "kan inte skapa {0}"),
        .cannotWriteFile: Phrase("cannot write {0}", "kan inte skriva {0}"),
        .doesNotExist: Phrase("{0} does not exist", "{0} finns inte"),
        .notUTF8: Phrase("cannot read {0} as UTF-8 text", "kan inte läsa {0} som UTF-8-text"),
        .stepNeedsTerminal: Phrase("replay --step needs a terminal to wait for Enter", "spela-upp --steg behöver en terminal för att vänta på Enter"),
        .stepQuestion: Phrase("Enter runs it, s skips, q stops, h stays here: ", "Enter kör, s hoppar över, q avbryter, h stannar här: "),
        .stoppedAt: Phrase("Stopped at {0} of {1}.", "Avbröt vid {0} av {1}."),
        .scriptEndsUnfinished: Phrase("the script ends inside an unfinished command (an open quote or a final \\)",
                                      "skriptet slutar mitt i ett ofullständigt kommando (ett öppet citattecken eller ett \\ sist)"),
        .replayed: Phrase("Replayed {0} of {1} {1:command|commands}", "Spelade upp {0} av {1} {1:kommando|kommandon}"),
        .replaySkipped: Phrase("; skipped {0}", "; hoppade över {0}"),
        .replayFailed: Phrase("; {0} failed", "; {0} misslyckades"),
        .replayOnCopy: Phrase(", on a copy: this session's workspace is unchanged.", ", på en kopia: den här sessionens arbetsyta är oförändrad."),
        .replayNotClean: Phrase("{0}: the replay did not go through cleanly", "{0}: uppspelningen gick inte igenom utan fel"),
        .replayStartUnreadable: Phrase("the script starts from {0}, which cannot be read: {1}", "skriptet utgår från {0}, som inte går att läsa: {1}"),
    ]
}
