import MalbildCore

/// The Swedish words of a drafted decision.
enum DecisionWords {
    static let decision = "Beslut"
    static let summary = "Sammanfattning"
    static let dispatch = "Expedieras till"
    static let documents = "Beslutsunderlag"
    static let ambition = "Ambitionsnivå"
    static let proposal = "Arbetsutskottets förslag"
    static let steeringDocuments = "Befintliga styrdokument - "
    static let steering = "är styrande och har en kvantitativ mätbarhet av resultat."
    static let supporting = "blir mer stödjande än styrande och mäts enbart på en kvalitativ egen uppfattning om utveckling samt eventuella mätbara mervärden som inte kunnat förutses vid årets början."
    static let changesTitle = "Arbetsutskottets förslag jämfört med beslutad lydelse"
    static let noChanges = "Förslaget ändrar inget: varje mål har sin beslutade ambitionsnivå."
    static let decidedAmbition = "Beslutad ambitionsnivå"
    static let proposedAmbition = "Föreslagen ambitionsnivå"
    static let decidedTitle = "Beslutad rubrik"
    static let proposedTitle = "Föreslagen rubrik"
    static let removed = "Stryks"
    static let added = "Tillkommer"
    static let unchangedAmbition = "Ambitionsnivån är oförändrad."
    static let noDecidedText = "Ingen beslutad lydelse finns i arbetsytan: hela ambitionsnivån är arbetsutskottets förslag."

    /// "1, 2, 3 och 6".
    static func list(_ numbers: [GoalNumber]) -> String {
        let words = numbers.map(\.description)
        guard let last = words.last else { return "" }
        return words.count == 1 ? last : words.dropLast().joined(separator: ", ") + " och " + last
    }
}
