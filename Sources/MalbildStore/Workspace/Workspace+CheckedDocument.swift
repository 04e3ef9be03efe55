import MalbildCore

/// A workspace file is checked against the domain's ranges when it is read.
extension Workspace: CheckedDocument {
    /// The first number out of the domain's range (see `Workspace.firstValueOutOfRange`).
    public func outOfRange() -> (place: String, detail: String)? {
        firstValueOutOfRange().map { (place: $0.place, detail: $0.detail) }
    }
}
