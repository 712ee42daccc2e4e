/// One key of a section: its name, the shape of its value, whether it may be left out (and what it then
/// means), and a one-line doc.
///
/// The decoder takes its known-key list, did-you-mean candidates, required keys and range checks from
/// these; `JSONSchemaWriter` and `KeyTableWriter` print them. See `SpecDescription`.
public struct KeyDescription: Sendable {
    public var name: String
    public var value: SchemaNode
    public var presence: Presence
    /// One line; empty when the value's own description says it (a section's doc).
    public var doc: String
    /// Words after the bounds in a range error and the key table ("between -90 and 90 degrees").
    public var unit: String

    public init(
        _ name: String, _ value: SchemaNode, _ presence: Presence = .optional, doc: String = "",
        unit: String = ""
    ) {
        self.name = name
        self.value = value
        self.presence = presence
        self.doc = doc
        self.unit = unit
    }

    /// What a number under this key must be, in the words of a range error: "between 4 and 48 points",
    /// "0 or more"; nil when any number will do.
    public var requirement: String? {
        guard let bounds = value.numberBounds else { return nil }
        let suffix = unit.isEmpty ? "" : " " + unit
        switch (bounds.minimum, bounds.maximum) {
        case (let lo?, let hi?): return "between \(Self.format(lo)) and \(Self.format(hi))" + suffix
        case (let lo?, nil): return "\(Self.format(lo)) or more" + suffix
        case (nil, let hi?): return "at most \(Self.format(hi))" + suffix
        case (nil, nil): return nil
        }
    }

    /// The closed range a number under this key must lie in (unbounded sides are infinite).
    var range: ClosedRange<Double> {
        let bounds = value.numberBounds
        let lo = bounds?.minimum ?? -Double.greatestFiniteMagnitude
        let hi = bounds?.maximum ?? Double.greatestFiniteMagnitude
        // A description with crossed bounds accepts nothing rather than trapping.
        return lo <= hi ? lo...hi : lo...lo
    }

    /// The whole numbers an integer under this key may be (unbounded sides are `Int`'s limits).
    var integerRange: ClosedRange<Int> {
        guard case .integer(let lo, let hi, _)? = value.integerShape else { return Int.min...Int.max }
        let (low, high) = (lo ?? Int.min, hi ?? Int.max)
        return low <= high ? low...high : low...low
    }

    /// Whether a number under this key must lie in `range`.
    var isBounded: Bool { requirement != nil }

    /// A bound as people write it: `90`, `0.05`.
    static func format(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v)
    }
}

/// Whether a key may be left out, and what its absence means.
public enum Presence: Sendable, Equatable {
    /// The decoder reports its absence; the JSON Schema lists it under `required`.
    case required
    /// Required once `extends` is merged: a single file (which the schema checks) may leave it to a shared one.
    case requiredAfterMerge
    /// Absent means "none" (no title, no outline).
    case optional
    /// Absent means this value.
    case defaulted(DefaultValue)
    /// Decided by other keys, as the words say ("required unless `values`", "the name, capitalised").
    case rule(String)
}

/// A default as the schema and the reference print it.
public enum DefaultValue: Sendable, Equatable {
    case number(Double)
    case integer(Int)
    case boolean(Bool)
    /// A word: a choice, a colour or colormap name.
    case word(String)
    case numbers([Double])
}
