/// The values of an indicator, in the order entered, kept as compact columns: a day in four
/// bytes and a number in eight, women's and men's numbers, statuses, checkpoints, corrections
/// and example marks only once a value has one. A series of a million values takes about
/// 12 MB (28 MB split by gender) where an array of ``Measurement`` takes 128 MB.
///
/// It is a collection of ``Measurement``: read, replace, insert and remove as with an array.
/// It knows whether its days are in order, so that finding the value on a day takes a binary
/// search, not a scan, whatever the size.
public struct MeasurementSeries: Sendable {
    /// Days as `year << 9 | month << 5 | day`, which orders as the days do.
    private var days: [Int32] = []
    private var totals: [Double] = []
    private var women: [Double]?
    private var men: [Double]?
    private var statuses: [String]?
    private var checkpoints: [String?]?
    private var corrections: [String?]?
    private var examples: [Bool]?
    /// Whether no day is earlier than the one before it.
    public private(set) var isInDayOrder = true
    /// How many values have something in each optional column.
    private var held = Held()

    private struct Held: Sendable {
        var women = 0, men = 0, statuses = 0, checkpoints = 0, corrections = 0, examples = 0
    }

    /// The bit pattern that stands for "no value" in a number column: a NaN no arithmetic
    /// makes, so that every Double, NaN included, keeps its own bits.
    private static let noValueBits: UInt64 = 0x7FF4_D15E_A5ED_0001

    /// An empty series.
    public init() {}

    /// A series from columns of equal length, as a file holds them; nil when a column's
    /// length differs from the days'.
    public init?(
        days: [Day], total: [Double?], women: [Double?]? = nil, men: [Double?]? = nil, status: [String]? = nil,
        checkpoint: [String?]? = nil, correction: [String?]? = nil, example: [Bool]? = nil
    ) {
        let n = days.count
        guard total.count == n, women.map({ $0.count == n }) ?? true, men.map({ $0.count == n }) ?? true,
              status.map({ $0.count == n }) ?? true, checkpoint.map({ $0.count == n }) ?? true,
              correction.map({ $0.count == n }) ?? true, example.map({ $0.count == n }) ?? true
        else { return nil }
        self.days = days.map(Self.pack)
        totals = total.map(Self.store)
        held.women = women?.reduce(0) { $1 != nil ? $0 + 1 : $0 } ?? 0
        held.men = men?.reduce(0) { $1 != nil ? $0 + 1 : $0 } ?? 0
        held.statuses = status?.reduce(0) { !$1.isEmpty ? $0 + 1 : $0 } ?? 0
        held.checkpoints = checkpoint?.reduce(0) { $1 != nil ? $0 + 1 : $0 } ?? 0
        held.corrections = correction?.reduce(0) { $1 != nil ? $0 + 1 : $0 } ?? 0
        held.examples = example?.reduce(0) { $1 ? $0 + 1 : $0 } ?? 0
        self.women = held.women > 0 ? women?.map(Self.store) : nil
        self.men = held.men > 0 ? men?.map(Self.store) : nil
        statuses = held.statuses > 0 ? status : nil
        checkpoints = held.checkpoints > 0 ? checkpoint : nil
        corrections = held.corrections > 0 ? correction : nil
        examples = held.examples > 0 ? example : nil
        isInDayOrder = Self.ordered(self.days[...])
    }

    @inline(__always)
    static func pack(_ day: Day) -> Int32 {
        Int32(truncatingIfNeeded: day.year << 9 | day.month << 5 | day.day)
    }

    @inline(__always)
    private static func unpack(_ packed: Int32) -> Day {
        Day(checkedYear: Int(packed >> 9), month: Int(packed >> 5 & 0xF), day: Int(packed & 0x1F))
    }

    @inline(__always)
    private static func store(_ value: Double?) -> Double {
        value ?? Double(bitPattern: noValueBits)
    }

    @inline(__always)
    private static func load(_ stored: Double) -> Double? {
        stored.bitPattern == noValueBits ? nil : stored
    }

    private static func ordered(_ days: ArraySlice<Int32>) -> Bool {
        var previous = Int32.min
        for day in days {
            if day < previous { return false }
            previous = day
        }
        return true
    }

    /// The position of the last value entered for a day (the one in force on it), if any:
    /// a binary search when the days are in order.
    public func lastIndex(ofDay day: Day) -> Int? {
        let key = Self.pack(day)
        guard isInDayOrder else { return days.lastIndex(of: key) }
        var low = 0
        var high = days.count
        while low < high {
            let middle = (low + high) / 2
            if days[middle] <= key { low = middle + 1 } else { high = middle }
        }
        return low > 0 && days[low - 1] == key ? low - 1 : nil
    }

    /// The last day of the series, or nil when empty: at its end when in day order.
    public var latestDay: Day? {
        if isInDayOrder { return days.last.map(Self.unpack) }
        return days.max().map(Self.unpack)
    }

    /// The day of the value at a position.
    public func day(at position: Int) -> Day { Self.unpack(days[position]) }
    /// The total of the value at a position.
    public func total(at position: Int) -> Double? { Self.load(totals[position]) }
    /// Women's number of the value at a position.
    public func women(at position: Int) -> Double? { women.flatMap { Self.load($0[position]) } }
    /// Men's number of the value at a position.
    public func men(at position: Int) -> Double? { men.flatMap { Self.load($0[position]) } }

    /// The days of the series, in the order entered.
    public var allDays: [Day] { days.map(Self.unpack) }

    /// Whether any value is split by gender, has a status, a checkpoint, a correction or is
    /// an example: without reading the values when none has.
    public var hasWomen: Bool { women != nil }
    /// See ``hasWomen``.
    public var hasMen: Bool { men != nil }
    /// See ``hasWomen``.
    public var hasStatus: Bool { statuses != nil }
    /// See ``hasWomen``.
    public var hasCheckpoint: Bool { checkpoints != nil }
    /// See ``hasWomen``.
    public var hasCorrection: Bool { corrections != nil }
    /// See ``hasWomen``.
    public var hasExample: Bool { examples != nil }

    /// The bytes the columns take, for measuring.
    public var columnBytes: Int {
        days.capacity * 4 + totals.capacity * 8 + (women?.capacity ?? 0) * 8 + (men?.capacity ?? 0) * 8
            + (statuses?.capacity ?? 0) * 16 + (checkpoints?.capacity ?? 0) * 17
            + (corrections?.capacity ?? 0) * 17 + (examples?.capacity ?? 0)
    }
}

extension MeasurementSeries: RandomAccessCollection, MutableCollection, RangeReplaceableCollection {
    /// The first position, 0.
    public var startIndex: Int { 0 }
    /// One past the last position.
    public var endIndex: Int { days.count }

    /// The value at a position.
    public subscript(position: Int) -> Measurement {
        get {
            Measurement(
                day: Self.unpack(days[position]),
                checkpoint: checkpoints?[position] ?? nil,
                total: Self.load(totals[position]),
                women: women.flatMap { Self.load($0[position]) },
                men: men.flatMap { Self.load($0[position]) },
                status: statuses?[position] ?? "",
                correction: corrections?[position] ?? nil,
                example: examples?[position] ?? false)
        }
        set {
            replaceSubrange(position..<(position + 1), with: CollectionOfOne(newValue))
        }
    }

    /// Keeps room for a number of values.
    public mutating func reserveCapacity(_ n: Int) {
        days.reserveCapacity(n)
        totals.reserveCapacity(n)
        women?.reserveCapacity(n)
        men?.reserveCapacity(n)
    }

    /// Adds a value at the end, touching nothing else.
    public mutating func append(_ m: Measurement) {
        let count = days.count
        let day = Self.pack(m.day)
        if isInDayOrder, let last = days.last, day < last { isInDayOrder = false }
        Self.add(&women, &held.women, has: m.women != nil, empty: Self.store(nil), value: Self.store(m.women), count: count)
        Self.add(&men, &held.men, has: m.men != nil, empty: Self.store(nil), value: Self.store(m.men), count: count)
        Self.add(&statuses, &held.statuses, has: !m.status.isEmpty, empty: "", value: m.status, count: count)
        Self.add(&checkpoints, &held.checkpoints, has: m.checkpoint != nil, empty: nil, value: m.checkpoint, count: count)
        Self.add(&corrections, &held.corrections, has: m.correction != nil, empty: nil, value: m.correction, count: count)
        Self.add(&examples, &held.examples, has: m.example, empty: false, value: m.example, count: count)
        days.append(day)
        totals.append(Self.store(m.total))
    }

    @inline(__always)
    private static func add<T>(_ column: inout [T]?, _ held: inout Int, has: Bool, empty: T, value: T, count: Int) {
        if has {
            held += 1
            if column == nil { column = Array(repeating: empty, count: count) }
        }
        column?.append(value)
    }

    /// Inserts a value; at the end, as ``append(_:)``.
    public mutating func insert(_ m: Measurement, at position: Int) {
        if position == days.count {
            append(m)
        } else {
            replaceSubrange(position..<position, with: CollectionOfOne(m))
        }
    }

    /// Removes the value at a position and returns it; the last one without touching the rest
    /// (the undo of a value added).
    @discardableResult
    public mutating func remove(at position: Int) -> Measurement {
        let m = self[position]
        guard position == days.count - 1 else {
            replaceSubrange(position..<(position + 1), with: EmptyCollection())
            return m
        }
        Self.drop(&women, &held.women, had: m.women != nil)
        Self.drop(&men, &held.men, had: m.men != nil)
        Self.drop(&statuses, &held.statuses, had: !m.status.isEmpty)
        Self.drop(&checkpoints, &held.checkpoints, had: m.checkpoint != nil)
        Self.drop(&corrections, &held.corrections, had: m.correction != nil)
        Self.drop(&examples, &held.examples, had: m.example)
        days.removeLast()
        totals.removeLast()
        if days.isEmpty {
            self = MeasurementSeries()
        } else if !isInDayOrder {
            isInDayOrder = Self.ordered(days[...])
        }
        return m
    }

    @inline(__always)
    private static func drop<T>(_ column: inout [T]?, _ held: inout Int, had: Bool) {
        if had { held -= 1 }
        if held == 0 { column = nil } else { column?.removeLast() }
    }

    /// Replaces the values in a range with others; at the end (the common case, a value
    /// added or its undo) without touching the rest.
    public mutating func replaceSubrange<C: Collection>(_ range: Range<Int>, with new: C) where C.Element == Measurement {
        let count = days.count
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "range out of the series")
        let incoming = Array(new)
        let outgoing = self[range]
        /// A column kept only while some value has it, with the number of values that do.
        func column<T>(
            _ values: inout [T]?, _ held: inout Int, default empty: T, _ has: (Measurement) -> Bool,
            _ get: (Measurement) -> T
        ) {
            let added = incoming.reduce(0) { has($1) ? $0 + 1 : $0 }
            let removed = values == nil ? 0 : outgoing.reduce(0) { has($1) ? $0 + 1 : $0 }
            held += added - removed
            if held == 0 {
                values = nil
                return
            }
            if values == nil { values = Array(repeating: empty, count: count) }
            values?.replaceSubrange(range, with: incoming.map(get))
        }
        column(&women, &held.women, default: Self.store(nil), { $0.women != nil }) { Self.store($0.women) }
        column(&men, &held.men, default: Self.store(nil), { $0.men != nil }) { Self.store($0.men) }
        column(&statuses, &held.statuses, default: "", { !$0.status.isEmpty }) { $0.status }
        column(&checkpoints, &held.checkpoints, default: nil, { $0.checkpoint != nil }) { $0.checkpoint }
        column(&corrections, &held.corrections, default: nil, { $0.correction != nil }) { $0.correction }
        column(&examples, &held.examples, default: false, { $0.example }) { $0.example }
        days.replaceSubrange(range, with: incoming.map { Self.pack($0.day) })
        totals.replaceSubrange(range, with: incoming.map { Self.store($0.total) })
        if days.isEmpty {
            // An emptied series starts anew: no column kept for what no value has.
            self = MeasurementSeries()
            return
        }
        if range.upperBound == count {
            // At the end: only the new values and the one before them need a look.
            if isInDayOrder {
                let from = Swift.max(0, range.lowerBound - 1)
                isInDayOrder = Self.ordered(days[from...])
            } else if !range.isEmpty || range.lowerBound == 0 {
                isInDayOrder = Self.ordered(days[...])
            }
        } else if isInDayOrder {
            let from = Swift.max(0, range.lowerBound - 1)
            let to = Swift.min(days.count, range.lowerBound + incoming.count + 1)
            isInDayOrder = Self.ordered(days[from..<to])
        } else {
            isInDayOrder = Self.ordered(days[...])
        }
    }
}

extension MeasurementSeries: Equatable {
    /// Two series are equal when their values are, one by one.
    public static func == (lhs: MeasurementSeries, rhs: MeasurementSeries) -> Bool {
        lhs.count == rhs.count && lhs.elementsEqual(rhs)
    }
}

extension MeasurementSeries: ExpressibleByArrayLiteral {
    /// A series of the values listed.
    public init(arrayLiteral values: Measurement...) {
        self.init(values)
    }
}
