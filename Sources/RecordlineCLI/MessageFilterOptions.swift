import ArgumentParser
import TaskStore

/// The filters shared by `dlq list` and `dlq redrive`.
struct MessageFilterOptions: ParsableArguments {
    @Option(name: .customLong("task"), help: "Only messages of this task id.")
    var taskId: String?

    @Option(help: "Only messages of this stage.")
    var stage: PipelineStage?

    @Option(name: .customLong("older-than"), help: "Only messages sent longer ago than this (90s, 10m, 2h, 1d).")
    var olderThan: DurationArgument?

    @Option(name: .customLong("newer-than"), help: "Only messages sent more recently than this.")
    var newerThan: DurationArgument?

    var filter: MessageFilter {
        MessageFilter(taskId: taskId, stage: stage, olderThanMilliseconds: olderThan?.milliseconds, newerThanMilliseconds: newerThan?.milliseconds)
    }
}

extension PipelineStage: ExpressibleByArgument {}
