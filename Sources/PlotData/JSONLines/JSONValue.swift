/// One JSON value with the byte offset it starts at (within the text it was read from).
indirect enum JSONValue {
    case number(Double)
    case string(String)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([Member])

    /// One `"key": value` pair of an object, in written order (duplicates are kept for the caller to report).
    struct Member {
        let key: String
        let keyOffset: Int
        let value: JSONValue
        let valueOffset: Int
    }

    /// The member named `key`, if written.
    func member(_ key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }
}

/// Why a JSON text could not be read, and the byte offset where reading stopped.
struct JSONSyntaxError: Error {
    enum Kind {
        case syntax(String)
        case invalidUTF8
    }

    let kind: Kind
    let offset: Int
}
