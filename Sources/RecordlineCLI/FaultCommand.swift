import ArgumentParser
import TaskStore

/// `recordline fault …`: the fault switch that makes a stage fail every delivery, to rehearse (or test)
/// retries, dead-lettering, alerts and redrive. Kept in Redis (`fault:<stage>`) with a TTL, so a
/// forgotten switch turns itself off.
struct FaultCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fault",
        abstract: "Force a stage to fail (for rehearsing dead-letter handling), clear it, or list what is on.",
        subcommands: [FaultSetCommand.self, FaultClearCommand.self, FaultListCommand.self],
        defaultSubcommand: FaultListCommand.self)
}

struct FaultSetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Make every delivery to STAGE fail until cleared or the TTL passes.")

    @Argument(help: "draft, refine or finalize.")
    var stage: PipelineStage

    @Option(help: "The reason the failures carry (it reaches the dead-letter reason and the alert).")
    var reason = "forced by recordline fault set"

    @Option(help: "How long the switch stays on at most (90s, 10m, 2h).")
    var ttl = DurationArgument(argument: "1h")!

    @Flag(help: "Print the switch as JSON: {stage, reason, remainingMilliseconds}.")
    var json = false

    func validate() throws {
        guard ttl.milliseconds >= 1000 else { throw ValidationError("--ttl must be at least 1s") }
    }

    func run() async throws {
        try await operate {
            try await taskStore().setFault(stage: stage, reason: reason, ttl: ttl.duration)
            if json {
                try OpsOutput.json(StageFault(stage: stage, reason: reason, remainingMilliseconds: ttl.milliseconds))
            } else {
                print("fault on for \(stage.rawValue) for \(DurationText.format(milliseconds: ttl.milliseconds)): \(reason)")
            }
        }
    }
}

struct FaultClearCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "clear", abstract: "Turn a stage's fault switch off.")

    @Argument(help: "draft, refine or finalize; every stage when omitted.")
    var stage: PipelineStage?

    @Flag(help: "Print {cleared:[stage…]} as JSON: the stages whose switch was on.")
    var json = false

    struct Output: Encodable {
        let cleared: [PipelineStage]
    }

    func run() async throws {
        try await operate {
            let store = try taskStore()
            var cleared: [PipelineStage] = []
            for stage in stage.map({ [$0] }) ?? PipelineStage.allCases where try await store.clearFault(stage: stage) {
                cleared.append(stage)
            }
            if json {
                try OpsOutput.json(Output(cleared: cleared))
            } else {
                print(cleared.isEmpty ? "no fault switch was on" : "fault cleared for \(cleared.map(\.rawValue).joined(separator: ", "))")
            }
        }
    }
}

struct FaultListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Show the fault switches that are on.")

    @Flag(help: "Print JSON: {faults:[{stage, reason, remainingMilliseconds}]}.")
    var json = false

    struct Output: Encodable {
        let faults: [StageFault]
    }

    func run() async throws {
        try await operate {
            let store = try taskStore()
            var faults: [StageFault] = []
            for stage in PipelineStage.allCases {
                if let fault = try await store.fault(stage: stage) { faults.append(fault) }
            }
            if json {
                try OpsOutput.json(Output(faults: faults))
            } else if faults.isEmpty {
                print("no fault switch is on")
            } else {
                var table = TextTable(["STAGE", "REASON", "TURNS OFF IN"])
                faults.forEach { table.add([$0.stage.rawValue, $0.reason, DurationText.format(milliseconds: $0.remainingMilliseconds)]) }
                print(table.render())
            }
        }
    }
}
