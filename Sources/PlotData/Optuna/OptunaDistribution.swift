/// Reads Optuna's `distribution_json` into a `ParameterDistribution`, and merges the ones trials recorded.
///
/// Both forms Optuna reads are accepted: `{"name": "FloatDistribution", "attributes": {…}}` (what
/// `distribution_to_json` writes, including the deprecated classes) and the abbreviated
/// `{"type": "float", "low": …}`.
enum OptunaDistribution {
    /// Why a distribution could not be read.
    struct Problem: Error {
        let detail: String
    }

    static func decode(_ json: String) throws(Problem) -> ParameterDistribution {
        let value: JSONValue
        do { value = try JSONScanner.parse(json) } catch { throw Problem(detail: "it is not valid JSON") }
        if case .string(let name)? = value.member("name") {
            guard let attributes = value.member("attributes") else { throw Problem(detail: "it has no attributes") }
            return try decodeNamed(name, attributes)
        }
        if case .string(let type)? = value.member("type") {
            switch type {
            case "categorical": return .categorical(choices: try choices(value))
            case "float":
                return .float(
                    low: try number(value, "low"), high: try number(value, "high"), log: flag(value, "log"),
                    step: optionalNumber(value, "step"))
            case "int":
                return .int(
                    low: try integer(value, "low"), high: try integer(value, "high"), log: flag(value, "log"),
                    step: try optionalInteger(value, "step") ?? 1)
            default: throw Problem(detail: "unknown distribution type '\(type)'")
            }
        }
        throw Problem(detail: "it names no distribution")
    }

    private static func decodeNamed(_ name: String, _ attributes: JSONValue) throws(Problem) -> ParameterDistribution {
        switch name {
        case "FloatDistribution":
            return .float(
                low: try number(attributes, "low"), high: try number(attributes, "high"),
                log: flag(attributes, "log"), step: optionalNumber(attributes, "step"))
        case "UniformDistribution":
            return .float(
                low: try number(attributes, "low"), high: try number(attributes, "high"), log: false, step: nil)
        case "LogUniformDistribution":
            return .float(
                low: try number(attributes, "low"), high: try number(attributes, "high"), log: true, step: nil)
        case "DiscreteUniformDistribution":
            return .float(
                low: try number(attributes, "low"), high: try number(attributes, "high"), log: false,
                step: try number(attributes, "q"))
        case "IntDistribution", "IntUniformDistribution", "IntLogUniformDistribution":
            let log = name == "IntLogUniformDistribution" || flag(attributes, "log")
            return .int(
                low: try integer(attributes, "low"), high: try integer(attributes, "high"), log: log,
                step: try optionalInteger(attributes, "step") ?? 1)
        case "CategoricalDistribution":
            return .categorical(choices: try choices(attributes))
        default:
            throw Problem(detail: "unknown distribution '\(name)'")
        }
    }

    /// One distribution covering `old` and `new`, or nil when they are of different kinds (or choices).
    static func merged(_ old: ParameterDistribution, _ new: ParameterDistribution) -> ParameterDistribution? {
        switch (old, new) {
        case (.float(let low, let high, let log, let step), .float(let low2, let high2, let log2, let step2))
        where log == log2:
            return .float(low: min(low, low2), high: max(high, high2), log: log, step: step == step2 ? step : nil)
        case (.int(let low, let high, let log, let step), .int(let low2, let high2, let log2, let step2))
        where log == log2:
            return .int(low: min(low, low2), high: max(high, high2), log: log, step: step == step2 ? step : 1)
        case (.categorical(let choices), .categorical(let choices2)) where choices == choices2:
            return old
        default:
            return nil
        }
    }

    // MARK: - Attributes

    private static func number(_ object: JSONValue, _ key: String) throws(Problem) -> Double {
        guard case .number(let value)? = object.member(key), value.isFinite else {
            throw Problem(detail: "'\(key)' is not a finite number")
        }
        return value
    }

    private static func optionalNumber(_ object: JSONValue, _ key: String) -> Double? {
        if case .number(let value)? = object.member(key), value.isFinite { return value }
        return nil
    }

    private static func integer(_ object: JSONValue, _ key: String) throws(Problem) -> Int {
        let value = try number(object, key)
        guard value == value.rounded(), abs(value) < 9e15 else { throw Problem(detail: "'\(key)' is not an integer") }
        return Int(value)
    }

    private static func optionalInteger(_ object: JSONValue, _ key: String) throws(Problem) -> Int? {
        guard object.member(key) != nil, optionalNumber(object, key) != nil else { return nil }
        return try integer(object, key)
    }

    private static func flag(_ object: JSONValue, _ key: String) -> Bool {
        if case .bool(true)? = object.member(key) { return true }
        return false
    }

    /// The choices, spelled as Python's `str()` prints them (Optuna's own plots label them so): strings as
    /// written, numbers by `NumberSpelling`, `True`, `False`, `None`.
    private static func choices(_ object: JSONValue) throws(Problem) -> [String] {
        guard case .array(let elements)? = object.member("choices"), !elements.isEmpty else {
            throw Problem(detail: "'choices' is not a non-empty list")
        }
        var spelled: [String] = []
        for element in elements {
            switch element {
            case .string(let text): spelled.append(text)
            case .number(let value): spelled.append(NumberSpelling.spelling(of: value))
            case .bool(let flag): spelled.append(flag ? "True" : "False")
            case .null: spelled.append("None")
            case .array, .object: throw Problem(detail: "a choice is a list or an object")
            }
        }
        return spelled
    }
}
