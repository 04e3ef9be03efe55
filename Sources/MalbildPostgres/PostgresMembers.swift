/// Who may read and write which workspace: rows of `malbild.members`, enforced by the
/// server's row-level security on the workspace tables. A role is a member also through a
/// group role it belongs to. Changing the members takes the owner of the tables (or a role
/// granted rights on `malbild.members`); others are refused by the server.
public enum PostgresMembers {
    /// Makes a role a member of a workspace with the given access, or changes its access.
    ///
    /// - Throws: ``PostgresStoreError/noSuchRole(_:)``, ``PostgresStoreError/noSuchWorkspace(_:)``,
    ///   ``PostgresStoreError/refused(workspace:role:server:)`` when the connection's role may
    ///   not change members; ``StoreUnavailable``.
    public static func grant(_ access: PostgresAccess, to role: String, on workspace: String, over connection: PostgresConnection) throws {
        try PostgresStore.translating(workspace: workspace, connection: connection) {
            try PostgresSchema.check(on: connection)
            let found = try connection.execute("SELECT to_regrole(quote_ident($1)) IS NOT NULL", [role])
            guard found.first?.first == "t" else { throw PostgresStoreError.noSuchRole(role) }
            do {
                try connection.execute(
                    """
                    INSERT INTO malbild.members (workspace, member, may_write)
                    VALUES ($1, quote_ident($2)::regrole, $3::boolean)
                    ON CONFLICT (workspace, member) DO UPDATE SET may_write = EXCLUDED.may_write
                    """, [workspace, role, access == .write ? "true" : "false"])
            } catch let error as PostgresError where error.sqlState == PostgresError.foreignKeyViolation {
                throw PostgresStoreError.noSuchWorkspace(workspace)
            }
        }
    }

    /// Takes a role's membership of a workspace away; nothing when it had none.
    public static func revoke(_ role: String, from workspace: String, over connection: PostgresConnection) throws {
        try PostgresStore.translating(workspace: workspace, connection: connection) {
            try PostgresSchema.check(on: connection)
            try connection.execute(
                "DELETE FROM malbild.members WHERE workspace = $1 AND member = to_regrole(quote_ident($2))",
                [workspace, role])
        }
    }

    /// The members of a workspace that the connection's role can see (all of them for the
    /// owner of the tables), sorted by role.
    public static func members(of workspace: String, over connection: PostgresConnection) throws -> [PostgresMember] {
        try PostgresStore.translating(workspace: workspace, connection: connection) {
            try PostgresSchema.check(on: connection)
            let rows = try connection.execute(
                """
                SELECT member::text, may_write FROM malbild.members WHERE workspace = $1
                ORDER BY member::text COLLATE "C"
                """, [workspace])
            return rows.compactMap { row in
                guard row.count == 2, let role = row[0] else { return nil }
                return PostgresMember(role: role, access: row[1] == "t" ? .write : .read)
            }
        }
    }
}
