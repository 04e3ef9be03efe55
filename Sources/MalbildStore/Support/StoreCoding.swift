import Foundation

/// The one JSON configuration for everything the store writes: the workspace file, the
/// journal and the lock.
///
/// Keys are sorted and slashes are left unescaped, so files diff well in git. Dates are ISO
/// 8601 strings in UTC: whole seconds as `2019-04-30T10:42:00Z`, other times with
/// milliseconds as `2019-04-30T10:42:00.250Z` (so a date round-trips to the millisecond).
/// Decoding accepts both forms, and any offset.
public enum StoreCoding {
    /// The format version this build of Målbild writes. Format 2 stores an
    /// indicator's values as columns, which reads many times faster than
    /// format 1's one object per value. Format 3 adds the workspace's `kolada`
    /// section (KPI titles, place names, other places' values to compare with,
    /// the comparison group), absent when empty. Format 4 adds the day an
    /// indicator's series ended from (`discontinued.from`), absent when not given.
    /// Format 5 adds the plan period's last year (`lastPlanYear`), the workspace's own
    /// grade scales (`ownScales`, a grade's `threshold`), an indicator's targets for other
    /// periods (`periodTargets`) and the plan period as a period (`plan`), each absent
    /// when not used; the calendar, already in the file, may now be the workspace's own.
    /// Format 5 keeps each log entry's change as data (`change`, with `before`
    /// and `after` as values) instead of a `summary` sentence; the sentences of
    /// older files are read into values when they are opened.
    /// Format 5 numbers goals as paths: a top-level goal's `number` is still a JSON
    /// integer (`6`), a goal under another a string (`"1.2"`, `"1.2.1"`); and an
    /// indicator may have an `owner`, absent when not given.
    public static let currentFormatVersion = 5
    /// The oldest format version this build reads.
    public static let oldestReadableFormatVersion = 1

    /// An encoder configured for the store.
    ///
    /// - Parameter pretty: indented, one key per line (the workspace file) when true;
    ///   compact on a single line (journal entries, the lock) when false.
    public static func makeEncoder(pretty: Bool = true) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty
            ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            : [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(format(date))
        }
        return encoder
    }

    /// A decoder that reads what `makeEncoder` writes.
    public static func makeDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = parse(text) else {
                throw DecodingError.dataCorruptedError(
                    in: container,
                    debugDescription: "\"\(text)\" is not an ISO 8601 date and time such as 2019-04-30T10:42:00Z")
            }
            return date
        }
        return decoder
    }

    /// Reads an ISO 8601 date and time, with or without fractional seconds, in UTC (`Z`) or
    /// with an offset; nil when the text is not one.
    public static func parse(_ text: String) -> Date? {
        try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: text.contains(".")))
    }

    /// A date as the store writes it: whole seconds without a fraction, otherwise with
    /// milliseconds.
    public static func format(_ date: Date) -> String {
        let wholeSeconds = date.timeIntervalSince1970.rounded(.down) == date.timeIntervalSince1970
        return date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: !wholeSeconds))
    }
}
