/// The tables Målbild keeps in a PostgreSQL database, in a schema of their own (`malbild`),
/// created and migrated by the tool and versioned like the workspace file.
///
/// - `malbild.schema_version`: one row, the version of the tables.
/// - `malbild.workspaces`: each workspace's name, when and by whom it was made.
/// - `malbild.edits`: the steps, one row each, numbered from 1 per workspace; a step's edits
///   and their inverse as journal lines, one edit a line.
/// - `malbild.snapshots`: the whole workspace (the workspace file's JSON) after a step.
/// - `malbild.members`: which roles read or write which workspace; row-level security on the
///   other tables lets a role see only the workspaces it is a member of, and add steps only to
///   those it may write.
public enum PostgresSchema {
    /// The version of the tables this build reads and writes.
    public static var currentVersion: Int { migrations.last?.version ?? 0 }

    /// One step from a version of the tables to the next.
    struct Migration {
        /// The version after the step.
        var version: Int
        /// The statements of the step, run in one transaction.
        var statements: [String]
    }

    /// Every step from no tables to the current version, in order.
    static let migrations: [Migration] = [
        Migration(version: 1, statements: [
            "CREATE SCHEMA IF NOT EXISTS malbild",
            """
            CREATE TABLE malbild.schema_version (
                version integer NOT NULL,
                migrated timestamptz NOT NULL DEFAULT now()
            )
            """,
            "INSERT INTO malbild.schema_version (version) VALUES (0)",
            """
            CREATE TABLE malbild.workspaces (
                name text PRIMARY KEY CHECK (name <> ''),
                created timestamptz NOT NULL DEFAULT now(),
                created_by text NOT NULL DEFAULT current_user
            )
            """,
            """
            CREATE TABLE malbild.edits (
                workspace text NOT NULL REFERENCES malbild.workspaces (name),
                seq bigint NOT NULL CHECK (seq > 0),
                username text NOT NULL,
                made timestamptz NOT NULL,
                edits text NOT NULL,
                inverse text NOT NULL,
                token text,
                PRIMARY KEY (workspace, seq)
            )
            """,
            """
            CREATE TABLE malbild.snapshots (
                workspace text NOT NULL REFERENCES malbild.workspaces (name),
                seq bigint NOT NULL CHECK (seq >= 0),
                document text NOT NULL,
                PRIMARY KEY (workspace, seq)
            )
            """,
        ]),
        Migration(version: 2, statements: [
            """
            CREATE TABLE malbild.members (
                workspace text NOT NULL REFERENCES malbild.workspaces (name) ON DELETE CASCADE,
                member regrole NOT NULL,
                may_write boolean NOT NULL,
                PRIMARY KEY (workspace, member)
            )
            """,
            // A role sees the memberships it has itself or through a group role.
            "ALTER TABLE malbild.members ENABLE ROW LEVEL SECURITY",
            """
            CREATE POLICY members_own ON malbild.members FOR SELECT
                USING (pg_has_role(current_user, member::oid, 'MEMBER'))
            """,
            """
            CREATE FUNCTION malbild.may_read(ws text) RETURNS boolean LANGUAGE sql STABLE AS $$
                SELECT EXISTS (SELECT 1 FROM malbild.members m
                               WHERE m.workspace = ws AND pg_has_role(current_user, m.member::oid, 'MEMBER'))
            $$
            """,
            """
            CREATE FUNCTION malbild.may_write(ws text) RETURNS boolean LANGUAGE sql STABLE AS $$
                SELECT EXISTS (SELECT 1 FROM malbild.members m
                               WHERE m.workspace = ws AND m.may_write
                                 AND pg_has_role(current_user, m.member::oid, 'MEMBER'))
            $$
            """,
            "ALTER TABLE malbild.workspaces ENABLE ROW LEVEL SECURITY",
            "CREATE POLICY workspaces_read ON malbild.workspaces FOR SELECT USING (malbild.may_read(name))",
            "ALTER TABLE malbild.edits ENABLE ROW LEVEL SECURITY",
            "CREATE POLICY edits_read ON malbild.edits FOR SELECT USING (malbild.may_read(workspace))",
            "CREATE POLICY edits_write ON malbild.edits FOR INSERT WITH CHECK (malbild.may_write(workspace))",
            "ALTER TABLE malbild.snapshots ENABLE ROW LEVEL SECURITY",
            "CREATE POLICY snapshots_read ON malbild.snapshots FOR SELECT USING (malbild.may_read(workspace))",
            "CREATE POLICY snapshots_write ON malbild.snapshots FOR INSERT WITH CHECK (malbild.may_write(workspace))",
            "GRANT USAGE ON SCHEMA malbild TO PUBLIC",
            "GRANT SELECT ON malbild.schema_version, malbild.workspaces, malbild.members TO PUBLIC",
            "GRANT SELECT, INSERT ON malbild.edits, malbild.snapshots TO PUBLIC",
            "GRANT EXECUTE ON FUNCTION malbild.may_read(text), malbild.may_write(text) TO PUBLIC",
        ]),
    ]

    /// What ``install(on:)`` found and did.
    public struct Outcome: Equatable, Sendable {
        /// The version found before (0: no tables).
        public var from: Int
        /// The version after.
        public var to: Int
        /// Whether anything was changed (false: the tables were already current).
        public var changed: Bool { from != to }
    }

    /// Creates the tables, or migrates them to this build's version, in one transaction; does
    /// nothing when they are current. Two tools doing it at once take turns. This is what
    /// `malbild store init URL` runs.
    ///
    /// - Throws: ``PostgresStoreError/newerSchema(found:readable:)`` when the tables are of
    ///   a newer version than this build's (nothing is changed); ``PostgresError`` when the
    ///   server refuses (a role without the right to create tables); ``StoreUnavailable``.
    @discardableResult
    public static func install(on connection: PostgresConnection) throws -> Outcome {
        try install(on: connection, upTo: currentVersion)
    }

    /// Migrates up to `target` only (for tests of a migration from an older version).
    static func install(on connection: PostgresConnection, upTo target: Int) throws -> Outcome {
        try connection.transaction {
            // One tool at a time: a lock for the transaction, whatever tables exist yet.
            try connection.execute("SELECT pg_advisory_xact_lock(hashtext('malbild.schema'))")
            let found = try version(on: connection)
            if found > currentVersion {
                throw PostgresStoreError.newerSchema(found: found, readable: currentVersion)
            }
            for migration in migrations where migration.version > found && migration.version <= target {
                for statement in migration.statements {
                    try connection.execute(statement)
                }
                try connection.execute(
                    "UPDATE malbild.schema_version SET version = $1, migrated = now()",
                    [String(migration.version)])
            }
            return Outcome(from: found, to: max(found, min(target, currentVersion)))
        }
    }

    /// The version of the tables in the connection's database; 0 when there are none.
    public static func version(on connection: PostgresConnection) throws -> Int {
        let exists = try connection.execute("SELECT to_regclass('malbild.schema_version') IS NOT NULL")
        guard exists.first?.first == "t" else { return 0 }
        let rows = try connection.execute("SELECT max(version) FROM malbild.schema_version")
        guard let text = rows.first?.first ?? nil, let version = Int(text) else { return 0 }
        return version
    }

    /// Checks that the tables are of this build's version before a store uses them.
    ///
    /// - Throws: ``PostgresStoreError/notInstalled``, ``PostgresStoreError/olderSchema(found:current:)``
    ///   or ``PostgresStoreError/newerSchema(found:readable:)``.
    static func check(on connection: PostgresConnection) throws {
        let found = try version(on: connection)
        if found == 0 { throw PostgresStoreError.notInstalled }
        if found < currentVersion { throw PostgresStoreError.olderSchema(found: found, current: currentVersion) }
        if found > currentVersion { throw PostgresStoreError.newerSchema(found: found, readable: currentVersion) }
    }
}
