extension Catalogue {
    /// The words of a command line that do not fit.
    static let parsing: [Key: Phrase] = [
        .wordMissing: Phrase("{0} is missing", "{0} saknas"),
        .wordDoesNotFit: Phrase("\"{0}\" does not fit here", "\"{0}\" passar inte in här"),
        .wordNotOneOf: Phrase("\"{0}\" is not one of {1}", "\"{0}\" är inte ett av {1}"),
        .wordNotAGoalNumber: Phrase("\"{0}\" is not a goal number", "\"{0}\" är inget målnummer"),
        .wordNotANumber: Phrase("\"{0}\" is not a number ({1})", "\"{0}\" är inget tal ({1})"),
        .wordTooMany: Phrase("\"{0}\" is one word too many", "\"{0}\" är ett ord för mycket"),
        .takesNoOptions: Phrase("it takes no options", "det tar inga flaggor"),
        .itsOptionsAre: Phrase("its options are {0}", "dess flaggor är {0}"),
        .unknownOption: Phrase("unknown option \"{0}\": {1}", "okänd flagga \"{0}\": {1}"),
        .optionNeedsValue: Phrase("--{0} needs a value ({1})", "--{0} behöver ett värde ({1})"),
        .needsWholeNumber: Phrase("--number needs a whole number from 1 to 999999", "--nummer behöver ett heltal från 1 till 999999"),
        .numberOutOfRange: Phrase("{0} is out of range ({1} runs from 0 to 999999)", "{0} ligger utanför gränserna ({1} går från 0 till 999999)"),
        .notANumber: Phrase("\"{0}\" is not a number ({1}); write e.g. 52.5 or 52,5", "\"{0}\" är inget tal ({1}); skriv t.ex. 52,5 eller 52.5"),
        .notATime: Phrase("\"{0}\" is not a time: write it as 2019-02-20T13:30:00Z", "\"{0}\" är ingen tidpunkt: skriv den som 2019-02-20T13:30:00Z"),
        .optionPrefixed: Phrase("--{0}: {1}", "--{0}: {1}"),
    ]
}
