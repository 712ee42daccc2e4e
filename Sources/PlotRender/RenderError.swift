/// A Cairo failure, with Cairo's own description of the status.
public struct RenderError: Error, CustomStringConvertible, Sendable {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
