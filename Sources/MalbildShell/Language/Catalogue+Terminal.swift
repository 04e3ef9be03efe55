extension Catalogue {
    /// The live meeting at a terminal: continuing and dropping commands, pasting, editing
    /// texts in place, leaving.
    static let terminal: [Key: Phrase] = [
        .upBringsItBack: Phrase("Up brings it back.", "Pil upp tar tillbaka det."),
        .continuesInQuote: Phrase(
            "(the text goes on until its closing \"; Ctrl-C drops the command)",
            "(texten fortsätter till det avslutande \"; Ctrl-C slänger kommandot)"),
        .continuesAfterBackslash: Phrase(
            "(the command goes on on the next line; Ctrl-C drops it)",
            "(kommandot fortsätter på nästa rad; Ctrl-C slänger det)"),
            .leaveQuestion: Phrase(
            "There {0:is 1 unsaved change|are # unsaved changes}.",
            "Det finns {0:1 osparad ändring|# osparade ändringar}."),
        .leaveChoices: Phrase(
            "[s]ave, [l]eave without saving, [c]ancel:",
            "[s]para, [l]ämna utan att spara, [a]vbryt:"),
        .leaveKeys: Phrase(
            "Type s to save, l to leave without saving, or c (or Enter) to stay.",
            "Skriv s för att spara, l för att lämna utan att spara, eller a (eller Enter) för att stanna."),
        .saveAsQuestion: Phrase("Save as (file name):", "Spara som (filnamn):"),
        .changesKeptForOpen: Phrase(
            "{0} unsaved {0:change stays|changes stay} in {1}.journal: opening the file again brings {0:it|them} back.",
            "{0} {0:osparad ändring ligger|osparade ändringar ligger} kvar i {1}.journal: när filen öppnas igen kommer {0:den|de} tillbaka."),
        .changesKeptForRecover: Phrase(
            "{0} unsaved {0:change is|changes are} kept: \"recover\" in the next session brings {0:it|them} back.",
            "{0} {0:osparad ändring sparas|osparade ändringar sparas} undan: \"återställ\" i nästa session tar tillbaka {0:den|dem}."),
            .editPrompt: Phrase("{0}: ", "{0}: "),
            .editFieldTitle: Phrase("title", "rubrik"),
            .editFieldAmbition: Phrase("ambition level", "ambitionsnivå"),
        .editLeftUnchanged: Phrase("Goal {0} is unchanged.", "Mål {0} är oförändrat."),
        .editNeedsTerminal: Phrase(
            "edit needs a terminal to edit on; in a script, use set (set ambition \"…\")",
            "redigera behöver en terminal att redigera på; i ett skript, använd sätt (sätt ambitionsnivå \"…\")"),
        .noEditorFound: Phrase(
            "no editor found: set VISUAL or EDITOR (export EDITOR=nano), or leave out --editor to edit on the line",
            "ingen editor hittades: ange VISUAL eller EDITOR (export EDITOR=nano), eller utelämna --editor för att redigera på raden"),
        .editorFailed: Phrase("the editor {0} did not finish ({1}); nothing was changed",
                              "editorn {0} avslutades inte som den skulle ({1}); inget ändrades"),
        .exitStatus: Phrase("exit status {0}", "slutstatus {0}"),
        .programDidNotEnd: Phrase("it could not start, or was ended by a signal", "det gick inte att starta, eller avbröts av en signal"),
            .stepKeys: Phrase(
            "Only Enter runs the command; s skips it, q stops the replay, h stops and stays at this point to look around.",
            "Bara Enter kör kommandot; s hoppar över det, q avbryter uppspelningen, h avbryter och stannar här för att se sig om."),
        .stayingHere: Phrase("You are at the replayed state.", "Du är vid det uppspelade läget."),
        .stayingOnCopy: Phrase(
            "You are at the replayed state, on the copy: look around; it has no file (save FILE keeps it).",
            "Du är vid det uppspelade läget, på kopian: se dig om; den har ingen fil (spara FIL behåller den)."),
            .stayNeedsHere: Phrase(
            "This replay runs on a copy, which ends with it: to stay at the replayed state, replay with --here (or malbild replay FILE --step).",
            "Den här uppspelningen körs på en kopia, som försvinner med den: för att stanna vid det uppspelade läget, spela upp med --här (eller malbild replay FIL --steg)."),
            .pagerPrompt: Phrase("-- line {0} of {1}: Enter for more, q to stop -- ",
                             "-- rad {0} av {1}: Enter för mer, q för att sluta -- "),
    ]
}
