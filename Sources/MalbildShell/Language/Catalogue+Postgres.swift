import MalbildPostgres
import MalbildStore

extension Catalogue {
    /// PostgreSQL as the shared store: addresses, what the server or the tables say,
    /// `malbild store init`, members, `push` and `pull`.
    static let postgres: [Key: Phrase] = [
        .storeNewWorkspaceQuestion: Phrase(
            "{1} holds no workspace {0}; make it, empty?",
            "{1} har ingen arbetsyta {0}; skapa den, tom?"),
        .storeRoleReadsOnly: Phrase(
            "the role {0} may read the workspace {1} but not change it: changes are refused by the server",
            "rollen {0} får läsa arbetsytan {1} men inte ändra den: ändringar nekas av servern"),
        .storeBusy: Phrase(
            "others' changes kept coming first, each time it was tried: try it again",
            "andras ändringar kom först varje gång den provades: försök igen"),
        .editTextKept: Phrase(
            "Your text is kept: {0} {1} starts from it.",
            "Din text finns kvar: {0} {1} börjar från den."),
        .editStartsFromKept: Phrase(
            "Starting from your text that was not stored.",
            "Börjar från din text som inte sparades."),
        .storeNoWorkspaceYet: Phrase(
            "{1} holds no workspace {0}: malbild store init with this address makes it",
            "{1} har ingen arbetsyta {0}: malbild store init med den här adressen skapar den"),
        .storePushedRenamed: Phrase(
            "The workspace was named {0} in the file; in the store it is named {1}, as links from other workspaces name it.",
            "Arbetsytan hette {0} i filen; i lagret heter den {1}, som länkar från andra arbetsytor anger den."),
        .storeCopySaved: Phrase(
            "Saved a copy of {0} to {1}; the session stays on {0}.",
            "Sparade en kopia av {0} i {1}; sessionen stannar i {0}."),
        .storeTablesMade: Phrase("Made the Målbild tables, version {0}.", "Skapade Målbilds tabeller, version {0}."),
        .storeTablesMigrated: Phrase("Migrated the Målbild tables from version {0} to {1}.", "Uppgraderade Målbilds tabeller från version {0} till {1}."),
        .storeTablesCurrent: Phrase("The Målbild tables are current (version {0}); nothing changed.", "Målbilds tabeller är aktuella (version {0}); inget ändrades."),
        .storeNotAnAccess: Phrase("\"{0}\" is not an access: give read or write", "\"{0}\" är ingen behörighet: ange läsa eller skriva"),
        .storeGrantedWrite: Phrase("The role {0} may read and write the workspace {1}.", "Rollen {0} får läsa och skriva i arbetsytan {1}."),
        .storeGrantedRead: Phrase("The role {0} may read the workspace {1}.", "Rollen {0} får läsa arbetsytan {1}."),
        .storeRevoked: Phrase("The role {0} is no longer a member of the workspace {1}.", "Rollen {0} är inte längre medlem i arbetsytan {1}."),
        .storeNoMembers: Phrase(
            "No members of the workspace {0} that this role can see (a role sees its own membership; the tables' owner sees all).",
            "Inga medlemmar i arbetsytan {0} som den här rollen kan se (en roll ser sitt eget medlemskap; tabellernas ägare ser alla)."),
        .storeAccessWrite: Phrase("read and write", "läsa och skriva"),
        .storeAccessRead: Phrase("read", "läsa"),
        .storeNoWorkspaces: Phrase("The store holds no workspace this role may read.", "Lagret har ingen arbetsyta som den här rollen får läsa."),
        .storePushUnsaved: Phrase(
            "{0} has changes in its journal that are not saved: open it, save, and push again",
            "{0} har ändringar i sin journal som inte är sparade: öppna den, spara och skicka igen"),
        .storePushed: Phrase(
            "Pushed {0} to the workspace {1} in {2}: {3} {3:goal|goals}, {4} {4:log entry|log entries}.",
            "Skickade {0} till arbetsytan {1} i {2}: {3} mål, {4} {4:loggpost|loggposter}."),
        .storePullExists: Phrase(
            "{0} exists already and is not written over: name a new file",
            "{0} finns redan och skrivs inte över: ange en ny fil"),
        .storePulled: Phrase(
            "Pulled the workspace {0} from {1} to {2}: {3} {3:goal|goals}, {4} {4:log entry|log entries}.",
            "Hämtade arbetsytan {0} från {1} till {2}: {3} mål, {4} {4:loggpost|loggposter}."),
        .pgNotPostgres: Phrase("{0} is not a PostgreSQL address (postgresql://HOST/DATABASE?workspace=NAME)",
                               "{0} är ingen PostgreSQL-adress (postgresql://VÄRD/DATABAS?workspace=NAMN)"),
        .pgMissingWorkspace: Phrase("{0} names no workspace: add ?workspace=NAME", "{0} anger ingen arbetsyta: lägg till ?workspace=NAMN"),
        .pgEmptyWorkspace: Phrase("{0}: the workspace name is empty", "{0}: arbetsytans namn är tomt"),
        .pgRepeatedWorkspace: Phrase("{0} names the workspace more than once", "{0} anger arbetsytan mer än en gång"),
        .pgBadEscape: Phrase("{0}: the workspace name has a %-escape that is not UTF-8", "{0}: arbetsytans namn har en %-kod som inte är UTF-8"),
        .pgNotInstalled: Phrase("the database has no Målbild tables: run malbild store init with its address",
                                "databasen har inga Målbild-tabeller: kör malbild store init med dess adress"),
        .pgOlderSchema: Phrase("the Målbild tables are of version {0}; this build needs {1}: run malbild store init to migrate them",
                               "Målbilds tabeller är av version {0}; den här versionen behöver {1}: kör malbild store init för att uppgradera dem"),
        .pgNewerSchema: Phrase("the Målbild tables are of version {0}, newer than this build reads ({1})",
                               "Målbilds tabeller är av version {0}, nyare än den här versionen läser ({1})"),
        .pgNoSuchWorkspace: Phrase("there is no workspace {0} that this role may read", "det finns ingen arbetsyta {0} som den här rollen får läsa"),
        .pgWorkspaceExists: Phrase("a workspace {0} exists already", "en arbetsyta {0} finns redan"),
        .pgRefused: Phrase(
            "the role {1} may not do this in the workspace {0} (the server refused it: {2})",
            "rollen {1} får inte göra detta i arbetsytan {0} (servern nekade: {2})"),
        .pgNoSuchRole: Phrase("there is no role {0} on the server", "det finns ingen roll {0} på servern"),
        .pgBeyondLastStep: Phrase("the workspace {0} has {2} steps; a step after step {1} cannot be appended",
                                  "arbetsytan {0} har {2} steg; ett steg efter steg {1} kan inte läggas till"),
        .pgUnreadable: Phrase("step {1} of the workspace {0} cannot be read: {2}", "steg {1} i arbetsytan {0} kan inte läsas: {2}"),
        .pgCannotEncode: Phrase("the workspace {0} cannot be written: {1}", "arbetsytan {0} kan inte skrivas: {1}"),
        .pgServer: Phrase("the server said: {0}", "servern svarade: {0}"),
        .pgUnavailable: Phrase("could not connect to the server: {0}", "kunde inte ansluta till servern: {0}"),
        .cliStoreUsage: Phrase(
            "store takes: store init ADDRESS, store list ADDRESS, store members ADDRESS, store grant ADDRESS ROLE read|write, store revoke ADDRESS ROLE",
            "store tar: store init ADRESS, store list ADRESS, store members ADRESS, store grant ADRESS ROLL läsa|skriva, store revoke ADRESS ROLL"),
        .cliPushUsage: Phrase("push takes a workspace file and a store address: malbild push WS.json ADDRESS",
                              "push tar en arbetsytefil och en lageradress: malbild push WS.json ADRESS"),
        .cliPullUsage: Phrase("pull takes a store address and a new file: malbild pull ADDRESS WS.json",
                              "pull tar en lageradress och en ny fil: malbild pull ADRESS WS.json"),
        .storeWorkspaceMade: Phrase("Made the workspace {0} in {1}.", "Skapade arbetsytan {0} i {1}."),
    ]
}

extension Catalogue {
    /// A PostgreSQL store's errors in the catalogue's language; nil for other errors.
    func describePostgres(_ error: Error) -> String? {
        switch error {
        case let e as PostgresAddressError:
            switch e {
            case .notPostgres(let text): return self(.pgNotPostgres, text)
            case .missingWorkspace(let text): return self(.pgMissingWorkspace, text)
            case .emptyWorkspace(let text): return self(.pgEmptyWorkspace, text)
            case .repeatedWorkspace(let text): return self(.pgRepeatedWorkspace, text)
            case .badEscape(let text): return self(.pgBadEscape, text)
            }
        case let e as PostgresStoreError:
            switch e {
            case .notInstalled: return self(.pgNotInstalled)
            case let .olderSchema(found, current): return self(.pgOlderSchema, found, current)
            case let .newerSchema(found, readable): return self(.pgNewerSchema, found, readable)
            case .noSuchWorkspace(let name): return self(.pgNoSuchWorkspace, name)
            case .workspaceExists(let name): return self(.pgWorkspaceExists, name)
            case let .refused(workspace, role, server): return self(.pgRefused, workspace, role, server.message)
            case .noSuchRole(let name): return self(.pgNoSuchRole, name)
            case let .beyondLastStep(workspace, after, last): return self(.pgBeyondLastStep, workspace, after, last)
            case let .unreadable(workspace, sequence, detail): return self(.pgUnreadable, workspace, sequence, detail)
            case let .cannotEncode(workspace, detail): return self(.pgCannotEncode, workspace, detail)
            case .server(let server): return self(.pgServer, server.description)
            }
        case let e as PostgresError:
            return self(.pgServer, e.description)
        case let e as StoreUnavailable:
            return self(.pgUnavailable, e.detail)
        case let e as PostgresClientMissing:
            return self(.pgClientMissing, e.library, e.package, e.detail)
        case is StoreConflict:
            return self(.storeBusy)
        default:
            return nil
        }
    }
}
