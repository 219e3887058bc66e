/// A template that cannot be used, with the line at fault when there is one.
public struct TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String
    /// 1-based line in the template, nil when the problem is not tied to one place.
    public let line: Int?

    public init(_ message: String, line: Int?) {
        self.message = message
        self.line = line
    }

    public var description: String {
        line.map { "line \($0): \(message)" } ?? message
    }
}
