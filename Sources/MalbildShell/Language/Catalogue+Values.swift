extension Catalogue {
    /// Values outside the one rule for values (``Number/isAllowed(_:)``).
    static let values: [Key: Phrase] = [
        .errValueOutOfRange: Phrase("{0} is too large: a value must be smaller than 1 000 000 000 000 000 in size",
                                    "{0} är för stort: ett värde måste vara mindre än 1 000 000 000 000 000 till beloppet"),
        .valueTooLarge: Phrase("\"{0}\" is too large ({1}): a value must be smaller than 1 000 000 000 000 000 in size",
                               "\"{0}\" är för stort ({1}): ett värde måste vara mindre än 1 000 000 000 000 000 till beloppet"),
    ]
}
