extension Array {
    /// The item a person calls number `n`, counting from 1 as lists are shown;
    /// nil for any number outside the list (0, negative, past the end), so a
    /// number typed by a user is looked up without a bounds check of its own.
    public func item(numbered n: Int) -> Element? {
        guard n >= 1, n <= count else { return nil }
        return self[n - 1]
    }
}
