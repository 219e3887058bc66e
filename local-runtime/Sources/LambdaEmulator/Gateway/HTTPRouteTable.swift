/// The routes of the local HTTP API: `Events: Type: HttpApi` of every function, then Function URL
/// functions as the catch-all. The most specific route wins, as in API Gateway HTTP APIs: literal
/// segments beat `{param}`, which beats `{proxy+}`; a named method beats `ANY`; `$default` comes last.
/// Whichever route matched, a function that streams its response is relayed as a stream.
package struct HTTPRouteTable: Sendable {
    package struct Route: Sendable, Equatable {
        package let function: String
        /// `GET /tasks/{id}`, `ANY /{proxy+}` or `$default`.
        package let routeKey: String
        let method: String
        let segments: [Segment]
        let isDefault: Bool

        package init(function: String, method: String, path: String) {
            self.function = function
            self.method = method.uppercased()
            if path == "$default" {
                routeKey = "$default"
                segments = []
                isDefault = true
            } else {
                routeKey = "\(method.uppercased()) \(path)"
                segments = path.split(separator: "/").map(Segment.init)
                isDefault = false
            }
        }

        /// (literal segments, parameter segments, not greedy, named method) — compared in that order.
        var specificity: (Int, Int, Int, Int) {
            let literals = segments.filter { if case .literal = $0 { true } else { false } }.count
            let parameters = segments.filter { if case .parameter = $0 { true } else { false } }.count
            let greedy = segments.contains { if case .greedy = $0 { true } else { false } }
            return (literals, parameters, greedy ? 0 : 1, method == "ANY" ? 0 : 1)
        }

        /// Path parameters when the route matches, nil otherwise.
        func match(method requested: String, path: [Substring]) -> [String: String]? {
            guard method == "ANY" || method == requested.uppercased() else { return nil }
            if isDefault { return [:] }
            var parameters: [String: String] = [:]
            for (index, segment) in segments.enumerated() {
                switch segment {
                case .greedy(let name):
                    guard index < path.count else { return nil }
                    parameters[name] = path[index...].joined(separator: "/")
                    return parameters
                case .literal(let text):
                    guard index < path.count, path[index] == text else { return nil }
                case .parameter(let name):
                    guard index < path.count else { return nil }
                    parameters[name] = String(path[index])
                }
            }
            return path.count == segments.count ? parameters : nil
        }
    }

    enum Segment: Sendable, Equatable {
        case literal(String)
        case parameter(String)
        case greedy(String)

        init(_ text: Substring) {
            if text.hasPrefix("{"), text.hasSuffix("+}") {
                self = .greedy(String(text.dropFirst().dropLast(2)))
            } else if text.hasPrefix("{"), text.hasSuffix("}") {
                self = .parameter(String(text.dropFirst().dropLast()))
            } else {
                self = .literal(String(text))
            }
        }
    }

    package let routes: [Route]

    package init(routes: [Route]) {
        // Most specific first; `$default` routes last, in declaration order among equals.
        self.routes = routes.enumerated().sorted { left, right in
            if left.element.isDefault != right.element.isDefault { return !left.element.isDefault }
            let (l, r) = (left.element.specificity, right.element.specificity)
            if l != r { return l > r }
            return left.offset < right.offset
        }.map(\.element)
    }

    package func match(method: String, path: String) -> (route: Route, pathParameters: [String: String])? {
        let segments = path.split(separator: "/")
        for route in routes {
            if let parameters = route.match(method: method, path: segments) { return (route, parameters) }
        }
        return nil
    }
}
