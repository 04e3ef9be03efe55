import MalbildCore
import MalbildStore

extension Catalogue {
    /// The whole screen in Swedish: criteria, store errors, names of places.
    static let swedish: [Key: Phrase] = [
        .formerAliasNote: Phrase("\"{0}\" now means {1}; this line ran {2}, which is now written \"{3}\"",
                                 "\"{0}\" betyder nu något annat ({1}); raden kördes som {2}, som nu skrivs \"{3}\""),
        .importNewValues: Phrase("{0} new {0:value|values} ({1})", "{0} {0:nytt värde|nya värden} ({1})"),
        .importCorrected: Phrase("{0} corrected ({1})", "{0} {0:rättat|rättade} ({1})"),
        .importRemoved: Phrase("{0} removed as in the source ({1})", "{0} {0:borttaget|borttagna} som i källan ({1})"),
        .importUnchanged: Phrase("{0} unchanged", "{0} {0:oförändrat|oförändrade}"),
        .importNothing: Phrase("nothing to import", "inget att läsa in"),
        .importIndicatorLine: Phrase("{0} (goal {1}): {2}", "{0} (mål {1}): {2}"),
        .untitledName: Phrase("untitled", "namnlös"),
        .englishNamesToo: Phrase("Every command also takes its English name (language en shows them).",
                                 "Varje kommando tar också sitt engelska namn (språk en visar dem)."),
        // Comments of recorded and exported scripts.
        .recordHeader: Phrase("Målbild session recorded {0} by {1} on {2}", "Målbild-session inspelad {0} av {1} på {2}"),
        .recordStartsUnsaved: Phrase("It starts from the workspace as it was then, which no file holds: replay it on a copy of that.",
                                     "Den börjar från arbetsytan som den var då, som ingen fil har: spela upp den på en kopia av den."),
        .recordNoGoal: Phrase("no goal chosen", "inget mål valt"),
        .exportHeader: Phrase("The workspace {0} as a Målbild script: malbild run FILE rebuilds it.",
                              "Arbetsytan {0} som ett Målbild-skript: malbild run FIL bygger upp den igen."),
        // The command line: its help and its errors.
        .cliUsage: Phrase(
            """
            usage: malbild [FILE.json | --demo] [--interactive | --batch] [--user NAME] [--lang sv|en]
                   malbild run SCRIPT.mal [--workspace FILE.json | --demo] [--echo] [--bail] [--user NAME]
                   malbild replay SCRIPT.mal [--step] [--workspace FILE.json | --demo]
                   malbild report WORKSPACE.json|--demo [--checkpoint delår1|delår2|helår]
                          [--format md|html|csv|json] [--out FILE] [--csv-style excel|plain]
                   malbild diff A.json B.json
                   malbild import-decision DECISION.pdf|.docx|.txt --out WORKSPACE.json
                   malbild store init|list|members ADDRESS
                   malbild store grant ADDRESS ROLE read|write | store revoke ADDRESS ROLE
                   malbild push WORKSPACE.json ADDRESS | malbild pull ADDRESS WORKSPACE.json
                   malbild --help | --version

            Målbild is a line-editing shell for a municipal board's goals: ambition levels,
            the three criteria, and their follow-up.

              malbild               open the last workspace, or start an empty one
              malbild FILE.json     open a workspace file (created by the first save)
              malbild --demo        open the built-in demo: Kommunstyrelsens mål 2019, Vaggeryd
              malbild run SCRIPT    run a script without a prompt; input that is not a terminal
                                    runs the same way
              malbild replay SCRIPT show a recorded session command by command (--step: wait
                                    at each); without a workspace it runs on a copy of where
                                    the script starts
              malbild report WS     the interim or annual report of a workspace file (or the demo)
              malbild diff A B      what differs between two workspace files, goal by goal
              malbild import-decision FILE --out WS.json
                                    read a goal decision (text, PDF or Word) into a new
                                    workspace file; lines not placed are kept as notes
              malbild ADDRESS       open a workspace in a shared PostgreSQL store,
                                    postgresql://HOST/DATABASE?workspace=NAME (or MALBILD_STORE)
              malbild store init ADDRESS
                                    make or migrate the store's tables, and the workspace named
              malbild store grant ADDRESS ROLE read|write
                                    let a PostgreSQL role read, or read and write, a workspace
              malbild push WS.json ADDRESS / malbild pull ADDRESS WS.json
                                    move a workspace, its log included, to the store or to a new file

            Options:
              --workspace FILE  the workspace a script runs on (default: an empty one)
              --demo            run on the built-in demo workspace
              --echo            print each command of a script before its output
              --step            with replay: wait at each command (Enter runs, s skips, q stops)
              --bail            stop at the first failing command
              --user NAME       the name changes are logged under (default: the login name)
              --no-init         do not run ~/.config/malbild/init.mal at an interactive start
              --lang sv|en      the language of messages and help: svenska or English (default:
                                MALBILD_LANG, then LANG; else English); "language sv" switches inside
              --interactive     line editing and questions even if not at a terminal
              --batch           no prompt, no questions, even at a terminal
              --help            this text
              --version         the version

            Exit codes: 0 all went well; 1 a command failed and the run went on;
            2 the command line was wrong or its files could not be opened; 3 stopped at the
            first failure under --bail.

            Inside the shell, "help" lists the commands.
            """,
            """
            användning: malbild [FIL.json | --demo] [--interactive | --batch] [--user NAMN] [--lang sv|en]
                   malbild run SKRIPT.mal [--workspace FIL.json | --demo] [--echo] [--bail] [--user NAMN]
                   malbild replay SKRIPT.mal [--step] [--workspace FIL.json | --demo]
                   malbild report ARBETSYTA.json|--demo [--checkpoint delår1|delår2|helår]
                          [--format md|html|csv|json] [--out FIL] [--csv-style excel|plain]
                   malbild diff A.json B.json
                   malbild import-decision BESLUT.pdf|.docx|.txt --out ARBETSYTA.json
                   malbild store init|list|members ADRESS
                   malbild store grant ADRESS ROLL läsa|skriva | store revoke ADRESS ROLL
                   malbild push ARBETSYTA.json ADRESS | malbild pull ADRESS ARBETSYTA.json
                   malbild --help | --version

            Målbild är ett radredigerande skal för en kommunstyrelses mål: ambitionsnivåer,
            de tre kriterierna och deras uppföljning.

              malbild               öppna den senaste arbetsytan, eller börja en tom
              malbild FIL.json      öppna en arbetsytefil (skapas när den sparas första gången)
              malbild --demo        öppna det inbyggda demot: Kommunstyrelsens mål 2019, Vaggeryd
              malbild run SKRIPT    kör ett skript utan prompt; indata som inte är en terminal
                                    körs på samma sätt
              malbild replay SKRIPT visa en inspelad session kommando för kommando (--step: vänta
                                    vid varje); utan arbetsyta körs den på en kopia av där
                                    skriptet börjar
              malbild report AY     delårsrapporten eller årsredovisningen för en arbetsytefil (eller demot)
              malbild diff A B      vad som skiljer två arbetsytefiler åt, mål för mål
              malbild import-decision FIL --out AY.json
                                    läs ett målbeslut (text, PDF eller Word) till en ny
                                    arbetsytefil; rader som inte placeras sparas som anteckningar
              malbild ADRESS        öppna en arbetsyta i ett delat PostgreSQL-lager,
                                    postgresql://VÄRD/DATABAS?workspace=NAMN (eller MALBILD_STORE)
              malbild store init ADRESS
                                    skapa eller uppgradera lagrets tabeller, och arbetsytan som anges
              malbild store grant ADRESS ROLL läsa|skriva
                                    låt en PostgreSQL-roll läsa, eller läsa och skriva, en arbetsyta
              malbild push AY.json ADRESS / malbild pull ADRESS AY.json
                                    flytta en arbetsyta med dess logg till lagret eller till en ny fil

            Flaggor:
              --workspace FIL   arbetsytan som ett skript körs på (annars en tom)
              --demo            kör på det inbyggda demot
              --echo            skriv ut varje kommando i ett skript före dess utdata
              --step            med replay: vänta vid varje kommando (Enter kör, s hoppar över, q slutar)
              --bail            sluta vid första kommandot som misslyckas
              --user NAMN       namnet som ändringar loggas under (annars inloggningsnamnet)
              --no-init         kör inte ~/.config/malbild/init.mal vid en interaktiv start
              --lang sv|en      språket för meddelanden och hjälp: svenska eller engelska (annars
                                MALBILD_LANG, sedan LANG; annars engelska); "språk sv" byter inne i skalet
              --interactive     radredigering och frågor även utan terminal
              --batch           ingen prompt och inga frågor, även vid en terminal
              --help            den här texten
              --version         versionen

            Slutkoder: 0 allt gick bra; 1 ett kommando misslyckades och körningen fortsatte;
            2 kommandoraden var fel eller dess filer kunde inte öppnas; 3 stoppade vid första
            felet med --bail.

            Inne i skalet listar "hjälp" kommandona.
            """),
        .cliDiffNeedsTwoFiles: Phrase("diff needs two workspace files: malbild diff A.json B.json",
                                      "diff behöver två arbetsytefiler: malbild diff A.json B.json"),
        .cliDecisionNeedsFile: Phrase("import-decision needs a decision file: malbild import-decision FILE --out WS.json",
                                      "import-decision behöver en beslutsfil: malbild import-decision FIL --out AY.json"),
        .cliNeedsScript: Phrase("{0} needs a script file: malbild {0} SCRIPT.mal", "{0} behöver en skriptfil: malbild {0} SKRIPT.mal"),
        .cliGoesWithReport: Phrase("{0} goes with malbild report", "{0} hör till malbild report"),
        .cliNeedsValue: Phrase("{0} needs a value", "{0} behöver ett värde"),
        .cliLangNeedsWord: Phrase("--lang needs sv or en: --lang sv", "--lang behöver sv eller en: --lang sv"),
        .cliUserNeedsName: Phrase("--user needs a name: --user anna", "--user behöver ett namn: --user anna"),
        .cliWorkspaceNeedsFile: Phrase("--workspace needs a file: --workspace FILE.json", "--workspace behöver en fil: --workspace FIL.json"),
        .cliUnknownOption: Phrase("unknown option \"{0}\"", "okänd flagga \"{0}\""),
        .cliUnexpectedArgument: Phrase("unexpected argument \"{0}\"", "oväntat argument \"{0}\""),
        .cliReportNeedsWorkspace: Phrase("report needs a workspace: malbild report FILE.json (or --demo)",
                                         "report behöver en arbetsyta: malbild report FIL.json (eller --demo)"),
        .cliDecisionNeedsOut: Phrase("import-decision needs --out: malbild import-decision FILE --out WS.json",
                                     "import-decision behöver --out: malbild import-decision FIL --out AY.json"),
        .cliDemoAndFile: Phrase("--demo and a workspace file exclude each other: open the demo and \"save FILE\" to keep a copy",
                                "--demo och en arbetsytefil utesluter varandra: öppna demot och \"spara FIL\" för att behålla en kopia"),
        // The store's errors: files, lock, journal, state folder, importers.
        .storeMissing: Phrase("{0} does not exist", "{0} finns inte"),
        .storeNotReadable: Phrase("{0} cannot be read: {1}", "{0} kan inte läsas: {1}"),
        .storeNotJSONAt: Phrase("{0} is not valid JSON: {1} at line {2}, column {3}", "{0} är inte giltig JSON: {1} på rad {2}, kolumn {3}"),
        .storeNotJSON: Phrase("{0} is not valid JSON: {1}", "{0} är inte giltig JSON: {1}"),
        .fileIsFolder: Phrase("{0} is a folder, not a workspace file", "{0} är en mapp, inte en arbetsytefil"),
        .fileNotAnObject: Phrase("{0} is not a Målbild workspace: the file is JSON but not an object",
                                 "{0} är ingen Målbild-arbetsyta: filen är JSON men inget objekt"),
        .fileNoFormatVersion: Phrase("{0} is not a Målbild workspace: it has no \"formatVersion\"",
                                     "{0} är ingen Målbild-arbetsyta: den har ingen \"formatVersion\""),
        .fileBadFormatVersion: Phrase("{0} is not a Målbild workspace: its \"formatVersion\" is not a whole number ({1})",
                                      "{0} är ingen Målbild-arbetsyta: dess \"formatVersion\" är inget heltal ({1})"),
        .fileNewerFormat: Phrase("{0} was written by a newer Målbild (format {1}); this version reads format {2}",
                                 "{0} skrevs av en nyare Målbild (format {1}); den här versionen läser format {2}"),
        .fileUnknownFormat: Phrase("{0} has format {1}, which Målbild does not know; this version reads format {2}",
                                   "{0} har format {1}, som Målbild inte känner till; den här versionen läser format {2}"),
        .fileNoWorkspace: Phrase("{0} is not a Målbild workspace: it has no \"workspace\" object",
                                 "{0} är ingen Målbild-arbetsyta: den har inget \"workspace\"-objekt"),
        .fileWrongShape: Phrase("{0} does not hold a valid workspace{1}: {2}", "{0} innehåller ingen giltig arbetsyta{1}: {2}"),
        .fileWrongShapeAt: Phrase(" at {0}", " vid {0}"),
        .fileCannotEncode: Phrase("cannot save {0}: the workspace could not be encoded ({1}); the file was not changed",
                                  "kan inte spara {0}: arbetsytan kunde inte kodas ({1}); filen ändrades inte"),
        .fileCannotWrite: Phrase("cannot save {0}: {1}; the file was not changed", "kan inte spara {0}: {1}; filen ändrades inte"),
        .fileNotRegular: Phrase("{0} is {1}, not a workspace file; it was neither read nor written",
                                "{0} är {1}, ingen arbetsytefil; den varken lästes eller skrevs"),
        .fileReadOnly: Phrase("cannot save {0}: the file is read-only; it was not changed (make it writable, or save to another file with save FILE.json)",
                              "kan inte spara {0}: filen är skrivskyddad; den ändrades inte (gör den skrivbar, eller spara till en annan fil med spara FIL.json)"),
        .lockHeld: Phrase("{0} is open in another Målbild session ({1}); close it there first, or if no such session runs any more, delete {2}",
                          "{0} är öppen i en annan Målbild-session ({1}); stäng den där först, eller om ingen sådan session körs längre, ta bort {2}"),
        .lockHeldOnHost: Phrase("{0} is open in another Målbild session on {1} ({2}); close it there first, or if that session is gone, delete {3}",
                                "{0} är öppen i en annan Målbild-session på {1} ({2}); stäng den där först, eller om den sessionen är borta, ta bort {3}"),
        .lockUnreadable: Phrase("{0} may be open in another Målbild session: its lock file {1} cannot be read ({2}); if no other session has it open, delete {1}",
                                "{0} kan vara öppen i en annan Målbild-session: dess låsfil {1} kan inte läsas ({2}); om ingen annan session har den öppen, ta bort {1}"),
        .lockCannotCreate: Phrase("cannot lock {0}: {1}", "kan inte låsa {0}: {1}"),
        .lockLostTaken: Phrase("was taken by another Målbild session ({0})", "togs av en annan Målbild-session ({0})"),
        .lockLostRemoved: Phrase("was removed", "togs bort"),
        .lockLost: Phrase("this session no longer holds {0}: its lock {1} {2} while the file was open; nothing was written to the file or its journal. Keep this session's work with save OTHER.json",
                          "den här sessionen håller inte längre {0}: dess lås {1} {2} medan filen var öppen; inget skrevs till filen eller dess journal. Behåll sessionens arbete med spara ANNAN.json"),
        .lockJournalInUse: Phrase("{0} is open in another Målbild session (process {1}): its journal is still written by it although its lock {2} was removed; close that session first",
                                  "{0} är öppen i en annan Målbild-session (process {1}): dess journal skrivs fortfarande av den fast låset {2} togs bort; stäng den sessionen först"),
        .lockBusy: Phrase("cannot lock {0}: its lock file {1} kept changing while it was being taken; try again",
                          "kan inte låsa {0}: dess låsfil {1} ändrades hela tiden medan den togs; försök igen"),
        .journalKeep: Phrase("so nothing is lost, and {0} opens as it was last saved", "så att inget går förlorat, och {0} öppnas som den senast sparades"),
        .journalOtherVersion: Phrase("the journal {0} holds unsaved changes for another version of {1} (the file was changed after the journal was started); it was moved to {2} {3}",
                                     "journalen {0} har osparade ändringar för en annan version av {1} (filen ändrades efter att journalen började); den flyttades till {2} {3}"),
        .journalNotAJournal: Phrase("{0} is not a Målbild journal ({1}); it was moved to {2} {3}",
                                    "{0} är ingen Målbild-journal ({1}); den flyttades till {2} {3}"),
        .journalDamagedLine: Phrase("line {0} of the journal {1} cannot be read ({2}); the journal was moved to {3} {4}",
                                    "rad {0} i journalen {1} kan inte läsas ({2}); journalen flyttades till {3} {4}"),
        .journalCannotCheck: Phrase("cannot check the journal {0} against {1}: {2}", "kan inte pröva journalen {0} mot {1}: {2}"),
        .journalCannotRead: Phrase("cannot read the journal {0}: {1}", "kan inte läsa journalen {0}: {1}"),
        .journalCannotWrite: Phrase("cannot write the journal {0}: {1}", "kan inte skriva journalen {0}: {1}"),
        .journalCannotEncode: Phrase("cannot record a change in the journal {0}: it could not be encoded ({1})",
                                     "kan inte föra in en ändring i journalen {0}: den kunde inte kodas ({1})"),
        .journalClosed: Phrase("the journal {0} was discarded or closed; no more changes can be recorded in it",
                               "journalen {0} kastades eller stängdes; inga fler ändringar kan föras in i den"),
        .stateCannotRead: Phrase("cannot read {0}: {1}", "kan inte läsa {0}: {1}"),
        .stateCannotWrite: Phrase("cannot write {0}: {1}", "kan inte skriva {0}: {1}"),
        .koladaNoMunicipality: Phrase("the workspace has no Kolada municipality id (four digits, e.g. 0665 for Vaggeryd)",
                                      "arbetsytan har inget kommun-id för Kolada (fyra siffror, t.ex. 0665 för Vaggeryd)"),
        .koladaNoIndicators: Phrase("no indicator has a Kolada source: give one the source kolada:KPI, e.g. kolada:N00945",
                                    "ingen indikator har Kolada som källa: ge en källan kolada:KPI, t.ex. kolada:N00945"),
        .koladaNoYears: Phrase("no years were given to download", "inga år angavs att ladda ner"),
        .koladaURLsNotAPlace: Phrase("\"{0}\" is not a Kolada id: four digits for a municipality (0680), the country (0000) or a region (0001–0025), or G and digits for a group (G37572)",
                                 "\"{0}\" är inget Kolada-id: fyra siffror för en kommun (0680), hela landet (0000) eller en region (0001–0025), eller G och siffror för en grupp (G37572)"),
        .koladaFileIsFolder: Phrase("{0} is a folder, not a Kolada data file", "{0} är en mapp, inte en datafil från Kolada"),
        .koladaFileEmpty: Phrase("{0} is empty: a Kolada data file is JSON such as {\"values\": [...]}",
                                 "{0} är tom: en datafil från Kolada är JSON som {\"values\": [...]}"),
        .koladaFileShape: Phrase("{0} does not have Kolada's shape: {1}{2}", "{0} har inte Koladas form: {1}{2}"),
        .csvIsFolder: Phrase("{0} is a folder, not a spreadsheet of values", "{0} är en mapp, inte ett kalkylblad med värden"),
        .csvEmpty: Phrase("{0} is empty: it needs a header row, such as indikator;datum;värde;kvinnor;män",
                          "{0} är tom: den behöver en rubrikrad, som indikator;datum;värde;kvinnor;män"),
        .csvMissingColumns: Phrase("{0} has no column for {1}: it has {2}. Name the columns indicator, date (or checkpoint), value, women, men, status, or in Swedish indikator, datum, värde, kvinnor, män, status",
                                   "{0} har ingen kolumn för {1}: den har {2}. Kalla kolumnerna indikator, datum (eller tidpunkt), värde, kvinnor, män, status (de engelska namnen går också)"),
        .csvColumnIndicator: Phrase("the indicator", "indikatorn"),
        .csvColumnDate: Phrase("the date (or checkpoint)", "datumet (eller avstämningen)"),
        .csvColumnValue: Phrase("a value (value, women or men)", "ett värde (värde, kvinnor eller män)"),
        .csvColumnStatus: Phrase("the status", "statusen"),
        .csvListAnd: Phrase(" and ", " och "),
        .csvNoHeaders: Phrase("no headers", "inga rubriker"),
        .csvTheHeaders: Phrase("the headers {0}", "rubrikerna {0}"),
        .csvDuplicateColumn: Phrase("{0} has two columns for the {1}: columns {2} and {3}", "{0} har två kolumner för {1}: kolumn {2} och {3}"),
        .csvBadLines: Phrase("{0}: {1:1 line cannot|# lines cannot} be imported, so nothing was imported",
                             "{0}: {1:1 rad kan|# rader kan} inte läsas in, så inget lästes in"),
        .csvLine: Phrase("line {0}: {1}", "rad {0}: {1}"),
        .csvTooManyFields: Phrase("it has {0} fields but the header has {1}", "den har {0} fält men rubrikraden har {1}"),
        .csvDecimalCommaHint: Phrase(" (a decimal comma in a comma-separated file? write 52.5, or put the number in quotes: \"52,5\")",
                                     " (ett decimalkomma i en kommaseparerad fil? skriv 52.5, eller sätt talet inom citattecken: \"52,5\")"),
        .csvNotANumber: Phrase("\"{0}\" is not a number ({1}); write e.g. 52.5 or 52,5, or leave the cell empty",
                               "\"{0}\" är inget tal ({1}); skriv t.ex. 52,5 eller 52.5, eller lämna cellen tom"),
        .csvNoIndicator: Phrase("there is no indicator id", "det finns inget indikator-id"),
        .csvNoDate: Phrase("there is no date or checkpoint", "det finns inget datum eller någon avstämning"),
        .csvNoValue: Phrase("there is no value: give a value, or - and a status saying why it is missing",
                            "det finns inget värde: ange ett värde, eller - och en status som säger varför det saknas"),
        .csvUnknownIndicatorNone: Phrase("there is no indicator \"{0}\": the workspace has none yet", "det finns ingen indikator \"{0}\": arbetsytan har inga än"),
        .csvUnknownIndicator: Phrase("there is no indicator \"{0}\": the indicators are {1}", "det finns ingen indikator \"{0}\": indikatorerna är {1}"),
        .csvNotADate: Phrase("\"{0}\" is neither a date (YYYY-MM-DD, e.g. 2019-04-30) nor a checkpoint ({1})",
                             "\"{0}\" är varken ett datum (ÅÅÅÅ-MM-DD, t.ex. 2019-04-30) eller en avstämning ({1})"),
        .csvDuplicate: Phrase("{0} has a value for {1} on line {2} already", "{0} har redan ett värde för {1} på rad {2}"),
        .csvUnclosedQuote: Phrase("{0}:{1}: a quoted field opens here and is never closed",
                                  "{0}:{1}: ett fält inom citattecken börjar här och avslutas aldrig"),
    ]

    /// The store's errors in this language; nil for an error of another kind.
    func describeStore(_ error: Error) -> String? {
        switch error {
        case let e as WorkspaceFileError: return describe(e)
        case let e as WorkspaceLockError: return describe(e)
        case let e as JournalError: return describe(e)
        case let e as StateDirectoryError:
            switch e.fault {
            case .cannotRead(let reason): return self(.stateCannotRead, e.path, reason)
            case .cannotWrite(let reason): return self(.stateCannotWrite, e.path, reason)
            }
        case let e as KoladaURLsError:
            switch e {
            case .noMunicipality: return self(.koladaNoMunicipality)
            case .noKoladaIndicators: return self(.koladaNoIndicators)
            case .noYears: return self(.koladaNoYears)
            case .notAPlace(let id): return self(.koladaURLsNotAPlace, id)
            }
        case let e as KoladaFileError:
            switch e.fault {
            case .missing: return self(.storeMissing, e.path)
            case .isFolder: return self(.koladaFileIsFolder, e.path)
            case .notReadable(let reason): return self(.storeNotReadable, e.path, reason)
            case .empty: return self(.koladaFileEmpty, e.path)
            case let .notJSON(line, column, detail): return self(.storeNotJSONAt, e.path, detail, line, column)
            case let .wrongShape(place, detail): return self(.koladaFileShape, e.path, place.isEmpty ? "" : "\(place): ", detail)
            }
        case let e as MeasurementCSVError:
            switch e.fault {
            case .missing: return self(.storeMissing, e.path)
            case .isFolder: return self(.csvIsFolder, e.path)
            case .notReadable(let reason): return self(.storeNotReadable, e.path, reason)
            case .empty: return self(.csvEmpty, e.path)
            case .unclosedQuote(let line): return self(.csvUnclosedQuote, e.path, line)
            case let .missingColumns(missing, found):
                let names = missing.map { column -> String in
                    switch column {
                    case .indicator: return self(.csvColumnIndicator)
                    case .when: return self(.csvColumnDate)
                    case .value, .women, .men: return self(.csvColumnValue)
                    case .status: return self(.csvColumnStatus)
                    }
                }
                let list = names.count > 1 ? names.dropLast().joined(separator: ", ") + self(.csvListAnd) + (names.last ?? "") : names.joined()
                let has = found.isEmpty ? self(.csvNoHeaders) : self(.csvTheHeaders, found.map { "\"\($0)\"" }.joined(separator: ", "))
                return self(.csvMissingColumns, e.path, list, has)
            case let .duplicateColumn(column, first, second):
                return self(.csvDuplicateColumn, e.path, csvColumnWord(column), first, second)
            case .badLines(let lines):
                return ([self(.csvBadLines, e.path, lines.count)] + lines.map { "\(e.path):\($0.line): " + csvLineMessage($0) }).joined(separator: "\n")
            }
        default:
            return nil
        }
    }

    /// A column of a spreadsheet of values by its name in this language.
    private func csvColumnWord(_ column: MeasurementCSVColumn) -> String {
        guard language == .sv else { return column.rawValue }
        switch column {
        case .indicator: return "indikatorn"
        case .when: return "datumet"
        case .value: return "värdet"
        case .women: return "kvinnor"
        case .men: return "män"
        case .status: return "statusen"
        }
    }

    /// What is wrong with one line of a spreadsheet of values, without its number.
    func csvLineMessage(_ e: MeasurementCSVLineError) -> String {
        switch e.fault {
        case let .tooManyFields(found, expected, form):
            return self(.csvTooManyFields, found, expected) + (form == .plain ? self(.csvDecimalCommaHint) : "")
        case let .notANumber(column, text): return self(.csvNotANumber, text, column)
        case let .valueOutOfRange(column, text): return self(.valueTooLarge, text, column)
        case .noIndicator: return self(.csvNoIndicator)
        case .noDate: return self(.csvNoDate)
        case .noValue: return self(.csvNoValue)
        case let .unknownIndicator(id, known):
            guard !known.isEmpty else { return self(.csvUnknownIndicatorNone, id) }
            return self(.csvUnknownIndicator, id, known.prefix(12).joined(separator: ", ") + (known.count > 12 ? ", …" : ""))
        case .badDate(let error): return describe(error as Error)
        case let .notADateOrCheckpoint(text, checkpoints): return self(.csvNotADate, text, checkpoints.joined(separator: ", "))
        case let .discontinued(id, replacedBy): return self(.errIndicatorDiscontinued, id) + (replacedBy.map { self(.errRecordOn, $0) } ?? "")
        case let .duplicate(indicator, day, firstLine): return self(.csvDuplicate, indicator, day, firstLine)
        }
    }

    private func describe(_ e: WorkspaceFileError) -> String {
        let p = e.path
        switch e.fault {
        case .missing: return self(.storeMissing, p)
        case .isFolder: return self(.fileIsFolder, p)
        case .notReadable(let reason): return self(.storeNotReadable, p, reason)
        case let .notJSON(line, column, detail):
            if let line, let column { return self(.storeNotJSONAt, p, detail, line, column) }
            return self(.storeNotJSON, p, detail)
        case .notAnObject: return self(.fileNotAnObject, p)
        case .missingFormatVersion: return self(.fileNoFormatVersion, p)
        case .badFormatVersion(let detail): return self(.fileBadFormatVersion, p, detail)
        case let .newerFormat(found, readable): return self(.fileNewerFormat, p, found, readable)
        case let .unknownFormat(found, readable): return self(.fileUnknownFormat, p, found, readable)
        case .missingWorkspace: return self(.fileNoWorkspace, p)
        case let .wrongShape(place, detail): return self(.fileWrongShape, p, place.isEmpty ? "" : self(.fileWrongShapeAt, place), detail)
        case .cannotEncode(let detail): return self(.fileCannotEncode, p, detail)
        case .cannotWrite(let reason): return self(.fileCannotWrite, p, reason)
        case .notRegularFile(let kind): return self(.fileNotRegular, p, kind)
        case .readOnly: return self(.fileReadOnly, p)
        }
    }

    private func describe(_ e: WorkspaceLockError) -> String {
        switch e.fault {
        case .heldByAnotherSession(let holder): return self(.lockHeld, e.path, holderWords(holder), e.lockPath)
        case .heldOnAnotherHost(let holder): return self(.lockHeldOnHost, e.path, holder.host, holderWords(holder), e.lockPath)
        case .unreadableLock(let detail): return self(.lockUnreadable, e.path, e.lockPath, detail)
        case .cannotCreate(let reason): return self(.lockCannotCreate, e.path, reason)
        case .lost(let holder):
            let how = holder.map { self(.lockLostTaken, holderWords($0)) } ?? self(.lockLostRemoved)
            return self(.lockLost, e.path, e.lockPath, how)
        case .journalInUse(let pid): return self(.lockJournalInUse, e.path, pid, e.lockPath)
        case .busy: return self(.lockBusy, e.path, e.lockPath)
        }
    }

    private func describe(_ e: JournalError) -> String {
        let keep = self(.journalKeep, e.workspacePath)
        switch e.fault {
        case .belongsToAnotherVersion(let movedTo): return self(.journalOtherVersion, e.path, e.workspacePath, movedTo, keep)
        case let .notAJournal(detail, movedTo): return self(.journalNotAJournal, e.path, detail, movedTo, keep)
        case let .damagedLine(line, detail, movedTo): return self(.journalDamagedLine, line, e.path, detail, movedTo, keep)
        case .cannotReadWorkspace(let reason): return self(.journalCannotCheck, e.path, e.workspacePath, reason)
        case .cannotRead(let reason): return self(.journalCannotRead, e.path, reason)
        case .cannotWrite(let reason): return self(.journalCannotWrite, e.path, reason)
        case .cannotEncode(let detail): return self(.journalCannotEncode, e.path, detail)
        case .closed: return self(.journalClosed, e.path)
        }
    }

    /// What an import does to one indicator: `nii (mål 6): 2 nya värden (2019-06-30, …)`.
    func importLine(_ i: IndicatorImport) -> String {
        func days(_ days: [Day]) -> String {
            let shown = days.prefix(6).map(\.description).joined(separator: ", ")
            return days.count > 6 ? shown + ", …" : shown
        }
        var parts: [String] = []
        if !i.added.isEmpty { parts.append(self(.importNewValues, i.added.count, days(i.added))) }
        if !i.corrected.isEmpty { parts.append(self(.importCorrected, i.corrected.count, days(i.corrected))) }
        if !i.removed.isEmpty { parts.append(self(.importRemoved, i.removed.count, days(i.removed))) }
        if i.unchanged > 0 { parts.append(self(.importUnchanged, i.unchanged)) }
        if parts.isEmpty { parts.append(self(.importNothing)) }
        return self(.importIndicatorLine, i.indicator, i.goal, parts.joined(separator: ", "))
    }

    /// A number as the screen writes it: `52.5` and `2400` in English; in Swedish a
    /// decimal comma and a no-break space between thousands (`52,5`, `2 400`), as the
    /// reports write it.
    func number(_ value: Double) -> String {
        let plain = Number.format(value)
        guard language == .sv, Number.isAllowed(value) else { return plain }
        let negative = plain.hasPrefix("-")
        let digits = negative ? plain.dropFirst() : Substring(plain)
        let whole = digits.prefix { $0 != "." }
        let fraction = digits.dropFirst(whole.count).dropFirst()
        var groups: [Substring] = []
        var end = whole.endIndex
        while end > whole.startIndex {
            let start = whole.index(end, offsetBy: -3, limitedBy: whole.startIndex) ?? whole.startIndex
            groups.insert(whole[start..<end], at: 0)
            end = start
        }
        return (negative ? "-" : "") + groups.joined(separator: "\u{A0}") + (fraction.isEmpty ? "" : "," + fraction)
    }

    /// A municipality's name before "kommun": "Vaggeryds", "Jönköpings"; a name ending
    /// in s, x or z takes no extra s ("Hofors kommun"). The same in both languages, since
    /// "kommun" is the Swedish name.
    static func genitive(_ name: String) -> String {
        guard let last = name.last?.lowercased() else { return name }
        return ["s", "x", "z"].contains(last) ? name : name + "s"
    }

    /// The name a command is shown by: its Swedish name in Swedish (`sätt` for `set`).
    func commandName(_ name: String) -> String {
        guard language == .sv else { return name }
        return Self.swedishCommandNames[name] ?? name
    }

    /// Each command's Swedish name: its first Swedish alias.
    static let swedishCommandNames: [String: String] = CommandTable.standard.commands.reduce(into: [:]) { names, command in
        if let swedish = command.swedishName { names[command.name] = swedish }
    }

    /// How a slot reads in a usage line, in this language: `FÄLT`, `lägg till`, `rubrik|…`.
    func usage(_ param: Param) -> String {
        guard language == .sv else { return param.usage }
        switch param {
        case .word(let w): return CommandWords.shown(w, in: .sv)
        case .choice(_, let words) where words.count <= 4:
            return CommandWords.offered(words, in: .sv).joined(separator: "|")
        case .choice(let name, _), .number(let name), .single(let name), .amount(let name), .phrase(let name, _):
            return Self.placeholder(name)
        case .text(let name): return "\"\(Self.placeholder(name))\""
        case .optionalText(let name): return "[\"\(Self.placeholder(name))\"]"
        case .option(let spec):
            let value = spec.value.map { $0.hasPrefix("\"") ? "\"\(Self.placeholder(String($0.dropFirst().dropLast())))\"" : Self.placeholder($0) }
            return "[--\(CommandWords.shownOption(spec.name, in: .sv))" + (value.map { " " + $0 } ?? "") + "]"
        case .goal, .file, .indicator, .checkpoint, .grade, .when, .commandName, .scale, .date:
            return param.usage.split(separator: "|").map { Self.placeholder(String($0)) }.joined(separator: "|")
        }
    }

    /// A command's usage lines in this language: `sätt FÄLT "VÄRDE"`.
    func usageLines(_ command: Command) -> [String] {
        guard language == .sv else { return command.usageLines }
        return command.forms.map { form in ([commandName(command.name)] + form.map(usage)).joined(separator: " ") }
    }

    /// A command line in this language's words: `set kind supporting` is
    /// `sätt typ stödjande` in Swedish. Texts, numbers and options are kept as written.
    func line(_ text: String, of command: Command) -> String {
        guard language == .sv, case .complete(let tokens) = Tokenizer.split(text), let first = tokens.first else { return text }
        var replaced: [(Token, String)] = [(first, commandName(command.name))]
        let words = (try? OptionParser.extract(Array(tokens.dropFirst()), specs: command.options))?.words ?? []
        if let matched = FormMatcher.match(words, forms: command.forms) {
            var i = 0
            for param in matched.params where i < words.count && !param.takesRest {
                var used = 1
                switch param {
                case .word(let fixed):
                    used = CommandWords.spelled(fixed, by: words[i...]) ?? 1
                    replaced.append((words[i], CommandWords.shown(fixed, in: .sv)))
                case .choice(_, let options):
                    if let (option, n) = CommandWords.choice(options, by: words[i...]) {
                        used = n
                        let english = CommandWords.english[option.lowercased()] ?? option
                        replaced.append((words[i], CommandWords.shown(english, in: .sv)))
                    }
                default:
                    break
                }
                i += used
            }
        }
        for token in tokens.dropFirst() where !token.quoted && token.text.hasPrefix("--") {
            let name = CommandWords.optionName(String(token.text.dropFirst(2)))
            if command.options.contains(where: { $0.name == name }) {
                replaced.append((token, "--" + CommandWords.shownOption(name, in: .sv)))
            }
        }
        // A value of one word that the table knows (`set kind supporting`).
        if let last = tokens.last, tokens.count > 1, !last.quoted, !replaced.contains(where: { $0.0.offset == last.offset }),
           let swedish = CommandWords.swedish[last.text.lowercased()]?.first {
            replaced.append((last, swedish))
        }
        var out = text
        for (token, word) in replaced.sorted(by: { $0.0.offset > $1.0.offset }) where !token.quoted {
            let start = out.index(out.startIndex, offsetBy: token.offset, limitedBy: out.endIndex) ?? out.endIndex
            let end = out.index(start, offsetBy: token.text.count, limitedBy: out.endIndex) ?? out.endIndex
            out.replaceSubrange(start..<end, with: word)
        }
        return out
    }

    /// The Swedish name of a placeholder in a usage line.
    static func placeholder(_ name: String) -> String {
        if name.contains("|") {
            return name.split(separator: "|").map { placeholders[String($0)] ?? CommandWords.shown(String($0), in: .sv) }.joined(separator: "|")
        }
        return placeholders[name] ?? name
    }

    private static let placeholders: [String: String] = [
        "FIELD": "FÄLT", "VALUE": "VÄRDE", "NAME": "NAMN", "FILE": "FIL", "CHECKPOINT": "AVSTÄMNING",
        "GRADE": "BETYG", "DATE": "DATUM", "COMMAND": "KOMMANDO", "CRITERION": "KRITERIUM",
        "VERDICT": "SVAR", "JUSTIFICATION": "MOTIVERING", "RATIONALE": "MOTIVERING", "LIST": "LISTA",
        "LANGUAGE": "SPRÅK", "MODE": "LÄGE", "BODY": "ORGAN", "PARAGRAPH": "PARAGRAF", "ACTION": "ÅTGÄRD",
        "YEARS": "ÅR", "YEAR": "ÅR", "WHY": "VARFÖR", "TIME": "TID", "PERIOD": "PERIOD", "UNIT": "ENHET",
        "SOURCE": "KÄLLA", "DIRECTION": "RIKTNING", "STATUS": "STATUS", "WORD": "ORD", "ID": "ID",
        "FILES": "FILER", "IDS": "ID", "FORMAT": "FORMAT", "OWNER": "ANSVARIG", "V": "V", "N": "N",
        "GOAL": "MÅL", "TITLE": "RUBRIK", "AREA": "MÅLOMRÅDE", "KPI": "KPI", "LESSON": "LEKTION", "REASON": "SKÄL",
        "BY": "AV", "WIDTH": "BREDD", "PATH": "SÖKVÄG", "NOTE": "ANTECKNING",
        "FIRST-LAST": "FÖRSTA-SISTA", "PERCENT": "PROCENT", "OTHER": "ANNAN", "WORDS": "ORD", "MEANING": "BETYDELSE",
        "SYMBOL": "SYMBOL", "SUMMARY": "SAMMANFATTNING",
    ]
}

extension Command {
    /// The command's Swedish name: its first alias that is a Swedish word (`ångra` for
    /// `undo`), or nil when it has none.
    var swedishName: String? {
        aliases.first { !["?", "exit", "previous"].contains($0) }
    }
}
