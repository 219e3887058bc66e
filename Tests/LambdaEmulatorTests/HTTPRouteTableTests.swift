@testable import LambdaEmulator
import Testing

@Suite struct HTTPRouteTableTests {
    let table = HTTPRouteTable(routes: [
        .init(function: "fallback", method: "ANY", path: "$default"),
        .init(function: "proxy", method: "ANY", path: "/{proxy+}"),
        .init(function: "task", method: "GET", path: "/tasks/{id}"),
        .init(function: "anyTask", method: "ANY", path: "/tasks/{id}"),
        .init(function: "events", method: "GET", path: "/tasks/{id}/events"),
        .init(function: "exact", method: "GET", path: "/tasks/latest"),
    ])

    @Test func mostSpecificRouteWins() throws {
        #expect(table.match(method: "GET", path: "/tasks/latest")?.route.function == "exact")
        let task = try #require(table.match(method: "GET", path: "/tasks/42"))
        #expect(task.route.function == "task")
        #expect(task.pathParameters == ["id": "42"])
        #expect(task.route.routeKey == "GET /tasks/{id}")
        #expect(table.match(method: "DELETE", path: "/tasks/42")?.route.function == "anyTask")
        #expect(table.match(method: "GET", path: "/tasks/42/events")?.route.function == "events")
    }

    @Test func greedyThenDefault() throws {
        let proxied = try #require(table.match(method: "POST", path: "/a/b/c"))
        #expect(proxied.route.function == "proxy")
        #expect(proxied.pathParameters == ["proxy": "a/b/c"])
        #expect(table.match(method: "GET", path: "/")?.route.function == "fallback")
        #expect(HTTPRouteTable(routes: []).match(method: "GET", path: "/x") == nil)
    }
}
