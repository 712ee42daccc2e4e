import Foundation

/// The fixtures made by `Fixtures/make_fixtures.py`, and the values it wrote to `expected.json`.
enum FixtureFiles {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    static func broken(_ name: String) -> String {
        folder.appendingPathComponent("broken").appendingPathComponent(name).path
    }

    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    /// A JSON scalar as optuna wrote it. (Decoded with `JSONDecoder`, which reads doubles exactly;
    /// `JSONSerialization` on Linux can be off in the last bit.)
    enum Scalar: Decodable, Equatable {
        case number(Double)
        case text(String)
        case flag(Bool)
        case null

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                self = .null
            } else if let flag = try? container.decode(Bool.self) {
                self = .flag(flag)
            } else if let number = try? container.decode(Double.self) {
                self = .number(number)
            } else {
                self = .text(try container.decode(String.self))
            }
        }

        var number: Double? {
            if case .number(let value) = self { return value }
            return nil
        }
    }

    /// One trial as optuna reported it.
    struct Trial: Decodable {
        let number: Int
        let state: String
        let params: [String: Scalar]
        /// What the storage holds for each parameter (a categorical one's index into its choices).
        let storedValues: [String: Double]
        let values: [Double]?

        enum CodingKeys: String, CodingKey {
            case number, state, params, values
            case storedValues = "internal"
        }
    }

    /// A distribution as `distribution_to_json` wrote it.
    struct Distribution: Decodable {
        let name: String
        let attributes: [String: AttributeValue]
    }

    enum AttributeValue: Decodable, Equatable {
        case scalar(Scalar)
        case list([Scalar])

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let list = try? container.decode([Scalar].self) {
                self = .list(list)
            } else {
                self = .scalar(try container.decode(Scalar.self))
            }
        }
    }

    /// One study as optuna reported it.
    struct Study: Decodable {
        let directions: [String]
        let distributions: [String: Distribution]
        let trials: [Trial]
    }

    private struct Expected: Decodable {
        let studies: [String: Study]
    }

    static func expectedStudy(_ name: String) throws -> Study {
        let data = try Data(contentsOf: folder.appendingPathComponent("expected.json"))
        guard let study = try JSONDecoder().decode(Expected.self, from: data).studies[name] else {
            throw FixtureError.missing(name)
        }
        return study
    }

    enum FixtureError: Error {
        case missing(String)
    }
}
