import QueueService

/// Every function of the template, by name: the one place invocations enter, whoever makes them
/// (the Invoke API, the HTTP gateway, an SQS event source).
package final class Supervisor: Sendable {
    package let pools: [String: FunctionPool]
    package let metrics: FunctionMetrics

    package init(
        functions: [FunctionConfiguration], console: Console, metrics: FunctionMetrics = FunctionMetrics(),
        idleTimeout: IdleTimeout = .standard
    ) {
        self.metrics = metrics
        pools = Dictionary(functions.map {
            ($0.name, FunctionPool(configuration: $0, console: console, metrics: metrics, idleTimeout: idleTimeout))
        }) { first, _ in first }
    }

    package func pool(named name: String) -> FunctionPool? {
        pools[name]
    }

    /// Drains every function and stops its processes.
    package func shutdown() async {
        await withTaskGroup(of: Void.self) { group in
            for pool in pools.values {
                group.addTask { await pool.shutdown() }
            }
        }
    }
}
