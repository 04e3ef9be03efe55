import MalbildCore

// The typed getters for the values the log's data holds: true or false, numbers written
// as Doubles, days, goal numbers in arrays, and the one member an enumeration's case is
// written as.
extension JournalFields {
    /// A true-or-false member.
    public func bool(_ key: String) throws(JournalLineError) -> Bool {
        switch self[key] {
        case .bool(let flag)?: return flag
        case nil, .null?: throw JournalLineError(place: key, detail: "true or false is missing")
        default: throw JournalLineError(place: key, detail: "expected true or false")
        }
    }

    /// A number member.
    public func double(_ key: String) throws(JournalLineError) -> Double {
        guard let number = try optionalDouble(key) else { throw JournalLineError(place: key, detail: "a number is missing") }
        return number
    }

    /// A number member that may be missing or null.
    public func optionalDouble(_ key: String) throws(JournalLineError) -> Double? {
        switch self[key] {
        case nil, .null?: return nil
        case .number(let text)?:
            guard let number = Double(text), number.isFinite else { throw JournalLineError(place: key, detail: "\(text) is not a number") }
            return number
        default: throw JournalLineError(place: key, detail: "expected a number")
        }
    }

    /// A day member, `"YYYY-MM-DD"`.
    public func day(_ key: String) throws(JournalLineError) -> Day {
        guard let day = try optionalDay(key) else { throw JournalLineError(place: key, detail: "a day is missing") }
        return day
    }

    /// A day member that may be missing or null.
    public func optionalDay(_ key: String) throws(JournalLineError) -> Day? {
        guard let text = try optionalString(key) else { return nil }
        do throws(DayError) {
            return try Day(parsing: text)
        } catch {
            throw JournalLineError(place: key, detail: error.description)
        }
    }

    /// A member of a type that reads its journal lines itself, read by that type's reader;
    /// a fault inside it names its place under `key`.
    public func own<Value: JournalLineCodable>(_ key: String, _ type: Value.Type = Value.self) throws(JournalLineError) -> Value {
        guard let value = try optionalOwn(key, type) else { throw JournalLineError(place: key, detail: "a value is missing") }
        return value
    }

    /// Like ``own(_:_:)``, for a member that may be missing or null.
    public func optionalOwn<Value: JournalLineCodable>(_ key: String, _ type: Value.Type = Value.self) throws(JournalLineError) -> Value? {
        switch self[key] {
        case nil, .null?: return nil
        case .object(let fields)?:
            do throws(JournalLineError) {
                return try Value.readJournalValue(fields)
            } catch {
                throw error.inside(key)
            }
        default: throw JournalLineError(place: key, detail: "expected an object")
        }
    }

    /// An array member whose items are read by `item`; a fault in an item names its place.
    func array<Item>(_ key: String, _ item: (JournalValue) throws(JournalLineError) -> Item) throws(JournalLineError) -> [Item] {
        guard case .array(let values, _)? = self[key] else { throw JournalLineError(place: key, detail: "expected an array") }
        var items: [Item] = []
        items.reserveCapacity(values.count)
        for (index, value) in values.enumerated() {
            do throws(JournalLineError) {
                items.append(try item(value))
            } catch {
                throw error.inside("\(key)[\(index)]")
            }
        }
        return items
    }

    /// The one member of an object written for a case of an enumeration, as Swift's own
    /// coding writes one (`{"CASE":{…}}`): the case's name and its members.
    func enumCase(of kind: String) throws(JournalLineError) -> (name: String, fields: JournalFields) {
        guard members.count == 1, let (name, value) = members.first else {
            throw JournalLineError(detail: "\(kind) is an object with one member, its kind")
        }
        guard case .object(let fields) = value else { throw JournalLineError(place: name, detail: "expected an object") }
        return (name, fields)
    }

    /// Reads a case's members with `read`, a fault placed inside the case; a name `read`
    /// does not know (nil) is an error that says what kind of value it is not.
    func readCase<Value>(of kind: String, _ read: (String, JournalFields) throws(JournalLineError) -> Value?) throws(JournalLineError) -> Value {
        let (name, fields) = try enumCase(of: kind)
        let value: Value?
        do throws(JournalLineError) {
            value = try read(name, fields)
        } catch {
            throw error.inside(name)
        }
        guard let value else { throw JournalLineError(detail: "\(name) is not a \(kind) this version knows") }
        return value
    }
}

extension JournalValue {
    /// The value as a text.
    func text() throws(JournalLineError) -> String {
        guard case .string(let text) = self else { throw JournalLineError(detail: "expected a text") }
        return text
    }

    /// The value as an object.
    func fields() throws(JournalLineError) -> JournalFields {
        guard case .object(let fields) = self else { throw JournalLineError(detail: "expected an object") }
        return fields
    }

    /// The value as a goal number: a whole number or a dotted text.
    func goalNumber() throws(JournalLineError) -> GoalNumber {
        switch self {
        case .number(let text):
            guard let number = Int(text) else { throw JournalLineError(detail: "\(text) is not a whole number") }
            return GoalNumber(number)
        case .string(let text):
            guard let number = GoalNumber(text) else { throw JournalLineError(detail: "expected a goal number such as 1, 1.2 or 1.2.1") }
            return number
        default: throw JournalLineError(detail: "expected a goal number such as 1, 1.2 or 1.2.1")
        }
    }
}

extension JournalLineWriter {
    /// Writes a goal number as a bare value: an item of an array.
    mutating func goalItem(_ number: GoalNumber) {
        if number.depth == 1 {
            item(number.last)
        } else {
            item(number.description)
        }
    }
}
