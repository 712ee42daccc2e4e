/// A key with a default the decoder applies, stored typed so that what the decoder fills in is exactly
/// what the schema and the reference print.
public struct DefaultedKey<Value: DescribableDefault>: Sendable {
    /// The key; its `presence` is replaced by the default below.
    public var key: KeyDescription
    public var defaultValue: Value

    public init(_ name: String, _ value: SchemaNode, default defaultValue: Value, doc: String = "", unit: String = "") {
        key = KeyDescription(name, value, doc: doc, unit: unit)
        self.defaultValue = defaultValue
    }

    public var name: String { key.name }

    /// The key as listed in its section.
    public var described: KeyDescription {
        var described = key
        described.presence = .defaulted(defaultValue.describedDefault)
        return described
    }
}

/// A value that can stand as a key's default, with the words the schema prints for it.
public protocol DescribableDefault: Sendable {
    var describedDefault: DefaultValue { get }
}

extension DescribableDefault where Self: RawRepresentable, RawValue == String {
    public var describedDefault: DefaultValue { .word(rawValue) }
}

/// Two numbers (`size: [8, 6]`, `color_range: [0, 1]`).
public struct NumberPair: Sendable, Equatable {
    public var first: Double
    public var second: Double

    public init(_ first: Double, _ second: Double) {
        self.first = first
        self.second = second
    }
}

/// A colour default with the name the reference gives it.
public struct NamedColor: Sendable {
    public var name: String
    public var value: ColorValue
}

// MARK: - DescribableDefault

extension Double: DescribableDefault {
    public var describedDefault: DefaultValue { .number(self) }
}

extension Bool: DescribableDefault {
    public var describedDefault: DefaultValue { .boolean(self) }
}

extension String: DescribableDefault {
    public var describedDefault: DefaultValue { .word(self) }
}

extension NumberPair: DescribableDefault {
    public var describedDefault: DefaultValue { .numbers([first, second]) }
}

extension NamedColor: DescribableDefault {
    public var describedDefault: DefaultValue { .word(name) }
}

extension Int: DescribableDefault {
    public var describedDefault: DefaultValue { .integer(self) }
}

/// A key as its section lists it, whether or not it carries a typed default (for the test that every
/// key a section struct declares is listed in its section).
protocol SectionKey {
    var described: KeyDescription { get }
}

extension KeyDescription: SectionKey {
    var described: KeyDescription { self }
}

extension DefaultedKey: SectionKey {}
