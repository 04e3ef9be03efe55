/// The Swedish words of the command language.
///
/// Each Swedish word stands for exactly one English word of the command table (a fixed
/// word such as `add`, or a choice such as the field `ambition`), so a form is matched
/// by either language's words and the command always receives the English one. A
/// Swedish word may be two words typed apart: `lägg till`, `ta bort`.
public enum CommandWords {
    /// English word to its Swedish words; the first is the one shown (usage, Tab).
    static let swedish: [String: [String]] = [
        // Fixed words of the forms.
        "add": ["lägg till"],
        "remove": ["ta bort"],
        "rename": ["byt namn"],
        "set": ["sätt"],
        "goal": ["mål"],
        "stop": ["stopp"],
        "step": ["steg"],
        "clear": ["töm"],
        "all": ["alla"],
        "workspace": ["arbetsyta"],
        "user": ["användare"],
        "use": ["använd"],
        "urls": ["adresser"],
        "start": ["starta"],
        "show": ["visa"],
        "script": ["skript"],
        "qualitative": ["kvalitativ"],
        "none": ["inget", "ingen"],
        "discontinue": ["avsluta"],
        "discard": ["kasta"],
        "areas": ["målområden"],
        "accept": ["godta"],
        "grade": ["betyg"],
        // Fields of a goal.
        "title": ["rubrik"],
        "ambition": ["ambitionsnivå"],
        "kind": ["typ"],
        "area": ["målområde"],
        "owner": ["ansvarig"],
        "parent": ["överordnat"],
        "number": ["nummer"],
        // Fields of an indicator.
        "name": ["namn"],
        "unit": ["enhet"],
        "source": ["källa"],
        "direction": ["riktning"],
        // Fields and lists of the workspace.
        "municipality": ["kommun"],
        "body": ["organ"],
        "reference": ["diarienummer"],
        "paragraph": ["paragraf"],
        "date": ["datum"],
        "proposal": ["förslag"],
        "decision": ["beslut"],
        "rule": ["regel"],
        "group": ["grupp"],
        "summary": ["sammanfattning"],
        "criterion": ["kriterium"],
        "followup": ["uppföljning"],
        "document": ["beslutsunderlag"],
        "dispatch": ["expedieras"],
        // Modes.
        "on": ["på"],
        "off": ["av"],
        // Criteria, verdicts and kinds: the domain reads these itself; listed so that
        // Tab offers the words of the screen's language.
        "influenceable": ["påverkbar"],
        "measurable": ["mätbar"],
        "resourced": ["resurssatt", "resurser"],
        "yes": ["ja"],
        "no": ["nej"],
        "unknown": ["okänt"],
        "steering": ["styrande"],
        "supporting": ["stödjande", "inriktningsmål"],
        // Directions, the manual source and the built-in scales: read by the shell's commands.
        "higher": ["högre"],
        "lower": ["lägre"],
        "manual": ["manuell"],
        "plain": ["enkel"],
        // What a grade of one's own scale means (scale grade): read by the shell's commands.
        "met": ["uppfyllt"],
        "partly": ["delvis"],
        "not-met": ["ej-uppfyllt"],
        "not-assessable": ["ej-bedömbart"],
        "three": ["tre"],
        "four": ["fyra"],
        "five": ["fem"],
        // Statuses of an ambition level: the domain reads these itself.
        "draft": ["utkast"],
        "proposed": ["föreslagen"],
        "decided": ["beslutad"],
    ]

    /// An option's English name to its Swedish one: `--owner` is `--ansvarig`.
    static let swedishOptions: [String: String] = [
        "added-value": "mervärde", "area": "målområde", "changes": "ändringar", "compare": "jämför",
        "correct": "rätta", "csv-style": "csv-stil", "direction": "riktning", "due": "senast",
        "example": "exempel", "from": "från", "grade": "betyg", "group": "grupp", "here": "här",
        "kind": "typ", "men": "män", "number": "nummer", "out": "ut", "owner": "ansvarig",
        "replaced-by": "ersatt-av", "since": "sedan", "skip-bad": "hoppa-över-fel", "source": "källa",
        "step": "steg", "strict": "strikt", "suggested": "föreslaget", "time": "tid", "unit": "enhet",
        "women": "kvinnor", "year": "år", "years": "åren",
        "parent": "under", "depth": "djup", "with-children": "med-delmål", "forecast": "prognos", "result": "utfall",
        "threshold": "tröskel",
    ]

    /// The English name of an option typed in either language (without dashes).
    static func optionName(_ typed: String) -> String {
        let lower = lowerCase(typed)
        return swedishOptions.first { $0.value == lower }?.key ?? lower
    }

    /// The English word a typed word stands for (in lower case): `högre` is `higher`; a word
    /// of neither language's table is itself.
    static func englishWord(_ typed: String) -> String {
        let lower = lowerCase(typed)
        return english[lower] ?? lower
    }

    /// An option's name as shown in a language (without dashes).
    static func shownOption(_ name: String, in language: Language) -> String {
        language == .sv ? (swedishOptions[name] ?? name) : name
    }

    /// Swedish word (lower case) to the English word it stands for.
    static let english: [String: String] = swedish.reduce(into: [:]) { all, entry in
        for word in entry.value { all[word] = entry.key }
    }

    /// The first words of the Swedish words typed as two (`lägg` of `lägg till`): only a
    /// word among these can start a Swedish word of two.
    static let pairStarts: Set<String> = Set(english.keys.compactMap { word in
        word.firstIndex(of: " ").map { String(word[..<$0]) }
    })

    /// How many of the words (one or two) spell `fixed` or a Swedish word for it; nil when
    /// they do not. Quoted words are text and never a fixed word's Swedish form.
    static func spelled(_ fixed: String, by words: ArraySlice<Token>) -> Int? {
        var reading = Reading(words)
        return reading.spells(fixed)
    }

    /// The option a word (or two) names, with how many words it took: `typ` is `kind`.
    static func choice(_ options: [String], by words: ArraySlice<Token>) -> (String, Int)? {
        var reading = Reading(words)
        for option in options {
            if let n = reading.spells(option) { return (option, n) }
        }
        return nil
    }

    /// Words read against the table's words, each way of reading them worked out once
    /// however many words they are held against.
    ///
    /// A Swedish word stands for one English word only (a test holds the table to that),
    /// so a typed word spells a fixed word in Swedish exactly when the English word it
    /// stands for is that fixed word.
    private struct Reading {
        let words: ArraySlice<Token>
        /// The English word the first word stands for in Swedish; the first two words.
        private var one: String??
        private var two: String??

        init(_ words: ArraySlice<Token>) {
            self.words = words
        }

        /// How many of the words spell `fixed` (in English, or in Swedish unless quoted).
        mutating func spells(_ fixed: String) -> Int? {
            guard let first = words.first else { return nil }
            if CommandWords.sameInLowerCase(first.text, fixed) { return 1 }
            guard !first.quoted else { return nil }
            let english = CommandWords.lowerCase(fixed)
            if oneWord() == english { return 1 }
            if twoWords() == english { return 2 }
            return nil
        }

        private mutating func oneWord() -> String? {
            if let one { return one }
            let found = words.first.flatMap { CommandWords.english[CommandWords.lowerCase($0.text)] }
            one = .some(found)
            return found
        }

        private mutating func twoWords() -> String? {
            if let two { return two }
            var found: String?
            if words.count >= 2, let first = words.first {
                let second = words[words.index(after: words.startIndex)]
                // A first word with a blank in it, or one no Swedish word of two starts
                // with, starts none: the pair is not put together to be looked up.
                let start = CommandWords.lowerCase(first.text)
                if !second.quoted, CommandWords.pairStarts.contains(start) {
                    found = CommandWords.english[start + " " + CommandWords.lowerCase(second.text)]
                }
            }
            two = .some(found)
            return found
        }
    }

    /// Whether two words are the same in lower case, compared byte by byte when both are
    /// ASCII (as a command's words are) and through `lowercased()` otherwise.
    static func sameInLowerCase(_ a: String, _ b: String) -> Bool {
        let ascii = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in sameInLowerCase(x, y) } ?? nil
        } ?? nil
        return ascii ?? (a.lowercased() == b.lowercased())
    }

    /// Whether two ASCII words are the same in lower case; nil when either is not ASCII.
    private static func sameInLowerCase(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard !x.contains(where: { $0 >= 0x80 }), !y.contains(where: { $0 >= 0x80 }) else { return nil }
        guard x.count == y.count else { return false }
        for i in 0..<x.count where asciiLower(x[i]) != asciiLower(y[i]) { return false }
        return true
    }

    /// A word in lower case; a word that is so already is given back as it is.
    static func lowerCase(_ word: String) -> String {
        word.utf8.allSatisfy({ $0 < 0x80 && !(UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }) ? word : word.lowercased()
    }

    private static func asciiLower(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }

    /// The word as shown in a language: `add` is `lägg till` in Swedish.
    public static func shown(_ word: String, in language: Language) -> String {
        guard language == .sv else { return word }
        return swedish[word]?.first ?? word
    }

    /// Whether a word is a Swedish word of this table (and not also English).
    static func isSwedish(_ word: String) -> Bool {
        english[word.lowercased()] != nil && swedish[word.lowercased()] == nil
    }

    /// The options of a choice as Tab offers them in a language: English words in
    /// English; in Swedish each English word's Swedish one (words with no Swedish
    /// form stay as they are). Duplicates are dropped, the order kept.
    static func offered(_ options: [String], in language: Language) -> [String] {
        var seen = Set<String>()
        let words: [String]
        switch language {
        case .en: words = options.filter { !isSwedish($0) }
        case .sv: words = options.map { english[$0.lowercased()].map { shown($0, in: .sv) } ?? shown($0, in: .sv) }
        }
        return words.filter { seen.insert($0.lowercased()).inserted }
    }
}
