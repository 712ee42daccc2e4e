import PlotDiagnostics
import PlotYAML

/// Reads of described keys: the range a number must lie in and the default an absent key takes come
/// from the key's description (`SpecDescription`), not from literals here.
///
/// A value that is written but wrong is reported, and the default stands in for it so decoding goes on;
/// the spec is refused anyway, as the report is an error.
extension DecodeContext {
    /// The number under `key`, checked against the key's described range; nil when absent or wrong.
    func number(_ map: MappingReader, _ key: KeyDescription, _ what: String? = nil) -> Double? {
        map[key].flatMap { number($0, what ?? key.name, as: key) }
    }

    /// A number checked against the range of `key` (for items of a described pair or list).
    func number(_ node: YAMLNode, _ what: String, as key: KeyDescription) -> Double? {
        guard let requirement = key.requirement else { return number(node, what) }
        return number(node, what, in: key.range, requirement: requirement)
    }

    /// The number under `key`, checked against its range; the key's default when absent.
    func number(_ map: MappingReader, _ key: DefaultedKey<Double>, _ what: String? = nil) -> Double {
        number(map, key.key, what) ?? key.defaultValue
    }

    /// The boolean under `key`; the key's default when absent.
    func bool(_ map: MappingReader, _ key: DefaultedKey<Bool>, _ what: String? = nil) -> Bool {
        map[key.key].flatMap { bool($0, what ?? key.name) } ?? key.defaultValue
    }

    /// The choice under `key`; the key's default when absent.
    func choice<T>(_ map: MappingReader, _ key: DefaultedKey<T>, _ what: String? = nil) -> T
    where T: CaseIterable & RawRepresentable, T.RawValue == String {
        map[key.key].flatMap { choice($0, what ?? key.name, T.self) } ?? key.defaultValue
    }

    /// The colour under `key`; the key's default when absent.
    func color(_ map: MappingReader, _ key: DefaultedKey<NamedColor>, _ what: String? = nil) -> ColorValue {
        map[key.key].flatMap { color($0, what ?? key.name) } ?? key.defaultValue.value
    }

    /// The tick format under `key`; the key's default when absent.
    func tickFormat(_ map: MappingReader, _ key: DefaultedKey<TickFormat>) -> TickFormat {
        map[key.key].flatMap { tickFormat($0) } ?? key.defaultValue
    }
}
