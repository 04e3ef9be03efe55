/// A role that is a member of a workspace.
public struct PostgresMember: Equatable, Sendable {
    /// The role's name.
    public var role: String
    /// What it may do.
    public var access: PostgresAccess

    /// A member.
    public init(role: String, access: PostgresAccess) {
        self.role = role
        self.access = access
    }
}
