/// A template that cannot be used, with the line at fault when there is one.
package struct TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    package let message: String
    /// 1-based line in the template, nil when the problem is not tied to one place.
    package let line: Int?

    package init(_ message: String, line: Int?) {
        self.message = message
        self.line = line
    }

    package var description: String {
        line.map { "line \($0): \(message)" } ?? message
    }
}
